"""The small dialog behind "Negeren…": why may this finding stay in the case text, and who decides.

The reason and the person are stored with the case (with the time), so a confirmation can later be
explained. OK stays disabled until the reason has a few words (``reason_is_enough``) and the person is
filled in.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casetafel.anonymisation.masking import reason_is_enough
from casetafel.ui.widgets.accessibility import name_fields_from_labels


class WaiverDialog(QDialog):
    def __init__(self, what: str, text: str, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ignore this finding"))
        intro = QLabel(
            self.tr(
                "%1 ‘%2’ stays in the text. Write down in a few words why this is acceptable, for example because the name is made up or the place is too large to recognise anyone."
            )
            .replace("%1", what)
            .replace("%2", text)
        )
        intro.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. a made-up name"))
        self.who_edit = QLineEdit(who)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        who_label = QLabel(self.tr("&Decided by (role or name):"))
        who_label.setBuddy(self.who_edit)
        form = QFormLayout()
        form.addRow(reason_label, self.reason_edit)
        form.addRow(who_label, self.who_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update_ok)
        self.who_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        name_fields_from_labels(self)
        self.setMinimumWidth(460)

    def _update_ok(self) -> None:
        ready = reason_is_enough(self.reason_edit.text()) and bool(self.who_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def values(self) -> tuple[str, str]:
        return self.reason_edit.text().strip(), self.who_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, what: str, text: str, who: str) -> tuple[str, str] | None:
        """(reason, who) or None when cancelled."""
        dialog = cls(what, text, who, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values()
        dialog.deleteLater()
        return values if accepted and all(values) else None
