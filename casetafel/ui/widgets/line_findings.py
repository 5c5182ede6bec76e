"""The identifier check on one-line inputs (the capture line, an owner field): findings underlined with
a red wave as you type, named in the tooltip, and the same check for the texts of recorded items.

Typing never waits for the check: each keystroke only restarts a short timer; when typing pauses the
detector runs (about a millisecond for a 200-word line) and the line repaints. Enter records what is in
the line whatever the check is doing. The underline is painted over the line edit from an event filter,
so any ``QLineEdit`` can get it without being subclassed. Results for recorded texts are cached by text.
Multi-line notes get ``BlockFindingsHighlighter``, a syntax highlighter that checks one paragraph at a
time.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QTimer
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:
    from casetafel.anonymisation import Finding


def detect(text: str, *, local_places: Iterable[str] = ()) -> list[Finding]:
    # The detector is imported on first use (the session editor has a title field, and opens at start).
    from casetafel.anonymisation import detect as run

    return run(text, local_places=local_places)


LINE_CHECK_DELAY_MS = 120
WAVE_COLOUR = QColor(200, 30, 30)


def findings_tooltip(findings: Iterable[Finding]) -> str:
    """One line per finding: kind, the text and its placeholder, in the interface language."""
    from casetafel.ui.cases.findings_highlighter import category_label

    lines = [
        QCoreApplication.translate("LineFindings", "%1 ‘%2’ → %3")
        .replace("%1", category_label(f.category))
        .replace("%2", f.text)
        .replace("%3", f.placeholder)
        for f in findings
    ]
    if not lines:
        return ""
    heading = QCoreApplication.translate("LineFindings", "Possible identifiers (masked outside the editor):")
    return "\n".join([heading, *lines])


@lru_cache(maxsize=8192)
def recorded_text_findings(text: str) -> tuple[Finding, ...]:
    """The findings of a recorded text (cached: lists ask again at every repaint)."""
    return tuple(detect(text))


@lru_cache(maxsize=1)
def finding_marker() -> QIcon:
    """The small warning sign next to a recorded text with possible identifiers."""
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class LineFindingsUnderliner(QObject):
    """Checks a ``QLineEdit`` a moment after typing stops and underlines what it finds."""

    def __init__(self, line: QLineEdit, local_places: Iterable[str] = (), parent: QObject | None = None):
        super().__init__(parent or line)
        self.line = line
        self.local_places = tuple(local_places)
        self.findings: tuple[Finding, ...] = ()
        self.checked_text = ""
        self.last_check_ms = 0.0
        self._base_tooltip = line.toolTip()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LINE_CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        line.textChanged.connect(self._text_changed)
        line.installEventFilter(self)

    def _text_changed(self, text: str) -> None:
        if not text.strip():  # cleared after Enter: nothing to check, drop the old marks at once
            self._timer.stop()
            self._show((), text)
            return
        self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def run_now(self) -> tuple[Finding, ...]:
        """Check the current text now (the timer calls this when typing pauses)."""
        self._timer.stop()
        started = time.perf_counter()
        text = self.line.text()
        findings = tuple(detect(text, local_places=self.local_places)) if text.strip() else ()
        self._show(findings, text)
        self.last_check_ms = (time.perf_counter() - started) * 1000
        return findings

    def _show(self, findings: tuple[Finding, ...], text: str) -> None:
        if findings == self.findings and text == self.checked_text:
            return
        self.findings, self.checked_text = findings, text
        tip = findings_tooltip(findings)
        self.line.setToolTip(tip or self._base_tooltip)
        self.line.setAccessibleDescription(
            QCoreApplication.translate("LineFindings", "%1 possible identifiers").replace(
                "%1", str(len(findings))
            )
            if findings
            else ""
        )
        self.line.update()

    # -- painting -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.line and event.type() == QEvent.Type.Paint and self.findings:
            self.line.paintEvent(event)
            self._paint_waves()
            return True
        return super().eventFilter(watched, event)

    def _paint_waves(self) -> None:
        text = self.line.text()
        if text != self.checked_text:
            return  # typed since the check: the marks would sit in the wrong place
        metrics = self.line.fontMetrics()
        cursor_rect = self.line.cursorRect()
        cursor = _python_index(text, self.line.cursorPosition())
        origin = cursor_rect.center().x() - metrics.horizontalAdvance(text[:cursor])
        baseline = cursor_rect.center().y() + metrics.ascent() // 2 + 3
        painter = QPainter(self.line)
        pen = QPen(WAVE_COLOUR)
        pen.setWidthF(1.3)
        painter.setPen(pen)
        visible = self.line.contentsRect()
        for finding in self.findings:
            left = origin + metrics.horizontalAdvance(text[: finding.start])
            right = origin + metrics.horizontalAdvance(text[: finding.end])
            left, right = max(left, visible.left()), min(right, visible.right())
            if right > left:
                painter.drawPath(_wave(left, right, baseline))
        painter.end()


def _wave(left: float, right: float, y: float) -> QPainterPath:
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + 2.0, right)
        path.lineTo(QPointF(x, y - 1.5 if up else y + 0.5))
        up = not up
    return path


def _python_index(text: str, qt_position: int) -> int:
    """The str index of a Qt (UTF-16) position in ``text``."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text):
        return min(qt_position, len(text))
    units = 0
    for index, ch in enumerate(text):
        if units >= qt_position:
            return index
        units += 2 if ord(ch) >= 0x10000 else 1
    return len(text)


class BlockFindingsHighlighter(QSyntaxHighlighter):
    """Underlines findings in a multi-line plain text (notes, evaluation), paragraph by paragraph: Qt
    checks only the paragraph being typed in, and a paragraph takes about a millisecond."""

    def __init__(self, document: QTextDocument, local_places: Iterable[str] = ()) -> None:
        super().__init__(document)
        self.local_places = tuple(local_places)
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.format.setUnderlineColor(WAVE_COLOUR)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        if not text.strip():
            return
        simple = text.isascii() or all(ord(ch) < 0x10000 for ch in text)
        for finding in detect(text, local_places=self.local_places):
            start = finding.start if simple else _qt_length(text[: finding.start])
            length = len(finding.text) if simple else _qt_length(finding.text)
            self.setFormat(start, length, self.format)


def _qt_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
