"""Texts that capitalise ordinary nouns ("de Stand van Zaken van het Sociaal Team", "via het Landelijk
Portaal"), as some policy notes, agendas and letters do: there a capital says nothing about a name, so a
weak finding made only of ordinary Dutch words is dropped. Names found with context (a title, a first
name, initials) and listed organisations found with their telling words keep their higher confidence
and stay."""

from __future__ import annotations

from .model import Category
from .scan import FUNCTION_WORDS, Candidate, TextScan

# At least this many capitalised ordinary words inside sentences, and this share of all ordinary words
# inside sentences capitalised: a case note with a few names that are also words stays far below.
MIN_CAPITALISED = 12
MIN_SHARE = 0.35
WEAK = 0.9  # findings below this confidence rest on capitals alone
SOFT = frozenset({Category.NAAM, Category.INSTELLING, Category.PLAATS})


def capitalises_nouns(scan: TextScan) -> bool:
    if scan.capitalises_nouns is None:  # asked by the capitals filter and by the document prior
        scan.capitalises_nouns = _capitalises_nouns(scan)
    return scan.capitalises_nouns


def _capitalises_nouns(scan: TextScan) -> bool:
    lists = scan.lists
    # A quick bound without the dictionary first: most texts have far too few capitals inside sentences.
    inside = [t for t in scan.tokens if not t.sentence_start and not t.all_caps and len(t.text) >= 4]
    capitals = sum(1 for t in inside if t.cap)
    if capitals < MIN_CAPITALISED or capitals < MIN_SHARE / 2 * len(inside):
        return False
    capitalised = lower = 0
    for token in scan.tokens:
        if token.sentence_start or token.all_caps or len(token.text) < 4:
            continue
        word = token.lower
        if word in lists.first_names or word in lists.places or word not in lists.dutch_words:  # sets first
            continue
        if token.cap:
            capitalised += 1
        else:
            lower += 1
    return capitalised >= MIN_CAPITALISED and capitalised >= MIN_SHARE * (capitalised + lower)


def _ordinary(scan: TextScan, word: str) -> bool:
    """A Dutch word or a compound of two ("minimaregelingen": minima + regelingen)."""
    words = scan.lists.dutch_words
    if word in scan.lists.first_names:
        return False  # "Piet Bakker"
    if word in words or word in FUNCTION_WORDS:
        return True
    return any(word[:k] in words and word[k:] in words for k in range(3, len(word) - 2))


def drop_capitalised_words(scan: TextScan, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the weak ones made of ordinary words, when the text capitalises nouns."""
    if not capitalises_nouns(scan):
        return candidates
    text = scan.text
    kept = []
    for cand in candidates:
        if cand.category in SOFT and cand.confidence < WEAK:
            words = [t.lower for t in scan.tokens if cand.start <= t.start and t.end <= cand.end]
            if words and all(_ordinary(scan, w) for w in words) and text[cand.start].isupper():
                continue
        kept.append(cand)
    return kept
