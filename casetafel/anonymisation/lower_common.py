"""What the lower-case rules share: the particles of lower-case surnames, the words that are never a
name after a title, and the tests for an ordinary word and for a word no dictionary knows."""

from __future__ import annotations

from .name_words import RELATIONS, TITLES
from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, NAME_PREFIXES, TextScan

ARABIC_PARTICLES = frozenset({"el", "al", "ben", "bin", "ait", "abu", "ibn", "bou"})
# "olde" stands only before a surname from the east ("olde hengel", "olde monnikhof").
REGIONAL_PARTICLES = frozenset({"olde"})
LOWER_PARTICLES = NAME_PREFIXES | ARABIC_PARTICLES | REGIONAL_PARTICLES
COMPASS_PARTS = frozenset({"noord", "zuid", "oost", "west", "centrum", "midden", "noordoost", "zuidoost"})
PLACE_NOUNS = frozenset({"wijk", "buurt", "stadsdeel", "woonplaats", "dorp", "buurtschap", "gehucht"})
RESIDENCE_VERBS = frozenset(
    {
        "woont",
        "wonen",
        "woonde",
        "woonden",
        "wonende",
        "woonachtig",
        "wonend",
        "geboren",
        "verhuisd",
        "opgegroeid",
    }
)
# "van het gebiedsteam", "de schuldhulpverlening": particles before an ordinary noun.
NOT_SURNAME_ENDINGS = ("team", "loket", "ing", "heid", "schap", "zorg", "werk", "dienst", "centrum", "wet")
# Words that follow a title in lower-case notes and are no name: "mevr wil", "dhr heeft".
NOT_NAMES = FUNCTION_WORDS | MONTHS_AND_DAYS | TITLES | RELATIONS


def ordinary_word(scan: TextScan, lower: str) -> bool:
    lists = scan.lists
    return (
        lower in lists.common_words
        or lower in lists.stop_words
        or lower in NOT_NAMES
        or lower in lists.domain_terms
        or len(lower) < 3
    )


CHAT_WORDS = frozenset(
    {"okay", "sorry", "thanks", "please", "cool", "nice", "whatever", "btw", "lol", "weekend"}
)


def unknown_word(scan: TextScan, lower: str) -> bool:
    """Not Dutch, not on any list, long enough to be a name: "hiltsje", "seisbierrum"."""
    lists = scan.lists
    return (
        len(lower) >= 4
        and "-" not in lower
        and lower not in lists.dutch_words
        and lower not in NOT_NAMES
        and lower not in lists.domain_terms
        and lower not in lists.stop_words
        and lower not in CHAT_WORDS
    )


# The Arabic article assimilated to the next sound, written only joined by a hyphen: "an-nour", "as-salam".
ASSIMILATED_ARTICLES = frozenset({"an", "as", "ar", "ad", "at", "az", "ash", "ath"})


def arabic_compound(scan: TextScan, lower: str) -> bool:
    """ "al-hamwi", "el-amrani", "al-fath": an Arabic particle joined to a word no dictionary knows."""
    first, _, rest = lower.partition("-")
    return (
        (first in ARABIC_PARTICLES or first in ASSIMILATED_ARTICLES)
        and len(rest) >= 3
        and "-" not in rest
        and rest not in scan.lists.dutch_words
        and rest not in NOT_NAMES
    )
