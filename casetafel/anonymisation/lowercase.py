"""Names and places in notes typed without capitals: "mevr de wit", "dhr bakker", "meneer van der velde",
"zoon jan", "femke belt", "woont in wolvega", "den bosch", "heerlen-noord". A lower-case word counts
only when it is on casetafel's name or place lists and is not also an ordinary Dutch word
(``common_words.txt``, derived from the OpenTaal word list); after a title or a relation the context
carries it."""

from __future__ import annotations

import re
from bisect import bisect_left

from .caseless import finditer_at, initial_starts, words_before
from .lower_common import (
    ARABIC_PARTICLES,
    LOWER_PARTICLES,
    NOT_NAMES,
    NOT_SURNAME_ENDINGS,
    REGIONAL_PARTICLES,
    arabic_compound,
)
from .lower_common import ordinary_word as _ordinary
from .lower_common import unknown_word as _unknown_word
from .lower_places import lower_places
from .lower_words import LOWER_INSTITUTION_KEYWORDS, LOWER_TITLES, VERBS_AFTER_TITLE
from .model import Category
from .name_words import RELATIONS, diminutive_first_name
from .organisation_words import SERVICE_WORDS
from .scan import FUNCTION_WORDS, Candidate, TextScan
from .tokens import Token
from .word_readings import word_reading
from .wordfilter import compound_of_words, looks_like_typo

# "j. (hans) van 't hof": lower-case initials, the call name in brackets, then the surname.
LOWER_CALL_RE = re.compile(
    r"(?<![\w.])(?:[a-z]\.[ \t]?){1,5}[ \t]*\([ \t]*[a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?[ \t]*\)[ \t]+"
)


AGE_AFTER_RE = re.compile(r"[ \t]*\([ \t]*\d{1,3}[ \t]*(?:jaar|jr\.?)?[ \t]*\)")


def find_lowercase(scan: TextScan) -> list[Candidate]:
    found = _after_titles(scan)
    found.extend(_after_roles(scan))
    found.extend(_initials_and_call_name(scan))
    found.extend(_first_names(scan))
    found.extend(lower_places(scan))
    found.extend(_institutions(scan))
    found.extend(_schools(scan))
    found.extend(_coordinated(scan, found))
    return _without_towns_in_names(found)


def _without_towns_in_names(found: list[Candidate]) -> list[Candidate]:
    """ "reinier van arkel", "wietske van dalfsen": a surname that is also a town is part of the name."""
    names = [c for c in found if c.category is Category.NAAM]
    return [
        c
        for c in found
        if c.category is not Category.PLAATS or not any(n.start < c.start and c.end <= n.end for n in names)
    ]


LOWER_SCHOOL_VERBS = frozenset({"zit", "zat", "zitten", "zaten", "gaat", "ging"})


def _schools(scan: TextScan) -> list[Candidate]:
    """ "dochter zit op het greijdanus": a word no dictionary knows where a child goes to school."""
    tokens = scan.tokens
    found = []
    for i in range(2, len(tokens)):
        token = tokens[i]
        if token.cap or not scan.prev_adjacent(i) or not _unknown_word(scan, token.lower):
            continue
        k = i - 1
        if tokens[k].lower in ("het", "de", "t") and k >= 2 and scan.prev_adjacent(k):
            k -= 1
        if tokens[k].lower == "op" and scan.prev_adjacent(k) and tokens[k - 1].lower in LOWER_SCHOOL_VERBS:
            if _kind_before_name(scan, i):
                continue  # "zit op schippersinternaat De Rijnvaart": the kind of school, its name follows
            found.append(Candidate(token.start, token.end, Category.INSTELLING, 0.65))
    return found


def _kind_before_name(scan: TextScan, i: int) -> bool:
    """Token ``i`` is a compound of Dutch words right before a capitalised name."""
    tokens = scan.tokens
    return (
        i + 1 < len(tokens)
        and scan.adjacent(i)
        and tokens[i + 1].cap
        and compound_of_words(tokens[i].lower, scan.lists.dutch_words, 2)
    )


def _coordinated(scan: TextScan, found: list[Candidate]) -> list[Candidate]:
    """ "jan en marijke de wit": a first name that is also a word, joined by "en" to a found name."""
    tokens, lists = scan.tokens, scan.lists
    starts = {t.start: k for k, t in enumerate(tokens)}
    more = []
    for cand in found:
        k = starts.get(cand.start)
        if cand.category is not Category.NAAM or k is None or k < 2 or tokens[k - 1].lower != "en":
            continue
        first = tokens[k - 2]
        if first.cap or first.lower not in lists.first_names or first.lower in FUNCTION_WORDS:
            continue
        if scan.prev_adjacent(k) and scan.prev_adjacent(k - 1):
            more.append(Candidate(first.start, first.end, Category.NAAM, 0.7))
    return more


