"""The ORM classes of casetafel, mapped onto the Core tables of ``tables`` (SQLAlchemy 2 declarative
with ``__table__``).

The columns, types, defaults and constraints are defined once, in ``tables``; here each class names its
table, annotates its attributes for the type checker, and adds the relationships. The services load
this module only when they change data (reading runs plain table queries), so a start of the program
does not pay for the mapping. A session of the case table is called ``Meeting`` here, to keep it apart
from a database session.

Annotations are evaluated when the classes are made (no ``from __future__ import annotations``), so
SQLAlchemy need not evaluate each one from a string; names of classes defined further down are quoted.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship, validates

from casetafel.storage import tables
from casetafel.storage.limits import check_observation
from casetafel.storage.tables import NAMING_CONVENTION, utc_now

__all__ = [
    "NAMING_CONVENTION",
    "Action",
    "AgendaItem",
    "Base",
    "Case",
    "Draft",
    "FacilitationRun",
    "GovernanceQuestion",
    "Meeting",
    "MemberInput",
    "MethodTemplate",
    "Observation",
    "Participant",
    "PhaseTiming",
    "Pseudonym",
    "PublicationWaiver",
    "TaxonomyTerm",
    "TemplatePhase",
    "utc_now",
]


class Base(DeclarativeBase):
    metadata = tables.metadata


class TaxonomyTerm(Base):
    """One term of an editable list: observation kinds, themes, domains, roles, levels, ..."""

    __table__ = tables.taxonomy_terms
    __mapper_args__ = {"version_id_col": tables.taxonomy_terms.c.version}

    id: Mapped[int]
    version: Mapped[int]
    vocabulary: Mapped[str]
    code: Mapped[str]
    label: Mapped[str]
    position: Mapped[int]
    active: Mapped[bool]


class MethodTemplate(Base):
    __table__ = tables.method_templates
    __mapper_args__ = {"version_id_col": tables.method_templates.c.version}

    id: Mapped[int]
    version: Mapped[int]
    name: Mapped[str]
    description: Mapped[str]
    is_default: Mapped[bool]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    phases: Mapped[list["TemplatePhase"]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="TemplatePhase.position"
    )


class TemplatePhase(Base):
    __table__ = tables.template_phases
    __mapper_args__ = {"version_id_col": tables.template_phases.c.version}

    id: Mapped[int]
    version: Mapped[int]
    template_id: Mapped[int]
    position: Mapped[int]
    key: Mapped[str]
    name: Mapped[str]
    minutes: Mapped[int]
    guiding_question: Mapped[str]
    scope: Mapped[str]
    records: Mapped[str]
    template: Mapped["MethodTemplate"] = relationship(back_populates="phases")


class Case(Base):
    __table__ = tables.cases
    __mapper_args__ = {"version_id_col": tables.cases.c.version}

    id: Mapped[int]
    version: Mapped[int]
    code: Mapped[str]
    title: Mapped[str]
    description: Mapped[str]
    domains: Mapped[list[str]]
    life_areas: Mapped[list[str]]
    themes: Mapped[list[str]]
    age_band: Mapped[str]
    household_type: Mapped[str]
    presenter_role: Mapped[str]
    anonymisation_confirmed_by: Mapped[str]
    anonymisation_confirmed_at: Mapped[datetime | None]
    anonymisation_open_findings: Mapped[int]
    anonymisation_waivers: Mapped[list[str]]
    description_removed_at: Mapped[datetime | None]
    archived: Mapped[bool]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Meeting(Base):
    """A session (bijeenkomst) of the case table."""

    __table__ = tables.meetings
    __mapper_args__ = {"version_id_col": tables.meetings.c.version}

    id: Mapped[int]
    version: Mapped[int]
    title: Mapped[str]
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    location: Mapped[str]
    municipality: Mapped[str]
    facilitator: Mapped[str]
    template_id: Mapped[int | None]
    status: Mapped[str]
    notes: Mapped[str]
    evaluation: Mapped[str]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    doc_status: Mapped[str]
    doc_version: Mapped[str]
    adopted_on: Mapped[date | None]
    addressee: Mapped[str]
    griffie_contact: Mapped[str]
    reference: Mapped[str]
    participants: Mapped[list["Participant"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Participant.position"
    )
    agenda: Mapped[list["AgendaItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )


class Participant(Base):
    __table__ = tables.participants
    __mapper_args__ = {"version_id_col": tables.participants.c.version}

    id: Mapped[int]
    version: Mapped[int]
    meeting_id: Mapped[int]
    position: Mapped[int]
    role: Mapped[str]
    name: Mapped[str]
    party: Mapped[str]
    present: Mapped[bool]
    login: Mapped[str]
    meeting: Mapped["Meeting"] = relationship(back_populates="participants")


class AgendaItem(Base):
    __table__ = tables.agenda_items
    __mapper_args__ = {"version_id_col": tables.agenda_items.c.version}

    id: Mapped[int]
    version: Mapped[int]
    meeting_id: Mapped[int]
    case_id: Mapped[int]
    position: Mapped[int]
    phase_minutes: Mapped[dict[str, Any]]
    meeting: Mapped["Meeting"] = relationship(back_populates="agenda")
    case: Mapped["Case"] = relationship()


class Observation(Base):
    __table__ = tables.observations
    __mapper_args__ = {"version_id_col": tables.observations.c.version}

    @validates("text")
    def _limit_text(self, _key: str, value: str) -> str:
        return check_observation(value)

    id: Mapped[int]
    version: Mapped[int]
    meeting_id: Mapped[int]
    case_id: Mapped[int | None]
    phase_key: Mapped[str]
    kind: Mapped[str]
    text: Mapped[str]
    domains: Mapped[list[str]]
    actors: Mapped[list[str]]
    author_role: Mapped[str]
    votes: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    owner_kind: Mapped[str]
    route: Mapped[str]
    participant_id: Mapped[int | None]
    client_ref: Mapped[str | None]


class GovernanceQuestion(Base):
    __table__ = tables.governance_questions
    __mapper_args__ = {"version_id_col": tables.governance_questions.c.version}

    id: Mapped[int]
    version: Mapped[int]
    meeting_id: Mapped[int]
    case_id: Mapped[int | None]
    phase_key: Mapped[str]
    text: Mapped[str]
    council_role: Mapped[str]
    theme: Mapped[str]
    addressed_to: Mapped[str]
    instrument: Mapped[str]
    status: Mapped[str]
    owner: Mapped[str]
    due_date: Mapped[date | None]
    answer: Mapped[str]
    votes: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    number: Mapped[str | None]
    answered_on: Mapped[date | None]
    answer_reference: Mapped[str]
    participant_id: Mapped[int | None]
    client_ref: Mapped[str | None]


class Action(Base):
    __table__ = tables.actions
    __mapper_args__ = {"version_id_col": tables.actions.c.version}

    id: Mapped[int]
    version: Mapped[int]
    meeting_id: Mapped[int]
    case_id: Mapped[int | None]
    text: Mapped[str]
    owner: Mapped[str]
    due_date: Mapped[date | None]
    status: Mapped[str]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    number: Mapped[str | None]
    answer: Mapped[str]
    instrument: Mapped[str]
    answered_on: Mapped[date | None]
    answer_reference: Mapped[str]
    owner_kind: Mapped[str]
    route: Mapped[str]
    client_ref: Mapped[str | None]


class FacilitationRun(Base):
    """Where a running session stands (see ``tables.facilitation_runs``)."""

    __table__ = tables.facilitation_runs

    id: Mapped[int]
    meeting_id: Mapped[int]
    step_key: Mapped[str]
    running: Mapped[bool]
    vote_budget: Mapped[int]
    started_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class PhaseTiming(Base):
    """The planned and the actually spent time of one step (a phase, for one case or the session)."""

    __table__ = tables.phase_timings

    id: Mapped[int]
    meeting_id: Mapped[int]
    step_key: Mapped[str]
    case_id: Mapped[int | None]
    phase_key: Mapped[str]
    planned_seconds: Mapped[int]
    elapsed_seconds: Mapped[float]
    extra_seconds: Mapped[int]
    updated_at: Mapped[datetime]


class Draft(Base):
    """Text that is being typed (the capture line, notes), saved every second so a crash loses nothing."""

    __table__ = tables.drafts

    id: Mapped[int]
    meeting_id: Mapped[int]
    field: Mapped[str]
    text: Mapped[str]
    updated_at: Mapped[datetime]


class PublicationWaiver(Base):
    """A finding in a session's text that may stay in the public report, with who, why and when."""

    __table__ = tables.publication_waivers

    id: Mapped[int]
    meeting_id: Mapped[int]
    item: Mapped[str]
    field: Mapped[str]
    category: Mapped[str]
    text: Mapped[str]
    reason: Mapped[str]
    decided_by: Mapped[str]
    created_at: Mapped[datetime]


class Pseudonym(Base):
    """The initial pseudonym of a person within a case (or a session's own items)."""

    __table__ = tables.pseudonyms

    id: Mapped[int]
    scope: Mapped[str]
    name_key: Mapped[str]
    letter: Mapped[str]
    created_at: Mapped[datetime]


class MemberInput(Base):
    """A council member's own input after a session, waiting for the facilitator (``tables.member_inputs``)."""

    __table__ = tables.member_inputs
    __mapper_args__ = {"version_id_col": tables.member_inputs.c.version}

    id: Mapped[int]
    version: Mapped[int]
    meeting_id: Mapped[int]
    case_id: Mapped[int | None]
    question_id: Mapped[int | None]
    action_id: Mapped[int | None]
    participant_id: Mapped[int | None]
    author_login: Mapped[str]
    author_name: Mapped[str]
    kind: Mapped[str]
    text: Mapped[str]
    status: Mapped[str]
    decided_by: Mapped[str]
    decided_at: Mapped[datetime | None]
    record_kind: Mapped[str]
    record_id: Mapped[int | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
