"""A surname with a lower-case particle after one initial at the start of a line ("L. ten Barge, POH",
"J. van 't Hof"): a signature or a list of those present, not a numbered list item ("A. Inleiding").
The particles "de" and "het" also open ordinary phrases ("B. de Raad"), so after them the surname must be
a known one or a word no dictionary knows."""

from __future__ import annotations

from .scan import NAME_PREFIXES, TextScan

ARTICLE_PARTICLES = frozenset({"de", "het", "t", "la", "le", "lo", "di", "du", "da", "das", "dos"})


def particle_surname(scan: TextScan, j: int, end: int) -> bool:
    """Tokens ``j`` up to ``end`` are a lower-case particle and a surname."""
    tokens = scan.tokens
    if tokens[j].text not in NAME_PREFIXES or end - 1 <= j:
        return False
    last = tokens[end - 1].lower
    if tokens[j].text not in ARTICLE_PARTICLES:
        return True  # "ten Barge", "van 't Hof", "van der Molen"
    return last in scan.lists.surnames or last not in scan.lists.dutch_words
