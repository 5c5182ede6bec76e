"""What the quick-capture line can record, its keyboard shortcuts and typed prefixes.

The first four kinds are observation kinds (codes of the ``observation_kind`` taxonomy); a governance
question and an action are records of their own. A line typed as ``bv: Wat kost ...`` records a
governance question with the text ``Wat kost ...``.
"""

from __future__ import annotations

import re
from enum import StrEnum

from casetafel.domain.method import PhaseRecord


class CaptureKind(StrEnum):
    BARRIER = "schot"
    GOOD_PRACTICE = "goede_praktijk"
    SIGNAL = "signaal"
    QUESTION = "vraag"
    GOVERNANCE_QUESTION = "bestuurlijke_vraag"
    ACTION = "afspraak"

    @property
    def is_observation(self) -> bool:
        return self in OBSERVATION_KINDS


OBSERVATION_KINDS = (
    CaptureKind.BARRIER,
    CaptureKind.GOOD_PRACTICE,
    CaptureKind.SIGNAL,
    CaptureKind.QUESTION,
)

# In the order of their shortcuts Alt+1 ... Alt+6.
CAPTURE_ORDER: tuple[CaptureKind, ...] = (
    *OBSERVATION_KINDS,
    CaptureKind.GOVERNANCE_QUESTION,
    CaptureKind.ACTION,
)

PREFIXES: dict[str, CaptureKind] = {
    "s": CaptureKind.BARRIER,
    "g": CaptureKind.GOOD_PRACTICE,
    "si": CaptureKind.SIGNAL,
    "v": CaptureKind.QUESTION,
    "bv": CaptureKind.GOVERNANCE_QUESTION,
    "a": CaptureKind.ACTION,
}
PREFIX_OF: dict[CaptureKind, str] = {kind: prefix for prefix, kind in PREFIXES.items()}

_PREFIX_PATTERN = re.compile(r"^\s*(bv|si|s|g|v|a)\s*:\s*", re.IGNORECASE)

# What is usually said in each phase: agreements in the opening (confidentiality, "this is
# beeldvorming"), questions while the case is presented, barriers when looking at it, and so on.
DEFAULT_KIND_FOR: dict[str, CaptureKind] = {
    PhaseRecord.ATTENDANCE: CaptureKind.ACTION,
    PhaseRecord.NOTHING: CaptureKind.QUESTION,
    PhaseRecord.QUESTIONS: CaptureKind.QUESTION,
    PhaseRecord.OBSERVATIONS: CaptureKind.BARRIER,
    PhaseRecord.ACTORS_AND_QUESTIONS: CaptureKind.GOVERNANCE_QUESTION,
    PhaseRecord.VOTES: CaptureKind.GOVERNANCE_QUESTION,
    PhaseRecord.ACTIONS: CaptureKind.ACTION,
    PhaseRecord.EVALUATION: CaptureKind.SIGNAL,
}


def split_prefix(text: str) -> tuple[CaptureKind | None, str]:
    """The kind named by a typed prefix (``s:``, ``g:``, ``si:``, ``v:``, ``bv:``, ``a:``) and the rest."""
    match = _PREFIX_PATTERN.match(text)
    if not match:
        return None, text
    return PREFIXES[match.group(1).lower()], text[match.end() :]


def default_kind(records: str) -> CaptureKind:
    """The kind the capture line starts with in a phase that records ``records``."""
    return DEFAULT_KIND_FOR.get(records, CaptureKind.BARRIER)
