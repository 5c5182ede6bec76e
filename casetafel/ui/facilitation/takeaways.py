"""The evaluation's "Wat neem ik mee?": one line per present participant (name and role, or the role for
a participant without a name), recorded together as observations of the kind "Wat neem ik mee" with the
participant attached. The public report shows them by role only. Each line is checked for possible
identifiers as it is typed, like the capture line. Enter moves to the next line; on the last line, or
with the button, the filled lines are recorded (empty lines are skipped).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.meetings import ParticipantInfo
from casetafel.ui.widgets.line_findings import LineFindingsUnderliner


class TakeawaysPanel(QWidget):
    submitted = Signal(object)  # list of (participant id, role code, text)

    def __init__(self, local_places=(), parent=None) -> None:
        super().__init__(parent)
        self.local_places = tuple(local_places)
        self.lines: list[tuple[ParticipantInfo, QLineEdit]] = []
        self._underliners: list[LineFindingsUnderliner] = []
        self.rows = QWidget()
        self.form = QFormLayout(self.rows)
        self.form.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        scroll.setAccessibleName(self.tr("What each participant takes home"))
        self.record_button = QPushButton(self.tr("Record what each &takes home"))
        self.record_button.clicked.connect(self.submit)
        self.explanation = QLabel(
            self.tr(
                "What do you ta&ke home? One line per participant; the public report shows only the role."
            )
        )
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.record_button)

    def set_participants(self, participants, role_labels: dict[str, str]) -> None:
        """One line per present participant; what is typed in a line that stays is kept."""
        typed = {p.id: line.text() for p, line in self.lines}
        while self.form.rowCount():
            self.form.removeRow(0)
        self.lines, self._underliners = [], []
        for p in participants:
            if not p.present:
                continue
            role = role_labels.get(p.role, p.role)
            name = f"{p.name} ({role})" if p.name else role
            line = QLineEdit(typed.get(p.id, ""))
            line.setAccessibleName(self.tr("Takes home: %1").replace("%1", name))
            line.returnPressed.connect(lambda line=line: self._next(line))
            self._underliners.append(LineFindingsUnderliner(line, self.local_places))
            self.form.addRow(name, line)
            self.lines.append((p, line))
        self.record_button.setEnabled(bool(self.lines))
        self.explanation.setBuddy(self.lines[0][1] if self.lines else None)

    def _next(self, line: QLineEdit) -> None:
        index = next(i for i, (_p, other) in enumerate(self.lines) if other is line)
        if index + 1 < len(self.lines):
            self.lines[index + 1][1].setFocus()
        else:
            self.submit()

    def filled(self) -> list[tuple[int, str, str]]:
        return [(p.id, p.role, line.text().strip()) for p, line in self.lines if line.text().strip()]

    def submit(self) -> None:
        lines = self.filled()
        if lines:
            self.submitted.emit(lines)

    def clear(self) -> None:
        for _p, line in self.lines:
            line.clear()
        if self.lines:
            self.lines[0][1].setFocus()


class EvaluationTool(QWidget):
    """The evaluation phase's tool: the session's evaluation notes, and beside them each participant's line;
    F8 goes to the notes, Alt+K to the first participant's line."""

    def __init__(self, notes: QWidget, takeaways: TakeawaysPanel, parent=None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.takeaways = takeaways
        layout = QHBoxLayout(self)  # side by side: the window has width to spare, height is scarce
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(notes, 2)
        layout.addWidget(takeaways, 3)

    def focus_list(self) -> None:
        self.notes.focus_list()
