"""The shapes of the demo data (cases, sessions and what was recorded) and a helper for its texts.

Pure data, read by ``casetafel.services.demo``. Everything here is invented; the case texts are written
the way a careful professional anonymises a real case (no names, places, exact ages or dates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class DemoCase:
    code: str
    title: str
    description: str
    domains: tuple[str, ...]
    life_areas: tuple[str, ...]
    age_band: str
    household_type: str
    presenter_role: str
    themes: tuple[str, ...]


@dataclass(frozen=True)
class DemoObservation:
    case_code: str
    phase_key: str
    kind: str
    text: str
    domains: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    author_role: str = "raadslid"
    votes: int = 0


@dataclass(frozen=True)
class DemoQuestion:
    case_code: str  # "" for a question about the session as a whole
    text: str
    council_role: str
    theme: str
    addressed_to: str
    instrument: str = "geen"
    status: str = "open"
    owner: str = ""
    due_date: date | None = None
    answer: str = ""
    votes: int = 0
    answered_on: date | None = None
    answer_reference: str = ""


@dataclass(frozen=True)
class DemoAction:
    case_code: str
    text: str
    owner: str
    due_date: date | None = None
    status: str = "open"
    answer: str = ""
    instrument: str = "geen"
    answered_on: date | None = None
    answer_reference: str = ""


@dataclass(frozen=True)
class DemoParticipant:
    role: str
    name: str = ""
    party: str = ""


@dataclass(frozen=True)
class DemoMeeting:
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str
    facilitator: str
    status: str  # "gepland", "bezig" or "afgerond"
    participants: tuple[DemoParticipant, ...]
    case_codes: tuple[str, ...]
    notes: str = ""
    evaluation: str = ""
    reopen_reason: str = ""  # a finished session that was reopened once to correct it, and why
    observations: tuple[DemoObservation, ...] = ()
    questions: tuple[DemoQuestion, ...] = ()
    actions: tuple[DemoAction, ...] = field(default_factory=tuple)
