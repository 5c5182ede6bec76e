"""Qt item models for the sessions and cases lists, filled from the services' plain data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from casetafel.ui.widgets.table_model import HeaderedTableModel

if TYPE_CHECKING:
    from casetafel.services.cases import CaseSummary
    from casetafel.services.meetings import MeetingSummary

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


CONTEXT = "ListModels"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
ID_ROLE = int(Qt.ItemDataRole.UserRole)  # the row's id
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
ROWS_ROLES = frozenset((DISPLAY_ROLE, ID_ROLE, int(SORT_ROLE), TOOLTIP_ROLE))  # what _RowsModel.data answers

SESSION_STATUS_TEXT = {
    "gepland": QT_TRANSLATE_NOOP("ListModels", "Planned"),
    "bezig": QT_TRANSLATE_NOOP("ListModels", "In progress"),
    "afgerond": QT_TRANSLATE_NOOP("ListModels", "Finished"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SourceSortingProxy(QSortFilterProxyModel):
    """A proxy that filters itself but lets a ``_RowsModel`` source sort: sorting in the proxy asks Python
    for two rows' data at every comparison, which takes a second for a few thousand rows at start-up."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, _RowsModel) and column >= 0:
            source.sort_rows(column, order)
        else:
            super().sort(column, order)


class _RowsModel(HeaderedTableModel):
    """A read-only table over a list of plain rows; subclasses say how a row looks."""

    headers: tuple[str, ...] = ()
    context = CONTEXT

    def table_rows(self):
        return self._rows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Sort by ``sort_key`` in Python, once per row (see ``SourceSortingProxy``)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._rows[index.row()].id, index.column()) for index in persistent]
        self._apply_sort()
        rows = {item.id: number for number, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[ident], column) for ident, column in kept]
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None or not 0 <= self._sort[0] < len(self.headers):
            return
        column, order = self._sort
        self._rows.sort(
            key=lambda item: self.sort_key(item, column), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, ident: int) -> int:
        for number, item in enumerate(self._rows):
            if item.id == ident:
                return number
        return -1

    def data(self, index: Index, role: int = DISPLAY_ROLE):
        # Qt asks for eight roles per cell when it measures and paints; the five we have no answer for
        # return at once (this runs a few thousand times when the list is first shown).
        if role not in ROWS_ROLES or not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return self.display(item, index.column())
        if role == ID_ROLE:
            return item.id
        if role == TOOLTIP_ROLE:
            return self.tooltip(item, index.column())
        return self.sort_key(item, index.column())

    def tooltip(self, item: Any, column: int) -> str | None:
        """The whole text of a cell (titles are cut to the column's width)."""
        return self.display(item, column) or None

    def display(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, item: Any, column: int):
        """What the column sorts by; by default its text, case-insensitive."""
        return self.display(item, column).casefold()


class SessionListModel(_RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("ListModels", "Date"),
        QT_TRANSLATE_NOOP("ListModels", "Title"),
        QT_TRANSLATE_NOOP("ListModels", "Status"),
        QT_TRANSLATE_NOOP("ListModels", "Cases"),
    )

    def display(self, item: MeetingSummary, column: int) -> str:
        if column == 0:
            return item.starts_at.strftime("%d-%m-%Y %H:%M") if item.starts_at else ""
        if column == 1:
            return item.title
        if column == 2:
            return _tr(SESSION_STATUS_TEXT.get(item.status, item.status))
        return str(item.case_count)

    def tooltip(self, item: MeetingSummary, column: int) -> str | None:
        """Title, place and status together: a narrow list cuts the title short."""
        lines = [item.title, item.location, self.display(item, 2)]
        return "\n".join(line for line in lines if line)

    def sort_key(self, item: MeetingSummary, column: int):
        if column == 0:
            return item.starts_at.isoformat() if item.starts_at else ""
        if column == 3:
            return item.case_count
        return super().sort_key(item, column)


class CaseListModel(_RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("ListModels", "Code"),
        QT_TRANSLATE_NOOP("ListModels", "Title"),
        QT_TRANSLATE_NOOP("ListModels", "Anonymisation"),
        QT_TRANSLATE_NOOP("ListModels", "Changed"),
    )

    def display(self, item: CaseSummary, column: int) -> str:
        if column == 0:
            return item.code
        if column == 1:
            return item.title
        if column == 2:
            if item.anonymisation_confirmed:
                return QCoreApplication.translate("ListModels", "Confirmed")
            return QCoreApplication.translate("ListModels", "Not confirmed")
        return item.updated_at.strftime("%d-%m-%Y")

    def sort_key(self, item: CaseSummary, column: int):
        if column == 3:
            return item.updated_at.isoformat()
        return super().sort_key(item, column)
