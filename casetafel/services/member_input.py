"""Council members' own input ("Mijn inbreng"): what one author may see and add after a session, and the
facilitator's decision on it.

An author is a participant found by their server login (``participants.login``) or, without a server, by
the name on the attendance list. ``lookup`` (a parameter of the service) turns an author into the
condition on the participants table, so the roles of a shared database can narrow it later. The author
sees the sessions they attended, those sessions' outcomes exactly as the public report shows them (the
public ``ReportData``: masked by ``report_masking`` with the session's publication waivers, without case
descriptions, notes or names) and the follow-up of those sessions' questions and actions (the same public
fields). They add an insight ("wat neem ik mee"), a question for the follow-up, or a comment on a
follow-up item. Texts are stored as typed, like every line captured at the table: the window underlines
possible identifiers while typing, the facilitator sees them marked, and every output masks them.

Nothing an author adds reaches a report until the facilitator accepts it: an insight becomes an
observation of the kind "Wat neem ik mee" in the session's evaluation, a question becomes a governance
question with its own number (on the follow-up list), a comment becomes a signal in the item's session
and case that names the item ("Opmerking bij BV-2026-014: ..."); each carries the participant
(``participant_id``) and their role. A rejected input stays stored with who decided and when.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, select

from casetafel.domain.method import PhaseScope
from casetafel.domain.vocabulary import Vocabulary
from casetafel.report.data import ReportData, ReportVariant
from casetafel.report.policy import role_counts, shown_owner, shown_source
from casetafel.services.actor import acting_user
from casetafel.services.common import required_text
from casetafel.services.concurrency import update_versioned
from casetafel.services.errors import NotFoundError, ValidationError, translates_storage_errors
from casetafel.services.followup import KIND_ACTION, KIND_QUESTION
from casetafel.services.records import RecordService
from casetafel.services.taxonomy import TaxonomyService
from casetafel.storage import tables
from casetafel.storage.engine import Database
from casetafel.storage.limits import check_observation
from casetafel.storage.tables import utc_now

INSIGHT_KIND = "meenemen"  # the observation kind "Wat neem ik mee"
COMMENT_KIND = "signaal"  # what an accepted comment on a follow-up item becomes
RECORD_OBSERVATION = "observatie"  # record_kind of accepted input (as Uitkomsten names the kinds)


class InputKind(StrEnum):
    INSIGHT = "inzicht"
    QUESTION = "vraag"
    COMMENT = "opmerking"


class InputStatus(StrEnum):
    NEW = "nieuw"
    ACCEPTED = "geaccepteerd"
    REJECTED = "afgewezen"


INPUT_KIND_LABELS = {
    InputKind.INSIGHT: "Wat neem ik mee",
    InputKind.QUESTION: "Vraag voor de opvolging",
    InputKind.COMMENT: "Opmerking bij een item",
}
INPUT_STATUS_LABELS = {
    InputStatus.NEW: "wacht op de gespreksleider",
    InputStatus.ACCEPTED: "opgenomen",
    InputStatus.REJECTED: "niet opgenomen",
}


@dataclass(frozen=True)
class Author:
    """Who gives input: a server login, or (without a server) the name on the attendance list."""

    login: str = ""
    name: str = ""

    @property
    def shown(self) -> str:
        return self.login or self.name


Lookup = Callable[[Author], ColumnElement[bool]]


def attendance_lookup(author: Author) -> ColumnElement[bool]:
    """The participants an author was: present, and with the author's login (on a server) or name."""
    participants = tables.participants
    present = participants.c.present.is_(True)
    if author.login.strip():
        return present & (participants.c.login == author.login.strip())
    if author.name.strip():
        return present & (participants.c.name == author.name.strip())
    return participants.c.id.is_(None)  # nobody


@dataclass(frozen=True)
class AttendedSession:
    meeting_id: int
    participant_id: int
    title: str
    starts_at: datetime | None
    status: str
    role: str  # label of the author's role that day


@dataclass(frozen=True)
class PublicLine:
    """One outcome as the public report prints it."""

    section: str  # the case ("C-2026-014 Schulden na ...") or the session part
    kind: str  # label: observation kind, "Bestuurlijke vraag", "Afspraak"
    label: str  # the number of a question or action
    text: str
    role: str  # the role it came from (observations)


@dataclass(frozen=True)
class FollowupLine:
    """A question or action of an attended session with its public follow-up fields."""

    kind: str  # KIND_QUESTION or KIND_ACTION
    id: int
    meeting_id: int
    label: str
    text: str
    status: str  # label
    owner: str  # a body or role; a person shows as "(persoon)"
    due_date: date | None
    answer: str
    answered_on: date | None


