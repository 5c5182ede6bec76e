"""The detector: runs the pattern, address, age, institution, name and place rules over a text,
resolves overlapping candidates (higher confidence, then longer span, then category priority wins)
and returns sorted, non-overlapping findings with their placeholders. The word lists are loaded once,
lazily, by ``get_detector()``."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

from .addresses import find_addresses
from .age_after_names import ages_after_names
from .age_cues import companion_ages
from .age_events import in_made_up_example
from .age_fractions import fraction_ages
from .age_lists import label_line_ages
from .ages import age_value, ages_after_addresses, find_ages
from .bracket_counts import without_bracket_counts
from .capitals import drop_capitalised_words
from .common_readings import without_common_readings
from .documents import without_document_dates, without_feast_days
from .east_asian import vietnamese_names
from .examples import without_example_values
from .field_branches import field_branches, numbered_venues
from .guesses import without_lone_guesses, without_places_of_nobody
from .institutions import find_institutions
from .lists import WordLists, load_word_lists
from .lower_initials import lower_initials
from .lowercase import find_lowercase, propagate_lower
from .model import PLACEHOLDERS, Category, Finding
from .name_forms import listed_with_names, more_names, propagate
from .named_things import without_named_things
from .names import find_names
from .national_numbers import without_national_numbers
from .ordinal_places import ordinal_places
from .organisations import find_organisations
from .patterns import digit_starts, find_patterns, year_turn_dates
from .placements import find_placements
from .places import bracketed_districts, find_places
from .prior import with_prior
from .pseudonyms import LEADING_TITLE_RE, TITLE_BEFORE_RE
from .scan import Candidate, TextScan
from .spaced_plates import find_spaced_plates
from .spoken import find_spoken_numbers, spoken_contacts
from .street_cues import labelled_line_streets, streets_after_names
from .tables import table_cells
from .trade_firms import trade_firms
from .validators import age_band

# Ties in confidence and length go to the more specific category.
PRIORITY: dict[Category, int] = {
    Category.EMAIL: 14,
    Category.URL: 13,
    Category.IBAN: 12,
    Category.BSN: 11,
    Category.TELEFOON: 10,
    Category.KENTEKEN: 9,
    Category.POSTCODE: 8,
    Category.NUMMER: 8,
    Category.DATUM: 7,
    Category.ADRES: 6,
    Category.LEEFTIJD: 5,
    Category.INSTELLING: 4,
    Category.NAAM: 3,
    Category.PLAATS: 2,
}
# "[NAAM]", "[30-40 jaar]", "[12-18]-jarige": what masking left; "[12-11, 08:02]", "[3/12 19:44]", "[2 dec
# 21:47]", "[ma 3 nov]" open the lines of a chat export with a day and a month or a time of day (no
# placeholder holds a time, and no age band starts with a day and a month).
PLACEHOLDER_RE = re.compile(
    r"\[(?!(?:0?[1-9]|[12]\d|3[01])[-/](?:0?[1-9]|1[0-2])(?!\d))"
    r"(?![^\[\]\n]{0,30}?(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))"
    r"(?!(?:[A-Za-z]{2,3}\.?[ \t]+)?(?:0?[1-9]|[12]\d|3[01])[ \t]+(?i:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec))"
    r"[^\[\]\n]{1,40}\]"
)
# "[vrijwilligers Zonnebloem Ameland]": a chat group's name in brackets, a lower-case word and then a
# capitalised one; what masking or a hand leaves is in one case ("[NAAM]", "[naam moeder]", "[Naam]").
NAMED_AFTER_WORD_RE = re.compile(r"\b[a-zà-ÿ]{2,}[ \t]+(?:\S+[ \t]+)*[A-Z][a-zà-ÿ]")
MAX_TEXT = 2_000_000


class Detector:
    """Finds identifiers in Dutch text with one set of word lists."""

    def __init__(self, lists: WordLists) -> None:
        self.lists = lists

    def detect(self, text: str, *, local_places: Iterable[str] = ()) -> list[Finding]:
        if not isinstance(text, str):
            raise TypeError("text moet een str zijn")
        if not text.strip():
            return []
        if len(text) > MAX_TEXT:
            return self._detect_in_parts(text, local_places)
        scan = TextScan(text, self.lists)
        starts = digit_starts(text)
        candidates = without_national_sites(text, find_patterns(text, starts), self.lists)
        candidates = without_example_values(text, without_national_numbers(text, candidates, self.lists))
        ages = without_bracket_counts(text, find_ages(text, starts), self.lists) + fraction_ages(scan)
        candidates.extend(table_cells(text, self.lists))
        if ":" in text and "(" in text:
            ages.extend(label_line_ages(text, self.lists))
        addresses = find_addresses(scan)
        addresses.extend(labelled_line_streets(scan) if ":" in text or "..." in text else ())
        candidates.extend(addresses)
        ages.extend(ages_after_addresses(text, addresses))
        candidates.extend(find_institutions(scan) + trade_firms(scan))
        candidates.extend(field_branches(scan) + numbered_venues(scan))
        candidates.extend(find_organisations(scan))
        placed = find_placements(scan)
        names = find_names(scan) + more_names(scan) + [c for c in placed if c.category is Category.NAAM]
        names.extend(vietnamese_names(scan))
        candidates.extend(c for c in placed if c.category is not Category.NAAM)
        candidates.extend(names)
        candidates.extend(propagate(scan, names) + listed_with_names(scan, names))
        lowercase = find_lowercase(scan) + lower_initials(scan)
        candidates.extend(lowercase)
        candidates.extend(propagate_lower(scan, lowercase))
        ages.extend(
            c for c in ages_after_names(text, names + lowercase) if not in_made_up_example(text, c.start)
        )  # not "Rekenvoorbeeld: Piet (67) en Marie (65)"
        candidates.extend(ages + companion_ages(text, ages, age_value))  # "15, bijna 16"
        candidates.extend(year_turn_dates(text, names + lowercase))
        candidates.extend(streets_after_names(scan, names + lowercase))
        candidates.extend(find_places(scan, tuple(local_places)))
        candidates.extend(find_spoken_numbers(scan) + find_spaced_plates(scan) + ordinal_places(scan))
        candidates.extend(spoken_contacts(text))
        candidates.extend(bracketed_districts(scan, candidates))
        candidates = without_common_readings(scan, drop_capitalised_words(scan, candidates))
        candidates = without_named_things(text, candidates)  # "de Jan Terlouw-prijs", "zaal Willem Drees"
        chosen = with_prior(scan, resolve(text, candidates))  # a case text: unknown capitalised words
        chosen = without_feast_days(text, without_document_dates(text, chosen))
        chosen = without_lone_guesses(text, chosen)  # a text about nobody: its guesses are ordinary words
        chosen = without_places_of_nobody(text, chosen)  # ... and its towns are where the news is
        return [self._finding(text, c) for c in with_titles(text, chosen)]

    def _detect_in_parts(self, text: str, local_places: Iterable[str]) -> list[Finding]:
        places = tuple(local_places)
        findings: list[Finding] = []
        start = 0
        while start < len(text):
            end = min(len(text), start + MAX_TEXT)
            if end < len(text):
                newline = text.rfind("\n", start, end)
                end = newline + 1 if newline > start else end
            for finding in self.detect(text[start:end], local_places=places):
                findings.append(
                    Finding(
                        finding.start + start,
                        finding.end + start,
                        finding.category,
                        finding.confidence,
                        finding.placeholder,
                        finding.text,
                    )
                )
            start = end
        return findings

    @staticmethod
    def _finding(text: str, candidate: Candidate) -> Finding:
        value = text[candidate.start : candidate.end]
        placeholder = PLACEHOLDERS[candidate.category]
        if candidate.category is Category.NAAM:
            title = LEADING_TITLE_RE.match(value)
            if title is not None and title.end() < len(value):
                placeholder = f"{' '.join(title.group('title').split())} {placeholder}"  # "mevrouw [NAAM]"
        if candidate.category is Category.LEEFTIJD:
            age = age_value(value)
            if age is not None:
                placeholder = age_band(age)
                if value.lower().endswith("jarige"):
                    placeholder = placeholder.removesuffix(" jaar]") + "]-jarige"
        return Finding(
            candidate.start,
            candidate.end,
            candidate.category,
            round(min(1.0, candidate.confidence), 2),
            placeholder,
            value,
        )


# "rijksoverheid.nl", "www.nibud.nl": the bare address of a national body's website (no page after it).
SITE_RE = re.compile(r"(?:https?://)?(?:www\.)?(?:[\w-]+\.)*?([\w-]+)\.[a-z]{2,4}/?", re.IGNORECASE)


def without_national_sites(text: str, candidates: list[Candidate], lists: WordLists) -> list[Candidate]:
    """Web addresses of national bodies and services named in the domain terms are no identifier when
    written bare ("kijk op rijksoverheid.nl"); a page on such a site ("instagram.com/jan.b") still is."""
    if not any(c.category is Category.URL for c in candidates):
        return candidates
    kept = []
    for cand in candidates:
        if cand.category is Category.URL:
            site = SITE_RE.fullmatch(text, cand.start, cand.end)
            if site is not None and site.group(1).lower() in lists.domain_terms:
                continue
        kept.append(cand)
    return kept


def resolve(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping winners sorted by start; candidates inside placeholders like [NAAM] are dropped."""
    taken = bytearray(len(text) + 1)
    for match in PLACEHOLDER_RE.finditer(text):
        if NAMED_AFTER_WORD_RE.search(match.group()) is None:
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    valid = []
    size = len(text)
    for cand in candidates:
        start, end = cand.start, cand.end
        if 0 <= start < end <= size:
            if text[start].isspace() or text[end - 1].isspace():
                cand = _trimmed(text, cand)
                if cand is None:
                    continue
            valid.append(cand)
    valid.sort(key=lambda c: (-c.confidence, -(c.end - c.start), -PRIORITY[c.category], c.start))
    chosen: list[Candidate] = []
    for cand in valid:
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        chosen.append(cand)
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    chosen.sort(key=lambda c: c.start)
    return chosen


def with_titles(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A name takes the form of address right before it ("mevrouw Bakkali", "dhr. en mevr. Van den
    Broek", "familie Lubbers"): the whole is underlined and counted as one finding, and its placeholder
    keeps the title ("mevrouw [NAAM]"), so the masked text reads as before."""
    result: list[Candidate] = []
    for cand in chosen:
        if cand.category is Category.NAAM:
            floor = result[-1].end if result else 0
            line_start = text.rfind("\n", floor, cand.start) + 1
            begin = max(floor, line_start, cand.start - 40)
            match = TITLE_BEFORE_RE.search(text, begin, cand.start)
            if match is not None:
                cand = cand._replace(start=match.start())
        result.append(cand)
    return result


def _trimmed(text: str, cand: Candidate) -> Candidate | None:
    start, end = cand.start, cand.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return cand._replace(start=start, end=end)


_detector: Detector | None = None
_lock = threading.Lock()


def get_detector() -> Detector:
    """The shared detector; the word lists are read on first use only."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                _detector = Detector(load_word_lists())
    return _detector


def detect(text: str, *, local_places: Iterable[str] = ()) -> list[Finding]:
    """Suspected identifiers in ``text``, sorted by start and never overlapping."""
    return get_detector().detect(text, local_places=local_places)
