"""Person names in Dutch text: names after a title ("mevrouw De Vries", "dhr. Jansen"), after initials
("J. de Vries"), after a relation or role ("haar zoon Daan", "wijkcoach Petra"), known first names
with the surname that follows, and known surnames with their prefixes. Pseudonyms such as
"mevrouw A." and common words that are also names ("Bos", "Roos" at the start of a sentence) are
left alone."""

from __future__ import annotations

import re

from .caseless import finditer_at, initial_starts, positions_of, words_before
from .model import Category
from .name_words import (
    ENGLISH_RELATIONS,
    LABEL_WORDS,
    LANGUAGE_NAMES,
    RELATIONS,
    ROLES,
    TITLES,
    WORD_ENDINGS,
    diminutive_first_name,
)
from .org_worship import WORSHIP_ENDINGS
from .particle_names import particle_surname
from .scan import CAP_PARTICLES, FUNCTION_WORDS, NAME_PREFIXES, Candidate, TextScan

INITIALS_RE = re.compile(r"(?:(?:[A-Z]|Th|Chr|Ch|Joh|Ph|IJ)\.[ \t]?){1,4}")
BARE_INITIALS_RE = re.compile(r"(?<![\w.])(?:(?:[A-Z]|Th|Chr|Joh|IJ)\.[ \t]?){1,4}(?=[ \t]*[^\W\d_])")
NAME_PARTICLES = NAME_PREFIXES | CAP_PARTICLES
# "Dinand van Wijkracht", "Petra van Zorgplein": compounds that name an organisation, not a family.
ORGANISATION_ENDINGS = (
    "kracht",
    "zorg",
    "werk",
    "wonen",
    "welzijn",
    "groep",
    "team",
    "punt",
    "plein",
    "centrum",
    "bank",
    "loket",
    "net",
    "lijn",
    "hulp",
    "school",
    "college",
    "partners",
    "groep",
)
# Last words that make "van X Y" an organisation rather than a surname.
ORGANISATION_WORDS = frozenset(
    {"bewind", "bewindvoering", "groep", "wonen", "welzijn", "zorg", "thuiszorg", "advocaten", "notarissen"}
)
PLACE_PREPOSITIONS = frozenset({"in", "uit", "te", "naar", "nabij", "richting", "vanuit", "gemeente"})


def find_names(scan: TextScan) -> list[Candidate]:
    found: list[Candidate] = []
    found.extend(_after_titles(scan))
    found.extend(_after_initials(scan))
    found.extend(_initials_and_call_name(scan))
    found.extend(_abbreviated_particles(scan))
    found.extend(_words(scan))
    found.extend(_unknown_pairs(scan))
    return found


def _extend(scan: TextScan, end: int) -> int:
    """Grow a name over following capitalised name words ("Anke Marie de Vries")."""
    tokens = scan.tokens
    for _ in range(3):
        last = end - 1
        if not scan.adjacent(last):
            break
        nxt = tokens[end]
        lists = scan.lists
        if not (scan.is_prefix(end) or nxt.cap):
            break
        if _organisation_after_van(scan, end):
            break
        if nxt.cap and not scan.is_prefix(end):
            known = nxt.lower in lists.first_names or nxt.lower in lists.surnames
            if not known and (scan.is_common(nxt) or nxt.lower in lists.places):
                break
        more = scan.surname_end(end, strict=True)
        if more is None:
            break
        last, before = tokens[more - 1].lower, tokens[end - 1].lower
        if (
            scan.is_prefix(end)
            and before not in lists.first_names
            and last not in lists.surnames
            and last in lists.dutch_words
            and not diminutive_first_name(before, lists.first_names, lists.dutch_words)  # "Bennie ten Have"
        ):
            break  # "Jansen de Voortgang van het Project": after a surname, a particle and a noun
        end = more
    return end


