"""The "Mijn inbreng" window driven by keyboard, and the facilitator accepting its input in Uitkomsten."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.services.member_input import Author, InputKind
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.member_input.window import MemberInputWindow, open_member_input_window
from tests.ui.test_accessibility import nameless_controls

AUTHOR = Author(name="Fatima el Idrissi")  # a council member at both finished demo sessions


@pytest.fixture
def member_window(qtbot, services: Services) -> MemberInputWindow:
    load_demo(services)
    window = open_member_input_window(services, AUTHOR)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    return window


def test_the_window_shows_attended_sessions_public_outcomes_and_follow_up(member_window, services) -> None:
    window = member_window
    attended = services.member_input.attended(AUTHOR)
    assert window.sessions.count() == len(attended) == 2
    assert window.outcomes.topLevelItemCount() > 0
    assert window.followup.topLevelItemCount() > 0
    shown = " ".join(
        window.outcomes.topLevelItem(i).text(0) for i in range(window.outcomes.topLevelItemCount())
    )
    meeting = services.meetings.get_meeting(attended[0].meeting_id)
    for participant in meeting.participants:  # no name of a person in the public outcomes
        if participant.name:
            assert participant.name not in shown
    for item in meeting.agenda:  # no case description either
        description = services.cases.get_case(item.case_id).description
        assert description[:40] not in shown
    assert nameless_controls(window) == []
    if os.environ.get("CASETAFEL_SCREENSHOTS"):
        window.grab().save(str(Path(os.environ["CASETAFEL_SCREENSHOTS"]) / "mijn_inbreng.png"))


def test_input_by_keyboard_reaches_the_facilitator_and_is_accepted(
    qtbot, member_window, services, tmp_path: Path
) -> None:
    window = member_window
    meeting_id = window.current_session()
    window.text_edit.setFocus()
    qtbot.keyClicks(window.text_edit, "Ik neem mee dat de wachtlijst te lang is")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Return)
    assert window.text_edit.text() == ""
    pending = services.member_input.pending(meeting_id)
    assert [(p.kind, p.text) for p in pending] == [("inzicht", "Ik neem mee dat de wachtlijst te lang is")]
    assert window.mine.topLevelItemCount() == 1

    # A comment on the first follow-up item: choose the item, then the kind, by keyboard.
    window.tabs.setCurrentWidget(window.followup)
    window.followup.setFocus()
    qtbot.keyClick(window.followup, Qt.Key.Key_Down)
    item = window.chosen_item()
    assert item is not None
    window.kind_combo.setFocus()
    qtbot.keyClick(window.kind_combo, Qt.Key.Key_End)
    assert window.kind_combo.currentData() == InputKind.COMMENT
    assert item.label in window.about.text()
    window.text_edit.setFocus()
    qtbot.keyClicks(window.text_edit, "Graag de cijfers per kwartaal")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Return)
    comment = services.member_input.pending(meeting_id)[-1]
    assert comment.kind == "opmerking" and comment.item_label == item.label

    # The facilitator sees both in Uitkomsten, marked as the council member's, and accepts the first.
    main = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    main.sessions_page.select_id(meeting_id)
    review = main.sessions_page.editor.outcomes.member_input
    assert review.isVisible() and review.list.topLevelItemCount() == 2
    assert "Fatima el Idrissi" in review.list.topLevelItem(0).text(0)
    assert review.list.topLevelItem(1).icon(2).isNull()  # no finding in either text
    assert "Raadslid" in review.list.topLevelItem(0).text(0)
    review.list.setCurrentItem(review.list.topLevelItem(0))
    qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
    assert review.list.topLevelItemCount() == 1
    tree = main.sessions_page.editor.outcomes.tree
    texts = [
        tree.topLevelItem(g).child(c).text(0)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    ]
    assert "Ik neem mee dat de wachtlijst te lang is" in texts
    outcomes = main.sessions_page.editor.outcomes
    outcomes.undo_stack.undo()  # the input waits again; the line it became is gone
    assert review.list.topLevelItemCount() == 2
    assert "Ik neem mee dat de wachtlijst te lang is" not in [
        tree.topLevelItem(g).child(c).text(0)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    ]
    outcomes.undo_stack.redo()
    assert review.list.topLevelItemCount() == 1
    review.list.setCurrentItem(review.list.topLevelItem(0))
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    assert not review.isVisible()
    window.show_mine()
    statuses = {window.mine.topLevelItem(i).text(2) for i in range(window.mine.topLevelItemCount())}
    assert statuses == {"opgenomen", "niet opgenomen"}


def test_the_facilitator_opens_it_on_behalf_of_a_participant(
    qtbot, services, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    load_demo(services)
    main = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    meeting = next(s for s in services.meetings.list_meetings() if s.status == "afgerond")
    main.sessions_page.select_id(meeting.id)
    offered = []

    def choose(_parent, _title, _label, names, *_args):
        offered.extend(names)
        return "Fatima el Idrissi", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    main.member_input_action.trigger()
    window = main.member_input_window
    qtbot.addWidget(window)
    assert "Ingrid Hoekstra" in offered and "" not in offered  # named, present participants only
    assert window.author == AUTHOR and window.sessions.count() == 2
    assert window.isVisible()
