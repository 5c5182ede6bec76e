"""The Patronen page: recurring knelpunten across cases and sessions, through the four Village Deal
questions, with a bar chart over time and a table by domain or by theme (the chart's numbers in words).
Read only; it is filled again each time it is shown."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.container import Services
from casetafel.services.patterns import PatternRow, PatternsData

SERIES_COLOURS = ("#0b4f8a", "#c2410c", "#15803d", "#7e22ce")  # distinguishable, also in grey print


class BarChart(QWidget):
    """Grouped bars: one group per period, one bar per series; a legend above. Drawn with QPainter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.periods: tuple[str, ...] = ()
        self.series: list[tuple[str, tuple[int, ...]]] = []
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("Chart: knelpunten per period for the four Village Deal questions"))

    def set_data(self, periods: tuple[str, ...], series: list[tuple[str, tuple[int, ...]]]) -> None:
        self.periods, self.series = periods, series
        summary = "; ".join(f"{name}: {sum(values)}" for name, values in series)
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text = palette.text().color()
        metrics = painter.fontMetrics()
        line = metrics.height()
        x = 8.0
        for index, (name, _values) in enumerate(self.series):  # legend
            painter.fillRect(QRectF(x, 6, 12, 12), QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]))
            painter.setPen(text)
            painter.drawText(QRectF(x + 16, 2, 400, line + 4), Qt.AlignmentFlag.AlignVCenter, name)
            x += 16 + metrics.horizontalAdvance(name) + 18
        if not self.periods or not self.series:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No knelpunten recorded yet.")
            )
            return
        top, bottom, left = line + 16, self.height() - line - 8, 36.0
        right = self.width() - 8.0
        highest = max(1, *(max(values, default=0) for _name, values in self.series))
        painter.setPen(QPen(palette.mid().color()))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        painter.setPen(text)
        painter.drawText(QRectF(0, top - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight, str(highest))
        painter.drawText(QRectF(0, bottom - line, left - 4, line), Qt.AlignmentFlag.AlignRight, "0")
        group = (right - left) / len(self.periods)
        bar = min(36.0, max(2.0, group * 0.8 / len(self.series)))
        for p, period in enumerate(self.periods):
            start = left + p * group + (group - bar * len(self.series)) / 2
            for s, (_name, values) in enumerate(self.series):
                height = (bottom - top) * values[p] / highest
                rect = QRectF(start + s * bar, bottom - height, bar - 1, height)
                painter.fillRect(rect, QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)]))
            painter.drawText(
                QRectF(left + p * group, bottom + 2, group, line), Qt.AlignmentFlag.AlignHCenter, period
            )


class PatternsPage(QWidget):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.data: PatternsData | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.village = QTableWidget(0, 6)
        self.village.setAccessibleName(self.tr("The four Village Deal questions"))
        self.village.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Knelpunten"), self.tr("Cases"), self.tr("Sessions"),
             self.tr("Questions open"), self.tr("Answered")]
        )  # fmt: skip
        self.chart = BarChart()
        self.view_box = QComboBox()
        self.view_box.addItem(self.tr("By domain"), "domains")
        self.view_box.addItem(self.tr("By theme"), "themes")
        self.view_box.setAccessibleName(self.tr("Show the patterns"))
        self.view_box.currentIndexChanged.connect(self._fill_table)
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("Recurring knelpunten"))
        for table in (self.village, self.table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            table.setTabKeyNavigation(False)
        self.village.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.village.setMaximumHeight(150)
        row = QHBoxLayout()
        view_label = QLabel(self.tr("&Show"))
        view_label.setBuddy(self.view_box)
        row.addWidget(view_label)
        row.addWidget(self.view_box)
        row.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([260, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.village)
        layout.addWidget(self.splitter, 1)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Counted again each time the page is shown: sessions and items change elsewhere."""
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        data = self.data = self.services.patterns.patterns()
        self.summary.setText(
            self.tr(
                "%1 knelpunten (observations of the kind ‘schot’) in %2 sessions. A pattern recurs when it is "
                "seen in at least two cases in at least two sessions (marked ‘recurs’)."
            )
            .replace("%1", str(data.barriers))
            .replace("%2", str(data.meetings))
        )
        self.village.setRowCount(len(data.village_deal))
        for r, row in enumerate(data.village_deal):
            values = (row.question, row.pattern.barriers, row.pattern.cases, row.pattern.meetings,
                      row.questions_open, row.questions_answered)  # fmt: skip
            for c, value in enumerate(values):
                self.village.setItem(r, c, _cell(value))
        self.chart.set_data(
            data.periods, [(row.pattern.label, row.pattern.per_period) for row in data.village_deal]
        )
        self._fill_table()

    def _fill_table(self, *_args) -> None:
        data = self.data
        if data is None:
            return
        rows: tuple[PatternRow, ...] = getattr(data, self.view_box.currentData() or "domains")
        headers = [
            self.tr("Domain") if self.view_box.currentData() == "domains" else self.tr("Theme"), self.tr("Knelpunten"),
            self.tr("Cases"), self.tr("Sessions"), self.tr("Recurs"), self.tr("First"), self.tr("Last"),
            *data.periods,
        ]  # fmt: skip
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [
                row.label, row.barriers, row.cases, row.meetings, self.tr("recurs") if row.recurs else "",
                _day(row.first_seen), _day(row.last_seen), *row.per_period,
            ]  # fmt: skip
            for c, value in enumerate(values):
                self.table.setItem(r, c, _cell(value))
        self.table.resizeColumnsToContents()

    # -- the Edit menu acts on the page that is shown (nothing to undo on a read-only page) ------
    def undo(self) -> None:
        pass

    def redo(self) -> None:
        pass

    def focus_search(self) -> None:
        self.table.setFocus()


def _cell(value) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    if isinstance(value, int):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _day(value) -> str:
    return value.strftime("%d-%m-%Y") if value else "—"
