"""Street names with a house number ("Dorpsstraat 12a", "Burgemeester de Withstraat 17", "Laan van
Meerdervoort 50", "Brink 5"), and street names without a number after "aan de", "op de" and similar
("woont aan de Kanaalweg"). Words that end like a street but are places ("Amsterdam") are skipped."""

from __future__ import annotations

import re

from .caseless import finditer_at, positions_of
from .model import Category
from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, NAME_PREFIXES, Candidate, TextScan
from .street_words import (
    ABBREVIATED_SUFFIXES,
    ADDRESS_LABELS,
    ADDRESS_WORDS,
    BARE_STREET_SUFFIXES,
    BARE_STREETS,
    COMPASS,
    NOT_STREET_ENDINGS,
    NOT_STREETS,
    RESIDENCE_WORDS,
    STREET_ARTICLES,
    STREET_SUFFIXES,
    STREET_TITLE_ABBREVIATIONS,
    STREET_TITLES,
    SURNAME_PARTICLES,
    adjective_street,
    numbered_noun,
)
from .tokens import Token
from .wordfilter import looks_like_typo

# A house number with its addition: "12a", "88A2", "14 bis", "3 hs", "112-III", "4-B", "7-2", "2-hoog",
# "41 a", "5   b" (spaces as typed), "118 rd", "3 bov".
HOUSE_NUMBER_RE = re.compile(
    r"[ \t]+(?:nr\.?[ \t]*)?\d{1,5}(?:[a-zA-Z]\d{0,2}(?![\w]))?"
    r"(?:[ \t]?-[ \t]?(?:\d{1,4}|I{1,3}|IV|bis|hs|hoog|[A-Za-z]{1,2}|[A-Za-z]\d{1,2})(?![\w])"
    r"|[ \t]{1,3}(?:bis|hs|huis|bg|zw|rd|I{1,3}|IV|[A-Z]\d?|[a-h]|hoog|boven|bov|beneden)(?![\w'’-]|\.\w)"
    r"|[ \t]+(?:kamer|bus|app\.?|appartement|unit|k\.)[ \t]*\d{1,4}[a-zA-Z]?(?![\w]))?"  # "40 bus 2", "14 k.3"
    r"(?![\w-]|[.,]\d)"
)
# The spaces before a house number: what HOUSE_NUMBER_RE needs first, found in one pass.
NUMBER_AHEAD_RE = re.compile(r"(?<![ \t])[ \t]+(?=(?:nr\.?[ \t]*)?\d)")  # from the start of a run only
# Bonaire, Curaçao, Aruba: "Kaya" (street) and "Kaminda" (road) come first, then one to four words.
KAYA_RE = re.compile(r"(?<![\w])(?i:kaya|kaminda)(?:[ \t]+[^\W\d_][\w'’.-]*){1,4}?(?=[ \t]+\d)")
STREET_SIDE_RE = re.compile(r"[ \t]+(?:N|O|Z|W|OZ|WZ|NZ|ZZ)(?=[ \t]+\d)")
LAAN_VAN_RE = re.compile(
    r"(?<![\w])(?:Laan|Plein|Weg|Kade|Hof|Singel)[ \t]+(?:van|der|de|den|het|'t|ter|ten|op)"
    r"(?:[ \t]+(?:van|der|de|den|het|'t|ter|ten))*[ \t]+[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,2}"
)
LAAN_VAN_HEADS = ("Laan", "Plein", "Weg", "Kade", "Hof", "Singel")  # where its matches start
ORDINAL_BEFORE_RE = re.compile(r"(?<![\w.,])\d{1,2}(?:e|ste|de)[ \t]+$")  # "2e Helmersstraat"


YEAR_NUMBER_RE = re.compile(r"[ \t]+(?:19|20)\d\d$")
POSTCODE_AFTER_RE = re.compile(r",?[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}(?![\w])")


def _year_after_noun(scan: TextScan, token: Token, number: re.Match[str]) -> bool:
    """A year after an ordinary noun that merely ends like a street ("woningmarkt", "-ering" as in
    "Mantelzorgwaardering 2025"): a policy heading, unless a postcode follows the number."""
    if YEAR_NUMBER_RE.match(number.group()) is None:
        return False
    if not (token.lower.endswith("ing") or token.lower in scan.lists.dutch_words):
        return False
    return POSTCODE_AFTER_RE.match(scan.text, number.end()) is None


