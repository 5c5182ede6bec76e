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


def ask_what_next(error: StorageError, path: Path, parent=None, *, backups: bool = True) -> Path | None:
    """Show why the database cannot be opened; returns another file to try, or None to quit.
    ``backups``: offer the backups of ``path`` (not when a server could not be reached)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Startup", "The database cannot be opened"))
    box.setText(str(error))
    backups = [] if isinstance(error, DatabaseLockedError) or not backups else list_backups(path)
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


class NoFileLock:
    """A shared server database has no file to lock: its sessions are locked on the server."""

    held = True

    def acquire(self) -> None:
        return None

    def release(self) -> None:
        return None


def ask_server_password(address: str, error: StorageError, parent=None) -> str | None:
    """Ask for the password of a server login (shown as dots, kept in memory only); returns the address
    with it, or None when the user cancels. ``error`` says why (no password, or a wrong one)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from casetafel.storage.server import with_password

    password, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Startup", "Shared database"),
        str(error)
        + "\n\n"
        + QCoreApplication.translate("Startup", "Password (kept only while casetafel runs):"),
        QLineEdit.EchoMode.Password,
    )
    if not accepted or not password:
        return None
    return with_password(address, password)
