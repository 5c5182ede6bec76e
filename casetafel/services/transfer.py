"""Sessions that travel: ``import_session`` reads a session file written by ``casetafel export`` (this
version or an earlier one) into a new session, as one transaction.

Cases are matched by their code, or added (with the confirmation of the anonymisation the file's export
required); participants, observations (with the lines of the opening and the evaluation), governance
questions and actions with their votes and numbers, and the session's history come along. A number that
is already in use here gets a new one, and the import says so. Labels in the file are turned back into
codes with this database's vocabularies; a label it does not know is kept as it is.

A file that is too large, no JSON, truncated, of another format or of a newer version is refused with
one Dutch sentence, and nothing is stored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from casetafel.domain.method import PhaseScope
from casetafel.domain.vocabulary import (
    ACTION_STATUS_LABELS,
    ADDRESSEES,
    INSTRUMENT_LABELS,
    QUESTION_STATUS_LABELS,
    STATUS_LABELS,
    Vocabulary,
)
from casetafel.report.data import ActionData, ObservationData, QuestionData, ReportData
from casetafel.report.exports import SessionFileError, from_json_text
from casetafel.services.actor import acting_user
from casetafel.services.errors import ValidationError, translates_storage_errors
from casetafel.services.numbering import Series, claim_number, next_number
from casetafel.services.session_history import SessionEventKind, add_event
from casetafel.services.taxonomy import TaxonomyService
from casetafel.storage import tables
from casetafel.storage.engine import Database
from casetafel.storage.models import MethodTemplate, utc_now

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_VOTES = 1_000_000


@dataclass(frozen=True)
class ImportResult:
    meeting_id: int
    cases_added: tuple[str, ...]
    cases_matched: tuple[str, ...]
    renumbered: tuple[tuple[str, str], ...]  # (number in the file, number given here)
    observations: int
    questions: int
    actions: int

    def messages(self) -> list[str]:
        """What the user should know, one Dutch sentence each."""
        lines = [f"Nummer {old} bestaat hier al; het kreeg nummer {new}." for old, new in self.renumbered]
        if self.cases_matched:
            lines.append(f"Bestaande casussen gebruikt: {', '.join(self.cases_matched)}.")
        if self.cases_added:
            lines.append(f"Casussen toegevoegd: {', '.join(self.cases_added)}.")
        lines.append(
            f"Geïmporteerd: {self.observations} observaties, {self.questions} bestuurlijke vragen en "
            f"{self.actions} afspraken."
        )
        return lines


def read_session_file(path: str | os.PathLike) -> ReportData:
    """The session in a file, checked; refuses with one Dutch sentence (``ValidationError``)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError("Het bestand is groter dan 50 MB; dat is geen sessiebestand van casetafel.")
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(f"Het bestand {path} bestaat niet.") from None
    except IsADirectoryError:
        raise ValidationError(f"{path} is een map, geen sessiebestand.") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError("Het bestand is groter dan 50 MB; dat is geen sessiebestand van casetafel.")
    return parse_session(raw)


def parse_session(raw: bytes) -> ReportData:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            "Het bestand is geen UTF-8-tekst; dat is geen sessiebestand van casetafel."
        ) from None
    try:
        data = from_json_text(text)
    except SessionFileError as error:
        raise ValidationError(str(error)) from None
    return data


class _Codes:
    """Labels back to codes, with this database's vocabularies."""

    def __init__(self, labels: dict[str, dict[str, str]]) -> None:
        self._maps = {
            vocabulary: {label: code for code, label in codes.items()} for vocabulary, codes in labels.items()
        }
        self.addressees = {term.label: term.code for term in ADDRESSEES}
        self.instruments = {label: code for code, label in INSTRUMENT_LABELS.items()}
        self.question_status = {label: code for code, label in QUESTION_STATUS_LABELS.items()}
        self.action_status = {label: code for code, label in ACTION_STATUS_LABELS.items()}
        self.session_status = {label: code for code, label in STATUS_LABELS.items()}

    def code(self, vocabulary: Vocabulary, label: str) -> str:
        return self._maps.get(vocabulary.value, {}).get(label, label) if label else ""

    def codes(self, vocabulary: Vocabulary, labels) -> list[str]:
        return [self.code(vocabulary, label) for label in labels]


