"""Item models of the editing pages: the case library with its filters, the sessions and the methods.

They build on the read-only ``_RowsModel`` of ``list_models`` and add replacing one row in place, so an
autosaved edit shows in the list without losing the selection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from casetafel.ui.widgets.list_models import CaseListModel, SessionListModel, SourceSortingProxy, _RowsModel

if TYPE_CHECKING:
    from casetafel.services.cases import CaseSummary
    from casetafel.services.templates import TemplateInfo

CONTEXT = "LibraryModels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _ReplaceableRows:
    def replace_row(self: _RowsModel, number: int, row) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def add_row(self: _RowsModel, row) -> int:
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(row)
        self.endInsertRows()
        return number

    def remove_id(self: _RowsModel, ident: int) -> None:
        number = self.row_of_id(ident)
        if number >= 0:
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()


class CaseLibraryModel(_ReplaceableRows, CaseListModel):
    """The cases with an 'archived' mark in the title column (shown in grey italics)."""

    def display(self, item: CaseSummary, column: int) -> str:
        text = super().display(item, column)
        if column == 1 and item.archived:
            return text + " " + QCoreApplication.translate("LibraryModels", "(archived)")
        if column == 1 and not item.title.strip():
            return QCoreApplication.translate("LibraryModels", "(untitled)")
        return text

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.FontRole and self._rows[index.row()].archived:
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


class SessionRowsModel(_ReplaceableRows, SessionListModel):
    pass


@dataclass(frozen=True)
class CaseFilter:
    """What the case library shows: ``ids`` from a text search (None: no search), domain, theme, status."""

    ids: frozenset[int] | None = None
    domain: str = ""
    theme: str = ""
    status: str = ""  # "", "confirmed" or "unconfirmed"
    show_archived: bool = False

    def accepts(self, case: CaseSummary) -> bool:
        if self.ids is not None and case.id not in self.ids:
            return False
        if case.archived and not self.show_archived:
            return False
        if self.domain and self.domain not in case.domains:
            return False
        if self.theme and self.theme not in case.themes:
            return False
        if self.status == "confirmed" and not case.anonymisation_confirmed:
            return False
        return not (self.status == "unconfirmed" and case.anonymisation_confirmed)


class CaseFilterProxy(SourceSortingProxy):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.case_filter = CaseFilter()

    def set_filter(self, case_filter: CaseFilter) -> None:
        self.beginFilterChange()
        self.case_filter = case_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt override
        return self.case_filter.accepts(self.sourceModel().row_at(source_row))


class TemplateListModel(_ReplaceableRows, _RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("LibraryModels", "Method"),
        QT_TRANSLATE_NOOP("LibraryModels", "Phases"),
        QT_TRANSLATE_NOOP("LibraryModels", "Minutes per case"),
    )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.headers[section])
        return None

    def display(self, item: TemplateInfo, column: int) -> str:
        if column == 0:
            return item.name + (
                " " + QCoreApplication.translate("LibraryModels", "(default)") if item.is_default else ""
            )
        if column == 1:
            return str(len(item.phases))
        return str(sum(p.minutes for p in item.per_case_phases))

    def sort_key(self, item: TemplateInfo, column: int):
        if column == 1:
            return len(item.phases)
        if column == 2:
            return sum(p.minutes for p in item.per_case_phases)
        return super().sort_key(item, column)
