"""Prioritising with dot votes: a budget of dots per person, and per observation or governance question
a count the facilitator enters quickly (type a number, or + and - on the selected row)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
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

from casetafel.ui.capture_list import RecordedItem
from casetafel.ui.facilitation_hooks import Hook

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
VOTES, KIND, TEXT = range(3)


class VotesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[RecordedItem] = []
        self.votes_requested = Hook()  # ref, old, new

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

    def change(self, row: int, new: int) -> None:
        item = self.items[row]
        new = max(0, new)
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
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.present = 0
        self.budget_changed = Hook()
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
            self.tr("Choose an item with the arrow keys; + and - change its dots, or type the number.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(hint)
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

    def _update_total(self) -> None:
        dots = self.budget.value()
        given = sum(item.votes for item in self.model.items)
        self.total.setText(
            self.tr("× %1 present = %2 dots; given: %3")
            .replace("%1", str(self.present))
            .replace("%2", str(dots * self.present))
            .replace("%3", str(given))
        )

    def focus_list(self) -> None:
        self.view.setFocus()
