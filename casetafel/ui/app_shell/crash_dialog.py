"""Unexpected errors: logged (without case content) and shown in a Dutch dialog; the program goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("casetafel.crash")


def install_exception_hook(log_path: Path) -> None:
    def hook(kind, value, tb) -> None:
        # Only the exception type and the stack's code locations go into the log: no message, no values,
        # no source lines (any of those could hold case text).
        frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb))
        log.error("Onverwachte fout %s\n%s", kind.__name__, frames)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("CrashDialog", "Unexpected error"),
            QCoreApplication.translate(
                "CrashDialog",
                "Something went wrong that casetafel did not expect. Your saved work is safe and you can carry on. Details are in the log file:\n%1",
            ).replace("%1", str(log_path)),
        )

    sys.excepthook = hook
