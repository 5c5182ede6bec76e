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
from casetafel.report.evaluation import NO_EVALUATION, evaluation_sections
from casetafel.report.layout import minor_heading
from casetafel.report.paragraph import Paragraph
from casetafel.report.story import StoryContext, data_table, fractions, join_meta
from casetafel.report.text import EMPTY, dutch_date_short, para, paragraphs


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


NO_OWNER = "nog geen eigenaar"
NO_DUE_DATE = "nog geen datum"


def followup_chapter(ctx: StoryContext) -> list[Flowable]:
    """The action list the griffie can copy into its list of commitments: number, text, addressee and
    council role, instrument and route, owner, "uiterlijk", status and the answer's date and reference.
    Items without an owner or a due date say so."""
    styles = ctx.styles
    flowables = ctx.chapter("Actie- en opvolglijst")
    entries: list[Numbered] = numbered_questions(ctx.data) + numbered_actions(ctx.data)
    if not entries:
        flowables.append(Paragraph("Er zijn geen bestuurlijke vragen of afspraken vastgelegd.", styles.body))
        return flowables
    missing = sum(1 for entry in entries if not entry.item.owner.strip() or entry.item.due_date is None)
    flowables.append(
        Paragraph(
            "Alle bestuurlijke vragen (BV) en afspraken (A) van deze bijeenkomst, voor de lijst van "
            "toezeggingen van de griffie. Wat \u2018voor oordeelsvorming\u2019 is, volgt het gewone proces "
            "van de raad."
            + (f" {missing} van de {len(entries)} hebben nog geen eigenaar of datum." if missing else ""),
            styles.body,
        )
    )
    header = (
        "Nr. en casus",
        "Omschrijving",
        "Gericht aan en raadsrol",
        "Instrument en route",
        "Eigenaar",
        "Uiterlijk",
        "Status en antwoord",
    )
    widths = fractions(13, 23, 12, 12, 12, 12, 16)
    rows = [followup_row(ctx, entry, widths) for entry in entries]
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
            [("", line.kind), ("Fase", line.phase), ("Inbreng", ctx.source(line.author_role)),
             ("", ctx.votes(line.votes) if ctx.show_votes and line.votes else "")]
        )  # fmt: skip
        flowables.append(Paragraph(meta, styles.bullet_meta) if meta else Spacer(1, 5))
    return flowables


def opening_chapter(ctx: StoryContext) -> list[Flowable]:
    """What was said in the opening (for example about open agreements of last time); empty when none."""
    if not ctx.data.opening:
        return []
    return ctx.chapter("Opening", new_page=False) + session_lines(ctx, ctx.data.opening)


def followup_row(ctx: StoryContext, entry: Numbered, widths: list[float]) -> list:
    item = entry.item
    styles = ctx.styles
    is_question = isinstance(item, QuestionData)
    addressee = stacked(item.addressed_to, item.council_role) if is_question else ""
    instrument = stacked(item.instrument if is_question else "", item.route)
    owner = ctx.owner(item)
    answer_parts = [dutch_date_short(item.answered_on) if item.answered_on else "", item.answer_reference]
    answer = ", ".join(part for part in answer_parts if part.strip())
    status = f"{para(item.status)}<br/>{para('Antwoord: ' + answer)}" if answer else para(item.status)
    return [
        ctx.label_cell(entry.label, entry.case_code or "bijeenkomst", widths[0]),
        ctx.cell(item.text),
        Paragraph(addressee, styles.cell) if addressee else EMPTY,
        Paragraph(instrument, styles.cell) if instrument else EMPTY,
        ctx.short_cell(owner, widths[4]) if owner else Paragraph(f"<i>{NO_OWNER}</i>", styles.cell),
        ctx.date_cell(item.due_date) if item.due_date else Paragraph(f"<i>{NO_DUE_DATE}</i>", styles.cell),
        Paragraph(status, styles.cell) if status else EMPTY,
    ]


def stacked(first: str, second: str) -> str:
    """Two short values as cell markup, one per line, skipping empty ones."""
    return "<br/>".join(para(part) for part in (first, second) if part.strip())


def closing_chapters(ctx: StoryContext) -> list[Flowable]:
    """The evaluation (lines captured in the evaluation phase and the evaluation notes, both variants) and
    the facilitator's notes (confidential only)."""
    data, styles = ctx.data, ctx.styles
    flowables: list[Flowable] = []
    flowables += ctx.chapter("Evaluatie", new_page=False)
    flowables += session_lines(ctx, data.closing)
    sections = evaluation_sections(data.evaluation)
    if not sections and not data.closing:
        flowables.append(Paragraph(NO_EVALUATION, styles.note))
    for title, lines in sections:
        if title:
            flowables += minor_heading(para(title), styles.h3)
        for note in lines:
            flowables.append(Paragraph(para(note), styles.bullet, bulletText="\u2022"))
    if not ctx.public and data.notes.strip():
        flowables += ctx.chapter("Aantekeningen van de gespreksleider", new_page=False)
        flowables += [Paragraph(block, styles.body) for block in paragraphs(data.notes)]
    return flowables
