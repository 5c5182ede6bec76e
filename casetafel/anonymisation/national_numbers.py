"""The business number of a national body in a list of helplines ("UWV voor WW en WIA: 088-8982070",
"De Luisterlijn: 088-0767000"). A number in the 088 range belongs to an organisation, never to a
resident's home or mobile; when the words right before it on its line name only national bodies and
services from the domain terms, it is that body's public number, no identifier. A contact person's
number ("Rapporteur: Chantal van Beers, 088 - 506 71 44") has a name before it and stays."""

from __future__ import annotations

import re

from .lists import WordLists
from .model import Category
from .scan import Candidate

# The clause before the number: back to the line's start or the end of the previous sentence.
CLAUSE_START_RE = re.compile(r"(?:^|[\n;]|[.!?](?=[ \t]))[^\n;.!?]*$")
WORD_RE = re.compile(r"[^\W\d_][\w&'-]*|\d+")
BUSINESS_RE = re.compile(r"\(?088(?![\d])")


def without_national_numbers(text: str, candidates: list[Candidate], lists: WordLists) -> list[Candidate]:
    """``candidates`` without the 088 numbers that follow only the names of national bodies."""
    if "088" not in text:
        return candidates
    spans = [(c.start, c.end) for c in candidates if _national(text, c, lists)]
    if not spans:
        return candidates
    # the same digits read as a bare number ("088-8982070" as a reference) go too
    return [c for c in candidates if not any(c.start < end and start < c.end for start, end in spans)]


def _national(text: str, cand: Candidate, lists: WordLists) -> bool:
    if cand.category is not Category.TELEFOON or not BUSINESS_RE.match(text, cand.start):
        return False
    clause = CLAUSE_START_RE.search(text, max(0, cand.start - 60), cand.start)
    if clause is None:
        return False
    words = WORD_RE.findall(clause.group())
    lowers = [w.lower() for w in words]
    covered = [False] * len(words)
    for i, lower in enumerate(lowers):
        if lower in lists.domain_terms:
            covered[i] = True
        for phrase in lists.domain_phrases.get(lower, {}).get(
            lowers[i + 1] if i + 1 < len(words) else "", ()
        ):
            if tuple(lowers[i : i + len(phrase)]) == phrase:
                covered[i : i + len(phrase)] = [True] * len(phrase)
                break
    if not any(covered):
        return False
    # every other capitalised word is the clause's first word ("De Luisterlijn") or a national body
    return all(covered[i] or not w[0].isupper() or i == 0 for i, w in enumerate(words))
