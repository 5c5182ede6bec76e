"""Item models of the agenda editor: the cases in order, their minutes per phase, and the time plan."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from casetafel.domain.method import PhaseScope
from casetafel.services.meetings import AgendaItemInfo
from casetafel.services.templates import PhaseInfo, TemplateInfo
from casetafel.ui.widgets import data_labels
from casetafel.ui.widgets.table_model import HeaderedTableModel

CONTEXT = "AgendaModel"
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def item_minutes(item: AgendaItemInfo, template: TemplateInfo | None) -> int:
    """The minutes of one case: its template's per-case phases, with this case's overrides."""
    if template is None:
        return 0
    return sum(item.phase_minutes.get(p.key, p.minutes) for p in template.per_case_phases)


def total_minutes(agenda: Sequence[AgendaItemInfo], template: TemplateInfo | None) -> int:
    if template is None:
        return 0
    once = sum(p.minutes for p in template.phases if p.scope != PhaseScope.PER_CASE)
    return once + sum(item_minutes(item, template) for item in agenda)


def hours_minutes(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def time_plan_text(total: int, starts_at: datetime | None, ends_at: datetime | None) -> str:
    """'Total 2:05 — planned until 21:30, 5 minutes too long' (translated)."""
    text = QCoreApplication.translate("AgendaModel", "Total %1").replace("%1", hours_minutes(total))
    if starts_at is None or ends_at is None:
        return text
    planned = int((ends_at - starts_at).total_seconds() // 60)
    until = QCoreApplication.translate("AgendaModel", "planned until %1").replace(
        "%1", ends_at.strftime("%H:%M")
    )
    difference = total - planned
    if difference > 0:
        verdict = (
            QCoreApplication.translate("AgendaModel", "1 minute too long")
            if difference == 1
            else QCoreApplication.translate("AgendaModel", "%1 minutes too long")
        )
    elif difference < 0:
        verdict = (
            QCoreApplication.translate("AgendaModel", "1 minute to spare")
            if difference == -1
            else QCoreApplication.translate("AgendaModel", "%1 minutes to spare")
        )
    else:
        verdict = QCoreApplication.translate("AgendaModel", "exactly on time")
    return f"{text} — {until}, {verdict.replace('%1', str(abs(difference)))}"


def expected_end(total: int, starts_at: datetime | None) -> datetime | None:
    return starts_at + timedelta(minutes=total) if starts_at else None


class AgendaModel(HeaderedTableModel):
    """The cases of a session in order; rows can be dragged (the view asks the editor to move them)."""

    headers = (
        QT_TRANSLATE_NOOP("AgendaModel", "#"),
        QT_TRANSLATE_NOOP("AgendaModel", "Case"),
        QT_TRANSLATE_NOOP("AgendaModel", "Title"),
        QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
        QT_TRANSLATE_NOOP("AgendaModel", "Anonymisation"),
    )
    context = CONTEXT

    def table_rows(self):
        return self.items

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItemInfo] = []
        self.template: TemplateInfo | None = None

    def set_agenda(self, items: Sequence[AgendaItemInfo], template: TemplateInfo | None) -> None:
        self.beginResetModel()
        self.items = sorted(items, key=lambda item: item.position)
        self.template = template
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItemInfo:
        return self.items[row]

    def row_of_item(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(index.row() + 1)
            if column == 1:
                return item.case_code
            if column == 2:
                return item.case_title
            if column == 3:
                return hours_minutes(item_minutes(item, self.template))
            return (
                QCoreApplication.translate("AgendaModel", "Confirmed")
                if item.anonymisation_confirmed
                else "⚠ " + QCoreApplication.translate("AgendaModel", "Not confirmed")
            )
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction


class PhaseMinutesModel(HeaderedTableModel):
    """The per-case phases of the template for one agenda item; the minutes column is editable.

    An edit is not stored here: ``minutes_edited(phase_key, minutes)`` asks the editor to write it
    (``None`` when the template's minutes are typed, which removes the override).
    """

    minutes_edited = Signal(str, object)

    headers = (
        QT_TRANSLATE_NOOP("AgendaModel", "Phase"),
        QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
        QT_TRANSLATE_NOOP("AgendaModel", "Method"),
    )
    context = CONTEXT

    def table_rows(self):
        return self.phases

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.phases: list[PhaseInfo] = []
        self.overrides: dict[str, int] = {}

    def set_item(self, item: AgendaItemInfo | None, template: TemplateInfo | None) -> None:
        self.beginResetModel()
        self.phases = list(template.per_case_phases) if (item and template) else []
        self.overrides = dict(item.phase_minutes) if item else {}
        self.endResetModel()

    def minutes(self, row: int) -> int:
        phase = self.phases[row]
        return self.overrides.get(phase.key, phase.minutes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        phase = self.phases[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return data_labels.phase_name(phase.key, phase.name)
            if column == 1:
                return str(self.minutes(index.row()))
            return str(phase.minutes)
        if role == Qt.ItemDataRole.EditRole and column == 1:
            return self.minutes(index.row())
        if role == Qt.ItemDataRole.FontRole and column == 1 and phase.key in self.overrides:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return QCoreApplication.translate("AgendaModel", "The method plans %1 minutes").replace(
                "%1", str(phase.minutes)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 < minutes <= 600:
            return False
        phase = self.phases[index.row()]
        if minutes == self.minutes(index.row()):
            return False
        self.minutes_edited.emit(phase.key, None if minutes == phase.minutes else minutes)
        return True

    def set_override(self, phase_key: str, minutes: int | None) -> None:
        if minutes is None:
            self.overrides.pop(phase_key, None)
        else:
            self.overrides[phase_key] = minutes
        row = next((r for r, p in enumerate(self.phases) if p.key == phase_key), -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
