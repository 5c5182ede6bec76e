"""Table → "Input on behalf of a participant…": the facilitator picks a present participant of the
selected session (by name; a participant without a name cannot be found again in other sessions) and
the "Mijn inbreng" window opens for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.member_input import Author
from casetafel.ui.member_input.window import MemberInputWindow, open_member_input_window


def participant_names(services: Services, meeting_id: int) -> list[str]:
    """The names of the session's present participants, in the order of the attendance list."""
    meeting = services.meetings.get_meeting(meeting_id)
    return [p.name.strip() for p in meeting.participants if p.present and p.name.strip()]


def input_on_behalf(parent: QWidget, services: Services, meeting_id: int | None) -> MemberInputWindow | None:
    title = QCoreApplication.translate("MemberInputOnBehalf", "Input on behalf of a participant")
    if meeting_id is None:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("MemberInputOnBehalf", "Select a session first.")
        )
        return None
    try:
        names = participant_names(services, meeting_id)
    except ServiceError as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    if not names:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "MemberInputOnBehalf", "This session has no present participant with a name."
            ),
        )
        return None
    name, chosen = QInputDialog.getItem(
        parent, title, QCoreApplication.translate("MemberInputOnBehalf", "&Participant:"), names, 0, False
    )
    if not chosen:
        return None
    return open_member_input_window(services, Author(name=name), parent)
