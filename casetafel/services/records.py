"""Recording what the table sees: observations, governance questions, actions and their votes.

Each call is one committed transaction: once it returns, the record is on disk. Texts are stored
exactly as typed; only an empty text is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from casetafel.domain.document import OwnerKind
from casetafel.domain.records import RecordKind
from casetafel.domain.vocabulary import ActionStatus, FollowUpInstrument, QuestionStatus
from casetafel.services.common import check_exists, code_list, get_or_fail, required_text
from casetafel.services.concurrency import check_unchanged, check_version, flush_versioned, get_for_update
from casetafel.services.errors import ValidationError, translates_storage_errors
from casetafel.services.numbering import Series, next_number
from casetafel.services.taxonomy import TaxonomyService
from casetafel.services.timeline import RecordLabels, TimelineEntry
from casetafel.storage.engine import Database
from casetafel.storage.models import Action, Case, GovernanceQuestion, Meeting, Observation, Participant


@dataclass(frozen=True)
class ObservationInfo:
    id: int
    meeting_id: int
    case_id: int | None
    phase_key: str
    kind: str
    text: str
    domains: tuple[str, ...]
    actors: tuple[str, ...]
    author_role: str
    votes: int
    created_at: datetime
    participant_id: int | None = None  # who said it, from the attendance list
    version: int = 1  # the row's version, named when saving (see services.concurrency)


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    meeting_id: int
    case_id: int | None
    phase_key: str
    text: str
    council_role: str
    theme: str
    addressed_to: str
    instrument: str
    status: str
    owner: str
    due_date: date | None
    answer: str
    votes: int
    created_at: datetime
    number: str = ""
    owner_kind: str = ""
    route: str = ""
    answered_on: date | None = None
    answer_reference: str = ""
    participant_id: int | None = None  # who asked it, from the attendance list
    version: int = 1


@dataclass(frozen=True)
class ActionInfo:
    id: int
    meeting_id: int
    case_id: int | None
    text: str
    owner: str
    due_date: date | None
    status: str
    created_at: datetime
    number: str = ""
    owner_kind: str = ""
    route: str = ""
    answer: str = ""
    instrument: str = "geen"
    answered_on: date | None = None
    answer_reference: str = ""
    version: int = 1


def observation_info(r: Observation) -> ObservationInfo:
    return ObservationInfo(
        r.id, r.meeting_id, r.case_id, r.phase_key, r.kind, r.text, tuple(r.domains or ()),
        tuple(r.actors or ()), r.author_role, r.votes, r.created_at, r.participant_id, version=r.version,
    )  # fmt: skip


def question_info(r: GovernanceQuestion) -> QuestionInfo:
    return QuestionInfo(
        r.id, r.meeting_id, r.case_id, r.phase_key, r.text, r.council_role, r.theme, r.addressed_to,
        r.instrument, r.status, r.owner, r.due_date, r.answer, r.votes, r.created_at, r.number or "",
        r.owner_kind, r.route, r.answered_on, r.answer_reference, r.participant_id, version=r.version,
    )  # fmt: skip


def action_info(r: Action) -> ActionInfo:
    return ActionInfo(
        r.id, r.meeting_id, r.case_id, r.text, r.owner, r.due_date, r.status, r.created_at, r.number or "",
        r.owner_kind, r.route, r.answer, r.instrument, r.answered_on, r.answer_reference, version=r.version,
    )  # fmt: skip


OBSERVATION_FIELDS = {
    "text",
    "kind",
    "phase_key",
    "domains",
    "actors",
    "author_role",
    "votes",
    "participant_id",
}
QUESTION_FIELDS = {
    "text", "council_role", "theme", "addressed_to", "instrument", "status", "owner", "due_date", "answer",
    "votes", "phase_key", "owner_kind", "route", "answer_reference", "participant_id",
}  # fmt: skip
ACTION_FIELDS = {"text", "owner", "due_date", "status", "owner_kind", "route", "answer_reference"}
# What the conflict dialog calls each field (see services.concurrency).
FIELD_LABELS = {
    "text": "Tekst", "kind": "Soort", "phase_key": "Fase", "domains": "Domeinen", "actors": "Wie kan handelen",
    "author_role": "Rol", "votes": "Stemmen", "council_role": "Rol van de raad", "theme": "Thema",
    "addressed_to": "Gericht aan", "instrument": "Instrument", "status": "Status", "owner": "Eigenaar",
    "due_date": "Uiterlijk", "answer": "Antwoord", "owner_kind": "Soort eigenaar", "route": "Route",
    "answer_reference": "Verwijzing", "participant_id": "Deelnemer",
}  # fmt: skip


RecordInfo = ObservationInfo | QuestionInfo | ActionInfo
_KIND_OF_INFO = {
    ObservationInfo: RecordKind.OBSERVATION,
    QuestionInfo: RecordKind.QUESTION,
    ActionInfo: RecordKind.ACTION,
}


@translates_storage_errors
class RecordService:
    """Observations, governance questions and actions: one API by ``RecordKind`` (record, update, delete,
    restore, timeline) over the per-kind calls below."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- one API for every kind -------------------------------------------------------------------
    @staticmethod
    def kind_of(info: RecordInfo) -> RecordKind:
        return _KIND_OF_INFO[type(info)]

    def record(
        self, kind: RecordKind, meeting_id: int, case_id: int | None, text: str, **fields
    ) -> RecordInfo:
        """Record a new item; observations need ``kind_code`` (the observation kind) in ``fields``.

        ``client_ref`` (in ``fields``): the UUID the capturing program gave the line. A line recorded again
        with a ``client_ref`` that is already stored (a resend after a lost acknowledgement) is not stored
        a second time: the stored item is returned, with its number, and no number is used up."""
        kind = RecordKind(kind)
        client_ref = fields.pop("client_ref", None)
        if client_ref:
            return self._record_once(kind, client_ref, meeting_id, case_id, text, fields)
        return self._dispatch(kind, meeting_id, case_id, text, fields)

    def _dispatch(self, kind: RecordKind, meeting_id: int, case_id: int | None, text: str, fields: dict):
        if kind is RecordKind.OBSERVATION:
            return self.record_observation(meeting_id, case_id, fields.pop("kind_code", ""), text, **fields)
        if kind is RecordKind.QUESTION:
            return self.record_question(meeting_id, case_id, text, **fields)
        return self.record_action(meeting_id, case_id, text, **fields)

    def _record_once(
        self, kind: RecordKind, client_ref: str, meeting_id: int, case_id: int | None, text: str, fields: dict
    ) -> RecordInfo:
        model, make = _MODEL_OF_KIND[kind]
        try:
            with self._db.together(), self._db.transaction() as db_session:
                # The check and the insert in one transaction: they commit together.
                existing = db_session.scalars(select(model).where(model.client_ref == client_ref)).first()
                if existing is not None:
                    return make(existing)
                return self._dispatch(kind, meeting_id, case_id, text, dict(fields, client_ref=client_ref))
        except IntegrityError:
            # The same line arrived at the same moment through another connection (a resend while the
            # first attempt was still running on the server): that one was stored.
            found = self.find_by_client_ref(kind, client_ref)
            if found is None:
                raise
            return found

    def find_by_client_ref(self, kind: RecordKind, client_ref: str) -> RecordInfo | None:
        """The item recorded with ``client_ref``, or None when it has not reached the database."""
        model, make = _MODEL_OF_KIND[RecordKind(kind)]
        with self._db.reading() as db_session:
            row = db_session.scalars(select(model).where(model.client_ref == client_ref)).first()
            return make(row) if row is not None else None

    def update(self, kind: RecordKind, ident: int, **changes) -> RecordInfo:
        return {
            RecordKind.OBSERVATION: self.update_observation,
            RecordKind.QUESTION: self.update_question,
            RecordKind.ACTION: self.update_action,
        }[RecordKind(kind)](ident, **changes)

    def delete(
        self, kind: RecordKind, ident: int, *, unchanged_since: RecordInfo | None = None
    ) -> RecordInfo:
        """Delete and return what was deleted, so the caller can offer undo (``restore``); with
        ``unchanged_since`` an ``EditConflictError`` when another client changed it since (undo of a record)."""
        return {
            RecordKind.OBSERVATION: self.delete_observation,
            RecordKind.QUESTION: self.delete_question,
            RecordKind.ACTION: self.delete_action,
        }[RecordKind(kind)](ident, unchanged_since)

    def restore(self, kind: RecordKind, info: RecordInfo) -> RecordInfo:
        """Undo of a delete: the item comes back with its id, number, votes and time."""
        return {
            RecordKind.OBSERVATION: self.restore_observation,
            RecordKind.QUESTION: self.restore_question,
            RecordKind.ACTION: self.restore_action,
        }[RecordKind(kind)](info)

    def labels(self) -> RecordLabels:
        """The labels of every code, read once; ``labels().entry(kind, info)`` shows one item."""
        return RecordLabels(TaxonomyService(self._db).all_labels())

    def timeline(
        self, meeting_id: int, case_id: int | None = None, *, whole_session: bool = False,
        labels: RecordLabels | None = None,
    ) -> list[TimelineEntry]:  # fmt: skip
        """What was recorded in a session, oldest first, with labels: for ``case_id`` (None: the items of
        the session itself), or every item when ``whole_session``."""
        rows: list[tuple[RecordKind, RecordInfo]] = []
        with self._db.reading() as db_session:
            for kind, model, make in (
                (RecordKind.OBSERVATION, Observation, observation_info),
                (RecordKind.QUESTION, GovernanceQuestion, question_info),
                (RecordKind.ACTION, Action, action_info),
            ):
                query = select(model).where(model.meeting_id == meeting_id)
                if not whole_session:
                    query = query.where(
                        model.case_id.is_(None) if case_id is None else model.case_id == case_id
                    )
                rows += [(kind, make(r)) for r in db_session.scalars(query)]
        rows.sort(key=lambda r: (r[1].created_at, r[0].value, r[1].id))
        labels = labels or self.labels()
        return [labels.entry(kind, info) for kind, info in rows]

    def case_timeline(self, case_id: int, labels: RecordLabels | None = None) -> list[TimelineEntry]:
        """Everything recorded about one case over all sessions, oldest first."""
        with self._db.reading() as db_session:
            meetings = sorted(
                {sid for model in (Observation, GovernanceQuestion, Action)
                 for sid in db_session.scalars(select(model.meeting_id).where(model.case_id == case_id))}
            )  # fmt: skip
        labels = labels or self.labels()
        entries = [e for sid in meetings for e in self.timeline(sid, case_id, labels=labels)]
        return sorted(entries, key=lambda e: (e.created_at, e.kind.value, e.info.id))

    # -- observations -----------------------------------------------------------------------------
    def record_observation(
        self,
        meeting_id: int,
        case_id: int | None,
        kind: str,
        text: str,
        *,
        phase_key: str = "",
        domains=(),
        actors=(),
        author_role: str = "",
        participant_id: int | None = None,
        client_ref: str | None = None,
    ) -> ObservationInfo:
        text = required_text(text, "Een observatie")
        if not kind:
            raise ValidationError("Kies de soort observatie.")
        with self._db.transaction() as db_session:
            _check_owner_rows(db_session, meeting_id, case_id)
            _check_participant(db_session, meeting_id, participant_id)
            row = Observation(
                meeting_id=meeting_id,
                case_id=case_id,
                kind=kind,
                text=text,
                phase_key=phase_key,
                domains=code_list(domains),
                actors=code_list(actors),
                author_role=author_role,
                votes=0,
                participant_id=participant_id,
                client_ref=client_ref,
            )
            db_session.add(row)
            db_session.flush()
            return observation_info(row)

    def update_observation(
        self, observation_id: int, *, expected_version: int | None = None, was: dict | None = None, **changes
    ) -> ObservationInfo:
        """``expected_version``/``was``: what this client read (see ``services.concurrency``)."""
        _check_fields(changes, OBSERVATION_FIELDS, "een observatie")
        with self._db.transaction() as db_session:
            row = _versioned_row(db_session, Observation, observation_id, "Observatie", changes,
                                 expected_version, was)  # fmt: skip
            if changes.get("participant_id") is not None:
                _check_participant(db_session, row.meeting_id, int(changes["participant_id"]))
            _apply(row, changes, "Een observatie")
            flush_versioned(db_session, "Deze observatie", observation_id)
            return observation_info(row)

    def delete_observation(self, observation_id: int, unchanged_since=None) -> ObservationInfo:
        """Delete and return what was deleted, so the caller can offer undo."""
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Observation, observation_id, "Observatie")
            check_unchanged(row, unchanged_since, "Deze observatie", FIELD_LABELS)
            info = observation_info(row)
            db_session.delete(row)
            return info

    def restore_observation(self, info: ObservationInfo) -> ObservationInfo:
        """Undo of a delete: put the observation back with its id, votes and time."""
        with self._db.transaction() as db_session:
            row = Observation(
                id=info.id, meeting_id=info.meeting_id, case_id=info.case_id, phase_key=info.phase_key,
                kind=info.kind, text=info.text, domains=list(info.domains), actors=list(info.actors),
                author_role=info.author_role, votes=info.votes, created_at=info.created_at,
                participant_id=info.participant_id,
            )  # fmt: skip
            db_session.add(row)
            db_session.flush()
            return _with_version(db_session, row, observation_info, info.version)

    def list_observations(self, meeting_id: int, case_id: int | None = None) -> list[ObservationInfo]:
        with self._db.reading() as db_session:
            query = select(Observation).where(Observation.meeting_id == meeting_id).order_by(Observation.id)
            if case_id is not None:
                query = query.where(Observation.case_id == case_id)
            return [observation_info(r) for r in db_session.scalars(query)]

    # -- governance questions ---------------------------------------------------------------------
    def record_question(
        self, meeting_id: int, case_id: int | None, text: str, *, client_ref: str | None = None, **fields
    ) -> QuestionInfo:
        text = required_text(text, "Een bestuurlijke vraag")
        _check_fields(fields, QUESTION_FIELDS - {"text"}, "een bestuurlijke vraag")
        with self._db.transaction() as db_session:
            # The number first: its upsert takes the write lock at once (see numbering).
            number = next_number(db_session.connection(), Series.QUESTION, meeting_id)
            _check_owner_rows(db_session, meeting_id, case_id)
            _check_participant(db_session, meeting_id, fields.get("participant_id"))
            row = GovernanceQuestion(
                meeting_id=meeting_id,
                case_id=case_id,
                text=text,
                votes=0,
                number=number,
                client_ref=client_ref,
            )
            row.instrument = FollowUpInstrument.NONE.value
            row.status = QuestionStatus.OPEN.value
            _apply(row, fields, "Een bestuurlijke vraag")
            db_session.add(row)
            db_session.flush()
            return question_info(row)

    def update_question(
        self, question_id: int, *, expected_version: int | None = None, was: dict | None = None, **changes
    ) -> QuestionInfo:
        _check_fields(changes, QUESTION_FIELDS, "een bestuurlijke vraag")
        with self._db.transaction() as db_session:
            row = _versioned_row(db_session, GovernanceQuestion, question_id, "Bestuurlijke vraag", changes,
                                 expected_version, was)  # fmt: skip
            if changes.get("participant_id") is not None:
                _check_participant(db_session, row.meeting_id, int(changes["participant_id"]))
            _apply(row, changes, "Een bestuurlijke vraag")
            flush_versioned(db_session, "Deze bestuurlijke vraag", question_id)
            return question_info(row)

    def delete_question(self, question_id: int, unchanged_since=None) -> QuestionInfo:
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, GovernanceQuestion, question_id, "Bestuurlijke vraag")
            check_unchanged(row, unchanged_since, "Deze bestuurlijke vraag", FIELD_LABELS)
            info = question_info(row)
            db_session.delete(row)
            return info

    def list_questions(
        self, meeting_id: int | None = None, case_id: int | None = None, status: str | None = None
    ) -> list[QuestionInfo]:
        with self._db.reading() as db_session:
            query = select(GovernanceQuestion).order_by(GovernanceQuestion.id)
            if meeting_id is not None:
                query = query.where(GovernanceQuestion.meeting_id == meeting_id)
            if case_id is not None:
                query = query.where(GovernanceQuestion.case_id == case_id)
            if status is not None:
                query = query.where(GovernanceQuestion.status == status)
            return [question_info(r) for r in db_session.scalars(query)]

    # -- actions ----------------------------------------------------------------------------------
    def record_action(
        self,
        meeting_id: int,
        case_id: int | None,
        text: str,
        *,
        owner: str = "",
        due_date: date | None = None,
        owner_kind: str = "",
        route: str = "",
        client_ref: str | None = None,
    ) -> ActionInfo:
        text = required_text(text, "Een afspraak")
        with self._db.transaction() as db_session:
            number = next_number(db_session.connection(), Series.ACTION, meeting_id)
            _check_owner_rows(db_session, meeting_id, case_id)
            row = Action(
                number=number,
                meeting_id=meeting_id,
                case_id=case_id,
                text=text,
                owner=owner,
                due_date=due_date,
                status=ActionStatus.OPEN.value,
                owner_kind=OwnerKind(owner_kind).value if owner else "",
                route=route,
                client_ref=client_ref,
            )
            db_session.add(row)
            db_session.flush()
            return action_info(row)

    def update_action(
        self, action_id: int, *, expected_version: int | None = None, was: dict | None = None, **changes
    ) -> ActionInfo:
        _check_fields(changes, ACTION_FIELDS, "een afspraak")
        with self._db.transaction() as db_session:
            row = _versioned_row(db_session, Action, action_id, "Afspraak", changes, expected_version, was)
            _apply(row, changes, "Een afspraak")
            flush_versioned(db_session, "Deze afspraak", action_id)
            return action_info(row)

    def delete_action(self, action_id: int, unchanged_since=None) -> ActionInfo:
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Action, action_id, "Afspraak")
            check_unchanged(row, unchanged_since, "Deze afspraak", FIELD_LABELS)
            info = action_info(row)
            db_session.delete(row)
            return info

    def restore_question(self, info: QuestionInfo) -> QuestionInfo:
        """Undo of a delete: put the governance question back with its id, number, votes and time."""
        with self._db.transaction() as db_session:
            row = GovernanceQuestion(
                id=info.id, meeting_id=info.meeting_id, case_id=info.case_id, phase_key=info.phase_key,
                text=info.text, council_role=info.council_role, theme=info.theme,
                addressed_to=info.addressed_to, instrument=info.instrument, status=info.status,
                owner=info.owner, due_date=info.due_date, answer=info.answer, votes=info.votes,
                created_at=info.created_at, number=info.number or None, owner_kind=info.owner_kind,
                route=info.route, answered_on=info.answered_on, answer_reference=info.answer_reference,
                participant_id=info.participant_id,
            )  # fmt: skip
            db_session.add(row)
            db_session.flush()
            return _with_version(db_session, row, question_info, info.version)

    def restore_action(self, info: ActionInfo) -> ActionInfo:
        """Undo of a delete: put the action back with its id, number and time."""
        with self._db.transaction() as db_session:
            row = Action(
                id=info.id, meeting_id=info.meeting_id, case_id=info.case_id, text=info.text,
                owner=info.owner, due_date=info.due_date, status=info.status, created_at=info.created_at,
                number=info.number or None, owner_kind=info.owner_kind, route=info.route, answer=info.answer,
                instrument=info.instrument, answered_on=info.answered_on, answer_reference=info.answer_reference,
            )  # fmt: skip
            db_session.add(row)
            db_session.flush()
            return _with_version(db_session, row, action_info, info.version)

    def list_actions(self, meeting_id: int | None = None, status: str | None = None) -> list[ActionInfo]:
        with self._db.reading() as db_session:
            query = select(Action).order_by(Action.due_date.nulls_last(), Action.id)
            if meeting_id is not None:
                query = query.where(Action.meeting_id == meeting_id)
            if status is not None:
                query = query.where(Action.status == status)
            return [action_info(r) for r in db_session.scalars(query)]

    # -- votes ------------------------------------------------------------------------------------
    def set_observation_votes(self, observation_id: int, votes: int) -> ObservationInfo:
        return self.update_observation(observation_id, votes=votes)

    def set_question_votes(self, question_id: int, votes: int) -> QuestionInfo:
        return self.update_question(question_id, votes=votes)


