"""What a finished (or running) session recorded: counts per kind, the governance questions and actions,
and the time spent per phase against the time planned. Shown when the facilitator closes the table."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.facilitation import FacilitationService
from casetafel.services.records import ActionInfo, QuestionInfo, RecordService
from casetafel.services.taxonomy import TaxonomyService
from casetafel.storage.engine import Database


@dataclass(frozen=True)
class PhaseTime:
    step_key: str
    label: str
    planned_seconds: int
    spent_seconds: float


@dataclass(frozen=True)
class RunSummary:
    meeting_id: int
    title: str
    counts: tuple[tuple[str, int], ...]
    """(kind label, number of observations) for each observation kind."""
    questions: tuple[QuestionInfo, ...]
    actions: tuple[ActionInfo, ...]
    times: tuple[PhaseTime, ...]

    @property
    def planned_seconds(self) -> int:
        return sum(t.planned_seconds for t in self.times)

    @property
    def spent_seconds(self) -> float:
        return sum(t.spent_seconds for t in self.times)


def run_summary(db: Database, meeting_id: int) -> RunSummary:
    facilitation = FacilitationService(db)
    records = RecordService(db)
    kinds = TaxonomyService(db).labels(Vocabulary.OBSERVATION_KIND)
    plan = facilitation.plan(meeting_id)
    state = facilitation.run_state(meeting_id)
    observations = records.list_observations(meeting_id)
    questions = records.list_questions(meeting_id)
    actions = records.list_actions(meeting_id)
    per_kind = Counter(o.kind for o in observations)
    counts = [(label, per_kind.pop(code, 0)) for code, label in kinds.items()]
    counts += [(code, n) for code, n in per_kind.items()]
    times = []
    for step in plan.steps:
        timing = state.timing(step.key) if state else None
        label = f"{step.case_code} — {step.name}" if step.case_code else step.name
        spent = timing.elapsed_seconds if timing else 0.0
        times.append(PhaseTime(step.key, label, step.planned_seconds, spent))
    return RunSummary(
        meeting_id, plan.meeting.title, tuple(counts), tuple(questions), tuple(actions), tuple(times)
    )
