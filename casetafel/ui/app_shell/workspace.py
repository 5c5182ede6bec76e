"""The open database and its main window, as one unit that can be swapped after a restore from a backup
or for another database (File > Shared database…).

Restoring replaces the database's content (a copy of the current file is kept first), so every window
that holds the old services is closed and a new main window opens on the restored data. Switching opens
the other database first and then does the same.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from casetafel.services.container import Services
from casetafel.services.maintenance import restore
from casetafel.storage.address import is_server_address
from casetafel.storage.errors import StorageError
from casetafel.storage.inspection import inspect_existing
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.app_shell.startup import DatabaseLock, NoFileLock, ask_server_password


class Workspace:
    """``lock``: the lock held on the open database (released when another one is opened);
    ``close_services``: how the composition root closes a database (a backup of a file at closing)."""

    def __init__(
        self,
        services: Services,
        settings: QSettings,
        open_services: Callable[[Path | str], Services],
        *,
        lock=None,
        close_services: Callable[[Services], None] | None = None,
    ):
        self.services = services
        self.settings = settings
        self._open_services = open_services
        self._close_services = close_services or (lambda services: services.close())
        self.lock = lock if lock is not None else NoFileLock()
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(
            self.services, self.settings, on_restore=self.restore_from, on_switch=self.switch_to
        )
        window.show()
        return window

    def switch_to(self, target: Path | str) -> bool:
        """Work on another database (a file, or a server's address) from now on; returns whether it
        was opened, and says why not otherwise. The new one is opened first: when it cannot be, the
        current one stays in use. While the table runs nothing is switched (the choice, saved by the
        caller, takes effect at the next start)."""
        running = getattr(self.window, "facilitation_window", None)
        if running is not None and running.isVisible():
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("Workspace", "Shared database"),
                QCoreApplication.translate(
                    "Workspace",
                    "Saved. The table is running, so casetafel uses the chosen database from the next start.",
                ),
            )
            return False
        opened = self._open_with_lock(target)
        if opened is None:
            return False
        services, lock = opened
        gc.unfreeze()  # see restore_from
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        old_window = self.window
        try:
            old_window.close()  # saves what is being edited, with the old services
            old_services, old_lock = self.services, self.lock
            self.services, self.lock = services, lock
            try:
                self._close_services(old_services)
            finally:
                old_lock.release()
                self.window = self._new_window()
            message = QCoreApplication.translate("Workspace", "Now working on %1.")
            self.window.statusBar().showMessage(message.replace("%1", services.location), 20000)
            return True
        finally:
            old_window.deleteLater()
            app.setQuitOnLastWindowClosed(True)

    def _open_with_lock(self, target: Path | str) -> tuple[Services, object] | None:
        """The services and lock of ``target``, asking for a server's password when it needs one; None
        (after saying why) when it cannot be opened."""
        while True:
            lock = NoFileLock() if is_server_address(target) else DatabaseLock(Path(target))
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                lock.acquire()
                return self._open_services(target), lock
            except StorageError as error:
                lock.release()
                failure = error
            finally:
                QGuiApplication.restoreOverrideCursor()
            if getattr(failure, "needs_password", False):
                with_password = ask_server_password(str(target), failure, self.window)
                if with_password is not None:
                    target = with_password
                    continue
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Workspace", "The database was not opened"),
                str(failure)
                + "\n\n"
                + QCoreApplication.translate(
                    "Workspace",
                    "casetafel goes on with the database it had open; your choice is saved for the next start.",
                ),
            )
            return None

    def restore_from(self, backup: Path) -> bool:
        """Put ``backup`` back into the open database; returns whether it was restored."""
        try:
            inspect_existing(backup)  # a damaged or too new backup is refused before anything changes
        except StorageError as error:
            self._warn(str(error))
            return False
        # The first window's Python objects were frozen out of cyclic GC after start-up (app.started);
        # unfrozen, the window replaced here can be collected.
        gc.unfreeze()
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        old_window = self.window
        path = self.services.path
        try:
            old_window.close()  # saves what is being edited, with the old services
            self.services.close()
            kept = None
            try:
                kept = restore(path, backup)
            finally:
                self.services = self._open_services(path)
                self.window = self._new_window()
            message = QCoreApplication.translate(
                "Workspace", "Restored from %1. The previous file was kept as %2."
            )
            self.window.statusBar().showMessage(
                message.replace("%1", backup.name).replace("%2", str(kept)), 20000
            )
            return True
        except (OSError, StorageError) as error:
            self._warn(str(error))
            return False
        finally:
            old_window.deleteLater()
            app.setQuitOnLastWindowClosed(True)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(
            self.window, QCoreApplication.translate("Workspace", "The backup was not restored"), text
        )
