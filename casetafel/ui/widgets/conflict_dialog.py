"""The conflict dialog: a save lost the race to another client, and the user chooses what stays.

Per field both texts side by side (this user's, read-only, and the stored one, read-only) and, for free
text, an editable result that starts as this user's text, so parts of both can be copied together.
"Keep mine" saves this user's values on top of the stored version, "Take stored" keeps what is stored
(the form then shows it), "Save merged" saves the edited results. Closing the dialog (Escape) decides
nothing: the write stays pending and the user's text stays in the form, so nothing is lost.

``resolve_conflict`` runs the dialog and the second save; a second conflict (someone saved yet again)
opens the dialog again with the newest stored values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.concurrency import EditConflictError, FieldConflict

T = TypeVar("T")

MINE, STORED, MERGED = "mine", "stored", "merged"


@dataclass(frozen=True)
class Resolution(Generic[T]):
    """What the user chose: ``values`` per field, and the result of the second save (None when the
    stored values were taken and nothing was saved)."""

    choice: str
    values: dict[str, Any]
    version: int
    result: T | None = None


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice = ""
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setAccessibleName(self.tr("Changed by someone else"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.message = QLabel(str(conflict))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("What happened"))
        layout.addWidget(self.message)
        self.mine: dict[str, QPlainTextEdit] = {}
        self.stored: dict[str, QPlainTextEdit] = {}
        self.merged: dict[str, QPlainTextEdit] = {}
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        for field in conflict.fields:
            fields_layout.addWidget(self._field_box(field))
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.keep_mine = self._button(buttons, self.tr("&Keep mine"), MINE)
        self.take_stored = self._button(buttons, self.tr("&Take stored"), STORED)
        self.save_merged = self._button(buttons, self.tr("&Save merged"), MERGED)
        self.save_merged.setVisible(bool(self.merged))
        self.later = buttons.addButton(self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later.setAccessibleName(self.tr("Decide later; my text stays in the form"))
        self.later.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.keep_mine.setDefault(True)
        first = next(iter(self.merged.values()), None)
        (first or self.keep_mine).setFocus()
        texts = sum(1 for field in conflict.fields if field.is_text)
        self.resize(820, 200 + 200 * min(texts, 2) + 70 * min(len(conflict.fields) - texts, 3))

    def _field_box(self, field: FieldConflict) -> QGroupBox:
        box = QGroupBox(field.label)
        box.setAccessibleName(field.label)
        grid = QGridLayout(box)
        columns = [
            (self.tr("Mine (not saved)"), field.mine_text, self.mine),
            (self.tr("Stored now"), field.stored_text, self.stored),
        ]
        if field.is_text:
            columns.append((self.tr("Result (edit to merge)"), field.mine_text, self.merged))
        for column, (title, text, store) in enumerate(columns):
            label = QLabel(title)
            edit = QPlainTextEdit(text)
            edit.setTabChangesFocus(True)
            edit.setReadOnly(store is not self.merged)
            edit.setAccessibleName(f"{field.label}: {title}")
            if not field.is_text:  # a date, a choice or a list: a line or two is enough
                edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            store[field.field] = edit
        return box

    def _button(self, buttons: QDialogButtonBox, text: str, choice: str) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def values(self) -> dict[str, Any]:
        """The values of the chosen version, per field."""
        result = {}
        for field in self.conflict.fields:
            if self.choice == STORED:
                result[field.field] = field.stored
            elif self.choice == MERGED and field.field in self.merged:
                result[field.field] = self.merged[field.field].toPlainText()
            else:
                result[field.field] = field.mine
        return result


def resolve_conflict(
    parent: QWidget | None, conflict: EditConflictError, save: Callable[[dict[str, Any], int], T]
) -> Resolution[T] | None:
    """Ask the user and save their choice with ``save(values, stored_version)``; None when they decided
    later (the caller keeps the write pending)."""
    while True:
        dialog = ConflictDialog(conflict, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.choice:
                return None
            values = dialog.values()
            if dialog.choice == STORED:
                return Resolution(STORED, values, conflict.version)
            try:
                return Resolution(dialog.choice, values, conflict.version, save(values, conflict.version))
            except EditConflictError as again:  # saved yet again by someone: show the newest
                conflict = again
        finally:
            dialog.deleteLater()


Save = Callable[[dict[str, Any], int | None, dict[str, Any] | None], T]


def save_checked(
    parent: QWidget | None,
    changes: dict[str, Any],
    expected_version: int | None,
    was: dict[str, Any] | None,
    save: Save[T],
    reread: Callable[[], T],
) -> tuple[T, dict[str, Any]]:
    """Save ``changes`` naming the version this form read (``save(changes, expected_version, was)``); on a
    conflict ask the user and save their choice. Returns the save's result and the values now stored for
    the changed fields (the form shows them). Raises the ``EditConflictError`` again when the user
    decided later: the form's write stays pending and the text stays where it is."""
    try:
        return save(changes, expected_version, was), changes
    except EditConflictError as conflict:
        resolution = resolve_conflict(
            parent, conflict, lambda values, version: save({**changes, **values}, version, None)
        )
        if resolution is None:
            raise
        stored = {**changes, **resolution.values}
        if resolution.result is not None:
            return resolution.result, stored
        others = {name: value for name, value in changes.items() if name not in resolution.values}
        return (save(others, resolution.version, None) if others else reread()), stored
