"""The publication review: before a public report or export, every open finding in the session's texts,
by item, with Replace (by the placeholder), Leave in… (a soft finding, with a reason of a few words)
and Undo. Hard identifiers cannot be left in: the public variant masks them anyway. Case descriptions
are listed for completeness but edited in the case editor (the public variant does not print them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetafel.anonymisation import Category, Finding
from casetafel.anonymisation.masking import is_hard
from casetafel.anonymisation.pseudonyms import NameStyle, styled_placeholder, with_placeholder
from casetafel.anonymisation.replace import replace_finding
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.pseudonyms import case_scope, session_scope
from casetafel.services.publication import EDITABLE, TextFindings
from casetafel.ui.cases.findings_highlighter import category_label
from casetafel.ui.cases.placeholder_style import load_style
from casetafel.ui.cases.waiver_dialog import WaiverDialog

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class _ReplaceCommand(QUndoCommand):
    def __init__(self, review: PublicationReview, text: TextFindings, new_text: str) -> None:
        super().__init__(QCoreApplication.translate("PublicationReview", "Replace"))
        self.review, self.text, self.new_text = review, text, new_text

    def redo(self) -> None:
        self.review.store_text(self.text, self.new_text)

    def undo(self) -> None:
        self.review.store_text(self.text, self.text.text)


class _WaiveCommand(QUndoCommand):
    def __init__(self, review: PublicationReview, args: tuple) -> None:
        super().__init__(QCoreApplication.translate("PublicationReview", "Leave in"))
        self.review, self.args, self.waiver_id = review, args, None

    def redo(self) -> None:
        self.waiver_id = self.review.call(lambda: self.review.services.publication.waive(*self.args).id)

    def undo(self) -> None:
        if self.waiver_id is not None:
            waiver_id = self.waiver_id
            self.review.call(lambda: self.review.services.publication.remove_waiver(waiver_id))


class PublicationReview(QDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.style = load_style(settings)  # names and places replaced as in the case editor
        self.texts: list[TextFindings] = []
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Review before publication"))
        self.resize(900, 560)
        intro = QLabel(
            self.tr(
                "Every possible identifier in the texts of this session that nobody resolved. The public "
                "report and exports print its placeholder unless you replace it or leave it in with a reason."
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary of the findings"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Open findings by item"))
        self.tree.setHeaderLabels(
            [self.tr("Item and field"), self.tr("Kind"), self.tr("Found text"), self.tr("Placeholder")]
        )
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 170)
        self.tree.setColumnWidth(2, 220)
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.waive_button = QPushButton(self.tr("&Leave in…"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        for button in (self.replace_button, self.waive_button, self.undo_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
        self.replace_button.clicked.connect(self.replace_current)
        # The griffie may leave a finding in (a waiver) but not change the recorded texts.
        self.may_replace = services.capabilities.edit_outcomes
        self.replace_button.setVisible(self.may_replace)
        self.waive_button.clicked.connect(self.waive_current)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.indexChanged.connect(self._after_change)
        self.tree.currentItemChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        for button in (self.replace_button, self.waive_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh()

    # -- list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current()
        key = (current[0].item, current[0].field, current[1].start) if current else None
        self.texts = self.call(lambda: self.services.publication.session_findings(self.meeting_id)) or []
        self.tree.clear()
        chosen = first = None
        for text in self.texts:
            top = QTreeWidgetItem([f"{text.item} · {text.field}", "", _snippet(text.text), ""])
            top.setToolTip(2, text.text[:500])
            for finding in text.findings:
                child = QTreeWidgetItem(
                    ["", category_label(finding.category), finding.text, finding.placeholder]
                )
                child.setData(0, FINDING_ROLE, (text, finding))
                top.addChild(child)
                first = first or child
                if key == (text.item, text.field, finding.start):
                    chosen = child
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        findings = sum(len(t.findings) for t in self.texts)
        self.summary.setText(
            self.tr("%1 open findings in %2 texts.")
            .replace("%1", str(findings))
            .replace("%2", str(len(self.texts)))
            if findings
            else self.tr("No open findings: the public variant prints these texts as they are.")
        )
        if (chosen or first) is not None:
            self.tree.setCurrentItem(chosen or first)
        self._update_buttons()

    def current(self):
        item = self.tree.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def _update_buttons(self, *_args) -> None:
        current = self.current()
        editable = current is not None and (current[0].kind, current[0].field) in EDITABLE
        hard = current is not None and is_hard(current[1].category)
        self.replace_button.setEnabled(editable)
        self.replace_button.setToolTip(
            ""
            if editable or current is None
            else self.tr("Edit the case text in the case editor; the public report does not print it.")
        )
        self.waive_button.setEnabled(current is not None and not hard)
        self.waive_button.setToolTip(
            self.tr(
                "A BSN, IBAN, phone number, e-mail address, postcode, licence plate or client number cannot be left in."
            )
            if hard
            else ""
        )
        self.undo_button.setEnabled(self.undo_stack.canUndo())

    # -- actions -------------------------------------------------------------------------------------
    def replace_current(self) -> None:
        current = self.current()
        if current is None or not self.replace_button.isEnabled() or not self.may_replace:
            return
        text, finding = current
        styled = self._styled(text, finding)
        if styled is None:
            return
        try:
            new_text = replace_finding(text.text, styled)
        except ValueError:
            self.refresh()  # the text changed elsewhere: show it as it is now
            return
        self.undo_stack.push(_ReplaceCommand(self, text, new_text))

    def _styled(self, text: TextFindings, finding: Finding) -> Finding | None:
        letter = ""
        if finding.category is Category.NAAM and self.style.names is NameStyle.INITIAL:
            scope = case_scope(text.case_id) if text.case_id else session_scope(self.meeting_id)
            letter = self.call(lambda: self.services.pseudonyms.letter_for(scope, finding.text, [text.text]))
            if letter is None:
                return None
        return with_placeholder(finding, styled_placeholder(text.text, finding, self.style, letter))

    def waive_current(self) -> None:
        current = self.current()
        if current is None or not self.waive_button.isEnabled():
            return
        text, finding = current
        answer = WaiverDialog.ask(self, category_label(finding.category), finding.text, "")
        if answer is None:
            return
        reason, by = answer
        args = (self.meeting_id, text.item, text.field, str(finding.category), finding.text, reason, by)
        self.undo_stack.push(_WaiveCommand(self, args))

    def store_text(self, text: TextFindings, value: str) -> None:
        self.call(lambda: self.services.publication.set_text(text.kind, text.record_id, text.field, value))

    def call(self, operation):
        try:
            return operation()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Review before publication"), str(error))
            return None

    def _after_change(self, _index: int) -> None:
        self.refresh()

    @property
    def open_count(self) -> int:
        return sum(len(t.findings) for t in self.texts)


def _snippet(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
