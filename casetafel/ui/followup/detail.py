"""The detail pane of the Opvolging page: one item's follow-up fields and its history.

The fields are filled from a ``FollowupItem``; "Save changes" (Ctrl+S) sends only the fields that differ
from what is stored, so the page can write them as one undo step. A date left at its lowest value means
'no date' and is shown as a dash.
"""

from __future__ import annotations

from datetime import UTC, date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.followup import FollowupItem, ItemChange, instrument_choices, status_choices
from casetafel.ui.followup.model import date_text, kind_text, status_text
from casetafel.ui.widgets.accessibility import name_fields_from_labels
from casetafel.ui.widgets.counted import counted
from casetafel.ui.widgets.line_findings import BlockFindingsHighlighter, LineFindingsUnderliner

NO_DATE = QDate(2000, 1, 1)


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    return edit


def to_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class FollowupDetail(QWidget):
    save_requested = Signal(object, dict)  # the shown FollowupItem, {field: new value}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.item: FollowupItem | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setStyleSheet("font-weight: bold;")
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        self.status_box = QComboBox()
        self.instrument_box = QComboBox()
        for code, label in instrument_choices():
            self.instrument_box.addItem(label, code)
        self.owner_edit = QLineEdit()
        self.owner_kind_box = QComboBox()  # recorded, not guessed: a body stays in the public report
        self.owner_kind_box.setAccessibleName(self.tr("Owner is a"))
        self.owner_kind_box.addItem(self.tr("not recorded"), "")
        self.owner_kind_box.addItem(self.tr("person"), "persoon")
        self.owner_kind_box.addItem(self.tr("body or role"), "orgaan")
        self.owner_kind_box.setToolTip(
            self.tr(
                "A body or role (griffie, college, commissie) stays in the public report; a person does not"
            )
        )
        self.route_edit = QLineEdit()
        self.route_edit.setPlaceholderText(self.tr("Committee or council meeting it goes to"))
        self.due_edit = date_edit()
        self.answered_edit = date_edit()
        self.today_button = QPushButton(self.tr("Toda&y"))
        self.today_button.setAccessibleName(self.tr("Answered today"))
        self.today_button.clicked.connect(lambda: set_date(self.answered_edit, date.today()))
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMinimumHeight(70)
        self.answer_edit.setMaximumHeight(110)
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("Link, letter number or council document"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S); Ctrl+Z takes them back"))
        self.save_button.clicked.connect(self.request_save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.request_save)

        answered_row = QHBoxLayout()
        answered_row.addWidget(self.answered_edit, 1)
        answered_row.addWidget(self.today_button)
        form = QFormLayout()
        form.addRow(self.tr("S&tatus"), self.status_box)
        form.addRow(self.tr("Instru&ment"), self.instrument_box)
        form.addRow(self.tr("O&wner"), self.owner_edit)
        form.addRow(self.tr("Owner is a"), self.owner_kind_box)
        form.addRow(self.tr("R&oute"), self.route_edit)
        form.addRow(self.tr("D&ue date"), self.due_edit)
        form.addRow(self.tr("&Answer of the college"), self.answer_edit)
        answered_label = QLabel(self.tr("Answere&d on"))
        answered_label.setBuddy(self.answered_edit)
        form.addRow(answered_label, answered_row)
        form.addRow(self.tr("Refere&nce"), self.reference_edit)

        self.history = QTreeWidget()
        self.history.setAccessibleName(self.tr("History of the item"))
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change")])
        self.history.setRootIsDecorated(False)
        self.history.setMinimumHeight(90)
        self.history.setColumnWidth(0, 120)
        self.history.setColumnWidth(1, 56)
        self.history_label = QLabel(self.tr("History"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.context)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        name_fields_from_labels(self)
        # Everything typed here can reach the follow-up report: possible identifiers are underlined.
        self.underliners = [
            LineFindingsUnderliner(edit, (), self)
            for edit in (self.owner_edit, self.route_edit, self.reference_edit)
        ]
        self.answer_check = BlockFindingsHighlighter(self.answer_edit.document())
        self.show_item(None, [])

    def show_item(self, item: FollowupItem | None, history: list[ItemChange]) -> None:
        self.item = item
        for widget in self.editors():
            widget.setEnabled(item is not None)
        self.save_button.setEnabled(item is not None)
        if item is None:
            self.heading.setText(self.tr("Choose a question or action in the list."))
            self.context.clear()
            self.history.clear()
            return
        self.heading.setText(f"{item.label} — {item.text}")
        parts = [kind_text(item.kind), status_text(item)]
        parts.append(f"{date_text(item.session_date)} {item.session_title}")
        if item.case_code:
            parts.append(f"{item.case_code} {item.case_title}")
        parts += [part for part in (item.theme_label, item.council_role_label, item.addressed_to) if part]
        self.context.setText(" · ".join(parts))
        self.status_box.clear()
        for code, label in status_choices(item.kind):
            self.status_box.addItem(label, code)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(item.status)))
        self.instrument_box.setCurrentIndex(max(0, self.instrument_box.findData(item.instrument)))
        self.owner_edit.setText(item.owner)
        self.owner_kind_box.setCurrentIndex(max(0, self.owner_kind_box.findData(item.owner_kind)))
        self.route_edit.setText(item.route)
        set_date(self.due_edit, item.due_date)
        set_date(self.answered_edit, item.answered_on)
        self.answer_edit.setPlainText(item.answer)
        self.reference_edit.setText(item.answer_reference)
        self.show_history(history)

    def show_history(self, history: list[ItemChange]) -> None:
        self.history.clear()
        for change in reversed(history):  # newest on top
            local = change.changed_at.replace(tzinfo=UTC).astimezone()  # stored in UTC, shown in local time
            when = local.strftime("%d-%m-%Y %H:%M")
            old, new = change.old_text or "—", change.new_text or "—"
            what = f"{change.field_label}: {old} → {new}".replace("\n", " ")
            row = QTreeWidgetItem([when, change.changed_by or "—", what])
            row.setToolTip(2, f"{change.field_label}\n{old}\n→\n{new}")
            self.history.addTopLevelItem(row)
        self.history_label.setText(
            counted(len(history), self.tr("History (1 change)"), self.tr("History (%1 changes)"))
        )

    def editors(self) -> list[QWidget]:
        return [
            self.status_box, self.instrument_box, self.owner_edit, self.owner_kind_box, self.route_edit,
            self.due_edit, self.answer_edit,
            self.answered_edit, self.today_button, self.reference_edit,
        ]  # fmt: skip

    def values(self) -> dict[str, object]:
        return {
            "status": self.status_box.currentData(),
            "instrument": self.instrument_box.currentData(),
            "owner": self.owner_edit.text(),
            "owner_kind": self.owner_kind_box.currentData(),
            "route": self.route_edit.text(),
            "due_date": to_date(self.due_edit),
            "answer": self.answer_edit.toPlainText(),
            "answered_on": to_date(self.answered_edit),
            "answer_reference": self.reference_edit.text(),
        }

    def changes(self) -> dict[str, object]:
        """The fields whose value differs from the stored item."""
        if self.item is None:
            return {}
        return {name: value for name, value in self.values().items() if getattr(self.item, name) != value}

    def request_save(self) -> None:
        if self.item is not None and self.changes():
            self.save_requested.emit(self.item, self.changes())
