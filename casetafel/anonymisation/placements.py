"""Organisations and people told by the words around them, also in notes typed without capitals: an
employer or creditor after "werkt bij", "ontslagen bij", "schulden bij", "hulp van" ("werkt bij avebe",
"schulden bij eigen haard"); a house of worship or a youth institution in lower case ("moskee al
kabir", "ulu moskee", "jji teylingereind"); a school's name in brackets after the word "school"; and an
unknown capitalised word with an age in brackets after it ("Kuba (4)"), which is a person; and the name
that signs a letter after "Met vriendelijke groet"."""

from __future__ import annotations

import re

from .caseless import CaselessRe, caseless_twin, finditer_at, positions_of
from .model import Category
from .name_words import RELATIONS, TITLES
from .organisation_words import PROGRAMME_ENDINGS
from .prior import NOT_NAMES
from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, Candidate, TextScan
from .tokens import Token
from .wordfilter import compound_of_words, looks_like_typo, plural_of_word

# Words before "bij", "van" or "via" that make the next name an employer, creditor or provider.
CUES = frozenset(
    {
        "werk",
        "werkt",
        "werkte",
        "werken",
        "werkten",
        "gewerkt",
        "werkzaam",
        "ontslagen",
        "ontslag",
        "dienst",
        "baan",
        "stage",
        "schuld",
        "schulden",
        "lening",
        "leningen",
        "achterstand",
        "huurachterstand",
        "ingeschreven",
        "behandeling",
        "begeleiding",
        "hulp",
        "huurt",
        "huurde",
        "huurder",
        "huurster",
        "aangemeld",
        "aanmelden",
        "aanmelding",
        "gemeld",
        "verwijzen",
        "verwijzing",
        "doorverwezen",
        "intake",
        "wachtlijst",
        "cliënt",
        "client",
        "patiënt",
        "patient",
        "leerling",
        "bekend",
        "verwezen",
        "ondersteuning",
        "dagbesteding",
        "bewind",
        "schuldhulp",
    }
)
# Channels and ways of contact that follow "via" or "bij" like a provider: "via signal", "bij sms".
NOT_PROVIDERS = frozenset({"signal", "telegram", "whatsapp", "mail", "email", "e-mail", "teams", "zoom"})
EMPLOYS = frozenset(
    {"werk", "werkt", "werkte", "werken", "werkten", "gewerkt", "werkzaam", "ontslagen", "dienst"}
)
LINKS = frozenset({"bij", "van", "via"})
INVOLVED = frozenset({"betrokken", "betrokkenheid"})
PRONOUNS = frozenset({"hij", "ze", "zij", "ik", "hem", "haar", "nog", "nu", "al", "eerder", "vroeger"})
WORSHIP = frozenset({"moskee", "kerk", "moskeevereniging"})
# Kinds of closed institution whose own name follows in a note ("jji teylingereind", "pi vught").
CLOSED_KINDS = frozenset({"jji", "pi", "tbs-kliniek", "azc", "gevangenis"})
AGE_AFTER_RE = re.compile(r"[ \t]?\((?:\d{1,2}|\d{1,2}[ \t]?(?:jr|jaar))\)")
BRACKETED_NAME_RE = re.compile(
    r"[ \t]*\((?:(?:de|het|'t)[ \t]+)?[^\W\d_][\w'-]*(?:[ \t]+[^\W\d_][\w'-]*){0,2}\)"
)
# "Zuzia (10) en Kuba (4)": the name after another name with its age in a list.
AGE_LISTED_RE = re.compile(r"\(\d{1,2}\)(?:,|[ \t]+en)[ \t]+$")
AGE_LIST_NEXT_RE = re.compile(r"[ \t]?\(\d{1,2}\)(?:,|[ \t]+en)[ \t]+[A-Z][\w-]*[ \t]?\(\d{1,2}\)")
SCHOOL_WORDS = frozenset({"school", "basisschool", "kinderopvang", "opvang", "dagbesteding", "werkplaats"})