def _organisation_after_van(scan: TextScan, i: int) -> bool:
    """ "Marieke van Zorgboog": "van" plus an organisation, not a surname."""
    tokens, lists = scan.tokens, scan.lists
    if tokens[i].lower != "van" or i + 1 >= len(tokens):
        return False
    word = tokens[i + 1]
    if i + 2 < len(tokens) and scan.adjacent(i + 1) and tokens[i + 2].cap:
        after = tokens[i + 2].lower  # "mr. De Klerk van Zeeuws Bewind", "Anna van Noord Wonen"
        if after in ORGANISATION_WORDS or after in lists.institution_keywords:
            return True
    if word.lower in ("de", "het") and i + 2 < len(tokens) and scan.adjacent(i + 1):
        word = tokens[i + 2]  # "Elferink van de Sint-Nicolaasparochie": a parish, not a surname
    lower = word.lower
    if (
        word.cap
        and lower.endswith(WORSHIP_ENDINGS)
        and lower not in WORSHIP_ENDINGS
        and lower not in lists.surnames
    ):
        return True
    if word.lower in lists.surnames:
        return False
    return (
        word.lower in lists.organisations
        or word.all_caps
        or word.lower in lists.institution_keywords
        or word.lower.endswith(ORGANISATION_ENDINGS)
    )


def _span(scan: TextScan, first: int, end: int, confidence: float, start: int | None = None) -> Candidate:
    begin = scan.tokens[first].start if start is None else start
    return Candidate(begin, scan.tokens[end - 1].end, Category.NAAM, confidence)


def _token_at(scan: TextScan, pos: int, after: int) -> int | None:
    for j in range(after, min(after + 6, len(scan.tokens))):
        if scan.tokens[j].start >= pos:
            return j
    return None


# Titles that are whole words, never abbreviations: a full stop after them ends a sentence.
WORD_TITLES = frozenset(
    {"mevrouw", "meneer", "mijnheer", "juffrouw", "familie", "gezin", "echtpaar", "meester", "dokter"}
    | {"dominee", "pastoor", "pater", "weduwe", "zuster", "broeder", "heer", "juf", "mejuffrouw"}
)


FAMILY_ENDINGS = ("gezin", "familie")  # "schippersgezin", "pleeggezin", "pleegfamilie"


def _after_titles(scan: TextScan) -> list[Candidate]:
    text, tokens = scan.text, scan.tokens
    found = []
    # only the titles and the compounds that end in a family word ("schippersgezin") are looked at
    if "gezin" in text or "familie" in text:
        at = [k for k, low in enumerate(scan.lowers) if low in TITLES or low.endswith(FAMILY_ENDINGS)]
    else:
        at = [k for k, low in enumerate(scan.lowers) if low in TITLES]
    for i in at:
        token = tokens[i]
        family = token.lower not in TITLES
        if i in scan.blocked or token.text == "HR":
            continue  # "de afdeling HR. De ...": the department Human Resources, not "Hr."
        if token.lower == "heer" and scan.prev_lower(i) not in ("de", "geachte", "beste", "dhr"):
            continue  # "de heer Bakker", "Geachte heer Bakker"; not "de Heer" in prayer
        pos = token.end
        if pos < len(text) and text[pos] == ".":
            if token.lower in WORD_TITLES:
                continue  # "een dominee. Wie ...": a full word before a full stop ends the sentence
            pos += 1
        gap = re.match(r"[ \t]+", text[pos:])
        if gap is None:
            continue
        pos += gap.end()
        initials = INITIALS_RE.match(text, pos)
        j = _token_at(scan, initials.end() if initials else pos, i + 1)
        if j is None:
            continue
        if initials is None and tokens[j].start != pos:
            continue
        if initials is not None and (
            text[initials.end() : tokens[j].start].strip() or "\n" in initials.group()
        ):
            continue
        if "\n" in text[initials.end() if initials else pos : tokens[j].start]:
            continue
        if family and (initials is not None or not scan.is_prefix(j)):
            continue  # "schippersgezin Van der Zalm", "pleegfamilie de Wit": a family by its surname
        # "mevrouw A. Zij ..." is a pseudonym followed by a new sentence: demand a real surname.
        strict = initials is not None and not scan.is_prefix(j)
        end = scan.surname_end(j, strict=strict)
        if end is None or tokens[end - 1].lower.endswith(
            ("school", "college", "lyceum", "straat", "weg", "laan")
        ):
            continue
        if strict and _pseudonym_then_sentence(scan, j, initials.group()):
            continue
        end = _extend(scan, end)
        found.append(_span(scan, j, end, 0.9, start=initials.start() if initials else None))
    return found


UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽŁŞ"
CALL_NAME_RE = re.compile(
    rf"(?<![\w.])(?:(?:[{UPPER}]|Th|Chr|Joh|IJ)\.[ \t]?){{1,5}}[ \t]*\([ \t]*[{UPPER}][^\W\d_]+"
    rf"(?:-[{UPPER}][^\W\d_]+)?[ \t]*\)[ \t]+"  # "G.J. (Gert-Jan) van Dalfsen": a call name of two
    r"(?=[^\W\d_]|['’]t\b)"
)
# "Shurandy (Shu) Martis-Cicilia", "Johannes (Hans) Verbeek": a first name, the call name, the surname.
# 'Ivan "Ikey" Johnson', "Rick 'Bolle' Mulder": a nickname in quotes stands where the call name does.
FIRST_AND_CALL_RE = re.compile(
    rf"(?<![\w.])([{UPPER}][^\W\d_]+)[ \t]+(?:\([ \t]*([{UPPER}][^\W\d_]+)[ \t]*\)"
    rf"|[\"“”'‘]([{UPPER}][^\W\d_]+)[\"“”'’])[ \t]+(?=[^\W\d_]|['’]t\b)"
)


# Particles that stand in lower case between a call name and the surname: "Mohammed (Mo) el Khatib",
# "Jan (Jantje) op den Brouw", "Yusuf (Joe) bin Laden".
CALL_PARTICLES = NAME_PREFIXES | {"el", "al", "ben", "bin", "ait", "abu", "ibn", "bou", "op"}


def _surname_after_call(scan: TextScan, j: int, *, strict: bool) -> int | None:
    """End of the surname at token ``j`` after a call name in brackets: lower-case particles of any
    language may lead it, as long as a capitalised surname follows them."""
    tokens = scan.tokens
    k = j
    while k < len(tokens) and k - j < 3 and not tokens[k].cap and tokens[k].lower in CALL_PARTICLES:
        if not scan.adjacent(k):
            return None
        k += 1
    if k == j or k >= len(tokens):
        return scan.surname_end(j, strict=strict)
    end = scan.surname_end(k, strict=False)
    return end if end is not None and tokens[k].cap else None


def _initials_and_call_name(scan: TextScan) -> list[Candidate]:
    """ "A.B. (Bram) Jansen", "C.D. (Cor) van 't Veld-Bos": initials, call name and surname are one name."""
    found = []
    for match in finditer_at(CALL_NAME_RE, scan.text, initial_starts(scan.text)):
        j = _first_after(scan, match.end())
        if j >= len(scan.tokens) or scan.tokens[j].start - match.end() > 1:
            continue
        end = _surname_after_call(scan, j, strict=False)
        if end is None:
            continue
        found.append(_span(scan, j, _extend(scan, end), 0.95, start=match.start()))
    lists = scan.lists
    for match in finditer_at(FIRST_AND_CALL_RE, scan.text, words_before(scan.text, "(\"“”'‘")):
        first, call = match.group(1).lower(), (match.group(2) or match.group(3)).lower()
        word = first in lists.common_words or first in lists.domain_terms or first in lists.places
        named = call in lists.first_names or call not in lists.dutch_words
        titled = named and _titled(scan, match.start())
        if word and not titled:
            continue  # "mevrouw Door (Theodora) van Rijsingen": after a title, a call name that is a word
        quoted = match.group(3) is not None  # a nickname need not resemble the name: "Bolle", "Ikey"
        if not (
            quoted
            or titled
            or call in lists.first_names
            or first in lists.first_names
            or first[:2] == call[:2]
            or first.endswith(call)  # "Juanita (Nita)"
        ):
            continue
        if quoted and (first in lists.dutch_words and first not in lists.first_names):
            continue  # 'Zorg "Thuis" Plus': words, no name
        j = _first_after(scan, match.end())
        if j >= len(scan.tokens) or scan.tokens[j].start - match.end() > 1:
            continue
        end = _surname_after_call(scan, j, strict=True)
        if end is None:
            continue
        found.append(_span(scan, j, _extend(scan, end), 0.9, start=match.start()))
    return found


TITLE_BEFORE_RE = re.compile(r"(?i:mevrouw|meneer|mevr|mw|dhr|de heer)\.?[ \t]+$")


def _titled(scan: TextScan, pos: int) -> bool:
    return TITLE_BEFORE_RE.search(scan.text, max(0, pos - 12), pos) is not None


