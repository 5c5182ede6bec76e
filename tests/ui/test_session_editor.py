"""The session editor: agenda by drag and drop and undo, participants with undo and copy, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from casetafel.services.container import Services
from casetafel.ui.prepare.session_editor import AGENDA_TAB, PARTICIPANTS_TAB
from casetafel.ui.prepare.sessions_page import SessionEditorPage


@pytest.fixture
def page(qtbot, services: Services, planned_meeting) -> SessionEditorPage:
    widget = SessionEditorPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.reload()
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)  # shortcuts need an active window
    return widget


def titles(page: SessionEditorPage) -> list[str]:
    return [item.case_title for item in page.editor.agenda.model.items]


def test_drag_and_drop_moves_a_case_and_undo_moves_it_back(qtbot, page: SessionEditorPage, services) -> None:
    agenda = page.editor.agenda
    page.editor.tabs.setCurrentIndex(AGENDA_TAB)
    assert titles(page) == ["Schulden na een scheiding", "Dagbesteding stopt bij 18"]
    agenda.view.setCurrentIndex(agenda.model.index(0, 1))
    below_last = agenda.view.visualRect(agenda.model.index(1, 1)).bottomLeft() - QPointF(0, 2).toPoint()
    event = QDropEvent(
        QPointF(below_last),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    agenda.view.dropEvent(event)
    assert titles(page) == ["Dagbesteding stopt bij 18", "Schulden na een scheiding"]
    assert event.dropAction() == Qt.DropAction.IgnoreAction  # the view does not remove the row itself
    page.undo()
    assert [i.case_title for i in services.meetings.get_meeting(page.selected_id()).agenda] == [
        "Schulden na een scheiding",
        "Dagbesteding stopt bij 18",
    ]
    page.redo()
    assert titles(page) == ["Dagbesteding stopt bij 18", "Schulden na een scheiding"]


def test_removed_case_comes_back_with_its_minutes(qtbot, page: SessionEditorPage, services) -> None:
    agenda = page.editor.agenda
    page.editor.tabs.setCurrentIndex(AGENDA_TAB)
    agenda.view.setCurrentIndex(agenda.model.index(0, 1))
    agenda.minutes_model.setData(agenda.minutes_model.index(2, 1), 30)
    agenda.view.setFocus()
    qtbot.keyClick(agenda.view, Qt.Key.Key_Delete)
    assert titles(page) == ["Dagbesteding stopt bij 18"]
    page.undo()
    restored = services.meetings.get_meeting(page.selected_id()).agenda
    assert [i.case_title for i in restored] == ["Schulden na een scheiding", "Dagbesteding stopt bij 18"]
    assert restored[0].phase_minutes == {"wat_zien_we": 30}
    page.undo()  # the minutes
    assert services.meetings.get_meeting(page.selected_id()).agenda[0].phase_minutes == {}


def test_participants_remove_undo_and_copy(qtbot, page: SessionEditorPage, services, monkeypatch) -> None:
    participants = page.editor.participants
    page.editor.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    participants.table.setFocus()
    participants.table.setCurrentIndex(participants.model.index(1, 0))
    qtbot.keyClick(participants.table, Qt.Key.Key_Delete)
    assert [p.name for p in services.meetings.get_meeting(page.selected_id()).participants] == [
        "Ingrid Hoekstra",
        "",
    ]
    page.undo()
    assert {p.name for p in services.meetings.get_meeting(page.selected_id()).participants} == {
        "Ingrid Hoekstra",
        "Pieter Bos",
        "",
    }
    page.new_item()
    assert page.editor.text_edits["title"].hasFocus()
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[-1], True))
    participants.copy_button.click()
    # an undone removal comes back at the end of the list, so the copy has that order
    assert [p.role for p in participants.model.rows] == ["raadslid", "professional", "wethouder"]
    page.undo()
    assert services.meetings.get_meeting(page.selected_id()).participants == ()


def test_details_are_autosaved_and_delete_asks_first(
    qtbot, page: SessionEditorPage, services, monkeypatch
) -> None:
    editor = page.editor
    editor.text_edits["municipality"].setText("Wolderveen")
    editor.text_edits["municipality"].textEdited.emit("Wolderveen")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=2000)
    assert services.meetings.get_meeting(page.selected_id()).municipality == "Wolderveen"
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    page.delete_button.click()
    assert len(services.meetings.list_meetings()) == 1
    page.delete_button.click()
    assert services.meetings.list_meetings() == [] and page.editor.info is None


def test_participants_and_agenda_tabs_are_built_when_first_opened(
    qtbot, page: SessionEditorPage, services, planned_meeting
) -> None:
    editor = page.editor
    assert editor.built_participants is None and editor.built_agenda is None
    bar = editor.tabs.tabBar()
    assert [bar.tabText(i) for i in range(bar.count())] == [
        "Details",
        "Participants (3)",
        "Agenda (2)",
        "Outcomes",
        "Report",
    ]
    qtbot.keyClick(bar, Qt.Key.Key_Right)  # from the details tab to the participants tab
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(PARTICIPANTS_TAB).center())
    participants = editor.built_participants
    assert participants is not None and participants.isVisible()
    assert participants.model.rowCount() == 3 and editor.built_agenda is None
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(AGENDA_TAB).center())
    assert [item.case_title for item in editor.built_agenda.model.items] == [
        "Schulden na een scheiding",
        "Dagbesteding stopt bij 18",
    ]
    # Built once; another session's data goes into the same editors.
    other = services.meetings.create_meeting("Lege bijeenkomst")
    page.reload()
    assert page.select_id(other.id)
    assert editor.built_agenda.model.rowCount() == 0 and participants.model.rowCount() == 0
    assert [bar.tabText(i) for i in (PARTICIPANTS_TAB, AGENDA_TAB)] == ["Participants (0)", "Agenda (0)"]
    assert editor.participants is participants


def test_column_widths_of_a_tab_not_opened_are_kept(qtbot, services, planned_meeting, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def new_page() -> SessionEditorPage:
        made = SessionEditorPage(services)
        qtbot.addWidget(made)
        made.restore_state(settings)
        made.reload()
        return made

    first = new_page()
    first.editor.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    first.editor.participants.table.horizontalHeader().resizeSection(1, 233)
    first.save_state(settings)
    second = new_page()  # the participants tab is never opened here
    second.save_state(settings)
    third = new_page()
    third.editor.tabs.setCurrentIndex(PARTICIPANTS_TAB)  # built now: the saved widths are applied
    assert third.editor.participants.table.horizontalHeader().sectionSize(1) == 233


def test_ctrl_tab_into_a_tab_not_built_yet_puts_the_focus_in_it(qtbot, page: SessionEditorPage) -> None:
    title = page.editor.text_edits["title"]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.tabs.currentIndex() == PARTICIPANTS_TAB
    assert QApplication.focusWidget() is page.editor.participants.table
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.tabs.currentIndex() == AGENDA_TAB
    assert QApplication.focusWidget() is page.editor.agenda.view


def test_a_cell_being_typed_survives_a_reload_of_the_session(
    qtbot, page: SessionEditorPage, services
) -> None:
    """The session is loaded again when another of its edits is saved (the list shows the new title);
    an organisation typed in the participants grid at that moment is written, not dropped."""
    participants = page.editor.participants
    page.editor.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    participants.table.setFocus()
    participants.table.setCurrentIndex(participants.model.index(0, 2))
    qtbot.keyClicks(participants.table, "F")  # any key opens the cell's editor
    assert participants.table.state() == participants.table.State.EditingState
    qtbot.keyClicks(QApplication.focusWidget(), "ractie Dorpsbelang")
    page.editor.load(page.selected_id())  # what the autosave of another field does
    qtbot.wait(10)
    stored = services.meetings.get_meeting(page.selected_id()).participants
    assert "Fractie Dorpsbelang" in {p.party for p in stored}
    assert participants.model.rows[0].party == "Fractie Dorpsbelang"
