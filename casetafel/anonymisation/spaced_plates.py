"""Licence plates not written with the two hyphens: a Dutch plate with spaces ("GZ 412 X", "12 BBX 3"),
checked against the Dutch sidecodes, and any plate after the word that names it ("kenteken 31KPL7",
"Romanian plate BH 21 PXT", "Poolse kentekenplaat WX 1234A"): after that word a foreign plate counts too."""

from __future__ import annotations

import re

from .caseless import finditer_near
from .model import Category
from .patterns import PLATE_RE
from .scan import Candidate, TextScan

# Three groups of capitals and digits with single spaces between them
SPACED_RE = re.compile(r"(?<![\w-])([A-Z0-9]{1,3}) ([A-Z0-9]{2,3}) ([A-Z0-9]{1,3})(?![\w-])")
# The word for a plate, a few words of description, then the plate: one to three groups of capitals and
# digits with spaces or hyphens
CUED_RE = re.compile(
    r"(?<![\w])(?i:kenteken(?:plaat|nummer)?|nummerbord|nummerplaat|(?:licen[cs]e |number |registration )?plate)"
    r"(?:[ \t]*(?::|\(|nr\.?|is|van))*[ \t]+"
    r"((?=[A-Z\d -]{4,11}(?![\w-]))(?=[A-Z -]*\d)(?=[\d -]*[A-Z])[A-Z\d]{1,8}(?:[ -][A-Z\d]{1,5}){0,2})(?![\w-])"
)
LOWER_CUED_RE = re.compile(
    r"(?<![\w])(?:kenteken(?:plaat|nummer)?|nummerbord|nummerplaat)(?:[ \t]*(?::|\(|nr\.?|is|van))*[ \t]+"
    r"([a-z0-9]{1,3})[ -]([a-z0-9]{2,3})[ -]([a-z0-9]{1,3})(?![\w-])"
)
CUE_STARTS = ("kenteken", "nummerbord", "nummerplaat", "plate")
VOWELS = frozenset("AEIOU")
ARTICLE_BEFORE_RE = re.compile(r"(?:artikel|art\.|lid|boek)[ \t]*$", re.IGNORECASE)


def find_spaced_plates(scan: TextScan) -> list[Candidate]:
    text, terms = scan.text, scan.lists.domain_terms
    found = []
    anchors = [
        t.start
        for t in scan.tokens
        if t.cap and t.end - t.start <= 3 and (t.all_caps or t.end - t.start == 1)
    ]
    for match in finditer_near(SPACED_RE, text, anchors, 8, 8) if anchors else ():  # a letter group
        groups = match.groups()
        letters = "".join(g for g in groups if g.isalpha())
        if VOWELS.intersection(letters) or not PLATE_RE.fullmatch("-".join(groups)):
            continue  # no Dutch plate since 1978 has a vowel
        if any(g.lower() in terms for g in groups) or ARTICLE_BEFORE_RE.search(
            text, max(0, match.start() - 10), match.start()
        ):
            continue  # "artikel 12 BW 34", "12 GGZ 3": a law or a body, no plate
        # Without the word "kenteken" a guess: "in 2 PGB 12 gevallen" has a plate's shape too
        found.append(Candidate(match.start(), match.end(), Category.KENTEKEN, 0.7))
    if "plate" in text or "enteken" in text or "ummerbord" in text or "ummerplaat" in text:
        lower = text.lower()
        cues = []
        for cue in CUE_STARTS:
            pos = lower.find(cue)
            while pos != -1:
                cues.append(pos)
                pos = lower.find(cue, pos + 1)
        cues.sort()
        for match in finditer_near(CUED_RE, text, cues, 20, 50) if cues else ():
            found.append(Candidate(match.start(1), match.end(1), Category.KENTEKEN, 0.85))
        same_offsets = len(lower) == len(text)
        for match in finditer_near(LOWER_CUED_RE, lower, cues, 20, 50) if cues and same_offsets else ():
            plate = "-".join(match.groups()).upper()
            if PLATE_RE.fullmatch(plate):  # "kenteken gz 412 x" in a lower-case note
                found.append(Candidate(match.start(1), match.end(3), Category.KENTEKEN, 0.8))
    return found
