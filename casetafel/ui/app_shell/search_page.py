"""The search page: full-text search over cases, observations and governance questions as you type.

Every keystroke runs the search (SQLite FTS5 answers in milliseconds); Enter or a double-click on a result
opens the case or the session it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.container import Services
from casetafel.services.search import KIND_ACTION, KIND_CASE, KIND_OBSERVATION, SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_text(kind: str) -> str:
    if kind == KIND_CASE:
        return QCoreApplication.translate("SearchPage", "Case")
    if kind == KIND_OBSERVATION:
        return QCoreApplication.translate("SearchPage", "Observation")
    if kind == KIND_ACTION:
        return QCoreApplication.translate("SearchPage", "Action")
    return QCoreApplication.translate("SearchPage", "Governance question")


class SearchPage(QWidget):
    def __init__(self, services: Services, open_hit: Callable[[SearchHit], None], parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.open_hit = open_hit
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search in cases, observations and questions"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.run_search)
        self.field.returnPressed.connect(self.open_current)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Where it was found")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the results; the arrow keys move inside
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_index)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        self.run_search("")

    def run_search(self, text: str) -> None:
        hits = self.services.search.search(text) if text.strip() else []
        self.model.removeRows(0, self.model.rowCount())
        for hit in hits:
            kind = QStandardItem(kind_text(hit.kind))
            kind.setData(hit, HIT_ROLE)
            where = hit.snippet.replace("\n", " ")
            if hit.title.strip():
                where = f"{hit.title} — {where}"
            self.model.appendRow([kind, QStandardItem(where)])
        self.table.resizeRowsToContents()
        if not text.strip():
            self.status.setText(self.tr("Type one or more words; accents do not matter."))
        elif not hits:
            self.status.setText(self.tr("Nothing found."))
        else:
            found = self.tr("Found: %1. Press Enter to open the selected result.")
            self.status.setText(found.replace("%1", str(len(hits))))
            self.table.selectRow(0)

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_hit(self.model.item(index.row(), 0).data(HIT_ROLE))

    # -- the Edit menu acts on the page that is shown ---------------------------------------------
    def focus_search(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def undo(self) -> None:
        self.field.undo()

    def redo(self) -> None:
        self.field.redo()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.field.hasFocus():
            self.table.setFocus()
        super().keyPressEvent(event)
