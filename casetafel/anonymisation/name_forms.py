"""More forms in which a person's name appears: a couple sharing a surname ("Kimani en Mavis Spanner"),
unknown first names listed with a found one ("Jayden, Shaniqua en Dyami"), a list entry written surname
first ("Wouters, Hendrik (geb. ...)") and a listed surname opening a sentence before a verb ("Kuipers
heeft gisteren gebeld"). Built on the helpers of ``names.py``, which calls these rules."""

from __future__ import annotations

import re

from .caseless import finditer_at, positions_of
from .lowercase import VERBS_AFTER_TITLE
from .model import Category
from .name_words import RELATIONS, ROLES, TITLES
from .names import (
    CALL_PARTICLES,
    NAME_PARTICLES,
    UPPER,
    _extend,
    _first_after,
    _span,
    _surname_after_call,
    _unknown_capital,
    unknown_first_name,
)
from .scan import Candidate, TextScan


def more_names(scan: TextScan) -> list[Candidate]:
    found = _couples(scan)
    found.extend(_surname_first(scan))
    found.extend(_surname_opening_a_sentence(scan))
    found.extend(_met_particle_surname(scan))
    found.extend(labelled_names(scan))
    return found


# "gesprek met de wit in den bosch", "gebeld met van der veen, ...": someone met, by surname alone.
MET_SURNAME_RE = re.compile(
    r"(?<![\w-])(?:gesprek|gesproken|contact|afspraak|overleg|gebeld|belde|bellen|gemaild|geappt|huisbezoek)"
    r"[ \t]+(?:met|bij)[ \t]+((?:van[ \t]+(?:de|der|den)|van|de|den|ter|ten)[ \t]+([a-zà-ÿ]{2,}))"
    r"(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+(?:in|over|op|om|en|is|was|heeft|wil|belt|gaat|komt|uit)[ \t])"
)
MET_SURNAME_CUES = ("gesprek", "gesproken", "contact", "afspraak", "overleg", "gebeld", "belde", "bellen")
MET_SURNAME_CUES += ("gemaild", "geappt", "huisbezoek")  # where the matches start


def _met_particle_surname(scan: TextScan) -> list[Candidate]:
    lists = scan.lists
    found = []
    for match in finditer_at(MET_SURNAME_RE, scan.text, positions_of(scan.text, MET_SURNAME_CUES)):
        word = match.group(2)
        if word not in lists.surnames or word in ROLES or word in RELATIONS:
            continue  # "overleg met de boer": the farmer
        found.append(Candidate(match.start(1), match.end(1), Category.NAAM, 0.75))
    return found


def _first_name_like(scan: TextScan, k: int) -> bool:
    token = scan.tokens[k]
    if not token.cap or token.all_caps or k in scan.blocked:
        return False
    return token.lower in scan.lists.first_names and not scan.is_common(token) or _unknown_capital(scan, k)


def _couples(scan: TextScan) -> list[Candidate]:
    """ "Kimani en Mavis Spanner", "Dragan en Milica Petrović": two first names joined by "en" and the
    surname they share; both first names are known ones or words no dictionary knows."""
    tokens = scan.tokens
    found = []
    for i in range(len(tokens) - 3):
        if tokens[i + 1].lower != "en" or not (
            scan.adjacent(i) and scan.adjacent(i + 1) and scan.adjacent(i + 2)
        ):
            continue
        if not (_first_name_like(scan, i) and _first_name_like(scan, i + 2)):
            continue
        if tokens[i].lower in scan.lists.first_names and tokens[i + 2].lower in scan.lists.first_names:
            continue  # two known first names: the word rules find them
        end = scan.surname_end(i + 3, strict=True)
        if end is None or tokens[i + 3].lower in scan.lists.places:
            continue
        found.append(_span(scan, i, i + 1, 0.7))
        found.append(_span(scan, i + 2, _extend(scan, end), 0.75))
    return found


# "Wouters, Hendrik (geb. 12-03-1961)": the end of what follows a list entry's first name.
ENTRY_END_RE = re.compile(r"[ \t]*(?:\(|,|;|:|\n|$)")


