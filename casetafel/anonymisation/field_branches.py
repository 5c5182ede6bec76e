"""A local organisation named by a word, the field of care it works in and the town or region it serves:
"Steunpunt Mantelzorg Eemsdelta", "Xtra Mantelzorg Den Haag". The field alone is a domain term (no
identifier), the town alone a place; the capitalised word before them makes the three one name."""

from __future__ import annotations

import re

from .model import Category
from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, Candidate, TextScan

MONTHS = MONTHS_AND_DAYS
STREET_ENDINGS = ("straat", "weg", "laan", "plein", "kade", "gracht", "singel", "dijk", "pad", "hof", "steeg")
VENUE_NUMBER_RE = re.compile(r"[ \t]+\d{1,3}(?=[ \t]*[,.;:)]|[ \t]+(?:waar|in|aan|op|te|en)[ \t]|[ \t]*$)")


def field_branches(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    terms = lists.domain_terms
    last = len(tokens) - 1
    for k in [k for k, lower in enumerate(scan.lowers) if lower in terms and 0 < k < last]:
        field = tokens[k]
        if not field.cap or field.all_caps:
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


# "het traject bij Spot 46", "aangemeld bij Studio 15": a venue named by a word and a number, after the
# word that places someone with it; numbered parts of a text, a building or a school are no venue.
VENUE_CUES = frozenset({"bij", "via"})
VENUE_RE = re.compile(r"(?:bij|via)[ \t]+[A-Z][^\W\d_]+[ \t]+\d")
NUMBERED_PARTS = frozenset(
    """
    bijlage artikel punt groep kamer zaal lid hoofdstuk paragraaf stap fase niveau bus lijn route tafel
    week dag pagina blz nummer nr verdieping postbus gebouw poort klas leerjaar jaar periode ronde versie
    casus vraag tabel figuur agendapunt bladzijde regel sectie deel module les blok uur box loket balie
    """.split()  # noqa: SIM905
)


def numbered_venues(scan: TextScan) -> list[Candidate]:
    tokens, lists, text = scan.tokens, scan.lists, scan.text
    found: list[Candidate] = []
    if VENUE_RE.search(text) is None:
        return found  # one pass of a pattern in C instead of a look at every word
    for k in [k + 1 for k in range(len(tokens) - 1) if tokens[k].lower in VENUE_CUES]:
        token = tokens[k]
        if not token.cap or token.all_caps or token.sentence_start:
            continue
        match = VENUE_NUMBER_RE.match(text, token.end)
        if match is None or not scan.prev_adjacent(k):
            continue
        lower = token.lower
        if lower in NUMBERED_PARTS or lower in MONTHS or lower in lists.domain_terms or k in scan.blocked:
            continue
        if lower in lists.places or lower in lists.first_names or lower.endswith(STREET_ENDINGS):
            continue  # "bij Meent 3" would be an address, "bij Utrecht 2" a team
        found.append(Candidate(token.start, match.end(), Category.INSTELLING, 0.7))
    return found
