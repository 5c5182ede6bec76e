"""Names that are also ordinary words, read as those words in lower-case text: a verb after the subject
of a sentence ("het college koos voor variant b", "wie delft het onderspit"), a language after a verb of speaking ("spreken alleen
berber"). Clean policy notes typed without capitals hold such words; a note about a resident names the
person after a relation, a title or a preposition instead ("dochter berber", "overleg met koos")."""

from __future__ import annotations

from .name_words import RELATIONS, TITLES
from .scan import TextScan

SPEAKS = frozenset({"spreekt", "spreken", "sprak", "spraken", "verstaat", "tolk", "taal", "alleen", "ook"})
SUBJECT_PRONOUNS = frozenset({"wie", "hij", "zij", "ze", "men", "wij", "we", "jij", "ik"})
ARTICLES_BEFORE_NOUN = frozenset({"de", "het", "een", "deze", "die", "dit", "onze", "ons"})


def word_reading(scan: TextScan, i: int) -> bool:
    """A name that is also a dictionary word, read as that word: a verb after a subject ("het college
    koos voor variant b") or a language after a verb of speaking ("spreken alleen berber")."""
    lower = scan.tokens[i].lower
    if lower not in scan.lists.dutch_words or i < 1:
        return False
    prev, prev2 = scan.prev_lower(i), scan.prev_lower(i, 2)
    if prev in SPEAKS and (prev != "alleen" and prev != "ook" or prev2 in SPEAKS):
        return True
    if prev in SUBJECT_PRONOUNS and scan.prev_adjacent(i):
        return True  # "wie delft het onderspit", "hij koos voor"
    return (
        scan.prev_adjacent(i)
        and prev2 in ARTICLES_BEFORE_NOUN
        and prev in scan.lists.dutch_words
        and prev not in RELATIONS
        and prev not in TITLES
    )
