"""Named local organisations that place a resident, also when no telling word stands around them:
housing corporations, care, youth-care and mental-health providers, schools, credit banks and farm
support from the shipped list ("Elkien", "Kwadrant", "Zorg om Boer en Tuinder"); a kind of organisation
followed by a region or town ("Kredietbank Fryslân", "GGD Hollands Noorden", "Jeugdbescherming west");
a name before a telling last word ("Meander Groep", "TBV Wonen", "Zijlstra Advocaten"); and an unknown
capitalised word where a resident is placed ("huurt bij Woonpunt", "begeleiding van Kwadrant").
National bodies (CJIB, DUO, UWV) are domain terms and stay unreported."""

from __future__ import annotations

import re

from .caseless import digit_runs
from .model import Category
from .name_words import RELATIONS, ROLES
from .org_compounds import compound_organisations
from .org_regions import common_word as _common
from .org_regions import region_pair_end, regional_organisations
from .org_sectors import find_sector_brands
from .organisation_words import (
    COUNCIL_ENDINGS,
    PROGRAMME_ENDINGS,
    PROVINCES,
    SERVICE_WORDS,
    TRAILING_KINDS,
)
from .scan import FUNCTION_WORDS, Candidate, TextScan
from .word_classes import (
    capital_follows,
    ordinary_opening,
    ordinary_word_class,
    plain_noun,
    title_cased_name,
    word_used_as_title,
)
from .wordfilter import looks_like_typo

# Words before an unknown capitalised word that place a resident with an organisation.
PLACING_BEFORE = frozenset({"bij", "via"})
LOWER_TAIL_RE = re.compile(r"-[a-zà-ÿ]")
DIGITS_AFTER_RE = re.compile(r"\d{1,3}(?![\w])")
# "de Planning & Control-cyclus": the word opens a compound noun whose head is written in lower case.
AMPERSAND_COMPOUND_RE = re.compile(r"[ \t]*&[ \t]*[^\W\d_]+-[a-zà-ÿ]")


def find_organisations(scan: TextScan) -> list[Candidate]:
    found = _listed(scan)
    found.extend(regional_organisations(scan))
    found.extend(_trailing(scan))
    found.extend(_lower_trailing(scan))
    found.extend(_bracketed_after_name(scan))
    found.extend(_placed(scan))
    found.extend(compound_organisations(scan))
    found.extend(find_sector_brands(scan))
    found.extend(_listed_with(scan, found))
    return found


COORDINATION_RE = re.compile(r"(?:,[ \t]*|[ \t]+(?:en|of)[ \t]+)")


def _listed_with(scan: TextScan, found: list[Candidate]) -> list[Candidate]:
    """ "schulden bij Vattenfall, Woonpunt en Eneco": an unknown name listed with an organisation, or
    with a national body after "bij" or "via", is an organisation too."""
    tokens, lists, text = scan.tokens, scan.lists, scan.text
    ends = {c.end for c in found}
    for i, token in enumerate(tokens[1:], start=1):
        if i in scan.blocked and tokens[i - 1].lower in PLACING_BEFORE and scan.prev_adjacent(i):
            ends.add(token.end)
    more = []
    starts = {t.start: k for k, t in enumerate(tokens)}
    queue = sorted(ends)
    while queue:
        end = queue.pop(0)
        link = COORDINATION_RE.match(text, end)
        if link is None or link.end() not in starts:
            continue
        k = starts[link.end()]
        first = k
        if tokens[k].lower in ARTICLES and tokens[k].cap and k + 1 < len(tokens) and scan.adjacent(k):
            k += 1  # "Laverhof of De Riethorst"
        token = tokens[k]
        lower = token.lower
        if (
            not token.cap
            or k in scan.blocked
            or lower in lists.first_names
            or lower in lists.surnames
            or lower in lists.places
            or lower in lists.dutch_words
            or _common(scan, lower)
            or LOWER_TAIL_RE.search(token.text)
        ):
            continue
        more.append(
            Candidate(tokens[first].start, _end_with_digits(scan, token.end), Category.INSTELLING, 0.6)
        )
        queue.append(token.end)
    return more