def find_addresses(scan: TextScan) -> list[Candidate]:
    tokens, lists, text = scan.tokens, scan.lists, scan.text
    numbered = {m.start() for m in NUMBER_AHEAD_RE.finditer(text)}  # where a house number may follow
    found = []
    for i, token in enumerate(tokens):
        lower = token.lower
        is_bare = lower in BARE_STREETS
        if not is_bare and not lower.endswith(STREET_SUFFIXES):
            continue  # most words: no street (tested first, it is the cheapest test)
        if i in scan.blocked or lower in lists.places:
            continue
        adjective = adjective_street(scan, i, lower)  # "Lange Meent 3", "oude dijk 11 b"
        if not token.cap and (
            (not adjective and lower in lists.common_words)
            or (not adjective and lower in lists.stop_words)
            or token.end not in numbered
            or not HOUSE_NUMBER_RE.match(text, token.end)
        ):
            continue  # "stationsweg 8" in a note without capitals needs its number
        suffix = None
        if lower.endswith(STREET_SUFFIXES):
            suffix = next((s for s in STREET_SUFFIXES if lower.endswith(s) and len(lower) > len(s) + 1), None)
            if suffix == "ring" and lower.endswith("ering") and not lower.endswith("wetering"):
                suffix = None  # "uitkering 1250", "huurvordering 88123-01": a noun of an act, no ring road
            elif lower.endswith(NOT_STREET_ENDINGS):
                suffix = (
                    None  # "Voortgang 2:", "Zorgpad 3", "Schuldenberg 12 duizend": words of care and progress
                )
        if adjective:
            suffix = lower
        if suffix is None and not is_bare:
            continue
        if numbered_noun(scan, lower, suffix):
            continue  # "vergadering 13", "ingang 3", "Werkveld 2", "Zorgpad 2": a numbered part, no street
        number = HOUSE_NUMBER_RE.match(text, token.end)
        if number is None and suffix is not None and token.cap:
            side = STREET_SIDE_RE.match(text, token.end)  # "Hoofdstraat W 12", "Prinsengracht OZ 4"
            number = HOUSE_NUMBER_RE.match(text, side.end()) if side is not None else None
        if suffix in ABBREVIATED_SUFFIXES:  # "Groenstr. 5"
            number = HOUSE_NUMBER_RE.match(text, token.end + (text[token.end : token.end + 1] == "."))
            if number is None:
                continue
        if number is not None and UNIT_AFTER_RE.match(text, number.end()):
            continue  # "de markt 5 keer": a count, no house number
        if number is not None and _year_after_noun(scan, token, number):
            continue  # "Arbeidsmarkt 2025", "Inburgering 2021": a heading with its year
        first = _street_start(scan, i)
        first -= adjective and first == i  # "Noord Brink 4": the adjective starts the street
        if adjective and not token.cap and number is not None and not _told_lower(scan, first, number):
            continue  # "langs de oude dijk 2 keer": in lower case only with a sign of an address
        if number is not None:
            if token.lower in lists.stop_words and not is_bare and first == i:
                continue
            start = tokens[first].start
            ordinal = ORDINAL_BEFORE_RE.search(text, max(0, start - 6), start)
            found.append(Candidate(ordinal.start() if ordinal else start, number.end(), Category.ADRES, 0.93))
            continue
        prev = scan.prev_lower(i)
        bare_ok = suffix is not None and lower.endswith(BARE_STREET_SUFFIXES)
        residence = prev in STREET_ARTICLES and scan.prev_lower(i, 2) in (
            "aan",
            "op",
            "in",
            "bij",
            "langs",
            "van",
            "naar",
            "via",
            "vlakbij",
            "naast",
            "tegenover",
        )
        if bare_ok and not token.sentence_start and not scan.is_common(token) and residence:
            found.append(Candidate(tokens[first].start, token.end, Category.ADRES, 0.65))
    for match in finditer_at(LAAN_VAN_RE, text, positions_of(text, LAAN_VAN_HEADS)):
        number = HOUSE_NUMBER_RE.match(text, match.end())
        if number is not None:
            found.append(Candidate(match.start(), number.end(), Category.ADRES, 0.93))
    if "aya " in text or "aminda " in text or "AYA " in text:
        for match in KAYA_RE.finditer(text):  # "Kaya Neerlandia 27": a Papiamento street
            number = HOUSE_NUMBER_RE.match(text, match.end())
            if number is not None:
                found.append(Candidate(match.start(), number.end(), Category.ADRES, 0.93))
    found.extend(_cued_streets(scan, numbered))
    found.extend(_town_after(scan, found))
    found.extend(_lower_postcodes(scan))
    return found


