"""Licence plates not written with the two hyphens: a Dutch plate with spaces ("GZ 412 X", "12 BBX 3"),
checked against the Dutch sidecodes, and any plate after the word that names it ("kenteken 31KPL7",
"Romanian plate BH 21 PXT", "Poolse kentekenplaat WX 1234A"): after that word a foreign plate counts too."""

from __future__ import annotations

import re

from .model import Category
from .patterns import PLATE_RE
from .scan import Candidate, TextScan

# Three groups of capitals and digits with single spaces between them
SPACED_RE = re.compile(r"(?<![\w-])([A-Z0-9]{1,3}) ([A-Z0-9]{2,3}) ([A-Z0-9]{1,3})(?![\w-])")
# The word for a plate, a few words of description, then the plate: one to three groups of capitals and
# digits with spaces or hyphens
CUED_RE = re.compile(
    r"(?<![\w])(?i:kenteken(?:plaat|nummer)?|nummerbord|(?:licen[cs]e |number |registration )?plate)"
    r"(?:[ \t]*(?::|\(|nr\.?|is|van))*[ \t]+"
    r"((?=[A-Z\d -]{4,11}(?![\w-]))(?=[A-Z -]*\d)(?=[\d -]*[A-Z])[A-Z\d]{1,8}(?:[ -][A-Z\d]{1,5}){0,2})(?![\w-])"
)
VOWELS = frozenset("AEIOU")
ARTICLE_BEFORE_RE = re.compile(r"(?:artikel|art\.|lid|boek)[ \t]*$", re.IGNORECASE)


def find_spaced_plates(scan: TextScan) -> list[Candidate]:
    text, terms = scan.text, scan.lists.domain_terms
    found = []
    for match in SPACED_RE.finditer(text):
        groups = match.groups()
        letters = "".join(g for g in groups if g.isalpha())
        if VOWELS.intersection(letters) or not PLATE_RE.fullmatch("-".join(groups)):
            continue  # no Dutch plate since 1978 has a vowel
        if any(g.lower() in terms for g in groups) or ARTICLE_BEFORE_RE.search(
            text, max(0, match.start() - 10), match.start()
        ):
            continue  # "artikel 12 BW 34", "12 GGZ 3": a law or a body, no plate
        found.append(Candidate(match.start(), match.end(), Category.KENTEKEN, 0.85))
    if "late" in text or "enteken" in text or "ummerbord" in text:
        for match in CUED_RE.finditer(text):
            found.append(Candidate(match.start(1), match.end(1), Category.KENTEKEN, 0.85))
    return found