ABBREVIATED_PARTICLE_RE = re.compile(
    r"(?<![\w.])(?:[Vv]\.[ \t]?[Dd]\.|[Vv]/[Dd]|[Vv]d|v[ \t]d|(?P<bare>v\.)(?=[ \t]+(?!Chr\b)))[ \t]+(?=[A-Z])"
)  # "Harrie v d Broek", "Lotte v. Rijn"; not "400 v. Chr."
PARTICLE_OPENINGS = ("v.", "V.", "v/", "V/", "vd", "Vd", "v ", "v\t")  # where its matches start


def _abbreviated_particles(scan: TextScan) -> list[Candidate]:
    """ "mw. v.d. Berg", "fam. v/d Heuvel": an abbreviated "van der" before a surname."""
    found = []
    for match in finditer_at(ABBREVIATED_PARTICLE_RE, scan.text, positions_of(scan.text, PARTICLE_OPENINGS)):
        j = _first_after(scan, match.end())
        if j >= len(scan.tokens) or scan.tokens[j].start != match.end() or not scan.name_like(j):
            continue
        k = _first_after(scan, match.start()) - 1  # the first name before it: "Lotte v. Rijn"
        if (
            k >= 0
            and scan.adjacent(k)
            and scan.name_like(k)
            and scan.tokens[k].lower in scan.lists.first_names
        ):
            found.append(Candidate(scan.tokens[k].start, scan.tokens[j].end, Category.NAAM, 0.9))
        elif match.group("bare"):
            continue  # a bare "v." stands for "van" only after a first name
        else:
            found.append(Candidate(match.start(), scan.tokens[j].end, Category.NAAM, 0.85))
    return found


def _pseudonym_then_sentence(scan: TextScan, j: int, initials: str) -> bool:
    """ "A. Afgelopen jaar ...": one initial, then a word that is no known surname but looks Dutch."""
    token = scan.tokens[j]
    lists = scan.lists
    if token.lower in lists.surnames:
        return False
    if token.lower in lists.first_names or scan.is_common(token):
        return True
    single = initials.count(".") == 1
    return single and token.lower.endswith(WORD_ENDINGS)


def _after_initials(scan: TextScan) -> list[Candidate]:
    text, tokens = scan.text, scan.tokens
    found = []
    for match in finditer_at(BARE_INITIALS_RE, text, initial_starts(text)):
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if re.search(r"(?:mevr\.|mw\.|dhr\.|heer|fam\.)\s*$", before):
            continue  # handled (or rejected as a pseudonym) by the title rule
        previous = re.findall(r"[^\W\d_]+", before)
        if previous and (previous[-1] in LABEL_WORDS or previous[-1] in TITLES):
            continue
        j = _first_after(scan, match.end())
        gap = text[match.end() : tokens[j].start] if j < len(tokens) else "x"
        if gap.strip() or "\n" in gap or "\n" in match.group():
            continue
        end = scan.surname_end(j, strict=True)
        if end is None or (not scan.is_prefix(j) and _pseudonym_then_sentence(scan, j, match.group())):
            continue
        line_start = not text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip(" \t-*•")
        if (
            line_start
            and match.group().count(".") == 1
            and tokens[j].lower not in scan.lists.surnames
            and not particle_surname(scan, j, end)
        ):
            continue  # "A. Inleiding", "D. Verloop": a numbered list, not an initial
        if tokens[j].sentence_start and tokens[j].lower not in scan.lists.surnames and not scan.is_prefix(j):
            confidence = 0.6
        else:
            confidence = 0.85
        found.append(_span(scan, j, _extend(scan, end), confidence, start=match.start()))
    return found


