"""The conflict dialog in the forms where two people edit the same record: session details, Uitkomsten,
Opvolging and the capture list. The second client is a second ``Services`` on the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from casetafel.domain.records import RecordKind
from casetafel.services.container import Services
from casetafel.services.followup import KIND_ACTION, KIND_QUESTION
from casetafel.ui.facilitation.window import FacilitationWindow
from casetafel.ui.followup.outcomes_tab import OutcomesTab
from casetafel.ui.followup.page import FollowupPage
from casetafel.ui.prepare.sessions_page import SessionEditorPage
from tests.ui.test_edit_conflicts import press, when_dialog


@pytest.fixture
def other(services):
    opened = Services.open(services.address)
    yield opened
    opened.close()


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_session_details_keep_mine(qtbot, services, other, planned_meeting) -> None:
    page = show(qtbot, SessionEditorPage(services))
    page.reload()
    editor = page.editor
    other.meetings.update_meeting(planned_meeting.id, location="Raadzaal boven")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.keep_mine))
    location = editor.text_edits["location"]
    location.setFocus()
    location.selectAll()
    qtbot.keyClicks(location, "Dorpshuis")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    assert seen and seen[0].stored["location"] == "Raadzaal boven"
    assert services.meetings.get_meeting(planned_meeting.id).location == "Dorpshuis"


def test_session_details_take_stored_shows_it(qtbot, services, other, planned_meeting) -> None:
    page = show(qtbot, SessionEditorPage(services))
    page.reload()
    other.meetings.update_meeting(planned_meeting.id, title="Casustafel december")
    when_dialog(qtbot, lambda d: press(qtbot, d.take_stored))
    title = page.editor.text_edits["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Mijn titel")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    assert title.text() == "Casustafel december"
    assert services.meetings.get_meeting(planned_meeting.id).title == "Casustafel december"


def test_outcomes_owner_merge(qtbot, services, other, planned_meeting) -> None:
    action = services.records.record_action(planned_meeting.id, None, "Brief aan het college")
    tab = show(qtbot, OutcomesTab(services, QUndoStack()))
    tab.load(planned_meeting.id)
    assert tab.select_item(KIND_ACTION, action.id)
    other.outcomes.update(KIND_ACTION, action.id, text="Brief aan het college over de wachttijd")

    def merge(dialog) -> None:
        dialog.merged["text"].setPlainText("Brief aan het college over de wachttijd en de kosten")
        press(qtbot, dialog.save_merged)

    seen = when_dialog(qtbot, merge)
    tab.text_edit.setPlainText("Brief aan het college over de kosten")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].stored["text"] == "Brief aan het college over de wachttijd"
    assert services.followup.get_item(KIND_ACTION, action.id).text.endswith("de wachttijd en de kosten")
    assert tab.current_item().text.endswith("de wachttijd en de kosten")


def test_followup_answer_decide_later_keeps_the_typed_answer(qtbot, services, other, planned_meeting) -> None:
    question = services.records.record_question(planned_meeting.id, None, "Wat doet het college?")
    page = show(qtbot, FollowupPage(services))
    page.reload()
    qtbot.waitUntil(lambda: page.all_items is not None)
    assert page.select_item(KIND_QUESTION, question.id)
    other.followup.update_item(KIND_QUESTION, question.id, answer="Antwoord van de griffie.")
    when_dialog(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    detail = page.detail
    detail.answer_edit.setPlainText("Mijn antwoord.")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert detail.answer_edit.toPlainText() == "Mijn antwoord."  # nothing lost
    assert services.followup.get_item(KIND_QUESTION, question.id).answer == "Antwoord van de griffie."
    # a second save, now keeping mine
    when_dialog(qtbot, lambda d: press(qtbot, d.keep_mine))
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    stored = services.followup.get_item(KIND_QUESTION, question.id)
    assert stored.answer == "Mijn antwoord." and stored.version == 3
    assert [c.field for c in services.followup.history(KIND_QUESTION, question.id)] == ["answer", "answer"]


def test_capture_list_edit_keep_mine(qtbot, services, other, planned_meeting, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = FacilitationWindow(services, planned_meeting.id, settings=settings)
    qtbot.addWidget(window)
    qtbot.addWidget(window.presenter)
    window.begin()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    services.records.record_observation(planned_meeting.id, None, "signaal", "Wie betaalt de schuld?")
    item = window.records.load(None)[-1]
    assert item.ref[0] == RecordKind.OBSERVATION
    other.records.update(*item.ref, text="Wie betaalt de schuld van het gezin?")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.keep_mine))
    window.records.edit_text(item.ref, "Wie betaalt de schulden?")
    assert seen and seen[0].parent is window
    assert services.records.list_observations(planned_meeting.id)[-1].text == "Wie betaalt de schulden?"
    window.records.undo_stack.undo()
    assert services.records.list_observations(planned_meeting.id)[-1].text == "Wie betaalt de schuld?"


def test_capture_list_edit_left_for_later_says_what_was_typed(
    qtbot, services, other, planned_meeting, tmp_path, monkeypatch
) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = FacilitationWindow(
        services, planned_meeting.id, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    qtbot.addWidget(window.presenter)
    window.begin()
    window.show()
    services.records.record_observation(planned_meeting.id, None, "signaal", "Lange wachtlijst")
    item = window.records.load(None)[-1]
    other.records.update(*item.ref, text="Wachtlijst van een jaar")
    messages = []
    window.records.failed.connect(messages.append)
    when_dialog(qtbot, lambda d: press(qtbot, d.later))
    window.records.edit_text(item.ref, "Wachtlijst van twee jaar")
    assert messages and "Wachtlijst van twee jaar" in messages[0] and "intussen" in messages[0]
    assert shown == messages  # the window shows it in a message box
    assert services.records.list_observations(planned_meeting.id)[-1].text == "Wachtlijst van een jaar"
