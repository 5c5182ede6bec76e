"""The steps of a session as the facilitator walks them: session-start phases, the per-case phases for
every case on the agenda, then the session-end phases, with the minutes planned for each.

Plain functions on plain data (a template and an agenda); no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from casetafel.domain.method import PhaseScope
from casetafel.services.meetings import AgendaItemInfo
from casetafel.services.templates import PhaseInfo, TemplateInfo


@dataclass(frozen=True)
class Step:
    key: str
    index: int
    phase_key: str
    name: str
    guiding_question: str
    records: str
    scope: str
    planned_seconds: int
    group: int
    """0 for the session start, 1..n for the n-th case, n+1 for the session end."""
    case_id: int | None = None
    agenda_item_id: int | None = None
    case_code: str = ""
    case_title: str = ""

    @property
    def is_case_step(self) -> bool:
        return self.case_id is not None


def step_key(phase_key: str, case_id: int | None) -> str:
    return f"sessie:{phase_key}" if case_id is None else f"casus{case_id}:{phase_key}"


def build_steps(template: TemplateInfo, agenda: Sequence[AgendaItemInfo]) -> tuple[Step, ...]:
    steps: list[Step] = []

    def add(phase: PhaseInfo, group: int, item: AgendaItemInfo | None) -> None:
        minutes = phase.minutes
        if item is not None:
            minutes = int(item.phase_minutes.get(phase.key, minutes))
        steps.append(
            Step(
                key=step_key(phase.key, item.case_id if item else None),
                index=len(steps),
                phase_key=phase.key,
                name=phase.name,
                guiding_question=phase.guiding_question,
                records=phase.records,
                scope=phase.scope,
                planned_seconds=60 * minutes,
                group=group,
                case_id=item.case_id if item else None,
                agenda_item_id=item.id if item else None,
                case_code=item.case_code if item else "",
                case_title=item.case_title if item else "",
            )
        )

    ordered = sorted(agenda, key=lambda a: a.position)
    for phase in template.phases:
        if phase.scope == PhaseScope.SESSION_START:
            add(phase, 0, None)
    for number, item in enumerate(ordered, start=1):
        for phase in template.per_case_phases:
            add(phase, number, item)
    for phase in template.phases:
        if phase.scope == PhaseScope.SESSION_END:
            add(phase, len(ordered) + 1, None)
    return tuple(steps)


def next_group_index(steps: Sequence[Step], index: int) -> int:
    """The first step of the next case (or of the session end); the last step if there is none."""
    if not steps:
        return 0
    group = steps[index].group
    for step in steps[index + 1 :]:
        if step.group > group:
            return step.index
    return len(steps) - 1


def previous_group_index(steps: Sequence[Step], index: int) -> int:
    """The first step of the previous case (or of the session start); 0 if there is none."""
    if not steps:
        return 0
    group = steps[index].group
    earlier = [s for s in steps[:index] if s.group < group]
    if not earlier:
        return 0
    target = earlier[-1].group
    return next(s.index for s in steps if s.group == target)


def index_of(steps: Sequence[Step], key: str) -> int | None:
    for step in steps:
        if step.key == key:
            return step.index
    return None
