"""Shared state and small building blocks for the sections of the report: the variant rules (what the public
version leaves out), numbered chapters that register themselves for the contents list and the bookmark
outline, and data tables whose cells are escaped paragraphs that wrap and split over pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table

from casetafel.domain.document import owner_is_public
from casetafel.report import styles as st
from casetafel.report.data import ReportData, ReportOptions, ReportVariant
from casetafel.report.layout import heading
from casetafel.report.paragraph import Paragraph
from casetafel.report.policy import role_counts, shown_owner, shown_source
from casetafel.report.text import EMPTY, clean, count_label, dutch_date_short, para, plain

CELL_PADDING = 9.0  # left and right padding of a data table cell, and a little air


@dataclass(frozen=True)
class TocEntry:
    level: int
    number: str
    title: str  # plain text
    key: str


@dataclass
class StoryContext:
    """What every section needs to know while it builds its flowables."""

    data: ReportData
    options: ReportOptions
    styles: st.Styles = field(default_factory=st.get_styles)
    toc: list[TocEntry] = field(default_factory=list)
    chapter_count: int = 0
    section_count: int = 0
    _role_counts: dict[str, int] | None = None

    @property
    def public(self) -> bool:
        return self.options.variant == ReportVariant.PUBLIC

    @property
    def show_names(self) -> bool:
        """Personal names only in the confidential variant and only when the facilitator chose so."""
        return not self.public and self.options.show_names

    @property
    def show_owners(self) -> bool:
        """Whether an owner column is printed: with names on, or when some owner is a body (a body or role
        such as the griffie or the college is printed in every variant; a person only with names on)."""
        return self.show_names or any(owner_is_public(item.owner_kind) and item.owner for item in self.items)

    @property
    def items(self) -> list:
        """All governance questions and actions of the report."""
        data = self.data
        found: list = [*data.session_questions, *data.session_actions]
        for case in data.cases:
            found += [*case.questions, *case.actions]
        return found

    def owner(self, item) -> str:
        """The owner as the report may print it: a body always, a person only with names on."""
        return shown_owner(item, self.show_names)

    def source(self, role: str) -> str:
        """The role a statement came from ("Inbreng"); in the public variant not when only one person held
        that role at the session (one ervaringsdeskundige, one wethouder): that would name them."""
        if self._role_counts is None:
            self._role_counts = role_counts(self.data.participants)
        return shown_source(role, self.public, self._role_counts)

    @property
    def show_votes(self) -> bool:
        return self.options.show_votes

    def chapter(self, title: str, *, new_page: bool = True) -> list[Flowable]:
        """A numbered chapter heading (level 0 in the outline and the contents list)."""
        self.chapter_count += 1
        self.section_count = 0
        number = str(self.chapter_count)
        key = f"ch{number}"
        self.toc.append(TocEntry(0, number, title, key))
        flowables: list[Flowable] = [PageBreak()] if new_page else [CondPageBreak(st.FRAME_HEIGHT * 0.3)]
        flowables.append(
            heading(
                f"{number}\u2003{para(title)}",
                self.styles.h1,
                key=key,
                outline=plain(f"{number} {title}", 120),
                level=0,
            )
        )
        return flowables

    def section(self, title: str, *, key: str | None = None) -> list[Flowable]:
        """A numbered section inside the current chapter (level 1), e.g. one case."""
        self.section_count += 1
        number = f"{self.chapter_count}.{self.section_count}"
        key = key or f"s{self.chapter_count}_{self.section_count}"
        self.toc.append(TocEntry(1, number, title, key))
        return [
            CondPageBreak(st.FRAME_HEIGHT * 0.22),
            heading(
                f"{number}\u2003{para(title)}",
                self.styles.h2,
                key=key,
                outline=plain(f"{number} {title}", 120),
                level=1,
            ),
        ]

    def cell(self, text: str | None, *, bold: bool = False) -> Paragraph:
        """An escaped table cell that wraps; an em dash when empty."""
        style = self.styles.cell_bold if bold else self.styles.cell
        return Paragraph(para(text) if text else EMPTY, style)

    def short_cell(self, text: str | None, width: float) -> Paragraph | str:
        """A cell for text that is usually short (a code, a status, a name): a plain string drawn in the
        table font when it fits on one line of the column (much faster than a Paragraph, and a string
        cell is never read as markup), else a wrapping Paragraph."""
        cleaned = clean(text)
        if not cleaned.strip():
            return EMPTY
        style = self.styles.cell
        if (
            "\n" not in cleaned
            and stringWidth(cleaned, style.fontName, style.fontSize) <= width - CELL_PADDING
        ):
            return cleaned
        return self.cell(text)

    def label_cell(self, label: str, case_code: str, width: float) -> Paragraph | str:
        """The report's own number (V3, A2) with the case code under it; a plain string when it fits."""
        code = clean(case_code)
        style = self.styles.cell_bold
        if "\n" not in code and stringWidth(code, style.fontName, style.fontSize) <= width - CELL_PADDING:
            return f"{label}\n{code}"
        return Paragraph(f"<b>{label}</b><br/>{para(case_code)}", self.styles.cell)

    def number_cell(self, value: int) -> str:
        """A count: a plain string cell (drawn in the table font, no Paragraph needed)."""
        return str(value)

    def date_cell(self, day: date | None) -> str:
        return dutch_date_short(day)

    def votes(self, count: int) -> str:
        return count_label(count, "stem", "stemmen")


class DataTable(Table):
    """A Table that does not leave a lone row behind: lower on a page it moves on whole rather than
    split off fewer than two body rows on either side."""

    min_rows = 2

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if len(parts) == 2 and available_height < st.FRAME_HEIGHT * 0.5:
            head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
            first, second = len(parts[0]._cellvalues) - head, len(parts[1]._cellvalues) - head
            if first < self.min_rows or second < self.min_rows:
                return []
        return parts


def data_table(
    header: Sequence[str],
    rows: Iterable[Sequence[Flowable]],
    widths: Sequence[float],
    *,
    numeric_columns: tuple[int, ...] = (),
    bold_first_column: bool = False,
) -> Table:
    """A data table with a repeated header row that splits between and, if needed, inside rows."""
    styles = st.get_styles()
    head = [Paragraph(para(label), styles.cell_head) for label in header]
    for column in numeric_columns:
        head[column] = Paragraph(para(header[column]), styles.cell_head_right)
    table = DataTable(
        [head, *rows],
        colWidths=list(widths),
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
        style=st.data_table_style(numeric_columns=numeric_columns, bold_first_column=bold_first_column),
    )
    return table


def fractions(*parts: float, width: float = st.FRAME_WIDTH) -> list[float]:
    """Column widths in proportion to ``parts``, together ``width`` (default: the frame width)."""
    total = sum(parts)
    return [width * part / total for part in parts]


def join_meta(parts: Iterable[tuple[str, str]]) -> str:
    """Escaped "label: value" pairs joined by a middle dot, skipping empty values."""
    return " \u00b7 ".join(
        f"{para(label)}: {para(value)}" if label else para(value) for label, value in parts if value
    )
