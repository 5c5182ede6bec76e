"""The presenter screen: a second top-level window, full screen on the projector, in large type.

It shows only what ``PresenterContent`` carries: the confirmed anonymised case text, the phase, the
guiding question, the timer and the insights of the current case (kind and text, no names, no
owners, no author roles). The facilitator's notes, drafts, the input line and anonymisation warnings
never reach it: the window has no access to the services. All text is shown as plain text.

What does not fit is never cut without a sign: a long case text shows "page 1 of 3" and is paged with
Ctrl+Down / Ctrl+Up from the facilitator's window; insights that do not fit are counted ("and 4 more").
A paused timer says "paused".
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from math import ceil

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QScreen,
    QShortcut,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from casetafel.ui.facilitation.timer_driver import timer_style

DEFAULT_POINT_SIZE = 26
MIN_POINT_SIZE = 12
MAX_POINT_SIZE = 72


@dataclass(frozen=True)
class Insight:
    kind: str
    text: str
    votes: int | None = None


@dataclass(frozen=True)
class PresenterContent:
    heading: str = ""
    phase: str = ""
    question: str = ""
    case_text: str = ""
    insights: tuple[Insight, ...] = ()
    case_first: bool = True
    """Whether the case text gets the larger share of the screen (while the case is presented)."""


PALETTES = {
    False: {"bg": "#ffffff", "fg": "#111111", "muted": "#4a4a4a", "accent": "#0b4f8a", "rule": "#c8d3de"},
    True: {"bg": "#000000", "fg": "#ffffff", "muted": "#e6e6e6", "accent": "#ffd400", "rule": "#ffd400"},
}


class PresenterWindow(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("casetafel — presenter screen"))
        self.setAccessibleName(self.tr("Presenter screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.point_size = DEFAULT_POINT_SIZE
        self.high_contrast = False
        self.content = PresenterContent()
        self._timer_text = ""
        self._timer_state = "normaal"
        self._timer_running = True
        self._shown_capacity = 0

        self.heading = self._label("heading")
        self.phase = self._label("phase")
        self.timer = self._label("timer")
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.paused = self._label("paused")
        self.paused.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.question = self._label("question")
        self.case_text = self._browser(self.tr("Case"))
        self.case_text.verticalScrollBar().rangeChanged.connect(self._update_case_page)
        self.case_text.verticalScrollBar().valueChanged.connect(self._update_case_page)
        self.case_page = self._label("page")
        self.case_page.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.insights = self._browser(self.tr("Insights"))
        self.insights.installEventFilter(self)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.phase)
        top.addLayout(titles, 1)
        clock = QVBoxLayout()
        clock.addWidget(self.timer)
        clock.addWidget(self.paused)
        clock.addStretch(1)
        top.addLayout(clock)
        self.rule = QFrame()
        self.rule.setObjectName("rule")
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.body = QHBoxLayout()
        self.body.setSpacing(36)
        case_column = QVBoxLayout()
        case_column.addWidget(self.case_text, 1)
        case_column.addWidget(self.case_page)
        self.case_box = QWidget()
        self.case_box.setLayout(case_column)
        case_column.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.case_box)
        self.body.addWidget(self.insights)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.question)
        layout.addWidget(self.rule)
        layout.addLayout(self.body, 1)

        for keys, step in (("Ctrl++", 2), ("Ctrl+=", 2), ("Ctrl+-", -2)):
            QShortcut(
                QKeySequence(keys), self, activated=lambda s=step: self.set_point_size(self.point_size + s)
            )
        QShortcut(QKeySequence("Esc"), self, activated=self.showNormal)
        self.resize(1280, 720)
        self._apply_style()

    # -- building blocks --------------------------------------------------------------------------
    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(name != "timer")
        return label

    def _browser(self, name: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setAccessibleName(name)
        browser.setOpenLinks(False)
        browser.setFrameShape(QFrame.Shape.NoFrame)
        browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return browser

    # -- content ----------------------------------------------------------------------------------
    def show_content(self, content: PresenterContent) -> None:
        """Show ``content``; only what differs from what is shown is laid out again (a capture changes
        just the insights, and laying out a long case text in large type at every capture is slow)."""
        previous, self.content = self.content, content
        self.heading.setText(content.heading)
        self.phase.setText(content.phase)
        self.question.setText(content.question)
        self.question.setVisible(bool(content.question))
        if content.case_text != previous.case_text:
            self.case_text.setPlainText(content.case_text)
        self.case_box.setVisible(bool(content.case_text))
        self.body.setStretch(0, 3 if content.case_first else 2)
        self.body.setStretch(1, 2 if content.case_first else 3)
        if content.insights != previous.insights or content.case_text != previous.case_text:
            self._render_insights()

    def _render_insights(self) -> None:
        palette = PALETTES[self.high_contrast]
        small = round(self.point_size * 0.8)
        items = []
        self._shown_capacity = self._insight_capacity()
        for insight in self.content.insights[: self._shown_capacity]:
            votes = ""
            if insight.votes:
                votes = f" <span style='color:{palette['accent']}'>{'●' * min(insight.votes, 12)}</span>"
            items.append(
                f"<p style='margin-bottom:14px'><span style='color:{palette['muted']}; font-size:{small}pt'>"
                f"{escape(insight.kind)}</span><br>{escape(insight.text)}{votes}</p>"
            )
        total = len(self.content.insights)
        self.insights.setHtml("".join(items))
        # Only whole insights: keep those that fit above a line that says how many are not shown.
        if self.insights.isVisible() and (len(items) < total or self._overflows(self.insights)):
            line = QFontMetrics(self.insights.document().defaultFont()).lineSpacing()
            keep = max(1, self._blocks_that_fit(self.insights, reserve=line + 8))
            items = items[:keep]
            tail = self.tr("… and %1 more").replace("%1", str(total - len(items)))
            self.insights.setHtml(
                "".join(items)
                + f"<p style='color:{palette['muted']}; font-size:{small}pt'>{escape(tail)}</p>"
            )
        self.insights.setVisible(bool(items) or not self.content.case_text)

    @staticmethod
    def _blocks_that_fit(browser: QTextBrowser, reserve: int) -> int:
        """How many paragraphs (one per insight) end above the pane's bottom minus ``reserve`` pixels."""
        document = browser.document()
        document.setTextWidth(browser.viewport().width())
        layout = document.documentLayout()
        limit = browser.viewport().height() - reserve
        count, block = 0, document.begin()
        while block.isValid() and layout.blockBoundingRect(block).bottom() <= limit:
            count += 1
            block = block.next()
        return count

    @staticmethod
    def _overflows(browser: QTextBrowser) -> bool:
        document = browser.document()
        document.setTextWidth(browser.viewport().width())
        return document.size().height() > browser.viewport().height() + 1

    def _update_case_page(self, *_args) -> None:
        bar = self.case_text.verticalScrollBar()
        step = max(1, bar.pageStep())
        pages = ceil((bar.maximum() + step) / step)
        if bar.maximum() <= 0 or pages <= 1:
            self.case_page.setText("")
            return
        page = min(pages, 1 + ceil(bar.value() / step - 1e-9))
        text = self.tr("page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))
        self.case_page.setText(text + ("  ▼" if page < pages else ""))

    def _insight_capacity(self) -> int:
        """How many insights can be seen at once: the pane has no scroll bar, and each insight takes at
        least two lines (kind and text). Rendering only those keeps a capture quick with hundreds of
        insights in a case."""
        line = QFontMetrics(self.insights.document().defaultFont()).lineSpacing()
        return max(4, self.insights.height() // max(1, 2 * line) + 2)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.insights and event.type() == QEvent.Type.Resize and self.content.insights:
            self._render_insights()  # what fits changes with the height and the width
        return super().eventFilter(watched, event)

    def show_timer(self, text: str, state: str, running: bool = True) -> None:
        self._timer_text, self._timer_state, self._timer_running = text, state, running
        self.timer.setText(text)
        self.timer.setStyleSheet(timer_style(state, self.high_contrast))
        self.paused.setText("" if running else self.tr("paused"))

    def scroll_case_text(self, pages: int) -> None:
        bar = self.case_text.verticalScrollBar()
        bar.setValue(bar.value() + pages * bar.pageStep())

    def visible_text(self) -> str:
        """Everything the audience can read, for checks: labels and both text panes."""
        parts = [self.heading.text(), self.phase.text(), self.timer.text(), self.paused.text()]
        if self.question.isVisible() or self.question.text():
            parts.append(self.question.text())
        parts += [self.case_text.toPlainText(), self.case_page.text(), self.insights.toPlainText()]
        return "\n".join(p for p in parts if p)

    # -- appearance -------------------------------------------------------------------------------
    def set_point_size(self, size: int) -> None:
        self.point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, int(size)))
        self._apply_style()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = bool(on)
        self._apply_style()

    def _apply_style(self) -> None:
        p = PALETTES[self.high_contrast]
        size = self.point_size
        self.setStyleSheet(
            f"PresenterWindow {{ background: {p['bg']}; }}"
            f"QLabel {{ color: {p['fg']}; background: transparent; }}"
            f"QLabel#heading {{ color: {p['muted']}; }}"
            f"QLabel#phase {{ color: {p['accent']}; }}"
            f"QLabel#paused, QLabel#page {{ color: {p['accent']}; }}"
            f"QTextBrowser {{ color: {p['fg']}; background: {p['bg']}; }}"
            f"QFrame#rule {{ color: {p['rule']}; background: {p['rule']}; min-height: 2px; max-height: 2px; }}"
        )
        self.setAutoFillBackground(True)
        self._font(self.heading, round(size * 0.75), QFont.Weight.Normal)
        self._font(self.phase, round(size * 1.6), QFont.Weight.Bold)
        self._font(self.question, round(size * 1.1), QFont.Weight.Normal, italic=True)
        self._font(self.paused, round(size * 0.8), QFont.Weight.Bold)
        self._font(self.case_page, round(size * 0.6), QFont.Weight.Normal)
        self._font(self.case_text, size, QFont.Weight.Normal)
        self._font(self.insights, size, QFont.Weight.Normal)
        digits = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        digits.setPointSize(round(size * 2.6))
        digits.setWeight(QFont.Weight.Bold)
        self.timer.setFont(digits)
        self.show_timer(self._timer_text, self._timer_state, self._timer_running)
        self._render_insights()

    @staticmethod
    def _font(widget: QWidget, point_size: int, weight: QFont.Weight, italic: bool = False) -> None:
        font = QFont(widget.font())
        font.setPointSize(point_size)
        font.setWeight(weight)
        font.setItalic(italic)
        widget.setFont(font)
        if isinstance(widget, QTextBrowser):
            widget.document().setDefaultFont(font)

    # -- screens ----------------------------------------------------------------------------------
    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` when there is more than one screen; else an ordinary window."""
        screens = QGuiApplication.screens()
        if screen is not None and len(screens) > 1:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
