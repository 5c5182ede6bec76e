"""Item model of the participants of a session: role (a taxonomy code shown by its label), name, party.

Edits are not stored here: ``edited(participant_id, field, old, new)`` asks the editor to write them, and
the editor puts the stored row back with ``replace``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from casetafel.services.meetings import ParticipantInfo
from casetafel.ui.widgets.table_model import HeaderedTableModel

CONTEXT = "ParticipantsModel"
FIELDS = ("role", "name", "party")
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ParticipantsModel(HeaderedTableModel):
    edited = Signal(int, str, str, str)

    headers = (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Role"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Name (optional)"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Party or organisation"),
    )
    context = CONTEXT

    def table_rows(self):
        return self.rows

    def __init__(self, role_labels: dict[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.role_labels = dict(role_labels or {})
        self.rows: list[ParticipantInfo] = []

    def set_participants(self, rows: Sequence[ParticipantInfo]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda p: p.position)
        self.endResetModel()

    def row_of(self, participant_id: int) -> int:
        return next((n for n, p in enumerate(self.rows) if p.id == participant_id), -1)

    def replace(self, row: ParticipantInfo) -> None:
        number = self.row_of(row.id)
        if number >= 0:
            self.rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(FIELDS) - 1))

    def insert(self, number: int, row: ParticipantInfo) -> None:
        number = max(0, min(number, len(self.rows)))
        self.beginInsertRows(QModelIndex(), number, number)
        self.rows.insert(number, row)
        self.endInsertRows()

    def remove(self, participant_id: int) -> int:
        number = self.row_of(participant_id)
        if number >= 0:
            self.beginRemoveRows(QModelIndex(), number, number)
            del self.rows[number]
            self.endRemoveRows()
        return number

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = getattr(row, FIELDS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self.role_labels.get(value, value) if index.column() == 0 else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        field = FIELDS[index.column()]
        old, new = getattr(row, field), str(value or "")
        if field == "role" and not new:
            return False
        if old == new:
            return False
        self.rows[index.row()] = replace(row, **{field: new})
        self.dataChanged.emit(index, index)
        self.edited.emit(row.id, field, old, new)
        return True