def _institutions(scan: TextScan) -> list[Candidate]:
    """ "obs de regenboog", "zorgboerderij de hoeve": a school or care keyword, an article and a name."""
    tokens, lists = scan.tokens, scan.lists
    kinds, phrases = lists.institution_keywords, lists.institution_phrases
    found = []
    for i, token in enumerate(tokens[:-1]):
        lower = token.lower
        owner = None
        if (lower in kinds or lower in phrases) and not token.cap and _particle_follows(tokens, i):
            owner = _owner_after_kind(scan, i)
        if owner is not None:  # "albert heijn van der meer", "bakkerij van dijk": a shop and its owner
            start = token.start
            last = tokens[owner - 1]
            service = token.lower in SERVICE_WORDS or token.lower in ("kinderopvang", "wijkverpleging")
            if service and tokens[owner - 2].lower == "van" and last.lower not in scan.lists.surnames:
                start = last.start  # "thuiszorg van zorgspectrum": the provider, not its service
            found.append(Candidate(start, last.end, Category.INSTELLING, 0.75))
            continue
        if lower not in LOWER_INSTITUTION_KEYWORDS and not lower.endswith(KIND_ENDINGS):
            continue  # most words, decided without a call
        if not scan.adjacent(i) or not _kind_word(lower):
            continue
        if i + 2 >= len(tokens) or not scan.adjacent(i + 1):
            end = _bare_name_end(scan, i + 1)
            if end is not None:
                found.append(Candidate(token.start, tokens[end - 1].end, Category.INSTELLING, 0.7))
            continue
        article, name = tokens[i + 1], tokens[i + 2]
        if article.lower not in ("de", "het", "t") or article.cap or name.cap or name.lower in NOT_NAMES:
            end = _bare_name_end(scan, i + 1)  # "autobedrijf kleyn", "zorgboerderij erve kleyn"
            if end is not None:
                found.append(Candidate(token.start, tokens[end - 1].end, Category.INSTELLING, 0.7))
            continue
        if len(name.lower) < 3 or (i + 2 in scan.blocked and lower in ("stichting", "vereniging")):
            continue  # "stichting het vergeten kind": the national foundation; "dagbesteding de zonnebloem" is local
        end = name.end
        if _adjective_before_noun(scan, i + 2):
            if name.lower in QUANTIFYING:
                continue  # "de praktijk de hele week dicht"
            end = tokens[i + 3].end  # "zorgboerderij de groene hoeve": an adjective and its noun
        found.append(Candidate(token.start, end, Category.INSTELLING, 0.72))
    return found


# Compounds that name a kind of practice or centre: "kinderpraktijk", "fysiopraktijk", "buurtcentrum".
KIND_ENDINGS = ("praktijk", "kliniek", "apotheek", "centrum", "opvang", "café", "cafe")


def _kind_word(lower: str) -> bool:
    if lower in LOWER_INSTITUTION_KEYWORDS:
        return True
    if not lower.endswith(KIND_ENDINGS) or "-" in lower:
        return False  # most words: one test in C
    ending = next(e for e in KIND_ENDINGS if lower.endswith(e))
    return len(lower) >= len(ending) + 4


# Adjectives that measure or order rather than name: "de hele week", "het volgende gesprek".
QUANTIFYING = frozenset(
    {"hele", "gehele", "halve", "eerste", "tweede", "derde", "laatste", "volgende", "vorige", "komende"}
    | {"andere", "zelfde", "gewone", "juiste", "nieuwe", "huidige", "vaste", "enige", "ene"}
)


def _adjective_before_noun(scan: TextScan, k: int) -> bool:
    """ "de hele week", "het nieuwe rooster": an inflected adjective and the noun it goes with."""
    tokens, words = scan.tokens, scan.lists.dutch_words
    word = tokens[k].lower
    if not word.endswith("e") or word not in words or not scan.adjacent(k):
        return False
    noun = tokens[k + 1].lower
    return (
        not tokens[k + 1].cap
        and noun in words
        and noun not in scan.lists.stop_words
        and noun not in NOT_NAMES
    )


OWNER_PARTICLES = frozenset({"van", "de", "den", "der", "ter", "ten"})


