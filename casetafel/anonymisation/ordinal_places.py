"""Villages named with an ordinal ("Eerste Exloërmond", "Tweede Exloërmond") are written with a digit
just as often: "2e Exloërmond", "1ste exloërmond", "2de Valthermond". The digit form is read as the word
form and looked up among the place names."""

from __future__ import annotations

import re

from .model import Category
from .scan import Candidate, TextScan

ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende")
DIGIT_ORDINAL_RE = re.compile(r"(?<![\w.,])([1-9])(?:e|ste|de|ᵉ)[ \t]+([^\W\d_][\w'’-]*)")


def ordinal_places(scan: TextScan) -> list[Candidate]:
    text = scan.text
    found = []
    phrases = scan.lists.place_phrases
    for match in DIGIT_ORDINAL_RE.finditer(text):
        seconds = phrases.get(ORDINALS[int(match.group(1)) - 1])
        if seconds is None:
            continue
        word = match.group(2).lower()
        if any(phrase == (phrase[0], word) for phrase in seconds.get(word, ())):
            confidence = 0.9 if match.group(2)[0].isupper() else 0.8
            found.append(Candidate(match.start(), match.end(), Category.PLAATS, confidence))
    return found
