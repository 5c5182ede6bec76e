"""The word lists behind the detector, read once from ``resources/anonymisation`` into frozensets and
phrase indexes. Lists are plain UTF-8 files with one entry per line and ``#`` comments; multi-word
entries (``Bergen op Zoom``, ``veilig thuis``) are indexed by their first word so a text can be scanned
token by token."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from casetafel.paths import resource_path

from .tokens import WORD_RE
from .wordfilter import WordFilter

# A name with digits glued to it ("Woonkracht10", "tele2"): the tokens hold letters only, so the rules
# look the whole entry up with the digits that follow the word in the text.
GLUED_DIGITS_RE = re.compile(r"[^\W\d_]+\d+")
# first word -> second word -> phrases (longest first)
PhraseIndex = dict[str, dict[str, tuple[tuple[str, ...], ...]]]


@dataclass(frozen=True, slots=True)
class WordLists:
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]
    place_phrases: PhraseIndex
    stop_words: frozenset[str]
    domain_terms: frozenset[str]
    domain_phrases: PhraseIndex
    institution_keywords: frozenset[str]
    institution_phrases: PhraseIndex
    organisations: frozenset[str]
    organisation_phrases: PhraseIndex
    common_words: frozenset[str]
    dutch_words: WordFilter


def read_list(path: Path) -> list[str]:
    """Entries of a list file: stripped lines, without blank lines and ``#`` comments."""
    entries = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            entry = line.strip()
            if entry and not entry.startswith("#"):
                entries.append(entry)
    return entries


def word_tuple(entry: str) -> tuple[str, ...]:
    return tuple(match.group().lower() for match in WORD_RE.finditer(entry))


def split_entries(entries: Iterable[str]) -> tuple[frozenset[str], PhraseIndex]:
    """Single-word entries as a set, multi-word entries indexed by first word (longest first)."""
    singles: set[str] = set()
    phrases: dict[str, dict[str, set[tuple[str, ...]]]] = {}
    for entry in entries:
        if GLUED_DIGITS_RE.fullmatch(entry):
            singles.add(entry.lower())  # "Lijn5", "ieder1": found with their digits, not as "lijn", "ieder"
            continue
        words = word_tuple(entry)
        if len(words) == 1:
            singles.add(words[0])
        elif len(words) > 1:
            phrases.setdefault(words[0], {}).setdefault(words[1], set()).add(words)
    index = {
        first: {second: tuple(sorted(items, key=len, reverse=True)) for second, items in seconds.items()}
        for first, seconds in phrases.items()
    }
    return frozenset(singles), index


def load_word_lists(folder: Path | None = None) -> WordLists:
    base = folder if folder is not None else resource_path("anonymisation")

    def lower_set(name: str) -> frozenset[str]:
        return frozenset(entry.lower() for entry in read_list(base / name))

    places, place_phrases = split_entries(read_list(base / "places.txt"))
    domain, domain_phrases = split_entries(read_list(base / "domain_terms.txt"))
    keywords, keyword_phrases = split_entries(read_list(base / "institution_keywords.txt"))
    organisations, organisation_phrases = split_entries(read_list(base / "organisations.txt"))
    return WordLists(
        first_names=lower_set("first_names.txt"),
        surnames=lower_set("surnames.txt"),
        places=places,
        place_phrases=place_phrases,
        stop_words=lower_set("stop_words.txt"),
        domain_terms=domain,
        domain_phrases=domain_phrases,
        institution_keywords=keywords,
        institution_phrases=keyword_phrases,
        organisations=organisations,
        organisation_phrases=organisation_phrases,
        common_words=lower_set("common_words.txt"),
        dutch_words=WordFilter.load(base / "dutch_words.bloom"),
    )