ADDED_LETTER_RE = re.compile(r"\d[ \t]?(?:-[ \t]?)?[a-zA-Z]")


def _told_lower(scan: TextScan, first: int, number: re.Match[str]) -> bool:
    """A lower-case street of two words ("oude dijk 11 b") is an address with an addition to its number,
    a postcode after it, or an address label or a word of living before it."""
    text = scan.text
    return (
        ADDED_LETTER_RE.search(number.group()) is not None
        or POSTCODE_AFTER_RE.match(text, number.end()) is not None
        or LOWER_POSTCODE_AFTER_RE.match(text, number.end()) is not None
        or _address_label(scan, first)
        or _residence_before(scan, first)
    )


# not "sinds 2022 in veenendaal", "vanaf 2019 te zwolle": a year and a preposition before a town
LOWER_POSTCODE_RE = re.compile(
    r"[1-9](?<![\w-][1-9])\d{3} (?!sa|sd|ss)(?!(?<=(?:19|20)\d\d )(?:in|op|te|en|om|of|is|as|at|on|to|by) )[a-z]{2}"
    r"(?= ([a-zà-ÿ'][\w'-]*))"
)


def _lower_postcodes(scan: TextScan) -> list[Candidate]:
    """ "7413 ac deventer": a lower-case postcode with a space is one when a town follows it."""
    places = scan.lists.places
    return [
        Candidate(m.start(), m.end(), Category.POSTCODE, 0.8)
        for m in LOWER_POSTCODE_RE.finditer(scan.text)
        if m.group(1) in places
    ]


TOWN_AFTER_RE = re.compile(r",[ \t]*([A-Z\u00c0-\u00de'][\w'-]+)(?=[ \t]*(?:[.,;:)|\n]|$))")


def _town_after(scan: TextScan, addresses: list[Candidate]) -> list[Candidate]:
    """ "Parkweg 18, Best.": the capitalised word closing the clause after a street and number is its town."""
    found = []
    for address in addresses:
        if not re.search(r"\d(?:-?[a-zA-Z])?$|(?:bis|hs|I{1,3})$", scan.text[address.start : address.end]):
            continue  # a street with its number, not a bare street name
        match = TOWN_AFTER_RE.match(scan.text, address.end)
        if match is None or match.group(1).lower() in FUNCTION_WORDS:
            continue
        found.append(Candidate(match.start(1), match.end(1), Category.PLAATS, 0.7))
    return found


