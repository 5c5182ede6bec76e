"""A town and the part of it that is meant: "Den Haag Zuidwest", "Almere Stad-Oost", "Amsterdam Noord",
"Zwolle Centrum". The town must be listed; the part is a point of the compass or a word joined to one."""

from __future__ import annotations

import re

from .model import Category
from .organisation_words import REGIONAL_KINDS
from .scan import FUNCTION_WORDS, Candidate, TextScan

TOWN_PARTS = frozenset(
    {"noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost", "zuidwest", "centrum", "midden"}
)


def town_parts(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    for k in range(1, len(tokens)):
        token = tokens[k]
        lower = token.lower
        if lower not in TOWN_PARTS and ("-" not in lower or lower.rsplit("-", 1)[1] not in TOWN_PARTS):
            continue
        if token.all_caps or not scan.prev_adjacent(k):
            continue
        start = None
        before = tokens[k - 1]
        cap = token.cap
        # in a note without capitals: "den haag zuidwest", "amsterdam nieuw-west", not "huizen noord"
        plain = not cap and not before.cap and before.lower not in lists.common_words
        if (before.cap and cap or plain) and before.lower in lists.places:
            start = k - 1
        elif k >= 2 and tokens[k - 2].cap == cap and scan.phrase_length(k - 2, lists.place_phrases) == 2:
            start = k - 2  # "Den Haag Zuidwest"
        if start is None:
            continue
        kind = _kind_before(scan, start)
        if kind is None:
            found.append(Candidate(tokens[start].start, token.end, Category.PLAATS, 0.93))
        elif kind >= 0:  # "Wijkteam Rotterdam Zuid", "GGD Amsterdam Noord": the branch of an organisation
            found.append(Candidate(elided_start(scan, kind), token.end, Category.INSTELLING, 0.93))
    return found


def _kind_before(scan: TextScan, start: int) -> int | None:
    """The index where an organisation starts when a kind of organisation stands right before the town
    ("Sociaal Team", "GGD", "FACT-team", "wijkteam"); -1 when another capitalised word does (the town is
    part of some other name); None otherwise."""
    tokens, lists = scan.tokens, scan.lists
    k = start - 1
    if k < 0 or not scan.adjacent(k):
        return None
    lower = tokens[k].lower
    kind = lower.endswith("team") or tokens[k].all_caps or lower in REGIONAL_KINDS
    if not kind and lower not in lists.institution_keywords:
        ordinary = lower in FUNCTION_WORDS or lower in lists.stop_words  # "In Amsterdam Noord"
        return -1 if tokens[k].cap and not ordinary else None
    if (
        lower == "team"
        and k > 0
        and scan.adjacent(k - 1)
        and tokens[k - 1].cap
        and not tokens[k].sentence_start
    ):
        k -= 1  # "Sociaal Team"
    return k


ELIDED_RE = re.compile(r"(?<![\w-])[A-Z][^\W\d_]+-[ \t]+(?:en|&)[ \t]+$")


def elided_start(scan: TextScan, k: int) -> int:
    """Where a name starts that opens with the elided first half of a pair of compounds ("Jeugd- en
    Gezinsteam", "Ouder- en Kindteam", "Zorg- en Veiligheidshuis") when token ``k`` is the second half."""
    token = scan.tokens[k]
    if not token.cap:
        return token.start
    match = ELIDED_RE.search(scan.text, max(0, token.start - 30), token.start)
    return match.start() if match is not None else token.start
