"""Gather a session's data for its report, with codes turned into Dutch labels.

The report module takes the resulting ``ReportData`` and knows nothing of the database. A case whose
anonymisation is not confirmed never reaches a report, but it blocks only what prints its text: the
public variant and the CSV do not print case descriptions and do not depend on them. Every text is
masked for its variant (``report_masking``) before it leaves this module.
"""

from __future__ import annotations

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
        labels = RecordLabels(self._taxonomy.all_labels())
        places = self._taxonomy.local_places()
        with self._db.reading() as db_session:
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
            if with_descriptions:
                unconfirmed = [
                    item.case.code for item in meeting.agenda if item.case.anonymisation_confirmed_at is None
                ]
                if unconfirmed:
                    raise UnconfirmedCaseError(unconfirmed)
                for item in meeting.agenda:  # checked again at every export, not only at confirmation
                    case = item.case
                    waivers = waivers_from_json(case.anonymisation_waivers)
                    check_text(case.code, case.description, waivers, places)
            template = db_session.get(MethodTemplate, meeting.template_id) if meeting.template_id else None
            phases = ReportPhases(template)
            case_codes = {item.case_id: item.case.code for item in meeting.agenda}
            items = ReportItems(labels, phases, case_codes)

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
            chapters = []
            for item in meeting.agenda:
                case = item.case
                chapters.append(
                    CaseChapter(
                        code=case.code,
                        title=case.title,
                        description=case.description if with_descriptions else "",
                        domains=labels.labels(Vocabulary.DOMAIN, case.domains),
                        presenter_role=labels.label(Vocabulary.PARTICIPANT_ROLE, case.presenter_role),
                        observations=tuple(
                            items.observation(o) for o in observations if o.case_id == case.id
                        ),
                        questions=tuple(items.question(q) for q in questions if q.case_id == case.id),
                        actions=tuple(items.action(a) for a in actions if a.case_id == case.id),
                    )
                )
            agenda_case_ids = set(case_codes)
            session_lines = [items.observation(o) for o in observations if o.case_id not in agenda_case_ids]
            history = events_of(db_session.connection(), meeting_id)
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
                session_questions=tuple(
                    items.question(q) for q in questions if q.case_id not in agenda_case_ids
                ),
                session_actions=tuple(items.action(a) for a in actions if a.case_id not in agenda_case_ids),
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