def _cued_streets(scan: TextScan, numbered: set[int]) -> list[Candidate]:
    """A street without a telling suffix ("Kofferen 5", "De Skâns 22", "galamadammen 3"), when the context
    says it is an address: "aan de", "woont", "adres", a place and a comma before it, a postcode after."""
    tokens, text = scan.tokens, scan.text
    found = []
    for i, token in enumerate(tokens):
        if token.end not in numbered:
            continue
        number = HOUSE_NUMBER_RE.match(text, token.end)
        if number is None or i in scan.blocked:
            continue
        if not _street_word(scan, token.lower) and not _place_named_street(scan, i):
            continue
        if UNIT_AFTER_RE.match(text, number.end()) or YEAR_RE.fullmatch(number.group().strip()):
            continue
        first = i
        while first > 0 and i - first < 2 and scan.adjacent(first - 1):
            prev = tokens[first - 1]
            if (
                not (prev.cap or prev.lower in STREET_ARTICLES)
                or not _street_word(scan, prev.lower, lead=True)
                or prev.lower in ADDRESS_WORDS
                or prev.lower in ADDRESS_LABELS
            ):
                break  # "Adres Tsjerkepaed 3": the label is no part of the street
            first -= 1
        labelled = _address_label(scan, first)  # "adres: it heechhout 12": a label says it is a street
        if tokens[first].lower in STREET_ARTICLES and not tokens[first].cap and not labelled:
            first += 1  # "aan de galamadammen 3": the article belongs to the sentence
        if first > i:
            continue
        if labelled and not tokens[first].cap:
            found.append(Candidate(tokens[first].start, number.end(), Category.ADRES, 0.9))
            continue
        bare_lower = (
            not tokens[first].cap
            and first >= 1
            and scan.prev_adjacent(first)
            and tokens[first - 1].lower in ("aan", "op")
            and _unknown_street(scan, tokens[first].lower)
        )  # "woont op buorren 14": a word no dictionary knows, after "op", with a number
        bare_lower = bare_lower or (
            not tokens[first].cap
            and first >= 2
            and scan.prev_adjacent(first)
            and scan.prev_adjacent(first - 1)
            and tokens[first - 1].lower in ("aan", "op", "naar")
            and tokens[first - 2].lower in RESIDENCE_WORDS
            and _plain_street_word(scan, tokens[first].lower)
        )  # "woont op binnenban 84", "verhuisd naar achterom 5": right after living there
        bare_lower = bare_lower or _after_town_lower(scan, first, i, number)
        lives_at = _lives_at_after_comma(scan, first, number)
        if (
            not tokens[first].cap
            and not bare_lower
            and not (
                first >= 2
                and tokens[first - 1].lower in STREET_ARTICLES
                and tokens[first - 2].lower in ("aan", "op")
            )
            and not _lived_in_the(scan, first)
        ):
            continue  # lower case only in "aan de galamadammen 3"
        added = (
            tokens[first].cap
            and HOUSE_ADDITION_RE.search(number.group())
            and _rare_word(scan, tokens[i].lower)
            and tokens[i].lower not in scan.lists.dutch_words
        )  # "kamer van Twijgje, Oudwijk 31-bis": the addition says it is a house number
        town = TOWN_AFTER_RE.match(text, number.end()) or DISTRICT_AFTER_RE.match(text, number.end())
        added = added or (
            town is not None
            and tokens[first].cap
            and town.group(1).lower() in scan.lists.places
            and _rare_word(scan, tokens[i].lower)
            and tokens[i].lower not in scan.lists.dutch_words
            and tokens[i].lower not in scan.lists.places
            and (
                first == 0
                or text[tokens[first - 1].end : tokens[first].start].strip(" \t") in ("(", ",", "\n")
            )
        )  # "(Skries 4, Burgum)", "mw. Postma, Buorren 3a, Wytgaard": an unknown word, a number and a town
        if (
            bare_lower
            or lives_at
            or added
            or labelled
            or _cue_before(scan, first)
            or POSTCODE_AFTER_RE.match(text, number.end())
        ):
            found.append(Candidate(tokens[first].start, number.end(), Category.ADRES, 0.9))
    return found


# "Ankerplaats 3 kamer 214, Almere Haven": a town and its district after the street
DISTRICT_AFTER_RE = re.compile(
    r",[ \t]*([A-Z\u00c0-\u00de'][\w'-]+)[ \t]+[A-Z][\w'-]+(?=[ \t]*(?:[.,;:)\n]|$))"
)
# "58-1", "3a", "12 bis": a number only a house has
LOWER_ADDITION_RE = re.compile(r"[ \t]+\d{1,5}(?:[ \t]?-[ \t]?\w{1,4}|[a-z]|[ \t]+(?:bis|hs|hoog))(?![\w])")


def _after_town_lower(scan: TextScan, first: int, i: int, number: re.Match[str]) -> bool:
    """ "sinds 2022 in veenendaal, dragonder 58-1", "in assen, kloosterveen 7a, 9408 ab": in a note without
    capitals a street that follows a town and a comma, with a number only a house has or a postcode after
    it; "kempenaar 03-14, lelystad": one that opens a line or a bracket, with such a number and a town."""
    tokens, text = scan.tokens, scan.text
    if tokens[first].cap or first != i or not _plain_street_word(scan, tokens[i].lower):
        return False
    pair = RANGE_NUMBER_RE.fullmatch(number.group())
    if pair is not None and int(pair.group(1)) < int(pair.group(2)):
        return False  # "jongeren 12-14", "les 3-4": a range
    gap = text[tokens[first - 1].end : tokens[first].start].strip(" \t") if first else "\n"
    if gap in ("", "\n", "(", ":") or gap.endswith("\n"):
        town = LOWER_TOWN_AFTER_RE.match(text, number.end())  # "kempenaar 03-14, lelystad" opening a line
        return (
            town is not None
            and town.group(1) in scan.lists.places
            and LOWER_ADDITION_RE.fullmatch(number.group()) is not None
            and (gap != "" or first == 0)
        )
    if gap != "," or tokens[first - 1].lower not in scan.lists.places:
        return False
    return (
        LOWER_ADDITION_RE.fullmatch(number.group()) is not None
        or POSTCODE_AFTER_RE.match(text, number.end()) is not None
        or LOWER_POSTCODE_AFTER_RE.match(text, number.end()) is not None
    )


