"""Identifier detection for Dutch case texts: pure functions, no Qt, no database.

``detect(text)`` returns the suspected identifiers (names, places, addresses, numbers, dates, ages,
institutions) as sorted, non-overlapping ``Finding`` objects with a suggested placeholder;
``quasi_identifier_warnings`` warns about risky combinations such as a village plus a rare occupation
plus an exact age. The result lowers the risk of recognition; it never guarantees anonymity.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .model import LABELS, PLACEHOLDERS, Category, Finding, QuasiWarning
from .pseudonyms import waiver_texts
from .quasi import quasi_identifier_warnings
from .replace import replace_all, replace_finding
from .validators import age_band, bsn_valid, iban_valid

if TYPE_CHECKING:
    from .detector import Detector


# The rules (some seventy modules of word lists and patterns) are imported on the first detection, not
# when a window imports the package for its masking or placeholders: the start of the program stays quick.
def detect(text: str, *, local_places: Iterable[str] = ()) -> list[Finding]:
    """The suspected identifiers in ``text``, sorted and non-overlapping (see ``detector.Detector``)."""
    from .detector import detect as detect_with_rules

    return detect_with_rules(text, local_places=local_places)


def get_detector() -> Detector:
    """The shared detector; the word lists are read on first use only."""
    from .detector import get_detector as shared

    return shared()


def __getattr__(name: str) -> object:
    if name == "Detector":
        from .detector import Detector

        return Detector
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "LABELS",
    "PLACEHOLDERS",
    "Category",
    "Detector",
    "Finding",
    "QuasiWarning",
    "age_band",
    "bsn_valid",
    "detect",
    "get_detector",
    "iban_valid",
    "quasi_identifier_warnings",
    "replace_all",
    "replace_finding",
    "waiver_texts",
]
