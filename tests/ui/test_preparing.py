"""Preparing a session: forms you can tab through, remembered details, lists you can read, the window
sized to the screen, shortcuts overview, names for screen readers on Linux."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.ui.main_window import MainWindow
from casetafel.ui.shortcuts_dialog import ShortcutsDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, services: Services, settings: QSettings, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    load_demo(services)
    main = MainWindow(services, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def test_tab_goes_from_the_date_to_the_next_field(qtbot, window: MainWindow) -> None:
    editor = window.sessions_page.editor
    editor.text_edits["title"].setFocus()
    qtbot.waitUntil(lambda: editor.text_edits["title"].hasFocus())
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        order.append(widget.parentWidget() if widget.objectName() == "qt_spinbox_lineedit" else widget)
    assert order == [editor.starts_edit, editor.ends_edit, editor.text_edits["location"],
                     editor.text_edits["municipality"]]  # fmt: skip


def test_a_new_session_remembers_municipality_and_facilitator(qtbot, window: MainWindow) -> None:
    page = window.sessions_page
    page.new_item()
    info = page.editor.info
    assert info.municipality == "Gemeente Wolderveen" and info.facilitator == "Ingrid Hoekstra"
    assert page.editor.text_edits["municipality"].text() == "Gemeente Wolderveen"


def test_start_the_table_from_the_session_page(qtbot, window: MainWindow, services: Services) -> None:
    page = window.sessions_page
    planned = next(s for s in services.sessions.list_sessions() if s.status == "gepland")
    page.select_id(planned.id)
    assert page.run_button.isEnabled()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    run = window.facilitation_window
    qtbot.addWidget(run)
    qtbot.addWidget(run.presenter)
    assert run is not None and run.session_id == planned.id
    qtbot.waitUntil(lambda: run.focusWidget() is run.capture.line)
    run.close()
    finished = next(s for s in services.sessions.list_sessions() if s.status == "afgerond")
    page.select_id(finished.id)
    assert not page.run_button.isEnabled()


def test_f1_shows_the_shortcuts(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    texts = {dialog.tables[1].item(r, 0).text() for r in range(dialog.tables[1].rowCount())}
    assert "F9 / Ctrl+Enter" in texts
    dialog.reject()


def test_choosing_the_language_in_use_asks_nothing(window: MainWindow, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    window.choose_language("nl")
    assert shown == []
    window.choose_language("en")
    assert len(shown) == 1 and window.settings.value("language") == "en"


def test_case_filters_are_labelled_for_linux_screen_readers(window: MainWindow) -> None:
    window.sidebar.setCurrentRow(1)
    page = window.cases_page
    for combo in (page.domain_filter, page.theme_filter, page.status_filter):
        labels = QAccessible.queryAccessibleInterface(combo).relations(QAccessible.Relation.Label)
        assert [label.text(QAccessible.Text.Name) for label, _rel in labels] == [combo.accessibleName()]


def test_tab_leaves_the_search_results(window: MainWindow) -> None:
    window.sidebar.setCurrentRow(3)
    assert not window.search_page.table.tabKeyNavigation()


def test_the_window_fits_the_screen(qtbot, services: Services, settings: QSettings) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert window.width() >= min(1200, int(area.width() * 0.9))
