"""The first main window, driven with the keyboard and mouse on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.ui.app_shell.i18n import install_translators
from casetafel.ui.app_shell.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, services: Services, settings: QSettings) -> MainWindow:
    load_demo(services)
    main = MainWindow(services, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_lists_the_sessions_newest_first_with_details(window: MainWindow) -> None:
    page = window.sessions_page
    assert page.proxy.rowCount() == 3
    newest = page.proxy.index(0, 1).data()
    assert newest == "Casuïstiektafel: een zorgcoöperatie en een nieuwkomersgezin"
    assert page.editor.heading.text() == newest
    assert page.editor.tabs.tabText(2) == "Agenda (2)"


def test_keyboard_switches_to_cases_and_moves_the_selection(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.cases_page
    table = window.cases_page.table
    assert table.hasFocus()
    first = window.cases_page.editor.code_label.text()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = window.cases_page.editor.code_label.text()
    assert first != second and second == "C-2026-002"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.sessions_page


def test_clicking_a_session_shows_it(qtbot, window: MainWindow) -> None:
    table = window.sessions_page.table
    rect = table.visualRect(window.sessions_page.proxy.index(2, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "werk, dagbesteding" in window.sessions_page.editor.text_edits["title"].text()


def test_user_text_is_never_markup(qtbot, services: Services, settings: QSettings) -> None:
    case = services.cases.create_case("<b>vet</b> & co", "Regel 1 <img src='x'>\nRegel 2 &amp;")
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.sidebar.setCurrentRow(1)
    editor = window.cases_page.editor
    assert editor.title_edit.text() == "<b>vet</b> & co"
    assert editor.description.text() == "Regel 1 <img src='x'>\nRegel 2 &amp;"
    assert editor.code_label.text() == case.code


def test_empty_database_says_what_to_do(qtbot, services: Services, settings: QSettings) -> None:
    """A first start shows what to do, with buttons (no command line, no disabled form)."""
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.sessions_page
    panel = page.first_start
    assert page.right.currentWidget() is panel and panel.isVisible() and not page.editor.isVisible()
    assert "casetafel demo" not in panel.intro.text() and panel.demo_button.isVisible()
    qtbot.mouseClick(panel.demo_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3 and page.right.currentWidget() is page.editor
    window.sidebar.setCurrentRow(1)
    assert window.cases_page.model.rowCount() == 12


def test_first_session_from_the_first_start_page(qtbot, services: Services, settings: QSettings) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.sessions_page
    qtbot.mouseClick(page.first_start.plan_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and page.editor.isVisible()
    qtbot.waitUntil(lambda: window.focusWidget() is page.editor.text_edits["title"])


def test_every_focusable_control_has_a_name(window: MainWindow) -> None:
    nameless = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if widget.accessibleName():
            continue
        if (
            widget.parent() is not None
            and widget.parent().accessibleName()
            and "viewport" in widget.objectName()
        ):
            continue
        nameless.append(f"{type(widget).__name__}:{widget.objectName()}")
    assert nameless == []


def test_window_state_is_restored(qtbot, services: Services, settings: QSettings) -> None:
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.splitter.setSizes([150, 550])
    first.close()
    second = MainWindow(services, settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.splitter.sizes()[0] == 150


def test_backup_action_makes_a_backup(qtbot, window: MainWindow, services: Services) -> None:
    from casetafel.storage.backup import list_backups

    window.backup_action.trigger()
    assert len(list_backups(services.path)) == 1
    assert (
        "Reservekopie" in window.statusBar().currentMessage()
        or "Backup" in window.statusBar().currentMessage()
    )


def test_dutch_is_the_default_language(qtbot, services: Services, settings: QSettings) -> None:
    app = QApplication.instance()
    translators = install_translators(app, "nl")
    try:
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        assert window.sidebar.item(0).text() == "Bijeenkomsten"
        assert window.menuBar().actions()[0].text() == "&Bestand"
        assert window.sessions_page.model.headerData(0, Qt.Orientation.Horizontal) == "Datum"
        qt_context, qt_source = "QPlatformTheme", "Cancel"  # variables: lupdate must not extract this
        assert app.translate(qt_context, qt_source) == "Annuleren"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