def find_placements(scan: TextScan) -> list[Candidate]:
    found = _after_cues(scan)
    found.extend(_lower_worship(scan))
    found.extend(_bracketed_school(scan))
    found.extend(_aged_names(scan))
    found.extend(_signatures(scan))
    found.extend(_bracketed_kind(scan))
    found.extend(_appositions(scan))
    found.extend(_met_unknown(scan))
    found.extend(_located(scan))
    return found


def _located(scan: TextScan) -> list[Candidate]:
    """ "canisius in tubbergen, leerlingnr ...", "zit op het wessel in emmen": in a note without capitals a
    word no dictionary knows, before "in" and a known town, is the name of a school, a provider or a
    person there."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i in range(len(tokens) - 2):
        token = tokens[i]
        if token.cap or not scan.adjacent(i) or tokens[i + 1].lower not in ("in", "te") or i in scan.blocked:
            continue
        town = tokens[i + 2]
        if not scan.adjacent(i + 1) or town.lower not in lists.places or town.lower in lists.dutch_words:
            continue
        lower = token.lower
        if _unknown(scan, lower) and lower not in NOT_PROVIDERS and lower not in lists.surnames:
            found.append(Candidate(token.start, token.end, Category.INSTELLING, 0.6))
    return found


def _met_unknown(scan: TextScan) -> list[Candidate]:
    """ "besproken met Woonvizier", "overleg met Kompaan": a capitalised word after "met" that no
    dictionary or list knows is a proper name, mostly of an organisation."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i in range(1, len(tokens)):
        token = tokens[i]
        if not token.cap or token.all_caps or token.sentence_start or i in scan.blocked:
            continue
        if tokens[i - 1].lower not in ("met", "door") or not scan.prev_adjacent(i):
            continue
        lower = token.lower
        if len(lower) < 4 or not lower.isalpha() or not _unknown(scan, lower) or lower in lists.surnames:
            continue
        if lower in NOT_NAMES or lower.endswith(PROGRAMME_ENDINGS):
            continue  # "met Koningsdag", "met Seroquel", "start met Geldloket"
        if lower.endswith(("se", "sche")) and i + 1 < len(tokens) and not tokens[i + 1].cap:
            continue  # "met Oekraïense vrienden": an adjective of origin before its noun
        found.append(Candidate(token.start, token.end, Category.INSTELLING, 0.58))
    return found


APPOSITION_KINDS = frozenset(
    {
        "werkgever",
        "verhuurder",
        "verhuurster",
        "huurbaas",
        "huisbaas",
        "schuldeiser",
        "zorgaanbieder",
        "jeugdhulpaanbieder",
        "incassobureau",
        "deurwaarder",
        "bewindvoerder",
        "uitzendbureau",
        "school",
        "zorgverzekeraar",
    }
)


def _appositions(scan: TextScan) -> list[Candidate]:
    """ "Zijn werkgever, Tielbeke Logistiek, betaalt door": a name between commas after its kind."""
    tokens, text = scan.tokens, scan.text
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token.lower not in APPOSITION_KINDS:
            continue
        k = i + 1
        bare = False
        if tokens[k].lower in ("is", "was", "wordt", "werd") and scan.adjacent(i) and scan.adjacent(k):
            k += 1  # "Zijn werkgever is Vanderlande Industries"
        elif scan.adjacent(i) and _brand_after_kind(scan, k):
            bare = True  # "Zijn werkgever Agrifirm heeft hem ontslagen": a name no dictionary knows
        elif text[token.end : tokens[k].start] != ", ":
            continue
        if k >= len(tokens):
            continue
        comma = k == i + 1 and not bare
        first = k
        if tokens[k].text in ("De", "Het") and scan.adjacent(k) and k + 1 < len(tokens) and tokens[k + 1].cap:
            k += 1  # "De school, Het Baken, meldt verzuim"
        end = k
        while end < len(tokens) and end - k < 3 and tokens[end].cap and end not in scan.blocked:
            if not _employer_word(scan, tokens[end].lower) and end == k:
                break
            end += 1
            if not scan.adjacent(end - 1):
                break
        closed = text[tokens[end - 1].end : tokens[end - 1].end + 1] in (",", ")")
        if not comma:  # "De school is Dicht op maandag": one ordinary word after "is" names nothing
            closed = end - k > 1 or tokens[k].lower not in scan.lists.dutch_words
        if end > k and closed:
            found.append(Candidate(tokens[first].start, tokens[end - 1].end, Category.INSTELLING, 0.7))
    return found