LOWER_TOWN_AFTER_RE = re.compile(r",[ \t]*([a-zà-ÿ'][\w'-]+)(?=[ \t]*(?:[.,;:)\n]|$|[ \t][a-z]))")
RANGE_NUMBER_RE = re.compile(r"[ \t]+([1-9]\d?)[ \t]?-[ \t]?([1-9]\d?)")
LOWER_POSTCODE_AFTER_RE = re.compile(r",?[ \t]*[1-9]\d{3}[ \t]?[a-z]{2}(?![\w])")


def _lives_at_after_comma(scan: TextScan, first: int, number: re.Match[str]) -> bool:
    """ "verblijft bij haar zus, Ankerplaats 3.": after a comma, a word of living earlier in the clause, and
    the number closing the clause (not "woont alleen, Windows 11 werkt niet")."""
    tokens, text = scan.tokens, scan.text
    if (
        first < 1
        or not tokens[first].cap
        or text[tokens[first - 1].end : tokens[first].start].strip(" \t") != ","
    ):
        return False
    if not CLAUSE_END_RE.match(text, number.end()) or not _rare_word(scan, tokens[first].lower):
        return False
    return _residence_before(scan, first - 1)


CLAUSE_END_RE = re.compile(r"[ \t]*(?:[.,;:)\n]|$)")


def _plain_street_word(scan: TextScan, lower: str) -> bool:
    """A word that may name a street even when a dictionary knows it ("achterom"), but not one of the
    most common words ("woont op tijd 3 keer") and not a unit ("kamer", "nummer")."""
    lists = scan.lists
    return (
        len(lower) >= 4
        and lower not in lists.common_words
        and lower not in lists.stop_words
        and lower not in lists.domain_terms
        and lower not in NOT_STREETS
        and not looks_like_typo(lower, NOT_STREETS)  # "woont op kmaer 12"
        and (lower in lists.dutch_words or not looks_like_typo(lower, lists.dutch_words))
    )


def _address_label(scan: TextScan, first: int) -> bool:
    """ "adres: it heechhout 12", "adres moeder: Smient 22": the words right after an address label (and
    up to two words about whose address it is) and a colon."""
    tokens = scan.tokens
    if first < 1 or scan.text[tokens[first - 1].end : tokens[first].start].strip(" \t") != ":":
        return False
    for k in range(first - 1, max(-1, first - 4), -1):
        if tokens[k].lower in ADDRESS_LABELS:
            return True
        if k < first - 1 and not scan.adjacent(k):
            return False
    return False


def _place_named_street(scan: TextScan, i: int) -> bool:
    """ "Adres: Ameland 112", "woonachtig Sterrenburg 41-A": a street named after a place, told by an
    address label or a word of living right before it."""
    token = scan.tokens[i]
    if not token.cap or token.lower not in scan.lists.places or i < 1:
        return False
    if _address_label(scan, i):
        return True
    prev = scan.tokens[i - 1].lower
    if prev in ("op", "aan") and i >= 2 and scan.prev_adjacent(i) and scan.prev_adjacent(i - 1):
        return scan.tokens[i - 2].lower in RESIDENCE_WORDS  # "woont op Tuindorp 12"
    return scan.prev_adjacent(i) and prev in ("woonachtig", "wonende", "woont", "woonadres", "adres")


def _street_word(scan: TextScan, lower: str, *, lead: bool = False) -> bool:
    if lead and lower in STREET_ARTICLES:
        return True
    if lower in FUNCTION_WORDS or lower in MONTHS_AND_DAYS or lower in NOT_STREETS:
        return False
    if lead:
        return lower in STREET_ARTICLES or lower in STREET_TITLES or lower not in scan.lists.places
    return len(lower) > 2 and lower not in scan.lists.places


