"""Who can act ("Wie kan wat?"): per observation, tick who can act on it (professional, organisation, college,
council, region, state). Keys 1 to 6 toggle a level on the selected observation; Space toggles the
selected cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from casetafel.services.taxonomy import TermInfo
from casetafel.ui.facilitation.capture_list import RecordedItem

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ActorsModel(QAbstractTableModel):
    actors_requested = Signal(object, object, object)  # ref, old, new

    def __init__(self, levels: list[TermInfo], parent=None) -> None:
        super().__init__(parent)
        self.levels = levels
        self.items: list[RecordedItem] = []

    def set_items(self, items: list[RecordedItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 1 + len(self.levels)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Observation")
            return str(section)  # narrow columns leave the room to the observation; the legend names them
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and section > 0:
            return self.levels[section - 1].label
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{item.kind_label}: {item.text}"
            return None
        level = self.levels[index.column() - 1]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if level.code in item.info.actors else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return level.label
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() > 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and index.column() > 0:
            self.toggle(index.row(), index.column() - 1)
        return False

    def toggle(self, row: int, level: int) -> None:
        item = self.items[row]
        code = self.levels[level].code
        old = tuple(item.info.actors)
        if code in old:
            new = tuple(c for c in old if c != code)
        else:
            order = [t.code for t in self.levels]
            new = tuple(sorted((*old, code), key=lambda c: order.index(c) if c in order else len(order)))
        self.actors_requested.emit(item.ref, old, new)


class ActorsView(QTableView):
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        model: ActorsModel = self.model()
        row = self.currentIndex().row()
        number = event.key() - Qt.Key.Key_1
        if 0 <= number < len(model.levels) and 0 <= row < model.rowCount() and not event.modifiers():
            model.toggle(row, number)
            return
        if event.key() == Qt.Key.Key_Space and self.currentIndex().column() > 0 and row >= 0:
            model.toggle(row, self.currentIndex().column() - 1)
            return
        super().keyPressEvent(event)


class ActorsPanel(QWidget):
    def __init__(self, levels: list[TermInfo], parent=None) -> None:
        super().__init__(parent)
        self.model = ActorsModel(levels, self)
        self.actors_requested = self.model.actors_requested
        self.view = ActorsView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Who can act"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for column in range(1, 1 + len(levels)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            self.tr(
                "F8 brings you here, Esc back to the input line. Choose an observation with the arrow keys; "
                "keys 1 to 6 tick who can act on it."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.legend = QLabel(" · ".join(f"{n} {level.label}" for n, level in enumerate(levels, start=1)))
        self.legend.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)

    def set_items(self, items: list[RecordedItem]) -> None:
        row = max(0, self.view.currentIndex().row())
        self.model.set_items(items)
        if items:
            self.view.setCurrentIndex(self.model.index(min(row, len(items) - 1), 0))

    def focus_list(self) -> None:
        self.view.setFocus()
