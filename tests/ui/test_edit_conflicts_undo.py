"""Undo in the capture list when another client changed the same line since: the conflict dialog asks;
keeping the stored text or deciding later drops the step from the stack with a message, never an
overwrite. The second client is a second ``Services`` on the same database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from casetafel.services.container import Services
from casetafel.ui.facilitation.window import FacilitationWindow
from tests.ui.modal import when_modal
from tests.ui.test_edit_conflicts import press, when_dialog


@pytest.fixture
def other(services):
    opened = Services.open(services.address)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, services, planned_meeting, tmp_path) -> FacilitationWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = FacilitationWindow(services, planned_meeting.id, settings=settings)
    qtbot.addWidget(main)
    qtbot.addWidget(main.presenter)
    main.begin()
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return main


def edited_line(window, services, planned_meeting):
    """A line recorded and then edited here: the undo stack holds the edit."""
    services.records.record_observation(planned_meeting.id, None, "signaal", "Lange wachtlijst")
    item = window.records.load(None)[-1]
    window.records.edit_text(item.ref, "Wachtlijst van twee jaar")
    assert window.records.undo_stack.canUndo()
    return item


def undo_by_keyboard(qtbot, window) -> None:
    """Ctrl+Z on the empty input line undoes the last step."""
    window.capture.line.setFocus()
    qtbot.keyClick(window.capture.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def stored_text(services, planned_meeting) -> str:
    return services.records.list_observations(planned_meeting.id)[-1].text


def test_an_undo_without_a_change_meanwhile_asks_nothing(qtbot, window, services, planned_meeting) -> None:
    edited_line(window, services, planned_meeting)
    undo_by_keyboard(qtbot, window)
    assert stored_text(services, planned_meeting) == "Lange wachtlijst"
    window.records.undo_stack.redo()
    assert stored_text(services, planned_meeting) == "Wachtlijst van twee jaar"


def test_undo_over_another_clients_change_asks_and_keep_mine_undoes(
    qtbot, window, services, other, planned_meeting
) -> None:
    item = edited_line(window, services, planned_meeting)
    other.records.update(*item.ref, text="Wachtlijst van een jaar")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.keep_mine))
    undo_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    seen.check()
    assert seen[0].stored["text"] == "Wachtlijst van een jaar"
    assert stored_text(services, planned_meeting) == "Lange wachtlijst"
    stack = window.records.undo_stack
    assert stack.canRedo()
    stack.redo()  # nobody changed it since the undo: no question
    assert stored_text(services, planned_meeting) == "Wachtlijst van twee jaar"


def test_undo_over_another_clients_change_take_stored_leaves_theirs(
    qtbot, window, services, other, planned_meeting
) -> None:
    item = edited_line(window, services, planned_meeting)
    other.records.update(*item.ref, text="Wachtlijst van een jaar")
    stack = window.records.undo_stack
    steps = stack.count()
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.take_stored))
    undo_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    seen.check()
    assert stored_text(services, planned_meeting) == "Wachtlijst van een jaar"
    assert stack.count() == steps - 1 and not stack.canRedo()  # the step is gone, not half done
    assert "Wachtlijst van een jaar" in [i.text for i in window.records.items]


def test_undo_left_for_later_says_so_and_overwrites_nothing(
    qtbot, window, services, other, planned_meeting
) -> None:
    item = edited_line(window, services, planned_meeting)
    other.records.update(*item.ref, text="Wachtlijst van een jaar")
    stack = window.records.undo_stack
    steps = stack.count()
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.later))
    told = when_modal(QMessageBox, lambda box: box.accept(), note=lambda box: box.text())
    undo_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen) and bool(told), timeout=3000)
    seen.check()
    told.check()
    assert "intussen" in told[0] and ("Not undone" in told[0] or "Niet ongedaan" in told[0])
    assert stored_text(services, planned_meeting) == "Wachtlijst van een jaar"
    assert stack.count() == steps - 1 and not stack.canRedo()


def test_undo_of_a_line_the_other_deleted_says_so(qtbot, window, services, other, planned_meeting) -> None:
    item = edited_line(window, services, planned_meeting)
    other.records.delete(*item.ref)
    stack = window.records.undo_stack
    steps = stack.count()
    told = when_modal(QMessageBox, lambda box: box.accept(), note=lambda box: box.text())
    undo_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    told.check()
    assert "bestaat niet" in told[0]
    assert stack.count() == steps - 1


def test_undo_of_a_recording_another_client_changed_keeps_their_line(
    qtbot, window, services, other, planned_meeting
) -> None:
    line = window.capture.line
    line.setFocus()
    qtbot.keyClicks(line, "si: Lange wachtlijst")  # a signal (the opening's usual kind is an action)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    stored = services.records.list_observations(planned_meeting.id)[-1]
    assert stored.text == "Lange wachtlijst"
    other.records.update(*window.records.items[-1].ref, text="Wachtlijst van een jaar")
    stack = window.records.undo_stack
    steps = stack.count()
    told = when_modal(QMessageBox, lambda box: box.accept(), note=lambda box: box.text())
    undo_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    told.check()
    assert "Wachtlijst van een jaar" in told[0]
    assert stored_text(services, planned_meeting) == "Wachtlijst van een jaar"
    assert stack.count() == steps - 1 and not stack.canRedo()


def test_undo_of_a_recording_nobody_changed_removes_it(qtbot, window, services, planned_meeting) -> None:
    line = window.capture.line
    line.setFocus()
    qtbot.keyClicks(line, "si: Per ongeluk")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert stored_text(services, planned_meeting) == "Per ongeluk"
    undo_by_keyboard(qtbot, window)
    assert "Per ongeluk" not in [o.text for o in services.records.list_observations(planned_meeting.id)]
    window.records.undo_stack.redo()
    assert stored_text(services, planned_meeting) == "Per ongeluk"


def test_redo_of_a_delete_keeps_a_line_another_client_changed_after_the_undo(
    qtbot, window, services, other, planned_meeting
) -> None:
    services.records.record_observation(planned_meeting.id, None, "signaal", "Lange wachtlijst")
    item = window.records.load(None)[-1]
    window.records.delete(item.ref)
    assert services.records.list_observations(planned_meeting.id) == []
    undo_by_keyboard(qtbot, window)  # it comes back
    assert stored_text(services, planned_meeting) == "Lange wachtlijst"
    other.records.update(*item.ref, text="Wachtlijst van een jaar")
    stack = window.records.undo_stack
    told = when_modal(QMessageBox, lambda box: box.accept(), note=lambda box: box.text())
    stack.redo()
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    told.check()
    assert "Wachtlijst van een jaar" in told[0]
    assert stored_text(services, planned_meeting) == "Wachtlijst van een jaar"
    assert not stack.canRedo()
