"""Villages named with an ordinal ("Eerste Exloërmond", "Tweede Exloërmond") are written with a digit
just as often: "2e Exloërmond", "1ste exloërmond", "2de Valthermond", and often without the diaeresis
("2e Exloermond", "tweede exloermond"). The digit form is read as the word form and looked up among the
place names, accents set aside."""

from __future__ import annotations

import re
import unicodedata

from .lists import PhraseIndex
from .model import Category
from .scan import Candidate, TextScan

ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende")
DIGIT_ORDINAL_RE = re.compile(r"([1-9])(?:ste|de|e|ᵉ)[ \t]+([^\W\d_][\w'’-]*)")
WORD_AFTER_RE = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def ordinal_places(scan: TextScan) -> list[Candidate]:
    text = scan.text
    phrases = scan.lists.place_phrases
    found = []
    for match in DIGIT_ORDINAL_RE.finditer(text):
        before = text[match.start() - 1 : match.start()]
        if before and (before.isalnum() or before in ".,"):
            continue  # "A12e", "1.2e": no ordinal of a village
        found.extend(_place(phrases, ORDINALS[int(match.group(1)) - 1], match.start(), match, 2))
    lower = text.lower()
    if len(lower) == len(text):
        for ordinal in ORDINALS:
            if ordinal not in phrases:
                continue
            pos = lower.find(ordinal)
            while pos != -1:
                end = pos + len(ordinal)
                if pos == 0 or not lower[pos - 1].isalnum():
                    after = WORD_AFTER_RE.match(text, end)
                    if after is not None:
                        found.extend(_place(phrases, ordinal, pos, after, 1))
                pos = lower.find(ordinal, end)
    return found


def _place(
    phrases: PhraseIndex, ordinal: str, start: int, match: re.Match[str], group: int
) -> list[Candidate]:
    seconds = phrases.get(ordinal)
    if seconds is None:
        return []
    name = match.group(group)
    folded = _folded(name.lower())
    if any(
        len(phrase) == 2 and _folded(phrase[1]) == folded for items in seconds.values() for phrase in items
    ):
        return [Candidate(start, match.end(group), Category.PLAATS, 0.9 if name[0].isupper() else 0.8)]
    return []


def _folded(word: str) -> str:
    """ "exloërmond" -> "exloermond" """
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))
