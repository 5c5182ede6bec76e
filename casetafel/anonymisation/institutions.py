"""Named institutions, schools, employers and businesses: a keyword followed by a capitalised name
("basisschool De Regenboog", "Bakkerij Smit", "woningcorporatie Staedion"), a capitalised name before
"College", "Lyceum" or "Ziekenhuis" ("Dollard College"), compounds such as "Regenboogschool", and
names ending in a legal form ("Nijhof BV"). Generic words ("de gemeente", "het wijkteam", "de school")
are not reported."""

from __future__ import annotations

import re

from .caseless import CaselessRe, caseless_twin
from .model import Category
from .org_compounds import ORGANISATION_HEADS
from .org_worship import find_worship
from .scan import FUNCTION_WORDS, NAME_PREFIXES, Candidate, TextScan

NAME_ARTICLES = frozenset({"de", "het", "t", "den", "sint", "st"})
CONNECTORS = frozenset(
    {"van", "der", "de", "den", "het", "t", "voor", "met", "ter", "ten", "en", "op", "om", "pa"}
)
TRAILING_KEYWORDS = frozenset(
    {
        "college",
        "lyceum",
        "gymnasium",
        "ziekenhuis",
        "kliniek",
        "academie",
        "scholengemeenschap",
        "campus",
        "zorggroep",
        "school",
        "mavo",
        "vmbo",
        "havo",
        "kindcentrum",
        "zorgcentrum",
        "woonzorgcentrum",
        "kinderziekenhuis",
        "revalidatiecentrum",
        "gezondheidscentrum",
        "verpleeghuis",
        "stichting",
    }
)
GENERIC_COMPOUND_HEADS = frozenset(
    {
        "basis",
        "hoge",
        "middelbare",
        "praktijk",
        "dans",
        "muziek",
        "rij",
        "zwem",
        "zondags",
        "bijbel",
        "speciaal",
        "speciale",
        "brede",
        "vak",
        "voort",
        "lagere",
        "kleuter",
        "huishoud",
        "avond",
        "zomer",
        "nacht",
        "beroeps",
        "volks",
        "hoger",
        "wijk",
        "dorps",
        "buurt",
        "gemeenschaps",
        "openbare",
        "christelijke",
        "katholieke",
        "montessori",
        "dalton",
        "jenaplan",
        "vrije",
        "taal",
        "kook",
        "hogeschool",
    }
)
POSTCODE_DIGITS_RE = re.compile(r"(?<![\w-])[1-9]\d{3}[ \t]?$")
LEGAL_SUFFIX_RE = re.compile(  # from the start of a run of spaces only: no rescanning of long runs
    r"(?<![ \t])[ \t]+(?:B\.V\.?|BV|N\.V\.?|NV|V\.O\.F\.?|VOF|Holding|& [Zz]n\.|& [Zz]n|en Zonen)(?![\w])"
)


def find_institutions(scan: TextScan) -> list[Candidate]:
    found = _after_keywords(scan)
    found.extend(_before_keywords(scan))
    if "&" in scan.text:
        found.extend(_firms(scan))
    if "Gebr" in scan.text or "Fa." in scan.text or "Firma" in scan.text:
        found.extend(_family_firms(scan))
    found.extend(_compounds(scan))
    found.extend(_school_before_group(scan))
    found.extend(find_worship(scan))
    return found


# "zit op de kleine prins groep 5", "zat op De Wegwijzer in groep 7": a school between "op" and its group.
SCHOOL_GROUP_RE = CaselessRe(
    r"(?<![\w])(?:zit|zat|zitten|zaten|gaat|ging|gaan|kwam|komt)[ \t]+(?:nu[ \t]+|nog[ \t]+|daar[ \t]+)?op[ \t]+"
    r"((?:(?:de|het|'t)[ \t]+)?[^\W\d_][\w'-]*(?:[ \t]+[^\W\d_][\w'-]*){0,3}?)"
    r"[ \t]*,?[ \t]+(?:in[ \t]+)?groep[ \t]+[1-8](?![\w])"
)


def _school_before_group(scan: TextScan) -> list[Candidate]:
    found = []
    folded = scan.text.lower()
    if "groep" not in folded:
        return found  # the quick test before the expression
    for match in SCHOOL_GROUP_RE.finditer(scan.text, caseless_twin(scan.text)):
        words = match.group(1).lower().split()
        if words[-1] in ("school", "basisschool", "de", "het", "'t") or all(
            w in FUNCTION_WORDS for w in words
        ):
            continue  # "zit op school in groep 5": no name
        found.append(Candidate(match.start(1), match.end(1), Category.INSTELLING, 0.8))
    return found


