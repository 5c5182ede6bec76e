"""The Uitkomsten tab: the default of a held session, items grouped and marked, edit/delete with undo,
and a search hit opening the item selected."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from casetafel.domain.vocabulary import MeetingStatus
from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.services.followup import KIND_ACTION, KIND_QUESTION
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.followup.outcomes_tab import OWNER, TEXT
from casetafel.ui.prepare.session_editor import OUTCOMES_TAB


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path) -> MainWindow:
    load_demo(services)
    main = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def held_session(services: Services):
    return next(s for s in services.meetings.list_meetings() if s.status == MeetingStatus.FINISHED)


def test_a_held_session_opens_on_its_outcomes_grouped_by_case(qtbot, window: MainWindow, services) -> None:
    meeting = held_session(services)
    window.sessions_page.select_id(meeting.id)
    editor = window.sessions_page.editor
    assert editor.tabs.currentIndex() == OUTCOMES_TAB
    tree = editor.outcomes.tree
    info = services.meetings.get_meeting(meeting.id)
    assert tree.topLevelItemCount() >= len(info.agenda)
    children = sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))
    recorded = (
        len(services.records.list_observations(meeting.id))
        + len(services.records.list_questions(meeting.id))
        + len(services.records.list_actions(meeting.id))
    )
    assert children == recorded


def test_fill_in_an_owner_after_the_meeting_with_undo(qtbot, window: MainWindow, services) -> None:
    meeting = held_session(services)
    action = services.records.list_actions(meeting.id)[0]
    services.records.update_action(action.id, owner="", due_date=None)
    window.sessions_page.select_id(meeting.id)
    tab = window.sessions_page.editor.outcomes
    tab.reload()
    assert tab.select_item(KIND_ACTION, action.id)
    row = tab.tree.currentItem()
    assert row.background(OWNER).color().name() == "#fff1c2"  # marked: owner missing
    assert "owner" in tab.summary.text() or "eigenaar" in tab.summary.text()
    tab.owner_edit.setFocus()
    qtbot.keyClicks(tab.owner_edit, "Griffie")
    tab.due_edit.setDate(date(2027, 3, 1))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    stored = services.followup.get_item(KIND_ACTION, action.id)
    assert (stored.owner, stored.due_date) == ("Griffie", date(2027, 3, 1))
    assert tab.current_item().id == action.id and not tab.current_item().needs_owner_or_due
    window.undo_action.trigger()
    assert services.followup.get_item(KIND_ACTION, action.id).owner == ""
    window.redo_action.trigger()
    assert services.followup.get_item(KIND_ACTION, action.id).owner == "Griffie"


def test_delete_from_the_keyboard_and_undo(qtbot, window: MainWindow, services) -> None:
    meeting = held_session(services)
    question = services.records.list_questions(meeting.id)[0]
    window.sessions_page.select_id(meeting.id)
    tab = window.sessions_page.editor.outcomes
    assert tab.select_item(KIND_QUESTION, question.id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert all(q.id != question.id for q in services.records.list_questions(meeting.id))
    window.undo_action.trigger()
    assert any(q.id == question.id for q in services.records.list_questions(meeting.id))
    assert tab.current_item().id == question.id


def test_a_search_hit_opens_the_item_selected(qtbot, window: MainWindow, services) -> None:
    meeting = held_session(services)
    question = services.records.list_questions(meeting.id)[-1]
    window.sidebar.setCurrentRow(3)
    page = window.search_page
    page.field.setText(" ".join(question.text.split()[:4]))
    rows = [
        r for r in range(page.model.rowCount())
        if page.model.item(r, 0).data(Qt.ItemDataRole.UserRole + 1).ref_id == question.id
        and page.model.item(r, 0).data(Qt.ItemDataRole.UserRole + 1).kind == "vraag"
    ]  # fmt: skip
    page.table.selectRow(rows[0])
    page.open_current()
    editor = window.sessions_page.editor
    assert window.pages.currentWidget() is window.sessions_page
    assert editor.tabs.currentIndex() == OUTCOMES_TAB
    current = editor.outcomes.current_item()
    assert (current.kind, current.id) == (KIND_QUESTION, question.id)
    assert editor.outcomes.tree.currentItem().text(TEXT).startswith("BV-")


def test_a_search_hit_on_an_action_opens_it_selected(qtbot, window: MainWindow, services) -> None:
    meeting = held_session(services)
    action = services.records.list_actions(meeting.id)[0]
    window.sidebar.setCurrentRow(3)
    page = window.search_page
    page.field.setText(" ".join(action.text.split()[:3]))
    rows = [
        r for r in range(page.model.rowCount())
        if page.model.item(r, 0).data(Qt.ItemDataRole.UserRole + 1).kind == KIND_ACTION
        and page.model.item(r, 0).data(Qt.ItemDataRole.UserRole + 1).ref_id == action.id
    ]  # fmt: skip
    assert page.model.item(rows[0], 0).text() in ("Action", "Afspraak")
    page.table.selectRow(rows[0])
    page.open_current()
    current = window.sessions_page.editor.outcomes.current_item()
    assert (current.kind, current.id) == (KIND_ACTION, action.id)


def test_an_item_with_a_possible_identifier_is_marked(qtbot, window: MainWindow, services) -> None:
    meeting = held_session(services)
    action = services.records.list_actions(meeting.id)[0]
    services.records.update_action(action.id, text="Mail k.hendriks@voorbeeld.nl over de regeling")
    window.sessions_page.select_id(meeting.id)
    tab = window.sessions_page.editor.outcomes
    tab.reload()
    assert tab.select_item(KIND_ACTION, action.id)
    row = tab.tree.currentItem()
    assert not row.icon(TEXT).isNull()
    assert "k.hendriks@voorbeeld.nl" in row.toolTip(TEXT) and "[E-MAIL]" in row.toolTip(TEXT)
