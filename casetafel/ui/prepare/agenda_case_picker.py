"""A dialog to pick cases from the library for a session's agenda, with search as you type.

Matches in the code and the title come first (a title word that starts with the term before one that
only contains it), matches in the text only after them; each row says whether the case was discussed
before and whether its anonymisation is confirmed."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

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

from casetafel.services.cases import CaseSummary
from casetafel.services.container import Services


def _folded(text: str) -> str:
    """Lower case without diacritics: "Huurachterstand" and "huür" compare as plain letters."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def match_rank(case: CaseSummary, term: str) -> int:
    """0 code, 1 a title word starting with the term, 2 the title containing it, 3 the text only."""
    term = _folded(term.strip())
    if not term:
        return 0
    if term in _folded(case.code):
        return 0
    title = _folded(case.title)
    if any(word.startswith(term) for word in title.replace("-", " ").split()):
        return 1
    return 2 if term in title else 3


def ranked(cases: Sequence[CaseSummary], term: str) -> list[CaseSummary]:
    """``cases`` in the order a person looks for them: code and title matches first, then by code."""
    return sorted(cases, key=lambda case: (match_rank(case, term), case.code))


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
        self.discussed = services.meetings.last_discussed()
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
        term = self.search.text()
        for case in ranked(self.services.cases.list_cases(text=term), term):
            if case.id in self.exclude:
                continue
            notes = []
            if case.id in self.discussed:
                when = self.discussed[case.id]
                notes.append(
                    self.tr("discussed on %1").replace("%1", when.strftime("%d-%m-%Y"))
                    if when
                    else self.tr("discussed before")
                )
            notes.append(
                self.tr("anonymisation confirmed")
                if case.anonymisation_confirmed
                else self.tr("anonymisation not confirmed")
            )
            text = f"{case.code} — {case.title}\n    " + " · ".join(notes)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n    ", ", "))
            if not case.anonymisation_confirmed:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def selected_case_ids(self) -> list[int]:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in rows]
