"""Capitalised words that name no place and no organisation although a preposition or a kind of body
stands before them: ordinary words and titles ("staat in Jeugdhulp beschreven", "via de
Procesregisseur", "in Nadere regels"), provinces that share their name with a town, and the words of
living that still make an ordinary word a village ("woont in Hoogland"). Used by ``places``,
``lowercase`` and ``organisations``."""

from __future__ import annotations

import re

from .scan import FUNCTION_WORDS, TextScan
from .wordfilter import compound_of_words, plural_of_word

PLACING = frozenset({"bij", "via"})


# Provinces that share their name with their capital town.
PROVINCE_TOWNS = frozenset({"groningen", "utrecht"})


def province_named(scan: TextScan, i: int) -> bool:
    """ "provincie Utrecht", "de provincies Groningen, Friesland en Drenthe": the word "provincie" a few
    words before, on the same line and in the same sentence."""
    tokens = scan.tokens
    for k in range(i - 1, max(-1, i - 7), -1):
        if tokens[k].lower in ("provincie", "provincies", "provinciale"):
            return "\n" not in scan.text[tokens[k].end : tokens[i].start]
        if tokens[k + 1].sentence_start:
            return False
    return False


LIVING_WORDS = frozenset(
    {
        "woont",
        "wonen",
        "woonde",
        "woonden",
        "wonend",
        "verhuisd",
        "verhuist",
        "verhuizen",
        "geboren",
        "opgegroeid",
    }
    | {"woonachtig", "komt", "kwam", "afkomstig", "vertrokken", "vertrekt", "terug", "dorp", "buurtschap"}
    | {"woning", "woningen", "huis", "appartement", "adres", "verblijft", "verbleef"}
)


def lived_in(scan: TextScan, i: int) -> bool:
    """A word of living or moving within three words before the preposition of token ``i`` ("woont sinds
    mei in Hoogland", "verhuisd naar Veenhuizen"): an ordinary word there may still be a village."""
    tokens = scan.tokens
    for k in range(i - 2, max(-1, i - 6), -1):
        if tokens[k].lower in LIVING_WORDS:
            return True
        if not scan.adjacent(k):
            return False
    return False


def adjective_before_noun(scan: TextScan, i: int) -> bool:
    """ "in Nadere regels", "in Nieuwe vorm": an inflected adjective (an ordinary word in -e) right
    before an ordinary word in lower case; a place name is not followed by its noun."""
    tokens, words = scan.tokens, scan.lists.dutch_words
    token = tokens[i]
    if not token.lower.endswith("e") or token.lower not in words or not scan.adjacent(i):
        return False
    nxt = tokens[i + 1]
    return not nxt.cap and nxt.lower in words and nxt.lower not in FUNCTION_WORDS


# Endings of Dutch words that are verbs, abstract nouns, adjectives or adverbs ("Uitnodigen",
# "Toelating", "Eventueel", "Voorlopig"): a brand that is a dictionary word is a noun of another kind
# ("Kwadrant", "Karakter", "Dichterbij", "Buitenkans").
ORDINARY_ENDINGS = ("ing", "en", "heid", "lijk", "ig", "eel", "isch", "baar", "loos")


def ordinary_word_class(scan: TextScan, lower: str) -> bool:
    """A capitalised dictionary word after "bij de"/"via het" that names no body: a verb, an abstract
    noun, an adjective or adverb, or a plural ("Instanties", "Werkinstructies")."""
    words = scan.lists.dutch_words
    return lower in words and lower.endswith(ORDINARY_ENDINGS) or plural_of_word(lower, words)


# Last parts of the names of homes, farms and estates ("de Vijverhof", "de Lindehoeve", "het Kroonhuis").
# Parts that housing, care and welfare brands are built with ("Kiemkracht", "Lindestroom", "Woongoed").
BRAND_TAILS = ("kracht", "stroom", "bron", "plus", "goed", "waard", "veste", "spectrum", "formaat")
BRAND_HEADS = ("woon", "zorg", "welzijn")
HOME_TAILS = (
    "hof",
    "hoeve",
    "hove",
    "huis",
    "huize",
    "oord",
    "stede",
    "borg",
    "burg",
    "horst",
    "heem",
    "hage",
)


