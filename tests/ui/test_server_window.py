"""The main window on a shared database: every page works against the test server (sessions, their
details, participants, agenda, Uitkomsten and report tabs, cases, methods, search, Opvolging, patterns),
typing is saved there, the table records a line there, the window says it is shared, and what makes no
sense on a server is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from casetafel.domain.vocabulary import MeetingStatus
from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.ui.app_shell.main_window import (
    CASES,
    FOLLOWUP,
    METHODS,
    PATTERNS,
    SEARCH,
    SESSIONS,
    MainWindow,
)
from casetafel.ui.prepare.session_editor import (
    AGENDA_TAB,
    DETAILS_TAB,
    DOCUMENT_TAB,
    OUTCOMES_TAB,
    PARTICIPANTS_TAB,
)

SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
pytestmark = pytest.mark.skipif(not SERVER, reason="geen testserver (CASETAFEL_TEST_POSTGRES)")


@pytest.fixture
def on_server(server_database: str):
    services = Services.open(server_database)
    load_demo(services)
    yield services
    services.close()


@pytest.fixture
def window(qtbot, on_server: Services, tmp_path: Path) -> MainWindow:
    main = MainWindow(on_server, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def test_the_window_says_it_is_shared_and_offers_no_file_actions(window: MainWindow, on_server) -> None:
    assert on_server.path is None
    assert window.windowTitle() == f"casetafel — case table — shared database {on_server.location}"
    assert window.database_label.text() == f"Shared database: {on_server.location}"
    assert "@" in on_server.location and ":" not in on_server.location.split("@")[0]  # no password
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert "&Shared database…" in texts
    assert not {"&Back up now", "&Restore a backup…", "Open &data folder"} & set(texts)


def test_every_page_works_on_the_server(qtbot, window: MainWindow, on_server: Services) -> None:
    sessions = window.sessions_page
    assert sessions.proxy.rowCount() == len(on_server.meetings.list_meetings()) == 3
    editor = sessions.editor
    planned = next(m for m in on_server.meetings.list_meetings() if m.status != MeetingStatus.FINISHED)
    assert sessions.select_id(planned.id)
    for tab in (DETAILS_TAB, PARTICIPANTS_TAB, AGENDA_TAB, DOCUMENT_TAB):
        editor.tabs.setCurrentIndex(tab)
        assert editor.tabs.currentIndex() == tab
    assert editor.participants.model.rowCount() == len(
        on_server.meetings.get_meeting(planned.id).participants
    )
    assert editor.agenda.minutes_model.rowCount() > 0
    # preparing: a new title typed into the details is saved on the server
    editor.tabs.setCurrentIndex(DETAILS_TAB)
    title = editor.text_edits["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Tafel op de server")
    sessions.flush()
    assert on_server.meetings.get_meeting(planned.id).title == "Tafel op de server"

    held = next(m for m in on_server.meetings.list_meetings() if m.status == MeetingStatus.FINISHED)
    assert sessions.select_id(held.id)
    assert editor.tabs.currentIndex() == OUTCOMES_TAB  # a held session opens on its Uitkomsten
    tree = editor.outcomes.tree
    assert sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount())) == (
        len(on_server.records.list_observations(held.id))
        + len(on_server.records.list_questions(held.id))
        + len(on_server.records.list_actions(held.id))
    )

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.cases_page
    assert window.cases_page.proxy.rowCount() == len(on_server.cases.list_cases())
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.templates_page
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    followup = window.followup_page
    assert window.pages.currentWidget() is followup and followup.model.rowCount() > 0
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.page(PATTERNS)
    assert set(window._built) == {SESSIONS, CASES, METHODS, FOLLOWUP, PATTERNS}


def test_search_on_the_server_finds_without_accents_and_opens_the_case(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.search_page
    assert window.pages.currentWidget() is window.page(SEARCH) and page.field.hasFocus()
    qtbot.keyClicks(page.field, "zorgcooperatie")  # finds "zorgcoöperatie" (unaccent on the server)
    assert page.model.rowCount() > 0
    rows = [row for row in range(page.model.rowCount()) if page.model.item(row, 0).text() == "Case"]
    page.table.selectRow(rows[0])
    hit = page.model.item(rows[0], 0).data(Qt.ItemDataRole.UserRole + 1)
    page.field.setFocus()
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.cases_page
    assert window.cases_page.selected_id() == hit.ref_id


def test_the_table_records_a_line_on_the_server(qtbot, on_server: Services) -> None:
    from casetafel.ui.facilitation.window import FacilitationWindow

    case = on_server.cases.create_case("Schulden na een scheiding", "Mevrouw A. raakte in de schulden.")
    on_server.cases.confirm_anonymisation(case.id, "Griffier")
    meeting = on_server.meetings.create_meeting("Tafel op de server", location="Raadzaal")
    on_server.meetings.add_to_agenda(meeting.id, case.id)
    table = FacilitationWindow(on_server, meeting.id)
    qtbot.addWidget(table)
    qtbot.addWidget(table.presenter)
    table.begin()
    table.show()
    qtbot.waitExposed(table)
    table.activateWindow()
    qtbot.waitUntil(table.isActiveWindow)
    line = table.capture.line
    line.setFocus()
    for _press in range(6):
        if table.step.phase_key == "wat_zien_we":
            break
        qtbot.keyClick(line, Qt.Key.Key_PageDown)
    assert table.step.phase_key == "wat_zien_we"
    qtbot.keyClicks(line, "Wachtlijst schuldhulp op de server")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    texts = [o.text for o in on_server.records.list_observations(meeting.id)]
    assert texts == ["Wachtlijst schuldhulp op de server"]
    assert on_server.meetings.get_meeting(meeting.id).status == "bezig"
    table.close()
