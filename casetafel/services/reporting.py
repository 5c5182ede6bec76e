"""Gather a session's data for its report, with codes turned into Dutch labels.

The report module takes the resulting ``ReportData`` and knows nothing of the database. A case whose
anonymisation is not confirmed never reaches a report.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casetafel.domain.vocabulary import (
    ACTION_STATUS_LABELS,
    ADDRESSEES,
    INSTRUMENT_LABELS,
    QUESTION_STATUS_LABELS,
    STATUS_LABELS,
    Vocabulary,
)
from casetafel.report.data import (
    ActionData,
    CaseChapter,
    ObservationData,
    ParticipantData,
    QuestionData,
    ReportData,
)
from casetafel.services.anonymity import check_text, waivers_from_json
from casetafel.services.common import get_or_fail
from casetafel.services.errors import UnconfirmedCaseError
from casetafel.services.taxonomy import TaxonomyService
from casetafel.storage.engine import Database
from casetafel.storage.models import (
    Action,
    AgendaItem,
    GovernanceQuestion,
    Meeting,
    MethodTemplate,
    Observation,
)


class ReportingService:
    def __init__(self, db: Database, taxonomy: TaxonomyService) -> None:
        self._db = db
        self._taxonomy = taxonomy

    def report_data(self, session_id: int) -> ReportData:
        """Everything the report of a session needs; refuses unconfirmed cases."""
        labels = self._taxonomy.all_labels()
        places = self._taxonomy.local_places()

        def label(vocabulary: Vocabulary, code: str) -> str:
            return labels.get(vocabulary.value, {}).get(code, code)

        def labels_of(vocabulary: Vocabulary, codes) -> tuple[str, ...]:
            return tuple(label(vocabulary, code) for code in codes or ())

        addressees = {term.code: term.label for term in ADDRESSEES}
        with self._db.reading() as session:
            meeting = session.scalar(
                select(Meeting)
                .where(Meeting.id == session_id)
                .options(
                    selectinload(Meeting.participants),
                    selectinload(Meeting.agenda).selectinload(AgendaItem.case),
                )
            )
            if meeting is None:
                get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            unconfirmed = [
                item.case.code for item in meeting.agenda if item.case.anonymisation_confirmed_at is None
            ]
            if unconfirmed:
                raise UnconfirmedCaseError(unconfirmed)
            for item in meeting.agenda:  # checked again at every export, not only at confirmation
                case = item.case
                check_text(case.code, case.description, waivers_from_json(case.anonymisation_waivers), places)
            template = session.get(MethodTemplate, meeting.template_id) if meeting.template_id else None
            phase_names = {p.key: p.name for p in template.phases} if template else {}
            case_codes = {item.case_id: item.case.code for item in meeting.agenda}

            def question(r: GovernanceQuestion) -> QuestionData:
                return QuestionData(
                    id=r.id,
                    text=r.text,
                    council_role=label(Vocabulary.COUNCIL_ROLE, r.council_role) if r.council_role else "",
                    theme=label(Vocabulary.THEME, r.theme) if r.theme else "",
                    addressed_to=addressees.get(r.addressed_to, r.addressed_to),
                    instrument=INSTRUMENT_LABELS.get(r.instrument, r.instrument),
                    status=QUESTION_STATUS_LABELS.get(r.status, r.status),
                    owner=r.owner,
                    due_date=r.due_date,
                    answer=r.answer,
                    votes=r.votes,
                    case_code=case_codes.get(r.case_id, "") if r.case_id else "",
                    owner_kind=r.owner_kind,
                    route=r.route,
                    council_role_code=r.council_role,
                    addressed_to_code=r.addressed_to,
                    instrument_code=r.instrument,
                    status_code=r.status,
                )

            def action(r: Action) -> ActionData:
                return ActionData(
                    id=r.id,
                    text=r.text,
                    owner=r.owner,
                    due_date=r.due_date,
                    status=ACTION_STATUS_LABELS.get(r.status, r.status),
                    case_code=case_codes.get(r.case_id, "") if r.case_id else "",
                    owner_kind=r.owner_kind,
                    route=r.route,
                    status_code=r.status,
                )

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
            chapters = []
            for item in meeting.agenda:
                case = item.case
                chapters.append(
                    CaseChapter(
                        code=case.code,
                        title=case.title,
                        description=case.description,
                        domains=labels_of(Vocabulary.DOMAIN, case.domains),
                        presenter_role=label(Vocabulary.PARTICIPANT_ROLE, case.presenter_role)
                        if case.presenter_role
                        else "",
                        observations=tuple(
                            ObservationData(
                                id=o.id,
                                text=o.text,
                                kind=label(Vocabulary.OBSERVATION_KIND, o.kind),
                                kind_code=o.kind,
                                phase=phase_names.get(o.phase_key, o.phase_key),
                                domains=labels_of(Vocabulary.DOMAIN, o.domains),
                                actors=labels_of(Vocabulary.ACTOR_LEVEL, o.actors),
                                author_role=label(Vocabulary.PARTICIPANT_ROLE, o.author_role)
                                if o.author_role
                                else "",
                                votes=o.votes,
                                created_at=o.created_at,
                            )
                            for o in observations
                            if o.case_id == case.id
                        ),
                        questions=tuple(question(q) for q in questions if q.case_id == case.id),
                        actions=tuple(action(a) for a in actions if a.case_id == case.id),
                    )
                )
            agenda_case_ids = set(case_codes)
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
                        role=label(Vocabulary.PARTICIPANT_ROLE, p.role), name=p.name, party=p.party
                    )
                    for p in meeting.participants
                ),
                cases=tuple(chapters),
                session_questions=tuple(question(q) for q in questions if q.case_id not in agenda_case_ids),
                session_actions=tuple(action(a) for a in actions if a.case_id not in agenda_case_ids),
                notes=meeting.notes,
                evaluation=tuple(line for line in meeting.evaluation.splitlines() if line.strip()),
                status_code=meeting.status,
                doc_status=meeting.doc_status,
                doc_version=meeting.doc_version,
                adopted_on=meeting.adopted_on,
                addressee=meeting.addressee,
                griffie_contact=meeting.griffie_contact,
                reference=meeting.reference,
            )