def plain_noun(scan: TextScan, i: int, first: int) -> bool:
    """After "bij de" or "via het" in lower case, an ordinary word or one made of ordinary words
    ("procesregisseur", "raadsinformatiesysteem") with a capital is a title or a department, not a brand
    ("bij Woonpunt"); a home's name in that shape stays one ("zit in de Vijverhof", "bij de Lindehoeve")."""
    lower, words = scan.tokens[i].lower, scan.lists.dutch_words
    if first < 1 or scan.tokens[first - 1].lower not in PLACING:
        return False
    if lower.endswith(HOME_TAILS + BRAND_TAILS) or lower.startswith(BRAND_HEADS):
        return False  # "bij de Lindestroom", "bij de Kiemkracht", "bij de Woongoed": brands built from words
    return lower in words or (len(lower) >= 8 and compound_of_words(lower, words))


def capital_follows(scan: TextScan, i: int) -> bool:
    """ "bij Bloemenveiling Hoogstraat": a capitalised word follows on the line, the name goes on."""
    return scan.adjacent(i) and scan.tokens[i + 1].cap


def title_cased_name(scan: TextScan, i: int) -> bool:
    """An ordinary word capitalised after a preposition that follows a capitalised word inside a
    sentence: the title case of a programme or a theme ("Vaardig in Bewegen", "Samen in Balans")."""
    if i < 2 or scan.tokens[i].lower not in scan.lists.dutch_words or not scan.prev_adjacent(i - 1):
        return False
    before = scan.tokens[i - 2]
    return before.cap and not before.sentence_start and not before.all_caps


YEAR_AFTER_RE = re.compile(r"[ \t]+(?:19|20)\d{2}(?![\d])")
TITLE_KINDS = frozenset({"programma", "project", "plan", "nota", "rapport", "campagne", "televisieprogramma"})


def word_used_as_title(scan: TextScan, i: int) -> bool:
    """A listed name that is also an ordinary word, used as a document's or programme's title or as the
    word itself: followed by a year ("de Woonvisie 2025-2030", "Horizon 2030"), after "een" ("een Impuls
    voor de wijk"), after a kind of title ("het programma Radar"), or a policy "-visie" after "de"."""
    tokens = scan.tokens
    if YEAR_AFTER_RE.match(scan.text, tokens[i].end):
        return True
    if i < 1 or not scan.prev_adjacent(i):
        return False
    prev = tokens[i - 1].lower
    if prev == "een" or prev in TITLE_KINDS:
        return True
    return prev in ("de", "het") and not tokens[i - 1].cap and tokens[i].lower.endswith("visie")


def ordinary_opening(scan: TextScan, i: int) -> bool:
    """A listed name that is also an ordinary word opens a sentence as that word: "en"/"of" and an
    ordinary noun follow ("Karakter en doorzettingsvermogen helpen"), or a verb in the plural or the
    infinitive ("Impuls geven aan de wijk", "Fier staan de vrijwilligers"); an organisation as subject
    takes a verb in the singular ("Portaal stuurt een brief")."""
    tokens, words = scan.tokens, scan.lists.dutch_words
    if i + 1 >= len(tokens) or not scan.adjacent(i) or tokens[i + 1].cap:
        return False
    nxt = tokens[i + 1].lower
    if nxt in ("en", "of"):
        if i + 2 >= len(tokens) or not scan.adjacent(i + 1) or tokens[i + 2].cap:
            return False
        noun = tokens[i + 2].lower
        return (
            noun in words and noun not in FUNCTION_WORDS and noun not in ("haar", "zijn", "hun", "de", "het")
        )
    return nxt.endswith("n") and nxt in words and nxt not in FUNCTION_WORDS  # "geven", "staan", "doen"
