"""Places in notes typed without capitals: "woont in wolvega", "den bosch", "heerlen-noord",
"kerkstraat 4, ee": a word on the place list that is no ordinary word, or any word where the context
(a residence verb, a street and number before it) makes it a place."""

from __future__ import annotations

import re

from .lower_common import COMPASS_PARTS, NOT_NAMES, PLACE_NOUNS, RESIDENCE_VERBS
from .lower_common import ordinary_word as _ordinary
from .lower_common import unknown_word as _unknown_word
from .model import Category
from .organisation_words import PROVINCES
from .scan import Candidate, TextScan
from .word_classes import PROVINCE_TOWNS, province_named
from .word_readings import word_reading


def lower_places(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i, token in enumerate(tokens):
        if token.cap:
            if "-" in token.lower:
                found.extend(_district(scan, i, 0.85))
            continue
        lower = token.lower
        length = scan.phrase_length(i, lists.place_phrases) if lower in lists.place_phrases else 0
        listed = lower in lists.places
        placed = _placed(scan, i) if length > 1 or listed else None  # asked later only when needed
        if length > 1:
            last = tokens[i + length - 1]
            after_noun = scan.prev_adjacent(i) and scan.prev_lower(i) in PLACE_NOUNS
            after_noun = after_noun or (placed and token.lower not in ("de", "het"))  # "woont in t harde"
            after_noun = after_noun or token.lower == "den"  # "den helder": that article lives on in names
            ordinary = last.lower in lists.common_words or last.lower in lists.dutch_words
            generic = last.lower in PLACE_NOUNS  # "wijk de wijk": in lower case the noun, not the village
            if not generic and (after_noun or (not ordinary and last.lower not in NOT_NAMES)):
                found.append(Candidate(token.start, last.end, Category.PLAATS, 0.75))
                continue
        if lower in PROVINCE_TOWNS and province_named(scan, i):
            continue  # "de provincies groningen, friesland en drenthe"
        if listed and (
            placed
            or (not _ordinary(scan, lower) and lower not in lists.first_names and not word_reading(scan, i))
        ):  # "de gemeente weert", "wie delft het onderspit": verbs
            found.append(Candidate(token.start, token.end, Category.PLAATS, 0.75))
        elif "-" in lower:
            found.extend(_district(scan, i, 0.75))
        elif (
            _may_be_placed(scan, i)
            and _unknown_word(scan, lower)
            and lower not in lists.first_names
            and _placed(scan, i)
        ):
            found.append(Candidate(token.start, token.end, Category.PLAATS, 0.65))  # "woont in seisbierrum"
        elif lower in PROVINCES and _after_address(scan, i):
            found.append(
                Candidate(token.start, token.end, Category.PLAATS, 0.7)
            )  # "hoogstraat 45 in zeeland"
    return found


def _after_address(scan: TextScan, i: int) -> bool:
    """ "hoogstraat 45 in zeeland": after a street and a number even a province's name is the village."""
    start = scan.tokens[i].start
    if ADDRESS_COMMA_RE.search(scan.text, max(0, start - 24), start):
        return True
    cue = scan.tokens[i - 1].start if i > 0 else 0
    return (
        scan.prev_adjacent(i)
        and scan.prev_lower(i) in ("in", "te")
        and ADDRESS_BEFORE_RE.search(scan.text, max(0, cue - 24), cue) is not None
    )


CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,.;:()\n]|$)")


