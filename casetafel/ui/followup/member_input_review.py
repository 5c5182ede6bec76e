"""Council members' input waiting in a session's Uitkomsten: who sent it (role and name, for the
facilitator only), the kind, the text with possible identifiers marked as on the capture list, and
Accept / Reject, each a step on the session page's undo stack (undo puts the input back in the list and
deletes what accepting made). Accepted input becomes part of the outcomes (and so of the report); rejected
input stays stored with who decided. The panel hides itself when nothing waits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.member_input import MemberInputInfo
from casetafel.ui.widgets.line_findings import finding_marker, findings_tooltip, recorded_text_findings
from casetafel.ui.widgets.undo_commands import AppliedCommand

INPUT_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT = 2


class MemberInputReview(QGroupBox):
    decided = Signal()  # an input was accepted or rejected: the outcomes changed

    def __init__(self, services: Services, undo_stack: QUndoStack | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.meeting_id: int | None = None
        self.setTitle(self.tr("Input from participants, waiting for you"))
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Input from participants"))
        self.list.setHeaderLabels([self.tr("From"), self.tr("Kind"), self.tr("Text")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(120)
        header = self.list.header()
        header.setStretchLastSection(True)  # the text takes what the sender and the kind leave
        self.list.setColumnWidth(0, 170)
        self.list.setColumnWidth(1, 150)
        self.accept_button = QPushButton(self.tr("&Accept input"))
        self.reject_button = QPushButton(self.tr("Re&ject input"))
        self.accept_button.setToolTip(
            self.tr("Becomes an observation or governance question of this session, attributed to the sender")
        )
        self.accept_button.clicked.connect(lambda: self.decide(accept=True))
        self.reject_button.clicked.connect(lambda: self.decide(accept=False))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setVisible(False)

    def load(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        pending = self.services.member_input.pending(meeting_id) if meeting_id else []
        self.list.clear()
        for info in pending:
            self.list.addTopLevelItem(self._row(info))
        if pending:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.setTitle(
            self.tr("Input from participants, waiting for you (%1)").replace("%1", str(len(pending)))
        )
        self.setVisible(bool(pending))
        self._update_buttons()

    def _row(self, info: MemberInputInfo) -> QTreeWidgetItem:
        sender = " · ".join(part for part in (info.role, info.author_name or info.author_login) if part)
        kind = info.kind_label + (f" ({info.item_label})" if info.item_label else "")
        row = QTreeWidgetItem([sender, kind, info.text.replace("\n", " ")])
        findings = recorded_text_findings(info.text)
        note = findings_tooltip(findings)
        row.setToolTip(TEXT, f"{info.text}\n\n{note}" if note else info.text)
        if findings:  # possible identifiers, marked as on the capture list (masked in every public output)
            row.setIcon(TEXT, finding_marker())
        row.setData(0, INPUT_ROLE, info)
        return row

    def current(self) -> MemberInputInfo | None:
        row = self.list.currentItem()
        return row.data(0, INPUT_ROLE) if row is not None else None

    def _update_buttons(self) -> None:
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(self.current() is not None)

    def decide(self, *, accept: bool) -> None:
        info = self.current()
        if info is None:
            return
        decide = self.services.member_input.accept if accept else self.services.member_input.reject
        if self.run(lambda: decide(info.id)) and self.undo_stack is not None:
            text = self.tr("Accept input") if accept else self.tr("Reject input")
            self.undo_stack.push(DecisionCommand(self, text, info.id, accept))
        self.refresh()

    def run(self, change) -> bool:
        try:
            change()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Input from participants"), str(error))
            return False
        return True

    def refresh(self) -> None:
        self.load(self.meeting_id)
        self.decided.emit()


class DecisionCommand(AppliedCommand):
    """Undo puts the input back in the waiting list (and deletes what accepting made); redo decides again."""

    def __init__(self, review: MemberInputReview, text: str, input_id: int, accept: bool) -> None:
        super().__init__(text)
        self.review, self.input_id, self.accept = review, input_id, accept

    def do(self) -> None:
        service = self.review.services.member_input
        self.review.run(lambda: (service.accept if self.accept else service.reject)(self.input_id))
        self.review.refresh()

    def undo(self) -> None:
        self.review.run(lambda: self.review.services.member_input.reopen(self.input_id))
        self.review.refresh()
