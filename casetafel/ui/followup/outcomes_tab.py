"""The Uitkomsten tab of a session: everything the table recorded, grouped by case and by session part.

Each row shows kind, phase, role, owner, due date, council role, addressee and votes. Governance questions
and actions without an owner or a due date are marked, so they can be filled in after the meeting. The
pane below edits the selected item's text, owner and due date; Delete removes it. Every change is a step
on the session page's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.concurrency import EditConflictError
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.outcomes import KIND_OBSERVATION, OutcomeGroup, OutcomeItem
from casetafel.ui.followup.detail import date_edit, set_date, to_date
from casetafel.ui.followup.member_input_review import MemberInputReview
from casetafel.ui.followup.model import date_text
from casetafel.ui.widgets.accessibility import name_fields_from_labels
from casetafel.ui.widgets.conflict_dialog import save_checked
from casetafel.ui.widgets.counted import counted
from casetafel.ui.widgets.line_findings import finding_marker, findings_tooltip, recorded_text_findings
from casetafel.ui.widgets.undo_commands import AppliedCommand

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING = QColor("#fff1c2")
TEXT, KIND, PHASE, ROLE, OWNER, DUE, COUNCIL, ADDRESSEE, VOTES = range(9)
COLUMN_WIDTHS = {KIND: 120, PHASE: 95, ROLE: 85, OWNER: 100, DUE: 80, COUNCIL: 95, ADDRESSEE: 75, VOTES: 48}
MIN_TEXT_WIDTH = 280


class OutcomeEditCommand(AppliedCommand):
    def __init__(self, tab: OutcomesTab, item: OutcomeItem, old: dict, new: dict) -> None:
        super().__init__(tab.tr("Edit %1").replace("%1", item.label or item.kind_label))
        self.tab, self.kind, self.item_id, self.old, self.new = tab, item.kind, item.id, old, new

    def do(self) -> None:
        self.tab.write(self.kind, self.item_id, self.new, was=self.old)

    def undo(self) -> None:
        self.tab.write(self.kind, self.item_id, self.old, was=self.new)


class OutcomeDeleteCommand(AppliedCommand):
    def __init__(self, tab: OutcomesTab, item: OutcomeItem, row: dict) -> None:
        super().__init__(tab.tr("Delete %1").replace("%1", item.label or item.kind_label))
        self.tab, self.kind, self.row = tab, item.kind, row

    def do(self) -> None:
        self.tab.run(lambda: self.tab.services.outcomes.delete(self.kind, self.row["id"]))
        self.tab.reload()

    def undo(self) -> None:
        self.tab.run(lambda: self.tab.services.outcomes.restore(self.kind, self.row))
        self.tab.reload(select=(self.kind, self.row["id"]))


class OutcomesTab(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.meeting_id: int | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Outcomes of the session"))
        self.tree.setHeaderLabels(
            [
                self.tr("Text"), self.tr("Kind"), self.tr("Phase"), self.tr("Role"), self.tr("Owner"),
                self.tr("Due"), self.tr("Council role"), self.tr("Addressee"), self.tr("Votes"),
            ]
        )  # fmt: skip
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            self.tree.setColumnWidth(column, width)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())

        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(70)
        self.owner_edit = QLineEdit()
        self.due_edit = date_edit()
        self.save_button = QPushButton(self.tr("Save &item"))
        self.delete_button = QPushButton(self.tr("De&lete item"))
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(
            QKeySequence.StandardKey.Delete, self.tree, self.delete, context=Qt.ShortcutContext.WidgetShortcut
        )
        form = QFormLayout()
        form.addRow(self.tr("Te&xt"), self.text_edit)
        row = QHBoxLayout()
        row.addWidget(self.owner_edit, 2)
        due_label = QLabel(self.tr("D&ue date"))
        due_label.setBuddy(self.due_edit)
        row.addWidget(due_label)
        row.addWidget(self.due_edit, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        owner_label = QLabel(self.tr("O&wner"))
        owner_label.setBuddy(self.owner_edit)
        form.addRow(owner_label, row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        self.member_input = MemberInputReview(services, undo_stack)
        self.member_input.decided.connect(self.reload)
        layout.addWidget(self.member_input)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        name_fields_from_labels(self)
        self._show_current()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The text takes the room the other columns leave, but never less than it needs to be read."""
        super().resizeEvent(event)
        room = self.tree.viewport().width() - sum(COLUMN_WIDTHS.values())
        self.tree.setColumnWidth(TEXT, max(MIN_TEXT_WIDTH, room))

    # -- showing ------------------------------------------------------------------------------------
    def load(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.member_input.load(meeting_id)
        self.reload()

    def refresh(self) -> None:
        """Another client changed something: show the items as stored, unless an item is being edited
        (what was typed stays; its save compares versions and may open the conflict dialog)."""
        if self.meeting_id is not None and not self.changes():
            self.reload()

    def reload(self, select: tuple[str, int] | None = None) -> None:
        current = self.current_item()
        wanted = select or ((current.kind, current.id) if current else None)
        groups = self.services.outcomes.session_outcomes(self.meeting_id) if self.meeting_id else []
        self.tree.blockSignals(True)
        self.tree.clear()
        for group in groups:
            row = self._group_row(group)
            self.tree.addTopLevelItem(row)
            row.setFirstColumnSpanned(True)  # only takes effect once the row is in the tree
        self.tree.expandAll()
        self.tree.blockSignals(False)
        items = [item for group in groups for item in group.items]
        missing = sum(1 for item in items if item.needs_owner_or_due)
        text = counted(len(items), self.tr("1 item recorded."), self.tr("%1 items recorded."))
        if missing:
            text += " " + counted(
                missing,
                self.tr("1 question or action still needs an owner or a due date (marked)."),
                self.tr("%1 questions or actions still need an owner or a due date (marked)."),
            )
        self.summary.setText(text if self.meeting_id else "")
        if not (wanted and self.select_item(*wanted)):
            self._show_current()

    def _group_row(self, group: OutcomeGroup) -> QTreeWidgetItem:
        title = f"{group.title} ({len(group.items)})"
        row = QTreeWidgetItem([title])
        font = row.font(0)
        font.setBold(True)
        row.setFont(0, font)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for item in group.items:
            row.addChild(self._item_row(item))
        return row

    def _item_row(self, item: OutcomeItem) -> QTreeWidgetItem:
        text = f"{item.label}  {item.text}" if item.label else item.text
        owner = item.owner or ("—" if item.kind == KIND_OBSERVATION else self.tr("to fill in"))
        due = (
            date_text(item.due_date)
            if item.due_date or item.kind == KIND_OBSERVATION
            else self.tr("to fill in")
        )
        votes = str(item.votes) if item.votes else ""
        role = " · ".join(part for part in (item.role, item.participant) if part)  # facilitator's view only
        row = QTreeWidgetItem(
            [text.replace("\n", " "), item.kind_label, item.phase, role, owner, due, item.council_role,
             item.addressed_to, votes]
        )  # fmt: skip
        findings = recorded_text_findings(item.text) + recorded_text_findings(item.owner)
        note = findings_tooltip(findings)
        row.setToolTip(TEXT, f"{item.text}\n\n{note}" if note else item.text)
        if findings:  # possible identifiers: marked where the item is shown (replace them before publishing)
            row.setIcon(TEXT, finding_marker())
        row.setData(TEXT, ITEM_ROLE, item)
        if item.needs_owner_or_due:
            for column in (OWNER, DUE):
                if (column == OWNER and not item.owner.strip()) or (column == DUE and item.due_date is None):
                    row.setBackground(column, QBrush(MISSING))
        return row

    def current_item(self) -> OutcomeItem | None:
        row = self.tree.currentItem()
        return row.data(TEXT, ITEM_ROLE) if row is not None else None

    def select_item(self, kind: str, item_id: int) -> bool:
        for group_index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_index)
            for child_index in range(group.childCount()):
                row = group.child(child_index)
                item = row.data(TEXT, ITEM_ROLE)
                if item.kind == kind and item.id == item_id:
                    self.tree.setCurrentItem(row)
                    self.tree.scrollToItem(row)
                    self._show_current()
                    return True
        return False

    def _show_current(self) -> None:
        item = self.current_item()
        is_item = item is not None
        has_owner = is_item and item.kind != KIND_OBSERVATION
        for widget in (self.text_edit, self.save_button, self.delete_button):
            widget.setEnabled(is_item)
        for widget in (self.owner_edit, self.due_edit):
            widget.setEnabled(has_owner)
        self.text_edit.setPlainText(item.text if is_item else "")
        self.owner_edit.setText(item.owner if has_owner else "")
        set_date(self.due_edit, item.due_date if has_owner else None)

    # -- changing -----------------------------------------------------------------------------------
    def changes(self) -> dict:
        item = self.current_item()
        if item is None:
            return {}
        values: dict = {"text": self.text_edit.toPlainText()}
        if item.kind != KIND_OBSERVATION:
            values.update(owner=self.owner_edit.text(), due_date=to_date(self.due_edit))
        return {name: value for name, value in values.items() if getattr(item, name) != value}

    def save(self) -> None:
        item, changes = self.current_item(), self.changes()
        if item is None or not changes:
            return
        old = {name: getattr(item, name) for name in changes}
        stored = self.write(item.kind, item.id, changes, was=old)
        if stored is not None and stored != old:
            self.undo_stack.push(OutcomeEditCommand(self, item, old, stored))

    def write(self, kind: str, item_id: int, changes: dict, *, was: dict | None = None) -> dict | None:
        """Save ``changes`` naming the version shown (``was``: the values shown before); another client's
        save of the same fields opens the conflict dialog. Returns the values now stored, or None when
        nothing was saved (a refusal, or a conflict left for later: the typed text stays in the form)."""
        outcomes = self.services.outcomes
        shown = self._shown_item(kind, item_id)
        try:
            _version, stored = save_checked(
                self, changes, shown.version if shown is not None else None, was,
                lambda values, version, before: outcomes.update(
                    kind, item_id, expected_version=version, was=before, **values
                ),
                lambda: None,
            )  # fmt: skip
        except EditConflictError:
            return None
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Outcomes"), str(error))
            self.reload(select=(kind, item_id))
            return None
        self.reload(select=(kind, item_id))
        return stored

    def _shown_item(self, kind: str, item_id: int) -> OutcomeItem | None:
        for group_index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_index)
            for child_index in range(group.childCount()):
                item = group.child(child_index).data(TEXT, ITEM_ROLE)
                if item.kind == kind and item.id == item_id:
                    return item
        return None

    def delete(self) -> None:
        item = self.current_item()
        if item is None:
            return
        row: dict = {}
        if self.run(lambda: row.update(self.services.outcomes.delete(item.kind, item.id))):
            self.undo_stack.push(OutcomeDeleteCommand(self, item, row))
            self.reload()
            self.tree.setFocus()

    def run(self, change) -> bool:
        try:
            change()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Outcomes"), str(error))
            return False
        return True
