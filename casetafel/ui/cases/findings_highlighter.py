"""The live identifier check of the case description.

About 300 ms after the last keystroke the detector runs on the GUI thread (a 2,000-word text takes a few
tens of milliseconds), the findings are underlined (open ones with a red wave, waived ones with grey
dots, the one chosen in the findings panel shaded) and a tooltip over a finding gives its category and
the suggested placeholder. ``checked`` reports each result to the findings panel and the editor.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from casetafel.anonymisation import Category, Finding, QuasiWarning, detect, quasi_identifier_warnings
from casetafel.services.anonymity import Waiver, covers
from casetafel.ui.cases.description import CURRENT, OPEN, WAIVED, DescriptionTextEdit, qt_length

CHECK_DELAY_MS = 300


def category_label(category: Category) -> str:
    """The category of a finding in the interface language."""
    labels = {
        Category.NAAM: QCoreApplication.translate("Findings", "Name"),
        Category.PLAATS: QCoreApplication.translate("Findings", "Place name"),
        Category.ADRES: QCoreApplication.translate("Findings", "Address"),
        Category.POSTCODE: QCoreApplication.translate("Findings", "Postcode"),
        Category.BSN: QCoreApplication.translate("Findings", "Citizen service number (BSN)"),
        Category.IBAN: QCoreApplication.translate("Findings", "Bank account (IBAN)"),
        Category.TELEFOON: QCoreApplication.translate("Findings", "Phone number"),
        Category.EMAIL: QCoreApplication.translate("Findings", "E-mail address"),
        Category.URL: QCoreApplication.translate("Findings", "Web address"),
        Category.DATUM: QCoreApplication.translate("Findings", "Date"),
        Category.LEEFTIJD: QCoreApplication.translate("Findings", "Age"),
        Category.INSTELLING: QCoreApplication.translate("Findings", "Institution or company"),
        Category.NUMMER: QCoreApplication.translate("Findings", "Case or client number"),
        Category.KENTEKEN: QCoreApplication.translate("Findings", "Licence plate"),
    }
    return labels.get(category, str(category))


@dataclass(frozen=True)
class CheckedFinding:
    """A finding with its Qt positions (UTF-16) and the waiver that covers it, if any."""

    finding: Finding
    qt_start: int
    qt_end: int
    waiver: Waiver | None = None

    @property
    def is_open(self) -> bool:
        return self.waiver is None

    def tooltip(self) -> str:
        label = category_label(self.finding.category)
        if self.waiver is not None:
            return (
                QCoreApplication.translate("Findings", "%1 — ignored: %2")
                .replace("%1", label)
                .replace("%2", self.waiver.reason)
            )
        return (
            QCoreApplication.translate("Findings", "%1 — suggested replacement: %2")
            .replace("%1", label)
            .replace("%2", self.finding.placeholder)
        )


@dataclass(frozen=True)
class CheckResult:
    text: str = ""
    items: tuple[CheckedFinding, ...] = ()
    warnings: tuple[QuasiWarning, ...] = ()
    milliseconds: float = 0.0
    open_items: tuple[CheckedFinding, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "open_items", tuple(i for i in self.items if i.is_open))

    @property
    def open_count(self) -> int:
        return len(self.open_items)

    @property
    def waived_count(self) -> int:
        return len(self.items) - len(self.open_items)


def check_text(text: str, waivers: Iterable[Waiver], local_places: Iterable[str]) -> CheckResult:
    """Detect the findings in ``text``, mark the waived ones and add the quasi-identifier warnings."""
    started = time.perf_counter()
    waivers = tuple(waivers)
    findings = detect(text, local_places=tuple(local_places))
    warnings = tuple(quasi_identifier_warnings(text, findings))
    simple = qt_length(text) == len(text)  # no characters outside the BMP: positions are the same
    items = []
    for finding in findings:
        start = finding.start if simple else qt_length(text[: finding.start])
        end = finding.end if simple else start + qt_length(finding.text)
        waiver = next((w for w in waivers if covers(w, finding)), None)
        items.append(CheckedFinding(finding, start, end, waiver))
    elapsed = (time.perf_counter() - started) * 1000
    return CheckResult(text, tuple(items), warnings, elapsed)


class FindingsHighlighter(QObject):
    """Runs the check on a description text edit, debounced, and paints the result into it."""

    checked = Signal(object)  # CheckResult

    def __init__(self, text_edit: DescriptionTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text_edit = text_edit
        self.waivers: tuple[Waiver, ...] = ()
        self.local_places: tuple[str, ...] = ()
        self.result = CheckResult()
        self.current: CheckedFinding | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        text_edit.textChanged.connect(self._timer.start)
        text_edit.viewport().installEventFilter(self)

    def set_context(self, waivers: Iterable[Waiver], local_places: Iterable[str]) -> None:
        self.waivers = tuple(waivers)
        self.local_places = tuple(local_places)

    def is_pending(self) -> bool:
        """True while the text changed since the last check."""
        return self._timer.isActive() or self.result.text != self.text_edit.toPlainText()

    def run_now(self) -> CheckResult:
        self._timer.stop()
        self.result = check_text(self.text_edit.toPlainText(), self.waivers, self.local_places)
        if self.current is not None:
            self.current = next((i for i in self.result.items if i.finding == self.current.finding), None)
        self._paint()
        self.checked.emit(self.result)
        return self.result

    def set_current(self, item: CheckedFinding | None) -> None:
        """Shade ``item`` (the finding chosen in the panel) and select it in the text."""
        self.current = item
        self._paint()
        if item is not None and self.result.text == self.text_edit.toPlainText():
            self.text_edit.select_range(item.qt_start, item.qt_end)

    def _paint(self) -> None:
        spans = []
        for item in self.result.items:
            style = OPEN if item.is_open else WAIVED
            if self.current is not None and item.finding == self.current.finding:
                style = CURRENT
            spans.append((item.qt_start, item.qt_end, style))
        self.text_edit.set_highlights(spans)

    def item_at(self, position: int) -> CheckedFinding | None:
        """The finding under the Qt position ``position`` of a text that was checked as it is."""
        if self.is_pending():
            return None
        return next((i for i in self.result.items if i.qt_start <= position < i.qt_end), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.text_edit.cursorForPosition(event.pos())
            item = self.item_at(cursor.position())
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), item.tooltip(), self.text_edit.viewport())
            return True
        return super().eventFilter(watched, event)
