"""Streets told by the person they belong to: "mw. Postma, Ankerplaats 3", "rahaf al-hamwi, dragonder
58-1". A word without a street suffix and a house number, right after a person's name and a comma and
closing the clause, is that person's address when a town or a postcode follows or the number has an
addition only a house number has; counted units ("Jansen, groep 7"), school years, rooms, products
("Windows 11") and years are not. Used by the detector once the names are known."""

from __future__ import annotations

import re

from .addresses import HOUSE_NUMBER_RE, LOWER_ADDITION_RE, POSTCODE_AFTER_RE, UNIT_AFTER_RE, YEAR_RE
from .model import Category
from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, Candidate, TextScan
from .street_words import NOT_STREETS
from .wordfilter import looks_like_typo

STREET_AFTER_NAME_RE = re.compile(r",[ \t]*([^\W\d_][\w'’-]{3,})(?=[ \t]+(?:nr\.?[ \t]*)?\d)")
TOWN_AFTER_RE = re.compile(r",[ \t]*(?:[1-9]\d{3}[ \t]?[A-Za-z]{2}[ \t]+)?([^\W\d_][\w'’-]+)")
CLAUSE_END_RE = re.compile(r"[ \t]*(?:[.,;:)\n]|$)")


def streets_after_names(scan: TextScan, names: list[Candidate]) -> list[Candidate]:
    text, lists = scan.text, scan.lists
    found = []
    for name in names:
        if name.category is not Category.NAAM or text[name.end : name.end + 1] != ",":
            continue
        match = STREET_AFTER_NAME_RE.match(text, name.end)
        if match is None:
            continue
        word = match.group(1)
        lower = word.lower()
        if (
            lower in lists.places
            or lower in NOT_STREETS
            or lower in FUNCTION_WORDS
            or lower in MONTHS_AND_DAYS
            or lower in lists.common_words
            or lower in lists.stop_words
            or lower in lists.domain_terms
            or lower in lists.first_names
            or looks_like_typo(lower, NOT_STREETS)
        ):
            continue
        number = HOUSE_NUMBER_RE.match(text, match.end())
        if number is None or not CLAUSE_END_RE.match(text, number.end()):
            continue
        if UNIT_AFTER_RE.match(text, number.end()) or YEAR_RE.fullmatch(number.group().strip()):
            continue
        added = LOWER_ADDITION_RE.fullmatch(number.group()) is not None  # "58-1", "3a": only a house has it
        town = TOWN_AFTER_RE.match(text, number.end())
        placed = town is not None and town.group(1).lower() in lists.places  # "Ankerplaats 3, Almere"
        if not word[0].isupper() and not added:
            continue  # "rahaf, dragonder 58-1": in lower case only with a number only a house has
        if not (added or placed or POSTCODE_AFTER_RE.match(text, number.end())):
            continue  # "Jansen, Windows 11", "Sanne, Leerling 3": a product or a role with a number
        found.append(Candidate(match.start(1), number.end(), Category.ADRES, 0.85))
    return found
