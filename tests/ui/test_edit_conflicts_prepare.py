"""Two people preparing one session: the participants grid and a case's minutes per phase, saved over a
second client's change (a second ``Services`` on the same database). Dialogs are answered through
``when_modal``; the test keeps what they showed, not the dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from casetafel.services.container import Services
from casetafel.ui.prepare.session_editor import AGENDA_TAB, PARTICIPANTS_TAB
from casetafel.ui.prepare.sessions_page import SessionEditorPage
from tests.ui.modal import when_modal
from tests.ui.test_edit_conflicts import press, when_dialog


@pytest.fixture
def other(services):
    opened = Services.open(services.address)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, services: Services, planned_meeting) -> SessionEditorPage:
    widget = SessionEditorPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.reload()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_cell(qtbot, page: SessionEditorPage, row: int, column: int, text: str) -> None:
    """Type into a participant's cell by keyboard (any key opens the editor) and press Enter."""
    participants = page.editor.participants
    page.editor.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    participants.table.setFocus()
    participants.table.setCurrentIndex(participants.model.index(row, column))
    qtbot.keyClicks(participants.table, text[0])
    assert participants.table.state() == participants.table.State.EditingState
    editor = participants.table.indexWidget(participants.table.currentIndex()) or QApplication.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def answer_box(qtbot, button: QMessageBox.StandardButton):
    return when_modal(QMessageBox, lambda box: press(qtbot, box.button(button)), note=lambda box: box.text())


def stored_participants(services, page):
    return services.meetings.get_meeting(page.selected_id()).participants


def test_participant_keep_mine(qtbot, page, services, other, planned_meeting) -> None:
    first = planned_meeting.participants[0]
    other.meetings.update_participant(first.id, party="Dorpsbelang")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.keep_mine))
    type_cell(qtbot, page, 0, 2, "VVD")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert seen[0].stored["party"] == "Dorpsbelang"
    assert stored_participants(services, page)[0].party == "VVD"
    assert page.editor.participants.model.rows[0].party == "VVD"


def test_participant_take_stored_shows_it_and_keeps_the_other_field(
    qtbot, page, services, other, planned_meeting
) -> None:
    first = planned_meeting.participants[0]
    other.meetings.update_participant(first.id, party="Dorpsbelang", name="Ingrid de Vries")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.take_stored))
    type_cell(qtbot, page, 0, 2, "VVD")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    row = page.editor.participants.model.rows[0]
    assert (row.name, row.party) == ("Ingrid de Vries", "Dorpsbelang")
    assert stored_participants(services, page)[0].party == "Dorpsbelang"


def test_participant_decide_later_keeps_what_was_typed(qtbot, page, services, other, planned_meeting) -> None:
    first = planned_meeting.participants[0]
    other.meetings.update_participant(first.id, party="Dorpsbelang")
    messages = []
    page.autosaver.failed.connect(messages.append)
    seen = when_dialog(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    type_cell(qtbot, page, 0, 2, "VVD")
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)
    seen.check()
    assert "intussen" in messages[0] and page.autosaver.has_pending()
    assert page.editor.participants.model.rows[0].party == "VVD"
    assert stored_participants(services, page)[0].party == "Dorpsbelang"


def test_participant_removed_by_the_other_is_added_again_with_what_was_typed(
    qtbot, page, services, other, planned_meeting
) -> None:
    other.meetings.remove_participant(planned_meeting.participants[1].id)
    seen = answer_box(qtbot, QMessageBox.StandardButton.Yes)
    type_cell(qtbot, page, 1, 2, "Gemeente")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert "verwijderd" in seen[0] or "removed" in seen[0]
    stored = stored_participants(services, page)
    assert [(p.name, p.party) for p in stored] == [
        ("Ingrid Hoekstra", ""),
        ("", ""),
        ("Pieter Bos", "Gemeente"),
    ]
    rows = page.editor.participants.model.rows
    assert [(p.name, p.party) for p in rows] == [
        ("Ingrid Hoekstra", ""),
        ("Pieter Bos", "Gemeente"),
        ("", ""),
    ]


