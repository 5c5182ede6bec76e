"""The ORM tables of casetafel (SQLAlchemy 2 typed declarative).

A session of the case table is called ``Meeting`` here, to keep it apart from a database session.
Multi-valued codes (domains, life areas, who can act) are JSON lists of taxonomy codes. Every row that
a person edits has ``created_at`` and ``updated_at`` in UTC.

Annotations are evaluated when the classes are made (no ``from __future__ import annotations``), so
SQLAlchemy need not evaluate each one from a string at start-up; names of classes defined further down
are quoted.
"""

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class TaxonomyTerm(Base):
    """One term of an editable list: observation kinds, themes, domains, roles, levels, ..."""

    __tablename__ = "taxonomy_terms"
    __table_args__ = (UniqueConstraint("vocabulary", "code", name="uq_taxonomy_terms_vocabulary_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vocabulary: Mapped[str] = mapped_column(String(40), index=True)
    code: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MethodTemplate(Timestamps, Base):
    __tablename__ = "method_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    phases: Mapped[list["TemplatePhase"]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="TemplatePhase.position"
    )


class TemplatePhase(Base):
    __tablename__ = "template_phases"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("method_templates.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    minutes: Mapped[int] = mapped_column(Integer)
    guiding_question: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(String(20))
    records: Mapped[str] = mapped_column(String(30))
    template: Mapped["MethodTemplate"] = relationship(back_populates="phases")


class Case(Timestamps, Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    domains: Mapped[list[str]] = mapped_column(default=list)
    life_areas: Mapped[list[str]] = mapped_column(default=list)
    themes: Mapped[list[str]] = mapped_column(default=list)
    age_band: Mapped[str] = mapped_column(String(20), default="")
    household_type: Mapped[str] = mapped_column(String(60), default="")
    presenter_role: Mapped[str] = mapped_column(String(60), default="")
    anonymisation_confirmed_by: Mapped[str] = mapped_column(String(200), default="")
    anonymisation_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    anonymisation_open_findings: Mapped[int] = mapped_column(Integer, default=0)
    anonymisation_waivers: Mapped[list[str]] = mapped_column(default=list)
    description_removed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class Meeting(Timestamps, Base):
    """A session (bijeenkomst) of the case table."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime | None] = mapped_column(DateTime, default=None, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    location: Mapped[str] = mapped_column(Text, default="")
    municipality: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("method_templates.id", ondelete="SET NULL"), default=None
    )
    status: Mapped[str] = mapped_column(String(20), default="gepland", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[list["Participant"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Participant.position"
    )
    agenda: Mapped[list["AgendaItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )


class Participant(Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(Text, default="")
    party: Mapped[str] = mapped_column(Text, default="")
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    meeting: Mapped["Meeting"] = relationship(back_populates="participants")


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id", name="uq_agenda_items_meeting_case"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    phase_minutes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    meeting: Mapped["Meeting"] = relationship(back_populates="agenda")
    case: Mapped["Case"] = relationship()


class Observation(Timestamps, Base):
    __tablename__ = "observations"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="RESTRICT"), default=None, index=True
    )
    phase_key: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
    domains: Mapped[list[str]] = mapped_column(default=list)
    actors: Mapped[list[str]] = mapped_column(default=list)
    author_role: Mapped[str] = mapped_column(String(60), default="")
    votes: Mapped[int] = mapped_column(Integer, default=0)


class GovernanceQuestion(Timestamps, Base):
    __tablename__ = "governance_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="RESTRICT"), default=None, index=True
    )
    phase_key: Mapped[str] = mapped_column(String(60), default="")
    text: Mapped[str] = mapped_column(Text)
    council_role: Mapped[str] = mapped_column(String(60), default="")
    theme: Mapped[str] = mapped_column(String(60), default="")
    addressed_to: Mapped[str] = mapped_column(String(60), default="")
    instrument: Mapped[str] = mapped_column(String(40), default="geen")
    status: Mapped[str] = mapped_column(String(30), default="open", index=True)
    owner: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    answer: Mapped[str] = mapped_column(Text, default="")
    votes: Mapped[int] = mapped_column(Integer, default=0)


class Action(Timestamps, Base):
    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="RESTRICT"), default=None, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(30), default="open", index=True)


class FacilitationRun(Base):
    """Where a running session stands: the current step of the method and whether its timer runs.

    Saved on every change during "Tafel leiden", so a session can be resumed after a crash.
    """

    __tablename__ = "facilitation_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), unique=True)
    step_key: Mapped[str] = mapped_column(String(80), default="")
    running: Mapped[bool] = mapped_column(Boolean, default=False)
    vote_budget: Mapped[int] = mapped_column(Integer, default=3)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class PhaseTiming(Base):
    """The planned and the actually spent time of one step (a phase, for one case or the session)."""

    __tablename__ = "phase_timings"
    __table_args__ = (UniqueConstraint("meeting_id", "step_key", name="uq_phase_timings_meeting_step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    step_key: Mapped[str] = mapped_column(String(80))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), default=None, index=True
    )
    phase_key: Mapped[str] = mapped_column(String(60), default="")
    planned_seconds: Mapped[int] = mapped_column(Integer, default=0)
    elapsed_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    extra_seconds: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class Draft(Base):
    """Text that is being typed (the capture line, notes), saved every second so a crash loses nothing."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("meeting_id", "field", name="uq_drafts_meeting_field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
