"""Stand van zaken: every governance question and action across sessions, per theme, overdue first, with
the college's answers, as a PDF or a CSV for the council.

Built from plain data (``StandingData``) with the session report's building blocks: the same page layout,
styles, marking (Vertrouwelijk / Openbaar), escaped table cells and the CSV dialect and formula guard of
the exports. The public variant carries no owners (names) and no case titles or descriptions; the
service leaves those out of the data already, and the tables here drop the owner column as well.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table

from casetafel.report import styles as st
from casetafel.report.data import ReportData, ReportOptions, ReportVariant
from casetafel.report.exports import PathOrText, neutralise, write_text
from casetafel.report.layout import PageContext, ReportDocTemplate
from casetafel.report.paragraph import Paragraph
from casetafel.report.story import StoryContext, data_table, fractions
from casetafel.report.text import dutch_date_long, dutch_date_short, para

TITLE = "Stand van zaken"
SUBTITLE = "Bestuurlijke vragen en afspraken van de casuïstiektafel"
NO_THEME = "Zonder thema"
CSV_COLUMNS = (
    "nummer", "soort", "thema", "status", "te laat", "bijeenkomst", "datum bijeenkomst", "casus", "tekst",
    "instrument", "eigenaar", "deadline", "antwoord", "datum antwoord", "verwijzing",
)  # fmt: skip


@dataclass(frozen=True)
class StandingItem:
    label: str  # "V-12", "A-3"
    kind: str  # "Bestuurlijke vraag" or "Afspraak"
    theme: str  # label; empty when none
    text: str
    status: str  # label
    overdue: bool
    still_open: bool
    session_title: str
    session_date: date | None
    case: str  # code
    case_title: str  # empty in the public variant
    instrument: str  # label
    owner: str  # empty in the public variant
    due_date: date | None
    answer: str
    answered_on: date | None
    reference: str


@dataclass(frozen=True)
class StandingData:
    items: tuple[StandingItem, ...]
    public: bool
    municipality: str = ""
    since: date | None = None
    only_open: bool = False
    generated_at: datetime = field(default_factory=datetime.now)


def by_theme(items) -> list[tuple[str, list[StandingItem]]]:
    """Items per theme (alphabetical, 'Zonder thema' last), keeping their order (overdue first)."""
    groups: dict[str, list[StandingItem]] = {}
    for item in items:
        groups.setdefault(item.theme or NO_THEME, []).append(item)
    return sorted(groups.items(), key=lambda pair: (pair[0] == NO_THEME, pair[0].casefold()))


# PDF ------------------------------------------------------------------------------------------------
def _front(ctx: StoryContext, data: StandingData) -> list[Flowable]:
    styles = ctx.styles
    items = data.items
    marking = "Openbaar" if data.public else "Vertrouwelijk"
    badge = Table(
        [[Paragraph(marking.upper(), styles.cover_marking)]],
        colWidths=[62 * mm],
        hAlign="LEFT",
        style=st.table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), st.PUBLIC if data.public else st.CONFIDENTIAL),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        ),
    )
    scope = "Alleen wat nog open staat." if data.only_open else "Open en afgehandelde vragen en afspraken."
    if data.since:
        scope += f" Bijeenkomsten vanaf {dutch_date_long(data.since)}."
    counts = [
        ("Peildatum", dutch_date_long(data.generated_at.date())),
        ("Vragen en afspraken", str(len(items))),
        ("Nog open", str(sum(1 for item in items if item.still_open))),
        ("Over de deadline", str(sum(1 for item in items if item.overdue))),
        ("Beantwoord of afgerond", str(sum(1 for item in items if not item.still_open))),
    ]
    info = Table(
        [
            [Paragraph(para(label), styles.cover_label), Paragraph(para(value), styles.cover_info)]
            for label, value in counts
        ],
        colWidths=[48 * mm, st.FRAME_WIDTH - 48 * mm],
        hAlign="LEFT",
    )
    note = (
        "Openbare versie: zonder namen van eigenaren en zonder casusteksten."
        if data.public
        else "Vertrouwelijk overzicht voor raad en griffie; bevat namen van eigenaren."
    )
    return [
        badge,
        Spacer(1, 14 * mm),
        Paragraph(para(TITLE), styles.cover_title),
        Paragraph(para(SUBTITLE), styles.cover_kicker),
        Spacer(1, 8 * mm),
        info,
        Spacer(1, 6 * mm),
        Paragraph(para(scope), styles.body),
        Paragraph(para(note), styles.body),
        Paragraph(
            para("Per thema staat wat over de deadline is bovenaan, daarna wat nog open staat."), styles.body
        ),
    ]


def _description(ctx: StoryContext, item: StandingItem) -> Paragraph:
    """The text, and the answer with its date and reference when there is one (one paragraph)."""
    parts = [para(item.text)]
    if item.answer.strip():
        when = f" ({dutch_date_short(item.answered_on)})" if item.answered_on else ""
        parts.append(f"<i>Antwoord{when}:</i> {para(item.answer)}")
    if item.reference.strip():
        parts.append(f"<i>Verwijzing:</i> {para(item.reference)}")
    if item.case_title:
        parts.append(f"<i>Casus:</i> {para(item.case_title)}")
    return Paragraph("<br/>".join(parts), ctx.styles.cell)


def _where(ctx: StoryContext, item: StandingItem, width: float) -> Paragraph | str:
    """Number, case code and the date of the session: a plain string cell when it fits (fast)."""
    cell = ctx.label_cell(item.label, item.case or "bijeenkomst", width)
    day = dutch_date_short(item.session_date)
    if isinstance(cell, str):
        return f"{cell}\n{day}" if day else cell
    return Paragraph(f"<b>{para(item.label)}</b><br/>{para(item.case)}<br/>{para(day)}", ctx.styles.cell)


def _theme_table(ctx: StoryContext, data: StandingData, items: list[StandingItem]) -> Table:
    if data.public:
        header = ("Nr., casus, datum", "Vraag of afspraak, antwoord", "Instrument", "Deadline", "Status")
        widths = fractions(13, 49, 13, 12, 13)
    else:
        header = (
            "Nr., casus, datum",
            "Vraag of afspraak, antwoord",
            "Instrument",
            "Eigenaar",
            "Deadline",
            "Status",
        )
        widths = fractions(13, 37, 12, 13, 12, 13)
    rows = []
    for item in items:
        status = f"{item.status}, te laat" if item.overdue else item.status
        row = [
            _where(ctx, item, widths[0]),
            _description(ctx, item),
            ctx.short_cell(item.instrument, widths[2]),
        ]
        if not data.public:
            row.append(ctx.short_cell(item.owner, widths[3]))
        status_cell = ctx.cell(status, bold=True) if item.overdue else ctx.short_cell(status, widths[-1])
        row += [ctx.date_cell(item.due_date), status_cell]
        rows.append(row)
    return data_table(header, rows, widths, bold_first_column=True)


def build_standing_pdf(
    data: StandingData, out: str | os.PathLike | BinaryIO, *, invariant: bool = False
) -> int:
    """Write the Stand van zaken as PDF; returns the number of pages."""
    variant = ReportVariant.PUBLIC if data.public else ReportVariant.CONFIDENTIAL
    shell = ReportData(0, TITLE, None, "", data.municipality, "", "", "")
    ctx = StoryContext(shell, ReportOptions(variant=variant, show_names=not data.public))
    story: list[Flowable] = [*_front(ctx, data), NextPageTemplate("body"), PageBreak()]
    groups = by_theme(data.items)
    if not groups:
        story.append(
            Paragraph(para("Er zijn geen vragen of afspraken die aan de keuze voldoen."), ctx.styles.body)
        )
    for theme, items in groups:
        overdue = sum(1 for item in items if item.overdue)
        title = f"{theme} ({len(items)}{f', {overdue} te laat' if overdue else ''})"
        story += ctx.chapter(title, new_page=False)
        story.append(_theme_table(ctx, data, items))
    context = PageContext(
        title=TITLE,
        date_line=dutch_date_long(data.generated_at.date()),
        marking="Openbaar" if data.public else "Vertrouwelijk",
        marking_color=st.PUBLIC if data.public else st.CONFIDENTIAL,
        footer_note=SUBTITLE,
    )
    doc = ReportDocTemplate(
        out,
        context=context,
        metadata={"title": TITLE, "subject": SUBTITLE, "keywords": "casuïstiektafel, opvolging"},
        progress=None,
        progress_total=1,
        invariant=invariant,
    )
    return doc.build_story(story)


# CSV ------------------------------------------------------------------------------------------------
def write_standing_csv(data: StandingData, out: PathOrText) -> int:
    """The same items as one CSV for Dutch Excel (the session export's dialect); returns the row count."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for theme, items in by_theme(data.items):
        for item in items:
            values = (
                item.label, item.kind, "" if theme == NO_THEME else theme, item.status,
                "ja" if item.overdue else "nee", item.session_title, _iso(item.session_date),
                f"{item.case} {item.case_title}".strip(), item.text, item.instrument, item.owner, _iso(item.due_date), item.answer,
                _iso(item.answered_on), item.reference,
            )  # fmt: skip
            writer.writerow([neutralise(value) for value in values])
    write_text("\ufeff" + buffer.getvalue(), out)
    return len(data.items)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""
