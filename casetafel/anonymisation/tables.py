"""Tables typed in a text: a header row that names its columns ("Naam | Leeftijd | Adres | Woonplaats",
"naam; geboortedatum; adres") and rows whose cells line up with it. A cell under "Leeftijd" is an age,
under "Adres" a street address, under "Woonplaats" a place and under "Naam" a name, whatever its words;
cells the other rules find (dates, phone numbers, BSNs) are left to them."""

from __future__ import annotations

import re

from .lists import WordLists
from .model import Category
from .scan import Candidate

SEPARATORS = ("|", ";", "\t")
COLUMNS: dict[str, Category] = {
    "naam": Category.NAAM,
    "namen": Category.NAAM,
    "voornaam": Category.NAAM,
    "achternaam": Category.NAAM,
    "roepnaam": Category.NAAM,
    "cliënt": Category.NAAM,
    "client": Category.NAAM,
    "gezinslid": Category.NAAM,
    "leeftijd": Category.LEEFTIJD,
    "lft": Category.LEEFTIJD,
    "lft.": Category.LEEFTIJD,
    "adres": Category.ADRES,
    "woonadres": Category.ADRES,
    "straat": Category.ADRES,
    "straat + nr": Category.ADRES,
    "straat en huisnummer": Category.ADRES,
    "woonplaats": Category.PLAATS,
    "plaats": Category.PLAATS,
}
EMPTY_CELLS = frozenset({"onbekend", "n.v.t.", "nvt", "geen", "idem", "zie boven", "nee", "ja", "anoniem"})
PERSON_COLUMNS = frozenset({Category.NAAM, Category.LEEFTIJD, Category.ADRES})
AGE_CELL_RE = re.compile(r"(?:[1-9]\d?|1[01]\d)(?:[ \t]*(?:jaar|jr\.?))?")
ADDRESS_CELL_RE = re.compile(r"[^\W\d_][\w'’. -]*[ \t]\d{1,5}[\w -]{0,8}")
WORDS_CELL_RE = re.compile(r"[^\W\d_][\w'’. -]*")
RULE_ROW_RE = re.compile(r"[ \t|:+-]*")  # "|---|:---|": the line under a Markdown header


def table_cells(text: str, lists: WordLists) -> list[Candidate]:
    if not any(sep in text for sep in SEPARATORS):
        return []
    found: list[Candidate] = []
    columns: list[Category | None] = []
    separator = ""
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if columns and RULE_ROW_RE.fullmatch(line) and "-" in line:
            continue  # "|---|---|": the line under a Markdown header
        if columns and line.count(separator) == len(columns) - 1:  # a row lines up with the header
            found.extend(_row(line, start, separator, columns, lists))
            continue
        columns, separator = _header(line)
    return found


def _header(line: str) -> tuple[list[Category | None], str]:
    """The columns of a header that names at least two kinds, one of them a person's name, age or address
    (a table about persons, not "Plaats | Aantal meldingen")."""
    for separator in SEPARATORS:
        if separator not in line:
            continue
        columns = [COLUMNS.get(cell.strip(" \t:*").lower()) for cell in line.split(separator)]
        kinds = {column for column in columns if column is not None}
        if len(kinds) >= 2 and kinds & PERSON_COLUMNS:
            return columns, separator
    return [], ""


def _row(
    line: str, start: int, separator: str, columns: list[Category | None], lists: WordLists
) -> list[Candidate]:
    found = []
    at = 0
    for index, cell in enumerate(line.split(separator)):
        cell_start = start + at
        at += len(cell) + 1
        category = columns[index] if index < len(columns) else None
        value = cell.strip(" \t")
        if category is None or not value or value.lower() in EMPTY_CELLS:
            continue
        begin = cell_start + cell.index(value)
        end = begin + len(value)
        if category is Category.LEEFTIJD:
            matched = AGE_CELL_RE.fullmatch(value)
        elif category is Category.ADRES:
            matched = ADDRESS_CELL_RE.fullmatch(value.split(",")[0])
            end = begin + len(value.split(",")[0].rstrip(" \t"))
        elif len(value.split()) > 5:
            matched = None  # a sentence, no name or place
        else:
            matched = (
                WORDS_CELL_RE.fullmatch(value) if value[0].isupper() or category is Category.NAAM else None
            )
        if matched is not None and category is Category.NAAM and _organisation(value, lists):
            continue  # "Wijkteam Noord | Stadhuisplein 1": a table of desks, not of persons
        if matched is not None:
            found.append(Candidate(begin, end, category, 0.9 if category is not Category.NAAM else 0.85))
    return found


def _organisation(value: str, lists: WordLists) -> bool:
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", value)]
    for index in (lists.domain_phrases, lists.organisation_phrases, lists.institution_phrases):
        if len(words) >= 2 and index.get(words[0], {}).get(words[1]):
            return True  # "Sociaal Raadslieden", "Leger des Heils"
    return any(
        word in lists.domain_terms or word in lists.institution_keywords or word in lists.organisations
        for word in words
    )
