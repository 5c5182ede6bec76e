"""The outcomes of one session (Uitkomsten): every observation, governance question and action, grouped by
case and by session part (opening, synthesis, evaluation), with labels resolved, and the few edits made
after the meeting (text, owner, due date) with delete and an undo that puts back the whole row.

Reading is two plain table queries per kind; the session's method tells which phase belongs to the
opening and which to the evaluation.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from casetafel.domain.method import PhaseScope
from casetafel.domain.records import RecordKind
from casetafel.domain.vocabulary import ADDRESSEES, Vocabulary
from casetafel.services.common import required_text
from casetafel.services.concurrency import update_versioned
from casetafel.services.errors import NotFoundError, ValidationError, translates_storage_errors
from casetafel.services.followup import (
    FIELD_LABELS,
    KIND_ACTION,
    KIND_QUESTION,
    item_label,
    status_label,
    write_with_history,
)
from casetafel.services.records import ActionInfo, ObservationInfo, QuestionInfo, RecordService
from casetafel.services.taxonomy import TaxonomyService
from casetafel.storage import tables
from casetafel.storage.engine import Database
from casetafel.storage.tables import utc_now

KIND_OBSERVATION = "observatie"
PART_OPENING = "opening"
PART_SYNTHESIS = "synthese"
PART_EVALUATION = "evaluatie"
PART_LABELS = {
    PART_OPENING: "Opening",
    PART_SYNTHESIS: "Synthese en de bijeenkomst als geheel",
    PART_EVALUATION: "Evaluatie",
}
RECORD_KINDS = {
    KIND_OBSERVATION: RecordKind.OBSERVATION,
    KIND_QUESTION: RecordKind.QUESTION,
    KIND_ACTION: RecordKind.ACTION,
}
INFO_TYPES = {
    RecordKind.OBSERVATION: ObservationInfo,
    RecordKind.QUESTION: QuestionInfo,
    RecordKind.ACTION: ActionInfo,
}
TABLES = {
    KIND_OBSERVATION: tables.observations,
    KIND_QUESTION: tables.governance_questions,
    KIND_ACTION: tables.actions,
}
EDITABLE = {KIND_OBSERVATION: {"text"}, KIND_QUESTION: {"text", "owner", "due_date"}}
EDITABLE[KIND_ACTION] = EDITABLE[KIND_QUESTION]


@dataclass(frozen=True)
class OutcomeItem:
    kind: str  # KIND_OBSERVATION, KIND_QUESTION or KIND_ACTION
    id: int
    label: str  # "V-12", "A-3"; empty for an observation
    group: str  # "case:<id>" or one of the PART_* codes
    case_id: int | None
    phase_key: str
    phase: str  # phase name
    kind_label: str  # observation kind, "Bestuurlijke vraag" or "Afspraak"
    text: str
    role: str  # label of the author's role (observations)
    owner: str
    due_date: date | None
    status: str  # label (questions and actions)
    council_role: str  # label
    addressed_to: str  # label
    votes: int
    participant: str = ""  # the attributed participant's name (or role), for the facilitator's eyes only
    version: int = 1  # the row's version, named when saving (see services.concurrency)

    @property
    def needs_owner_or_due(self) -> bool:
        """A question or action without an owner or a due date: to be filled in after the meeting."""
        return self.kind != KIND_OBSERVATION and (not self.owner.strip() or self.due_date is None)


@dataclass(frozen=True)
class OutcomeGroup:
    key: str  # "case:<id>" or a PART_* code
    title: str
    items: tuple[OutcomeItem, ...]


@translates_storage_errors
class OutcomesService:
    def __init__(self, db: Database, taxonomy: TaxonomyService) -> None:
        self._db = db
        self._taxonomy = taxonomy

    def session_outcomes(self, meeting_id: int) -> list[OutcomeGroup]:
        """The session's items in groups: each case of the agenda in order, then opening, synthesis and
        evaluation (empty session parts are left out; a case without items is kept)."""
        labels = self._taxonomy.all_labels()
        kinds = labels.get(Vocabulary.OBSERVATION_KIND.value, {})
        roles = labels.get(Vocabulary.PARTICIPANT_ROLE.value, {})
        council = labels.get(Vocabulary.COUNCIL_ROLE.value, {})
        addressees = {term.code: term.label for term in ADDRESSEES}
        meetings, agenda, cases = tables.meetings, tables.agenda_items, tables.cases
        with self._db.reading() as db_session:
            connection = db_session.connection()
            template_id = connection.scalar(select(meetings.c.template_id).where(meetings.c.id == meeting_id))
            if (
                template_id is None
                and connection.scalar(select(meetings.c.id).where(meetings.c.id == meeting_id)) is None
            ):
                raise NotFoundError("Bijeenkomst", meeting_id)
            phases = tables.template_phases
            phase_rows = connection.execute(
                select(phases.c.key, phases.c.name, phases.c.scope).where(phases.c.template_id == template_id)
            ).all()
            case_rows = connection.execute(
                select(cases.c.id, cases.c.code, cases.c.title)
                .join(agenda, agenda.c.case_id == cases.c.id)
                .where(agenda.c.meeting_id == meeting_id)
                .order_by(agenda.c.position, agenda.c.id)
            ).all()
            people = {
                r.id: r.name or roles.get(r.role, r.role)
                for r in connection.execute(
                    select(
                        tables.participants.c.id, tables.participants.c.name, tables.participants.c.role
                    ).where(tables.participants.c.meeting_id == meeting_id)
                )
            }
            rows = {
                kind: connection.execute(
                    select(table).where(table.c.meeting_id == meeting_id).order_by(table.c.id)
                ).all()
                for kind, table in TABLES.items()
            }
        names = {key: name for key, name, _scope in phase_rows}
        scopes = {key: scope for key, _name, scope in phase_rows}

        def group_of(case_id: int | None, phase_key: str) -> str:
            if case_id is not None:
                return f"case:{case_id}"
            scope = scopes.get(phase_key)
            if scope == PhaseScope.SESSION_START:
                return PART_OPENING
            if scope == PhaseScope.SESSION_END:
                return PART_EVALUATION
            return PART_SYNTHESIS

        items: list[OutcomeItem] = []
        for r in rows[KIND_OBSERVATION]:
            items.append(
                OutcomeItem(
                    KIND_OBSERVATION, r.id, "", group_of(r.case_id, r.phase_key), r.case_id, r.phase_key,
                    names.get(r.phase_key, r.phase_key), kinds.get(r.kind, r.kind), r.text,
                    roles.get(r.author_role, r.author_role), "", None, "", "", "", r.votes,
                    people.get(r.participant_id, ""), version=r.version,
                )
            )  # fmt: skip
        for r in rows[KIND_QUESTION]:
            items.append(
                OutcomeItem(
                    KIND_QUESTION, r.id, item_label(KIND_QUESTION, r.id, r.number), group_of(r.case_id, r.phase_key),
                    r.case_id, r.phase_key, names.get(r.phase_key, r.phase_key), "Bestuurlijke vraag", r.text,
                    "", r.owner, r.due_date, status_label(KIND_QUESTION, r.status),
                    council.get(r.council_role, r.council_role), addressees.get(r.addressed_to, r.addressed_to),
                    r.votes, people.get(r.participant_id, ""), version=r.version,
                )
            )  # fmt: skip
        for r in rows[KIND_ACTION]:
            items.append(
                OutcomeItem(
                    KIND_ACTION, r.id, item_label(KIND_ACTION, r.id, r.number), group_of(r.case_id, ""), r.case_id, "",
                    "", "Afspraak", r.text, "", r.owner, r.due_date, status_label(KIND_ACTION, r.status),
                    "", "", 0, version=r.version,
                )
            )  # fmt: skip
        groups = [(f"case:{ident}", f"{code} {title}") for ident, code, title in case_rows]
        groups += [(part, label) for part, label in PART_LABELS.items()]
        result = []
        for key, title in groups:
            members = tuple(item for item in items if item.group == key)
            if members or key.startswith("case:"):
                result.append(OutcomeGroup(key, title, members))
        return result

    def update(
        self, kind: str, item_id: int, *, expected_version: int | None = None, was: dict | None = None,
        **changes,
    ) -> int:  # fmt: skip
        """Change the text, owner or due date of one item (what is filled in after the meeting); for a
        question or an action each changed field is kept in its history, as on the Opvolging page.
        ``expected_version``/``was``: what this client read (see ``services.concurrency``); returns the
        item's version after the save."""
        allowed = EDITABLE.get(kind)
        if allowed is None:
            raise ValidationError(f"‘{kind}’ is geen soort item van een bijeenkomst.")
        unknown = set(changes) - allowed
        if unknown:
            raise ValidationError(f"Onbekende gegevens voor dit item: {', '.join(sorted(unknown))}.")
        if "text" in changes:
            changes["text"] = required_text(changes["text"], "De tekst")
        if "owner" in changes:
            changes["owner"] = str(changes["owner"] or "")
        if changes.get("due_date") is not None and not isinstance(changes["due_date"], date):
            raise ValidationError("Een deadline is een datum.")
        table = TABLES[kind]
        with self._db.transaction() as db_session:
            connection = db_session.connection()
            if kind == KIND_OBSERVATION:
                done = update_versioned(
                    connection, table, item_id, changes, what="Deze observatie",
                    expected_version=expected_version, was=was, labels=FIELD_LABELS,
                    also={"updated_at": utc_now()},
                ) is not None  # fmt: skip
            else:  # a question or an action: the change is kept in its follow-up history too
                done = (
                    write_with_history(
                        connection, kind, item_id, changes, expected_version=expected_version, was=was
                    )
                    is not None
                )
            if not done:
                raise NotFoundError("Item", item_id)
            return connection.scalar(select(table.c.version).where(table.c.id == item_id))

    def delete(self, kind: str, item_id: int) -> dict:
        """Delete one item through the record API and return it as a plain row, for ``restore`` (undo)."""
        return dataclasses.asdict(RecordService(self._db).delete(RECORD_KINDS[kind], item_id))

    def restore(self, kind: str, row: dict) -> None:
        """Put a deleted item back exactly as it was (id, number, votes, times and follow-up included)."""
        record_kind = RECORD_KINDS[kind]
        RecordService(self._db).restore(record_kind, INFO_TYPES[record_kind](**row))