def _unknown_street(scan: TextScan, lower: str) -> bool:
    lists = scan.lists
    return (
        len(lower) >= 4
        and lower not in lists.dutch_words
        and lower not in lists.common_words
        and lower not in lists.stop_words
        and lower not in lists.domain_terms
        and lower not in lists.first_names
        and not looks_like_typo(lower, lists.dutch_words)
    )


def _residence_before(scan: TextScan, c: int) -> bool:
    tokens, text = scan.tokens, scan.text
    for k in range(c - 1, max(-1, c - 7), -1):
        if re.search(r"[\n.;:!?()]", text[tokens[k].end : tokens[k + 1].start]):
            return False
        if tokens[k].lower in RESIDENCE_WORDS:
            return True
    return False


def _rare_word(scan: TextScan, lower: str) -> bool:
    lists = scan.lists
    return (
        len(lower) >= 4
        and lower not in lists.common_words
        and lower not in lists.stop_words
        and lower not in lists.domain_terms
        and lower not in lists.first_names
        and lower not in FUNCTION_WORDS
    )


def _cue_before(scan: TextScan, first: int) -> bool:
    tokens, text = scan.tokens, scan.text
    if first == 0:
        return False
    if _address_word_shortly_before(scan, first):
        return True
    gap = text[tokens[first - 1].end : tokens[first].start]
    prev = tokens[first - 1].lower
    if gap.strip() in (",", ":", "(") and "\n" not in gap:
        # "Sint-Oedenrode, Kofferen 5", "adres: Kofferen 5", "in Hoogvliet (Zalmplaat 44)"
        return prev in ADDRESS_WORDS or tokens[first - 1].cap and prev in scan.lists.places or prev in COMPASS
    if gap.strip():
        return False
    if prev in ADDRESS_WORDS:
        return True
    if (
        prev in STREET_ARTICLES
        and first >= 3
        and tokens[first - 2].lower == "naar"
        and tokens[first - 3].lower in ("verhuisd", "verhuist", "verhuizen", "verhuizing", "verhuisde")
    ):
        return True  # "verhuisd naar de Kolk 7"
    if prev == "op" and tokens[first].cap and not tokens[first].sentence_start:
        if tokens[first].lower in STREET_ARTICLES and first + 1 < len(tokens) and tokens[first + 1].cap:
            return _residence_before(scan, first - 1)  # "woont op De Hoeve 3": an article starts the name
        # "woont in Hoogvliet op Binnenban 84", "wonen op De Horst 31": a residence earlier in the clause
        name = first + 1 if tokens[first].lower in STREET_ARTICLES and first + 1 < len(tokens) else first
        return _rare_word(scan, tokens[name].lower) and _residence_before(scan, first - 1)
    if P_A_BEFORE_RE.search(text, max(0, tokens[first].start - 6), tokens[first].start):
        return True  # "p/a Ankerplaats 3": post to an address
    if prev in STREET_ARTICLES and first >= 2 and tokens[first - 2].lower in ("aan", "op"):
        return True
    return _lived_in_the(scan, first)


P_A_BEFORE_RE = re.compile(r"(?<![\w/])p/a[ \t]+$", re.IGNORECASE)


def _lived_in_the(scan: TextScan, first: int) -> bool:
    """ "woont sinds kort in de hoefslag 7b": "in de" and a street no dictionary counts among its common
    words, with a word of living earlier in the clause ("in de wijk 5" is no street)."""
    tokens = scan.tokens
    return (
        first >= 2
        and tokens[first - 1].lower in ("de", "het")
        and tokens[first - 2].lower == "in"
        and scan.prev_adjacent(first)
        and scan.prev_adjacent(first - 1)
        and _plain_street_word(scan, tokens[first].lower)
        and _residence_before(scan, first - 2)
    )


