"""Every focusable control on every page and in every dialog of preparing a session has a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QMessageBox, QWidget

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.prepare.agenda_case_picker import CasePickerDialog
from casetafel.ui.prepare.session_editor import AGENDA_TAB, PARTICIPANTS_TAB


def nameless_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if name.strip() or widget.accessibleName().strip():
            continue
        parent = widget.parentWidget()
        if parent is not None and parent.accessibleName() and "viewport" in widget.objectName():
            continue
        missing.append(f"{type(widget).__name__}:{widget.objectName()} in {type(parent).__name__}")
    return missing


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    load_demo(services)
    main = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_every_page_and_tab_names_its_controls(window: MainWindow) -> None:
    problems = []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        problems += nameless_controls(window)
    tabs = window.sessions_page.editor.tabs
    window.sidebar.setCurrentRow(0)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems += nameless_controls(window)
    assert problems == []


def test_cell_editors_are_named(qtbot, window: MainWindow) -> None:
    participants = window.sessions_page.editor.participants
    window.sessions_page.editor.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    participants.table.setFocus()
    participants.table.setCurrentIndex(participants.model.index(0, 0))
    names = []
    for column in range(3):
        index = participants.model.index(0, column)
        participants.table.setCurrentIndex(index)
        participants.table.edit(index)
        names.append(participants.table.indexWidget(index).accessibleName())
        participants.table.closePersistentEditor(index)
        qtbot.keyClick(participants.table.indexWidget(index) or participants.table, Qt.Key.Key_Escape)
    assert names == ["Role", "Name (optional)", "Party or organisation"]
    agenda = window.sessions_page.editor.agenda
    window.sessions_page.editor.tabs.setCurrentIndex(AGENDA_TAB)
    index = agenda.minutes_model.index(0, 1)
    agenda.minutes_view.edit(index)
    assert agenda.minutes_view.indexWidget(index).accessibleName() == "Minutes"


def test_case_picker_names_its_controls(qtbot, services: Services) -> None:
    load_demo(services)
    dialog = CasePickerDialog(services, set())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 12
    assert nameless_controls(dialog) == []


def test_every_menu_action_has_text(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            assert action.isSeparator() or action.text().strip()
    shortcuts = {a.shortcut().toString() for m in window.menuBar().actions() for a in m.menu().actions()}
    assert {"Ctrl+Z", "Ctrl+N", "Ctrl+F", "Ctrl+3"} <= shortcuts
