"""Recording what the table sees: observations, governance questions, actions and their votes.

Each call is one committed transaction: once it returns, the record is on disk. Texts are stored
exactly as typed; only an empty text is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from casetafel.domain.document import OwnerKind
from casetafel.domain.vocabulary import ActionStatus, FollowUpInstrument, QuestionStatus
from casetafel.services.common import check_exists, code_list, get_or_fail, required_text
from casetafel.services.errors import ValidationError
from casetafel.storage.engine import Database
from casetafel.storage.models import Action, Case, GovernanceQuestion, Meeting, Observation


@dataclass(frozen=True)
class ObservationInfo:
    id: int
    session_id: int
    case_id: int | None
    phase_key: str
    kind: str
    text: str
    domains: tuple[str, ...]
    actors: tuple[str, ...]
    author_role: str
    votes: int
    created_at: datetime


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    session_id: int
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
    owner_kind: str = ""
    route: str = ""


@dataclass(frozen=True)
class ActionInfo:
    id: int
    session_id: int
    case_id: int | None
    text: str
    owner: str
    due_date: date | None
    status: str
    created_at: datetime
    owner_kind: str = ""
    route: str = ""


def observation_info(r: Observation) -> ObservationInfo:
    return ObservationInfo(
        r.id, r.meeting_id, r.case_id, r.phase_key, r.kind, r.text, tuple(r.domains or ()),
        tuple(r.actors or ()), r.author_role, r.votes, r.created_at,
    )  # fmt: skip


def question_info(r: GovernanceQuestion) -> QuestionInfo:
    return QuestionInfo(
        r.id, r.meeting_id, r.case_id, r.phase_key, r.text, r.council_role, r.theme, r.addressed_to,
        r.instrument, r.status, r.owner, r.due_date, r.answer, r.votes, r.created_at, r.owner_kind, r.route,
    )  # fmt: skip


def action_info(r: Action) -> ActionInfo:
    return ActionInfo(
        r.id, r.meeting_id, r.case_id, r.text, r.owner, r.due_date, r.status, r.created_at, r.owner_kind, r.route
    )  # fmt: skip


OBSERVATION_FIELDS = {"text", "kind", "phase_key", "domains", "actors", "author_role", "votes"}
QUESTION_FIELDS = {
    "text", "council_role", "theme", "addressed_to", "instrument", "status", "owner", "due_date", "answer",
    "votes", "phase_key", "owner_kind", "route",
}  # fmt: skip
ACTION_FIELDS = {"text", "owner", "due_date", "status", "owner_kind", "route"}


class RecordService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- observations -----------------------------------------------------------------------------
    def record_observation(
        self,
        session_id: int,
        case_id: int | None,
        kind: str,
        text: str,
        *,
        phase_key: str = "",
        domains=(),
        actors=(),
        author_role: str = "",
    ) -> ObservationInfo:
        text = required_text(text, "Een observatie")
        if not kind:
            raise ValidationError("Kies de soort observatie.")
        with self._db.transaction() as session:
            _check_owner_rows(session, session_id, case_id)
            row = Observation(
                meeting_id=session_id,
                case_id=case_id,
                kind=kind,
                text=text,
                phase_key=phase_key,
                domains=code_list(domains),
                actors=code_list(actors),
                author_role=author_role,
                votes=0,
            )
            session.add(row)
            session.flush()
            return observation_info(row)

    def update_observation(self, observation_id: int, **changes) -> ObservationInfo:
        _check_fields(changes, OBSERVATION_FIELDS, "een observatie")
        with self._db.transaction() as session:
            row = get_or_fail(session, Observation, observation_id, "Observatie")
            _apply(row, changes, "Een observatie")
            session.flush()
            return observation_info(row)

    def delete_observation(self, observation_id: int) -> ObservationInfo:
        """Delete and return what was deleted, so the caller can offer undo."""
        with self._db.transaction() as session:
            row = get_or_fail(session, Observation, observation_id, "Observatie")
            info = observation_info(row)
            session.delete(row)
            return info

    def restore_observation(self, info: ObservationInfo) -> ObservationInfo:
        """Undo of a delete: put the observation back with its id, votes and time."""
        with self._db.transaction() as session:
            row = Observation(
                id=info.id, meeting_id=info.session_id, case_id=info.case_id, phase_key=info.phase_key,
                kind=info.kind, text=info.text, domains=list(info.domains), actors=list(info.actors),
                author_role=info.author_role, votes=info.votes, created_at=info.created_at,
            )  # fmt: skip
            session.add(row)
            session.flush()
            return observation_info(row)

    def list_observations(self, session_id: int, case_id: int | None = None) -> list[ObservationInfo]:
        with self._db.reading() as session:
            query = select(Observation).where(Observation.meeting_id == session_id).order_by(Observation.id)
            if case_id is not None:
                query = query.where(Observation.case_id == case_id)
            return [observation_info(r) for r in session.scalars(query)]

    # -- governance questions ---------------------------------------------------------------------
    def record_question(self, session_id: int, case_id: int | None, text: str, **fields) -> QuestionInfo:
        text = required_text(text, "Een bestuurlijke vraag")
        _check_fields(fields, QUESTION_FIELDS - {"text"}, "een bestuurlijke vraag")
        with self._db.transaction() as session:
            _check_owner_rows(session, session_id, case_id)
            row = GovernanceQuestion(meeting_id=session_id, case_id=case_id, text=text, votes=0)
            row.instrument = FollowUpInstrument.NONE.value
            row.status = QuestionStatus.OPEN.value
            _apply(row, fields, "Een bestuurlijke vraag")
            session.add(row)
            session.flush()
            return question_info(row)

    def update_question(self, question_id: int, **changes) -> QuestionInfo:
        _check_fields(changes, QUESTION_FIELDS, "een bestuurlijke vraag")
        with self._db.transaction() as session:
            row = get_or_fail(session, GovernanceQuestion, question_id, "Bestuurlijke vraag")
            _apply(row, changes, "Een bestuurlijke vraag")
            session.flush()
            return question_info(row)

    def delete_question(self, question_id: int) -> QuestionInfo:
        with self._db.transaction() as session:
            row = get_or_fail(session, GovernanceQuestion, question_id, "Bestuurlijke vraag")
            info = question_info(row)
            session.delete(row)
            return info

    def list_questions(
        self, session_id: int | None = None, case_id: int | None = None, status: str | None = None
    ) -> list[QuestionInfo]:
        with self._db.reading() as session:
            query = select(GovernanceQuestion).order_by(GovernanceQuestion.id)
            if session_id is not None:
                query = query.where(GovernanceQuestion.meeting_id == session_id)
            if case_id is not None:
                query = query.where(GovernanceQuestion.case_id == case_id)
            if status is not None:
                query = query.where(GovernanceQuestion.status == status)
            return [question_info(r) for r in session.scalars(query)]

    # -- actions ----------------------------------------------------------------------------------
    def record_action(
        self,
        session_id: int,
        case_id: int | None,
        text: str,
        *,
        owner: str = "",
        due_date: date | None = None,
        owner_kind: str = "",
        route: str = "",
    ) -> ActionInfo:
        text = required_text(text, "Een afspraak")
        with self._db.transaction() as session:
            _check_owner_rows(session, session_id, case_id)
            row = Action(
                meeting_id=session_id,
                case_id=case_id,
                text=text,
                owner=owner,
                due_date=due_date,
                status=ActionStatus.OPEN.value,
                owner_kind=OwnerKind(owner_kind).value if owner else "",
                route=route,
            )
            session.add(row)
            session.flush()
            return action_info(row)

    def update_action(self, action_id: int, **changes) -> ActionInfo:
        _check_fields(changes, ACTION_FIELDS, "een afspraak")
        with self._db.transaction() as session:
            row = get_or_fail(session, Action, action_id, "Afspraak")
            _apply(row, changes, "Een afspraak")
            session.flush()
            return action_info(row)

    def delete_action(self, action_id: int) -> ActionInfo:
        with self._db.transaction() as session:
            row = get_or_fail(session, Action, action_id, "Afspraak")
            info = action_info(row)
            session.delete(row)
            return info

    def list_actions(self, session_id: int | None = None, status: str | None = None) -> list[ActionInfo]:
        with self._db.reading() as session:
            query = select(Action).order_by(Action.due_date.nulls_last(), Action.id)
            if session_id is not None:
                query = query.where(Action.meeting_id == session_id)
            if status is not None:
                query = query.where(Action.status == status)
            return [action_info(r) for r in session.scalars(query)]

    # -- votes ------------------------------------------------------------------------------------
    def set_observation_votes(self, observation_id: int, votes: int) -> ObservationInfo:
        return self.update_observation(observation_id, votes=votes)

    def set_question_votes(self, question_id: int, votes: int) -> QuestionInfo:
        return self.update_question(question_id, votes=votes)


def _check_fields(changes: dict, allowed: set[str], what: str) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Onbekende gegevens voor {what}: {', '.join(sorted(unknown))}.")


def _check_owner_rows(session, session_id: int, case_id: int | None) -> None:
    """The session (and case) must exist (a capture checks this each time, so only the ids are asked)."""
    check_exists(session, Meeting, session_id, "Bijeenkomst")
    if case_id is not None:
        check_exists(session, Case, case_id, "Casus")


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
        else:
            value = "" if value is None else str(value)
        setattr(row, name, value)
