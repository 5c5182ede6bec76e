"""Turning user text into something the PDF can show safely, and Dutch dates. Every string a person typed
goes through ``para`` (for Paragraph markup: cleaned, then escaped, newlines as ``<br/>``) or ``plain``
(for canvas strings, chart labels, bookmarks and metadata: cleaned, on one line). Cleaning removes
control characters other than newline and tab, and replaces characters the embedded font cannot draw
(emoji, most scripts outside Latin, Greek, Cyrillic and Hebrew) by a visible box, so that the text is never
interpreted as markup and the build never fails on what someone typed. This is for the PDF only: the CSV
and JSON exports keep the text exactly as typed.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from xml.sax.saxutils import escape

from casetafel.domain.calendar import MONTHS, WEEKDAYS
from casetafel.report.fonts import register_fonts

MISSING_GLYPH = "\u25a1"  # white square, drawn where the font lacks a character
EMPTY = "\u2014"  # em dash for an empty cell


def _clean_char(char: str) -> str:
    """What one character becomes in the PDF (itself, a space, a box, or nothing)."""
    if char == "\n":
        return "\n"
    if char == "\t":
        return " "
    category = unicodedata.category(char)
    if category in ("Cc", "Cs"):  # control characters, lone surrogates
        return ""
    if ord(char) in register_fonts().supported:
        return char
    if category in ("Cf", "Mn", "Me"):  # invisible format marks, combining marks
        return ""
    if category.startswith("Z"):
        return " "
    return MISSING_GLYPH


class _CleanTable(dict):
    """A ``str.translate`` table that works out each code point once, on first sight."""

    def __missing__(self, code: int) -> str:
        result = _clean_char(chr(code))
        self[code] = result
        return result


_CLEAN_TABLE = _CleanTable()


def clean(text: str | None) -> str:
    """User text with line ends normalised to ``\\n``, tabs as spaces, control characters removed and
    characters the font lacks replaced by a box."""
    if not text:
        return ""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and text.isprintable():
        return text
    return text.translate(_CLEAN_TABLE)


def para(text: str | None) -> str:
    """User text as Paragraph markup: cleaned, escaped, newlines as line breaks."""
    return escape(clean(text)).replace("\n", "<br/>")


def plain(text: str | None, limit: int | None = None) -> str:
    """User text on one line for canvas strings, chart labels, bookmarks and metadata; shortened with an
    ellipsis beyond ``limit`` characters."""
    single = " ".join(clean(text).split())
    if limit is not None and len(single) > limit:
        return single[: max(limit - 1, 1)].rstrip() + "\u2026"
    return single


def paragraphs(text: str | None) -> list[str]:
    """User text split on blank lines into Paragraph markup strings (empty parts dropped)."""
    cleaned = clean(text)
    blocks = [block.strip("\n ") for block in cleaned.split("\n\n")]
    return [escape(block).replace("\n", "<br/>") for block in blocks if block.strip()]


def dutch_datetime(moment: datetime | None) -> str:
    """E.g. "dinsdag 24 november 2026, 19.30 uur" (Dutch house style); an empty string for no date."""
    if moment is None:
        return ""
    return f"{dutch_date_long(moment.date())}, {dutch_time(moment)}"


def dutch_time(moment: datetime) -> str:
    """E.g. "19.30\u00a0uur": a point between hours and minutes, never broken from "uur"."""
    return f"{moment:%H.%M}\u00a0uur"


def dutch_date_long(day: date | None) -> str:
    """E.g. "dinsdag 24 november 2026"."""
    if day is None:
        return ""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def dutch_date_short(day: date | None) -> str:
    """E.g. "24-11-2026"; an em dash for no date."""
    if day is None:
        return EMPTY
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def count_label(count: int, singular: str, plural: str) -> str:
    """E.g. "1 stem", "3 stemmen", with a no-break space so the number never parts from its word."""
    return f"{count}\u00a0{singular if count == 1 else plural}"
