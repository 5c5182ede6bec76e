"""The main window of a griffie login on a shared database offers only what the griffie may do: no new,
deleted or run sessions, read-only forms with a note that says why, shortcuts of hidden actions that do
nothing; the report's document control and the Follow-up page stay usable and save on the server. The
facilitator's window, and the window on a file, are unchanged.

Needs the test server (CASETAFEL_TEST_POSTGRES; .ci/run starts one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget

from casetafel.services.capabilities import EVERYTHING
from casetafel.services.container import Services
from casetafel.ui.app_shell.main_window import CASES, FOLLOWUP, METHODS, SESSIONS, MainWindow
from casetafel.ui.prepare.session_editor import AGENDA_TAB, DOCUMENT_TAB, OUTCOMES_TAB, PARTICIPANTS_TAB
from tests.unit.server_roles_setup import RolesWorld, drop_logins, make_world

SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
needs_server = pytest.mark.skipif(not SERVER, reason="geen testserver (CASETAFEL_TEST_POSTGRES)")


@pytest.fixture
def world(server_database: str, private_home: Path):
    made = make_world(server_database, private_home)
    yield made
    drop_logins(made)


def open_window(qtbot, services: Services, tmp_path: Path) -> MainWindow:
    main = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


@pytest.fixture
def griffie(world: RolesWorld):
    services = Services.open(world.address("griffie"))
    yield services
    services.close()


def offered(window: MainWindow) -> dict[str, bool]:
    names = ("import", "run_table", "reopen", "member_input", "new_item", "report", "undo", "shortcuts")
    return {name: getattr(window, f"{name}_action").isVisible() for name in names}


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()


@needs_server
def test_the_griffie_is_offered_no_change_it_may_not_make(qtbot, griffie, world, tmp_path) -> None:
    window = open_window(qtbot, griffie, tmp_path)
    assert offered(window) == {
        "import": False, "run_table": False, "reopen": False, "member_input": False, "new_item": False,
        "report": True, "undo": True, "shortcuts": True,
    }  # fmt: skip
    for action in (window.run_table_action, window.import_action, window.new_item_action):
        assert not action.isEnabled()
    menus = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert "Ta&ble" not in menus and "&Report" in menus and "&Edit" in menus  # nothing left to run
    page = window.sessions_page
    assert not any(b.isVisibleTo(page) for b in (page.new_button, page.delete_button, page.run_button))
    assert page.read_only_note.isVisible()
    assert page.read_only_note.accessibleName().startswith("Read only: signed in as griffie.")
    count = page.proxy.rowCount()
    welcome = page.first_start  # shown to a griffie who can see no session yet: nothing to plan or load
    assert welcome.intro.text().startswith("There are no sessions yet. They appear here as soon as")
    assert not welcome.plan_button.isVisibleTo(welcome) and not welcome.demo_button.isVisibleTo(welcome)
    assert welcome.shortcuts_button.isVisibleTo(welcome)

    # Shortcuts of what is hidden do nothing: no new session, no table, no delete question.
    assert page.select_id(world.attended)
    press(qtbot, page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, page.table, Qt.Key.Key_F9)
    press(qtbot, page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, page.table, Qt.Key.Key_Delete)
    assert page.proxy.rowCount() == count == len(griffie.meetings.list_meetings())
    assert getattr(window, "facilitation_window", None) is None
    assert QApplication.activeModalWidget() is None
    press(qtbot, page.table, Qt.Key.Key_F1)  # the overview lists no keys that do nothing here
    overview = window.shortcuts_dialog
    assert len(overview.tables) == 1
    keys = {overview.tables[0].item(row, 0).text() for row in range(overview.tables[0].rowCount())}
    assert "Ctrl+F" in keys and not {"F9 / Ctrl+Enter", "Ctrl+N"} & keys
    assert "Ctrl+Shift+B" not in keys  # a server's backups are not the program's: the key does nothing
    overview.reject()

    editor = page.editor
    assert editor.text_edits["title"].isReadOnly() and not editor.template_combo.isEnabled()
    assert editor.starts_edit.isReadOnly()
    assert "three cases" in editor.method_hint.text() and "change the" not in editor.method_hint.text()
    editor.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    people = editor.participants
    assert not people.add_button.isVisibleTo(people) and not people.remove_button.isVisibleTo(people)
    assert people.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    before = people.model.rowCount()
    people.table.setCurrentIndex(people.model.index(0, 1))
    press(qtbot, people.table, Qt.Key.Key_Delete)
    qtbot.keyClicks(people.table, "x")  # typing does not start an edit
    assert people.model.rowCount() == before and people.table.state() != QAbstractItemView.State.EditingState
    editor.tabs.setCurrentIndex(AGENDA_TAB)
    agenda = editor.agenda
    assert not agenda.add_button.isVisibleTo(agenda)
    assert agenda.view.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
    assert agenda.minutes_label.text() == "Minutes per &phase for the selected case"  # no "F2 to change"
    editor.tabs.setCurrentIndex(OUTCOMES_TAB)
    outcomes = editor.outcomes
    assert outcomes.text_edit.isReadOnly() and outcomes.owner_edit.isReadOnly()
    assert not outcomes.save_button.isVisibleTo(outcomes) and not outcomes.delete_button.isVisibleTo(outcomes)
    review = outcomes.member_input
    assert not review.accept_button.isVisibleTo(review) and not review.reject_button.isVisibleTo(review)
    assert outcomes.tree.topLevelItemCount()  # still there to read

    # The report's document control is the griffie's: it saves on the server.
    editor.tabs.setCurrentIndex(DOCUMENT_TAB)
    reference = editor.text_edits["reference"]
    assert not reference.isReadOnly() and editor.document.status_combo.isEnabled()
    reference.setFocus()
    qtbot.keyClicks(reference, "RV-2026-7")
    assert page.flush()
    assert griffie.meetings.get_meeting(world.attended).reference == "RV-2026-7"
    assert "rights" not in window.statusBar().currentMessage()

    window.sidebar.setCurrentRow(CASES)
    cases = window.cases_page
    shown = cases.proxy.rowCount()
    assert not any(b.isVisibleTo(cases) for b in (cases.new_button, cases.duplicate_button,
                                                   cases.archive_button, cases.delete_button))  # fmt: skip
    assert cases.read_only_note.text() == "Read only: signed in as griffie."
    assert cases.editor.findChildren(type(reference))[0].isReadOnly()
    domains = cases.editor.findChildren(QListWidget)[0]
    domains.setCurrentRow(0)
    ticked = domains.item(0).checkState()
    press(qtbot, domains, Qt.Key.Key_Space)
    box = domains.visualItemRect(domains.item(0))  # a click on the check box itself
    qtbot.mouseClick(
        domains.viewport(), Qt.MouseButton.LeftButton, pos=box.topLeft() + QPoint(9, box.height() // 2)
    )
    assert domains.item(0).checkState() == ticked  # a fact of the case is not changed by a click
    press(qtbot, cases.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, cases.table, Qt.Key.Key_Delete)
    assert cases.proxy.rowCount() == shown and QApplication.activeModalWidget() is None

    window.sidebar.setCurrentRow(METHODS)
    methods = window.templates_page
    assert not methods.copy_button.isVisibleTo(methods) and methods.read_only_note.isVisible()
    assert "Copy" not in methods.hint.text()  # no advice to do what the griffie may not
    press(qtbot, methods.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert methods.proxy.rowCount() == len(griffie.templates.list_templates())
    from tests.ui.test_accessibility import nameless_controls

    for shown in (page, cases, methods):  # the note and every control that is left have a name
        assert nameless_controls(shown) == [], shown


@needs_server
def test_the_griffie_saves_follow_up_on_its_page(qtbot, griffie, world, tmp_path) -> None:
    window = open_window(qtbot, griffie, tmp_path)
    window.sidebar.setCurrentRow(FOLLOWUP)
    page = window.followup_page
    assert not hasattr(page, "read_only_note")
    assert page.select_item("vraag", world.question)
    detail = page.detail
    assert detail.save_button.isVisible() and detail.status_box.isEnabled()
    assert not detail.answer_edit.isReadOnly()
    detail.status_box.setCurrentIndex(detail.status_box.findData("beantwoord"))
    detail.answer_edit.setPlainText("Het college antwoordde in de raadsinformatiebrief.")
    detail.reference_edit.setFocus()
    qtbot.keyClicks(detail.reference_edit, "RIB 2026-9")
    qtbot.keyClick(detail.reference_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = griffie.followup.get_item("vraag", world.question)
    assert (stored.status, stored.answer_reference) == ("beantwoord", "RIB 2026-9")
    assert stored.answer == "Het college antwoordde in de raadsinformatiebrief."


@needs_server
def test_the_facilitators_window_is_unchanged(qtbot, world, tmp_path) -> None:
    services = Services.open(world.address("gespreksleider"))
    try:
        window = open_window(qtbot, services, tmp_path)
        assert window.capabilities == EVERYTHING.__class__(
            **{**EVERYTHING.__dict__, "role": "gespreksleider"}
        )
        assert all(offered(window).values())
        page = window.sessions_page
        assert all(b.isVisibleTo(page) for b in (page.new_button, page.delete_button, page.run_button))
        assert not hasattr(page, "read_only_note")
        assert page.select_id(world.attended)
        assert not page.editor.text_edits["title"].isReadOnly() and page.editor.template_combo.isEnabled()
        assert "change the minutes on the agenda" in page.editor.method_hint.text()
        assert "Copy a method" in window.templates_page.hint.text()
        window.sidebar.setCurrentRow(CASES)
        assert window.cases_page.new_button.isVisible() and not hasattr(window.cases_page, "read_only_note")
        window.close()
    finally:
        services.close()


def test_the_window_on_a_file_is_unchanged(qtbot, tmp_path, private_home) -> None:
    services = Services.open(tmp_path / "casetafel.sqlite")
    try:
        window = open_window(qtbot, services, tmp_path)
        assert window.capabilities == EVERYTHING and all(offered(window).values())
        window.sidebar.setCurrentRow(SESSIONS)
        assert window.sessions_page.new_button.isVisible()
        assert not hasattr(window.sessions_page, "read_only_note")
        window.show_shortcuts()
        overview = window.shortcuts_dialog
        table = overview.tables[-1]
        keys = {table.item(row, 0).text() for row in range(table.rowCount())}
        assert {"Ctrl+Shift+B", "Ctrl+N", "F9 / Ctrl+Enter"} <= keys  # a file has its backup key
        overview.reject()
        window.close()
    finally:
        services.close()


@needs_server
def test_an_empty_database_offers_the_griffie_no_example_data(qtbot, griffie, world, tmp_path) -> None:
    """On a server without sessions or cases the welcome panel is what the griffie sees: it offers no
    example data to load (the server refuses that, and the program said "Onverwachte fout"), also not
    after the list was refreshed."""
    administrator = Services.open(world.admin)
    try:
        for meeting in administrator.meetings.list_meetings():
            administrator.meetings.delete_meeting(meeting.id)
        for case in administrator.cases.list_cases(include_archived=True):
            administrator.cases.delete_case(case.id)
    finally:
        administrator.close()
    window = open_window(qtbot, griffie, tmp_path)
    page = window.sessions_page
    welcome = page.first_start
    for _ in range(2):  # as opened, and after a refresh (F5, or a change on the server)
        assert page.right.currentWidget() is welcome
        assert not welcome.demo_button.isVisibleTo(welcome) and not welcome.plan_button.isVisibleTo(welcome)
        assert welcome.intro.text().startswith("There are no sessions yet. They appear here as soon as")
        page.reload()
    window.close()


@needs_server
def test_the_griffie_may_leave_a_finding_in_but_not_rewrite_a_recorded_text(qtbot, griffie, world) -> None:
    from casetafel.ui.report.publication_review import PublicationReview

    administrator = Services.open(world.admin)
    try:
        administrator.records.record_observation(
            world.attended, world.held_case, "signaal", "Mevrouw Jansen belde drie keer met de gemeente."
        )
    finally:
        administrator.close()
    review = PublicationReview(griffie, world.attended)
    qtbot.addWidget(review)
    review.show()
    assert review.tree.topLevelItemCount()
    review.tree.setCurrentItem(review.tree.topLevelItem(0).child(0))
    assert review.waive_button.isVisible() and review.waive_button.isEnabled()
    assert not review.replace_button.isVisible()
    text = review.current()[0].text
    review.replace_current()  # not offered, and not done when asked
    assert review.current()[0].text == text