# Legal forms whose name may be made of ordinary words ("Stichting Mantelzorg Goes").
FOUNDATIONS = frozenset({"stichting", "fundashon", "fundacion"})


def _name_end(
    scan: TextScan, j: int, *, opening_connector: bool = False, plain_words: bool = False
) -> int | None:
    """Index after a capitalised institution name starting at token ``j`` (None when there is none)."""
    tokens, lists = scan.tokens, scan.lists
    end = None
    k = j
    while k < len(tokens) and k - j < 6:
        token = tokens[k]
        # "Maatschap Te Winkel": a capitalised "Te" inside a sentence is a surname's particle
        particle = token.text == "Te" and not token.sentence_start
        if (
            token.lower in NAME_ARTICLES
            or token.lower in NAME_PREFIXES
            or token.lower in ("al", "el")
            or particle
        ):
            if not (scan.adjacent(k) and (tokens[k + 1].cap or tokens[k + 1].lower in NAME_PREFIXES)):
                break
        elif token.cap and len(token.text) > 1 and (not token.all_caps or len(token.text) <= 5):
            blocked = k in scan.blocked and not (
                plain_words and scan.adjacent(k) and tokens[k + 1].cap and k + 1 not in scan.blocked
            )  # "Stichting Mantelzorg Goes" goes on; "Stichting Jarige Job" is a national foundation
            if blocked or (k == j and token.lower in lists.domain_terms and not scan.adjacent(k)):
                break  # "Bureau Jeugdzorg": a keyword and a kind of organisation, no name
            # ("Stichting Mantelzorg Goes": a foundation's care word is part of its name when more follows)
            known = token.lower in lists.surnames or token.lower in lists.first_names
            after_article = k > j and tokens[k - 1].lower in NAME_ARTICLES  # "Zorgboerderij De Hoeve"
            if scan.is_common(token) and not known and not after_article and not plain_words:
                break
            end = k + 1
        elif token.lower in CONNECTORS and (
            end is not None or opening_connector and k == j and token.lower not in ("en", "of")
        ):  # "Huis van de Wijk"; not "Samenwerkingsverband en de ...": a second body
            article = (  # "Stichting Zorgen om het Boerenerf": a connector, an article, a name
                k + 2 < len(tokens)
                and scan.adjacent(k)
                and tokens[k + 1].lower in ("de", "het", "t")
                and not tokens[k + 1].cap
                and scan.adjacent(k + 1)
                and tokens[k + 2].cap
            )
            if not (scan.adjacent(k) and (tokens[k + 1].cap or article)):
                break
            second = tokens[k + 2] if article else tokens[k + 1]  # "Buurthuis en de Bibliotheek"
            if token.lower in ("en", "op") and (
                second.lower in lists.institution_keywords or _kind(second.lower)
            ):
                break  # "Albert Heijn Stadskanaal en Bakkerij Bolhuis", "... en Taalcafé De Brug": a second one
        else:
            break
        if not scan.adjacent(k):
            break
        k += 1
    return end


def _kind(lower: str) -> bool:
    """A compound that names a kind of organisation ("taalcafé", "kinderpraktijk", "buurthuis")."""
    return lower.endswith(SECOND_KINDS) and not lower.endswith(("en", "s")) and len(lower) >= 8


SECOND_KINDS = ORGANISATION_HEADS


def _with_suffix(scan: TextScan, end_pos: int) -> int:
    match = LEGAL_SUFFIX_RE.match(scan.text, end_pos)
    return match.end() if match else end_pos


