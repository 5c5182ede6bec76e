"""A place on a labelled line of a form: "Woonplaats: Poelenburg", "Wijk: Tarwewijk", "Buurt: De Kolk".
Whatever capitalised name stands alone after such a label is the place meant, also when no list knows it;
ordinary words there ("Wijk: Centrum", "Woonplaats: onbekend") are no name."""

from __future__ import annotations

import re

from .model import Category
from .scan import FUNCTION_WORDS, Candidate, TextScan

PLACE_LABEL_RE = re.compile(
    r"^[ \t]*(?i:woonplaats|plaats|wijk|woonwijk|buurt|stadsdeel|dorp|woonkern|kern|buurtschap)[ \t]*:[ \t]*"
    r"((?:(?:[Dd]e|[Hh]et|'t)[ \t]+)?[A-ZÀ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+[A-ZÀ-Þ][^\W\d_]+){0,2})"
    r"[ \t]*$",
    re.MULTILINE,
)


def labelled_places(scan: TextScan) -> list[Candidate]:
    if ":" not in scan.text:
        return []
    lists = scan.lists
    found = []
    for match in PLACE_LABEL_RE.finditer(scan.text):
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", match.group(1))]
        names = [w for w in words if w not in FUNCTION_WORDS and w not in ("de", "het", "t")]
        if not names or all(
            w in lists.dutch_words or w in lists.stop_words or w in lists.domain_terms for w in names
        ):
            continue  # "Wijk: Centrum", "Woonplaats: Onbekend": ordinary words
        found.append(Candidate(match.start(1), match.end(1), Category.PLAATS, 0.75))
    return found
