"""Planning sessions of the case table: details, status, participants and the agenda of cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from casetafel.domain.vocabulary import SessionStatus
from casetafel.services.common import get_or_fail
from casetafel.services.errors import ValidationError
from casetafel.storage.engine import Database
from casetafel.storage.models import AgendaItem, Case, FacilitationRun, Meeting, MethodTemplate, Participant

DETAIL_FIELDS = (
    "title",
    "starts_at",
    "ends_at",
    "location",
    "municipality",
    "facilitator",
    "template_id",
    "notes",
    "evaluation",
)


@dataclass(frozen=True)
class SessionSummary:
    id: int
    title: str
    starts_at: datetime | None
    location: str
    status: str
    case_count: int


@dataclass(frozen=True)
class ResumableRun:
    session_id: int
    title: str
    step_key: str
    updated_at: datetime


@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    position: int
    role: str
    name: str
    party: str
    present: bool


@dataclass(frozen=True)
class AgendaItemInfo:
    id: int
    position: int
    case_id: int
    case_code: str
    case_title: str
    anonymisation_confirmed: bool
    phase_minutes: dict[str, int]


@dataclass(frozen=True)
class SessionInfo:
    id: int
    title: str
    starts_at: datetime | None
    ends_at: datetime | None
    location: str
    municipality: str
    facilitator: str
    template_id: int | None
    status: str
    notes: str
    evaluation: str
    participants: tuple[ParticipantInfo, ...]
    agenda: tuple[AgendaItemInfo, ...]
    created_at: datetime
    updated_at: datetime


def _participant(row: Participant) -> ParticipantInfo:
    return ParticipantInfo(row.id, row.position, row.role, row.name, row.party, row.present)


def _agenda_item(row: AgendaItem) -> AgendaItemInfo:
    return AgendaItemInfo(
        id=row.id,
        position=row.position,
        case_id=row.case_id,
        case_code=row.case.code,
        case_title=row.case.title,
        anonymisation_confirmed=row.case.anonymisation_confirmed_at is not None,
        phase_minutes={str(k): int(v) for k, v in (row.phase_minutes or {}).items()},
    )


def session_info(row: Meeting) -> SessionInfo:
    return SessionInfo(
        id=row.id,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        location=row.location,
        municipality=row.municipality,
        facilitator=row.facilitator,
        template_id=row.template_id,
        status=row.status,
        notes=row.notes,
        evaluation=row.evaluation,
        participants=tuple(_participant(p) for p in row.participants),
        agenda=tuple(_agenda_item(a) for a in row.agenda),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- sessions ---------------------------------------------------------------------------------
    def list_sessions(self, *, status: str | None = None) -> list[SessionSummary]:
        with self._db.reading() as session:
            counts = (
                select(AgendaItem.meeting_id, func.count().label("n"))
                .group_by(AgendaItem.meeting_id)
                .subquery()
            )
            query = (
                select(
                    Meeting.id, Meeting.title, Meeting.starts_at, Meeting.location, Meeting.status, counts.c.n
                )
                .outerjoin(counts, counts.c.meeting_id == Meeting.id)
                .order_by(Meeting.starts_at.desc().nulls_last(), Meeting.id.desc())
            )
            if status:
                query = query.where(Meeting.status == status)
            return [
                SessionSummary(r.id, r.title, r.starts_at, r.location, r.status, r.n or 0)
                for r in session.execute(query)
            ]

    def resumable_runs(self) -> list[ResumableRun]:
        """Sessions that are "bezig" with an unfinished run of the table: offered for resuming at start-up."""
        with self._db.reading() as session:
            rows = session.execute(
                select(Meeting.id, Meeting.title, FacilitationRun.step_key, FacilitationRun.updated_at)
                .join(FacilitationRun, FacilitationRun.meeting_id == Meeting.id)
                .where(Meeting.status == SessionStatus.RUNNING.value, FacilitationRun.finished_at.is_(None))
                .order_by(FacilitationRun.updated_at.desc())
            )
            return [ResumableRun(r.id, r.title, r.step_key, r.updated_at) for r in rows]

    def get_session(self, session_id: int) -> SessionInfo:
        with self._db.reading() as session:
            row = session.scalar(
                select(Meeting)
                .where(Meeting.id == session_id)
                .options(
                    selectinload(Meeting.participants),
                    selectinload(Meeting.agenda).selectinload(AgendaItem.case),
                )
            )
            if row is None:
                get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            return session_info(row)

    def create_session(self, title: str = "", starts_at: datetime | None = None, **details) -> SessionInfo:
        with self._db.transaction() as session:
            row = Meeting(title=title or "Nieuwe bijeenkomst", starts_at=starts_at)
            _apply_details(row, details)
            if row.template_id is None:
                row.template_id = session.scalar(
                    select(MethodTemplate.id).order_by(MethodTemplate.is_default.desc(), MethodTemplate.id)
                )
            session.add(row)
            session.flush()
            return session_info(row)

    def update_session(self, session_id: int, **details) -> SessionInfo:
        with self._db.transaction() as session:
            row = get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            _apply_details(row, details)
            session.flush()
            return session_info(row)

    def set_status(self, session_id: int, status: SessionStatus | str) -> SessionInfo:
        status = SessionStatus(status)
        with self._db.transaction() as session:
            row = get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            row.status = status.value
            session.flush()
            return session_info(row)

    def delete_session(self, session_id: int) -> None:
        with self._db.transaction() as session:
            session.delete(get_or_fail(session, Meeting, session_id, "Bijeenkomst"))

    # -- participants -----------------------------------------------------------------------------
    def add_participant(self, session_id: int, role: str, name: str = "", party: str = "") -> ParticipantInfo:
        if not role:
            raise ValidationError("Kies de rol van de deelnemer.")
        with self._db.transaction() as session:
            get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            position = session.scalar(
                select(func.coalesce(func.max(Participant.position), -1)).where(
                    Participant.meeting_id == session_id
                )
            )
            row = Participant(meeting_id=session_id, role=role, name=name, party=party, position=position + 1)
            session.add(row)
            session.flush()
            return _participant(row)

    def update_participant(self, participant_id: int, **changes) -> ParticipantInfo:
        if set(changes) - {"role", "name", "party", "present"}:
            raise ValidationError("Onbekend gegeven voor een deelnemer.")
        with self._db.transaction() as session:
            row = get_or_fail(session, Participant, participant_id, "Deelnemer")
            for name, value in changes.items():
                setattr(row, name, bool(value) if name == "present" else str(value))
            session.flush()
            return _participant(row)

    def remove_participant(self, participant_id: int) -> None:
        with self._db.transaction() as session:
            session.delete(get_or_fail(session, Participant, participant_id, "Deelnemer"))

    def copy_participants(self, from_session_id: int, to_session_id: int) -> list[ParticipantInfo]:
        """Add the participants of an earlier session that the target does not have yet."""
        with self._db.transaction() as session:
            source = get_or_fail(session, Meeting, from_session_id, "Bijeenkomst")
            target = get_or_fail(session, Meeting, to_session_id, "Bijeenkomst")
            have = {(p.role, p.name, p.party) for p in target.participants}
            position = max((p.position for p in target.participants), default=-1)
            added = []
            for p in source.participants:
                if (p.role, p.name, p.party) in have:
                    continue
                position += 1
                row = Participant(
                    meeting_id=target.id, role=p.role, name=p.name, party=p.party, position=position
                )
                session.add(row)
                added.append(row)
            session.flush()
            return [_participant(row) for row in added]

    # -- agenda -----------------------------------------------------------------------------------
    def add_to_agenda(self, session_id: int, case_id: int) -> AgendaItemInfo:
        with self._db.transaction() as session:
            get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            case = get_or_fail(session, Case, case_id, "Casus")
            exists = session.scalar(
                select(AgendaItem).where(AgendaItem.meeting_id == session_id, AgendaItem.case_id == case_id)
            )
            if exists:
                raise ValidationError(f"Casus {case.code} staat al op de agenda.")
            position = session.scalar(
                select(func.coalesce(func.max(AgendaItem.position), -1)).where(
                    AgendaItem.meeting_id == session_id
                )
            )
            row = AgendaItem(meeting_id=session_id, case_id=case_id, position=position + 1, phase_minutes={})
            session.add(row)
            session.flush()
            return _agenda_item(row)

    def remove_from_agenda(self, item_id: int) -> None:
        with self._db.transaction() as session:
            row = get_or_fail(session, AgendaItem, item_id, "Agendapunt")
            meeting_id = row.meeting_id
            session.delete(row)
            session.flush()
            _renumber(session, meeting_id)

    def move_agenda_item(self, item_id: int, new_position: int) -> list[AgendaItemInfo]:
        """Move an item to ``new_position`` (0-based, clamped); returns the agenda in its new order."""
        with self._db.transaction() as session:
            row = get_or_fail(session, AgendaItem, item_id, "Agendapunt")
            items = list(
                session.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.meeting_id == row.meeting_id)
                    .order_by(AgendaItem.position)
                )
            )
            items.remove(row)
            items.insert(max(0, min(new_position, len(items))), row)
            for position, item in enumerate(items):
                item.position = position
            session.flush()
            return [_agenda_item(item) for item in items]

    def set_phase_minutes(self, item_id: int, phase_key: str, minutes: int | None) -> AgendaItemInfo:
        """Override the minutes of one phase for one case; ``None`` returns to the template's minutes."""
        if minutes is not None and not (0 < int(minutes) <= 600):
            raise ValidationError("Het aantal minuten ligt tussen 1 en 600.")
        with self._db.transaction() as session:
            row = get_or_fail(session, AgendaItem, item_id, "Agendapunt")
            minutes_by_phase = dict(row.phase_minutes or {})
            if minutes is None:
                minutes_by_phase.pop(phase_key, None)
            else:
                minutes_by_phase[phase_key] = int(minutes)
            row.phase_minutes = minutes_by_phase
            session.flush()
            return _agenda_item(row)


def _apply_details(row: Meeting, details: dict) -> None:
    unknown = set(details) - set(DETAIL_FIELDS)
    if unknown:
        raise ValidationError(f"Onbekende gegevens voor een bijeenkomst: {', '.join(sorted(unknown))}.")
    for name, value in details.items():
        if name in ("starts_at", "ends_at", "template_id"):
            setattr(row, name, value)
        else:
            setattr(row, name, str(value))
    if row.starts_at and row.ends_at and row.ends_at < row.starts_at:
        raise ValidationError("Het einde van de bijeenkomst ligt vóór het begin.")


def _renumber(session, meeting_id: int) -> None:
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
    )
    for position, item in enumerate(items):
        item.position = position