def _surname_first(scan: TextScan) -> list[Candidate]:
    """A line that opens with a surname, a comma and a known first name: a list entry or a form."""
    tokens, text, lists = scan.tokens, scan.text, scan.lists
    found = []
    for i in range(len(tokens) - 1):
        token = tokens[i]
        if not token.sentence_start or not token.cap or i in scan.blocked:
            continue
        if text[text.rfind("\n", 0, token.start) + 1 : token.start].strip(" \t-*•"):
            continue  # not at the start of a line
        if token.lower not in lists.surnames and not _unknown_capital(scan, i):
            continue
        first = tokens[i + 1]
        if text[token.end : first.start] != ", " or not first.cap or first.lower not in lists.first_names:
            continue
        if scan.is_common(first) or not ENTRY_END_RE.match(text, first.end):
            continue
        found.append(_span(scan, i, i + 2, 0.85))
    return found


def _surname_opening_a_sentence(scan: TextScan) -> list[Candidate]:
    """ "Kuipers heeft gisteren gebeld": a listed surname opening a sentence, right before what a person
    does; an ordinary noun there would need an article."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i in range(len(tokens) - 1):
        token = tokens[i]
        if not token.sentence_start or not token.cap or token.all_caps or i in scan.blocked:
            continue
        lower = token.lower
        if lower == "van" and scan.adjacent(i):
            end = _particle_surname_before_verb(scan, i)
            if end is not None:
                found.append(_span(scan, i, end, 0.75))  # "Van der Zalm belde vanaf het schip"
            continue
        if lower not in lists.surnames or scan.is_common(token):
            continue  # a common noun would stand after an article: "De kuiper heeft"
        if lower in lists.places or lower in lists.first_names or lower in lists.organisations:
            continue
        if lower in RELATIONS or lower in ROLES or lower in TITLES:
            continue  # "Buurman heeft gebeld", "Boer wil verkopen": who, not which one
        if scan.adjacent(i) and tokens[i + 1].lower in VERBS_AFTER_TITLE:
            found.append(_span(scan, i, i + 1, 0.7))
    return found


# What a person did, in the past tense: "Van der Zalm belde", "Van Os vertelde".
SAID_VERBS = frozenset(
    {"belde", "mailde", "appte", "vertelde", "zei", "gaf", "vroeg", "meldde", "liet", "wilde"}
)


ARCHAIC_PARTICLES = frozenset({"der", "den"})


def _particle_surname_before_verb(scan: TextScan, i: int) -> int | None:
    """End of "Van der Zalm" at token ``i`` when a verb of what a person does follows; the surname is no
    place and no organisation."""
    tokens, lists = scan.tokens, scan.lists
    j = i + 1
    while j < len(tokens) - 1 and j - i < 3 and scan.is_prefix(j) and scan.adjacent(j):
        j += 1
    if j >= len(tokens) - 1 or not scan.adjacent(j - 1) or not scan.adjacent(j) or j in scan.blocked:
        return None
    token = tokens[j]
    lower = token.lower
    verb = tokens[j + 1].lower
    if not token.cap or token.all_caps or (verb not in VERBS_AFTER_TITLE and verb not in SAID_VERBS):
        return None
    if not any(t.lower in ARCHAIC_PARTICLES for t in tokens[i + 1 : j]):
        return None  # "van der", "van den" live on in names only; "De Westerkerk krijgt" is a building
    if lower in lists.places or lower in lists.organisations:
        return None
    if scan.is_common(token) or lower in lists.domain_terms or lower in lists.first_names:
        return None
    return j + 1


LIST_LINK_RE = re.compile(r",[ \t]*|[ \t]+en[ \t]+")
LIST_LINK_BEFORE_RE = re.compile(r"(?:,[ \t]*|[ \t]+en[ \t]+)$")


def listed_with_names(scan: TextScan, names: list[Candidate]) -> list[Candidate]:
    """ "Kinderen: Jayden, Shaniqua en Dyami": a word no dictionary knows, listed with a found first name,
    is a first name too."""
    tokens = scan.tokens
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    found: list[Candidate] = []
    queue = [c.end for c in names if c.category is Category.NAAM and c.confidence >= 0.7]
    seen: set[int] = set()
    for cand in names:
        if cand.category is not Category.NAAM or cand.confidence < 0.7:
            continue
        link = LIST_LINK_BEFORE_RE.search(scan.text, max(0, cand.start - 6), cand.start)
        k = ends.get(link.start()) if link is not None else None
        if k is not None and _listed_first_name(scan, k):
            found.append(_span(scan, k, k + 1, 0.7))  # "Shaniqua en Jayden"
    while queue:
        link = LIST_LINK_RE.match(scan.text, queue.pop())
        k = starts.get(link.end()) if link is not None else None
        if k is None or k in seen or not _listed_first_name(scan, k):
            continue
        seen.add(k)
        end = _extend(scan, k + 1)
        found.append(_span(scan, k, end, 0.7))
        queue.append(tokens[end - 1].end)
    return found


def _listed_first_name(scan: TextScan, k: int) -> bool:
    token = scan.tokens[k]
    if token.text[:2].isupper() or ACRONYM_TAIL_RE.search(token.text):
        return False  # "POH-ouderen", "GGZ-team": a role or a team written with an acronym
    return not token.sentence_start and _unknown_capital(scan, k) and not token.lower.endswith(("se", "isch"))


ACRONYM_TAIL_RE = re.compile(r"-[a-zà-ÿ]")


NAME_LABEL_RE = re.compile(
    r"(?im)^[ \t]*(?:[-*•][ \t]*)?(?:naam|naam cli[eë]nt|cli[eë]nt|betrokkene|aanvrager|partner|moeder|vader"
    r"|zoon|dochter|kind|ouder|broer|zus|contactpersoon|mantelzorger|melder|jongere|bewoner|bewoonster"
    r"|huurder|huurster|gezin|familie|fam\.?)[ \t]*:[ \t]*"
)


def labelled_names(scan: TextScan) -> list[Candidate]:
    """ "naam: Kowalski, Marek" in a form-like note: the rest of the line up to a comma is the name, and a
    first name after the comma belongs to it."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for match in NAME_LABEL_RE.finditer(scan.text):
        j = _first_after(scan, match.end())
        if j >= len(tokens) or tokens[j].start != match.end() or tokens[j].lower in TITLES:
            continue
        first = tokens[j].lower
        if (
            first in lists.dutch_words
            and first not in lists.first_names
            and first not in lists.surnames
            and first not in CALL_PARTICLES
        ):
            continue  # "Moeder: Sinds de zomer.", "Vader: Ja.": a speaker in a transcript, then what they say
        end = _surname_after_call(scan, j, strict=False)  # "Cliënt: el Khatib, M. (Mo)"
        if end is None:
            continue
        end = _extend(scan, end)
        end_pos = tokens[end - 1].end
        after = scan.text[end_pos : end_pos + 2]
        if after in (", ", ",") and end < len(tokens) and tokens[end].lower in lists.first_names:
            end += 1  # "Kowalski, Marek"
            end_pos = tokens[end - 1].end
            call = CALL_AFTER_RE.match(scan.text, end_pos)  # "El Khatib, Mohammed (Mo)"
            end_pos = call.end() if call is not None else end_pos
        elif after in (", ", ","):
            given = GIVEN_AFTER_COMMA_RE.match(scan.text, end_pos)  # "el Khatib, M. (Mo)"
            if given is not None and (given.group(1) or given.group(2)):
                end_pos = given.end()
        found.append(Candidate(tokens[j].start, end_pos, Category.NAAM, 0.85))
    return found


