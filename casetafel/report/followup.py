"""The closing chapters: questions and actions of the session as a whole, the action and follow-up list
(every governance question and action with instrument, owner, due date and status, as one table that
splits over pages with a repeated header), the evaluation notes, and the facilitator's notes (confidential
variant only). Owners are names, so the public variant leaves that column out.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from casetafel.report.cases import (
    Numbered,
    actions_block,
    numbered_actions,
    numbered_questions,
    questions_block,
)
from casetafel.report.data import ObservationData, QuestionData
from casetafel.report.paragraph import Paragraph
from casetafel.report.story import StoryContext, data_table, fractions, join_meta
from casetafel.report.text import EMPTY, para, paragraphs


def session_items_chapter(ctx: StoryContext) -> list[Flowable]:
    """Questions and actions that belong to the session rather than to one case (empty when none)."""
    data = ctx.data
    if not (data.session_questions or data.session_actions):
        return []
    flowables = ctx.chapter("Vragen en afspraken voor de bijeenkomst als geheel", new_page=False)
    case_questions = sum(len(case.questions) for case in data.cases)
    case_actions = sum(len(case.actions) for case in data.cases)
    if data.session_questions:
        flowables += questions_block(ctx, numbered_questions(data)[case_questions:])
    if data.session_actions:
        flowables += actions_block(ctx, numbered_actions(data)[case_actions:])
    return flowables


def followup_chapter(ctx: StoryContext) -> list[Flowable]:
    styles = ctx.styles
    flowables = ctx.chapter("Actie- en opvolglijst")
    entries: list[Numbered] = numbered_questions(ctx.data) + numbered_actions(ctx.data)
    if not entries:
        flowables.append(Paragraph("Er zijn geen bestuurlijke vragen of afspraken vastgelegd.", styles.body))
        return flowables
    flowables.append(
        Paragraph(
            "Alle bestuurlijke vragen (BV) en afspraken (A) van deze bijeenkomst, voor de opvolging door de "
            "griffie. Wat \u2018voor oordeelsvorming\u2019 is, volgt het gewone proces van de raad.",
            styles.body,
        )
    )
    if ctx.show_owners:
        header = ("Nr. en casus", "Omschrijving", "Instrument", "Eigenaar", "Deadline", "Status")
        widths = fractions(15, 30.5, 17, 13, 11.5, 13)
    else:
        header = ("Nr. en casus", "Omschrijving", "Instrument", "Deadline", "Status")
        widths = fractions(15, 43.5, 17, 11.5, 13)
    rows = []
    for entry in entries:
        item = entry.item
        is_question = isinstance(item, QuestionData)
        row = [
            ctx.label_cell(entry.label, entry.case_code or "bijeenkomst", widths[0]),
            ctx.cell(item.text),
            ctx.short_cell(item.instrument if is_question else "", widths[2]),
        ]
        if ctx.show_owners:
            row.append(ctx.short_cell(item.owner, widths[3]))
        row += [ctx.date_cell(item.due_date), ctx.short_cell(item.status, widths[-1])]
        rows.append(row)
    flowables.append(data_table(header, rows, widths, bold_first_column=True))
    return flowables


def session_lines(ctx: StoryContext, lines: tuple[ObservationData, ...]) -> list[Flowable]:
    """Lines captured in a phase of the session as a whole (opening, evaluation), in the order typed,
    each with its kind and phase."""
    styles = ctx.styles
    flowables: list[Flowable] = []
    for line in lines:
        flowables.append(Paragraph(para(line.text) or EMPTY, styles.bullet, bulletText="\u2022"))
        meta = join_meta(
            [("", line.kind), ("Fase", line.phase), ("Inbreng", line.author_role),
             ("", ctx.votes(line.votes) if ctx.show_votes and line.votes else "")]
        )  # fmt: skip
        flowables.append(Paragraph(meta, styles.bullet_meta) if meta else Spacer(1, 5))
    return flowables


def opening_chapter(ctx: StoryContext) -> list[Flowable]:
    """What was said in the opening (for example about open agreements of last time); empty when none."""
    if not ctx.data.opening:
        return []
    return ctx.chapter("Opening", new_page=False) + session_lines(ctx, ctx.data.opening)


def closing_chapters(ctx: StoryContext) -> list[Flowable]:
    """The evaluation (lines captured in the evaluation phase and the evaluation notes, both variants) and
    the facilitator's notes (confidential only)."""
    data, styles = ctx.data, ctx.styles
    flowables: list[Flowable] = []
    evaluation = [note for note in data.evaluation if note.strip()]
    if evaluation or data.closing:
        flowables += ctx.chapter("Evaluatie", new_page=False)
        flowables += session_lines(ctx, data.closing)
        for note in evaluation:
            flowables.append(Paragraph(para(note), styles.bullet, bulletText="\u2022"))
    if not ctx.public and data.notes.strip():
        flowables += ctx.chapter("Aantekeningen van de gespreksleider", new_page=False)
        flowables += [Paragraph(block, styles.body) for block in paragraphs(data.notes)]
    return flowables
