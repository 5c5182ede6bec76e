"""Masking of a session's report data before it leaves the program (PDF, CSV, JSON and whatever is
built from ``ReportData`` later).

Both variants: hard identifiers (BSN, IBAN, phone, e-mail, postcode, licence plate, ID and client
numbers) in every typed text are replaced by their placeholder, whatever was waived. The public variant
also drops the case descriptions, the notes and the names of persons, and replaces every other finding
that nobody waived for publication by its placeholder; ``MaskCount`` says how many per category.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable

from casetafel.anonymisation.masking import HARD_CATEGORIES, MaskCount, mask_findings
from casetafel.anonymisation.model import Category
from casetafel.anonymisation.pseudonyms import waiver_texts
from casetafel.report.data import ActionData, CaseChapter, ObservationData, QuestionData, ReportData

# (item, field, category, text) of a finding waived for publication, e.g.
# ("observatie 12", "tekst", "naam", "Verbeek"); items and fields as ``publication`` names them.
WaivedKey = tuple[str, str, str, str]


def mask_report(
    data: ReportData,
    *,
    public: bool,
    local_places: Iterable[str] = (),
    waived: Collection[WaivedKey] = (),
) -> tuple[ReportData, MaskCount]:
    """A copy of ``data`` ready for output in the chosen variant, and what was masked."""
    count = MaskCount()
    places = tuple(local_places)
    categories = None if public else HARD_CATEGORIES
    waived = frozenset(waived)

    def mask(text: str, item: str, field: str) -> str:
        return mask_findings(
            text,
            categories=categories,
            keep=lambda f: any((item, field, str(f.category), t) in waived for t in waiver_texts(f.text)),
            local_places=places,
            count=count,
        )

    def hard_only(text: str) -> str:  # names the facilitator chose to show (confidential variant only)
        return mask_findings(text, categories=HARD_CATEGORIES, count=count)

    def question(q: QuestionData) -> QuestionData:
        item = f"vraag {q.id}"
        return dataclasses.replace(
            q,
            text=mask(q.text, item, "tekst"),
            owner=mask(q.owner, item, "eigenaar"),
            answer=mask(q.answer, item, "antwoord"),
            route=mask(q.route, item, "route"),
            answer_reference=mask(q.answer_reference, item, "verwijzing"),
        )

    def action(a: ActionData) -> ActionData:
        item = f"actie {a.id}"
        return dataclasses.replace(
            a,
            text=mask(a.text, item, "tekst"),
            owner=mask(a.owner, item, "eigenaar"),
            route=mask(a.route, item, "route"),
            answer_reference=mask(a.answer_reference, item, "verwijzing"),
        )

    def observation(o: ObservationData) -> ObservationData:
        return dataclasses.replace(o, text=mask(o.text, f"observatie {o.id}", "tekst"))

    def chapter(c: CaseChapter) -> CaseChapter:
        return dataclasses.replace(
            c,
            title=mask(c.title, f"casus {c.code}", "titel"),
            description="" if public else hard_only(c.description),
            observations=tuple(observation(o) for o in c.observations),
            questions=tuple(question(q) for q in c.questions),
            actions=tuple(action(a) for a in c.actions),
        )

    meeting = f"bijeenkomst {data.session_id}"
    participants = tuple(
        dataclasses.replace(p, name="" if public else hard_only(p.name), party=hard_only(p.party))
        for p in data.participants
    )
    evaluation = mask("\n".join(data.evaluation), meeting, "evaluatie") if data.evaluation else ""
    # The place of the meeting is not about a person: only a room or street with its number could be.
    location_kinds = (set(Category) - {Category.PLAATS, Category.INSTELLING}) if public else HARD_CATEGORIES
    masked = dataclasses.replace(
        data,
        title=mask(data.title, meeting, "titel"),
        location=mask_findings(data.location, categories=location_kinds, local_places=places, count=count),
        municipality=hard_only(data.municipality),
        facilitator="" if public else hard_only(data.facilitator),
        participants=participants,
        cases=tuple(chapter(c) for c in data.cases),
        session_questions=tuple(question(q) for q in data.session_questions),
        session_actions=tuple(action(a) for a in data.session_actions),
        notes="" if public else mask(data.notes, meeting, "notities"),
        evaluation=tuple(line for line in evaluation.split("\n") if line.strip()),
        opening=tuple(observation(o) for o in data.opening),  # lines of the opening and the evaluation
        closing=tuple(observation(o) for o in data.closing),
    )
    return masked, count
