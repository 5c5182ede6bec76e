"""Regions inside the names of organisations: two regions joined by "en" or "&" ("Leerplicht Regio Gooi
en Vechtstreek", "Fysio Vecht & Gein"), and a region named by two rivers or parts after a listed
provider ("Zorgaccent Maas en Waal", "Humanitas Ede en Wageningen")."""

from __future__ import annotations

from .model import Category
from .organisation_words import COMPASS, LOWER_REGIONAL_KINDS, PROVINCES, REGIONAL_KINDS
from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, Candidate, TextScan
from .town_parts import elided_start


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


def common_word(scan: TextScan, lower: str) -> bool:
    """An ordinary word: on the common-word or stop-word lists, a function word, a month or a day."""
    lists = scan.lists
    return (
        lower in lists.common_words
        or lower in lists.stop_words
        or lower in FUNCTION_WORDS
        or lower in MONTHS_AND_DAYS
    )


MULTI_WORD_FIRSTS = frozenset(kind.split()[0] for kind in REGIONAL_KINDS if " " in kind)


def regional_organisations(scan: TextScan) -> list[Candidate]:
    """ "Kredietbank Fryslân", "GGD Hollands Noorden", "Veilig Thuis Drenthe", "Wonen Limburg"."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i, token in enumerate(tokens):
        kind_len = 0
        if token.lower in REGIONAL_KINDS:
            kind_len = 1
        elif token.lower not in MULTI_WORD_FIRSTS:
            continue  # no kind of two or three words starts here
        elif i + 1 < len(tokens) and f"{token.lower} {tokens[i + 1].lower}" in REGIONAL_KINDS:
            kind_len = 2 if scan.adjacent(i) else 0
        elif i + 2 < len(tokens) and " ".join(t.lower for t in tokens[i : i + 3]) in REGIONAL_KINDS:
            kind_len = 3 if scan.adjacent(i) and scan.adjacent(i + 1) else 0  # "Leger des Heils Rotterdam"
        elif i + 3 < len(tokens) and " ".join(t.lower for t in tokens[i : i + 4]) in REGIONAL_KINDS:
            together = scan.adjacent(i) and scan.adjacent(i + 1) and scan.adjacent(i + 2)
            kind_len = 4 if together else 0  # "Huis van de Wijk Goes-Oost": a venue and its district
        elif i + 4 < len(tokens) and " ".join(t.lower for t in tokens[i : i + 5]) in REGIONAL_KINDS:
            kind_len = (
                5 if all(scan.adjacent(i + n) for n in range(4)) else 0
            )  # "Centrum voor Jeugd en Gezin"
        if not kind_len or i + kind_len >= len(tokens):
            continue
        kind = " ".join(t.lower for t in tokens[i : i + kind_len])
        lower_case = not (token.cap or token.all_caps or tokens[i + kind_len].cap)
        team = lower_case and kind in TEAMS and tokens[i + kind_len].lower in POINTS  # "wijkteam noord"
        if lower_case and kind not in LOWER_REGIONAL_KINDS and not team:
            continue
        k = i + kind_len
        if k + 1 < len(tokens) and tokens[k].lower == "regio" and scan.adjacent(k - 1):
            k += 1  # "Leerplicht Regio Gooi en Vechtstreek": the word "region" before its name
        end = None
        while k < len(tokens) and joined_region(scan, k - 1, end is not None) and k - (i + kind_len) < 4:
            word = tokens[k]
            if word.lower == "en" and not word.cap:
                k += 1  # "Gooi en Vechtstreek": two regions joined
                continue
            parts = word.lower.split("-")
            regional = (
                word.lower in PROVINCES
                or word.lower in lists.places
                or all(p in COMPASS or p in PROVINCES or p in lists.places for p in parts)
                or (word.cap and len(parts) == 2 and parts[1] in COMPASS)  # "Welzijn Ouderen-Zuid"
                or (word.lower == "nederland" and tokens[k - 1].lower == "caribisch")  # the BES islands
            )
            if not regional or (not word.cap and not lower_case and word.lower not in COMPASS):
                break
            if lower_case and word.lower in COMPASS and k == i + kind_len and not _region_follows(scan, k):
                if team:
                    end = k + 1
                break  # "ggz west" in a lower-case note: too vague to tell from prose
            end = k + 1
            k += 1
        if end is None or end == i + kind_len + 1 and tokens[end - 1].lower == "nederland":
            continue
        start = elided_start(scan, i)  # "Jeugd- en Gezinsteam Huizen": the first half of a pair of compounds
        longer = start < token.start or end - i > kind_len + 1 or kind_len > 3  # outweighs "gezin Bussum"
        found.append(Candidate(start, tokens[end - 1].end, Category.INSTELLING, 0.9 if longer else 0.88))
    return found


# A municipality's teams are named after the part of town they serve, also in a note without capitals.
TEAMS = frozenset({"wijkteam", "buurtteam", "sociaal team", "jeugdteam", "gebiedsteam", "sociaal wijkteam"})
POINTS = frozenset({"noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost", "zuidwest"})


def _region_follows(scan: TextScan, k: int) -> bool:
    """ "rabobank noordoost friesland": a compass word and then a province or place."""
    if not scan.adjacent(k):
        return False
    nxt = scan.tokens[k + 1].lower
    return nxt in PROVINCES or (nxt in scan.lists.places and not common_word(scan, nxt))