def _particle_follows(tokens: list[Token], i: int) -> bool:
    return tokens[i + 1].lower in OWNER_PARTICLES or (
        i + 2 < len(tokens) and tokens[i + 2].lower in OWNER_PARTICLES
    )


def _owner_after_kind(scan: TextScan, i: int) -> int | None:
    """Index after a lower-case kind of business (one or two words) followed by its owner's surname
    with particles, or None."""
    tokens, lists = scan.tokens, scan.lists
    token = tokens[i]
    if token.cap or i + 2 >= len(tokens):
        return None
    if tokens[i + 1].lower not in OWNER_PARTICLES and tokens[i + 2].lower not in OWNER_PARTICLES:
        return None  # the common case, decided without a look-up
    length = (
        1 if token.lower in lists.institution_keywords else scan.phrase_length(i, lists.institution_phrases)
    )
    k = i + length
    if not length or k >= len(tokens) or not scan.adjacent(k - 1) or any(t.cap for t in tokens[i:k]):
        return None
    if tokens[k].lower not in OWNER_PARTICLES or tokens[k].cap:
        return None
    return _lower_surname_end(scan, k)


def _name_word(scan: TextScan, lower: str) -> bool:
    """A lower-case word that can only be a name here: no Dutch word, or a place that is no word."""
    return (
        _unknown_word(scan, lower)
        or (lower in scan.lists.places and not _ordinary(scan, lower))
        or arabic_compound(scan, lower)  # "moskee al-fath"
    )


def _bare_name_end(scan: TextScan, j: int) -> int | None:
    """End of a lower-case name without an article after a kind of organisation: one or two name words
    ("scholengemeenschap bonaire"), or a word and a name word ("erve kleyn")."""
    tokens = scan.tokens
    if tokens[j].cap or tokens[j].lower in NOT_NAMES:
        return None
    if _name_word(scan, tokens[j].lower):
        end = j + 1
        if scan.adjacent(j) and not tokens[j + 1].cap and _unknown_word(scan, tokens[j + 1].lower):
            end = j + 2
        return end
    if scan.adjacent(j) and not tokens[j + 1].cap and _unknown_word(scan, tokens[j + 1].lower):
        return j + 2
    return None


# Roles that are followed by a surname in notes ("huisarts van beek", "juf de groot").
LOWER_ROLES = frozenset(
    {"huisarts", "juf", "meester", "mr", "wijkagent", "bewindvoerder", "dominee", "ds", "pastoor", "pater"}
    | {"notaris", "kapelaan", "ouderling", "diaken"}
)
ROLE_PARTICLES = frozenset({"van", "de", "den", "der", "ter", "ten", "el", "al", "ben"})


def _after_roles(scan: TextScan) -> list[Candidate]:
    tokens = scan.tokens
    found = []
    for i, token in enumerate(tokens[:-2]):
        if token.lower not in LOWER_ROLES or not _title_gap(scan, i):
            continue
        nxt = tokens[i + 1]
        if nxt.cap or nxt.lower not in ROLE_PARTICLES:
            continue
        end = _lower_surname_end(scan, i + 1) or _word_after_name_particles(scan, i + 1)
        if end is None:
            continue
        found.append(Candidate(nxt.start, tokens[end - 1].end, Category.NAAM, 0.8))
    return found


NAME_ONLY_PARTICLES = frozenset({"t", "der", "den", "ter", "ten"})


def _word_after_name_particles(scan: TextScan, i: int) -> int | None:
    """ "ouderling van 't hul", "juf van der pol": after a role, particles that stand only in names make
    the word after them a surname, also when it is a Dutch word."""
    tokens = scan.tokens
    j = i
    while j < len(tokens) - 1 and j - i < 3 and tokens[j].lower in LOWER_PARTICLES and scan.adjacent(j):
        j += 1
    if j == i or not any(tokens[k].lower in NAME_ONLY_PARTICLES for k in range(i, j)):
        return None
    word = tokens[j]
    lower = word.lower
    if (
        word.cap
        or len(lower) < 3
        or lower in NOT_NAMES
        or lower in FUNCTION_WORDS
        or lower in VERBS_AFTER_TITLE
    ):
        return None
    return j + 1


# "mohammed (mo) el khatib", "johannes (hans) de vries": a first name, the call name, the surname.
LOWER_FIRST_CALL_RE = re.compile(
    r"(?<![\w.])([a-zà-ÿ]{2,})[ \t]+\([ \t]*([a-zà-ÿ]{2,})[ \t]*\)[ \t]+(?=[a-z])"
)


