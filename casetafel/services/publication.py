"""The publication review: every text of a session (titles, notes, evaluation, observations, governance
questions with answers and owners, actions with owners, the titles and descriptions of its cases) with
the identifier findings nobody resolved, by item. ``anon-check --session`` prints it as JSON lines; the
report dialog shows the count and the review before a public report or export.

Case descriptions count only with the findings their waivers leave open; the public variant never
prints them anyway. A soft finding (a name, a place, ...) can be waived for the public report with a
reason of a few words (``waive``; who, why and when are stored, ``remove_waiver`` undoes it); hard
identifiers cannot be waived. Replacing a finding goes through the records, sessions and cases services
(``set_text``), so their rules and history apply.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casetafel.anonymisation.masking import is_hard
from casetafel.anonymisation.model import Finding
from casetafel.services.anonymity import Waiver, check_waiver, covers, waiver_texts, waivers_from_json
from casetafel.services.common import get_or_fail
from casetafel.services.errors import ValidationError, translates_storage_errors
from casetafel.services.taxonomy import TaxonomyService
from casetafel.storage.engine import Database
from casetafel.storage.models import (
    Action,
    AgendaItem,
    GovernanceQuestion,
    Meeting,
    Observation,
    PublicationWaiver,
    utc_now,
)

KIND_SESSION = "bijeenkomst"
KIND_CASE = "casus"
KIND_OBSERVATION = "observatie"
KIND_QUESTION = "vraag"
KIND_ACTION = "actie"


@dataclass(frozen=True)
class TextFindings:
    """One text of a session with its open findings (``item`` is e.g. "observatie 12")."""

    kind: str
    key: int | str  # the id of the item (the code of a case)
    record_id: int  # the database id
    field: str  # tekst, antwoord, eigenaar, titel, notities, evaluatie, beschrijving
    text: str
    findings: tuple[Finding, ...]
    case_id: int | None = None  # the case the item belongs to (for its pseudonyms)

    @property
    def item(self) -> str:
        return f"{self.kind} {self.key}"

    def as_json(self) -> dict:
        return {
            "item": self.item,
            "field": self.field,
            "findings": [
                {"start": f.start, "end": f.end, "category": str(f.category), "text": f.text}
                for f in self.findings
            ],
        }


@dataclass(frozen=True)
class PublicationWaiverInfo:
    id: int
    meeting_id: int
    item: str
    field: str
    category: str
    text: str
    reason: str
    decided_by: str
    created_at: datetime

    def covers(self, item: str, field: str, finding: Finding) -> bool:
        return (self.item, self.field, self.category) == (item, field, str(finding.category)) and (
            self.text in waiver_texts(finding.text)
        )


# The fields a publication review may change, per kind: (service, method, argument).
EDITABLE = {
    (KIND_SESSION, "titel"): "title",
    (KIND_SESSION, "notities"): "notes",
    (KIND_SESSION, "evaluatie"): "evaluation",
    (KIND_CASE, "titel"): "title",
    (KIND_OBSERVATION, "tekst"): "text",
    (KIND_QUESTION, "tekst"): "text",
    (KIND_QUESTION, "antwoord"): "answer",
    (KIND_QUESTION, "eigenaar"): "owner",
    (KIND_QUESTION, "route"): "route",
    (KIND_QUESTION, "verwijzing"): "answer_reference",
    (KIND_ACTION, "tekst"): "text",
    (KIND_ACTION, "eigenaar"): "owner",
    (KIND_ACTION, "route"): "route",
    (KIND_ACTION, "verwijzing"): "answer_reference",
}


@dataclass(frozen=True)
class _Text:
    kind: str
    key: int | str
    record_id: int
    field: str
    text: str
    waivers: tuple[Waiver, ...] = ()
    case_id: int | None = None


@translates_storage_errors
class PublicationService:
    def __init__(self, db: Database, taxonomy: TaxonomyService) -> None:
        self._db = db
        self._taxonomy = taxonomy

    def session_findings(self, meeting_id: int) -> list[TextFindings]:
        """The texts of the session that hold open findings, in the order of the session (the session's
        own texts, then per case its title and description, observations, questions and actions)."""
        from casetafel.anonymisation import detect

        places = tuple(self._taxonomy.local_places())
        waived = self.waivers(meeting_id)
        result = []
        for text in self._texts(meeting_id):
            if not text.text.strip():
                continue
            item = f"{text.kind} {text.key}"
            found = detect(text.text, local_places=places)
            open_ = tuple(
                f
                for f in found
                if is_hard(f.category)  # listed whatever was waived: always masked outside the editor
                or (
                    not any(covers(w, f) for w in text.waivers)
                    and not any(w.covers(item, text.field, f) for w in waived)
                )
            )
            if open_:
                result.append(
                    TextFindings(
                        text.kind, text.key, text.record_id, text.field, text.text, open_, text.case_id
                    )
                )
        return result

    def waivers(self, meeting_id: int) -> list[PublicationWaiverInfo]:
        with self._db.reading() as db_session:
            rows = db_session.scalars(
                select(PublicationWaiver)
                .where(PublicationWaiver.meeting_id == meeting_id)
                .order_by(PublicationWaiver.id)
            )
            return [_waiver_info(row) for row in rows]

    def waive(
        self, meeting_id: int, item: str, field: str, category: str, text: str, reason: str, by: str
    ) -> PublicationWaiverInfo:
        """Let a soft finding stay in the public report of this session; refused for hard identifiers
        and for a reason shorter than a few words."""
        check_waiver(category, reason or "")
        if not text:
            raise ValidationError("Er is geen gegeven gekozen om te laten staan.")
        with self._db.transaction() as db_session:
            get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst")
            row = PublicationWaiver(
                meeting_id=meeting_id,
                item=item,
                field=field,
                category=str(category),
                text=text,
                reason=reason.strip(),
                decided_by=(by or "").strip() or "onbekend",
                created_at=utc_now(),
            )
            db_session.add(row)
            db_session.flush()
            return _waiver_info(row)

    def remove_waiver(self, waiver_id: int) -> None:
        with self._db.transaction() as db_session:
            row = db_session.get(PublicationWaiver, waiver_id)
            if row is not None:
                db_session.delete(row)

    def set_text(self, kind: str, record_id: int, field: str, text: str) -> None:
        """Store a changed text of an item (after a replacement in the review, or its undo)."""
        name = EDITABLE.get((kind, field))
        if name is None:
            raise ValidationError(
                "Deze tekst kan hier niet gewijzigd worden; open de casus om hem aan te passen."
            )
        from casetafel.services.cases import CaseService
        from casetafel.services.meetings import MeetingService
        from casetafel.services.records import RecordService

        records = RecordService(self._db)
        if kind == KIND_SESSION:
            MeetingService(self._db).update_meeting(record_id, **{name: text})
        elif kind == KIND_CASE:
            CaseService(self._db).update_case(record_id, **{name: text})
        elif kind == KIND_OBSERVATION:
            records.update_observation(record_id, **{name: text})
        elif kind == KIND_QUESTION:
            records.update_question(record_id, **{name: text})
        else:
            records.update_action(record_id, **{name: text})

    def _texts(self, meeting_id: int) -> list[_Text]:
        with self._db.reading() as db_session:
            meeting = db_session.scalar(
                select(Meeting)
                .where(Meeting.id == meeting_id)
                .options(selectinload(Meeting.agenda).selectinload(AgendaItem.case))
            )
            if meeting is None:
                get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst")
            texts = [
                _Text(KIND_SESSION, meeting.id, meeting.id, "titel", meeting.title),
                _Text(KIND_SESSION, meeting.id, meeting.id, "notities", meeting.notes),
                _Text(KIND_SESSION, meeting.id, meeting.id, "evaluatie", meeting.evaluation),
            ]
            observations = list(
                db_session.scalars(
                    select(Observation).where(Observation.meeting_id == meeting_id).order_by(Observation.id)
                )
            )
            questions = list(
                db_session.scalars(
                    select(GovernanceQuestion)
                    .where(GovernanceQuestion.meeting_id == meeting_id)
                    .order_by(GovernanceQuestion.id)
                )
            )
            actions = list(
                db_session.scalars(select(Action).where(Action.meeting_id == meeting_id).order_by(Action.id))
            )
            case_ids = [item.case_id for item in meeting.agenda]
            for item in meeting.agenda:
                case = item.case
                waivers = tuple(waivers_from_json(case.anonymisation_waivers))
                texts.append(_Text(KIND_CASE, case.code, case.id, "titel", case.title, waivers, case.id))
                texts.append(
                    _Text(KIND_CASE, case.code, case.id, "beschrijving", case.description, waivers, case.id)
                )
                texts.extend(_observation_texts(o for o in observations if o.case_id == case.id))
                texts.extend(_question_texts(q for q in questions if q.case_id == case.id))
                texts.extend(_action_texts(a for a in actions if a.case_id == case.id))
            texts.extend(_observation_texts(o for o in observations if o.case_id not in case_ids))
            texts.extend(_question_texts(q for q in questions if q.case_id not in case_ids))
            texts.extend(_action_texts(a for a in actions if a.case_id not in case_ids))
            return texts


def _waiver_info(row: PublicationWaiver) -> PublicationWaiverInfo:
    return PublicationWaiverInfo(
        row.id,
        row.meeting_id,
        row.item,
        row.field,
        row.category,
        row.text,
        row.reason,
        row.decided_by,
        row.created_at,
    )


def _observation_texts(rows: Iterable[Observation]) -> Iterator[_Text]:
    for row in rows:
        yield _Text(KIND_OBSERVATION, row.id, row.id, "tekst", row.text, case_id=row.case_id)


def _question_texts(rows: Iterable[GovernanceQuestion]) -> Iterator[_Text]:
    for row in rows:
        for field, value in (
            ("tekst", row.text), ("antwoord", row.answer), ("eigenaar", row.owner), ("route", row.route),
            ("verwijzing", row.answer_reference),
        ):  # fmt: skip
            yield _Text(KIND_QUESTION, row.id, row.id, field, value, case_id=row.case_id)


def _action_texts(rows: Iterable[Action]) -> Iterator[_Text]:
    for row in rows:
        for field, value in (
            ("tekst", row.text), ("eigenaar", row.owner), ("route", row.route),
            ("verwijzing", row.answer_reference),
        ):  # fmt: skip
            yield _Text(KIND_ACTION, row.id, row.id, field, value, case_id=row.case_id)
