"""Page layout of the session report: the document template with a cover and a body page template,
header and footer, bookmarks, and a one-pass contents list. Page numbers that are only known at the end
("pagina 3 van 12" and the numbers in the contents list) are drawn as PDF form objects that are filled in
when the canvas is saved, so the report is laid out once instead of in the two or more passes that
reportlab's ``multiBuild`` with ``TableOfContents`` needs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate, FrameBreak, NullActionFlowable

from casetafel.report import styles as st
from casetafel.report.fonts import register_fonts
from casetafel.report.paragraph import Paragraph

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class PageContext:
    """What the header and footer show: plain, already cleaned strings."""

    title: str
    date_line: str
    marking: str  # "Vertrouwelijk" or "Openbaar"
    marking_color: Color
    footer_note: str
    concept: bool = False  # a concept: "CONCEPT" across every page


CONCEPT_MARK = "CONCEPT"
CONCEPT_COLOR = Color(0.64, 0.09, 0.1, alpha=0.09)  # a light wash of the confidential red, under the text


class ReportCanvas(Canvas):
    """A canvas that can draw text which is only known when the document is finished (page totals,
    page numbers in the contents list) as a reference to a form object defined at save time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._deferred: dict[str, tuple[str, float, Color, str]] = {}
        self.page_count = 0
        self.resolve_deferred: Callable[[str], str] = lambda name: ""

    def showPage(self):  # noqa: N802 - reportlab API
        self.page_count += 1
        super().showPage()

    def draw_deferred(self, name: str, x: float, y: float, font: str, size: float, color: Color, align: str):
        """Draw the text that ``resolve_deferred(name)`` will give at save time, aligned at (x, y)."""
        self._deferred[name] = (font, size, color, align)
        self.saveState()
        self.translate(x, y)
        self.doForm(name)
        self.restoreState()

    def save(self):
        for name, (font, size, color, align) in self._deferred.items():
            text = self.resolve_deferred(name)
            self.beginForm(name, -300, -size, 300, 2 * size)
            self.setFont(font, size)
            self.setFillColor(color)
            if align == "right":
                self.drawRightString(0, 0, text)
            else:
                self.drawString(0, 0, text)
            self.endForm()
        super().save()


class Heading(Paragraph):
    """A heading paragraph; with a ``bookmark_key`` it becomes a bookmark, an outline entry and a
    contents-list target when it is laid out."""

    bookmark_key: str | None = None
    outline_title: str = ""
    outline_level: int = 0

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if parts and self.bookmark_key:
            first = parts[0]
            first.bookmark_key = self.bookmark_key
            first.outline_title = self.outline_title
            first.outline_level = self.outline_level
        return parts


def heading(markup: str, style, *, key: str | None = None, outline: str = "", level: int = 0) -> Heading:
    flowable = Heading(markup, style)
    if key:
        flowable.bookmark_key = key
        flowable.outline_title = outline
        flowable.outline_level = level
    return flowable


MINOR_FOLLOW = {"h3": 60.0, "h4": 45.0, "phase": 30.0}


TABLE_FOLLOW = 120.0  # a table header and two rows of two lines: a table never leaves one row behind


def minor_heading(markup: str, style, follow: float | None = None) -> list[Flowable]:
    """A minor heading (no bookmark) that is never left alone at the bottom of a page: it starts a new
    page when less than the heading plus a few lines of what follows still fits. Cheaper than
    keepWithNext, which wraps the heading group an extra time; used for the many small headings."""
    if follow is None:
        follow = MINOR_FOLLOW.get(style.name, 40.0)
    need = style.spaceBefore + style.leading + style.spaceAfter + follow
    return [CondPageBreak(need), Paragraph(markup, style)]