_MODEL_OF_KIND = {
    RecordKind.OBSERVATION: (Observation, observation_info),
    RecordKind.QUESTION: (GovernanceQuestion, question_info),
    RecordKind.ACTION: (Action, action_info),
}


def _check_fields(changes: dict, allowed: set[str], what: str) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Onbekende gegevens voor {what}: {', '.join(sorted(unknown))}.")


def _with_version(db_session, row, make, version: int):
    """A restored row gets back the version it had (an insert starts at 1), so it is exactly as it was."""
    table = row.__table__
    db_session.connection().execute(table.update().where(table.c.id == row.id).values(version=version))
    db_session.expire(row)
    return make(row)


def _versioned_row(db_session, model, ident: int, what: str, changes: dict, expected_version, was):
    """The row to change, locked where the database can, after the version check of this client's save."""
    row = get_for_update(db_session, model, ident, what)
    number = getattr(row, "number", None)
    check_version(
        row, f"{what} {number}" if number else f"Deze {what.lower()}", changes, expected_version, was,
        labels=FIELD_LABELS,
    )  # fmt: skip
    return row


def _check_owner_rows(db_session, meeting_id: int, case_id: int | None) -> None:
    """The session (and case) must exist (a capture checks this each time, so only the ids are asked)."""
    check_exists(db_session, Meeting, meeting_id, "Bijeenkomst")
    if case_id is not None:
        check_exists(db_session, Case, case_id, "Casus")