def _end_with_digits(scan: TextScan, end_pos: int) -> int:
    """ "Lijn5", "Woonkracht10": digits glued to the name belong to it."""
    match = DIGITS_AFTER_RE.match(scan.text, end_pos)
    return match.end() if match else end_pos


def _letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()


def _listed(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    skip_until = -1
    orgs, phrases, text = lists.organisations, lists.organisation_phrases, scan.text
    glued_at = {  # "Woonkracht10", "tele2": a digit right after a letter ([^\W\d_] in an expression)
        p for p in digit_runs(text) if p and _letter(text[p - 1])
    }
    at = [
        i
        for i, low in enumerate(scan.lowers)
        if low in orgs or low in phrases or "-" in low or tokens[i].end in glued_at
    ]  # only the words a listed name can start with: a set test per word, in a comprehension
    for i in at:
        token = tokens[i]
        if i < skip_until:
            continue
        length = (
            scan.phrase_length(i, lists.organisation_phrases)
            if token.lower in lists.organisation_phrases
            else 0
        )
        if length:
            words = tokens[i : i + length]
            opening_only = words[0].sentence_start and not any(t.cap or t.all_caps for t in words[1:])
            if opening_only and all(t.lower in lists.dutch_words for t in words):
                skip_until = i + length  # "Ons huis komt leeg te staan": a sentence, not "Ons Huis"
                continue
            if any(t.cap for t in words):
                end = _end_with_digits(scan, _with_place(scan, i + length - 1))
                found.append(Candidate(_with_kind(scan, i), end, Category.INSTELLING, 0.93))
                skip_until = i + length
                continue
            last = words[-1].lower
            if len(words) > 1 and _acts(scan, i, i + length):
                found.append(
                    Candidate(token.start, words[-1].end, Category.INSTELLING, 0.7)
                )  # "ons huis komt niet"
                skip_until = i + length
                continue
            if len(words) > 1 and not _common(scan, last) and last not in lists.dutch_words and len(last) > 2:
                found.append(Candidate(token.start, words[-1].end, Category.INSTELLING, 0.7))  # "de key"
                skip_until = i + length
                continue
        lower = token.lower
        glued = DIGITS_AFTER_RE.match(scan.text, token.end)
        if glued and lower + glued.group() in lists.organisations:
            found.append(Candidate(token.start, glued.end(), Category.INSTELLING, 0.9))
            continue
        if i in scan.blocked and lower in lists.organisations:
            continue  # "Joost mag het weten": a listed name inside a saying or a domain phrase
        if lower not in lists.organisations:
            head = lower.split("-", 1)[0]
            if token.cap and head != lower and head in lists.organisations and not _common(scan, head):
                # "Trajectum-gedragsdeskundige", "Lentis-behandelaar": the organisation opens a compound;
                # "Tactus-Verslavingszorg": a capitalised second part belongs to its name
                tail_cap = token.text[len(head) + 1 : len(head) + 2].isupper()
                end = token.end if tail_cap else token.start + len(head)
                found.append(Candidate(token.start, end, Category.INSTELLING, 0.8))
            continue
        if token.cap or token.all_caps:
            if token.sentence_start and (lower in lists.stop_words or lower in FUNCTION_WORDS):
                continue
            if scan.prev_lower(i) in ("in", "yn", "op") and title_cased_name(scan, i):
                continue  # "Samen in Beweging", "Doarpen yn Beweging": a programme's title, not "Beweging 3.0"
            if token.sentence_start and lower in lists.common_words and ordinary_opening(scan, i):
                continue  # "Karakter en doorzettingsvermogen helpen", "Impuls geven aan de wijk"
            if lower in lists.common_words and word_used_as_title(scan, i):
                continue  # "de Woonvisie 2025-2030", "het programma Radar", "een Impuls voor de wijk"
            end = _with_place(scan, i)
            confidence = 0.91 if end > token.end else 0.85  # with its town it outweighs the town alone
            found.append(Candidate(_with_kind(scan, i), end, Category.INSTELLING, confidence))
        elif lower not in lists.places and (
            not (_common(scan, lower) or lower in lists.dutch_words)  # "in lijn met": not "Lijn5"
            or _rented_from(scan, i)
            or _acts(scan, i, i + 1)
        ):
            found.append(Candidate(token.start, token.end, Category.INSTELLING, 0.7))
    return found


def _rented_from(scan: TextScan, i: int) -> bool:
    """ "huurt bij stadgenoot": a listed name that is also a word, where a resident is placed."""
    return (
        i >= 2
        and scan.prev_adjacent(i)
        and scan.prev_lower(i) in PLACING_BEFORE
        and scan.prev_adjacent(i - 1)
        and scan.prev_lower(i, 2) in RENTS
    )


def _acts(scan: TextScan, first: int, end: int) -> bool:
    """ "stadgenoot al 2x gebeld", "ons huis komt niet": a listed name typed in lower case that is also
    a word, used as the subject or object of what an organisation does, not after an article."""
    tokens = scan.tokens
    if tokens[first].cap or end >= len(tokens) or not scan.adjacent(end - 1):
        return False
    if first > 0 and scan.prev_adjacent(first) and scan.prev_lower(first) in DETERMINERS:
        return False
    k = end
    while k < min(len(tokens), end + 3):  # "stadgenoot al 2x gebeld": skip adverbs and counts
        word = tokens[k].lower
        if word in ORGANISATION_VERBS:
            return True
        if word not in ("al", "nog", "niet", "wel", "ook", "x") and not word[:1].isdigit():
            return False
        if k + 1 >= len(tokens) or scan.text[tokens[k].end : tokens[k + 1].start].strip(" \t0123456789"):
            return False
        k += 1
    return False


DETERMINERS = frozenset(
    {
        "de",
        "het",
        "een",
        "ons",
        "onze",
        "mijn",
        "zijn",
        "haar",
        "hun",
        "uw",
        "jullie",
        "die",
        "dat",
        "deze",
        "dit",
    }
)
# What an organisation does in a note: it comes (not), calls, answers, sends, repairs.
ORGANISATION_VERBS = frozenset(
    {
        "komt",
        "kwam",
        "belt",
        "belde",
        "gebeld",
        "reageert",
        "reageerde",
        "stuurt",
        "stuurde",
        "doet",
        "deed",
        "repareert",
        "wil",
        "eist",
        "dreigt",
        "zegt",
        "zei",
        "heeft",
        "had",
    }
)


RENTS = frozenset({"huurt", "huurde", "huren", "huurder", "huurster", "hulp", "begeleiding", "traject"})


def _with_kind(scan: TextScan, first: int) -> int:
    """Start of a listed organisation at token ``first``, with the capitalised kind of organisation that
    opens its full name ("Woonstichting Lyaemer Wonen", "Zorggroep Florence")."""
    kind = first - 1
    tokens = scan.tokens
    if (
        kind >= 0
        and scan.adjacent(kind)
        and tokens[kind].cap
        and not tokens[kind].sentence_start
        and (tokens[kind].lower in scan.lists.institution_keywords or tokens[kind].lower in BRANCH_WORDS)
    ):
        return tokens[kind].start
    return tokens[first].start


# The part of a provider that gives the help: "Ambulant Kwadrant", "Jeugdhulp Elker".
BRANCH_WORDS = frozenset({"ambulant", "ambulante", "jeugdhulp", "thuisbegeleiding", "gezinsbegeleiding"})


def _with_place(scan: TextScan, last: int) -> int:
    """End of a listed organisation at token ``last``, with the town or region that names its branch
    ("Humanitas Leiden", "Kringloop Stadskanaal", "Leger des Heils Rotterdam")."""
    tokens, lists = scan.tokens, scan.lists
    nxt = last + 1
    if nxt >= len(tokens) or not scan.adjacent(last) or not tokens[nxt].cap:
        return tokens[last].end
    lower = tokens[nxt].lower
    if lower in PROVINCES:
        return tokens[nxt].end
    town = _place_length(scan, nxt)  # "Humanitas Leiden", "Xtra Den Haag"
    if town:
        return tokens[nxt + town - 1].end
    if lower in TRAILING_KINDS or lower in ("zorg", "diensten", "services"):
        return tokens[nxt].end  # "Hago Zorg", "Humanitas Thuisadministratie"
    if lower in lists.domain_terms and scan.adjacent(nxt) and nxt + 1 < len(tokens) and tokens[nxt + 1].cap:
        town = _place_length(scan, nxt + 1)  # "Xtra Mantelzorg Den Haag": the field, then the town
        if town:
            return tokens[nxt + town].end
    pair = region_pair_end(scan, nxt)  # "Zorgaccent Maas en Waal"
    return tokens[pair - 1].end if pair is not None else tokens[last].end


def _place_length(scan: TextScan, k: int) -> int:
    """Tokens of the town at token ``k``: a listed phrase ("Den Haag") or one listed word (0: none)."""
    lists = scan.lists
    length = scan.phrase_length(k, lists.place_phrases) if scan.tokens[k].lower in lists.place_phrases else 0
    if length:
        return length
    lower = scan.tokens[k].lower
    return 1 if lower in lists.places and lower not in lists.stop_words else 0


def _trailing(scan: TextScan) -> list[Candidate]:
    """ "Meander Groep", "TBV Wonen", "Zijlstra Advocaten": a name before a telling last word."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i, token in enumerate(tokens):
        if not token.cap or token.lower not in TRAILING_KINDS or not scan.prev_adjacent(i):
            continue
        first = i
        while first > 0 and scan.adjacent(first - 1) and i - first < 2:
            prev = tokens[first - 1]
            if not (prev.cap or prev.all_caps) or (first - 1) in scan.blocked:
                break
            if _common(scan, prev.lower) and prev.lower not in lists.surnames:
                break
            if prev.sentence_start and prev.lower in lists.places:
                break
            first -= 1
        generic = all(
            t.lower in lists.institution_keywords or t.lower in lists.domain_terms for t in tokens[first:i]
        )  # "Bureau Jeugdzorg": two kinds of organisation, no name
        generic = generic or any(_part_or_form(t.lower) for t in tokens[first:i])
        if first < i and not generic:
            kind = first - 1  # "Woonstichting Lyaemer Wonen": the kind of organisation opens the name
            if (
                kind >= 0
                and scan.adjacent(kind)
                and tokens[kind].cap
                and tokens[kind].lower in lists.institution_keywords
            ):
                first = kind
            found.append(Candidate(tokens[first].start, token.end, Category.INSTELLING, 0.8))
    return found


# A part of an organisation or a form it sends: "Afdeling Wonen", "AANMELDFORMULIER BEWINDVOERING".
DEPARTMENT_WORDS = frozenset({"afdeling", "sector", "cluster", "unit", "domein", "programma", "beleid"})
FORM_ENDINGS = ("formulier", "aanvraag", "verzoek", "verslag", "rapportage")


def _part_or_form(lower: str) -> bool:
    return lower in DEPARTMENT_WORDS or lower.endswith(FORM_ENDINGS)


def _unknown(scan: TextScan, lower: str) -> bool:
    lists = scan.lists
    return (
        len(lower) >= 4
        and lower not in lists.dutch_words
        and not _common(scan, lower)
        and lower not in lists.first_names
        and lower not in lists.surnames
        and lower not in lists.places
        and lower not in lists.domain_terms
        and not looks_like_typo(lower, lists.dutch_words)
    )


LOWER_TRAILING_KINDS = frozenset(
    {
        "wonen",
        "welzijn",
        "zorggroep",
        "thuiszorg",
        "woondiensten",
        "bewind",
        "college",
        "lyceum",
        "gymnasium",
        "ziekenhuis",
        "kliniek",
    }
)


ENGLISH_SUBJECTS = frozenset({"i", "he", "she", "they", "you"})


def _lower_trailing(scan: TextScan) -> list[Candidate]:
    """ "lyaemer wonen", "noorderboog welzijn": a word no dictionary knows before a telling last word."""
    tokens = scan.tokens
    found = []
    for i in range(1, len(tokens)):
        token = tokens[i]
        if token.cap or token.lower not in LOWER_TRAILING_KINDS or not scan.prev_adjacent(i):
            continue
        prev = tokens[i - 1]
        if prev.cap or not _unknown(scan, prev.lower):
            continue
        if i >= 2 and scan.prev_adjacent(i - 1) and tokens[i - 2].lower in ENGLISH_SUBJECTS:
            continue  # "when I mentioned thuiszorg": an English verb after its subject
        found.append(Candidate(prev.start, token.end, Category.INSTELLING, 0.65))
    return found


def _bracketed_after_name(scan: TextScan) -> list[Candidate]:
    """ "Rik (Porthos)", "Els Bakker (Emergis)": an unknown name in brackets after a person is where they
    work."""
    tokens, text = scan.tokens, scan.text
    found = []
    for i in range(1, len(tokens)):
        token = tokens[i]
        if not token.cap or i in scan.blocked or token.all_caps:
            continue
        if text[token.start - 2 : token.start] != " (" or text[token.end : token.end + 1] != ")":
            continue
        before = tokens[i - 1]
        if not before.cap or before.end != token.start - 2:
            continue
        first_names = scan.lists.first_names
        k = i - 2
        while k > 0 and i - k < 5 and scan.adjacent(k - 1) and scan.is_prefix(k):
            k -= 1  # "Sanne van der Veen (Lindestroom)"
        full = k >= 0 and scan.adjacent(k) and tokens[k].cap and tokens[k].lower in first_names
        if before.lower not in first_names and not full:
            continue  # "Rik (Porthos)", "Ahmet Çelik (Lindestroom)": a first name, maybe with a surname
        if _unknown(scan, token.lower):
            found.append(Candidate(token.start, token.end, Category.INSTELLING, 0.6))
    return found


# Agreements, schemes and programmes, never a body that places a resident ("via het Sportakkoord").


def _placed(scan: TextScan) -> list[Candidate]:
    """An unknown capitalised name where a resident is placed: "huurt bij Woonpunt", "hulp via Middin",
    "begeleiding van Kwadrant", "begeleiding door De Schoor", "zat op het Echnaton"."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i in range(1, len(tokens)):
        token = tokens[i]
        if not token.cap or i in scan.blocked or not scan.prev_adjacent(i):
            continue
        first = i
        if tokens[i - 1].lower in ARTICLES and i >= 2 and scan.prev_adjacent(i - 1):
            first = i - 1
        elif token.sentence_start:
            continue
        if not _placing_cue(scan, first - 1):
            continue
        lower = token.lower
        with_article = first < i and tokens[first].cap
        if (
            lower in lists.first_names
            or lower in lists.surnames
            or lower in lists.places
            or lower in lists.institution_keywords
            or lower in RELATIONS
            or lower in ROLES
            or (_common(scan, lower) and not with_article)
            or (lower in lists.dutch_words and (len(lower) < 8 or lower.endswith("e")) and not with_article)
            or (
                first < i and not with_article and plain_noun(scan, i, first) and not capital_follows(scan, i)
            )
            or (token.all_caps and len(token.text) > 6)
            or LOWER_TAIL_RE.search(token.text)
            or _origin_before_noun(scan, i)
            or lower.endswith(PROGRAMME_ENDINGS)
            or (lower.endswith(COUNCIL_ENDINGS) and lower in lists.dutch_words)  # "bij de Jongerenraad"
            or AMPERSAND_COMPOUND_RE.match(scan.text, token.end)
            or (lower in lists.dutch_words and scan.adjacent(i) and i + 1 in scan.blocked)
            or (not with_article and ordinary_word_class(scan, lower) and not capital_follows(scan, i))
        ):  # "via het Regionaal Werkbedrijf": an ordinary word before a domain term
            continue  # "SPUK-regeling", "Wmo-indicatie": a common noun; "de Turkse les": an origin
        end = i + 1
        while end < len(tokens) and end - i < 3 and scan.adjacent(end - 1):
            nxt = tokens[end]
            if not nxt.cap or end in scan.blocked or _common(scan, nxt.lower) or nxt.lower in lists.places:
                break
            end += 1
        end_pos = _end_with_digits(scan, _with_place(scan, end - 1))
        start = tokens[first].start if with_article else token.start
        branch = end_pos > tokens[end - 1].end  # "bij de Kringloop Stadskanaal": a name and its town
        category = Category.INSTELLING
        if first == i and tokens[i - 1].lower == "in" and tokens[i - 2].lower in RESIDES:
            category = Category.PLAATS  # "woont in Nikiboko": a village; "woont in de Vijverhof": a home
        found.append(Candidate(start, end_pos, category, 0.9 if branch else 0.62))
    return found


def _origin_before_noun(scan: TextScan, i: int) -> bool:
    """ "naar de Turkse les": an adjective of origin before an ordinary noun, not "op De Berkenschutse in"."""
    tokens = scan.tokens
    if not tokens[i].lower.endswith(("se", "sche")) or i + 1 >= len(tokens) or not scan.adjacent(i):
        return False
    nxt = tokens[i + 1]
    return not nxt.cap and nxt.lower not in FUNCTION_WORDS and nxt.lower in scan.lists.dutch_words


def _placing_cue(scan: TextScan, c: int) -> bool:
    """Token ``c`` (and the one before it) place a resident with what follows."""
    if c < 0 or not scan.adjacent(c):
        return False
    tokens, lists = scan.tokens, scan.lists
    cue = tokens[c].lower
    if cue in PLACING_BEFORE:
        return True
    if c < 1 or not scan.adjacent(c - 1):
        return False
    before = tokens[c - 1]
    if cue in ("van", "door"):
        person = before.cap and before.lower in lists.first_names
        return person or before.lower in SERVICE_WORDS or before.lower in ROLES or before.lower in COMES_FROM
    if cue == "in":
        return before.lower in ADMITTED
    if cue not in ("op", "naar"):
        return False
    if before.lower in SCHOOL_VERBS:
        return True
    # "zat hij op De Berkenschutse", "gaat ze naar Het Plein": the verb before its subject
    return (
        c >= 2
        and scan.adjacent(c - 2)
        and before.lower in SUBJECT_PRONOUNS
        and tokens[c - 2].lower in SCHOOL_VERBS
    )


SUBJECT_PRONOUNS = frozenset({"hij", "ze", "zij", "hem", "haar"})


ARTICLES = frozenset({"de", "het", "t"})
RESIDES = frozenset({"woont", "wonen", "woonde", "woonden"})
COMES_FROM = frozenset(
    {"komt", "kwam", "komen", "werkt", "werkzaam", "sluiting", "faillissement", "reorganisatie", "ontslag"}
)
ADMITTED = frozenset(
    {
        "opgenomen",
        "verblijft",
        "verbleef",
        "geplaatst",
        "woont",
        "wonen",
        "woonde",
        "logeert",
        "opname",
        "zit",
        "zat",
        "ligt",
        "lag",
    }
)
SCHOOL_VERBS = frozenset(
    {"zit", "zat", "zitten", "zaten", "gaat", "ging", "gaan", "school", "leerling", "stage"}
)