class HeadingKeeper(KeepTogether):
    """keepWithNext without wasted pages: a heading group moves to the next page only when the content
    after it cannot start below it; otherwise the following flowable splits there as usual (reportlab's
    own KeepTogether breaks the page whenever the whole group does not fit, which leaves half-empty pages
    in front of every long table)."""

    min_follow = 40.0  # points of following content that must fit under the heading

    def split(self, available_width, available_height):
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        content = self._content[:]
        for flowable in content:
            # the group is decided here: the document must not group these flowables again (it only
            # resets keepWithNext on all but the last, which loops for a group of one)
            flowable.__dict__["keepWithNext"] = 0
        frame = getattr(self, "_frame", None)
        # a leading action flowable makes the document put the content back into the story, so each
        # part is laid out (and split, if too tall) normally
        if available_height >= self._H or (frame is not None and getattr(frame, "_atTop", 0)):
            return [NullActionFlowable(), *content]
        *leading, last = content
        head_height = 0.0
        for flowable in leading:
            _, height = flowable.wrapOn(self.canv, available_width, 0xFFFFFFF)
            head_height += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        room = available_height - head_height - last.getSpaceBefore()
        _, last_height = last.wrapOn(self.canv, available_width, 0xFFFFFFF)
        if room >= min(self.min_follow, last_height) and (
            last_height <= room or last.splitOn(self.canv, available_width, room)
        ):
            return [NullActionFlowable(), *content]
        return [FrameBreak(), *content]


