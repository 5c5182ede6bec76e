"""Counts in brackets after a team, a body or a part of town: "Aanwezig: Wijkteam (3), GGD (1), Politie
(2)", "meldingen per wijk: Noord (12), Zuid (8)". After a name ("Jesse (12)", "Bakker (45)") or a person
("moeder (38)") the number is an age; after an ordinary word or a national body that names no one, it is
how many there were."""

from __future__ import annotations

import re

from .age_words import PERSON_WORDS
from .lists import WordLists
from .model import Category
from .scan import Candidate

# The word right before "(12)": one capitalised word, or an abbreviation of capitals.
WORD_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][\w]*)[ \t]*\([ \t]*$")


PAIR_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z]\w*)[ \t]+([A-Z]\w*)[ \t]*\([ \t]*$")


def _domain_phrase(first: str, second: str, lists: WordLists) -> bool:
    return any(len(p) == 2 for p in lists.domain_phrases.get(first, {}).get(second, ()))


def without_bracket_counts(text: str, candidates: list[Candidate], lists: WordLists) -> list[Candidate]:
    """``candidates`` without the ages in brackets that count the members of what stands before them."""
    if "(" not in text:
        return candidates
    return [c for c in candidates if c.category is not Category.LEEFTIJD or not _count(text, c, lists)]


# Words of a family in the same line make a bracketed number an age ("moeder, Storm (7)").
LIST_PERSON_WORDS = ("moeder", "vader", "ouders", "zoon", "dochter", "broer", "zus", "oma", "opa", "kind")


def _count(text: str, cand: Candidate, lists: WordLists) -> bool:
    if not text[cand.start : cand.end].isdigit():
        return False
    match = WORD_BEFORE_RE.search(text, max(0, cand.start - 40), cand.start)
    if match is None:
        return False
    word = match.group(1)
    lower = word.lower()
    pair = PAIR_BEFORE_RE.search(text, max(0, cand.start - 40), cand.start)
    if pair is not None and _domain_phrase(pair.group(1).lower(), pair.group(2).lower(), lists):
        return True  # "Veilig Thuis (1)"
    if lower in lists.first_names or lower in lists.surnames or lower in PERSON_WORDS:
        return False
    line = text[text.rfind("\n", 0, cand.start) + 1 : cand.start].lower()
    if any(word in line for word in LIST_PERSON_WORDS):
        return False  # "Aanwezig: moeder, Storm (7) en de wijkcoach": a child among the family
    if match.start() > 0 and text[: match.start()].rstrip(" \t")[-1:] not in ("", ":", ",", ";", "\n", "("):
        return False  # "Team Wmo (7)" may be one thing; "van Dijk (45)": a name's last part
    return lower in lists.domain_terms or (lower in lists.dutch_words and not word.isupper())
