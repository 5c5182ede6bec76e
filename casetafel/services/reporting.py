"""Gather a session's data for its report, with codes turned into Dutch labels.

The report module takes the resulting ``ReportData`` and knows nothing of the database. A case whose
anonymisation is not confirmed never reaches a report, but it blocks only what prints its text: the
public variant and the CSV do not print case descriptions and do not depend on them. Every text is
masked for its variant (``report_masking``) before it leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casetafel.domain.method import PhaseScope
from casetafel.domain.records import RecordKind
from casetafel.domain.vocabulary import STATUS_LABELS, Vocabulary
from casetafel.report.data import (
    ActionData,
    CaseChapter,
    HistoryData,
    ObservationData,
    ParticipantData,
    QuestionData,
    ReportData,
    ReportVariant,
)
from casetafel.services.anonymity import check_text, waivers_from_json
from casetafel.services.common import get_or_fail
from casetafel.services.errors import UnconfirmedCaseError, translates_storage_errors
from casetafel.services.report_masking import MaskCount, mask_report
from casetafel.services.session_history import events_of
from casetafel.services.taxonomy import TaxonomyService
from casetafel.services.timeline import RecordLabels
from casetafel.storage.engine import Database
from casetafel.storage.models import (
    Action,
    AgendaItem,
    GovernanceQuestion,
    Meeting,
    MethodTemplate,
    Observation,
)


@translates_storage_errors
class ReportingService:
    def __init__(self, db: Database, taxonomy: TaxonomyService) -> None:
        self._db = db
        self._taxonomy = taxonomy

    def report_data(
        self,
        meeting_id: int,
        variant: ReportVariant = ReportVariant.CONFIDENTIAL,
        *,
        descriptions: bool = True,
    ) -> ReportData:
        """Everything the report of a session needs, masked for ``variant`` (see ``masked_report_data``)."""
        return self.masked_report_data(meeting_id, variant, descriptions=descriptions)[0]

    def masked_report_data(
        self,
        meeting_id: int,
        variant: ReportVariant = ReportVariant.CONFIDENTIAL,
        *,
        descriptions: bool = True,
    ) -> tuple[ReportData, MaskCount]:
        """The session's report data masked for ``variant``, and what was masked per category.

        With case descriptions (the confidential PDF and JSON), an unconfirmed case or a case text with
        an open finding is refused. The public variant, and ``descriptions=False`` (the CSV), carry no
        case description and are never refused for one."""
        public = variant == ReportVariant.PUBLIC
        data = self._raw_data(meeting_id, with_descriptions=descriptions and not public)
        waived = ()
        if public:
            from casetafel.services.publication import PublicationService

            waived = {
                (w.item, w.field, w.category, w.text)
                for w in PublicationService(self._db, self._taxonomy).waivers(meeting_id)
            }
        return mask_report(data, public=public, local_places=self._taxonomy.local_places(), waived=waived)

    def _raw_data(self, meeting_id: int, *, with_descriptions: bool) -> ReportData:
        """The report data in named steps: the meeting, the check of its cases, its records, a chapter per
        case, the whole."""
        labels = RecordLabels(self._taxonomy.all_labels())
        with self._db.reading() as db_session:
            meeting = _load_meeting(db_session, meeting_id)
            if with_descriptions:
                _check_cases(meeting, self._taxonomy.local_places())
            template = db_session.get(MethodTemplate, meeting.template_id) if meeting.template_id else None
            phases = ReportPhases(template)
            case_codes = {item.case_id: item.case.code for item in meeting.agenda}
            items = ReportItems(labels, phases, case_codes)
            records = _MeetingRecords.read(db_session, meeting_id)
            chapters = [
                _chapter(item.case, records, items, labels, with_descriptions) for item in meeting.agenda
            ]
            history = events_of(db_session.connection(), meeting_id)
            return _report(meeting, template, chapters, records, items, labels, history)


def _load_meeting(db_session, meeting_id: int) -> Meeting:
    """The meeting with its participants and its agenda's cases, or NotFoundError."""
    meeting = db_session.scalar(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.participants),
            selectinload(Meeting.agenda).selectinload(AgendaItem.case),
        )
    )
    if meeting is None:
        get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst")
    return meeting


def _check_cases(meeting: Meeting, places) -> None:
    """Every case on the agenda is confirmed and has no open finding (checked again at every export,
    not only at confirmation): a report with case texts is refused otherwise."""
    unconfirmed = [item.case.code for item in meeting.agenda if item.case.anonymisation_confirmed_at is None]
    if unconfirmed:
        raise UnconfirmedCaseError(unconfirmed)
    for item in meeting.agenda:
        case = item.case
        check_text(case.code, case.description, waivers_from_json(case.anonymisation_waivers), places)


@dataclass(frozen=True)
class _MeetingRecords:
    """The meeting's observations, governance questions and actions, in the order they were recorded."""

    observations: list[Observation]
    questions: list[GovernanceQuestion]
    actions: list[Action]

    @classmethod
    def read(cls, db_session, meeting_id: int) -> _MeetingRecords:
        def rows(model):
            return list(
                db_session.scalars(select(model).where(model.meeting_id == meeting_id).order_by(model.id))
            )

        return cls(rows(Observation), rows(GovernanceQuestion), rows(Action))


