"""The session report as a Word document (DOCX), in both variants, with the same content rules as the PDF
(what the public variant leaves out, owners that are bodies, roles held by one person). Built on the
municipality's Word template when one is set, so the griffie can edit it and publish from Word: real
heading styles, tables with repeating header rows, chart images with alternative text, and document
properties (title, subject, author = the municipality, language nl-NL).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from typing import BinaryIO

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm, Pt

from casetafel.report import docx_base as wb
from casetafel.report.cases import case_heading, group_observations, numbered_actions, numbered_questions
from casetafel.report.data import ObservationData, QuestionData, ReportData, ReportOptions
from casetafel.report.evaluation import NO_EVALUATION, evaluation_sections
from casetafel.report.followup import NO_DUE_DATE, NO_OWNER
from casetafel.report.front import (
    BOB_EXPLANATION,
    BOB_LINE,
    CONFIDENTIAL_NOTE,
    PUBLIC_NOTE,
    document_control_rows,
    document_kind,
    participant_rows,
)
from casetafel.report.pdf import REPORT_SUBJECT, document_metadata
from casetafel.report.story import StoryContext
from casetafel.report.summary import (
    SUMMARY_QUESTION_HEADER,
    SUMMARY_TITLE,
    asked_lines,
    finding_sentence,
    findings,
    introduction,
    role_groups,
)
from casetafel.report.synthesis import domain_counts
from casetafel.report.text import dutch_date_long, dutch_date_short, dutch_datetime

# (label, count) pairs and a title -> PNG bytes; the GUI and the command line pass one (Qt draws it)
ChartRenderer = Callable[[Sequence[tuple[str, int]], str], bytes]
FOLLOWUP_HEADER = (
    "Nr.",
    "Casus",
    "Omschrijving",
    "Gericht aan",
    "Raadsrol",
    "Instrument",
    "Eigenaar",
    "Uiterlijk",
    "Status",
    "Route",
    "Beantwoord op",
    "Kenmerk antwoord",
)


class DocxBuilder:
    def __init__(self, data: ReportData, options: ReportOptions, chart_image: ChartRenderer | None):
        self.data = data
        self.options = options
        self.ctx = StoryContext(data, options)
        self.chart_image = chart_image if options.show_charts else None
        self.doc: DocxDocument = wb.open_document(options.word_template or None)
        self.chapter = 0
        self._style_ids: dict[str, str | None] = {}

    # -- blocks -----------------------------------------------------------------------------------
    def styled(self, name: str | None):
        """A new paragraph in style ``name`` (looked up once: python-docx's lookup by name is slow)."""
        paragraph = self.doc.add_paragraph()
        if name is None:
            return paragraph
        if name not in self._style_ids:
            found = wb.optional_style(self.doc, name)
            self._style_ids[name] = self.doc.styles[found].style_id if found else None
        style_id = self._style_ids[name]
        if style_id:
            paragraph._p.style = style_id
        return paragraph

    def heading(self, title: str, level: int, *, numbered: bool = False) -> None:
        if numbered:
            self.chapter += 1
            title = f"{self.chapter} {title}"
        key = f"heading {level}"
        if key not in self._style_ids:
            self._style_ids[key] = wb.heading_style(self.doc, level)
        wb.add_runs(self.styled(self._style_ids[key]), [(title, False)])

    def paragraph(self, value: str, *, style: str | None = None, bold_lead: str = "", bold: bool = False):
        paragraph = self.styled(style)
        parts = [(bold_lead + " ", True)] if bold_lead else []
        wb.add_runs(paragraph, [*parts, (value, bold)])
        return paragraph

    def bullet(self, value: str, *, bold_lead: str = "", meta: str = "") -> None:
        paragraph = self.styled("List Bullet")
        wb.add_runs(paragraph, [(bold_lead + " ", True)] if bold_lead else [])
        wb.add_runs(paragraph, [(value, False)])
        if meta:
            paragraph.add_run().add_break()
            wb.add_runs(paragraph, [(meta, False)], colour=wb.MUTED)

    def chart(self, items: list[tuple[str, int]], title: str) -> None:
        """A chart only when it shows more than the table beside it (three or more bars)."""
        if self.chart_image is None or len(items) < 3:
            return
        alt = f"Staafdiagram: {title}. " + "; ".join(f"{label}: {count}" for label, count in items[:12])
        wb.picture_with_alt_text(self.doc, self.chart_image(items, title), Mm(150), alt)

    # -- parts ------------------------------------------------------------------------------------
    def header_and_footer(self) -> None:
        ctx, data = self.ctx, self.data
        marking = "OPENBAAR" if ctx.public else "VERTROUWELIJK"
        concept = data.doc_status != "definitief"
        section = self.doc.sections[0]
        header = section.header
        mark = (
            header.add_paragraph()
            if header.paragraphs and header.paragraphs[0].text
            else header.paragraphs[0]
        )
        wb.add_runs(mark, [(marking + (" \u00b7 CONCEPT" if concept else ""), True)], colour=self.colour)
        if not self.options.word_template:
            wb.add_runs(mark, [("   " + data.title, False)], colour=wb.MUTED)
            footer = section.footer.paragraphs[0]
            wb.add_runs(footer, [(f"{REPORT_SUBJECT} \u00b7 pagina ", False)], colour=wb.MUTED)
            wb.add_field(footer, "PAGE")
            wb.add_runs(footer, [(" van ", False)], colour=wb.MUTED)
            wb.add_field(footer, "NUMPAGES")

    @property
    def colour(self):
        return wb.PUBLIC if self.ctx.public else wb.CONFIDENTIAL

    def cover(self) -> None:
        ctx, data = self.ctx, self.data
        paragraph = self.doc.add_paragraph()
        wb.add_runs(paragraph, [("OPENBAAR" if ctx.public else "VERTROUWELIJK", True)], colour=self.colour)
        if data.doc_status != "definitief":
            wb.add_runs(paragraph, [("   CONCEPT", True)], colour=wb.CONFIDENTIAL)
        if self.options.logo_path:
            try:
                self.doc.add_picture(self.options.logo_path, height=Mm(20))
                wb.picture_alt(self.doc, f"Logo {data.municipality}".strip())
            except Exception:  # noqa: BLE001 - an unreadable logo leaves the slot empty, as in the PDF
                pass
        self.paragraph(document_kind(data))
        self.doc.add_paragraph(
            wb.text(data.title) or "Bijeenkomst zonder titel", style=wb.heading_style(self.doc, 0)
        )
        rows = [
            ("Datum en tijd", dutch_datetime(data.starts_at) or "nog niet gepland"),
            ("Plaats", data.location),
            ("Gemeente", data.municipality),
            ("Werkvorm", data.template_name),
            ("Bijeenkomst", data.status),
        ]
        if ctx.show_names and data.facilitator.strip():
            rows.append(("Gespreksleider", data.facilitator))
        rows += document_control_rows(data)
        table = self.doc.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            wb.add_runs(cells[0].paragraphs[0], [(label, True)])
            cells[1].paragraphs[0].add_run(wb.text(value) or "\u2014")
        self.paragraph(BOB_LINE, bold=True)
        self.paragraph(BOB_EXPLANATION)
        self.paragraph(PUBLIC_NOTE if ctx.public else CONFIDENTIAL_NOTE)
        self.paragraph(f"Gemaakt met casetafel op {dutch_datetime(data.generated_at)}.")
        wb.page_break(self.doc)

    def summary(self) -> None:
        data = self.data
        self.heading(SUMMARY_TITLE, 1)
        self.paragraph(introduction(data))
        if data.status_code == "gepland":
            return
        questions = numbered_questions(data)
        self.heading("Wat opviel", 2)
        found = findings(data)
        if not found:
            self.paragraph("Er zijn geen knelpunten vastgelegd.")
        for finding in found:
            domain, rest = finding_sentence(finding)
            self.bullet(rest, bold_lead=f"{domain}:")
        self.heading("Vragen voor de raad, per rol", 2)
        if not questions:
            self.paragraph("Er zijn geen bestuurlijke vragen vastgelegd.")
        for group in role_groups(questions):
            self.heading(f"{group.label} ({len(group.entries)})", 3)
            if group.explanation:
                self.paragraph(group.explanation)
            rows = [
                [
                    e.label,
                    e.item.text,
                    e.item.addressed_to,
                    e.item.instrument,
                    e.item.route,
                    self.ctx.owner(e.item),
                ]
                for e in group.entries
            ]
            wb.data_table(self.doc, SUMMARY_QUESTION_HEADER, rows, widths=(7, 37, 14, 14, 14, 14))
        self.heading("Wat de raad wordt gevraagd", 2)
        for lead, rest in asked_lines(questions):
            self.bullet(rest, bold_lead=lead)
        wb.page_break(self.doc)

    def participants(self) -> None:
        self.heading("Deelnemers", 1, numbered=True)
        header, rows, total = participant_rows(self.ctx)
        if not rows:
            self.paragraph("Er zijn voor deze bijeenkomst geen deelnemers vastgelegd.")
            return
        self.paragraph(f"Aan deze bijeenkomst namen {total} {'persoon' if total == 1 else 'mensen'} deel.")
        wb.data_table(self.doc, header, rows, widths=(28, 10, 62))

    def cases(self) -> None:
        data, ctx = self.data, self.ctx
        planned = data.status_code == "gepland"
        self.heading("Agenda en casussen" if planned else "Casussen", 1, numbered=True)
        if not data.cases:
            self.paragraph("Er staan geen casussen op de agenda.")
            return
        rows = [
            [
                c.code,
                c.title,
                ", ".join(c.domains),
                str(len(c.observations)),
                str(len(c.questions)),
                str(len(c.actions)),
            ]
            for c in data.cases
        ]
        wb.data_table(
            self.doc,
            ("Casus", "Titel", "Domeinen", "Observaties", "Vragen", "Afspraken"),
            rows,
            widths=(13, 30, 24, 13, 9, 11),
        )
        questions = iter(numbered_questions(data))
        actions = iter(numbered_actions(data))
        for case in data.cases:
            self.heading(case_heading(case), 2)
            facts = " \u00b7 ".join(
                f"{label}: {value}"
                for label, value in (
                    ("Domeinen", ", ".join(case.domains)),
                    ("Ingebracht door", ctx.source(case.presenter_role)),
                )
                if value.strip()
            )
            if facts:
                self.paragraph(facts)
            if ctx.public:
                self.paragraph(
                    "De casusbeschrijving staat alleen in de vertrouwelijke versie van dit verslag."
                )
            else:
                self.heading("Casusbeschrijving", 3)
                self.paragraph(case.description.strip() or "Er is geen beschrijving vastgelegd.")
            if case.observations:
                self.heading(f"Observaties ({len(case.observations)})", 3)
                for kind, phases in group_observations(case.observations):
                    self.paragraph(f"{kind} \u00b7 {sum(len(items) for _, items in phases)}", bold=True)
                    for phase, items in phases:
                        for observation in items:
                            meta = " \u00b7 ".join(
                                part
                                for part in (
                                    f"Fase: {phase}" if phase else "",
                                    f"Domeinen: {', '.join(observation.domains)}"
                                    if observation.domains
                                    else "",
                                    f"Inbreng: {ctx.source(observation.author_role)}"
                                    if ctx.source(observation.author_role)
                                    else "",
                                    ctx.votes(observation.votes)
                                    if ctx.show_votes and observation.votes
                                    else "",
                                )
                                if part
                            )
                            self.bullet(observation.text, meta=meta)
            if case.questions:
                self.heading(f"Bestuurlijke vragen ({len(case.questions)})", 3)
                for _ in case.questions:
                    self.question(next(questions))
            if case.actions:
                self.actions_table([next(actions) for _ in case.actions])

    def actions_table(self, entries: list) -> None:
        self.heading(f"Afspraken ({len(entries)})", 3)
        if (
            not self.ctx.show_owners
        ):  # every owner a person and names off: no column of "(persoon)", as the PDF
            rows = [[e.label, e.item.text, self.due(e.item), e.item.status] for e in entries]
            wb.data_table(self.doc, ("Nr.", "Afspraak", "Uiterlijk", "Status"), rows, widths=(8, 55, 19, 18))
            return
        rows = [
            [e.label, e.item.text, self.ctx.owner(e.item) or NO_OWNER, self.due(e.item), e.item.status]
            for e in entries
        ]
        wb.data_table(
            self.doc, ("Nr.", "Afspraak", "Eigenaar", "Uiterlijk", "Status"), rows, widths=(8, 42, 19, 16, 15)
        )

    def session_lines(self, lines: Sequence[ObservationData]) -> None:
        """Lines captured for the session as a whole (opening, evaluation), in the order typed, each with
        its kind and phase, as in the PDF."""
        ctx = self.ctx
        for line in lines:
            meta = " \u00b7 ".join(
                part
                for part in (
                    line.kind,
                    f"Fase: {line.phase}" if line.phase else "",
                    f"Inbreng: {ctx.source(line.author_role)}" if ctx.source(line.author_role) else "",
                    ctx.votes(line.votes) if ctx.show_votes and line.votes else "",
                )
                if part
            )
            self.bullet(line.text, meta=meta)

    def opening(self) -> None:
        """What was said in the opening (open agreements of last time, say); nothing when nothing was."""
        if self.data.opening:
            self.heading("Opening", 1, numbered=True)
            self.session_lines(self.data.opening)

    def session_items(self) -> None:
        """Questions and actions of the session as a whole, numbered after those of the cases."""
        data = self.data
        if not (data.session_questions or data.session_actions):
            return
        self.heading("Vragen en afspraken voor de bijeenkomst als geheel", 1, numbered=True)
        if data.session_questions:
            self.heading(f"Bestuurlijke vragen ({len(data.session_questions)})", 3)
            for entry in numbered_questions(data)[sum(len(case.questions) for case in data.cases) :]:
                self.question(entry)
        if data.session_actions:
            self.actions_table(numbered_actions(data)[sum(len(case.actions) for case in data.cases) :])

    def due(self, item) -> str:
        return dutch_date_short(item.due_date) if item.due_date else NO_DUE_DATE

    def question(self, entry) -> None:
        item: QuestionData = entry.item
        ctx = self.ctx
        fields = [
            f"{label}: {value}"
            for label, value in (
                ("Raadsrol", item.council_role),
                ("Thema", item.theme),
                ("Gericht aan", item.addressed_to),
                ("Instrument", item.instrument),
                ("Status", item.status),
                ("Eigenaar", ctx.owner(item)),
                ("Route", item.route),
                ("Uiterlijk", dutch_date_short(item.due_date) if item.due_date else ""),
            )
            if value.strip()
        ]
        if ctx.show_votes and item.votes:  # as in the PDF: the theme and the dots it got
            fields.append(ctx.votes(item.votes))
        self.bullet(item.text, bold_lead=entry.label, meta=" \u00b7 ".join(fields))
        if item.answer.strip():
            self.paragraph(item.answer, bold_lead="Antwoord:")

    def synthesis(self) -> None:
        data = self.data
        self.heading("Synthese over de casussen", 1, numbered=True)
        counts = domain_counts(data)
        self.heading("Terugkerende knelpunten", 2)
        ranked = sorted(
            ((d, c) for d, c in counts.items() if c.barriers and not d.startswith("(")),
            key=lambda t: (-len(t[1].barrier_cases), -t[1].barriers, t[0].lower()),
        )
        if not ranked:
            self.paragraph("Er zijn geen knelpunten (schotten) vastgelegd.")
        else:
            self.paragraph(
                "Knelpunten per domein, geteld in casussen. Terugkerend is een knelpunt in twee of meer casussen."
            )
            items = [(d, len(c.barrier_cases)) for d, c in ranked]
            self.chart(items, "casussen met een knelpunt per domein")
            rows = [[d, str(len(c.barrier_cases)), ", ".join(sorted(c.barrier_cases))] for d, c in ranked]
            wb.data_table(
                self.doc, ("Domein", "Casussen met knelpunt", "In casus"), rows, widths=(35, 20, 45)
            )
        self.heading("Bestuurlijke vragen per raadsrol", 2)
        questions = numbered_questions(data)
        groups = role_groups(questions)
        if not groups:
            self.paragraph("Er zijn geen bestuurlijke vragen vastgelegd.")
        else:
            rows = [[g.label, str(len(g.entries))] for g in groups]
            wb.data_table(self.doc, ("Raadsrol", "Vragen"), rows, widths=(70, 30))

    def followup(self) -> None:
        """The action list in a landscape section, one column per field, for the list of commitments."""
        ctx = self.ctx
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        self.heading("Actie- en opvolglijst", 1, numbered=True)
        entries = numbered_questions(self.data) + numbered_actions(self.data)
        if not entries:
            self.paragraph("Er zijn geen bestuurlijke vragen of afspraken vastgelegd.")
        else:
            self.paragraph(
                "Alle bestuurlijke vragen (V) en afspraken (A), om over te nemen in de lijst van toezeggingen."
            )
            rows = []
            for entry in entries:
                item = entry.item
                question = isinstance(item, QuestionData)
                rows.append(
                    [
                        entry.label,
                        entry.case_code or "bijeenkomst",
                        item.text,
                        item.addressed_to if question else "",
                        item.council_role if question else "",
                        item.instrument if question else "",
                        ctx.owner(item) or NO_OWNER,
                        self.due(item),
                        item.status,
                        item.route,
                        dutch_date_short(item.answered_on) if item.answered_on else "",
                        item.answer_reference,
                    ]
                )
            table = wb.data_table(
                self.doc, FOLLOWUP_HEADER, rows, widths=(4, 7, 20, 8, 9, 8, 9, 7, 7, 9, 6, 6)
            )
            for row in table.rows:
                for cell in row.cells:
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(9)
        back = self.doc.add_section(WD_SECTION.NEW_PAGE)
        back.orientation = WD_ORIENT.PORTRAIT
        back.page_width, back.page_height = back.page_height, back.page_width

    def closing(self) -> None:
        data, ctx = self.data, self.ctx
        self.heading("Evaluatie", 1, numbered=True)
        self.session_lines(data.closing)
        sections = evaluation_sections(data.evaluation)
        if not sections and not data.closing:
            self.paragraph(NO_EVALUATION)
        for title, lines in sections:
            if title:
                self.heading(title, 2)
            for line in lines:
                self.bullet(line)
        if not ctx.public and data.notes.strip():
            self.heading("Aantekeningen van de gespreksleider", 1, numbered=True)
            for block in data.notes.split("\n\n"):
                if block.strip():
                    self.paragraph(block.strip())

    def build(self) -> DocxDocument:
        data = self.data
        wb.set_language(self.doc)
        metadata = document_metadata(data, self.options)
        properties = self.doc.core_properties
        properties.title = metadata["title"]
        properties.subject = metadata["subject"]
        properties.author = metadata["author"]
        properties.keywords = metadata["keywords"]
        properties.last_modified_by = metadata["author"]
        properties.comments = (
            f"{REPORT_SUBJECT}, {dutch_date_long(data.starts_at.date()) if data.starts_at else ''}"
        )
        properties.category = "openbaar" if self.ctx.public else "vertrouwelijk"
        properties.created = data.generated_at
        properties.modified = data.generated_at
        properties.revision = 1
        self.header_and_footer()
        self.cover()
        self.summary()
        self.participants()
        self.opening()
        self.cases()
        if data.status_code != "gepland":
            self.session_items()
            self.synthesis()
            self.followup()
            self.closing()
        return self.doc


def build_docx(
    data: ReportData,
    options: ReportOptions,
    out: str | os.PathLike | BinaryIO,
    *,
    chart_image: ChartRenderer | None = None,
) -> None:
    """Write the report as DOCX to a path or binary stream. ``chart_image`` draws the charts (without one
    the tables stand alone); a template that cannot be used raises ``docx_base.TemplateError``."""
    document = DocxBuilder(data, options, chart_image).build()
    if isinstance(out, str | os.PathLike):
        buffer = io.BytesIO()
        document.save(buffer)
        with open(os.fspath(out), "wb") as handle:
            handle.write(buffer.getvalue())
    else:
        document.save(out)