CALL_AFTER_RE = re.compile(rf"[ \t]*\([ \t]*[{UPPER}][a-zà-ÿ][^\W\d_]*[ \t]*\)")  # not "(GGZ)"
# After a surname and a comma on a form's line: initials, a call name in brackets, or both.
GIVEN_AFTER_COMMA_RE = re.compile(
    rf"[ \t]*,[ \t]*((?:[{UPPER}]\.[ \t]?){{1,4}})?[ \t]*(\([ \t]*[{UPPER}][a-zà-ÿ][^\W\d_]*[ \t]*\))?"
)


def propagate(scan: TextScan, names: list[Candidate]) -> list[Candidate]:
    """Other capitalised occurrences of a word of a name found with context ("Mevrouw Jansen ...
    Jansen belt") are names too, also at the start of a sentence."""
    text = scan.text
    words: set[str] = set()
    for cand in names:
        if cand.category is Category.NAAM and cand.confidence >= 0.75:
            for part in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[cand.start : cand.end]):
                if part[0].isupper() and len(part) > 2 and part.lower() not in NAME_PARTICLES:
                    words.add(part)
    if not words:
        return []
    found = []
    for i, token in enumerate(scan.tokens):
        if token.sentence_start and scan.is_common(token):
            continue  # "Bos in het park ..." after "mevrouw Bos"
        if token.text in words and i not in scan.blocked:
            before = i > 0 and unknown_first_name(scan, i - 1)  # "Cheryl Sabajo" after "Jayden Sabajo"
            start = scan.tokens[i - 1].start if before else token.start
            found.append(Candidate(start, token.end, Category.NAAM, 0.7))
    return found
