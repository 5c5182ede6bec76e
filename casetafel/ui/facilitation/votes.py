"""Prioritising with dot votes: a budget of dots per person, and per observation or governance question
a count the facilitator enters quickly (type a number, or + and - on the selected row).

More dots than the budget allows (dots per person × present) are refused, and the panel says so (and
``refused`` lets the window announce it); while nobody is marked present there is no limit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetafel.ui.facilitation.capture_list import RecordedItem

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
VOTES, KIND, TEXT = range(3)


class VotesModel(QAbstractTableModel):
    votes_requested = Signal(object, object, object)  # ref, old, new
    refused = Signal(object)  # the message shown

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[RecordedItem] = []
        self.limit: int | None = None  # all dots together; None: no limit

    def set_items(self, items: list[RecordedItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Dots"), self.tr("Kind"), self.tr("Text"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (item.votes, item.kind_label, item.text)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == VOTES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == VOTES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.EditRole and index.column() == VOTES:
            self.change(index.row(), int(value))
        return False

    def given(self) -> int:
        return sum(item.votes for item in self.items)

    def change(self, row: int, new: int) -> None:
        item = self.items[row]
        new = max(0, new)
        if self.limit is not None and new > item.votes and self.given() - item.votes + new > self.limit:
            self.refused.emit(
                self.tr(
                    "Not added: all %1 dots have been given. Take a dot away elsewhere or raise the dots per person."
                ).replace("%1", str(self.limit))
            )
            return
        if new != item.votes:
            self.votes_requested.emit(item.ref, item.votes, new)


class VotesView(QTableView):
    """Up and Down choose an item; + and - change its dots; typing a number edits them."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        step = {Qt.Key.Key_Plus: 1, Qt.Key.Key_Equal: 1, Qt.Key.Key_Minus: -1}.get(event.key())
        row = self.currentIndex().row()
        if step and 0 <= row < self.model().rowCount() and self.state() != self.State.EditingState:
            self.model().change(row, self.model().items[row].votes + step)
            return
        super().keyPressEvent(event)


class VotesPanel(QWidget):
    budget_changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.present = 0
        self.model = VotesModel(self)
        self.votes_requested = self.model.votes_requested
        self.view = VotesView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Dot votes"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(VOTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.budget = QSpinBox()
        self.budget.setRange(1, 20)
        self.budget.setValue(3)
        self.budget.setAccessibleName(self.tr("Dots per person"))
        label = QLabel(self.tr("Dots &per person"))
        label.setBuddy(self.budget)
        self.total = QLabel()
        self.total.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.budget)
        row.addWidget(self.total, 1)
        hint = QLabel(
            self.tr(
                "F8 brings you here, Esc back to the input line. Choose an item with the arrow keys; + and - "
                "change its dots, or type the number."
            )
        )
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.message.hide()
        self.refused = self.model.refused
        self.refused.connect(self._show_refusal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.budget.valueChanged.connect(self._on_budget)

    def set_items(self, items: list[RecordedItem]) -> None:
        row = max(0, self.view.currentIndex().row())
        self.model.set_items(items)
        if items:
            self.view.setCurrentIndex(self.model.index(min(row, len(items) - 1), VOTES))
        self._update_total()

    def set_budget(self, dots: int, present: int) -> None:
        self.present = present
        self.budget.blockSignals(True)
        self.budget.setValue(dots)
        self.budget.blockSignals(False)
        self._update_total()

    def _on_budget(self, dots: int) -> None:
        self._update_total()
        self.budget_changed.emit(dots)

    def _show_refusal(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _update_total(self) -> None:
        dots = self.budget.value()
        given = self.model.given()
        self.model.limit = dots * self.present if self.present else None
        if self.model.limit is None or given < self.model.limit:
            self.message.hide()
        self.total.setText(
            self.tr("× %1 present = %2 dots; given: %3")
            .replace("%1", str(self.present))
            .replace("%2", str(dots * self.present))
            .replace("%3", str(given))
        )

    def focus_list(self) -> None:
        self.view.setFocus()
