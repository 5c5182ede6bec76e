"""Case-insensitive searches made cheap. ``re`` is several times slower with IGNORECASE, so a pattern
written in lower case is also compiled without it and run on the lower-cased text, which has the same
offsets as the text in almost every case; when lower-casing changes the length (a rare letter such as
"İ"), the case-insensitive pattern runs on the text itself. Either way the matches are the same."""

from __future__ import annotations

import re
from collections.abc import Iterator

UPPER_IN_PATTERN_RE = re.compile(r"(?<!\\)[A-Z]")


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

    @property
    def pattern(self) -> str:
        return self.regex.pattern


def lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset, else None."""
    lower = text.lower()
    return lower if len(lower) == len(text) else None
