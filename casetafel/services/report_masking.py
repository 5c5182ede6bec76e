"""Masking of a session's report data before it leaves the program (PDF, CSV, JSON and whatever is
built from ``ReportData`` later).

Both variants: hard identifiers (BSN, IBAN, phone, e-mail, postcode, licence plate, ID and client
numbers) in every typed text are replaced by their placeholder, whatever was waived. The public variant
also drops the case descriptions, the notes and the names of persons, and replaces every other finding
that nobody resolved by its placeholder; ``MaskCount`` says how many per category.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from casetafel.anonymisation.masking import HARD_CATEGORIES, MaskCount, mask_findings
from casetafel.anonymisation.model import Finding
from casetafel.report.data import ActionData, CaseChapter, ObservationData, QuestionData, ReportData


def mask_report(
    data: ReportData,
    *,
    public: bool,
    local_places: Iterable[str] = (),
    keep: Callable[[Finding], bool] | None = None,
) -> tuple[ReportData, MaskCount]:
    """A copy of ``data`` ready for output in the chosen variant, and what was masked.

    ``keep`` tells which soft findings were waived (they stay in both variants); unresolved soft
    findings are masked in the public variant only."""
    count = MaskCount()
    places = tuple(local_places)
    categories = None if public else HARD_CATEGORIES

    def mask(text: str) -> str:
        return mask_findings(text, categories=categories, keep=keep, local_places=places, count=count)

    def hard_only(text: str) -> str:  # names the facilitator chose to show (confidential variant only)
        return mask_findings(text, categories=HARD_CATEGORIES, count=count)

    def question(q: QuestionData) -> QuestionData:
        return dataclasses.replace(q, text=mask(q.text), owner=mask(q.owner), answer=mask(q.answer))

    def action(a: ActionData) -> ActionData:
        return dataclasses.replace(a, text=mask(a.text), owner=mask(a.owner))

    def observation(o: ObservationData) -> ObservationData:
        return dataclasses.replace(o, text=mask(o.text))

    def chapter(c: CaseChapter) -> CaseChapter:
        return dataclasses.replace(
            c,
            title=mask(c.title),
            description="" if public else hard_only(c.description),
            observations=tuple(observation(o) for o in c.observations),
            questions=tuple(question(q) for q in c.questions),
            actions=tuple(action(a) for a in c.actions),
        )

    participants = tuple(
        dataclasses.replace(p, name="" if public else hard_only(p.name), party=hard_only(p.party))
        for p in data.participants
    )
    masked = dataclasses.replace(
        data,
        title=mask(data.title),
        facilitator="" if public else hard_only(data.facilitator),
        participants=participants,
        cases=tuple(chapter(c) for c in data.cases),
        session_questions=tuple(question(q) for q in data.session_questions),
        session_actions=tuple(action(a) for a in data.session_actions),
        notes="" if public else mask(data.notes),
        evaluation=tuple(mask(line) for line in data.evaluation),
    )
    return masked, count