def _address_word_shortly_before(scan: TextScan, first: int) -> bool:
    """ "adres moeder is Eeltsjebaas 6", "woont sinds kort Kofferen 5": an address word two or three words
    back in the same clause, the street right after a verb."""
    tokens, text = scan.tokens, scan.text
    if first < 2 or tokens[first - 1].lower not in ("is", "was", "wordt", "blijft", "kort", "nu", "op"):
        return False
    for k in range(first - 2, max(-1, first - 4), -1):
        if re.search(r"[\n.,;:!?()]", text[tokens[k].end : tokens[k + 1].start]):
            return False
        if tokens[k].lower in ADDRESS_WORDS and tokens[k].lower not in ("aan", "straat"):
            return True
    return False


UNIT_AFTER_RE = re.compile(
    r"[ \t]*(?:jaar|jr|keer|uur|euro|procent|%|kinderen|weken|maanden|dagen|nachten|nacht|minuten|km|kilo"
    r"|personen|mensen"
    r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|(?:jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.)(?![\w])",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# "Kofferen 5, 5491 TB", and the line of an address block: "Tesschenbroek 112-III\n7544 NB Enschede"
POSTCODE_AFTER_RE = re.compile(r",?[ \t]*(?:\n[ \t]*)?[1-9]\d{3}[ \t]?[A-Z]{2}(?![\w])")
# An addition no count, amount or article number has: "31-bis", "112-III", "4 hs", "7-2-hoog".
HOUSE_ADDITION_RE = re.compile(r"(?:[ \t]?-[ \t]?|[ \t]{1,3})(?:bis|hs|bg|I{1,3}|IV|hoog|huis)$")


def _street_start(scan: TextScan, i: int) -> int:
    """Walk back over "Burgemeester de", "Van", "Prins Hendrik" to the first word of the street name."""
    tokens = scan.tokens
    if not tokens[i].cap:
        return _lower_street_start(scan, i)
    first = i
    while first > 0 and i - first < 3:
        prev = tokens[first - 1]
        if scan.text[prev.end : tokens[first].start] in (". ", ".") and prev.cap:
            if prev.lower in STREET_TITLE_ABBREVIATIONS or len(prev.text) == 1:
                first -= 1  # "Burg. de Withstraat", "Dr. H. Colijnlaan"
                continue
            break
        if not scan.adjacent(first - 1):
            break
        if (first - 1) in scan.blocked or prev.lower in scan.lists.places:
            break
        street_title = prev.cap and prev.lower in STREET_TITLES
        named = prev.cap and (
            not scan.is_common(prev) or prev.lower in scan.lists.first_names
        )  # "Jan Pieterszstraat"
        if prev.lower in NAME_PREFIXES or named or street_title:
            first -= 1
            continue
        break
    lists = scan.lists
    while first < i:
        token = tokens[first]
        loose_prefix = token.lower in NAME_PREFIXES and not token.cap
        # "Overlast Thijmstraat 88": an ordinary word that starts the sentence is no part of the street;
        # "Van Heemskerckstraat" keeps its particle
        ordinary = scan.is_common(token) or (
            token.lower in lists.dutch_words and token.lower not in lists.first_names
        )
        particle = token.lower in SURNAME_PARTICLES and tokens[first + 1].cap
        sentence_word = (
            token.sentence_start and ordinary and token.lower not in STREET_TITLES and not particle
        )
        abbreviated = token.lower in STREET_TITLE_ABBREVIATIONS or len(token.text) == 1
        if not (loose_prefix or sentence_word) or abbreviated:
            break
        first += 1
    return first


def _lower_street_start(scan: TextScan, i: int) -> int:
    """ "korte nieuwstraat", "van heeckerenstraat", "jan van goyenstraat", "dr. colijnlaan" in a note
    without capitals: walk back over titles, particles, first names and short titles; an article
    ("aan de kerkstraat 5") stays out."""
    tokens, lists = scan.tokens, scan.lists
    first = i
    while first > 0 and i - first < 3:
        prev = tokens[first - 1]
        if prev.cap or (first - 1) in scan.blocked or prev.lower in lists.places:
            break
        gap = scan.text[prev.end : tokens[first].start]
        if gap in (". ", "."):
            if prev.lower in STREET_TITLE_ABBREVIATIONS:
                first -= 1
                continue
            break
        if not scan.adjacent(first - 1):
            break
        lower = prev.lower
        first_name = lower in lists.first_names and lower not in lists.stop_words
        if lower in STREET_TITLES or lower in SURNAME_PARTICLES or first_name:
            first -= 1
            continue
        break
    return first
