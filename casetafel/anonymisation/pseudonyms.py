"""Placeholders that read aloud well: a name becomes an initial pseudonym ("mevrouw A.", "de heer B."),
the same letter for the same person, and a place becomes "het dorp", "de stad" or "[woonplaats]", as the
facilitator chooses. Pure functions; the letters given per case are kept by the caller.

``PlaceholderStyle`` is the chosen style; ``styled_placeholder`` gives the replacement for one finding,
``name_key`` the key under which a person's letter is kept ("Anke Jansen", "Jansen" and "mevrouw
Jansen" are one person), ``next_letter`` the first letter not in use (letters a text already uses by
hand, such as "meneer K.", are skipped).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .model import Category, Finding

TITLE_WORDS = (
    "mevrouw",
    "mevr.",
    "mevr",
    "mw.",
    "mw",
    "mej.",
    "mejuffrouw",
    "meneer",
    "mijnheer",
    "mnr.",
    "mr.",
    "dhr.",
    "dhr",
    "hr.",
    "de heer",
    "heer",
    "juffrouw",
    "juf",
    "meester",
    "familie",
    "fam.",
    "fam",
    "het gezin",
    "gezin",
    "echtpaar",
    "dokter",
    "dr.",
    "drs.",
    "ir.",
    "ing.",
    "prof.",
    "ds.",
    "dominee",
    "pastoor",
    "zuster",
    "broeder",
    "weduwe",
    "wed.",
)
_ONE_TITLE = "|".join(re.escape(word) for word in sorted(TITLE_WORDS, key=len, reverse=True))
# "dhr. en mevr.", "meneer en mevrouw": two forms of address before one name
_TITLE = rf"(?:{_ONE_TITLE})(?:[ \t]+(?:en|&)[ \t]+(?:{_ONE_TITLE}))?"
LEADING_TITLE_RE = re.compile(rf"^(?P<title>{_TITLE})\s+", re.IGNORECASE)
# A form of address right before a name, on the same line ("... sprak mevrouw |Jansen").
TITLE_BEFORE_RE = re.compile(rf"(?<![\w.])(?:{_TITLE})[ \t]+\Z", re.IGNORECASE)
USED_LETTER_RE = re.compile(rf"(?<![\w])(?:{_TITLE})\s+(?P<letter>[A-Z])\.", re.IGNORECASE)
NAME_PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "la", "le", "du", "da"}
LETTERS = "ABCDEFGHIJKLMNOPRSTUVWZ"  # no Q, X, Y: they read badly aloud


class NameStyle(StrEnum):
    CODE = "code"  # [NAAM]
    INITIAL = "initial"  # mevrouw A.


class PlaceStyle(StrEnum):
    CODE = "code"  # [PLAATS]
    VILLAGE = "village"  # het dorp
    TOWN = "town"  # de stad
    RESIDENCE = "residence"  # [woonplaats]


PLACE_WORDS = {
    PlaceStyle.CODE: "[PLAATS]",
    PlaceStyle.VILLAGE: "het dorp",
    PlaceStyle.TOWN: "de stad",
    PlaceStyle.RESIDENCE: "[woonplaats]",
}


@dataclass(frozen=True)
class PlaceholderStyle:
    names: NameStyle = NameStyle.CODE
    places: PlaceStyle = PlaceStyle.CODE


def name_key(name: str) -> str:
    """The key of a person: the surname without titles and particles, lower case ("jansen")."""
    text = LEADING_TITLE_RE.sub("", name.strip())
    words = [w for w in re.split(r"\s+", text) if w]
    surname = [w for w in words if w.lower() not in NAME_PARTICLES]
    return (surname[-1] if surname else text).strip(".,;:").lower()


def waiver_texts(finding_text: str) -> tuple[str, ...]:
    """The texts a waiver of this finding may hold: the finding's own, and for a name that starts with a
    form of address also the name without it (waivers recorded before the title was part of the name:
    a waived "Jansen" still covers the finding "mevrouw Jansen")."""
    bare = LEADING_TITLE_RE.sub("", finding_text, count=1)
    return (finding_text, bare) if bare and bare != finding_text else (finding_text,)


def used_letters(texts: Iterable[str]) -> set[str]:
    """Letters already used as pseudonyms in ``texts`` ("meneer K." uses K)."""
    return {m.group("letter").upper() for text in texts for m in USED_LETTER_RE.finditer(text)}


def next_letter(used: Iterable[str]) -> str:
    """The first letter not in ``used``; after Z: "A2", "B2", ..."""
    taken = set(used)
    round_ = 1
    while True:
        for letter in LETTERS:
            candidate = letter if round_ == 1 else f"{letter}{round_}"
            if candidate not in taken:
                return candidate
        round_ += 1


def styled_placeholder(text: str, finding: Finding, style: PlaceholderStyle, letter: str = "") -> str:
    """The replacement of ``finding`` in ``text`` in ``style``; ``letter`` is the person's pseudonym.

    A name keeps a title in front of it ("Mevrouw Jansen" → "Mevrouw A."; "mevrouw Anke Jansen" →
    "mevrouw A."); a bare name becomes "A.". A place becomes the chosen word. Other kinds keep their
    placeholder."""
    if finding.category is Category.NAAM and style.names is NameStyle.INITIAL and letter:
        title = LEADING_TITLE_RE.match(finding.text)
        if title is not None:
            return f"{title.group('title')} {letter}."
        return f"{letter}."
    if finding.category is Category.PLAATS and style.places is not PlaceStyle.CODE:
        return PLACE_WORDS[style.places]
    return finding.placeholder


def with_placeholder(finding: Finding, placeholder: str) -> Finding:
    """``finding`` with another placeholder (for ``replace_finding`` and ``replace_all``)."""
    return Finding(
        finding.start, finding.end, finding.category, finding.confidence, placeholder, finding.text
    )
