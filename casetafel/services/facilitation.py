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
from casetafel.domain.vocabulary import SessionStatus
from casetafel.services.anonymity import check_text
from casetafel.services.cases import CaseInfo, case_info
from casetafel.services.common import check_exists, get_or_fail, required_text
from casetafel.services.errors import UnconfirmedCaseError, ValidationError
from casetafel.services.facilitation_plan import Step, build_steps
from casetafel.services.session_history import SessionEvent, SessionEventKind, add_event, events_of
from casetafel.services.sessions import SessionInfo, SessionService
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
    session_id: int
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
    session: SessionInfo
    template: TemplateInfo
    steps: tuple[Step, ...]


def _run_state(run: FacilitationRun, timings) -> RunState:
    return RunState(
        session_id=run.meeting_id,
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


class FacilitationService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._sessions = SessionService(db)
        self._templates = TemplateService(db)
        self._taxonomy = TaxonomyService(db)

    # -- plan and gate ----------------------------------------------------------------------------
    def plan(self, session_id: int) -> RunPlan:
        session = self._sessions.get_session(session_id)
        template = (
            self._templates.get_template(session.template_id)
            if session.template_id is not None
            else self._templates.default_template()
        )
        return RunPlan(session, template, build_steps(template, session.agenda))

    def check_confirmed(self, session_id: int) -> None:
        """Raise ``UnconfirmedCaseError`` if a case on the agenda has no confirmed anonymisation, and
        ``OpenFindingsError`` if a case text holds an identifier that is neither replaced nor waived."""
        session = self._sessions.get_session(session_id)
        codes = [a.case_code for a in session.agenda if not a.anonymisation_confirmed]
        if codes:
            raise UnconfirmedCaseError(codes)
        places = self._taxonomy.local_places()
        for item in session.agenda:
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
        with self._db.reading() as session:
            return case_info(get_or_fail(session, Case, case_id, "Casus"))

    @staticmethod
    def _check_text(info: CaseInfo, places: list[str]) -> None:
        check_text(info.code, info.description, info.anonymisation_waivers, places)

    # -- the run ----------------------------------------------------------------------------------
    def start(self, session_id: int, first_step_key: str = "") -> RunState:
        """Start (or continue) running the session: checks the gate and sets the status to "bezig"."""
        self.check_confirmed(session_id)
        with self._db.transaction() as session:
            meeting = get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            if meeting.status == SessionStatus.FINISHED:
                raise ValidationError("Deze bijeenkomst is al afgerond.")
            meeting.status = SessionStatus.RUNNING.value
            run = self._run_row(session, session_id)
            if run is None:
                run = FacilitationRun(meeting_id=session_id, step_key=first_step_key, running=False)
                session.add(run)
            run.finished_at = (
                None  # a reopened session runs again (and is offered for resuming after a crash)
            )
            session.flush()
            return _run_state(run, self._timing_rows(session, session_id))

    def run_state(self, session_id: int) -> RunState | None:
        with self._db.reading() as session:
            run = self._run_row(session, session_id)
            return None if run is None else _run_state(run, self._timing_rows(session, session_id))

    def save_position(
        self,
        session_id: int,
        step: Step,
        *,
        elapsed_seconds: float,
        extra_seconds: int,
        running: bool,
    ) -> None:
        """Save the current step and its timer in one transaction."""
        with self._db.transaction() as session:
            run = self._run_row(session, session_id)
            if run is None:
                raise ValidationError("Deze bijeenkomst is niet gestart.")
            run.step_key = step.key
            run.running = bool(running)
            timing = session.scalar(
                select(PhaseTiming).where(
                    PhaseTiming.meeting_id == session_id, PhaseTiming.step_key == step.key
                )
            )
            if timing is None:
                timing = PhaseTiming(meeting_id=session_id, step_key=step.key)
                session.add(timing)
            timing.case_id = step.case_id
            timing.phase_key = step.phase_key
            timing.planned_seconds = step.planned_seconds
            timing.elapsed_seconds = round(float(elapsed_seconds), 3)
            timing.extra_seconds = int(extra_seconds)
            run.updated_at = utc_now()

    def set_vote_budget(self, session_id: int, dots: int) -> None:
        if not 1 <= int(dots) <= 20:
            raise ValidationError("Het aantal stippen per persoon ligt tussen 1 en 20.")
        with self._db.transaction() as session:
            run = self._run_row(session, session_id)
            if run is None:
                raise ValidationError("Deze bijeenkomst is niet gestart.")
            run.vote_budget = int(dots)

    def finish(self, session_id: int) -> SessionInfo:
        """Mark the session finished ("afgerond"), kept in its history; its run is kept for the time per
        phase."""
        with self._db.transaction() as session:
            meeting = get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            run = self._run_row(session, session_id)
            if run is not None:
                run.running = False
                run.finished_at = utc_now()
            if meeting.status != SessionStatus.FINISHED:
                add_event(session.connection(), session_id, SessionEventKind.FINISHED)
            meeting.status = SessionStatus.FINISHED.value
        return self._sessions.get_session(session_id)

    def reopen(self, session_id: int, reason: str) -> SessionInfo:
        """Reopen a finished session to correct it ("bezig" again); the reason, who and when are kept in
        its history and its report becomes a revised version."""
        reason = required_text(reason, "De reden om te heropenen")
        with self._db.transaction() as session:
            meeting = get_or_fail(session, Meeting, session_id, "Bijeenkomst")
            if meeting.status != SessionStatus.FINISHED:
                raise ValidationError("Alleen een afgeronde bijeenkomst kan worden heropend.")
            meeting.status = SessionStatus.RUNNING.value
            add_event(session.connection(), session_id, SessionEventKind.REOPENED, reason.strip())
        return self._sessions.get_session(session_id)

    def history(self, session_id: int) -> list[SessionEvent]:
        """The session's events (finished, reopened with a reason), oldest first."""
        with self._db.reading() as session:
            check_exists(session, Meeting, session_id, "Bijeenkomst")
            return events_of(session.connection(), session_id)

    # -- drafts -----------------------------------------------------------------------------------
    def save_draft(self, session_id: int, field: str, text: str) -> None:
        self.save_drafts(session_id, {field: text})

    def save_drafts(self, session_id: int, texts: dict[str, str]) -> None:
        """Save several fields in one transaction (the capture line and its choices)."""
        with self._db.transaction() as session:
            check_exists(session, Meeting, session_id, "Bijeenkomst")
            connection = session.connection()
            for field, text in texts.items():
                values = {"b_meeting": session_id, "b_field": field, "b_text": str(text), "b_now": utc_now()}
                if connection.execute(_UPDATE_DRAFT, values).rowcount == 0:
                    connection.execute(_INSERT_DRAFT, values)

    def drafts(self, session_id: int) -> dict[str, str]:
        with self._db.reading() as session:
            rows = session.scalars(select(Draft).where(Draft.meeting_id == session_id))
            return {row.field: row.text for row in rows}

    # -- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _run_row(session, session_id: int) -> FacilitationRun | None:
        return session.scalar(select(FacilitationRun).where(FacilitationRun.meeting_id == session_id))

    @staticmethod
    def _timing_rows(session, session_id: int):
        return session.scalars(
            select(PhaseTiming).where(PhaseTiming.meeting_id == session_id).order_by(PhaseTiming.id)
        ).all()
