"""The search page: typing searches, Enter opens the case or the session of a result."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.ui.app_shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path) -> MainWindow:
    load_demo(services)
    main = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def test_typing_searches_without_accents_and_enter_opens_the_case(
    qtbot, window: MainWindow, services
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.search_page
    assert window.pages.currentWidget() is page and page.field.hasFocus()
    qtbot.keyClicks(page.field, "zorgcooperatie")
    assert page.model.rowCount() > 0
    kinds = {page.model.item(row, 0).text() for row in range(page.model.rowCount())}
    assert kinds & {"Case", "Casus"}
    case_rows = [
        row for row in range(page.model.rowCount()) if page.model.item(row, 0).text() in ("Case", "Casus")
    ]
    page.table.selectRow(case_rows[0])
    hit = page.model.item(case_rows[0], 0).data(Qt.ItemDataRole.UserRole + 1)
    page.field.setFocus()
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.cases_page
    assert window.cases_page.selected_id() == hit.ref_id


def test_a_question_opens_its_session(qtbot, window: MainWindow, services: Services) -> None:
    question = services.records.list_questions()[0]
    window.sidebar.setCurrentRow(3)
    window.search_page.field.setText(question.text.split()[2])
    hit_rows = [
        row
        for row in range(window.search_page.model.rowCount())
        if window.search_page.model.item(row, 0).data(Qt.ItemDataRole.UserRole + 1).kind == "vraag"
    ]
    window.search_page.table.selectRow(hit_rows[0])
    window.search_page.open_current()
    hit = window.search_page.model.item(hit_rows[0], 0).data(Qt.ItemDataRole.UserRole + 1)
    assert window.pages.currentWidget() is window.sessions_page
    assert window.sessions_page.selected_id() == hit.meeting_id


def test_markup_and_query_syntax_are_plain_text(qtbot, window: MainWindow) -> None:
    window.sidebar.setCurrentRow(3)
    window.search_page.field.setText('zorg AND ( "<b>')
    assert window.search_page.status.text()
    assert not window.new_item_action.isEnabled()
    window.sidebar.setCurrentRow(1)
    assert window.new_item_action.isEnabled()