class Together(Flowable):
    """A few flowables that stay on one page (an observation and its meta line; a question, its fields
    and its answer). Cheaper than ``keepWithNext``, which wraps a kept group in a copy of the frame: each
    part is wrapped once per width and drawn in place. A group that does not fit moves on whole; only a
    group taller than a third of a page is given back as its parts, which split as usual."""

    def __init__(self, parts: list[Flowable]):
        super().__init__()
        self.parts = parts
        self._sizes: list[tuple[float, float]] = []

    def getSpaceBefore(self):  # noqa: N802 - reportlab API
        return self.parts[0].getSpaceBefore()

    def getSpaceAfter(self):  # noqa: N802 - reportlab API
        return self.parts[-1].getSpaceAfter()

    def _gaps(self) -> list[float]:
        """The space between part i and part i + 1."""
        return [
            max(before.getSpaceAfter(), after.getSpaceBefore())
            for before, after in zip(self.parts, self.parts[1:], strict=False)
        ]

    def wrap(self, available_width, available_height):
        self._sizes = [part.wrap(available_width, 0xFFFFFFF) for part in self.parts]
        self.width = available_width
        self.height = sum(height for _, height in self._sizes) + sum(self._gaps())
        return self.width, self.height

    def draw(self):
        y = self.height
        gaps = [*self._gaps(), 0.0]
        for part, (_, height), gap in zip(self.parts, self._sizes, gaps, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= gap

    def split(self, available_width, available_height):
        if not self._sizes:
            self.wrap(available_width, available_height)
        if self.height <= available_height:
            return [self]
        if self.height < st.FRAME_HEIGHT / 3:
            return []  # moves to the next page whole
        # the leading action flowable makes the document put the parts back into the story one by one
        return [NullActionFlowable(), *self.parts]


class PageNumberRef(Flowable):
    """The page number of a bookmark, right-aligned in a contents-list row, linked to the bookmark."""

    def __init__(self, key: str, style):
        super().__init__()
        self.key = key
        self.style = style

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = self.style.leading
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        baseline = self.height - self.style.fontSize
        canvas.draw_deferred(
            f"toc_{self.key}", self.width, baseline, self.style.fontName, self.style.fontSize, st.INK, "right"
        )
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class ReportDocTemplate(BaseDocTemplate):
    """A4 report with a cover page template ("cover") and a body page template ("body")."""

    def __init__(
        self,
        out: str | os.PathLike | BinaryIO,
        *,
        context: PageContext,
        metadata: dict[str, str],
        progress: ProgressCallback | None,
        progress_total: int,
        invariant: bool,
    ):
        fonts = register_fonts()
        super().__init__(
            os.fspath(out) if isinstance(out, str | os.PathLike) else out,
            pagesize=st.PAGE_SIZE,
            leftMargin=st.MARGIN_LEFT,
            rightMargin=st.MARGIN_RIGHT,
            topMargin=st.MARGIN_TOP,
            bottomMargin=st.MARGIN_BOTTOM,
            title=metadata.get("title", ""),
            subject=metadata.get("subject", ""),
            author=metadata.get("author", "") or "casetafel",
            creator="casetafel",
            producer="casetafel (reportlab)",
            keywords=metadata.get("keywords", ""),
            lang="nl-NL",
            displayDocTitle=1,
            invariant=1 if invariant else 0,
            initialFontName=fonts.regular,
            initialFontSize=9,
            keepTogetherClass=HeadingKeeper,
        )
        self.context = context
        self.progress = progress
        self.progress_total = progress_total
        self.progress_done = 0
        self.page_of: dict[str, int] = {}
        self.page_count = 0
        self._fonts = fonts
        self._header_title = _fit(context.title, fonts.bold, 8, st.FRAME_WIDTH * 0.68)
        frame_args = (st.MARGIN_LEFT, st.MARGIN_BOTTOM, st.FRAME_WIDTH, st.FRAME_HEIGHT)
        padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        self.addPageTemplates(
            [
                PageTemplate(
                    "cover", [Frame(*frame_args, id="cover", **padding)], onPage=self._draw_cover_page
                ),
                PageTemplate("body", [Frame(*frame_args, id="body", **padding)], onPage=self._draw_body_page),
            ]
        )

    # building -----------------------------------------------------------------------------------
    def build_story(self, story: list[Flowable]) -> int:
        """Lay the story out once, write the PDF, return the number of pages."""
        self.build(story, canvasmaker=self._make_canvas)
        return self.page_count

    def _make_canvas(self, *args, **kwargs) -> ReportCanvas:
        canvas = ReportCanvas(*args, **kwargs)
        canvas.resolve_deferred = self._resolve_deferred
        self._canvas = canvas
        return canvas

    def _resolve_deferred(self, name: str) -> str:
        self.page_count = self._canvas.page_count
        if name.startswith("page_"):
            return f"pagina {name[5:]} van {self.page_count}"
        if name.startswith("toc_"):
            page = self.page_of.get(name[4:])
            return str(page) if page else ""
        return ""

    def afterFlowable(self, flowable):  # noqa: N802 - reportlab API
        key = getattr(flowable, "bookmark_key", None)
        if not key or key in self.page_of:
            return
        self.page_of[key] = self.page
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level, closed=False)
        self.report_progress()

    def report_progress(self, *, finished: bool = False):
        if self.progress is None:
            return
        self.progress_done = (
            self.progress_total if finished else min(self.progress_done + 1, self.progress_total)
        )
        self.progress(self.progress_done, self.progress_total)

    def handle_documentBegin(self):  # noqa: N802 - reportlab API
        super().handle_documentBegin()
        self.canv.showOutline()

    # page decoration ----------------------------------------------------------------------------
    def _draw_footer(self, canvas: Canvas):
        context = self.context
        fonts = self._fonts
        left, right = st.MARGIN_LEFT, st.PAGE_SIZE[0] - st.MARGIN_RIGHT
        y = st.MARGIN_BOTTOM - 11
        canvas.saveState()
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 9, right, y + 9)
        canvas.setFont(fonts.bold, 8)
        canvas.setFillColor(context.marking_color)
        canvas.drawString(left, y, context.marking.upper())
        marking_width = stringWidth(context.marking.upper(), fonts.bold, 8)
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(left + marking_width + 8, y, context.footer_note)
        canvas.restoreState()
        canvas.draw_deferred(f"page_{canvas.getPageNumber()}", right, y, fonts.regular, 8, st.MUTED, "right")

    def _draw_concept(self, canvas: Canvas):
        """A large diagonal "CONCEPT" under the page's text, and the word in the header's colour."""
        if not self.context.concept:
            return
        width, height = st.PAGE_SIZE
        canvas.saveState()
        canvas.setFillColor(CONCEPT_COLOR)
        canvas.setFont(self._fonts.bold, 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(55)
        canvas.drawCentredString(0, -38, CONCEPT_MARK)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFont(self._fonts.bold, 8)
        canvas.setFillColor(st.CONFIDENTIAL)
        canvas.drawCentredString(width / 2, height - st.MARGIN_TOP + 24, CONCEPT_MARK)
        canvas.restoreState()

    def _draw_cover_page(self, canvas: Canvas, doc):
        self._draw_concept(canvas)
        self._draw_footer(canvas)

    def _draw_body_page(self, canvas: Canvas, doc):
        self._draw_concept(canvas)
        context = self.context
        fonts = self._fonts
        left, right = st.MARGIN_LEFT, st.PAGE_SIZE[0] - st.MARGIN_RIGHT
        y = st.PAGE_SIZE[1] - st.MARGIN_TOP + 12
        canvas.saveState()
        canvas.setFont(fonts.bold, 8)
        canvas.setFillColor(st.ACCENT)
        canvas.drawString(left, y, self._header_title)
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(st.MUTED)
        canvas.drawRightString(right, y, context.date_line)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - 5, right, y - 5)
        canvas.restoreState()
        self._draw_footer(canvas)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis until it fits the width."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, min(len(text), 400)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "\u2026", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "\u2026"
