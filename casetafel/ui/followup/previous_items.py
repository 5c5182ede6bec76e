"""'Vorige keer' in the opening of a session: the governance questions and actions still open from earlier
sessions, with their status set live (each change lands in the item's history). The facilitator can show
them on the presenter screen: number, kind, status, due date and text only (no owners, no case titles).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.concurrency import EditConflictError
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.followup import FollowupItem, status_choices
from casetafel.ui.facilitation.presenter import Insight
from casetafel.ui.followup.model import (
    DUE,
    NUMBER,
    OWNER,
    TEXT,
    FollowupTableModel,
    date_text,
    kind_text,
)
from casetafel.ui.widgets.conflict_dialog import save_checked
from casetafel.ui.widgets.counted import counted


def public_insight(item: FollowupItem) -> Insight:
    """What the presenter screen may show of an item: no owner, no case."""
    parts = [item.label, kind_text(item.kind), item.status_label]
    if item.due_date:
        due = QCoreApplication.translate("PreviousItems", "due %1").replace("%1", date_text(item.due_date))
        parts.append(due)
    if item.overdue:
        parts.append(QCoreApplication.translate("PreviousItems", "overdue"))
    return Insight(" · ".join(parts), item.text, None)


class PreviousItemsPanel(QWidget):
    changed = Signal()  # called after a status change or when presenter display is switched

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = FollowupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Open items from earlier sessions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in range(self.model.columnCount()):
            if column not in (NUMBER, TEXT, OWNER, DUE):  # the status is in the box below the list
                self.table.hideColumn(column)
        self.table.setWordWrap(False)
        for column, width in ((NUMBER, 48), (OWNER, 95), (DUE, 120)):
            self.table.setColumnWidth(column, width)
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("New status"))
        self.status_box.activated.connect(self.set_status)
        self.presenter_box = QCheckBox(self.tr("Show on the &presenter screen (without owners)"))
        self.presenter_box.toggled.connect(lambda _on: self.changed.emit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill_statuses())
        row = QHBoxLayout()
        status_label = QLabel(self.tr("Set &status:"))
        status_label.setBuddy(self.status_box)
        row.addWidget(status_label)
        row.addWidget(self.status_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.presenter_box)

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        current = self.current_item()
        items = self.services.followup.open_from_earlier_sessions(self.meeting_id) if self.meeting_id else []
        self.model.set_items(items)
        overdue = sum(1 for item in items if item.overdue)
        self.heading.setText(
            counted(
                len(items),
                self.tr("Last time: 1 question or action still open from earlier sessions, %2 overdue."),
                self.tr("Last time: %1 questions and actions still open from earlier sessions, %2 overdue."),
            ).replace("%2", str(overdue))
        )
        row = self.model.row_of(current.kind, current.id) if current else -1
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self._fill_statuses()

    def current_item(self) -> FollowupItem | None:
        index = self.table.currentIndex()
        return (
            self.model.items[index.row()] if index.isValid() and index.row() < len(self.model.items) else None
        )

    def _fill_statuses(self) -> None:
        item = self.current_item()
        self.status_box.blockSignals(True)
        self.status_box.clear()
        if item is not None:
            for code, label in status_choices(item.kind):
                self.status_box.addItem(label, code)
            self.status_box.setCurrentIndex(max(0, self.status_box.findData(item.status)))
        self.status_box.setEnabled(item is not None)
        self.status_box.blockSignals(False)

    def set_status(self, *_args) -> None:
        item, status = self.current_item(), self.status_box.currentData()
        if item is None or status == item.status:
            return
        followup = self.services.followup
        try:
            updated, _stored = save_checked(
                self, {"status": status}, item.version, {"status": item.status},
                lambda values, version, was: followup.update_item(
                    item.kind, item.id, expected_version=version, was=was, **values
                ),
                lambda: followup.get_item(item.kind, item.id),
            )  # fmt: skip
        except EditConflictError:  # decided later: the list keeps showing what is stored
            self._fill_statuses()
            return
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Last time"), str(error))
            return
        self.model.replace_item(updated)  # stays in the list (now answered or done) until the next load
        self._fill_statuses()
        self.changed.emit()

    def insights(self) -> tuple[Insight, ...]:
        return tuple(public_insight(item) for item in self.model.items)

    @property
    def on_presenter(self) -> bool:
        return self.presenter_box.isChecked()

    def focus_list(self) -> None:
        self.table.setFocus()


class OpeningTool(QWidget):
    """The opening phase's tool: attendance above, 'Vorige keer' below."""

    def __init__(self, attendance: QWidget, previous: PreviousItemsPanel, parent=None) -> None:
        super().__init__(parent)
        self.attendance = attendance
        self.previous = previous
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(attendance)
        splitter.addWidget(previous)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def focus_list(self) -> None:
        self.attendance.focus_list()
