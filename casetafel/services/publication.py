"""The publication review: every text of a session (titles, notes, evaluation, observations, governance
questions with answers and owners, actions with owners, the titles and descriptions of its cases) with
the identifier findings nobody resolved, by item. ``anon-check --session`` prints it as JSON lines; the
report dialog shows the count and the review before a public report or export.

Case descriptions count only with the findings their waivers leave open; the public variant never
prints them anyway. Read-only: replacing goes through the records and sessions services.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casetafel.anonymisation.model import Finding
from casetafel.services.anonymity import Waiver, covers, waivers_from_json
from casetafel.services.common import get_or_fail
from casetafel.services.taxonomy import TaxonomyService
from casetafel.storage.engine import Database
from casetafel.storage.models import Action, AgendaItem, GovernanceQuestion, Meeting, Observation

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
class _Text:
    kind: str
    key: int | str
    record_id: int
    field: str
    text: str
    waivers: tuple[Waiver, ...] = ()


class PublicationService:
    def __init__(self, db: Database, taxonomy: TaxonomyService) -> None:
        self._db = db
        self._taxonomy = taxonomy

    def session_findings(self, session_id: int) -> list[TextFindings]:
        """The texts of the session that hold open findings, in the order of the session (the session's
        own texts, then per case its title and description, observations, questions and actions)."""
        from casetafel.anonymisation import detect

        places = tuple(self._taxonomy.local_places())
        result = []
        for text in self._texts(session_id):
            if not text.text.strip():
                continue
            found = detect(text.text, local_places=places)
            open_ = tuple(f for f in found if not any(covers(w, f) for w in text.waivers))
            if open_:
                result.append(TextFindings(text.kind, text.key, text.record_id, text.field, text.text, open_))
        return result

    def _texts(self, session_id: int) -> list[_Text]:
        with self._db.reading() as session:
            meeting = session.scalar(
                select(Meeting)
                .where(Meeting.id == session_id)
                .options(selectinload(Meeting.agenda).selectinload(AgendaItem.case))
            )
            if meeting is None:
                get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            texts = [
                _Text(KIND_SESSION, meeting.id, meeting.id, "titel", meeting.title),
                _Text(KIND_SESSION, meeting.id, meeting.id, "notities", meeting.notes),
                _Text(KIND_SESSION, meeting.id, meeting.id, "evaluatie", meeting.evaluation),
            ]
            observations = list(
                session.scalars(
                    select(Observation).where(Observation.meeting_id == session_id).order_by(Observation.id)
                )
            )
            questions = list(
                session.scalars(
                    select(GovernanceQuestion)
                    .where(GovernanceQuestion.meeting_id == session_id)
                    .order_by(GovernanceQuestion.id)
                )
            )
            actions = list(
                session.scalars(select(Action).where(Action.meeting_id == session_id).order_by(Action.id))
            )
            case_ids = [item.case_id for item in meeting.agenda]
            for item in meeting.agenda:
                case = item.case
                waivers = tuple(waivers_from_json(case.anonymisation_waivers))
                texts.append(_Text(KIND_CASE, case.code, case.id, "titel", case.title, waivers))
                texts.append(_Text(KIND_CASE, case.code, case.id, "beschrijving", case.description, waivers))
                texts.extend(_observation_texts(o for o in observations if o.case_id == case.id))
                texts.extend(_question_texts(q for q in questions if q.case_id == case.id))
                texts.extend(_action_texts(a for a in actions if a.case_id == case.id))
            texts.extend(_observation_texts(o for o in observations if o.case_id not in case_ids))
            texts.extend(_question_texts(q for q in questions if q.case_id not in case_ids))
            texts.extend(_action_texts(a for a in actions if a.case_id not in case_ids))
            return texts


def _observation_texts(rows: Iterable[Observation]) -> Iterator[_Text]:
    for row in rows:
        yield _Text(KIND_OBSERVATION, row.id, row.id, "tekst", row.text)


def _question_texts(rows: Iterable[GovernanceQuestion]) -> Iterator[_Text]:
    for row in rows:
        yield _Text(KIND_QUESTION, row.id, row.id, "tekst", row.text)
        yield _Text(KIND_QUESTION, row.id, row.id, "antwoord", row.answer)
        yield _Text(KIND_QUESTION, row.id, row.id, "eigenaar", row.owner)


def _action_texts(rows: Iterable[Action]) -> Iterator[_Text]:
    for row in rows:
        yield _Text(KIND_ACTION, row.id, row.id, "tekst", row.text)
        yield _Text(KIND_ACTION, row.id, row.id, "eigenaar", row.owner)
