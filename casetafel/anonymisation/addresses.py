"""Street names with a house number ("Dorpsstraat 12a", "Burgemeester de Withstraat 17", "Laan van
Meerdervoort 50", "Brink 5"), and street names without a number after "aan de", "op de" and similar
("woont aan de Kanaalweg"). Words that end like a street but are places ("Amsterdam") are skipped."""

from __future__ import annotations

import re

from .model import Category
from .scan import NAME_PREFIXES, Candidate, TextScan

STREET_SUFFIXES = (
    "straat",
    "weg",
    "laan",
    "plein",
    "dijk",
    "kade",
    "gracht",
    "singel",
    "pad",
    "steeg",
    "hof",
    "dreef",
    "ring",
    "park",
    "erf",
    "veld",
    "wal",
    "markt",
    "burg",
    "baan",
    "dam",
    "zijde",
    "plantsoen",
    "boulevard",
    "kamp",
    "akker",
    "brink",
    "haven",
    "oord",
    "donk",
    "horst",
    "hoeve",
    "vaart",
    "weide",
    "meent",
    "gaarde",
    "poort",
    "rade",
    "stede",
    "tuin",
    "tuinen",
    "berg",
    "heuvel",
    "werf",
    "diep",
    "wold",
    "allee",
    "gang",
    "schans",
    "veste",
    "wetering",
    "vliet",
    "sloot",
    "kwartier",
    "hoek",
    "kant",
    "pier",
    "esch",
)
BARE_STREET_SUFFIXES = (
    "straat",
    "weg",
    "laan",
    "plein",
    "dijk",
    "kade",
    "gracht",
    "singel",
    "steeg",
    "dreef",
    "plantsoen",
    "boulevard",
    "straatweg",
)
BARE_STREETS = frozenset({"brink", "markt", "dam", "plein", "kade", "ring", "singel", "esplanade", "wal"})
HOUSE_NUMBER_RE = re.compile(
    r"[ \t]+(?:nr\.?[ \t]*)?\d{1,5}(?:[ \t]?-?[a-zA-Z](?![\w]))?(?:[ \t]?-[ \t]?\d{1,4}|[ \t]?(?:bis|hs|huis)(?![\w]))?"
    r"(?![\w-]|[.,]\d)"
)
LAAN_VAN_RE = re.compile(
    r"(?<![\w])(?:Laan|Plein|Weg|Kade|Hof|Singel)[ \t]+(?:van|der|de|den|het|'t|ter|ten|op)"
    r"(?:[ \t]+(?:van|der|de|den|het|'t|ter|ten))*[ \t]+[A-Z][\w'-]+"
)
STREET_TITLES = frozenset(
    {
        "burgemeester",
        "dokter",
        "prins",
        "prinses",
        "koning",
        "koningin",
        "graaf",
        "sint",
        "oude",
        "nieuwe",
        "korte",
        "lange",
        "hoge",
        "lage",
        "grote",
        "kleine",
        "pastoor",
        "meester",
        "generaal",
        "kapitein",
    }
)
STREET_ARTICLES = frozenset({"de", "het", "t"})


def find_addresses(scan: TextScan) -> list[Candidate]:
    tokens, lists, text = scan.tokens, scan.lists, scan.text
    found = []
    for i, token in enumerate(tokens):
        lower = token.lower
        if not token.cap or i in scan.blocked or lower in lists.places:
            continue
        is_bare = lower in BARE_STREETS
        suffix = None
        if lower.endswith(STREET_SUFFIXES):
            suffix = next((s for s in STREET_SUFFIXES if lower.endswith(s) and len(lower) > len(s) + 1), None)
        if suffix is None and not is_bare:
            continue
        number = HOUSE_NUMBER_RE.match(text, token.end)
        first = _street_start(scan, i)
        if number is not None:
            if token.lower in lists.stop_words and not is_bare and first == i:
                continue
            found.append(Candidate(tokens[first].start, number.end(), Category.ADRES, 0.93))
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
        )
        if bare_ok and not token.sentence_start and not scan.is_common(token) and residence:
            found.append(Candidate(tokens[first].start, token.end, Category.ADRES, 0.65))
    for match in LAAN_VAN_RE.finditer(text):
        number = HOUSE_NUMBER_RE.match(text, match.end())
        if number is not None:
            found.append(Candidate(match.start(), number.end(), Category.ADRES, 0.93))
    return found


def _street_start(scan: TextScan, i: int) -> int:
    """Walk back over "Burgemeester de", "Van", "Prins Hendrik" to the first word of the street name."""
    tokens = scan.tokens
    first = i
    while first > 0 and i - first < 3 and scan.adjacent(first - 1):
        prev = tokens[first - 1]
        if (first - 1) in scan.blocked or prev.lower in scan.lists.places:
            break
        street_title = prev.cap and prev.lower in STREET_TITLES
        if prev.lower in NAME_PREFIXES or (prev.cap and not scan.is_common(prev)) or street_title:
            first -= 1
            continue
        break
    while first < i:
        token = tokens[first]
        loose_prefix = token.lower in NAME_PREFIXES and not token.cap
        sentence_word = token.sentence_start and scan.is_common(token) and token.lower not in STREET_TITLES
        if not (loose_prefix or sentence_word):
            break
        first += 1
    return first
