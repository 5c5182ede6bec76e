"""The report's embedded font family: DejaVu Sans Condensed (regular, bold, oblique, bold oblique) from
``resources/fonts``, registered once per process as the family ``CasetafelSans`` so that ``<b>`` and
``<i>`` in the report's own markup map to the right face. The set of characters that all four faces
can draw is kept too, so text can be cleaned of characters the font lacks before reportlab sees them
(reportlab draws a wrong glyph for any character outside the Basic Multilingual Plane).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casetafel.paths import resource_path

FAMILY = "CasetafelSans"
REGULAR = "CasetafelSans"
BOLD = "CasetafelSans-Bold"
ITALIC = "CasetafelSans-Italic"
BOLD_ITALIC = "CasetafelSans-BoldItalic"

_FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
}


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    supported: frozenset[int]  # code points that every face of the family can draw


_lock = threading.Lock()
_fonts: FontSet | None = None


def register_fonts() -> FontSet:
    """Register the family with reportlab (once) and return its face names and character coverage."""
    global _fonts
    if _fonts is not None:
        return _fonts
    with _lock:
        if _fonts is None:
            coverage: list[set[int]] = []
            for name, filename in _FILES.items():
                path = resource_path("fonts", filename)
                if not path.is_file():
                    raise FileNotFoundError(f"Lettertype ontbreekt: {path}")
                font = TTFont(name, str(path))
                pdfmetrics.registerFont(font)
                coverage.append(set(font.face.charToGlyph))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            # reportlab draws characters outside the Basic Multilingual Plane with the wrong glyph even
            # when the font has them (DejaVu has the emoticons U+1F600-1F64F): treat those as missing
            supported = frozenset(code for code in set.intersection(*coverage) if code <= 0xFFFF)
            _fonts = FontSet(REGULAR, BOLD, ITALIC, BOLD_ITALIC, supported)
    return _fonts
