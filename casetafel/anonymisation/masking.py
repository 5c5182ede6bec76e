"""Masking text that leaves the editor: hard identifiers always, every finding in the public variant.

Hard identifiers (BSN, IBAN, phone number, e-mail address, postcode, licence plate, ID, case and client
numbers) are never needed at a casuïstiektafel: ``mask_hard`` replaces them by their placeholder whatever
was waived, for the presenter screen and every report or export. ``mask_findings`` replaces every
finding (or those of chosen categories) and counts what it masked per category, for the public variant.
Pure functions: the callers decide which texts leave.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Category, Finding

HARD_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.BSN,
        Category.IBAN,
        Category.TELEFOON,
        Category.EMAIL,
        Category.POSTCODE,
        Category.KENTEKEN,
        Category.NUMMER,
    }
)

# A waiver of a softer kind needs a reason of at least this many words, so "test" is not a reason.
MIN_REASON_WORDS = 3


def is_hard(category: Category | str) -> bool:
    """True for the kinds that are masked outside the editor whatever was waived."""
    try:
        return Category(str(category)) in HARD_CATEGORIES
    except ValueError:
        return False


def reason_is_enough(reason: str) -> bool:
    """A waiver reason of at least ``MIN_REASON_WORDS`` words."""
    return len([word for word in reason.split() if any(ch.isalnum() for ch in word)]) >= MIN_REASON_WORDS


@dataclass
class MaskCount:
    """How many findings were masked, per category (Dutch category keys)."""

    by_category: Counter[str] = field(default_factory=Counter)

    def add(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.by_category[str(finding.category)] += 1

    @property
    def total(self) -> int:
        return sum(self.by_category.values())

    def summary(self) -> str:
        """E.g. "naam 3, telefoon 1" (categories sorted by name); empty when nothing was masked."""
        return ", ".join(f"{category} {count}" for category, count in sorted(self.by_category.items()))


def apply_masks(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with the span of each finding replaced by its placeholder (findings do not overlap)."""
    parts = []
    last = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < last:
            continue
        parts.append(text[last : finding.start])
        parts.append(finding.placeholder)
        last = finding.end
    parts.append(text[last:])
    return "".join(parts)


def mask_findings(
    text: str,
    *,
    categories: Collection[Category] | None = None,
    keep: Callable[[Finding], bool] | None = None,
    local_places: Iterable[str] = (),
    count: MaskCount | None = None,
) -> str:
    """``text`` with its findings replaced by their placeholders.

    ``categories`` limits the masking to those kinds (all when None); a finding for which ``keep``
    returns True stays (a waived soft finding). Hard identifiers are masked even when ``keep`` says
    otherwise. ``count`` collects what was masked.
    """
    if not text or not text.strip():
        return text
    chosen = []
    for finding in _findings(text, tuple(local_places)):
        hard = finding.category in HARD_CATEGORIES
        if categories is not None and finding.category not in categories:
            continue
        if keep is not None and not hard and keep(finding):
            continue
        chosen.append(finding)
    if count is not None:
        count.add(chosen)
    return apply_masks(text, chosen) if chosen else text


@lru_cache(maxsize=8192)
def _findings(text: str, local_places: tuple[str, ...]) -> tuple[Finding, ...]:
    # Reports and exports of a session mask the same texts again (both variants, each format).
    from .detector import detect

    return tuple(detect(text, local_places=local_places))


def mask_hard(text: str, *, count: MaskCount | None = None) -> str:
    """``text`` with every hard identifier replaced by its placeholder."""
    if count is None:
        return _mask_hard_cached(text)
    return mask_findings(text, categories=HARD_CATEGORIES, count=count)


@lru_cache(maxsize=4096)
def _mask_hard_cached(text: str) -> str:
    # The presenter masks the same insights at every update; each text is checked once.
    return mask_findings(text, categories=HARD_CATEGORIES)