def _brand_after_kind(scan: TextScan, k: int) -> bool:
    token, lists = scan.tokens[k], scan.lists
    lower = token.lower
    return (
        token.cap
        and not token.all_caps
        and not token.sentence_start
        and k not in scan.blocked
        and _employer_word(scan, lower)
        and lower not in lists.dutch_words
        and lower not in lists.surnames
        and lower not in lists.domain_terms
    )


# "eerst portaal (verhuurder)", "SGB (scholengemeenschap bonaire)": a name explained by its kind in brackets.
KIND_IN_BRACKETS_RE = re.compile(r"[ \t]?\((?:de[ \t]+|het[ \t]+)?([^\W\d_][\w-]*)")
BRACKETED_KINDS = frozenset(
    {
        "verhuurder",
        "woningcorporatie",
        "corporatie",
        "woningbouw",
        "werkgever",
        "schuldeiser",
        "zorgaanbieder",
        "aanbieder",
        "jeugdhulp",
        "jeugdhulpaanbieder",
        "ggz",
        "ggz-instelling",
        "thuiszorg",
        "dagbesteding",
        "school",
        "basisschool",
        "scholengemeenschap",
        "kinderopvang",
        "zorgboerderij",
        "huisartsenpraktijk",
        "zorginstelling",
        "instelling",
        "stichting",
        "kredietbank",
        "moskee",
        "kerk",
    }
)


def _bracketed_kind(scan: TextScan) -> list[Candidate]:
    tokens, lists, text = scan.tokens, scan.lists, scan.text
    found = []
    for i, token in enumerate(tokens):
        if "(" not in text[token.end : token.end + 2]:
            continue  # the quick test before the expression: most words have no bracket after them
        match = KIND_IN_BRACKETS_RE.match(text, token.end)
        if match is None or match.group(1).lower() not in BRACKETED_KINDS or i in scan.blocked:
            continue
        lower = token.lower
        if lower in BRACKETED_KINDS or lower in lists.institution_keywords or lower in lists.places:
            continue
        if token.all_caps:
            good = 2 <= len(token.text) <= 6 and lower not in lists.domain_terms  # "SGB (scholengemeenschap"
        elif token.cap:
            good = not token.sentence_start and _employer_word(scan, lower) and lower not in lists.surnames
        else:
            good = (lower in lists.organisations and lower not in lists.places) or _unknown(scan, lower)
        if good:
            found.append(Candidate(token.start, token.end, Category.INSTELLING, 0.66))
    return found


# "Met vriendelijke groet, Ine Lemmens": the name that signs a letter or an e-mail.
GREETING_RE = CaselessRe(
    r"(?:(?:met[ \t]+)?(?:vriendelijke|hartelijke|beste|warme)[ \t]+groet(?:en)?|groetjes|mvg|m\.vr\.gr\.)"
    r"[ \t]*,?[ \t]*\n?[ \t]*"
)
GREETING_OPENINGS = ("met", "vriendelijke", "hartelijke", "beste", "warme", "groetjes", "mvg", "m.vr.gr.")


