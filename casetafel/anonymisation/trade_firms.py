"""A family firm named by its owner's particle surname and its trade: "Van der Gulik Bloembollen",
"De Boer Transport", "Van den Berg Installatietechniek". The particle makes the first part a family
name, the capitalised trade after it makes the whole a business rather than a person."""

from __future__ import annotations

import re

from .model import Category
from .placements import TRADES
from .scan import Candidate, TextScan

# Trades of the countryside and the building trade, besides those after a name in lower case.
MORE_TRADES = frozenset(
    """
    bloembollen bollen bloemen kwekerij boomkwekerij tuinbouw groenten fruit aardappelen akkerbouw
    hoveniers hovenier grondverzet sloopwerken dakwerken timmerwerken schilderwerken installaties
    elektrotechniek autobedrijf garage bouwbedrijf aannemers aannemersbedrijf makelaardij
    """.split()  # noqa: SIM905
)
FIRM_TRADES = TRADES | MORE_TRADES
_PARTICLES = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|'t|’t)"
TRADE_FIRM_RE = re.compile(
    rf"(?<![\w-])({_PARTICLES}((?:[ \t]+{_PARTICLES}){{0,2}}))[ \t]+([A-Z][^\W\d_]+)(?:-[A-Z][^\W\d_]+)?"
    r"[ \t]+([A-Z][^\W\d_]+)\Z"
)
WINDOW = 60  # characters before the trade word in which the particles and the surname stand


def trade_firms(scan: TextScan) -> list[Candidate]:
    lists = scan.lists
    found = []
    text = scan.text
    if FIRM_TRADES.isdisjoint(scan.lowers):
        return found
    tokens = scan.tokens
    for token in [tokens[k] for k, lower in enumerate(scan.lowers) if lower in FIRM_TRADES]:
        if not token.cap or text[token.end : token.end + 1] == "-":
            continue
        match = TRADE_FIRM_RE.search(text, max(0, token.start - WINDOW), token.end)
        if match is None:
            continue
        if not (match.group(1)[0].isupper() or match.group(2)):
            continue  # "in de Stad Bouw": an article, no particle
        surname = match.group(3).lower()
        if surname in lists.dutch_words and surname not in lists.surnames:
            continue  # "De Nieuwe Bouw": words
        found.append(Candidate(match.start(), match.end(), Category.INSTELLING, 0.9))
    return found
