"""Item model of the phases of a method template, and the translated names of scopes and records."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from casetafel.domain.method import PhaseRecord, PhaseScope
from casetafel.services.templates import PhaseInfo
from casetafel.ui.widgets import data_labels
from casetafel.ui.widgets.table_model import HeaderedTableModel

CONTEXT = "TemplateModels"
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

SCOPE_TEXT = {
    PhaseScope.SESSION_START.value: QT_TRANSLATE_NOOP("TemplateModels", "Once, at the start"),
    PhaseScope.PER_CASE.value: QT_TRANSLATE_NOOP("TemplateModels", "For every case"),
    PhaseScope.SESSION_END.value: QT_TRANSLATE_NOOP("TemplateModels", "Once, at the end"),
}
RECORD_TEXT = {
    PhaseRecord.NOTHING.value: QT_TRANSLATE_NOOP("TemplateModels", "Nothing"),
    PhaseRecord.ATTENDANCE.value: QT_TRANSLATE_NOOP("TemplateModels", "Attendance by role"),
    PhaseRecord.QUESTIONS.value: QT_TRANSLATE_NOOP("TemplateModels", "Clarifying questions"),
    PhaseRecord.OBSERVATIONS.value: QT_TRANSLATE_NOOP("TemplateModels", "Observations"),
    PhaseRecord.ACTORS_AND_QUESTIONS.value: QT_TRANSLATE_NOOP(
        "TemplateModels", "Who can act, governance questions"
    ),
    PhaseRecord.VOTES.value: QT_TRANSLATE_NOOP("TemplateModels", "Votes"),
    PhaseRecord.ACTIONS.value: QT_TRANSLATE_NOOP("TemplateModels", "Actions and follow-up"),
    PhaseRecord.EVALUATION.value: QT_TRANSLATE_NOOP("TemplateModels", "Evaluation notes"),
}


def scope_text(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, SCOPE_TEXT.get(code, code))


def record_text(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, RECORD_TEXT.get(code, code))


class PhaseTableModel(HeaderedTableModel):
    headers = (
        QT_TRANSLATE_NOOP("TemplateModels", "#"),
        QT_TRANSLATE_NOOP("TemplateModels", "Phase"),
        QT_TRANSLATE_NOOP("TemplateModels", "Minutes"),
        QT_TRANSLATE_NOOP("TemplateModels", "When"),
        QT_TRANSLATE_NOOP("TemplateModels", "Records"),
    )
    context = CONTEXT

    def table_rows(self):
        return self.phases

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.phases: list[PhaseInfo] = []

    def set_phases(self, phases: Sequence[PhaseInfo]) -> None:
        self.beginResetModel()
        self.phases = sorted(phases, key=lambda p: p.position)
        self.endResetModel()

    def replace(self, phase: PhaseInfo) -> None:
        row = self.row_of(phase.id)
        if row >= 0:
            self.phases[row] = phase
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def row_of(self, phase_id: int) -> int:
        return next((n for n, p in enumerate(self.phases) if p.id == phase_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        phase = self.phases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(index.row() + 1),
                data_labels.phase_name(phase.key, phase.name),
                str(phase.minutes),
                scope_text(phase.scope),
                record_text(phase.records),
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return phase.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return data_labels.phase_question(phase.key, phase.guiding_question) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
