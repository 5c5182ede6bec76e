"""A dialog to pick cases from the library for a session's agenda, with search as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from casetafel.services.container import Services


class CasePickerDialog(QDialog):
    def __init__(self, services: Services, exclude: set[int], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add cases to the agenda"))
        self.resize(560, 460)
        self.services = services
        self.exclude = exclude
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, code and text"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Cases to add"))
        hint = QLabel(self.tr("Select one or more cases (Ctrl or Shift for more) and press Enter."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to agenda"))
        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self.fill)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for case in self.services.cases.list_cases(text=self.search.text()):
            if case.id in self.exclude:
                continue
            text = f"{case.code} — {case.title}"
            if not case.anonymisation_confirmed:
                text += " ⚠ " + self.tr("anonymisation not confirmed")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def selected_case_ids(self) -> list[int]:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in rows]