def _first_after(scan: TextScan, pos: int) -> int:
    lo, hi = 0, len(scan.tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if scan.tokens[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _unknown_pairs(scan: TextScan) -> list[Candidate]:
    """ "Gheorghe Popescu slaapt in zijn auto": two capitalised words that no list or dictionary knows,
    opening a sentence, are a name (a first name from elsewhere and its surname)."""
    tokens = scan.tokens
    found = []
    for i, token in enumerate(tokens[:-1]):
        if not token.sentence_start or not scan.adjacent(i):
            continue
        pair = tokens[i : i + 2]
        if i + 2 < len(tokens) and scan.adjacent(i + 1) and tokens[i + 2].cap:
            continue  # three capitalised words: the name of something
        if all(_unknown_capital(scan, i + k) for k in range(2)):
            found.append(Candidate(pair[0].start, pair[1].end, Category.NAAM, 0.6))
    return found


def _unknown_capital(scan: TextScan, k: int) -> bool:
    token, lists = scan.tokens[k], scan.lists
    lower = token.lower
    return (
        token.cap
        and not token.all_caps
        and len(lower) >= 3
        and k not in scan.blocked
        and lower not in lists.dutch_words
        and lower not in lists.places
        and lower not in lists.organisations
        and lower not in lists.institution_keywords
        and lower not in lists.domain_terms
        and lower not in lists.stop_words
    )


def _words(scan: TextScan) -> list[Candidate]:
    """First names, relation/role + name, and known surnames."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i, token in enumerate(tokens):
        if not token.cap or i in scan.blocked or token.all_caps or len(token.text) < 2:
            continue
        lower = token.lower
        if lower not in lists.surnames and lower not in lists.first_names and "-" not in lower:
            before = tokens[i - 1].lower if i else ""  # quick test: no name, no relation or role before
            related = before in RELATIONS or before in ROLES or before in ENGLISH_RELATIONS
            if not related and not diminutive_first_name(lower, lists.first_names, lists.dutch_words):
                continue
        prev = scan.prev_lower(i) if scan.prev_adjacent(i) else ""
        after_place_word = prev in PLACE_PREPOSITIONS and lower in lists.places
        is_first = (
            lower in lists.first_names
            or _hyphenated_first(lower, lists.first_names)
            or diminutive_first_name(lower, lists.first_names, lists.dutch_words)
        )
        common = scan.is_common(token)
        after_relation = (
            prev in RELATIONS or prev in ROLES or prev in ENGLISH_RELATIONS
        ) and not _title_case(scan, i - 1)
        if is_first and not after_place_word:
            if scan.text.startswith(("- ", "-, "), token.end):
                continue  # "Iris- en vingerafdrukscanners": the first part of a compound, cut short
            if token.sentence_start and lower in lists.common_words and _noun_phrase_after(scan, i):
                continue  # "Fleur de buurthuizen op": a verb or noun; a subject's name has its verb next
            if token.sentence_start and common:
                end = scan.surname_end(i + 1, strict=True) if scan.adjacent(i) else None
                if end is None:
                    continue
                found.append(_span(scan, i, _extend(scan, end), 0.7))
                continue
            confidence = 0.75 if token.sentence_start else (0.65 if common else 0.85)
            if after_relation:
                confidence = max(confidence, 0.85)
            end = _extend(scan, i + 1)
            if end > i + 1:
                confidence = max(confidence, 0.88)  # first name plus surname
            found.append(_span(scan, i, end, confidence))
            continue
        if after_relation and scan.is_prefix(i) and not token.sentence_start:
            end = scan.surname_end(i, strict=False)
            if end is not None and end > i + 1:
                found.append(_span(scan, i, _extend(scan, end), 0.8))
            continue
        role_surname = prev in ROLES and lower in lists.surnames  # "Huisarts Bakker (MC Bolsward)"
        if (
            after_relation
            and not token.sentence_start
            and (not common or role_surname)
            and lower not in lists.places
        ):
            if lower in TITLES:
                continue  # "buurvrouw Ms. Johnson": a form of address, the name follows
            if (
                prev in ROLES
                and prev not in RELATIONS
                and lower in lists.dutch_words
                and lower not in lists.surnames
                and lower not in lists.first_names
                and not scan.is_prefix(i)
                and not (scan.adjacent(i) and tokens[i + 1].cap)
            ):
                continue  # "de consulent Jeugdhulp", "teamleider Toegang": the role's field, no name
            end = scan.surname_end(i, strict=False)
            if end is not None:
                found.append(_span(scan, i, _extend(scan, end), 0.7))
            continue
        if lower in lists.surnames:
            found.extend(_surname(scan, i, common))
    return found


def _title_case(scan: TextScan, k: int) -> bool:
    """Token ``k`` is capitalised inside a sentence right after another capitalised word: a title in
    title case ("Ieder Kind Wint", "Samen Ouder Worden"), so "Kind" there is no relation word."""
    tokens = scan.tokens
    if k < 1 or not tokens[k].cap or tokens[k].sentence_start or not scan.prev_adjacent(k):
        return False
    before = tokens[k - 1]
    return (
        before.cap
        and not before.sentence_start
        and not before.all_caps
        and before.lower in scan.lists.dutch_words
    )


POSSESSIVES = frozenset({"haar", "zijn", "hun", "mijn", "jouw", "je", "onze", "ons", "uw"})


def _noun_phrase_after(scan: TextScan, i: int) -> bool:
    """Token ``i`` is followed by "de", "het" or "een" and a word in lower case ("Fleur de buurt op"), or
    by "en"/"of" and an ordinary noun in lower case ("Merel en mus zijn vogels"; not "Merel en haar
    broer")."""
    tokens = scan.tokens
    if i + 2 >= len(tokens) or not (scan.adjacent(i) and scan.adjacent(i + 1)) or tokens[i + 2].cap:
        return False
    link, nxt = tokens[i + 1].text, tokens[i + 2].lower
    if link in ("de", "het", "een"):
        return True
    return (
        link in ("en", "of")
        and nxt in scan.lists.dutch_words
        and nxt not in FUNCTION_WORDS
        and nxt not in POSSESSIVES
        and nxt not in scan.lists.first_names
    )


def _hyphenated_first(lower: str, first_names: frozenset[str]) -> bool:
    parts = lower.split("-")
    return len(parts) > 1 and all(part in first_names for part in parts)


def _surname(scan: TextScan, i: int, common: bool) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    token = tokens[i]
    # Walk back over prefixes: "van der Meer", "de Vries".
    first = i
    while first > 0 and scan.is_prefix(first - 1) and scan.adjacent(first - 1) and i - first < 3:
        first -= 1
    if first < i and first == i - 1 and tokens[first].lower in ("de", "het", "t") and common:
        return []  # "in de Wijk", "op de Hoek": a common word after an article, not "de Vries"
    if first == i - 1 and tokens[first].lower == "het":
        return []  # "in het Engels": no Dutch surname has a bare "het" ("'t Hart", "van het Hof" do)
    if first < i and common and _thing_of_the(scan, first):
        return []  # "De Huiskamer van de Wijk", "Het Hart van het Dorp": a place's or programme's name
    if first < i:
        if tokens[first].sentence_start and tokens[first].lower in ("de", "het") and first == i - 1:
            confidence = 0.6
        else:
            confidence = 0.8
        return [_span(scan, first, _extend(scan, i + 1), confidence)]
    if token.lower in lists.places or common or token.lower in LANGUAGE_NAMES:
        return []  # "Bos", "Kok" without a title or first name are ordinary words; "Engels" a language
    before = tokens[i - 1] if i > 0 else None
    # "Volgens Jansen is het goed": an ordinary word opening the sentence, then the surname
    opener = before is not None and before.sentence_start and before.lower in lists.dutch_words
    if (
        before is not None
        and scan.adjacent(i - 1)
        and before.cap
        and before.lower not in lists.first_names
        and not opener
    ):
        if unknown_first_name(scan, i - 1):
            return [_span(scan, i - 1, _extend(scan, i + 1), 0.7)]  # "Cheryl Sabajo"
        return []  # part of a capitalised name of something else: "Sociaal Team Oost"
    if token.sentence_start:
        return []  # "Bel haar op": only with context, or when the name occurs elsewhere (see propagate)
    return [_span(scan, i, _extend(scan, i + 1), 0.6)]


def _thing_of_the(scan: TextScan, first: int) -> bool:
    """ "Huiskamer van de Wijk": "van" and an article after a capitalised ordinary noun that is no first
    name, title, relation or role; the common word after them names a thing, not a family."""
    tokens, lists = scan.tokens, scan.lists
    if first < 1 or tokens[first].lower != "van" or not scan.prev_adjacent(first):
        return False
    if tokens[first + 1].lower not in ("de", "het", "t"):
        return False
    before = tokens[first - 1]
    lower = before.lower
    return (
        before.cap
        and not before.all_caps
        and lower in lists.dutch_words
        and lower not in lists.first_names
        and lower not in lists.surnames
        and lower not in TITLES
        and lower not in RELATIONS
        and lower not in ROLES
    )


def unknown_first_name(scan: TextScan, k: int) -> bool:
    """Token ``k`` is a capitalised word no list or dictionary knows, right before the name at ``k + 1``:
    a first name from elsewhere ("Cheryl Sabajo" when only "Sabajo" was known)."""
    token = scan.tokens[k]
    return (
        scan.adjacent(k)
        and _unknown_capital(scan, k)
        and token.lower not in TITLES
        and token.lower not in RELATIONS
        and token.lower not in ROLES
        and token.lower not in scan.lists.surnames
        and "-" not in token.lower
    )
