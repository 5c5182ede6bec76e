"""Identifier detection for Dutch case texts: pure functions, no Qt, no database.

``detect(text)`` returns the suspected identifiers (names, places, addresses, numbers, dates, ages,
institutions) as sorted, non-overlapping ``Finding`` objects with a suggested placeholder;
``quasi_identifier_warnings`` warns about risky combinations such as a village plus a rare occupation
plus an exact age. The result lowers the risk of recognition; it never guarantees anonymity.
"""

from .detector import Detector, detect, get_detector
from .model import LABELS, PLACEHOLDERS, Category, Finding, QuasiWarning
from .pseudonyms import waiver_texts
from .quasi import quasi_identifier_warnings
from .replace import replace_all, replace_finding
from .validators import age_band, bsn_valid, iban_valid

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