def test_participant_removed_by_the_other_can_be_left_out(
    qtbot, page, services, other, planned_meeting
) -> None:
    other.meetings.remove_participant(planned_meeting.participants[1].id)
    seen = answer_box(qtbot, QMessageBox.StandardButton.No)
    type_cell(qtbot, page, 1, 2, "Gemeente")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert [p.name for p in page.editor.participants.model.rows] == ["Ingrid Hoekstra", ""]
    assert len(stored_participants(services, page)) == 2


def edit_minutes(qtbot, page: SessionEditorPage, phase_row: int, minutes: str) -> None:
    agenda = page.editor.agenda
    page.editor.tabs.setCurrentIndex(AGENDA_TAB)
    agenda.view.setCurrentIndex(agenda.model.index(0, 1))
    agenda.minutes_view.setFocus()
    agenda.minutes_view.setCurrentIndex(agenda.minutes_model.index(phase_row, 1))
    qtbot.keyClick(agenda.minutes_view, Qt.Key.Key_F2)
    editor = agenda.minutes_view.indexWidget(agenda.minutes_view.currentIndex()) or QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, minutes)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_minutes_keep_mine(qtbot, page, services, other, planned_meeting) -> None:
    item = planned_meeting.agenda[0]
    other.meetings.set_phase_minutes(item.id, "wat_zien_we", 25)
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.keep_mine))
    edit_minutes(qtbot, page, 2, "40")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert seen[0].stored["wat_zien_we"] == "25"
    assert services.meetings.get_meeting(page.selected_id()).agenda[0].phase_minutes == {"wat_zien_we": 40}


def test_minutes_take_stored_shows_them(qtbot, page, services, other, planned_meeting) -> None:
    item = planned_meeting.agenda[0]
    other.meetings.set_phase_minutes(item.id, "wat_zien_we", 25)
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.take_stored))
    edit_minutes(qtbot, page, 2, "40")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    agenda = page.editor.agenda
    assert agenda.minutes_model.index(2, 1).data(Qt.ItemDataRole.EditRole) == 25
    assert services.meetings.get_meeting(page.selected_id()).agenda[0].phase_minutes == {"wat_zien_we": 25}


def test_minutes_of_a_case_the_other_took_off_put_it_back(
    qtbot, page, services, other, planned_meeting
) -> None:
    item = planned_meeting.agenda[0]
    other.meetings.remove_from_agenda(item.id)
    seen = answer_box(qtbot, QMessageBox.StandardButton.Yes)
    edit_minutes(qtbot, page, 2, "40")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert item.case_code in seen[0]
    agenda = services.meetings.get_meeting(page.selected_id()).agenda
    assert [(i.case_id, i.phase_minutes) for i in agenda] == [
        (item.case_id, {"wat_zien_we": 40}),
        (planned_meeting.agenda[1].case_id, {}),
    ]
    assert [i.case_id for i in page.editor.agenda.model.items] == [i.case_id for i in agenda]


def test_moving_a_case_the_other_took_off_says_so_and_shows_the_stored_agenda(
    qtbot, page, services, other, planned_meeting
) -> None:
    agenda = page.editor.agenda
    page.editor.tabs.setCurrentIndex(AGENDA_TAB)
    other.meetings.remove_from_agenda(planned_meeting.agenda[0].id)
    told = when_modal(QMessageBox, lambda box: box.accept(), note=lambda box: box.text())
    agenda.view.setFocus()
    agenda.view.setCurrentIndex(agenda.model.index(0, 1))
    qtbot.keyClick(agenda.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # move it down
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    told.check()
    assert "bestaat niet" in told[0]
    assert [i.case_id for i in agenda.model.items] == [planned_meeting.agenda[1].case_id]


def test_undo_of_a_participant_edit_over_the_others_change_asks(
    qtbot, page, services, other, planned_meeting
) -> None:
    type_cell(qtbot, page, 0, 2, "VVD")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    other.meetings.update_participant(planned_meeting.participants[0].id, party="CDA")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.take_stored))
    page.undo()
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert seen[0].stored["party"] == "CDA"
    assert stored_participants(services, page)[0].party == "CDA"
    assert page.editor.participants.model.rows[0].party == "CDA"
