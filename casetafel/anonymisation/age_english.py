"""Ages in an English note or sentence: "aged 34", "a 7-year-old son", "34 y/o", "34yo", and the sex and
age of a note without brackets ("partner M/47", "v/17") (the Dutch forms are in ``ages``). "The 12-year-old building" is no person's age. Each form is looked for at its fixed
letters ("aged", "year", "y/o"), found fast, and the number checked around them. Used by ``ages``."""

from __future__ import annotations

import re

from .model import Category
from .scan import Candidate

AGED_RE = re.compile(r"(?<![\w])aged[ \t]+(\d{1,3})(?![\d])")
YEAR_OLD_RE = re.compile(r"years?[ \t]?-[ \t]?old(?![\w])")
SHORT_RE = re.compile(r"(?:y/o|yo)(?![\w/])")
NUMBER_BEFORE_RE = {
    YEAR_OLD_RE: re.compile(r"(?<![\w.,/-])(\d{1,3})(?:[ \t]?-[ \t]?|[ \t])\Z"),
    SHORT_RE: re.compile(r"(?<![\w.,/-])(\d{1,3})[ \t]?\Z"),
}
# led by its slash, which the scanner finds much faster than every "m" and "v" of the text
SEX_SLASH_RE = re.compile(r"/(?<=[MVmv]/)(?<![\w/.][MVmv]/)([1-9]\d)(?![\w/]|[.,]\d)")
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


def english_ages(text: str, folded: str) -> list[Candidate]:
    """``folded`` is ``text.lower()``."""
    if len(folded) != len(text):
        return []
    found = [
        Candidate(m.start(1), m.end(1), Category.LEEFTIJD, 0.85)
        for m in (AGED_RE.finditer(folded) if "aged" in folded else ())
        if 0 < int(m.group(1)) <= 110
    ]
    for regex in (YEAR_OLD_RE, SHORT_RE):
        for match in (
            regex.finditer(folded)
            if ("old" if regex is YEAR_OLD_RE else "yo") in folded or "y/o" in folded
            else ()
        ):
            number = NUMBER_BEFORE_RE[regex].search(folded, max(0, match.start() - 6), match.start())
            if number is None or not 0 < int(number.group(1)) <= 110:
                continue
            after = NEXT_WORD_RE.match(folded, match.end())
            word = after.group(1) if after is not None else ""
            if not word or word in PERSONS or word.rstrip("s") in PERSONS:  # "a 7-year-old son", "31 y/o,"
                found.append(Candidate(number.start(1), match.end(), Category.LEEFTIJD, 0.85))
    for match in SEX_SLASH_RE.finditer(text) if "/" in text else ():
        found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.8))  # "partner M/47"
    return found