def _initials_and_call_name(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    matches = finditer_at(LOWER_CALL_RE, scan.text, initial_starts(scan.text))
    if "(" in scan.text:
        for match in finditer_at(LOWER_FIRST_CALL_RE, scan.text, words_before(scan.text, "(")):
            first, call = match.group(1), match.group(2)
            if (
                first in lists.first_names
                and not _ordinary(scan, first)
                and (call in lists.first_names or first[:2] == call[:2])
            ):
                matches.append(match)
    for match in matches:
        j = bisect_left(tokens, match.end(), key=lambda t: t.start)
        if j >= len(tokens) or tokens[j].start != match.end():
            continue
        # The brackets make it a name: particles ("van 't") and one word, known or not.
        k = j
        while k + 1 < len(tokens) and k - j < 3 and tokens[k].lower in LOWER_PARTICLES:
            if scan.text[tokens[k].end : tokens[k + 1].start] not in (" ", " '", " ’", "'", "’"):
                break
            k += 1
        if tokens[k].cap or tokens[k].lower in NOT_NAMES or len(tokens[k].lower) < 2:
            continue
        found.append(Candidate(match.start(), tokens[k].end, Category.NAAM, 0.9))
    return found


def _lower_surname_end(scan: TextScan, i: int) -> int | None:
    """Index after a lower-case surname at token ``i``: particles then a word ("van der velde",
    "de jong-bakker"), or a listed surname ("bakker")."""
    tokens, lists = scan.tokens, scan.lists
    j = i
    abbreviated = ABBREVIATED_RE.match(scan.text, tokens[i].start) if i < len(tokens) else None
    if abbreviated is not None:  # "v.d. brink", "v/d berg": an abbreviated "van de(r)"
        while j < len(tokens) and tokens[j].start < abbreviated.end():
            j += 1
    while j < len(tokens) and j - i < 3 and tokens[j].lower in LOWER_PARTICLES and scan.adjacent(j):
        j += 1
    if j >= len(tokens) or tokens[j].cap:
        return None
    word = tokens[j].lower
    first_part = word.split("-", 1)[0]
    if "-" in word and arabic_compound(scan, word):
        return j + 1  # "al-hamwi", "el-amrani", "ar-rashid"
    if first_part in ARABIC_PARTICLES and "-" in word:
        return None
    if word in NOT_NAMES or len(first_part) < 3:
        return None
    if word in lists.domain_terms or word.endswith(NOT_SURNAME_ENDINGS):
        return None
    known = first_part in lists.surnames and word not in VERBS_AFTER_TITLE
    known = known or (j > i and word in lists.places)  # "van de lemmer", "van dalfsen": a town as surname
    # "van der zee", "van den berg": these particles stand only before a surname
    particles = abbreviated is not None or (
        any(tokens[k].lower in ("der", "den") for k in range(i, j)) and tokens[i].lower == "van"
    )
    particles = particles or any(tokens[k].lower in REGIONAL_PARTICLES for k in range(i, j))
    if known or first_part not in lists.dutch_words or (particles and word not in VERBS_AFTER_TITLE):
        tail = word.rsplit("-", 1)
        if len(tail) == 2 and tail[1] in LOWER_PARTICLES and scan.adjacent(j) and j - i < 3:
            more = _lower_surname_end(scan, j + 1)  # "janssen-van de laar"
            if more is not None:
                return more
        return j + 1  # "de boer", "van der velde", "bakker", "wolbrink"; not "de hele dag", "zegt"
    return None


ABBREVIATED_RE = re.compile(
    r"v\.[ \t]?d\.[ \t]?|v/d[ \t]+|v[ \t]d[ \t]+|v\.[ \t]+", re.IGNORECASE
)  # "harrie v d broek", "lotte v. rijn"


def _after_titles(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token.lower not in LOWER_TITLES or not _title_gap(scan, i):
            continue
        j = i + 1
        nxt = tokens[j]
        if nxt.cap:
            continue
        end = None
        if nxt.lower in lists.first_names and not _ordinary(scan, nxt.lower):
            end = j + 1
            if scan.adjacent(j):
                more = _lower_surname_end(scan, j + 1)
                if more is not None:
                    end = more
        else:
            end = _lower_surname_end(scan, j) or _word_after_name_particles(scan, j)  # "fam. van 't hul"
        if end is not None:
            found.append(Candidate(nxt.start, tokens[end - 1].end, Category.NAAM, 0.85))
    return found


def _title_gap(scan: TextScan, i: int) -> bool:
    left, right = scan.tokens[i], scan.tokens[i + 1]
    return scan.text[left.end : right.start] in (" ", ". ", ".")


def _first_names(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    text, first_names, lowers = scan.text, lists.first_names, scan.lowers
    found = []
    for i, token in enumerate(tokens):
        if token.cap or i in scan.blocked:
            continue  # "joost mag het weten", "jan en alleman": a saying from the domain terms
        lower = token.lower
        if (  # a quick test first: most words are no first name, follow no relation and have no age
            lower not in first_names
            and "-" not in lower
            and (i == 0 or lowers[i - 1] not in RELATIONS)
            and "(" not in text[token.end : token.end + 4]
            and not diminutive_first_name(lower, first_names, lists.dutch_words)
        ):
            continue
        prev = scan.prev_lower(i) if scan.prev_adjacent(i) or _label_gap(scan, i) else ""
        if prev in ("sint", "st"):
            continue  # "met sint maarten", "de sint jan": a saint's feast, church or island, no resident
        parts = token.lower.split("-") if "-" in token.lower else ()
        if (
            len(parts) == 2
            and all(p in lists.first_names for p in parts)
            and all(p not in lists.common_words and p not in lists.stop_words for p in parts[:1])
        ):
            end = i + 1  # "erik-jan", "anne-marie": two first names joined
            if scan.adjacent(i):
                more = _lower_surname_end(scan, i + 1)
                end = more if more is not None else end
            found.append(Candidate(token.start, tokens[end - 1].end, Category.NAAM, 0.8))
            continue
        if token.lower not in lists.first_names and not diminutive_first_name(
            token.lower, lists.first_names, lists.dutch_words
        ):
            aged = "(" in scan.text[token.end : token.end + 4]  # a quick test before the expression
            aged = aged and AGE_AFTER_RE.match(scan.text, token.end) is not None  # "kornelis (63)"
            aged = aged and not looks_like_typo(token.lower, lists.dutch_words)  # not "kinderne (3)"
            if (prev in RELATIONS or aged) and _unknown_word(scan, token.lower):
                end = i + 1
                if scan.adjacent(i):
                    more = _lower_surname_end(scan, i + 1)
                    end = more if more is not None else end
                found.append(
                    Candidate(token.start, tokens[end - 1].end, Category.NAAM, 0.7)
                )  # "moeder hiltsje"
            continue
        if prev in LOWER_TITLES:
            continue  # done above
        if prev in RELATIONS and token.lower not in NOT_NAMES and token.lower not in VERBS_AFTER_TITLE:
            confidence = 0.8
        elif _asked_after(scan, i):
            confidence = 0.75  # "weet iemand hoe het met toon gaat?"
        elif token.lower in DIALECT_POSSESSIVES and _noun_after(scan, i):
            continue  # "mien naam is", "sins mien vrouw dood is": a dialect "mijn" before its noun
        elif _ordinary(scan, token.lower) or token.lower in lists.places or word_reading(scan, i):
            end = _particle_surname_after(scan, i, prev)
            if end is not None:  # "bij jan de wit geweest", "met mark van dijk gebeld"
                found.append(Candidate(token.start, tokens[end - 1].end, Category.NAAM, 0.72))
            continue
        else:
            confidence = 0.72
        end = i + 1
        if scan.adjacent(i):
            more = _lower_surname_end(scan, i + 1)
            related = prev in RELATIONS and tokens[i + 1].lower in lists.surnames  # "zoon henk bakker"
            if more is not None and (more > i + 2 or related or not _ordinary(scan, tokens[i + 1].lower)):
                end = more  # "sietse van der meer", "sjoukje nijhuis"
        found.append(Candidate(token.start, tokens[end - 1].end, Category.NAAM, confidence))
    return found


# Limburg, Brabant and Low Saxon forms of "mijn", "zijn" that are also first names ("Mien").
DIALECT_POSSESSIVES = frozenset({"mien", "mijn", "dien", "zien", "mine"})


def _noun_after(scan: TextScan, i: int) -> bool:
    tokens = scan.tokens
    if i + 1 >= len(tokens) or not scan.adjacent(i) or tokens[i + 1].cap:
        return False
    lower = tokens[i + 1].lower
    return (
        lower in scan.lists.dutch_words
        and lower not in FUNCTION_WORDS
        and lower not in scan.lists.first_names
    )


def _label_gap(scan: TextScan, i: int) -> bool:
    """ "kind: rahaf", "moeder: yasmin": a relation used as a label, the name after its colon."""
    if i == 0:
        return False
    gap = scan.text[scan.tokens[i - 1].end : scan.tokens[i].start]
    return gap in (": ", ":") and scan.tokens[i - 1].lower in RELATIONS


def _asked_after(scan: TextScan, i: int) -> bool:
    """ "hoe het met toon gaat", "hoe gaat het met roos": a person asked after, also by a first name that
    is a word."""
    tokens = scan.tokens
    if i < 3 or tokens[i - 1].lower != "met" or not scan.prev_adjacent(i) or tokens[i].lower in NOT_NAMES:
        return False
    words = [tokens[k].lower for k in range(i - 4, i - 1) if k >= 0 and scan.adjacent(k)]
    return "hoe" in words and "het" in words


SUBJECTS = frozenset({"ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "het", "dat", "dit", "er"})


def _particle_surname_after(scan: TextScan, i: int, prev: str) -> int | None:
    """Index after "de wit", "van dijk" when a first name that is also a word ("jan", "mark") stands
    before particles and a listed surname; not "ik ben de bakker", "het was de boer"."""
    tokens, lists = scan.tokens, scan.lists
    word = tokens[i].lower
    if word in VERBS_AFTER_TITLE or word in NOT_NAMES or prev in SUBJECTS or not scan.adjacent(i):
        return None
    if i + 2 >= len(tokens) or tokens[i + 1].lower not in LOWER_PARTICLES or tokens[i + 1].cap:
        return None
    j = i + 1
    while j < len(tokens) and j - i <= 3 and tokens[j].lower in LOWER_PARTICLES and scan.adjacent(j):
        j += 1
    if j >= len(tokens) or tokens[j].cap or tokens[j].lower not in lists.surnames:
        return None
    return j + 1


def propagate_lower(scan: TextScan, found: list[Candidate]) -> list[Candidate]:
    """ "dokter hoekstra ... hoekstra is met pensioen": a lower-case surname found with context is a
    name wherever else it occurs in lower case, when it is no ordinary word."""
    text, lists = scan.text, scan.lists
    words: set[str] = set()
    for cand in found:
        if cand.category is Category.NAAM and cand.confidence >= 0.75:
            for part in re.findall(r"[^\W\d_]+", text[cand.start : cand.end]):
                lower = part.lower()
                if (
                    part == lower
                    and len(lower) > 3
                    and lower not in LOWER_PARTICLES
                    and lower not in NOT_NAMES
                    and lower not in LOWER_TITLES
                    and not _ordinary(scan, lower)
                    and lower not in lists.dutch_words
                    and lower not in lists.places
                ):
                    words.add(lower)
    firsts = _first_names_of_full_names(scan, found)
    if not words and not firsts:
        return []
    tokens = scan.tokens
    return [
        Candidate(t.start, t.end, Category.NAAM, 0.7)
        for i, t in enumerate(tokens)
        if i not in scan.blocked and (t.text in words or (t.text in firsts and _verb_beside(scan, i)))
    ]


def _verb_beside(scan: TextScan, i: int) -> bool:
    """ "jan wil niks", "kan toon helpen": a finite verb right after or before the word."""
    tokens = scan.tokens
    if i > 0 and tokens[i - 1].lower in DETERMINERS:
        return False  # "de toon was goed": the word, not the person
    after = scan.adjacent(i) and tokens[i + 1].lower in VERBS_AFTER_TITLE
    return after or (scan.prev_adjacent(i) and tokens[i - 1].lower in VERBS_AFTER_TITLE)


DETERMINERS = frozenset(
    {"de", "het", "een", "die", "deze", "dat", "dit", "zijn", "haar", "mijn", "onze", "uw"}
)


def _first_names_of_full_names(scan: TextScan, found: list[Candidate]) -> set[str]:
    """ "bij jan de wit geweest ... jan wil niks": the first name of a full lower-case name, also when it
    is a word, names that person again where a verb follows it."""
    firsts: set[str] = set()
    for cand in found:
        if cand.category is not Category.NAAM:
            continue
        parts = scan.text[cand.start : cand.end].split()
        asked = len(parts) == 1 and cand.confidence >= 0.75  # "hoe het met toon gaat"
        if (len(parts) >= 3 or asked) and parts[0].islower() and parts[0] in scan.lists.first_names:
            firsts.add(parts[0])
    return firsts


lower_surname_end = _lower_surname_end  # shared with lower_initials.py
