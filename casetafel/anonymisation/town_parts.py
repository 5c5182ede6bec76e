"""A town and the part of it that is meant: "Den Haag Zuidwest", "Almere Stad-Oost", "Amsterdam Noord",
"Zwolle Centrum". The town must be listed; the part is a point of the compass or a word joined to one."""

from __future__ import annotations

from .model import Category
from .organisation_words import REGIONAL_KINDS
from .scan import Candidate, TextScan

TOWN_PARTS = frozenset(
    {"noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost", "zuidwest", "centrum", "midden"}
)


def town_parts(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    for k in range(1, len(tokens)):
        token = tokens[k]
        if not token.cap or token.all_caps or not scan.prev_adjacent(k):
            continue
        lower = token.lower
        if lower not in TOWN_PARTS and ("-" not in lower or lower.rsplit("-", 1)[1] not in TOWN_PARTS):
            continue
        start = None
        before = tokens[k - 1]
        if before.cap and before.lower in lists.places and "-" not in before.lower:
            start = k - 1
        elif k >= 2 and tokens[k - 2].cap and scan.phrase_length(k - 2, lists.place_phrases) == 2:
            start = k - 2  # "Den Haag Zuidwest"
        if start is None:
            continue
        kind = _kind_before(scan, start)
        if kind is None:
            found.append(Candidate(tokens[start].start, token.end, Category.PLAATS, 0.93))
        elif kind >= 0:  # "Wijkteam Rotterdam Zuid", "GGD Amsterdam Noord": the branch of an organisation
            found.append(Candidate(tokens[kind].start, token.end, Category.INSTELLING, 0.93))
    return found


def _kind_before(scan: TextScan, start: int) -> int | None:
    """None when no capitalised word stands right before the town; the index where the organisation
    starts when a kind of organisation does ("Sociaal Team", "GGD", "FACT-team"); -1 otherwise."""
    tokens, lists = scan.tokens, scan.lists
    k = start - 1
    if k < 0 or not scan.adjacent(k) or not tokens[k].cap:
        return None
    lower = tokens[k].lower
    kind = lower.endswith("team") or tokens[k].all_caps or lower in REGIONAL_KINDS
    if not kind and lower not in lists.institution_keywords:
        return -1
    if (
        lower == "team"
        and k > 0
        and scan.adjacent(k - 1)
        and tokens[k - 1].cap
        and not tokens[k].sentence_start
    ):
        k -= 1  # "Sociaal Team"
    return k
