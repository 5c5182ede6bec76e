"""Searches made cheap without changing what they find.

Case-insensitive searches: ``re`` is several times slower with IGNORECASE, so a pattern written in lower
case is also compiled without it and run on the lower-cased text, which has the same offsets as the text
in almost every case; when lower-casing changes the length (a rare letter such as "İ"), the
case-insensitive pattern runs on the text itself. Either way the matches are the same.

Searches near anchors: a pattern whose every match lies close to something cheap to find (a year, a day
with an ordinal) is searched only in windows around those anchors, each window's match checked again on
the whole text, which gives what ``finditer`` gives on the whole text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

UPPER_IN_PATTERN_RE = re.compile(r"(?<!\\)[A-Z]")
DIGIT_RUN_RE = re.compile(r"\d+")


class CaselessRe:
    """A pattern in lower case, searched case-insensitively in a text or in its lower-cased twin."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if UPPER_IN_PATTERN_RE.search(pattern):
            raise ValueError("a caseless pattern is written in lower case")
        self.regex = re.compile(pattern, flags | re.IGNORECASE)
        self._lower = re.compile(pattern, flags & ~re.IGNORECASE)

    def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
        """Matches in ``text``; ``lower`` is ``lowered(text)``. A match found in the lower-cased text
        has the same offsets; its ``group()`` is in lower case."""
        if lower is not None:
            return self._lower.finditer(lower)
        return self.regex.finditer(text)

    def near(
        self, text: str, lower: str | None, anchors: Iterable[int], before: int, after: int
    ) -> list[re.Match[str]]:
        """``finditer_near`` for this pattern (on the lower-cased text when there is one)."""
        if lower is not None:
            return finditer_near(self._lower, lower, anchors, before, after)
        return finditer_near(self.regex, text, anchors, before, after)

    def compiled(self, lower: str | None) -> re.Pattern[str]:
        """The compiled pattern to search ``lower`` (``lowered(text)``) with, or the text when it is None."""
        return self._lower if lower is not None else self.regex

    @property
    def pattern(self) -> str:
        return self.regex.pattern


def finditer_near(
    regex: re.Pattern[str], text: str, anchors: Iterable[int], before: int, after: int
) -> list[re.Match[str]]:
    """What ``regex.finditer(text)`` finds, when every match lies between ``before`` characters before
    and ``after`` characters after one of the sorted ``anchors`` (and its look-ahead within that)."""
    matches: list[re.Match[str]] = []
    done = 0
    size = len(text)
    for start, end in _merged(anchors, before, after, size):
        start = max(done, start)
        while start < end:
            found = regex.search(text, start, end)
            if found is None:
                break
            whole = regex.match(text, found.start())  # look-aheads see the whole text again
            if whole is None:
                start = found.start() + 1
                continue
            matches.append(whole)
            done = start = max(whole.end(), whole.start() + 1)
    return matches


def lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset, else None."""
    lower = text.lower()
    return lower if len(lower) == len(text) else None


def caseless_twin(text: str) -> str | None:
    """``lowered(text)`` when a lower-case pattern finds there exactly what IGNORECASE finds in ``text``:
    not with a dotless "ı" or a long "ſ" in it, which IGNORECASE also takes for "i" and "s"."""
    return None if "ı" in text or "ſ" in text else lowered(text)


def _merged(anchors: Iterable[int], before: int, after: int, size: int) -> list[tuple[int, int]]:
    """The windows around sorted anchors, overlapping ones joined, so no stretch is searched twice."""
    windows: list[tuple[int, int]] = []
    for anchor in anchors:
        start, end = max(0, anchor - before), min(size, anchor + after)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def finditer_at(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What ``regex.finditer(text)`` finds, when every match starts at one of ``starts`` (ascending,
    except that a start already tried may come again): the pattern is tried only there."""
    matches: list[re.Match[str]] = []
    done = 0  # the end of the last match: the next one starts there or later
    tried = -1
    for start in starts:
        if start < done or start <= tried or start < 0:
            continue
        tried = start
        match = regex.match(text, start)
        if match is not None:
            matches.append(match)
            done = max(match.end(), start + 1)
    return matches


@lru_cache(maxsize=8)  # the initials' four patterns ask for the same text in turn
def initial_starts(text: str) -> tuple[int, ...]:
    """Where an initial may start: one to three letters before a full stop ("J.", "Th.", "Chr."), with no
    word character or full stop before it (the look-behind "(?<![\\w.])" the patterns start with)."""
    starts: list[int] = []
    stop = text.find(".")
    while stop != -1:
        for start in range(max(0, stop - 3), stop):
            before = text[start - 1] if start else " "
            fresh = start > (starts[-1] if starts else -1)
            if fresh and text[start].isalpha() and not (before.isalnum() or before in "_."):
                starts.append(start)
        stop = text.find(".", stop + 1)
    return tuple(starts)


def words_before(text: str, marks: str) -> Iterator[int]:
    """Where a word starts that spaces or tabs separate from one of the characters in ``marks`` ("Jan (",
    'Rick "'): the only starts of a pattern "(?<![\\w.])word[ \\t]+mark" (a word: [^\\W\\d_]+)."""
    for mark in sorted(at for char in marks for at in positions(text, char)):
        k = mark
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k < mark:
            while k > 0 and text[k - 1].isalnum() and not text[k - 1].isdecimal():
                k -= 1
            yield k


def positions(text: str, part: str) -> list[int]:
    """Every offset where ``part`` occurs in ``text``, in order."""
    found = []
    at = text.find(part)
    while at != -1:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def positions_of(text: str, parts: Iterable[str]) -> list[int]:
    """Every offset where one of ``parts`` occurs in ``text``, in order."""
    return sorted({at for part in parts for at in positions(text, part)})


@lru_cache(maxsize=8)  # asked by several rules for the same text
def digit_runs(text: str) -> tuple[int, ...]:
    """Where every run of digits starts."""
    return tuple(match.start() for match in DIGIT_RUN_RE.finditer(text))
