"""Running a session at the table ("Tafel leiden"): the run state, the time per phase and the drafts.

Everything the facilitator does during a session is saved the moment it happens, each call one
committed transaction: the current step, the timer of each step (seconds spent, minutes added, running
or paused), the dot budget, and the text being typed (drafts keyed by session and field). After a crash
the next start finds the run and resumes at the same step with the same timer and the same draft.
Only cases whose anonymisation is confirmed, and whose text holds no open identifier finding (checked
again with the local place names), can be started or projected.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, insert, select, update

from casetafel.anonymisation.masking import mask_hard
from casetafel.domain.vocabulary import MeetingStatus
from casetafel.services.anonymity import check_text
from casetafel.services.cases import CaseInfo, case_info
from casetafel.services.common import check_exists, get_or_fail, required_text
from casetafel.services.errors import UnconfirmedCaseError, ValidationError, translates_storage_errors
from casetafel.services.facilitation_plan import Step, build_steps
from casetafel.services.meetings import MeetingInfo, MeetingService
from casetafel.services.session_history import SessionEvent, SessionEventKind, add_event, events_of
from casetafel.services.taxonomy import TaxonomyService
from casetafel.services.templates import TemplateInfo, TemplateService
from casetafel.storage import tables
from casetafel.storage.engine import Database
from casetafel.storage.models import (
    Case,
    Draft,
    FacilitationRun,
    Meeting,
    PhaseTiming,
    utc_now,
)

# Drafts are written every second and with each capture: prepared statements, no ORM bookkeeping.
_DRAFTS = tables.drafts
_UPDATE_DRAFT = (
    update(_DRAFTS)
    .where(_DRAFTS.c.meeting_id == bindparam("b_meeting"), _DRAFTS.c.field == bindparam("b_field"))
    .values(text=bindparam("b_text"), updated_at=bindparam("b_now"))
)
_INSERT_DRAFT = insert(_DRAFTS).values(
    meeting_id=bindparam("b_meeting"), field=bindparam("b_field"), text=bindparam("b_text"),
    updated_at=bindparam("b_now"),
)  # fmt: skip

CAPTURE_DRAFT = "invoer"


@dataclass(frozen=True)
class StepTiming:
    step_key: str
    case_id: int | None
    phase_key: str
    planned_seconds: int
    elapsed_seconds: float
    extra_seconds: int


@dataclass(frozen=True)
class RunState:
    meeting_id: int
    step_key: str
    running: bool
    vote_budget: int
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    timings: dict[str, StepTiming]

    def timing(self, step_key: str) -> StepTiming | None:
        return self.timings.get(step_key)


@dataclass(frozen=True)
class RunPlan:
    meeting: MeetingInfo
    template: TemplateInfo
    steps: tuple[Step, ...]


def _run_state(run: FacilitationRun, timings) -> RunState:
    return RunState(
        meeting_id=run.meeting_id,
        step_key=run.step_key,
        running=run.running,
        vote_budget=run.vote_budget,
        started_at=run.started_at,
        updated_at=run.updated_at,
        finished_at=run.finished_at,
        timings={
            t.step_key: StepTiming(
                t.step_key, t.case_id, t.phase_key, t.planned_seconds, t.elapsed_seconds, t.extra_seconds
            )
            for t in timings
        },
    )


@translates_storage_errors
class FacilitationService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._meetings = MeetingService(db)
        self._templates = TemplateService(db)
        self._taxonomy = TaxonomyService(db)

    # -- plan and gate ----------------------------------------------------------------------------
    def plan(self, meeting_id: int) -> RunPlan:
        meeting = self._meetings.get_meeting(meeting_id)
        template = (
            self._templates.get_template(meeting.template_id)
            if meeting.template_id is not None
            else self._templates.default_template()
        )
        return RunPlan(meeting, template, build_steps(template, meeting.agenda))

    def check_confirmed(self, meeting_id: int) -> None:
        """Raise ``UnconfirmedCaseError`` if a case on the agenda has no confirmed anonymisation, and
        ``OpenFindingsError`` if a case text holds an identifier that is neither replaced nor waived."""
        meeting = self._meetings.get_meeting(meeting_id)
        codes = [a.case_code for a in meeting.agenda if not a.anonymisation_confirmed]
        if codes:
            raise UnconfirmedCaseError(codes)
        places = self._taxonomy.local_places()
        for item in meeting.agenda:
            self._check_text(self._case(item.case_id), places)

    def projectable_case(self, case_id: int) -> CaseInfo:
        """The case, for showing on the projector; refused when its anonymisation is not confirmed or
        its text (checked again now) holds an open identifier finding."""
        info = self._case(case_id)
        if not info.anonymisation_confirmed:
            raise UnconfirmedCaseError([info.code])
        self._check_text(info, self._taxonomy.local_places())
        # Hard identifiers (BSN, IBAN, phone, ...) never reach the projector, whatever was waived.
        return dataclasses.replace(info, description=mask_hard(info.description))

    def _case(self, case_id: int) -> CaseInfo:
        with self._db.reading() as db_session:
            return case_info(get_or_fail(db_session, Case, case_id, "Casus"))

    @staticmethod
    def _check_text(info: CaseInfo, places: list[str]) -> None:
        check_text(info.code, info.description, info.anonymisation_waivers, places)

    # -- the run ----------------------------------------------------------------------------------
    def start(self, meeting_id: int, first_step_key: str = "") -> RunState:
        """Start (or continue) running the session: checks the gate and sets the status to "bezig"."""
        self.check_confirmed(meeting_id)
        with self._db.transaction() as db_session:
            meeting = get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst")
            if meeting.status == MeetingStatus.FINISHED:
                raise ValidationError("Deze bijeenkomst is al afgerond.")
            meeting.status = MeetingStatus.RUNNING.value
            run = self._run_row(db_session, meeting_id)
            if run is None:
                run = FacilitationRun(meeting_id=meeting_id, step_key=first_step_key, running=False)
                db_session.add(run)
            run.finished_at = (
                None  # a reopened session runs again (and is offered for resuming after a crash)
            )
            db_session.flush()
            return _run_state(run, self._timing_rows(db_session, meeting_id))

    def run_state(self, meeting_id: int) -> RunState | None:
        with self._db.reading() as db_session:
            run = self._run_row(db_session, meeting_id)
            return None if run is None else _run_state(run, self._timing_rows(db_session, meeting_id))

    def save_position(
        self,
        meeting_id: int,
        step: Step,
        *,
        elapsed_seconds: float,
        extra_seconds: int,
        running: bool,
    ) -> None:
        """Save the current step and its timer in one transaction."""
        with self._db.transaction() as db_session:
            run = self._run_row(db_session, meeting_id)
            if run is None:
                raise ValidationError("Deze bijeenkomst is niet gestart.")
            run.step_key = step.key
            run.running = bool(running)
            timing = db_session.scalar(
                select(PhaseTiming).where(
                    PhaseTiming.meeting_id == meeting_id, PhaseTiming.step_key == step.key
                )
            )
            if timing is None:
                timing = PhaseTiming(meeting_id=meeting_id, step_key=step.key)
                db_session.add(timing)
            timing.case_id = step.case_id
            timing.phase_key = step.phase_key
            timing.planned_seconds = step.planned_seconds
            timing.elapsed_seconds = round(float(elapsed_seconds), 3)
            timing.extra_seconds = int(extra_seconds)
            run.updated_at = utc_now()

    def set_vote_budget(self, meeting_id: int, dots: int) -> None:
        if not 1 <= int(dots) <= 20:
            raise ValidationError("Het aantal stippen per persoon ligt tussen 1 en 20.")
        with self._db.transaction() as db_session:
            run = self._run_row(db_session, meeting_id)
            if run is None:
                raise ValidationError("Deze bijeenkomst is niet gestart.")
            run.vote_budget = int(dots)

    def finish(self, meeting_id: int) -> MeetingInfo:
        """Mark the session finished ("afgerond"), kept in its history; its run is kept for the time per
        phase."""
        with self._db.transaction() as db_session:
            meeting = get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst")
            run = self._run_row(db_session, meeting_id)
            if run is not None:
                run.running = False
                run.finished_at = utc_now()
            if meeting.status != MeetingStatus.FINISHED:
                add_event(db_session.connection(), meeting_id, SessionEventKind.FINISHED)
            meeting.status = MeetingStatus.FINISHED.value
        return self._meetings.get_meeting(meeting_id)

    def reopen(self, meeting_id: int, reason: str) -> MeetingInfo:
        """Reopen a finished session to correct it ("bezig" again); the reason, who and when are kept in
        its history and its report becomes a revised version."""
        reason = required_text(reason, "De reden om te heropenen")
        with self._db.transaction() as db_session:
            meeting = get_or_fail(db_session, Meeting, meeting_id, "Bijeenkomst")
            if meeting.status != MeetingStatus.FINISHED:
                raise ValidationError("Alleen een afgeronde bijeenkomst kan worden heropend.")
            meeting.status = MeetingStatus.RUNNING.value
            add_event(db_session.connection(), meeting_id, SessionEventKind.REOPENED, reason.strip())
        return self._meetings.get_meeting(meeting_id)

    def history(self, meeting_id: int) -> list[SessionEvent]:
        """The session's events (finished, reopened with a reason), oldest first."""
        with self._db.reading() as db_session:
            check_exists(db_session, Meeting, meeting_id, "Bijeenkomst")
            return events_of(db_session.connection(), meeting_id)

    # -- drafts -----------------------------------------------------------------------------------
    def save_draft(self, meeting_id: int, field: str, text: str) -> None:
        self.save_drafts(meeting_id, {field: text})

    def save_drafts(self, meeting_id: int, texts: dict[str, str]) -> None:
        """Save several fields in one transaction (the capture line and its choices)."""
        with self._db.transaction() as db_session:
            check_exists(db_session, Meeting, meeting_id, "Bijeenkomst")
            connection = db_session.connection()
            for field, text in texts.items():
                values = {"b_meeting": meeting_id, "b_field": field, "b_text": str(text), "b_now": utc_now()}
                if connection.execute(_UPDATE_DRAFT, values).rowcount == 0:
                    connection.execute(_INSERT_DRAFT, values)

    def drafts(self, meeting_id: int) -> dict[str, str]:
        with self._db.reading() as db_session:
            rows = db_session.scalars(select(Draft).where(Draft.meeting_id == meeting_id))
            return {row.field: row.text for row in rows}

    # -- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _run_row(db_session, meeting_id: int) -> FacilitationRun | None:
        return db_session.scalar(select(FacilitationRun).where(FacilitationRun.meeting_id == meeting_id))

    @staticmethod
    def _timing_rows(db_session, meeting_id: int):
        return db_session.scalars(
            select(PhaseTiming).where(PhaseTiming.meeting_id == meeting_id).order_by(PhaseTiming.id)
        ).all()
