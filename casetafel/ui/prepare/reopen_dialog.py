"""Reopening a finished session to correct it: a small dialog that asks for the reason (required) and
shows what happened to the session before. The reason, who and when go into the session's history;
the report then says it is a revised version ("herziene versie")."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casetafel.domain.vocabulary import MeetingStatus
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.session_history import SessionEventKind
from casetafel.ui.cases.anonymisation import local_time


class ReopenDialog(QDialog):
    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Reopen the session"))
        intro = QLabel(
            self.tr(
                "The session becomes running again, so you can correct it and finish it again. "
                "The report then says it is a revised version. Why do you reopen it?"
            )
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reason.setTabChangesFocus(True)
        intro.setBuddy(self.reason)
        self.history = QLabel(self._history_html())
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("History of the session"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Reopen"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.reopen)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.history)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _history_html(self) -> str:
        names = {
            SessionEventKind.FINISHED.value: self.tr("finished"),
            SessionEventKind.REOPENED.value: self.tr("reopened"),
        }
        lines = []
        for event in self.services.facilitation.history(self.meeting_id):
            when = local_time(event.at).strftime("%d-%m-%Y %H:%M")
            line = f"{when} {escape(names.get(event.event, event.event))}"
            if event.who:
                line += f" ({escape(event.who)})"
            if event.reason:
                line += f": {escape(event.reason)}"
            lines.append(line)
        return "<br>".join(lines)

    def reopen(self) -> None:
        try:
            self.services.facilitation.reopen(self.meeting_id, self.reason.toPlainText())
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Reopen the session"), str(error))
            return
        self.accept()


def reopen_session(parent: QWidget | None, services: Services, meeting_id: int | None) -> ReopenDialog | None:
    """Ask for the reason and reopen ``session_id``; only a finished session can be reopened."""
    title = QCoreApplication.translate("ReopenDialog", "Reopen the session")
    if meeting_id is None:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("ReopenDialog", "First choose a session in the list.")
        )
        return None
    if services.meetings.get_meeting(meeting_id).status != MeetingStatus.FINISHED:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("ReopenDialog", "Only a finished session can be reopened."),
        )
        return None
    dialog = ReopenDialog(services, meeting_id, parent)
    dialog.open()
    return dialog