def _signatures(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found: list[Candidate] = []
    lowered = scan.text.lower()
    greets = "groet" in lowered or "mvg" in lowered or "m.vr.gr" in lowered
    same = caseless_twin(scan.text) if greets else None  # the lower case, when that finds the same
    if not greets:
        matches = []
    elif same is None:
        matches = list(GREETING_RE.finditer(scan.text))
    else:  # tried only where a greeting's first word stands
        matches = finditer_at(GREETING_RE.compiled(same), same, positions_of(same, GREETING_OPENINGS))
    if not matches:
        return found
    starts = {t.start: k for k, t in enumerate(tokens)}
    for match in matches:
        k = starts.get(match.end())
        if k is None or not tokens[k].cap or k in scan.blocked:
            continue
        first = tokens[k].lower
        if first in lists.institution_keywords or first in lists.domain_terms or first in lists.places:
            continue  # "Met vriendelijke groet, Team Wmo", "Gemeente Assen"
        if first not in lists.first_names and (first in lists.dutch_words or first in lists.common_words):
            continue
        end = k + 1
        while end < len(tokens) and end - k < 4 and scan.adjacent(end - 1):
            nxt = tokens[end]
            name_word = nxt.cap and end not in scan.blocked and nxt.lower not in lists.institution_keywords
            particle = nxt.lower in ("van", "de", "der", "den", "ter", "ten") and scan.adjacent(end)
            if not (name_word or particle):
                break
            end += 1
        while end - 1 > k and not tokens[end - 1].cap:
            end -= 1
        found.append(Candidate(tokens[k].start, tokens[end - 1].end, Category.NAAM, 0.75))
    return found


def _unknown(scan: TextScan, lower: str, *, short: bool = False) -> bool:
    lists = scan.lists
    return (
        len(lower) >= (3 if short else 4)
        and lower.isalpha()
        and lower not in lists.dutch_words
        and lower not in lists.common_words
        and lower not in lists.stop_words
        and lower not in FUNCTION_WORDS
        and lower not in MONTHS_AND_DAYS
        and lower not in lists.first_names
        and lower not in lists.places
        and lower not in lists.domain_terms
        and not looks_like_typo(lower, lists.dutch_words)
    )


def _cue_before(scan: TextScan, i: int) -> str | None:
    """The cue word before "bij"/"van"/"via" at token ``i - 1`` ("werkte hij bij"), or None."""
    tokens = scan.tokens
    if i < 2 or not scan.prev_adjacent(i) or tokens[i - 1].lower not in LINKS:
        return None
    c = i - 2
    if tokens[c].lower in PRONOUNS and c >= 1 and scan.adjacent(c - 1):
        c -= 1  # "werkte hij bij", "werkt nu bij"
    if tokens[c].lower in INVOLVED or c >= 1 and scan.adjacent(c - 1) and tokens[c - 1].lower in INVOLVED:
        return None  # "betrokken (is) bij drillrap": taking part in an activity or an incident
    if not scan.adjacent(c) or tokens[c].lower not in CUES:
        return "" if tokens[i - 1].lower in ("bij", "via") else None  # "en bij vesteda": no cue word
    link = tokens[i - 1].lower
    if link == "van" and tokens[c].lower in EMPLOYS:
        return None  # "werk van mijn man": not an employer
    return tokens[c].lower


def _after_cues(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i in [k + 1 for k in range(1, len(tokens) - 1) if tokens[k].lower in LINKS]:
        cue = _cue_before(scan, i)
        if cue is None or i in scan.blocked and not tokens[i].cap:
            continue
        token = tokens[i]
        first = i
        if token.lower in ("de", "het") and scan.adjacent(i) and i + 1 < len(tokens):
            i += 1
            token = tokens[i]
        lower = token.lower
        length = scan.phrase_length(i, lists.organisation_phrases) if cue else 0
        if length:
            end = tokens[i + length - 1].end  # "schulden bij eigen haard": a listed name
        elif not token.cap and lower in lists.organisations and lower not in lists.places and cue:
            end = token.end  # "eerst bij portaal"
        elif token.cap and not token.all_caps and cue in EMPLOYS and _employer_word(scan, lower):
            end = token.end  # "werkt bij Vion", "ontslagen bij Urenco": an employer
        elif (
            not token.cap
            and not token.all_caps
            and _unknown(scan, lower)
            and lower not in NOT_PROVIDERS
            and lower not in TITLES  # "bij mevr. Hehanussa": a form of address, the name follows
            and not (first < i and _compound_noun(scan, lower))  # "via het leerwerkbedrijf"
            and not _plural_or_linked_compound(scan, lower)  # "betrokken bij inkomensvragen"
            and not plural_of_word(lower, lists.dutch_words)  # "geen alcohol bij jeugdactiviteiten"
            and not _abstract_compound(scan, lower)  # "gebruiken we bij teamontwikkeling"
        ):
            end = token.end  # "werk bij avebe", "hulp van reik"
            if i + 1 < len(tokens) and scan.adjacent(i) and _unknown(scan, tokens[i + 1].lower):
                end = tokens[i + 1].end
        else:
            continue
        start = tokens[first].start if first < i and tokens[first].cap else token.start
        if end == token.end and scan.adjacent(i) and tokens[i + 1].lower in TRADES:
            end = tokens[i + 1].end  # "werkt bij nijhuis veevoer", "ontslagen bij Brink Transport"
        found.append(Candidate(start, end, Category.INSTELLING, 0.66))
    return found


# What a business trades in, after its owner's name: "nijhuis veevoer", "Brink Transport".
TRADES = frozenset(
    """
    veevoer veevoeders transport transporten bouw techniek installatie installaties installatietechniek
    logistiek metaal metaalbouw hout houtbouw agro loonwerk mechanisatie tuinbouw vastgoed schilders
    zuivel vlees kaas keukens meubelen recycling catering schoonmaak beveiliging staalbouw kunststof
    verpakkingen plastics food foods dairy services group holding bv vof
    """.split()  # noqa: SIM905
)


BODY_TAILS = ("unie", "bank", "bond", "raad", "groep", "kantoor", "fonds", "centrum", "huis", "zorg")


def _compound_noun(scan: TextScan, lower: str) -> bool:
    """Two dictionary words joined, the second no kind of body ("asperge|steek", "fruit|pluk"): after an
    article in lower case an activity or a thing ("werk bij de aspergesteek"), while "bij de kredietunie"
    is a body. Brand names built the same way ("buurtzorg", "woonpunt") go without an article."""
    lists = scan.lists
    if lower.endswith(BODY_TAILS):
        return False
    words = lists.dutch_words
    for k in range(3, len(lower) - 3):
        tail = lower[k:]
        if tail in lists.institution_keywords:
            return False
        if lower[:k] in words and tail in words:
            return True
    return False


def _plural_or_linked_compound(scan: TextScan, lower: str) -> bool:
    """A common noun made of two Dutch words: joined by a linking s ("inkomens|vragen", "gezins|zaken")
    or ending in a plural ("schuld|regelingen"); a brand is rarely either ("buurtzorg", "zorgspectrum")."""
    if lower.endswith(BODY_TAILS) or len(lower) < 9:
        return False
    words = scan.lists.dutch_words
    for k in range(4, len(lower) - 3):
        head, tail = lower[:k], lower[k:]
        if tail not in words:
            continue
        if head.endswith("s") and head[:-1] in words and len(head) >= 5:
            return True
        if head in words and tail.endswith("en") and (tail[:-2] in words or tail[:-3] in words):
            return True
    return False


ABSTRACT_ENDINGS = ("ing", "heid", "atie", "isme", "schap", "teit")


def _abstract_compound(scan: TextScan, lower: str) -> bool:
    """ "bij teamontwikkeling", "bij de raadsinformatiebrief": a compound of ordinary words ending in an
    abstract noun or a document, never the name of a provider."""
    return (
        len(lower) >= 9
        and lower.endswith(ABSTRACT_ENDINGS + ("brief", "nota", "notitie", "rapport", "verslag"))
        and compound_of_words(lower, scan.lists.dutch_words)
    )


def _employer_word(scan: TextScan, lower: str) -> bool:
    """A capitalised word after "werkt bij" that is neither a person, a place nor an ordinary noun."""
    lists = scan.lists
    return (
        len(lower) >= 3
        and lower not in lists.first_names
        and lower not in lists.places
        and lower not in lists.common_words
        and lower not in lists.stop_words
        and lower not in FUNCTION_WORDS
        and lower not in lists.institution_keywords
        and lower not in MONTHS_AND_DAYS
        and lower not in ("gemeente", "politie", "defensie", "werkbedrijf", "werkplein")  # public employers
    )


def _lower_worship(scan: TextScan) -> list[Candidate]:
    """ "moskee al kabir", "ulu moskee", "jji teylingereind" in a note without capitals."""
    tokens = scan.tokens
    found = []
    for i, token in enumerate(tokens):
        if token.cap or i in scan.blocked:
            continue
        lower = token.lower
        if lower in WORSHIP or lower in CLOSED_KINDS:
            k = i + 1
            if k < len(tokens) and scan.adjacent(i) and tokens[k].lower in ("al", "el") and scan.adjacent(k):
                k += 1
            if (
                k < len(tokens)
                and scan.adjacent(k - 1)
                and not tokens[k].cap
                and _unknown(scan, tokens[k].lower)
            ):
                found.append(Candidate(tokens[i + 1].start, tokens[k].end, Category.INSTELLING, 0.66))
                continue
        if lower in WORSHIP and i >= 1 and scan.prev_adjacent(i):
            prev = tokens[i - 1]
            if not prev.cap and len(prev.lower) >= 3 and _unknown(scan, prev.lower, short=True):
                found.append(Candidate(prev.start, token.end, Category.INSTELLING, 0.66))
    return found


def _bracketed_school(scan: TextScan) -> list[Candidate]:
    """ "school (de wegwijzer) vraagt": a school's name in brackets right after the word school."""
    tokens, text = scan.tokens, scan.text
    found = []
    for token in tokens:
        if token.lower not in SCHOOL_WORDS:
            continue
        match = BRACKETED_NAME_RE.match(text, token.end)
        if match is None:
            continue
        inner = match.group().strip(" \t()")
        if _initials_of_words_before(scan, token, inner):
            continue  # "Maatschappelijke Opvang (MO)": the abbreviation of the words before, no name
        words = inner.lower().split()
        if all(w in FUNCTION_WORDS or w in scan.lists.stop_words for w in words):
            continue
        if words[0] not in ("de", "het", "'t") and all(w in scan.lists.dutch_words for w in words):
            continue  # "school (morgen)": a remark, not a name
        start = match.start() + match.group().index("(") + 1
        found.append(Candidate(start, match.end() - 1, Category.INSTELLING, 0.7))
    return found


def _initials_of_words_before(scan: TextScan, token: Token, inner: str) -> bool:
    """ "Maatschappelijke Opvang (MO)", "Voorschoolse Educatie en Kinderopvang (VEK)": capitals in
    brackets that spell the first letters of the words before them (function words may be skipped)."""
    if not (2 <= len(inner) <= 6 and inner.isalpha() and (inner.isupper() or inner.islower())):
        return False  # "(MO)", also in a note typed without capitals: "maatschappelijke opvang (mo)"
    letters = inner.lower()
    words = [t.lower for t in scan.tokens if t.end <= token.end and t.end > token.end - 80]
    content = [w for w in words if w not in FUNCTION_WORDS]
    return any("".join(w[0] for w in ws[-len(letters) :]) == letters for ws in (words, content))


def _aged_names(scan: TextScan) -> list[Candidate]:
    """ "Zuzia (10) en Kuba (4)", "zoon Kerem (19)": a capitalised word with an age in brackets is a
    person when it is no ordinary word, or when a relation stands before it."""
    tokens, lists, text = scan.tokens, scan.lists, scan.text
    found = []
    for i, token in enumerate(tokens):
        if not token.cap or token.all_caps or i in scan.blocked or not AGE_AFTER_RE.match(text, token.end):
            continue
        lower = token.lower
        if lower in lists.places or lower in lists.common_words or lower in lists.stop_words:
            continue
        if lower in FUNCTION_WORDS or lower in MONTHS_AND_DAYS or lower in lists.domain_terms:
            continue
        relation = i >= 1 and scan.prev_adjacent(i) and tokens[i - 1].lower in RELATIONS
        listed_after_age = (
            AGE_LISTED_RE.search(text, max(0, token.start - 12), token.start) is not None
            or AGE_LIST_NEXT_RE.match(text, token.end) is not None
        )
        plural = lower.endswith(("en", "s"))  # "Ouderen (8)": a count after a plural noun
        if lower in lists.dutch_words and not relation and (not listed_after_age or plural):
            continue
        if lower in RELATIONS:
            continue
        sure = relation or lower not in lists.dutch_words  # strong enough to find the name again later
        found.append(Candidate(token.start, token.end, Category.NAAM, 0.75 if sure else 0.7))
    return found
