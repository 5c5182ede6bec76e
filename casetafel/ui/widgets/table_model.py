"""The base of the flat table models: row count, column count and the translated column headers, once.

A model names its columns in ``headers`` (English source strings, marked for translation where they are
defined) with the translation ``context`` they belong to, and gives its rows through ``table_rows()``.
"""

from __future__ import annotations

from collections.abc import Sized

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
_HORIZONTAL = Qt.Orientation.Horizontal
_DISPLAY = Qt.ItemDataRole.DisplayRole


class HeaderedTableModel(QAbstractTableModel):
    context = ""
    headers: tuple[str, ...] = ()

    def table_rows(self) -> Sized:
        raise NotImplementedError

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.table_rows())

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < len(self.headers):
            return QCoreApplication.translate(self.context, self.headers[section])
        return None
