"""Start-up guards of the GUI: one program per database (``storage.lock``) and the dialog for a database
that cannot be opened, with the choices: open a backup, choose another file, quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casetafel.storage.backup import copy_backup_for_opening, list_backups
from casetafel.storage.errors import DatabaseLockedError, StorageError
from casetafel.storage.lock import DatabaseLock

__all__ = ["DatabaseLock", "ask_what_next"]


def ask_what_next(error: StorageError, path: Path, parent=None) -> Path | None:
    """Show why the database cannot be opened; returns another file to try, or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Startup", "The database cannot be opened"))
    box.setText(str(error))
    backups = [] if isinstance(error, DatabaseLockedError) else list_backups(path)
    backup_button = None
    if backups:
        backup_button = box.addButton(
            QCoreApplication.translate("Startup", "Open a backup…"), QMessageBox.ButtonRole.AcceptRole
        )
    other_button = box.addButton(
        QCoreApplication.translate("Startup", "Choose another file…"), QMessageBox.ButtonRole.ActionRole
    )
    quit_button = box.addButton(
        QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(backup_button or other_button)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if backup_button is not None and clicked is backup_button:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Startup", "Choose a backup"),
            str(backups[0].path),
            QCoreApplication.translate("Startup", "casetafel database (*.sqlite)"),
        )
        return copy_backup_for_opening(Path(chosen), path) if chosen else None
    if clicked is other_button:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Startup", "Choose a database"),
            str(path.parent),
            QCoreApplication.translate("Startup", "casetafel database (*.sqlite)"),
        )
        return Path(chosen) if chosen else None
    return None