def _comma_before(text: str, start: int) -> bool:
    """A comma, maybe followed by spaces, right before ``start``: the quick test before the expression."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and text[k] == ","


# The words before a place that ``_placed`` looks at (after a comma it looks further back).
PLACED_CUES = PLACE_NOUNS | {"uit", "in", "te", "bij", "naar"}


def _may_be_placed(scan: TextScan, i: int) -> bool:
    """A quick test that ``_placed`` needs to pass: a place word or preposition, or a comma, before it."""
    if scan.prev_adjacent(i) and scan.tokens[i - 1].lower in PLACED_CUES:
        return True
    return _comma_before(scan.text, scan.tokens[i].start)


def _placed(scan: TextScan, i: int) -> bool:
    """ "wijk de landerijen", "woont in helden": context that makes even an ordinary word a place."""
    start = scan.tokens[i].start
    if _comma_before(scan.text, start) and ADDRESS_COMMA_RE.search(scan.text, max(0, start - 24), start):
        return True  # "kerkstraat 4, ee": the town after a street and its number
    if not scan.prev_adjacent(i):
        return False
    prev = scan.prev_lower(i)
    if prev in PLACE_NOUNS:
        return True
    if prev == "uit" and CLAUSE_END_RE.match(scan.text, scan.tokens[i].end):
        return True  # "ruud uit hoorn (de kersenboogerd)": where someone comes from, ending the clause
    if (
        prev == "uit"
        and i >= 2
        and scan.prev_adjacent(i - 1)
        and scan.prev_lower(i, 2) in scan.lists.first_names
    ):
        return True  # "zus anke uit ee wil helpen": where a person named just before comes from
    cue = scan.tokens[i - 1].start
    listed = prev != "bij" or scan.tokens[i].lower in scan.lists.places  # "kmaer 12 bij wnoen welzijn"
    if prev in ("in", "te", "bij") and listed and ADDRESS_BEFORE_RE.search(scan.text, max(0, cue - 24), cue):
        return True  # "gravenstraat 12 in kampen", "hegebeintumerdyk 21 bij ee": the town after a number
    if prev == "naar" and scan.prev_lower(i, 2) in MOVES and scan.prev_adjacent(i - 1):
        return True  # "verhuisd naar ens"
    if prev not in ("in", "te"):
        return False
    for k in range(i - 2, max(-1, i - 7), -1):  # "woont in", "woont bij tante in", "woont nu bij zijn zus in"
        if not scan.adjacent(k):
            return False
        if scan.tokens[k].lower in RESIDENCE_VERBS:
            return True
    return False


MOVES = frozenset({"verhuisd", "verhuist", "verhuizen", "verhuisde", "vertrokken", "vertrekt", "gevlucht"})
ADDRESS_COMMA_RE = re.compile(
    r"(?:straat|str\.|weg|laan|plein|pad|dijk|kade|singel|gracht|hof|dreef|steeg|markt)[ \t]+\d{1,4}[ \t]?[a-z]?[ \t]*,[ \t]*$"
)
ADDRESS_BEFORE_RE = re.compile(r"[a-z]{3,}[ \t]+\d{1,4}[ \t]?[a-z]?,?[ \t]+$")


def _district(scan: TextScan, i: int, confidence: float) -> list[Candidate]:
    """ "Schiedam-Oost", "heerlen-noord", "Tilburg-Centrum": a town plus a part of it."""
    token = scan.tokens[i]
    head, _, tail = token.lower.rpartition("-")
    if tail in COMPASS_PARTS and head in scan.lists.places:
        return [Candidate(token.start, token.end, Category.PLAATS, confidence)]
    first, _, rest = token.lower.partition("-")
    regional = rest in scan.lists.places or rest in PROVINCES
    if first in REGION_PARTS and regional and token.lower not in scan.lists.domain_terms:
        return [Candidate(token.start, token.end, Category.PLAATS, confidence)]  # "noordoost-twente"
    places = scan.lists.places
    if not token.cap and head in places and tail in places and not _ordinary(scan, tail) and len(tail) > 3:
        return [Candidate(token.start, token.end, Category.PLAATS, confidence)]  # "utrecht-overvecht"
    return []


# "noordoost-twente", "west-betuwe", "zuid-limburg": a part of a region or town.
REGION_PARTS = COMPASS_PARTS | {"noordwest", "zuidwest", "klein", "groot", "oud", "nieuw"}
