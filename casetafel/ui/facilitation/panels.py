"""Small panels of the facilitation window: attendance by role (opening) and a plain text panel for the
facilitator's notes and the evaluation. None of these is ever shown on the presenter screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from casetafel.services.meetings import ParticipantInfo


class AttendancePanel(QWidget):
    """Who is present, by role (names only where the facilitator entered them); Space toggles."""

    presence_changed = Signal(object, object)  # participant id, present

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attendance"))
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Who is present? Space ticks the selected participant.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        self.list.itemChanged.connect(self._on_item_changed)

    def set_participants(
        self, participants: tuple[ParticipantInfo, ...], role_labels: dict[str, str]
    ) -> None:
        self.list.blockSignals(True)
        row = max(0, self.list.currentRow())
        self.list.clear()
        for p in participants:
            extra = ", ".join(x for x in (p.name, p.party) if x)
            text = role_labels.get(p.role, p.role) + (f" — {extra}" if extra else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.present else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.blockSignals(False)
        present = sum(1 for p in participants if p.present)
        self.summary.setText(
            self.tr("%1 of %2 present").replace("%1", str(present)).replace("%2", str(len(participants)))
        )

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        present = item.checkState() == Qt.CheckState.Checked
        self.presence_changed.emit(int(item.data(Qt.ItemDataRole.UserRole)), present)

    def focus_list(self) -> None:
        self.list.setFocus()


class TextPanel(QWidget):
    """A plain text field saved by the window every second while it changes."""

    def __init__(self, explanation: str, name: str, parent=None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(name)
        self.dirty = False
        label = QLabel(explanation)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        self.edit.textChanged.connect(self._mark)

    def _mark(self) -> None:
        self.dirty = True

    def set_text(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.dirty = False

    def text(self) -> str:
        return self.edit.toPlainText()

    def focus_list(self) -> None:
        self.edit.setFocus()
