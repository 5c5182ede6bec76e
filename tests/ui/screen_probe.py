"""Run as a script (by test_small_screens.py) under a given screen size, scale factor and font scale:
opens the main window and the facilitation window on a demo database and prints what fits as JSON."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    home = Path(tempfile.mkdtemp())
    os.environ["CASETAFEL_HOME"] = str(home / "home")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication(sys.argv[:1])
    font_scale = float(os.environ.get("PROBE_FONT_SCALE", "1"))
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * font_scale)
    app.setFont(font)
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.No  # type: ignore[method-assign]

    from casetafel.services.container import Services
    from casetafel.services.demo import load_demo
    from casetafel.ui.app_shell.main_window import MainWindow
    from casetafel.ui.facilitation.window import FacilitationWindow

    services = Services.open(home / "db.sqlite")
    load_demo(services)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    area = QGuiApplication.primaryScreen().availableGeometry()
    result = {"screen": [area.width(), area.height()]}
    main_window = MainWindow(services, settings)
    main_window.show()
    meeting = next(s for s in services.meetings.list_meetings() if s.status == "gepland")
    run = FacilitationWindow(services, meeting.id, settings=settings)
    run.begin()
    run.show()
    run.go_to(3)
    for _ in range(10):
        app.processEvents()
    for name, window in (("main", main_window), ("table", run)):
        hint = window.minimumSizeHint()
        result[name] = {"size": [window.width(), window.height()], "minimum": [hint.width(), hint.height()]}
    ui = run.ui
    phase = ui.phase_label.geometry()
    timer = ui.timer_label.geometry()
    result["phase_clear_of_timer"] = phase.right() < timer.left() or phase.bottom() < timer.top()
    result["phase_text_fits"] = ui.phase_label.heightForWidth(phase.width()) <= phase.height() + 1
    toolbar = ui.toolbar
    result["finish_on_toolbar"] = toolbar.rect().contains(
        toolbar.widgetForAction(ui.finish_action).geometry()
    )
    result["line_visible"] = run.capture.line.isVisible() and run.capture.line.height() >= 24
    result["list_rows_visible"] = ui.items_view.viewport().height() // max(
        1, ui.items_view.fontMetrics().height()
    )
    print(json.dumps(result))
    run.close()
    main_window.close()
    services.close()


if __name__ == "__main__":
    main()