@dataclass(frozen=True)
class MemberInputInfo:
    id: int
    meeting_id: int
    case_id: int | None
    question_id: int | None
    action_id: int | None
    participant_id: int | None
    author_login: str
    author_name: str
    kind: str
    text: str
    status: str
    decided_by: str
    decided_at: datetime | None
    record_kind: str
    record_id: int | None
    created_at: datetime
    role: str = ""  # label of the participant's role
    item_label: str = ""  # the number of the question or action a comment is about

    @property
    def kind_label(self) -> str:
        return INPUT_KIND_LABELS.get(InputKind(self.kind), self.kind)

    @property
    def status_label(self) -> str:
        return INPUT_STATUS_LABELS.get(InputStatus(self.status), self.status)


@translates_storage_errors
class MemberInputService:
    def __init__(
        self, db: Database, taxonomy: TaxonomyService, reporting, lookup: Lookup = attendance_lookup
    ) -> None:
        self._db = db
        self._taxonomy = taxonomy
        self._reporting = reporting  # ReportingService: the public variant of a session's data
        self._lookup = lookup

    # -- what the author sees -----------------------------------------------------------------------
    def attended(self, author: Author) -> list[AttendedSession]:
        """The sessions the author was present at, newest first."""
        participants, meetings = tables.participants, tables.meetings
        roles = self._taxonomy.labels(Vocabulary.PARTICIPANT_ROLE)
        query = (
            select(
                meetings.c.id, participants.c.id, meetings.c.title, meetings.c.starts_at, meetings.c.status,
                participants.c.role,
            )
            .join(meetings, meetings.c.id == participants.c.meeting_id)
            .where(self._lookup(author))
            .order_by(meetings.c.starts_at.is_(None), meetings.c.starts_at.desc(), meetings.c.id.desc())
        )  # fmt: skip
        with self._db.reading() as db_session:
            rows = db_session.connection().execute(query).all()
        seen: dict[int, AttendedSession] = {}
        for meeting_id, participant_id, title, starts_at, status, role in rows:
            seen.setdefault(
                meeting_id,
                AttendedSession(meeting_id, participant_id, title, starts_at, status, roles.get(role, role)),
            )
        return list(seen.values())

    def public_outcomes(self, author: Author, meeting_id: int) -> list[PublicLine]:
        """What one attended session produced, as its public report shows it."""
        data = self._public_data(author, meeting_id)
        counts = role_counts(data.participants)

        def role(o) -> str:  # as the public report: not a role that one person held that day
            return shown_source(o.author_role, True, counts)

        lines: list[PublicLine] = []
        for chapter in data.cases:
            section = f"{chapter.code} {chapter.title}".strip()
            lines += [PublicLine(section, o.kind, "", o.text, role(o)) for o in chapter.observations]
            lines += [
                PublicLine(section, "Bestuurlijke vraag", q.number, q.text, "") for q in chapter.questions
            ]
            lines += [PublicLine(section, "Afspraak", a.number, a.text, "") for a in chapter.actions]
        lines += [PublicLine("Opening", o.kind, "", o.text, role(o)) for o in data.opening]
        lines += [PublicLine("De bijeenkomst als geheel", "Bestuurlijke vraag", q.number, q.text, "")
                  for q in data.session_questions]  # fmt: skip
        lines += [PublicLine("De bijeenkomst als geheel", "Afspraak", a.number, a.text, "")
                  for a in data.session_actions]  # fmt: skip
        lines += [PublicLine("Evaluatie", o.kind, "", o.text, role(o)) for o in data.closing]
        return lines

    def followup(self, author: Author, meeting_id: int | None = None) -> list[FollowupLine]:
        """The governance questions and actions of the attended sessions (or of one), public fields only."""
        sessions = [s.meeting_id for s in self.attended(author)]
        if meeting_id is not None:
            sessions = [s for s in sessions if s == meeting_id]
        lines: list[FollowupLine] = []
        for session in sessions:
            data = self._reporting.report_data(session, ReportVariant.PUBLIC)
            questions = [q for c in data.cases for q in c.questions] + list(data.session_questions)
            actions = [a for c in data.cases for a in c.actions] + list(data.session_actions)
            lines += [
                FollowupLine(KIND_QUESTION, q.id, session, q.number, q.text, q.status, shown_owner(q, False),
                             q.due_date, q.answer, q.answered_on)
                for q in questions
            ]  # fmt: skip
            lines += [
                FollowupLine(KIND_ACTION, a.id, session, a.number, a.text, a.status, shown_owner(a, False),
                             a.due_date, "", a.answered_on)
                for a in actions
            ]  # fmt: skip
        return lines

    def my_inputs(self, author: Author) -> list[MemberInputInfo]:
        """Everything the author added, newest first, with what became of it."""
        ids = [s.participant_id for s in self.attended(author)]
        inputs = tables.member_inputs
        condition = inputs.c.participant_id.in_(ids)
        if author.login.strip():
            condition = condition | (inputs.c.author_login == author.login.strip())
        return self._inputs(condition, newest_first=True)

    def _public_data(self, author: Author, meeting_id: int) -> ReportData:
        self._participant(author, meeting_id)
        return self._reporting.report_data(meeting_id, ReportVariant.PUBLIC)

    def _participant(self, author: Author, meeting_id: int):
        """The author's participant row in ``meeting_id``, or a refusal (only attended sessions)."""
        participants = tables.participants
        with self._db.reading() as db_session:
            row = (
                db_session.connection()
                .execute(
                    select(participants.c.id, participants.c.name, participants.c.role).where(
                        self._lookup(author), participants.c.meeting_id == meeting_id
                    )
                )
                .first()
            )
        if row is None:
            raise ValidationError("U kunt alleen inbreng geven bij een bijeenkomst waar u bij was.")
        return row

    # -- adding -------------------------------------------------------------------------------------
    def add(
        self,
        author: Author,
        meeting_id: int,
        kind: InputKind | str,
        text: str,
        *,
        case_id: int | None = None,
        question_id: int | None = None,
        action_id: int | None = None,
    ) -> MemberInputInfo:
        """Store one input of the author for an attended session; it waits for the facilitator."""
        kind = _input_kind(kind)
        text = check_observation(required_text(text, "Uw inbreng"))
        if kind is InputKind.COMMENT:
            if (question_id is None) == (action_id is None):
                raise ValidationError("Kies de vraag of de afspraak waar uw opmerking over gaat.")
            meeting_id, case_id = self._item_owner(question_id, action_id)
        else:
            question_id = action_id = None
        participant = self._participant(author, meeting_id)
        with self._db.transaction() as db_session:
            connection = db_session.connection()
            new_id = connection.execute(
                tables.member_inputs.insert().values(
                    meeting_id=meeting_id, case_id=case_id, question_id=question_id, action_id=action_id,
                    participant_id=participant.id, author_login=author.login.strip(),
                    author_name=participant.name, kind=kind.value, text=text, status=InputStatus.NEW.value,
                )
            ).inserted_primary_key[0]  # fmt: skip
        return self.get(new_id)

    def _item_owner(self, question_id: int | None, action_id: int | None) -> tuple[int, int | None]:
        table = tables.governance_questions if question_id is not None else tables.actions
        ident = question_id if question_id is not None else action_id
        with self._db.reading() as db_session:
            row = (
                db_session.connection()
                .execute(select(table.c.meeting_id, table.c.case_id).where(table.c.id == ident))
                .first()
            )
        if row is None:
            raise NotFoundError("Item", ident)
        return row.meeting_id, row.case_id

    # -- the facilitator ----------------------------------------------------------------------------
    def get(self, input_id: int) -> MemberInputInfo:
        found = self._inputs(tables.member_inputs.c.id == input_id)
        if not found:
            raise NotFoundError("Inbreng", input_id)
        return found[0]

    def pending(self, meeting_id: int | None = None) -> list[MemberInputInfo]:
        """Input waiting for a decision (of one session, or all), oldest first."""
        inputs = tables.member_inputs
        condition = inputs.c.status == InputStatus.NEW.value
        if meeting_id is not None:
            condition = condition & (inputs.c.meeting_id == meeting_id)
        return self._inputs(condition)

    def accept(self, input_id: int, *, by: str | None = None) -> MemberInputInfo:
        """Take the input into the session's outcomes (see the module text for what it becomes), in one
        transaction with the decision."""
        info = self._waiting(input_id)
        records = RecordService(self._db)
        role = self._role_code(info.participant_id)
        with self._db.together():
            if info.kind == InputKind.QUESTION:
                made = records.record_question(
                    info.meeting_id, info.case_id, info.text, phase_key=self._phase(info),
                    participant_id=info.participant_id,
                )  # fmt: skip
                record_kind = KIND_QUESTION
            else:
                text = info.text
                if info.kind == InputKind.COMMENT:
                    text = f"Opmerking bij {info.item_label}: {text}" if info.item_label else text
                made = records.record_observation(
                    info.meeting_id, info.case_id,
                    INSIGHT_KIND if info.kind == InputKind.INSIGHT else COMMENT_KIND, check_observation(text),
                    phase_key=self._phase(info), author_role=role, participant_id=info.participant_id,
                )  # fmt: skip
                record_kind = RECORD_OBSERVATION
            self._decide(input_id, InputStatus.ACCEPTED, by, record_kind, made.id)
        return self.get(input_id)

    def reject(self, input_id: int, *, by: str | None = None) -> MemberInputInfo:
        self._waiting(input_id)
        self._decide(input_id, InputStatus.REJECTED, by, "", None)
        return self.get(input_id)

    def reopen(self, input_id: int) -> MemberInputInfo:
        """Undo of a decision: the input waits again; what an acceptance made is deleted with it."""
        info = self.get(input_id)
        inputs = tables.member_inputs
        with self._db.together():
            if info.status == InputStatus.ACCEPTED and info.record_id is not None:
                records = RecordService(self._db)
                try:
                    if info.record_kind == KIND_QUESTION:
                        records.delete_question(info.record_id)
                    else:
                        records.delete_observation(info.record_id)
                except NotFoundError:
                    pass  # deleted in Uitkomsten meanwhile
            with self._db.transaction() as db_session:
                update_versioned(
                    db_session.connection(), inputs, input_id,
                    {"status": InputStatus.NEW.value, "decided_by": "", "decided_at": None, "record_kind": "",
                     "record_id": None},
                    what="Deze inbreng", also={"updated_at": utc_now()},
                )  # fmt: skip
        return self.get(input_id)

    def _waiting(self, input_id: int) -> MemberInputInfo:
        info = self.get(input_id)
        if info.status != InputStatus.NEW:
            raise ValidationError("Over deze inbreng is al beslist.")
        return info

    def _decide(self, input_id: int, status: InputStatus, by: str | None, kind: str, record_id) -> None:
        inputs = tables.member_inputs
        with self._db.transaction() as db_session:
            update_versioned(
                db_session.connection(), inputs, input_id,
                {"status": status.value, "decided_by": acting_user(db_session.connection()) if by is None else by,
                 "decided_at": utc_now(), "record_kind": kind, "record_id": record_id},
                what="Deze inbreng", also={"updated_at": utc_now()},
            )  # fmt: skip

    def _role_code(self, participant_id: int | None) -> str:
        if participant_id is None:
            return ""
        participants = tables.participants
        with self._db.reading() as db_session:
            role = db_session.connection().scalar(
                select(participants.c.role).where(participants.c.id == participant_id)
            )
        return role or ""

    def _phase(self, info: MemberInputInfo) -> str:
        """An insight belongs to the session's evaluation (the phase that ends the session); a question or
        comment to no phase (the session as a whole, or its case)."""
        if info.kind != InputKind.INSIGHT or info.case_id is not None:
            return ""
        meetings, phases = tables.meetings, tables.template_phases
        with self._db.reading() as db_session:
            key = db_session.connection().scalar(
                select(phases.c.key)
                .join(meetings, meetings.c.template_id == phases.c.template_id)
                .where(meetings.c.id == info.meeting_id, phases.c.scope == PhaseScope.SESSION_END.value)
                .order_by(phases.c.position.desc())
            )
        return key or "evaluatie"

    # -- reading ------------------------------------------------------------------------------------
    def _inputs(self, condition, *, newest_first: bool = False) -> list[MemberInputInfo]:
        inputs, participants = tables.member_inputs, tables.participants
        questions, actions = tables.governance_questions, tables.actions
        order = (inputs.c.id.desc(),) if newest_first else (inputs.c.id,)
        query = (
            select(inputs, participants.c.role.label("role_code"), questions.c.number.label("q_number"),
                   actions.c.number.label("a_number"))
            .outerjoin(participants, participants.c.id == inputs.c.participant_id)
            .outerjoin(questions, questions.c.id == inputs.c.question_id)
            .outerjoin(actions, actions.c.id == inputs.c.action_id)
            .where(condition)
            .order_by(*order)
        )  # fmt: skip
        roles = self._taxonomy.labels(Vocabulary.PARTICIPANT_ROLE)
        with self._db.reading() as db_session:
            rows = db_session.connection().execute(query).all()
        return [
            MemberInputInfo(
                r.id,
                r.meeting_id,
                r.case_id,
                r.question_id,
                r.action_id,
                r.participant_id,
                r.author_login,
                r.author_name,
                r.kind,
                r.text,
                r.status,
                r.decided_by,
                r.decided_at,
                r.record_kind,
                r.record_id,
                r.created_at,
                roles.get(r.role_code or "", r.role_code or ""),
                r.q_number or r.a_number or "",
            )  # fmt: skip
            for r in rows
        ]


def _input_kind(kind: InputKind | str) -> InputKind:
    try:
        return InputKind(kind)
    except ValueError:
        raise ValidationError(f"‘{kind}’ is geen soort inbreng.") from None
