"""Planning sessions of the case table: details, status, participants and the agenda of cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casetafel.domain.document import DocumentStatus
from casetafel.domain.vocabulary import MeetingStatus
from casetafel.services.common import get_or_fail
from casetafel.services.concurrency import (
    UNKNOWN,
    EditConflictError,
    check_version,
    conflicting_fields,
    flush_versioned,
    get_for_update,
)
from casetafel.services.errors import NotFoundError, ValidationError, translates_storage_errors
from casetafel.storage import tables
from casetafel.storage.engine import Database

if TYPE_CHECKING:  # the ORM classes load on the first change (see storage/tables.py)
    from casetafel.storage.models import AgendaItem, Meeting

# Document control of the session's report (see domain/document.py).
DOCUMENT_FIELDS = ("doc_status", "doc_version", "adopted_on", "addressee", "griffie_contact", "reference")
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
    *DOCUMENT_FIELDS,
)
# What the conflict dialog calls each field (see services.concurrency).
DETAIL_LABELS = {
    "title": "Titel", "starts_at": "Begin", "ends_at": "Einde", "location": "Locatie",
    "municipality": "Gemeente", "facilitator": "Gespreksleider", "template_id": "Werkvorm",
    "notes": "Notities", "evaluation": "Evaluatie", "doc_status": "Status van het verslag",
    "doc_version": "Versie van het verslag", "adopted_on": "Vastgesteld op", "addressee": "Geadresseerde",
    "griffie_contact": "Contactpersoon griffie", "reference": "Kenmerk",
}  # fmt: skip
PARTICIPANT_FIELDS = ("role", "name", "party", "present", "login")
PARTICIPANT_LABELS = {
    "role": "Rol", "name": "Naam", "party": "Partij of organisatie", "present": "Aanwezig", "login": "Login",
}  # fmt: skip


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    title: str
    starts_at: datetime | None
    location: str
    status: str
    case_count: int


@dataclass(frozen=True)
class ResumableRun:
    meeting_id: int
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
    login: str = ""  # the server login of a council member ('' = none)
    version: int = 1  # the row's version, named when saving (see services.concurrency)


@dataclass(frozen=True)
class AgendaItemInfo:
    id: int
    position: int
    case_id: int
    case_code: str
    case_title: str
    anonymisation_confirmed: bool
    phase_minutes: dict[str, int]
    version: int = 1  # the row's version, named when saving (see services.concurrency)


@dataclass(frozen=True)
class MeetingInfo:
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
    doc_status: str = DocumentStatus.CONCEPT.value
    doc_version: str = ""
    adopted_on: date | None = None
    addressee: str = ""
    griffie_contact: str = ""
    reference: str = ""
    version: int = 1  # the row's version, named when saving (see services.concurrency)


def _participant(row) -> ParticipantInfo:
    """From a ``Participant`` or a row of the participants table (the same names)."""
    return ParticipantInfo(
        row.id, row.position, row.role, row.name, row.party, row.present, row.login, version=row.version
    )


def _agenda_info(row, case_code: str, case_title: str, confirmed_at: datetime | None) -> AgendaItemInfo:
    return AgendaItemInfo(
        id=row.id,
        position=row.position,
        case_id=row.case_id,
        case_code=case_code,
        case_title=case_title,
        anonymisation_confirmed=confirmed_at is not None,
        phase_minutes={str(k): int(v) for k, v in (row.phase_minutes or {}).items()},
        version=row.version,
    )


def _agenda_item(row: AgendaItem) -> AgendaItemInfo:
    return _agenda_info(row, row.case.code, row.case.title, row.case.anonymisation_confirmed_at)


def _read_meeting(db_session: Session, meeting_id: int) -> MeetingInfo:
    """The whole session from the database (inside ``session``, after a flush of its changes).

    Sessions are read with plain table queries: the main window shows one at start-up, and the ORM
    classes load when something is first changed (see ``storage/tables.py``)."""
    meeting = db_session.execute(
        select(tables.meetings).where(tables.meetings.c.id == meeting_id)
    ).one_or_none()
    if meeting is None:
        raise NotFoundError("Bijeenkomst", meeting_id)
    people = db_session.execute(
        select(tables.participants)
        .where(tables.participants.c.meeting_id == meeting_id)
        .order_by(tables.participants.c.position, tables.participants.c.id)
    )
    agenda = db_session.execute(
        select(
            tables.agenda_items,
            tables.cases.c.code,
            tables.cases.c.title.label("case_title"),
            tables.cases.c.anonymisation_confirmed_at,
        )
        .join(tables.cases, tables.cases.c.id == tables.agenda_items.c.case_id)
        .where(tables.agenda_items.c.meeting_id == meeting_id)
        .order_by(tables.agenda_items.c.position, tables.agenda_items.c.id)
    )
    return MeetingInfo(
        id=meeting.id,
        title=meeting.title,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        location=meeting.location,
        municipality=meeting.municipality,
        facilitator=meeting.facilitator,
        template_id=meeting.template_id,
        status=meeting.status,
        notes=meeting.notes,
        evaluation=meeting.evaluation,
        participants=tuple(_participant(p) for p in people),
        agenda=tuple(_agenda_info(a, a.code, a.case_title, a.anonymisation_confirmed_at) for a in agenda),
        created_at=meeting.created_at,
        updated_at=meeting.updated_at,
        doc_status=meeting.doc_status,
        doc_version=meeting.doc_version,
        adopted_on=meeting.adopted_on,
        addressee=meeting.addressee,
        griffie_contact=meeting.griffie_contact,
        reference=meeting.reference,
        version=meeting.version,
    )


@translates_storage_errors
class MeetingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- sessions ---------------------------------------------------------------------------------
    def last_discussed(self) -> dict[int, datetime | None]:
        """Case id -> the start of the latest session that ran or finished with the case on its agenda."""
        agenda, meetings = tables.agenda_items.c, tables.meetings.c
        done = (MeetingStatus.RUNNING.value, MeetingStatus.FINISHED.value)
        query = (
            select(agenda.case_id, func.max(meetings.starts_at))
            .join(tables.meetings, meetings.id == agenda.meeting_id)
            .where(meetings.status.in_(done))
            .group_by(agenda.case_id)
        )
        with self._db.reading() as db_session:
            return {case_id: when for case_id, when in db_session.execute(query)}

    def list_meetings(self, *, status: str | None = None) -> list[MeetingSummary]:
        meetings = tables.meetings.c
        with self._db.reading() as db_session:
            counts = (
                select(tables.agenda_items.c.meeting_id, func.count().label("n"))
                .group_by(tables.agenda_items.c.meeting_id)
                .subquery()
            )
            query = (
                select(
                    meetings.id,
                    meetings.title,
                    meetings.starts_at,
                    meetings.location,
                    meetings.status,
                    counts.c.n,
                )
                .outerjoin(counts, counts.c.meeting_id == meetings.id)
                .order_by(meetings.starts_at.desc().nulls_last(), meetings.id.desc())
            )
            if status:
                query = query.where(meetings.status == status)
            return [
                MeetingSummary(r.id, r.title, r.starts_at, r.location, r.status, r.n or 0)
                for r in db_session.execute(query)
            ]

    def resumable_runs(self) -> list[ResumableRun]:
        """Sessions that are "bezig" with an unfinished run of the table: offered for resuming at start-up."""
        meetings, runs = tables.meetings.c, tables.facilitation_runs.c
        with self._db.reading() as db_session:
            rows = db_session.execute(
                select(meetings.id, meetings.title, runs.step_key, runs.updated_at)
                .join(tables.facilitation_runs, runs.meeting_id == meetings.id)
                .where(meetings.status == MeetingStatus.RUNNING.value, runs.finished_at.is_(None))
                .order_by(runs.updated_at.desc())
            )
            return [ResumableRun(r.id, r.title, r.step_key, r.updated_at) for r in rows]

    def get_meeting(self, meeting_id: int) -> MeetingInfo:
        with self._db.reading() as db_session:
            return _read_meeting(db_session, meeting_id)

    def create_meeting(self, title: str = "", starts_at: datetime | None = None, **details) -> MeetingInfo:
        from casetafel.storage.models import Meeting, MethodTemplate

        with self._db.transaction() as db_session:
            row = Meeting(title=title or "Nieuwe bijeenkomst", starts_at=starts_at)
            _apply_details(row, details)
            if row.template_id is None:
                row.template_id = db_session.scalar(
                    select(MethodTemplate.id).order_by(MethodTemplate.is_default.desc(), MethodTemplate.id)
                )
            db_session.add(row)
            db_session.flush()
            return _read_meeting(db_session, row.id)

    def update_meeting(
        self, meeting_id: int, *, expected_version: int | None = None, was: dict | None = None, **details
    ) -> MeetingInfo:
        """Change details of a session; ``expected_version``/``was``: what this client read (an
        ``EditConflictError`` when another client changed the same fields since)."""
        from casetafel.storage.models import Meeting

        with self._db.transaction() as db_session:
            row = get_for_update(db_session, Meeting, meeting_id, "Bijeenkomst")
            check_version(row, "Deze bijeenkomst", details, expected_version, was, labels=DETAIL_LABELS)
            _apply_details(row, details)
            flush_versioned(db_session, "Deze bijeenkomst", meeting_id)
            return _read_meeting(db_session, row.id)

    def set_status(self, meeting_id: int, status: MeetingStatus | str) -> MeetingInfo:
        from casetafel.storage.models import Meeting

        status = MeetingStatus(status)
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst")
            row.status = status.value
            db_session.flush()
            return _read_meeting(db_session, row.id)

    def delete_meeting(self, meeting_id: int) -> None:
        from casetafel.storage.models import Meeting

        with self._db.transaction() as db_session:
            db_session.delete(get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst"))

    # -- participants -----------------------------------------------------------------------------
    def add_participant(self, meeting_id: int, role: str, name: str = "", party: str = "") -> ParticipantInfo:
        from casetafel.storage.models import Meeting, Participant

        if not role:
            raise ValidationError("Kies de rol van de deelnemer.")
        with self._db.transaction() as db_session:
            get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst")
            position = db_session.scalar(
                select(func.coalesce(func.max(Participant.position), -1)).where(
                    Participant.meeting_id == meeting_id
                )
            )
            row = Participant(meeting_id=meeting_id, role=role, name=name, party=party, position=position + 1)
            db_session.add(row)
            db_session.flush()
            return _participant(row)

    def update_participant(
        self, participant_id: int, *, expected_version: int | None = None, was: dict | None = None, **changes
    ) -> ParticipantInfo:
        """Change a participant; ``expected_version``/``was``: what this client read (an
        ``EditConflictError`` when another client changed the same fields since; a ``NotFoundError`` when
        another client removed the participant)."""
        from casetafel.storage.models import Participant

        if set(changes) - set(PARTICIPANT_FIELDS):
            raise ValidationError("Onbekend gegeven voor een deelnemer.")
        changes = {name: bool(v) if name == "present" else str(v) for name, v in changes.items()}
        with self._db.transaction() as db_session:
            row = get_for_update(db_session, Participant, participant_id, "Deelnemer")
            what = f"Deelnemer {row.name or row.role}".strip()
            check_version(row, what, changes, expected_version, was, labels=PARTICIPANT_LABELS)
            for name, value in changes.items():
                setattr(row, name, value)
            flush_versioned(db_session, what, participant_id)
            return _participant(row)

    def remove_participant(self, participant_id: int) -> None:
        from casetafel.storage.models import Participant

        with self._db.transaction() as db_session:
            db_session.delete(get_or_fail(db_session, Participant, participant_id, "Deelnemer"))

    def copy_participants(self, from_meeting_id: int, to_meeting_id: int) -> list[ParticipantInfo]:
        """Add the participants of an earlier session that the target does not have yet."""
        from casetafel.storage.models import Meeting, Participant

        with self._db.transaction() as db_session:
            source = get_or_fail(db_session, Meeting, from_meeting_id, "Bijeenkomst")
            target = get_or_fail(db_session, Meeting, to_meeting_id, "Bijeenkomst")
            have = {(p.role, p.name, p.party) for p in target.participants}
            position = max((p.position for p in target.participants), default=-1)
            added = []
            for p in source.participants:
                if (p.role, p.name, p.party) in have:
                    continue
                position += 1
                row = Participant(
                    meeting_id=target.id,
                    role=p.role,
                    name=p.name,
                    party=p.party,
                    position=position,
                    login=p.login,
                )
                db_session.add(row)
                added.append(row)
            db_session.flush()
            return [_participant(row) for row in added]

    # -- agenda -----------------------------------------------------------------------------------
    def add_to_agenda(self, meeting_id: int, case_id: int) -> AgendaItemInfo:
        from casetafel.storage.models import AgendaItem, Case, Meeting

        with self._db.transaction() as db_session:
            get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst")
            case = get_or_fail(db_session, Case, case_id, "Casus")
            exists = db_session.scalar(
                select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.case_id == case_id)
            )
            if exists:
                raise ValidationError(f"Casus {case.code} staat al op de agenda.")
            position = db_session.scalar(
                select(func.coalesce(func.max(AgendaItem.position), -1)).where(
                    AgendaItem.meeting_id == meeting_id
                )
            )
            row = AgendaItem(meeting_id=meeting_id, case_id=case_id, position=position + 1, phase_minutes={})
            db_session.add(row)
            db_session.flush()
            return _agenda_item(row)

    def remove_from_agenda(self, item_id: int) -> None:
        from casetafel.storage.models import AgendaItem

        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, AgendaItem, item_id, "Agendapunt")
            meeting_id = row.meeting_id
            db_session.delete(row)
            db_session.flush()
            _renumber(db_session, meeting_id)

    def move_agenda_item(self, item_id: int, new_position: int) -> list[AgendaItemInfo]:
        """Move an item to ``new_position`` (0-based, clamped); returns the agenda in its new order."""
        from casetafel.storage.models import AgendaItem

        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, AgendaItem, item_id, "Agendapunt")
            items = list(
                db_session.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.meeting_id == row.meeting_id)
                    .order_by(AgendaItem.position)
                )
            )
            items.remove(row)
            items.insert(max(0, min(new_position, len(items))), row)
            for position, item in enumerate(items):
                item.position = position
            db_session.flush()
            return [_agenda_item(item) for item in items]

    def set_phase_minutes(
        self,
        item_id: int,
        phase_key: str,
        minutes: int | None,
        *,
        expected_version: int | None = None,
        was: Any = UNKNOWN,
    ) -> AgendaItemInfo:
        """Override the minutes of one phase for one case; ``None`` returns to the template's minutes.

        ``expected_version``/``was``: the item's version and this phase's minutes as this client read them;
        an ``EditConflictError`` when another client set this phase differently since (another phase or
        the order is no conflict), a ``NotFoundError`` when another client took the case off the agenda."""
        from casetafel.storage.models import AgendaItem

        if minutes is not None and not (0 < int(minutes) <= 600):
            raise ValidationError("Het aantal minuten ligt tussen 1 en 600.")
        with self._db.transaction() as db_session:
            row = get_for_update(db_session, AgendaItem, item_id, "Agendapunt")
            if expected_version is not None and row.version != expected_version:
                _check_minutes(db_session, row, phase_key, minutes, was)
            minutes_by_phase = dict(row.phase_minutes or {})
            if minutes is None:
                minutes_by_phase.pop(phase_key, None)
            else:
                minutes_by_phase[phase_key] = int(minutes)
            row.phase_minutes = minutes_by_phase
            flush_versioned(db_session, f"Agendapunt {row.case.code}", item_id)
            return _agenda_item(row)


def _check_minutes(db_session, row: AgendaItem, phase_key: str, minutes: int | None, was: Any) -> None:
    """Refuse when another client set this phase's minutes of this case differently since this client
    read them (``was``); the conflict is labelled with the phase's name in the session's method."""
    from casetafel.storage.models import Meeting, TemplatePhase

    stored = {phase_key: (row.phase_minutes or {}).get(phase_key)}
    template_id = db_session.get(Meeting, row.meeting_id).template_id
    name = db_session.scalar(
        select(TemplatePhase.name).where(
            TemplatePhase.template_id == template_id, TemplatePhase.key == phase_key
        )
    )
    label = f"Minuten voor {name or phase_key}"
    fields = conflicting_fields(stored, {phase_key: minutes}, {phase_key: was}, {phase_key: label})
    if fields:
        raise EditConflictError(f"Agendapunt {row.case.code}", row.id, row.version, fields)


def _apply_details(row: Meeting, details: dict) -> None:
    unknown = set(details) - set(DETAIL_FIELDS)
    if unknown:
        raise ValidationError(f"Onbekende gegevens voor een bijeenkomst: {', '.join(sorted(unknown))}.")
    for name, value in details.items():
        if name in ("starts_at", "ends_at", "template_id"):
            setattr(row, name, value)
        elif name == "adopted_on":
            if value is not None and not isinstance(value, date):
                raise ValidationError("De datum van vaststelling is geen datum.")
            row.adopted_on = value
        elif name == "doc_status":
            try:
                row.doc_status = DocumentStatus(value).value
            except ValueError as error:
                raise ValidationError("De status van het verslag is concept of definitief.") from error
        else:
            setattr(row, name, str(value))
    if row.starts_at and row.ends_at and row.ends_at < row.starts_at:
        raise ValidationError("Het einde van de bijeenkomst ligt vóór het begin.")


def _renumber(db_session, meeting_id: int) -> None:
    from casetafel.storage.models import AgendaItem

    items = db_session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
    )
    for position, item in enumerate(items):
        item.position = position
