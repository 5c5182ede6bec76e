"""Churches and parishes named after a saint or a part of town: "Sint-Jozefparochie", "H. Hartkerk",
"Sint-Joannes de Doperkerk", "St. Bavokerk", "Westerkerk". A capitalised compound ending in the kind of
house of worship that no dictionary knows, with the saint's title before it; "de Protestantse Kerk",
"de kerk" and towns such as "Ouderkerk" stay unreported."""

from __future__ import annotations

import re

from .caseless import finditer_at, positions_of
from .model import Category
from .scan import Candidate, TextScan

WORSHIP_ENDINGS = ("kerk", "parochie", "kapel", "basiliek", "kathedraal", "abdij", "synagoge", "klooster")
# What may stand before such a compound: a saint's title, or a saint's name and its epithet.
SAINT_BEFORE_RE = re.compile(
    r"(?:(?<![\w.])(?:Sint|St)[-.][ \t]?[A-Z][^\W\d_]*[ \t]+(?:de|van|der|den)[ \t]+"  # "Sint-Joannes de "
    r"|(?<![\w.])(?:Sint|St\.|H\.|Heilige?|Onze[ \t]+Lieve)[ \t]+"  # "H. ", "Onze Lieve "
    r"|(?<![\w.])St\.-)$"  # "St.-Jozefkerk"
)
# "parochie H. Franciscus", "Kerk Sint Jan": a house of worship, then its saint.
SAINT_AFTER_RE = re.compile(
    r"(?<![\w-])(?:[Pp]arochie|[Kk]erk|[Kk]apel|[Bb]asiliek)[ \t]+(?:H\.|Heilige?|Sint|St\.)[ \t]*"
    r"[A-Z][^\W\d_]+(?:[ \t]+(?:van|de)[ \t]+[A-Z][^\W\d_]+)?"
)
CHURCH_WORDS = (
    "Parochie",
    "parochie",
    "Kerk",
    "kerk",
    "Kapel",
    "kapel",
    "Basiliek",
    "basiliek",
)  # its starts


def find_worship(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i, token in enumerate(tokens):
        lower = token.lower
        if not token.cap or not lower.endswith(WORSHIP_ENDINGS) or i in scan.blocked:
            continue
        ending = next(e for e in WORSHIP_ENDINGS if lower.endswith(e))
        stem = lower[: -len(ending)].removeprefix("sint-").removeprefix("st-")
        if len(stem) < 3 or lower in lists.dutch_words or lower in lists.places or stem.endswith("-"):
            continue
        start = token.start
        before = SAINT_BEFORE_RE.search(scan.text, max(0, start - 40), start)
        if before is not None:
            start = before.start()
        # A saint's title makes it a parish; a bare "Westerkerk" is a guess (also a monument in a policy note)
        found.append(Candidate(start, token.end, Category.INSTELLING, 0.85 if before is not None else 0.7))
    if "H." in scan.text or "Sint" in scan.text or "St." in scan.text or "Heilig" in scan.text:
        found.extend(
            Candidate(m.start(), m.end(), Category.INSTELLING, 0.85)
            for m in finditer_at(SAINT_AFTER_RE, scan.text, positions_of(scan.text, CHURCH_WORDS))
        )
    return found
