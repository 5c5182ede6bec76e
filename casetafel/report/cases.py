"""The case chapters: an overview table of the cases discussed and, per case, its code, title and domains,
the description (confidential variant only), the observations grouped by kind and then by phase, the
governance questions and the actions. Questions and actions carry their stable numbers (BV-2026-014,
A-2026-031), the same in the CSV, the JSON and the window; a file of version 1 without numbers falls
back to V1, V2 ... and A1, A2 ... in report order.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from casetafel.report.data import ActionData, CaseChapter, ObservationData, QuestionData, ReportData
from casetafel.report.layout import TABLE_FOLLOW, Together, minor_heading
from casetafel.report.paragraph import Paragraph
from casetafel.report.story import StoryContext, data_table, fractions, join_meta
from casetafel.report.text import EMPTY, dutch_date_short, para, paragraphs

KIND_ORDER = ("schot", "goede_praktijk", "goede-praktijk", "goedepraktijk", "signaal", "vraag")
PUBLIC_DESCRIPTION_NOTE = "De casusbeschrijving staat alleen in de vertrouwelijke versie van dit verslag."


@dataclass(frozen=True)
class Numbered:
    label: str  # "BV-2026-014" or "A-2026-031" (V3 / A2 when the item has no number)
    case_code: str  # empty for the session as a whole
    item: QuestionData | ActionData


def numbered_questions(data: ReportData) -> list[Numbered]:
    """All governance questions in report order (per case, then the session's), with their numbers."""
    items = [(case.code, q) for case in data.cases for q in case.questions]
    items += [(q.case_code, q) for q in data.session_questions]
    return [Numbered(q.number or f"V{i}", code, q) for i, (code, q) in enumerate(items, start=1)]


def numbered_actions(data: ReportData) -> list[Numbered]:
    """All actions in report order (per case, then the session's), with their numbers."""
    items = [(case.code, a) for case in data.cases for a in case.actions]
    items += [(a.case_code, a) for a in data.session_actions]
    return [Numbered(a.number or f"A{i}", code, a) for i, (code, a) in enumerate(items, start=1)]


def case_heading(case: CaseChapter) -> str:
    code, title = case.code.strip(), case.title.strip()
    if code and title:
        return f"{code} \u2014 {title}"
    return code or title or "Casus zonder titel"


def group_observations(observations: tuple[ObservationData, ...]) -> list[tuple[str, list[tuple[str, list]]]]:
    """Observations grouped by kind (barriers first, then good practice, signals, questions, others in order
    of appearance) and within a kind by phase in order of appearance."""
    kinds: dict[str, tuple[str, dict[str, list[ObservationData]]]] = {}
    for observation in observations:
        code = observation.kind_code.strip().lower() or observation.kind.strip().lower()
        label, phases = kinds.setdefault(
            code, (observation.kind.strip() or observation.kind_code or "Overig", {})
        )
        phases.setdefault(observation.phase.strip(), []).append(observation)
    order = {code: index for index, code in enumerate(KIND_ORDER)}
    ranked = sorted(enumerate(kinds.items()), key=lambda item: (order.get(item[1][0], len(order)), item[0]))
    return [(label, list(phases.items())) for _, (_, (label, phases)) in ranked]


def cases_chapter(ctx: StoryContext, on_case: Callable[[], None] | None = None) -> Iterator[Flowable]:
    """The chapter "Casussen", yielded case by case (``on_case`` is called after each case is built)."""
    data, styles = ctx.data, ctx.styles
    planned = data.status_code == "gepland"
    yield from ctx.chapter("Agenda en casussen" if planned else "Casussen")
    if not data.cases:
        empty = (
            "Er staan geen casussen op de agenda."
            if planned
            else "In deze bijeenkomst zijn geen casussen besproken."
        )
        yield Paragraph(empty, styles.body)
        return
    count = len(data.cases)
    verb = ("staat" if count == 1 else "staan") if planned else ("is" if count == 1 else "zijn")
    done = "op de agenda" if planned else "besproken"
    yield Paragraph(
        f"In deze bijeenkomst {verb} {count} {'casus' if count == 1 else 'casussen'} {done}.",
        styles.body,
    )
    widths = fractions(13, 30, 24, 13, 9, 11)
    rows = [
        [
            ctx.cell(case.code, bold=True),
            ctx.cell(case.title),
            ctx.short_cell(", ".join(case.domains), widths[2]),
            ctx.number_cell(len(case.observations)),
            ctx.number_cell(len(case.questions)),
            ctx.number_cell(len(case.actions)),
        ]
        for case in data.cases
    ]
    yield data_table(
        ("Casus", "Titel", "Domeinen", "Observaties", "Vragen", "Afspraken"),
        rows,
        widths,
        numeric_columns=(3, 4, 5),
    )
    question_labels = iter(numbered_questions(data))
    action_labels = iter(numbered_actions(data))
    for case in data.cases:
        yield from case_section(ctx, case, question_labels, action_labels)
        if on_case is not None:
            on_case()


def case_section(
    ctx: StoryContext,
    case: CaseChapter,
    question_labels: Iterator[Numbered],
    action_labels: Iterator[Numbered],
) -> list[Flowable]:
    styles = ctx.styles
    flowables = ctx.section(case_heading(case))
    facts = join_meta(
        [
            ("Domeinen", ", ".join(d for d in case.domains if d.strip())),
            ("Ingebracht door", ctx.source(case.presenter_role)),
        ]
    )
    if facts:
        flowables.append(Paragraph(facts, styles.meta))
        flowables.append(Spacer(1, 4))
    if ctx.public:
        flowables.append(Paragraph(PUBLIC_DESCRIPTION_NOTE, styles.note))
    else:
        flowables += minor_heading("Casusbeschrijving", styles.h3)
        blocks = paragraphs(case.description)
        flowables += [Paragraph(block, styles.body) for block in blocks] or [
            Paragraph("Er is geen beschrijving vastgelegd.", styles.note)
        ]
    if case.observations:
        flowables += observations_block(ctx, case.observations)
    if case.questions:
        flowables += questions_block(ctx, [next(question_labels) for _ in case.questions])
    if case.actions:
        flowables += actions_block(ctx, [next(action_labels) for _ in case.actions])
    if not (case.observations or case.questions or case.actions):
        flowables.append(
            Paragraph("Bij deze casus zijn geen observaties, vragen of afspraken vastgelegd.", styles.note)
        )
    flowables.append(Spacer(1, 8))
    return flowables


def observation_markup(ctx: StoryContext, observation: ObservationData) -> tuple[str, str]:
    meta = join_meta(
        [
            ("Wie kan wat", ", ".join(a for a in observation.actors if a.strip())),
            ("Domeinen", ", ".join(d for d in observation.domains if d.strip())),
            ("Inbreng", ctx.source(observation.author_role)),
            ("", ctx.votes(observation.votes) if ctx.show_votes and observation.votes else ""),
        ]
    )
    return para(observation.text) or EMPTY, meta


def observations_block(ctx: StoryContext, observations: tuple[ObservationData, ...]) -> list[Flowable]:
    styles = ctx.styles
    flowables: list[Flowable] = minor_heading(f"Observaties ({len(observations)})", styles.h3)
    for kind_label, phases in group_observations(observations):
        kind_total = sum(len(items) for _, items in phases)
        flowables += minor_heading(f"{para(kind_label)} \u00b7 {kind_total}", styles.h4)
        for phase, items in phases:
            if phase:
                flowables += minor_heading(f"Fase: {para(phase)}", styles.phase)
            for observation in items:
                text, meta = observation_markup(ctx, observation)
                item = Paragraph(text, styles.bullet, bulletText="\u2022")
                if meta:  # never split from its meta line
                    flowables.append(Together([item, Paragraph(meta, styles.bullet_meta)]))
                else:
                    flowables += [item, Spacer(1, 5)]
    return flowables


def question_markup(ctx: StoryContext, question: QuestionData) -> tuple[str, str, str]:
    meta = join_meta(
        [
            ("Raadsrol", question.council_role),
            ("Thema", question.theme),
            ("Gericht aan", question.addressed_to),
            ("Instrument", question.instrument),
            ("Status", question.status),
            ("Eigenaar", ctx.owner(question)),
            ("Route", question.route),
            ("Uiterlijk", dutch_date_short(question.due_date) if question.due_date else ""),
            ("", ctx.votes(question.votes) if ctx.show_votes and question.votes else ""),
        ]
    )
    text = f"<b>{para(question.text) or EMPTY}</b>"
    answer = f"<i>Antwoord:</i> {para(question.answer)}" if question.answer.strip() else ""
    return text, meta, answer


def hanging_styles(ctx: StoryContext, labels: list[str]):
    """The question, meta and answer styles with a hanging indent wide enough for the widest label of
    the block (V9, V10, V123 or a stable number such as BV-2026-014)."""
    styles = ctx.styles
    widest = max(
        (stringWidth(label, styles.question.bulletFontName, styles.question.fontSize) for label in labels),
        default=0,
    )
    indent = max(styles.question.leftIndent, math.ceil(widest + 6))
    if indent == styles.question.leftIndent:
        return styles.question, styles.question_meta, styles.answer
    return tuple(indented(style, indent) for style in (styles.question, styles.question_meta, styles.answer))


@lru_cache(maxsize=64)
def indented(style, indent: float):
    return ParagraphStyle(f"{style.name}_{indent:g}", parent=style, leftIndent=indent)


def questions_block(ctx: StoryContext, numbered: list[Numbered]) -> list[Flowable]:
    styles = ctx.styles
    flowables: list[Flowable] = minor_heading(f"Bestuurlijke vragen ({len(numbered)})", styles.h3)
    question_style, meta_style, answer_style = hanging_styles(ctx, [entry.label for entry in numbered])
    for entry in numbered:
        text, meta, answer = question_markup(ctx, entry.item)
        parts = [Paragraph(text, question_style, bulletText=entry.label)]
        if meta:
            parts.append(Paragraph(meta, meta_style))
        if answer:
            parts.append(Paragraph(answer, answer_style))
        flowables.append(Together(parts) if len(parts) > 1 else parts[0])  # never parted from its fields
        flowables.append(Spacer(1, 6))
    return flowables


def actions_block(ctx: StoryContext, numbered: list[Numbered]) -> list[Flowable]:
    styles = ctx.styles
    if ctx.show_owners:
        header, widths = ("Nr.", "Afspraak", "Eigenaar", "Uiterlijk", "Status"), fractions(14, 41, 19, 12, 14)
    else:
        header, widths = ("Nr.", "Afspraak", "Uiterlijk", "Status"), fractions(14, 56, 13, 17)
    rows = []
    for entry in numbered:
        action = entry.item
        row = [ctx.short_cell(entry.label, widths[0]), ctx.cell(action.text)]
        if ctx.show_owners:
            row.append(ctx.short_cell(ctx.owner(action), widths[2]))
        row += [
            ctx.date_cell(action.due_date),
            ctx.short_cell(action.status, widths[-1]),
        ]
        rows.append(row)
    return [
        *minor_heading(f"Afspraken ({len(numbered)})", styles.h3, follow=TABLE_FOLLOW),
        data_table(header, rows, widths, bold_first_column=True),
    ]
