"""The table model of the Opvolging page: follow-up items, overdue ones marked in words and colour."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from casetafel.services.followup import KIND_QUESTION, FollowupItem
from casetafel.ui.widgets.line_findings import finding_marker, findings_tooltip, recorded_text_findings

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#8a1c14")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
NO_PARENT = QModelIndex()
NUMBER, TEXT, STATUS, OWNER, DUE, SESSION, CASE = range(7)


def kind_text(kind: str) -> str:
    if kind == KIND_QUESTION:
        return QCoreApplication.translate("FollowupModel", "Governance question")
    return QCoreApplication.translate("FollowupModel", "Action")


def status_text(item: FollowupItem) -> str:
    """The status label, with 'overdue' in words (not only in colour)."""
    if item.overdue:
        return QCoreApplication.translate("FollowupModel", "%1 · overdue").replace("%1", item.status_label)
    return item.status_label


def date_text(value) -> str:
    return value.strftime("%d-%m-%Y") if value else "—"


class FollowupTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[FollowupItem] = []
        self._headers = (
            self.tr("No."),
            self.tr("Question or action"),
            self.tr("Status"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Session"),
            self.tr("Case"),
        )

    def set_items(self, items: list[FollowupItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def replace_item(self, item: FollowupItem) -> int:
        """Put a changed item in place (same kind and id); returns its row or -1."""
        for row, old in enumerate(self.items):
            if old.kind == item.kind and old.id == item.id:
                self.items[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, CASE))
                return row
        return -1

    def row_of(self, kind: str, item_id: int) -> int:
        for row, item in enumerate(self.items):
            if item.kind == kind and item.id == item_id:
                return row
        return -1

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return item.label
            if column == TEXT:
                return item.text.replace("\n", " ")
            if column == STATUS:
                return item.status_label
            if column == OWNER:
                return item.owner or "—"
            if column == DUE:
                return status_text(item).replace(item.status_label, date_text(item.due_date))
            if column == SESSION:
                return date_text(item.session_date)
            return item.case_code or "—"
        if column == TEXT and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
            findings = recorded_text_findings(item.text) + recorded_text_findings(item.answer)
            if role == Qt.ItemDataRole.DecorationRole:  # possible identifiers are marked where shown
                return finding_marker() if findings else None
            note = findings_tooltip(findings)
            return f"{item.text}\n\n{note}" if note else item.text
        if role == Qt.ItemDataRole.ToolTipRole and column in (SESSION, CASE):
            return {SESSION: item.session_title, CASE: item.case_title}[column] or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_text(item.kind)} {item.label}: {item.text}. {status_text(item)}"
        if item.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if item.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_FOREGROUND)
        if role == ITEM_ROLE:
            return item
        return None
