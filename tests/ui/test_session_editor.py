"""The session editor: agenda by drag and drop and undo, participants with undo and copy, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from casetafel.services.container import Services
from casetafel.ui.session_editor_page import SessionEditorPage


@pytest.fixture
def page(qtbot, services: Services, planned_session) -> SessionEditorPage:
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
    page.editor.tabs.setCurrentWidget(agenda)
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
    assert [i.case_title for i in services.sessions.get_session(page.selected_id()).agenda] == [
        "Schulden na een scheiding",
        "Dagbesteding stopt bij 18",
    ]
    page.redo()
    assert titles(page) == ["Dagbesteding stopt bij 18", "Schulden na een scheiding"]


def test_removed_case_comes_back_with_its_minutes(qtbot, page: SessionEditorPage, services) -> None:
    agenda = page.editor.agenda
    page.editor.tabs.setCurrentWidget(agenda)
    agenda.view.setCurrentIndex(agenda.model.index(0, 1))
    agenda.minutes_model.setData(agenda.minutes_model.index(2, 1), 30)
    agenda.view.setFocus()
    qtbot.keyClick(agenda.view, Qt.Key.Key_Delete)
    assert titles(page) == ["Dagbesteding stopt bij 18"]
    page.undo()
    restored = services.sessions.get_session(page.selected_id()).agenda
    assert [i.case_title for i in restored] == ["Schulden na een scheiding", "Dagbesteding stopt bij 18"]
    assert restored[0].phase_minutes == {"wat_zien_we": 30}
    page.undo()  # the minutes
    assert services.sessions.get_session(page.selected_id()).agenda[0].phase_minutes == {}


def test_participants_remove_undo_and_copy(qtbot, page: SessionEditorPage, services, monkeypatch) -> None:
    participants = page.editor.participants
    page.editor.tabs.setCurrentWidget(participants)
    participants.table.setFocus()
    participants.table.setCurrentIndex(participants.model.index(1, 0))
    qtbot.keyClick(participants.table, Qt.Key.Key_Delete)
    assert [p.name for p in services.sessions.get_session(page.selected_id()).participants] == [
        "Ingrid Hoekstra",
        "",
    ]
    page.undo()
    assert {p.name for p in services.sessions.get_session(page.selected_id()).participants} == {
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
    assert services.sessions.get_session(page.selected_id()).participants == ()


def test_details_are_autosaved_and_delete_asks_first(
    qtbot, page: SessionEditorPage, services, monkeypatch
) -> None:
    editor = page.editor
    editor.text_edits["municipality"].setText("Wolderveen")
    editor.text_edits["municipality"].textEdited.emit("Wolderveen")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=2000)
    assert services.sessions.get_session(page.selected_id()).municipality == "Wolderveen"
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    page.delete_button.click()
    assert len(services.sessions.list_sessions()) == 1
    page.delete_button.click()
    assert services.sessions.list_sessions() == [] and page.editor.info is None
