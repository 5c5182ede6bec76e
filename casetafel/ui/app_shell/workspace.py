"""The open database and its main window, as one unit that can be swapped after a restore from a backup.

Restoring replaces the database's content (a copy of the current file is kept first), so every window
that holds the old services is closed and a new main window opens on the restored data.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from casetafel.services.container import Services
from casetafel.services.maintenance import restore
from casetafel.storage.errors import StorageError
from casetafel.storage.inspection import inspect_existing
from casetafel.ui.app_shell.main_window import MainWindow


class Workspace:
    def __init__(self, services: Services, settings: QSettings, open_services: Callable[[Path], Services]):
        self.services = services
        self.settings = settings
        self._open_services = open_services
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.services, self.settings, on_restore=self.restore_from)
        window.show()
        return window

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
