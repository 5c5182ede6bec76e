"""Regions inside the names of organisations: two regions joined by "en" or "&" ("Leerplicht Regio Gooi
en Vechtstreek", "Fysio Vecht & Gein"), and a region named by two rivers or parts after a listed
provider ("Zorgaccent Maas en Waal", "Humanitas Ede en Wageningen")."""

from __future__ import annotations

from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, TextScan


def joined_region(scan: TextScan, k: int, seen: bool) -> bool:
    """Token ``k + 1`` continues the region after token ``k``: next to it, or after "&" or "en" once a
    region was seen ("Vecht & Gein", "Gooi en Vechtstreek", "Noord- en Oost-Gelderland")."""
    tokens = scan.tokens
    if scan.adjacent(k):
        return tokens[k + 1].lower != "en" or (seen and scan.adjacent(k + 1))
    if not seen or k + 1 >= len(tokens):
        return False
    gap = scan.text[tokens[k].end : tokens[k + 1].start]
    return gap == " & " or (gap in ("- ", "-") and tokens[k + 1].text == "en" and scan.adjacent(k + 1))


def region_pair_end(scan: TextScan, k: int) -> int | None:
    """Index after "Maas en Waal" when it starts at token ``k``: two capitalised words joined by "en",
    not two first names ("Jan en Piet") and no national term."""
    tokens, lists = scan.tokens, scan.lists
    if k + 2 >= len(tokens) or tokens[k + 1].text != "en" or not (scan.adjacent(k) and scan.adjacent(k + 1)):
        return None
    pair = (tokens[k], tokens[k + 2])
    if not all(t.cap and not t.all_caps and len(t.text) > 2 for t in pair):
        return None
    if all(t.lower in lists.first_names for t in pair) or k in scan.blocked or k + 2 in scan.blocked:
        return None
    if any(t.lower in FUNCTION_WORDS or t.lower in MONTHS_AND_DAYS or t.sentence_start for t in pair):
        return None
    return k + 3
