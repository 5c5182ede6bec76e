"""Streets told by the person they belong to: "mw. Postma, Ankerplaats 3", "rahaf al-hamwi, dragonder
58-1". A word without a street suffix and a house number, right after a person's name and a comma and
closing the clause, is that person's address when a town or a postcode follows or the number has an
addition only a house number has; counted units ("Jansen, groep 7"), school years, rooms, products
("Windows 11") and years are not. Used by the detector once the names are known."""

from __future__ import annotations

import re

from .addresses import HOUSE_NUMBER_RE, LOWER_ADDITION_RE, POSTCODE_AFTER_RE, UNIT_AFTER_RE, YEAR_RE
from .lists import WordLists
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
        if _no_street(lower, lists) or lower in lists.first_names:
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


# "Adres: p/a zus, Ankerplaats 3", "Woonadres moeder: inwonend bij oma, dragonder 58-1", "Straat + huisnr
# ...... Kruiningergors 77 bus 3" (a form with dot leaders): a line that an address label opens; its first
# word with a house number is the street, whatever stands between
ADDRESS_LINE_RE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?:adres|woonadres|verblijfadres|verblijfsadres|postadres|huisadres|bezoekadres"
    r"|correspondentieadres|logeeradres|verblijf|verblijfplaats|woonplek"
    r"|straat(?:naam)?(?:[ \t]*(?:\+|en|&|/)[ \t]*(?:huisnummer|huisnr\.?|nummer|nr\.?))?)"
    r"(?:[ \t]+[^\W\d_]+){0,2}[ \t]*(?::|\.{3,})",  # "Straat + huisnr ....... Kruiningergors 77": a form
    re.IGNORECASE,
)
WORD_BEFORE_NUMBER_RE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]{2,})(?=[ \t]+(?:nr\.?[ \t]*)?\d)")


def labelled_line_streets(scan: TextScan) -> list[Candidate]:
    text, lists = scan.text, scan.lists
    found = []
    line_start = 0
    while True:  # tried at the start of each line only
        label = ADDRESS_LINE_RE.match(text, line_start)
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        for match in WORD_BEFORE_NUMBER_RE.finditer(text, label.end(), line_end) if label else ():
            lower = match.group(1).lower()
            if _no_street(lower, lists, common=False):
                continue  # "Lindeboom 7" after the label: a name that is also a word may name a street
            number = HOUSE_NUMBER_RE.match(text, match.end())
            if (
                number is None
                or UNIT_AFTER_RE.match(text, number.end())
                or text.startswith("/", number.end())
            ):
                continue  # "Verblijf: opvang 24/7", "3 nachten"
            if not YEAR_RE.fullmatch(number.group().strip()):
                found.append(Candidate(match.start(1), number.end(), Category.ADRES, 0.92))
            break  # the first word with a number only
        line_start = line_end + 1
        if line_start > len(text):
            break
    return found


def _no_street(lower: str, lists: WordLists, *, common: bool = True) -> bool:
    return (
        (common and lower in lists.common_words)
        or lower in lists.places
        or lower in NOT_STREETS
        or lower in FUNCTION_WORDS
        or lower in MONTHS_AND_DAYS
        or lower in lists.stop_words
        or lower in lists.domain_terms
        or looks_like_typo(lower, NOT_STREETS)
    )
