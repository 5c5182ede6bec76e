"""What an empty sessions page shows instead of a disabled form: how a case table works, and the first
steps as buttons (load the example data, plan the first session, the keyboard shortcuts). Someone who
started casetafel from an icon never needs the command line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStartPanel(QWidget):
    demo_requested = Signal()
    plan_requested = Signal()
    shortcuts_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.may_plan = True  # False for a login that may not plan or load (the griffie on a server)
        title = QLabel(self.tr("Welcome to casetafel"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.intro = QLabel(
            self.tr(
                "There are no sessions yet. Start with the example data to look around, or plan your first session."
            )
        )
        self.intro.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("&Load example data"))
        self.demo_button.setToolTip(
            self.tr("Twelve anonymised example cases and three sessions, to try everything")
        )
        self.plan_button = QPushButton(self.tr("&Plan the first session"))
        self.shortcuts_button = QPushButton(self.tr("&Keyboard shortcuts (F1)"))
        for button in (self.demo_button, self.plan_button, self.shortcuts_button):
            button.setMinimumHeight(36)
        self.plan_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.shortcuts_button)
        buttons.addStretch(1)
        how_title = QLabel(self.tr("How a case table works"))
        how_font = how_title.font()
        how_font.setBold(True)
        how_title.setFont(how_font)
        self.how = QLabel(
            self.tr(
                "1. Cases: describe a real situation without names or other identifiers; casetafel underlines "
                "what could identify someone, and a person confirms the anonymisation.\n"
                "2. Session: plan date and place, add the participants by role and put the cases on the "
                "agenda (with the standard method one case takes about an hour and a half, two cases two and "
                "a half hours).\n"
                "3. Run the table (F9): walk the phases of the method, type what is said and press Enter; the "
                "presenter screen shows the case, the phase, the guiding question and the time.\n"
                "4. Report: a confidential report for the participants and a public one for the council."
            )
        )
        self.how.setWordWrap(True)
        self.how.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(how_title)
        layout.addWidget(self.how)
        layout.addStretch(1)
        self.demo_button.clicked.connect(lambda: self.demo_requested.emit())
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit())
        self.shortcuts_button.clicked.connect(lambda: self.shortcuts_requested.emit())

    def set_demo_available(self, available: bool) -> None:
        """Example data only goes into an empty database (without cases), and only for a login that may
        plan: for any other the panel keeps the text and buttons its role limits gave it."""
        if not self.may_plan:
            return
        self.demo_button.setVisible(available)
        self.intro.setText(
            self.tr(
                "There are no sessions yet. Start with the example data to look around, or plan your first session."
            )
            if available
            else self.tr(
                "There are no sessions yet. Plan the first one; the cases are ready on the Cases page."
            )
        )
