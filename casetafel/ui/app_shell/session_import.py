"""Importing a session file (the JSON that ``casetafel export`` or the report dialog writes) from the main
window: choose the file, import it as a new session in one go, and say what happened (cases matched or
added, numbers that were in use here and got a new one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.storage.errors import StorageError


def import_session(parent: QWidget | None, services: Services, start_folder: str = "") -> int | None:
    """Ask for a session file and import it; returns the new session's id, or None."""
    title = QCoreApplication.translate("SessionImport", "Import a session")
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, start_folder, QCoreApplication.translate("SessionImport", "casetafel session (*.json)")
    )
    if not chosen:
        return None
    from casetafel.services.transfer import TransferService

    try:
        result = TransferService(services.db).import_file(chosen)
    except (ServiceError, StorageError) as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    QMessageBox.information(parent, title, "\n".join(result.messages()))
    return result.meeting_id