def _check_participant(db_session, meeting_id: int, participant_id: int | None) -> None:
    """A line is attributed only to a participant of its own session."""
    if participant_id is None:
        return
    found = db_session.scalar(select(Participant.meeting_id).where(Participant.id == participant_id))
    if found != meeting_id:
        raise ValidationError("Deze deelnemer staat niet op de presentielijst van deze bijeenkomst.")


def _apply(row, changes: dict, what: str) -> None:
    try:
        _apply_values(row, changes, what)
    except ValueError as error:
        if isinstance(error, ValidationError):
            raise
        raise ValidationError(f"Ongeldige waarde voor {what.lower()}: {error}.") from error


def _apply_values(row, changes: dict, what: str) -> None:
    for name, value in changes.items():
        if name == "text":
            value = required_text(value, what)
        elif name == "votes":
            value = int(value)
            if value < 0:
                raise ValidationError("Het aantal stemmen kan niet negatief zijn.")
        elif name in ("domains", "actors"):
            value = code_list(value)
        elif name == "status" and isinstance(row, GovernanceQuestion):
            value = QuestionStatus(value).value
        elif name == "status" and isinstance(row, Action):
            value = ActionStatus(value).value
        elif name == "instrument":
            value = FollowUpInstrument(value).value
        elif name == "owner_kind":
            value = OwnerKind(value).value
        elif name == "due_date":
            if value is not None and not isinstance(value, date):
                raise ValidationError("Een deadline is een datum.")
        elif name == "participant_id":
            value = None if value is None else int(value)
        else:
            value = "" if value is None else str(value)
        setattr(row, name, value)
