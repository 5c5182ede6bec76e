"""A local organisation named by a word, the field of care it works in and the town or region it serves:
"Steunpunt Mantelzorg Eemsdelta", "Xtra Mantelzorg Den Haag". The field alone is a domain term (no
identifier), the town alone a place; the capitalised word before them makes the three one name."""

from __future__ import annotations

from .model import Category
from .scan import FUNCTION_WORDS, Candidate, TextScan


def field_branches(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    for k in range(1, len(tokens) - 1):
        field = tokens[k]
        if not field.cap or field.all_caps or field.lower not in lists.domain_terms:
            continue
        before, town = tokens[k - 1], tokens[k + 1]
        if not (before.cap and town.cap and scan.adjacent(k - 1) and scan.adjacent(k)):
            continue
        if before.sentence_start or before.lower in FUNCTION_WORDS or before.lower in lists.places:
            continue  # "Melding Wmo Zuidhorn": a heading opened by an ordinary word
        length = scan.phrase_length(k + 1, lists.place_phrases) if town.lower in lists.place_phrases else 0
        if not length and (town.lower not in lists.places or town.lower in lists.stop_words):
            continue
        end = tokens[k + max(length, 1)].end
        found.append(Candidate(before.start, end, Category.INSTELLING, 0.9))
    return found
