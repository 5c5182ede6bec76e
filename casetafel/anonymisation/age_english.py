"""Ages in an English note or sentence: "aged 34", "a 7-year-old son", "34 y/o", "34yo" (the Dutch forms
are in ``ages``). "The 12-year-old building" is no person's age. Used by ``ages``."""

from __future__ import annotations

import re

from .model import Category
from .scan import Candidate

AGED_BEFORE_RE = re.compile(r"(?<![\w])aged[ \t]+\Z", re.IGNORECASE)
YEAR_OLD_RE = re.compile(r"(\d{1,3})(?:[ \t]?-[ \t]?|[ \t])years?[ \t]?-[ \t]?old(?![\w])", re.IGNORECASE)
SHORT_RE = re.compile(r"\d{1,3}[ \t]?(?:y/o|yo)(?![\w/])", re.IGNORECASE)
NEXT_WORD_RE = re.compile(r"[ \t]*([^\W\d_]*)")
PERSONS = frozenset(
    [
        "boy",
        "girl",
        "son",
        "daughter",
        "child",
        "kid",
        "man",
        "woman",
        "brother",
        "sister",
        "baby",
        "toddler",
        "teenager",
        "teen",
        "client",
        "patient",
        "mother",
        "father",
        "grandmother",
        "grandfather",
        "resident",
        "neighbour",
        "neighbor",
        "student",
        "pupil",
    ]
)


def english_ages(text: str, starts: list[int]) -> list[Candidate]:
    """``starts`` are the offsets of the runs of digits; only those not glued to a word are tried."""
    if "aged" not in text and "old" not in text and "y" not in text:
        return []
    found = []
    for pos in starts:
        if pos and (text[pos - 1].isalnum() or text[pos - 1] in ".,-/"):
            continue
        digits = re.match(r"\d{1,3}(?!\d)", text[pos : pos + 4])
        if digits is None or not 0 < int(digits.group()) <= 110:
            continue
        if AGED_BEFORE_RE.search(text, max(0, pos - 8), pos):
            found.append(Candidate(pos, pos + len(digits.group()), Category.LEEFTIJD, 0.85))
            continue
        match = YEAR_OLD_RE.match(text, pos) or SHORT_RE.match(text, pos)
        if match is None:
            continue
        after = NEXT_WORD_RE.match(text, match.end())
        word = after.group(1).lower() if after is not None else ""
        if not word or word in PERSONS or word.rstrip("s") in PERSONS:
            found.append(
                Candidate(pos, match.end(), Category.LEEFTIJD, 0.85)
            )  # "a 7-year-old son", "aged 34,"
    return found
