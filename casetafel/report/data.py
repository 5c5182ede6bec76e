"""The plain data a session report is built from.

The services fill these dataclasses from the database; the report module turns them into a PDF, CSV or
JSON. Every text here is user text: the report escapes it and never interprets it as markup. Labels are
already in Dutch (the services translate codes into labels), codes are kept for exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class ReportVariant(StrEnum):
    CONFIDENTIAL = "vertrouwelijk"
    PUBLIC = "openbaar"


@dataclass(frozen=True)
class ReportOptions:
    variant: ReportVariant = ReportVariant.CONFIDENTIAL
    show_names: bool = True  # ignored (always False) in the public variant
    show_votes: bool = True
    show_charts: bool = True
    logo_path: str = ""  # the municipal logo (an image file chosen in the settings), on the cover
    word_template: str = ""  # the municipality's Word template (.dotx/.docx) for the DOCX, if set


@dataclass(frozen=True)
class ParticipantData:
    role: str  # label, e.g. "Raadslid"
    name: str = ""  # optional; never shown in the public variant
    party: str = ""  # party or organisation; may be shown in both variants


@dataclass(frozen=True)
class ObservationData:
    id: int
    text: str
    kind: str  # label, e.g. "Schot / knelpunt"
    kind_code: str  # e.g. "schot"
    phase: str  # phase name, e.g. "Wat zien we?"
    domains: tuple[str, ...] = ()  # labels
    actors: tuple[str, ...] = ()  # who can act, labels
    author_role: str = ""  # label
    votes: int = 0
    created_at: datetime | None = None
    phase_key: str = ""  # e.g. "wat_zien_we", "evaluatie"


@dataclass(frozen=True)
class QuestionData:
    id: int
    text: str
    council_role: str = ""  # label
    theme: str = ""  # label
    addressed_to: str = ""  # label
    instrument: str = ""  # label of the follow-up instrument
    status: str = ""  # label
    owner: str = ""
    due_date: date | None = None
    answer: str = ""
    votes: int = 0
    case_code: str = ""  # empty when the question belongs to the session as a whole
    number: str = ""  # stable number, e.g. "BV-2026-014" (empty in files of version 1)
    phase_key: str = ""
    created_at: datetime | None = None
    owner_kind: str = ""  # "persoon", "orgaan" or "" (not recorded: treated as a person)
    route: str = ""  # the committee or council meeting it goes to
    answered_on: date | None = None
    answer_reference: str = ""
    council_role_code: str = ""
    addressed_to_code: str = ""
    instrument_code: str = ""
    status_code: str = ""


@dataclass(frozen=True)
class ActionData:
    id: int
    text: str
    owner: str = ""
    due_date: date | None = None
    status: str = ""  # label
    case_code: str = ""
    number: str = ""  # stable number, e.g. "A-2026-031" (empty in files of version 1)
    created_at: datetime | None = None

    owner_kind: str = ""
    route: str = ""
    answered_on: date | None = None
    answer_reference: str = ""
    status_code: str = ""


@dataclass(frozen=True)
class HistoryData:
    event: str  # "afgerond" or "heropend"
    at: datetime  # UTC
    who: str = ""  # the server login, or on a file the operating-system user name
    reason: str = ""


@dataclass(frozen=True)
class CaseChapter:
    code: str  # e.g. "C-2026-014"
    title: str
    description: str  # never shown in the public variant
    domains: tuple[str, ...] = ()
    presenter_role: str = ""
    observations: tuple[ObservationData, ...] = ()
    questions: tuple[QuestionData, ...] = ()
    actions: tuple[ActionData, ...] = ()


@dataclass(frozen=True)
class ReportData:
    session_id: int
    title: str
    starts_at: datetime | None
    location: str
    municipality: str
    facilitator: str  # a name: shown only in the confidential variant with names on
    template_name: str
    status: str  # label
    participants: tuple[ParticipantData, ...] = ()
    cases: tuple[CaseChapter, ...] = ()
    session_questions: tuple[QuestionData, ...] = ()  # questions not tied to one case
    session_actions: tuple[ActionData, ...] = ()
    notes: str = ""  # facilitator notes; confidential only
    evaluation: tuple[str, ...] = ()  # evaluation notes
    generated_at: datetime = field(default_factory=datetime.now)
    opening: tuple[ObservationData, ...] = ()  # lines captured in the opening phase(s)
    closing: tuple[ObservationData, ...] = ()  # lines captured in the evaluation phase(s) at the end
    history: tuple[HistoryData, ...] = ()  # finished, reopened (with reason)

    status_code: str = ""  # "gepland", "bezig", "afgerond"
    doc_status: str = "concept"  # "concept" or "definitief"
    doc_version: str = ""
    adopted_on: date | None = None
    addressee: str = ""  # e.g. "Gemeenteraad", "Commissie Sociaal Domein"
    griffie_contact: str = ""
    reference: str = ""  # kenmerk or zaaknummer

    @property
    def revised_at(self) -> datetime | None:
        """When the session was last reopened: its report is then a revised version."""
        reopened = [event.at for event in self.history if event.event == "heropend"]
        return max(reopened) if reopened else None