@translates_storage_errors
class TransferService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def import_file(self, path: str | os.PathLike) -> ImportResult:
        return self.import_data(read_session_file(path))

    def import_data(self, data: ReportData) -> ImportResult:
        """Store ``data`` as a new session, all in one transaction."""
        codes = _Codes(TaxonomyService(self._db).all_labels())
        with self._db.transaction() as db_session:
            return _Import(db_session, codes, data).run()


class _Import:
    def __init__(self, db_session, codes: _Codes, data: ReportData) -> None:
        self.session = db_session
        self.connection = db_session.connection()
        self.codes = codes
        self.data = data
        self.now = utc_now()
        self.renumbered: list[tuple[str, str]] = []
        self.case_ids: dict[str, int] = {}
        self.added: list[str] = []
        self.matched: list[str] = []
        self.counts = {"observations": 0, "questions": 0, "actions": 0}

    def run(self) -> ImportResult:
        data = self.data
        template = self._template(data.template_name)
        self.phase_keys = {phase.name: phase.key for phase in template.phases} if template else {}
        self.opening_key = next(
            (p.key for p in template.phases if p.scope == PhaseScope.SESSION_START), "opening"
        ) if template else "opening"  # fmt: skip
        self.meeting_id = self._insert(
            tables.meetings,
            title=data.title, starts_at=data.starts_at, ends_at=None, location=data.location,
            municipality=data.municipality, facilitator=data.facilitator,
            template_id=template.id if template else None,
            status=_known(data.status_code, STATUS_LABELS) or self.codes.session_status.get(data.status, "afgerond"),
            notes=data.notes, evaluation="\n".join(data.evaluation),
            doc_status=data.doc_status if data.doc_status in ("concept", "definitief") else "concept",
            doc_version=data.doc_version, adopted_on=data.adopted_on, addressee=data.addressee,
            griffie_contact=data.griffie_contact, reference=data.reference,
        )  # fmt: skip
        for position, p in enumerate(data.participants):
            self._insert(tables.participants, meeting_id=self.meeting_id, position=position,
                         role=self.codes.code(Vocabulary.PARTICIPANT_ROLE, p.role), name=p.name, party=p.party,
                         present=True)  # fmt: skip
        for position, chapter in enumerate(data.cases):
            case_id = self._case(chapter)
            self._insert(tables.agenda_items, meeting_id=self.meeting_id, case_id=case_id, position=position,
                         phase_minutes={})  # fmt: skip
        for line in data.opening:
            self._observation(None, line, self.opening_key)
        for chapter in data.cases:
            case_id = self.case_ids[chapter.code]
            for observation in chapter.observations:
                self._observation(case_id, observation)
            for question in chapter.questions:
                self._question(case_id, question)
            for action in chapter.actions:
                self._action(case_id, action)
        for question in data.session_questions:
            self._question(self._loose_case(question.case_code), question)
        for action in data.session_actions:
            self._action(self._loose_case(action.case_code), action)
        for line in data.closing:
            self._observation(None, line, "evaluatie")
        for event in data.history:
            kind = (
                SessionEventKind(event.event) if event.event in SessionEventKind._value2member_map_ else None
            )
            if kind is not None:
                add_event(self.connection, self.meeting_id, kind, event.reason, who=event.who, at=event.at)
        return ImportResult(self.meeting_id, tuple(self.added), tuple(self.matched), tuple(self.renumbered),
                            **self.counts)  # fmt: skip

    # -- rows -------------------------------------------------------------------------------------
    def _insert(self, table, **values) -> int:
        for column in ("created_at", "updated_at"):
            if column in table.c and values.get(column) is None:
                values[column] = self.now
        return self.connection.execute(insert(table).values(**values)).inserted_primary_key[0]

    def _template(self, name: str) -> MethodTemplate | None:
        query = select(MethodTemplate)
        found = self.session.scalar(query.where(MethodTemplate.name == name)) if name else None
        return found or self.session.scalar(
            query.order_by(MethodTemplate.is_default.desc(), MethodTemplate.id)
        )

    def _case(self, chapter) -> int:
        if chapter.code in self.case_ids:
            raise ValidationError(f"De casus {chapter.code} staat twee keer in het sessiebestand.")
        cases = tables.cases
        found = self.connection.execute(select(cases.c.id).where(cases.c.code == chapter.code)).scalar()
        if found is not None:
            self.matched.append(chapter.code)
        else:
            if not chapter.code.strip():
                raise ValidationError("Een casus in het sessiebestand heeft geen code.")
            found = self._insert(
                cases, code=chapter.code, title=chapter.title, description=chapter.description,
                domains=self.codes.codes(Vocabulary.DOMAIN, chapter.domains), life_areas=[], themes=[],
                age_band="", household_type="",
                presenter_role=self.codes.code(Vocabulary.PARTICIPANT_ROLE, chapter.presenter_role),
                anonymisation_confirmed_by=f"import ({acting_user(self.connection) or 'onbekend'})",
                anonymisation_confirmed_at=self.now, anonymisation_open_findings=0, anonymisation_waivers=[],
                archived=False,
            )  # fmt: skip
            self.added.append(chapter.code)
        self.case_ids[chapter.code] = found
        return found

    def _loose_case(self, code: str) -> int | None:
        """The case of a question or action that is not in a case chapter (usually none)."""
        if not code:
            return None
        if code in self.case_ids:
            return self.case_ids[code]
        cases = tables.cases
        return self.connection.execute(select(cases.c.id).where(cases.c.code == code)).scalar()

    def _observation(self, case_id: int | None, o: ObservationData, default_phase: str = "") -> None:
        _check_text(o.text, "Een observatie")
        codes = self.codes
        phase_key = o.phase_key or self.phase_keys.get(o.phase, o.phase) or default_phase
        self._insert(
            tables.observations, meeting_id=self.meeting_id, case_id=case_id, phase_key=phase_key,
            kind=o.kind_code or codes.code(Vocabulary.OBSERVATION_KIND, o.kind), text=o.text,
            domains=codes.codes(Vocabulary.DOMAIN, o.domains), actors=codes.codes(Vocabulary.ACTOR_LEVEL, o.actors),
            author_role=codes.code(Vocabulary.PARTICIPANT_ROLE, o.author_role), votes=_votes(o.votes),
            created_at=o.created_at,
        )  # fmt: skip
        self.counts["observations"] += 1

    def _number(self, series: Series, number: str) -> str:
        if number and claim_number(self.connection, series, number):
            return number
        given = next_number(self.connection, series, self.meeting_id)
        if number:
            self.renumbered.append((number, given))
        return given

    def _question(self, case_id: int | None, q: QuestionData) -> None:
        _check_text(q.text, "Een bestuurlijke vraag")
        codes = self.codes
        self._insert(
            tables.governance_questions, meeting_id=self.meeting_id, case_id=case_id,
            phase_key=q.phase_key or "wie_kan_wat", text=q.text,
            council_role=codes.code(Vocabulary.COUNCIL_ROLE, q.council_role),
            theme=codes.code(Vocabulary.THEME, q.theme), addressed_to=codes.addressees.get(q.addressed_to, q.addressed_to),
            instrument=_known(q.instrument_code, INSTRUMENT_LABELS) or codes.instruments.get(q.instrument, "geen"),
            status=_known(q.status_code, QUESTION_STATUS_LABELS) or codes.question_status.get(q.status, "open"),
            owner=q.owner, due_date=q.due_date, answer=q.answer, votes=_votes(q.votes), created_at=q.created_at,
            number=self._number(Series.QUESTION, q.number), owner_kind=_owner_kind(q.owner_kind), route=q.route,
            answered_on=q.answered_on, answer_reference=q.answer_reference,
        )  # fmt: skip
        self.counts["questions"] += 1

    def _action(self, case_id: int | None, a: ActionData) -> None:
        _check_text(a.text, "Een afspraak")
        self._insert(
            tables.actions, meeting_id=self.meeting_id, case_id=case_id, text=a.text, owner=a.owner,
            due_date=a.due_date,
            status=_known(a.status_code, ACTION_STATUS_LABELS) or self.codes.action_status.get(a.status, "open"),
            created_at=a.created_at, number=self._number(Series.ACTION, a.number),
            owner_kind=_owner_kind(a.owner_kind), route=a.route, answered_on=a.answered_on,
            answer_reference=a.answer_reference,
        )  # fmt: skip
        self.counts["actions"] += 1


def _check_text(text: str, what: str) -> None:
    if not text.strip():
        raise ValidationError(f"{what} in het sessiebestand heeft geen tekst.")


def _votes(votes: int) -> int:
    if not 0 <= votes <= MAX_VOTES:
        raise ValidationError(f"Het sessiebestand bevat een onmogelijk aantal stemmen ({votes}).")
    return votes


def _known(code: str, labels: dict[str, str]) -> str:
    """A code from a file of version 2 when this program knows it; empty otherwise (then the label counts)."""
    return code if code in labels else ""


def _owner_kind(kind: str) -> str:
    return kind if kind in ("persoon", "orgaan") else ""