def _chapter(case, records: _MeetingRecords, items: ReportItems, labels: RecordLabels, descriptions: bool):
    """One case's chapter: its text (only with ``descriptions``), facts and what was recorded about it."""
    return CaseChapter(
        code=case.code,
        title=case.title,
        description=case.description if descriptions else "",
        domains=labels.labels(Vocabulary.DOMAIN, case.domains),
        presenter_role=labels.label(Vocabulary.PARTICIPANT_ROLE, case.presenter_role),
        observations=tuple(items.observation(o) for o in records.observations if o.case_id == case.id),
        questions=tuple(items.question(q) for q in records.questions if q.case_id == case.id),
        actions=tuple(items.action(a) for a in records.actions if a.case_id == case.id),
    )


def _report(meeting, template, chapters, records: _MeetingRecords, items, labels, history) -> ReportData:
    """The whole: the meeting's fields, its chapters, what belongs to the session as a whole (its own
    questions and actions, the opening's and the evaluation's lines), history and document control."""
    on_agenda = set(items.case_codes)
    phases = items.phases
    session_lines = [items.observation(o) for o in records.observations if o.case_id not in on_agenda]
    return ReportData(
        session_id=meeting.id,
        title=meeting.title,
        starts_at=meeting.starts_at,
        location=meeting.location,
        municipality=meeting.municipality,
        facilitator=meeting.facilitator,
        template_name=template.name if template else "",
        status=STATUS_LABELS.get(meeting.status, meeting.status),
        participants=tuple(
            ParticipantData(
                role=labels.label(Vocabulary.PARTICIPANT_ROLE, p.role), name=p.name, party=p.party
            )
            for p in meeting.participants
        ),
        cases=tuple(chapters),
        session_questions=tuple(items.question(q) for q in records.questions if q.case_id not in on_agenda),
        session_actions=tuple(items.action(a) for a in records.actions if a.case_id not in on_agenda),
        notes=meeting.notes,
        evaluation=tuple(line for line in meeting.evaluation.splitlines() if line.strip()),
        opening=tuple(line for line in session_lines if phases.is_opening(line.phase_key)),
        closing=tuple(line for line in session_lines if not phases.is_opening(line.phase_key)),
        history=tuple(HistoryData(e.event, e.at, e.who, e.reason) for e in history),
        status_code=meeting.status,
        doc_status=meeting.doc_status,
        doc_version=meeting.doc_version,
        adopted_on=meeting.adopted_on,
        addressee=meeting.addressee,
        griffie_contact=meeting.griffie_contact,
        reference=meeting.reference,
    )


class ReportPhases:
    """The names of the method's phases, and which of them open the session."""

    def __init__(self, template: MethodTemplate | None) -> None:
        phases = list(template.phases) if template else []
        self.names = {p.key: p.name for p in phases}
        self.opening = {p.key for p in phases if p.scope == PhaseScope.SESSION_START}
        if not phases:
            self.opening = {"opening"}

    def name(self, key: str) -> str:
        return self.names.get(key, key)

    def is_opening(self, key: str) -> bool:
        return key in self.opening


class ReportItems:
    """Stored items as report data, with the labels resolved by ``RecordLabels`` (the same the window
    shows)."""

    def __init__(self, labels: RecordLabels, phases: ReportPhases, case_codes: dict[int, str]) -> None:
        self.labels = labels
        self.phases = phases
        self.case_codes = case_codes

    def observation(self, o: Observation) -> ObservationData:
        labels = self.labels
        return ObservationData(
            id=o.id,
            text=o.text,
            kind=labels.label(Vocabulary.OBSERVATION_KIND, o.kind),
            kind_code=o.kind,
            phase=self.phases.name(o.phase_key),
            domains=labels.labels(Vocabulary.DOMAIN, o.domains),
            actors=labels.labels(Vocabulary.ACTOR_LEVEL, o.actors),
            author_role=labels.label(Vocabulary.PARTICIPANT_ROLE, o.author_role),
            votes=o.votes,
            created_at=o.created_at,
            phase_key=o.phase_key,
        )

    def question(self, r: GovernanceQuestion) -> QuestionData:
        labels = self.labels
        return QuestionData(
            id=r.id,
            text=r.text,
            council_role=labels.label(Vocabulary.COUNCIL_ROLE, r.council_role),
            theme=labels.label(Vocabulary.THEME, r.theme),
            addressed_to=labels.addressee(r.addressed_to),
            instrument=labels.instrument(r.instrument),
            status=labels.status(RecordKind.QUESTION, r.status),
            owner=r.owner,
            due_date=r.due_date,
            answer=r.answer,
            votes=r.votes,
            case_code=self.case_codes.get(r.case_id, "") if r.case_id else "",
            number=r.number or "",
            phase_key=r.phase_key,
            created_at=r.created_at,
            owner_kind=r.owner_kind,
            route=r.route,
            answered_on=r.answered_on,
            answer_reference=r.answer_reference,
            council_role_code=r.council_role,
            addressed_to_code=r.addressed_to,
            instrument_code=r.instrument,
            status_code=r.status,
        )

    def action(self, r: Action) -> ActionData:
        return ActionData(
            id=r.id,
            text=r.text,
            owner=r.owner,
            due_date=r.due_date,
            status=self.labels.status(RecordKind.ACTION, r.status),
            case_code=self.case_codes.get(r.case_id, "") if r.case_id else "",
            number=r.number or "",
            created_at=r.created_at,
            owner_kind=r.owner_kind,
            route=r.route,
            answered_on=r.answered_on,
            answer_reference=r.answer_reference,
            status_code=r.status,
        )