def _after_keywords(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i, token in enumerate(tokens):
        length = (
            1
            if token.lower in lists.institution_keywords
            else (
                scan.phrase_length(i, lists.institution_phrases)
                if token.lower in lists.institution_phrases
                else 0
            )
        )
        if not length:
            continue
        if token.all_caps and POSTCODE_DIGITS_RE.search(scan.text, max(0, token.start - 6), token.start):
            continue  # "9728 BV Groningen": the letters of a postcode, not a legal form
        colon = length == 1 and not scan.adjacent(i) and _colon_after(scan, i)  # "School: De Wilgenhoek"
        label = colon or (length == 1 and token.lower in LABELS)
        if not scan.adjacent(i + length - 1) and not colon:
            continue
        if _council_of_town(scan, i, length):
            continue  # "het college van Ede": the town's executive, its town is found as a place
        opening = token.cap and not token.sentence_start
        plain = length == 1 and token.cap and token.lower in FOUNDATIONS
        end = _name_end(scan, i + length, opening_connector=opening, plain_words=plain)
        if end is None and length > 1 and i + length < len(tokens):
            place = tokens[i + length]  # "hervormde kerk vollenhove": a two-word kind and its town
            if not place.cap and place.lower in lists.places and not scan.is_common(place):
                end = i + length + 1
        if end is None:
            continue
        confidence = 0.91  # the keyword outweighs a place inside the name: "Zorgboerderij De Hoeve"
        if length > 1:
            confidence = 0.97  # "Protestantse Gemeente Heiloo": a two-word kind outweighs "gemeente Heiloo"
        name = tokens[i + length : end]
        if colon and name[0].lower not in NAME_ARTICLES and all(t.lower in lists.dutch_words for t in name):
            continue  # "Kerk: Protestantse Gemeente": a kind, not a name
        if token.lower in LEVELS and all(
            t.lower in lists.dutch_words and t.lower not in lists.organisations for t in name
        ):
            continue  # "mbo Maatschappelijke Zorg", "hbo Verpleegkunde": a course, not a school ("MBO Amersfoort")
        end_pos = _with_suffix(scan, tokens[end - 1].end)
        start = tokens[i + 1].start if label else token.start  # "Werkgever: Cirfood": the name only
        if (
            not token.cap
            and tokens[i + length].lower == "van"
            and tokens[i + length + 1].lower in lists.organisations
        ):
            start = tokens[
                i + length + 1
            ].start  # "thuiszorg van Zuyderland": the organisation, not its service
        firm = FIRM_TAIL_RE.match(scan.text, end_pos) if "&" in scan.text else None
        if firm is not None:  # "deurwaarderskantoor Van den Hoek & Dijkshoorn": the firm's names
            end_pos = firm.end()  # a kind in title case is part of the name ("Gerechtsdeurwaarders Kuipers")
            if not token.cap or token.all_caps:  # "GERECHTSDEURWAARDERSKANTOOR VAN DAM & POSTMA"
                start = max(start, tokens[i + length].start)
        found.append(Candidate(start, end_pos, Category.INSTELLING, confidence))
    return found


# School levels that also open the name of a course ("mbo Verpleegkunde") rather than of a school.
LEVELS = frozenset({"mbo", "hbo", "vmbo", "havo", "vwo", "wo", "roc"})


def _council_of_town(scan: TextScan, i: int, length: int) -> bool:
    """ "het college van Ede", "College van Nieuwegein": the executive of a municipality."""
    tokens = scan.tokens
    return (
        length == 1
        and tokens[i].lower == "college"
        and i + 2 < len(tokens)
        and tokens[i + 1].lower == "van"
        and tokens[i + 2].cap
        and tokens[i + 2].lower in scan.lists.places
        and not (i + 3 < len(tokens) and scan.adjacent(i + 2) and tokens[i + 3].cap)
    )


# Keywords that label an organisation rather than being part of its name ("Werkgever: Cirfood").
LABELS = frozenset({"werkgever", "werkgeefster"})


def _colon_after(scan: TextScan, i: int) -> bool:
    """ "Werkgever: Cirfood": a colon and spaces, on one line, between the label and the name."""
    if i + 1 >= len(scan.tokens):
        return False
    gap = scan.text[scan.tokens[i].end : scan.tokens[i + 1].start]
    return gap.startswith(":") and not gap[1:].strip(" \t")


def _before_keywords(scan: TextScan) -> list[Candidate]:
    """ "Echnaton College", "Stedelijk Gymnasium", "Nijhof BV"."""
    tokens = scan.tokens
    found = []
    for i, token in enumerate(tokens):
        trailing = token.lower in TRAILING_KEYWORDS and token.cap
        worship = token.lower in WORSHIP and tokens[i - 1].cap  # "Medhane Alem kerk", "Mevlana moskee"
        if not (trailing or worship) or not scan.prev_adjacent(i):
            continue
        first = i
        while first > 0 and scan.adjacent(first - 1) and i - first < 3:
            prev = tokens[first - 1]
            if not prev.cap or prev.lower in scan.lists.stop_words and prev.lower not in scan.lists.surnames:
                break
            if (first - 1) in scan.blocked:
                break
            first -= 1
        ordinary = tokens[first].sentence_start and all(
            t.lower in scan.lists.dutch_words for t in tokens[first:i]
        )  # "Aanmelding Stichting": a heading, not "Humanitas Stichting"
        if first < i and trailing and not (ordinary and token.lower == "stichting"):
            found.append(Candidate(tokens[first].start, token.end, Category.INSTELLING, 0.9))
        elif first < i and all(_foreign_name(scan, t.lower) for t in tokens[first:i]):
            found.append(Candidate(tokens[first].start, token.end, Category.INSTELLING, 0.93))
    for match in LEGAL_SUFFIX_RE.finditer(scan.text):
        # capitalised words right before a legal form
        k = _last_token_before(scan, match.start())
        if k is None or not tokens[k].cap:
            continue
        first = k
        while first > 0 and scan.adjacent(first - 1) and tokens[first - 1].cap and k - first < 3:
            first -= 1
        found.append(Candidate(tokens[first].start, match.end(), Category.INSTELLING, 0.85))
    return found


# A kind of practice before two names joined by "&" makes a firm of them, also when the names are words
# ("Fysio Vecht & Gein", "Tandartsen Rijn & Vaart"); "Werk & Inkomen" alone is a department.
PRACTICES = frozenset(
    {"fysio", "fysiotherapie", "tandarts", "tandartsen", "huisarts", "huisartsen", "advocaten", "notarissen"}
    | {"accountants", "makelaars", "logopedie", "ergotherapie", "podotherapie", "dierenartsen", "psychologen"}
    | {"praktijk", "kinderpraktijk", "apotheek", "thuiszorg", "kinderopvang", "verloskunde", "zorg"}
)
WORSHIP = frozenset({"kerk", "moskee", "tempel", "synagoge"})
_FIRM_PART = (
    r"(?:(?:[Vv]an|VAN|[Dd]e|DE|[Dd]er|DER|[Dd]en|DEN|[Tt]er|TER)[ \t]+)*[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*"
)
FIRM_TAIL_RE = re.compile(rf"[ \t]*&[ \t]*{_FIRM_PART}(?![\w&])")
FIRM_RE = re.compile(rf"(?<![\w&])({_FIRM_PART}(?:[ \t]+{_FIRM_PART})?)[ \t]*&[ \t]*({_FIRM_PART})(?![\w&])")


FAMILY_FIRM_RE = re.compile(
    r"(?<![\w.])(?:Gebr\.|Gebroeders|Fa\.|Firma)[ \t]+"
    r"((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)[ \t]+)*[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+[A-Z][^\W\d_]+)?)"
)


def _family_firms(scan: TextScan) -> list[Candidate]:
    """ "Gebr. Nijhof", "Fa. Van der Veen", "Firma Bos": a family firm and its name."""
    found = []
    for match in FAMILY_FIRM_RE.finditer(scan.text):
        words = match.group(1).lower().split()
        if all(w in FUNCTION_WORDS or w in scan.lists.stop_words for w in words):
            continue
        found.append(Candidate(match.start(), match.end(), Category.INSTELLING, 0.9))
    return found


def _firms(scan: TextScan) -> list[Candidate]:
    """ "deurwaarder Lemmens & Partners", "Van Dijk & De Vries", "Bakker & Zn": names joined by an
    ampersand are a firm when a surname or a word no dictionary knows is among them; "Werk & Inkomen",
    "Jeugd & Gezin" are departments made of ordinary words."""
    lists = scan.lists
    found = []
    for match in _firm_matches(scan.text):
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", match.group(1) + " " + match.group(2))]
        words = [w for w in words if w not in NAME_PREFIXES]
        if any(w in lists.domain_terms for w in words) or _blocked_within(scan, match.start(), match.end()):
            continue  # "Stichting Lezen & Schrijven": a national foundation among the domain phrases
        start = match.start()
        first = match.group(1).split()
        opener = first[0].lower()
        particle = opener in NAME_PREFIXES or opener in lists.surnames
        kind = _practice_before(scan, match, first)
        if kind is not None:
            found.append(Candidate(kind, match.end(), Category.INSTELLING, 0.85))  # "Fysio Vecht & Gein"
            continue
        if len(first) > 1 and opener in lists.dutch_words and not particle:
            start = match.start() + match.group(1).index(first[1], len(first[0]))  # "Via Bakker & Zn"
            words = words[1:]
        if not any(w in lists.surnames or w in lists.places for w in words) and words[0] in lists.dutch_words:
            continue  # "Lunch & Learn", "Planning & Control": a phrase opened by an ordinary word, no name
        if any(w in lists.surnames or (w not in lists.dutch_words and len(w) > 2) for w in words):
            found.append(Candidate(start, match.end(), Category.INSTELLING, 0.85))
    return found


FIRM_REACH = 100  # characters on either side of an ampersand in which the names of a firm stand


def _firm_matches(text: str) -> list[re.Match[str]]:
    """What ``FIRM_RE.finditer(text)`` yields, sought only around each ampersand: the pattern over a
    whole text costs a millisecond, a window per ampersand almost nothing."""
    matches: list[re.Match[str]] = []
    amp = text.find("&")
    while amp >= 0:
        start = max(amp - FIRM_REACH, matches[-1].end() if matches else 0)
        found = FIRM_RE.search(text, start, min(len(text), amp + FIRM_REACH))
        if found is not None and found.start() <= amp:
            full = FIRM_RE.match(text, found.start())  # the whole text decides where the names end
            if full is not None:
                matches.append(full)
        amp = text.find("&", max(amp + 1, matches[-1].end() if matches else 0))
    return matches


def _blocked_within(scan: TextScan, start: int, end: int) -> bool:
    """A token of a domain term or phrase lies between ``start`` and ``end``."""
    return any(start <= scan.tokens[i].start < end for i in scan.blocked)


def _practice_before(scan: TextScan, match: re.Match[str], first: list[str]) -> int | None:
    """Start of a kind of practice and one capitalised name before "&" ("Fysio Vecht & Gein")."""
    caps = [w for w in first if w[0].isupper()]
    if len(caps) != 2 or caps[0] != first[-2] or not match.group(2)[0].isupper():
        return None
    kind = caps[0].lower()
    if kind not in PRACTICES and kind not in scan.lists.institution_keywords:
        return None
    return match.start(1) + match.group(1).rindex(caps[0], 0, len(match.group(1)) - len(caps[1]))


def _foreign_name(scan: TextScan, lower: str) -> bool:
    """A word of a congregation's own name: no Dutch word, place or domain term ("Medhane", "Mevlana")."""
    lists = scan.lists
    return (
        lower not in lists.dutch_words
        and lower not in lists.places
        and lower not in lists.domain_terms
        and not lower.endswith(("se", "sche"))  # "Poolse kerk", "Koptische kerk": an adjective
    )


def _last_token_before(scan: TextScan, pos: int) -> int | None:
    for k in range(len(scan.tokens) - 1, -1, -1):
        if scan.tokens[k].end <= pos:
            return k if scan.tokens[k].end == pos else None
    return None


COMPOUND_TAILS = ("school", "college", "lyceum", "stichting")


def _compounds(scan: TextScan) -> list[Candidate]:
    found = []
    for i, token in enumerate(scan.tokens):
        if i in scan.blocked:
            continue
        lower = token.lower
        if not lower.endswith(COMPOUND_TAILS):
            continue  # most words: decided in one call
        if not token.cap:
            _lower_compound(scan, i, found)  # "sint-janscollege" in a note without capitals
            continue
        for tail in ("school", "college", "lyceum", "stichting"):
            head = lower[: -len(tail)].rstrip("-")
            if lower.endswith(tail) and len(head) >= 3 and head not in GENERIC_COMPOUND_HEADS:
                if token.sentence_start and (
                    head in scan.lists.dutch_words or head.rstrip("s") in scan.lists.dutch_words
                ):
                    break  # "Zorgstichting", "Hogeschool" opening a sentence: a common noun
                if tail == "stichting" and (
                    head in scan.lists.dutch_words or head.rstrip("s") in scan.lists.dutch_words
                ):
                    break  # "woonstichting", "zorgstichting"
                if lower not in scan.lists.institution_keywords:
                    first = i
                    while first > 0 and i - first < 2 and scan.adjacent(first - 1):
                        prev = scan.tokens[first - 1]
                        if not prev.cap or prev.lower in FUNCTION_WORDS or (first - 1) in scan.blocked:
                            break
                        first -= 1
                    found.append(Candidate(scan.tokens[first].start, token.end, Category.INSTELLING, 0.8))
                break
    return found


def _lower_compound(scan: TextScan, i: int, found: list[Candidate]) -> None:
    token = scan.tokens[i]
    lower = token.lower
    for tail in ("college", "lyceum", "school"):
        head = lower[: -len(tail)].rstrip("-")
        if not lower.endswith(tail) or len(head) < 4 or head in GENERIC_COMPOUND_HEADS:
            continue
        words = scan.lists.dutch_words
        if (
            lower in words
            or head in words
            or head.rstrip("s") in words
            or lower in scan.lists.institution_keywords
        ):
            return
        if any(part in words or part in GENERIC_COMPOUND_HEADS for part in head.split("-")[-1:]):
            return
        found.append(Candidate(token.start, token.end, Category.INSTELLING, 0.7))
        return
