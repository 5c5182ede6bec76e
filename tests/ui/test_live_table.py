"""The live table under time pressure: where the keyboard goes, kinds, the capture list, the phase tools,
the toolbar at 1280 pixels, the presenter screen, and what a screen reader hears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from casetafel.domain.capture import CaptureKind
from casetafel.ui.app_shell.shortcuts_dialog import ShortcutsDialog
from casetafel.ui.facilitation.window import FacilitationWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def window(qtbot, services, planned_meeting, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = FacilitationWindow(services, planned_meeting.id, clock=FakeClock(), settings=settings)
    qtbot.addWidget(main)
    qtbot.addWidget(main.presenter)
    main.begin()
    main.resize(1280, 720)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return main


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


def type_line(qtbot, window, text: str) -> None:
    qtbot.keyClicks(window.capture.line, text)


# -- 1. focus ---------------------------------------------------------------------------------------
def test_the_window_opens_with_the_keyboard_in_the_input_line(qtbot, window, services, planned_meeting):
    assert window.capture.line.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Iedereen onderschrijft de vertrouwelijkheid ")
    assert window.capture.line.text().startswith("Iedereen onderschrijft")
    present = [p.present for p in services.meetings.get_meeting(planned_meeting.id).participants]
    assert present == [p.present for p in planned_meeting.participants]  # space toggled nobody


def test_phase_changes_tools_and_dialogs_give_the_focus_back(qtbot, window, monkeypatch):
    press(qtbot, Qt.Key.Key_F8)
    assert window.ui.attendance.list.hasFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert window.capture.line.hasFocus()
    press(qtbot, Qt.Key.Key_F8)
    press(qtbot, Qt.Key.Key_PageDown)  # a phase change from inside the tool
    assert window.step.phase_key == "presenteren" and window.capture.line.hasFocus()
    press(qtbot, Qt.Key.Key_F7)
    assert window.ui.overview.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert window.step.phase_key == "verhelderen" and window.capture.line.hasFocus()
    window.ui.items_view.setFocus()
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args, **_kwargs: QMessageBox.StandardButton.Ok)
    window.show_problem("De schijf is vol.")
    assert window.capture.line.hasFocus()
    press(qtbot, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog)
    keys = {dialog.tables[0].item(r, 0).text() for r in range(dialog.tables[0].rowCount())}
    assert {"F7", "F8", "F1", "Esc"} <= keys
    dialog.reject()
    qtbot.waitUntil(lambda: window.focusWidget() is window.capture.line)


# -- 2. the capture list ----------------------------------------------------------------------------
def record(qtbot, window, text: str) -> None:
    window.focus_capture()
    type_line(qtbot, window, text)
    press(qtbot, Qt.Key.Key_Return)


def test_the_capture_list_gets_the_room_and_a_readable_kind(qtbot, window):
    window.go_to(3)  # case 1, "Wat zien we?"
    assert window.step.phase_key == "wat_zien_we"
    for text in ("s: Twee loketten", "g: De wijkcoach bleef", "si: Meer scheidingen", "v: Hoe lang?"):
        record(qtbot, window, text)
    view = window.ui.items_view
    assert view.height() > window.ui.middle.height()  # what was captured gets the larger share
    metrics = view.fontMetrics()
    for row in range(4):
        label = view.model().index(row, 0).data()
        assert metrics.horizontalAdvance(label) < view.columnWidth(0)  # "Goede praktijk", not "Goe…"
        assert view.model().index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    heights = {view.rowHeight(row) for row in range(4)}
    assert len(heights) == 1 and heights.pop() < 2.5 * metrics.lineSpacing()  # one line each
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: view.rowHeight(0) < 2.5 * metrics.lineSpacing())
    window.go_to(1)  # presenting: the case text gets the room again
    assert window.ui.middle.height() > view.height()


def test_splitter_sizes_are_remembered_for_the_next_session(qtbot, window, services, planned_meeting):
    window.go_to(3)
    window.ui.vertical.setSizes([500, 100])
    window.ui.vertical.splitterMoved.emit(500, 1)
    moved = window.ui.vertical.sizes()
    window.close()
    again = FacilitationWindow(services, planned_meeting.id, settings=window.settings)
    qtbot.addWidget(again)
    again.begin()
    again.resize(1280, 720)
    again.show()
    again.go_to(3)
    qtbot.waitUntil(lambda: abs(again.ui.vertical.sizes()[0] - moved[0]) < 40)


# -- 3. phase tools by keyboard ------------------------------------------------------------------
def test_votes_over_budget_are_refused_with_a_message(qtbot, window):
    window.go_to(3)
    record(qtbot, window, "s: Twee loketten")
    record(qtbot, window, "s: Geen overdracht")
    window.go_to(5)  # Prioriteren
    assert window.step.phase_key == "prioriteren"
    window.ui.votes.budget.setValue(1)  # 1 dot × 3 present
    press(qtbot, Qt.Key.Key_F8)
    assert window.ui.votes.view.hasFocus()
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Plus)
    assert window.ui.votes.model.given() == 3
    assert window.ui.votes.message.isVisibleTo(window) and "3 dots" in window.ui.votes.message.text()
    assert "3 dots" in window.announcer.last
    press(qtbot, Qt.Key.Key_Escape)
    assert window.capture.line.hasFocus() and window.capture.line.text() == ""  # no "+" typed there


def test_who_can_act_leaves_the_observation_its_width(qtbot, window):
    window.go_to(3)
    record(qtbot, window, "s: Budget schuldhulp en Wmo gescheiden, en niemand die de regie houdt")
    window.go_to(4)
    assert window.step.phase_key == "wie_kan_wat"
    view = window.ui.actors.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    levels = sum(view.columnWidth(c) for c in range(1, view.model().columnCount()))
    assert view.columnWidth(0) > levels  # not one word per line
    assert view.model().headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
    press(qtbot, Qt.Key.Key_F8)
    press(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: bool(window.records.observations()[0].info.actors))


# -- 4. kinds ---------------------------------------------------------------------------------------
def test_each_phase_starts_with_its_usual_kind(window):
    kinds = {}
    for index, step in enumerate(window.steps[:7]):
        window.go_to(index)
        kinds[step.phase_key] = window.capture.kind()
    assert kinds["opening"] == CaptureKind.ACTION
    assert kinds["presenteren"] == CaptureKind.QUESTION
    assert kinds["verhelderen"] == CaptureKind.QUESTION
    assert kinds["wat_zien_we"] == CaptureKind.BARRIER
    assert kinds["wie_kan_wat"] == CaptureKind.GOVERNANCE_QUESTION


def test_the_kind_follows_a_prefix_and_an_action_asks_owner_and_date(
    qtbot, window, services, planned_meeting
):
    window.go_to(3)
    type_line(qtbot, window, "g: De wijkcoach")
    assert window.capture.kind() == CaptureKind.GOOD_PRACTICE
    assert "Kind: Good practice" in window.announcer.history
    press(qtbot, Qt.Key.Key_Return)
    assert window.capture.kind() == CaptureKind.BARRIER  # the prefix counted for that one line
    type_line(qtbot, window, "a: Raadsinformatiebrief sturen")
    press(qtbot, Qt.Key.Key_Return)
    assert window.capture.owner_edit.hasFocus() and window.capture.line.text()  # nothing stored yet
    qtbot.keyClicks(window.capture.owner_edit, "Griffie")
    press(qtbot, Qt.Key.Key_Tab)
    assert window.capture.owner_kind_combo.hasFocus()  # person, or a body that stays in the public report
    press(qtbot, Qt.Key.Key_Tab)
    assert window.capture.due_edit.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    actions = services.records.list_actions(planned_meeting.id)
    assert [(a.text, a.owner) for a in actions] == [("Raadsinformatiebrief sturen", "Griffie")]
    assert window.capture.line.hasFocus() and window.capture.owner_edit.text() == ""


# -- 5. toolbar -------------------------------------------------------------------------------------
def test_finish_stays_on_the_toolbar_at_1280_and_the_line_does_not_move(qtbot, window):
    window.resize(1280, 720)
    window.go_to(3)
    qtbot.wait(50)  # the phase's layout settles (the action fields of the opening went away)
    line_y = window.capture.line.mapTo(window, window.capture.line.rect().topLeft()).y()
    record(qtbot, window, "s: Een schot")
    assert window.records.undo_stack.undoText()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    QApplication.processEvents()
    assert window.capture.line.mapTo(window, window.capture.line.rect().topLeft()).y() == line_y
    bar = window.ui.toolbar
    for action in (window.ui.finish_action, window.ui.undo_action, window.ui.next_action, window.ui.pause_action,
                   window.ui.presenter_action, window.ui.contrast_action, window.ui.next_case_action):  # fmt: skip
        button = bar.widgetForAction(action)
        assert button.isVisible() and bar.rect().contains(button.geometry()), action.text()
    assert window.ui.undo_action.text() == "Undo" and "record" in window.ui.undo_action.toolTip()


def test_the_toolbar_can_be_reached_with_tab_and_every_button_has_a_name(window):
    buttons = [b for b in window.ui.toolbar.findChildren(QToolButton) if b.isVisible()]
    named = [b for b in buttons if b.objectName() != "qt_toolbar_ext_button"]
    assert len(named) >= 10
    for button in named:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName().strip()


# -- 6. presenter -----------------------------------------------------------------------------------
def test_presenter_says_paused_pages_long_cases_and_warns_without_a_second_screen(qtbot, window, services):
    window.go_to(1)
    window.presenter.resize(1280, 720)
    window.ui.presenter_action.trigger()
    qtbot.waitExposed(window.presenter)
    assert "second screen" in window.statusBar().currentMessage()
    assert "second screen" in window.announcer.last
    assert window.capture.line.hasFocus()
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert "paused" in window.presenter.visible_text()
    assert "paused" in window.ui.timer_label.accessibleName()
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert "paused" not in window.presenter.visible_text()
    window.presenter.case_text.setPlainText("Een lange casus. " * 400)
    qtbot.waitUntil(lambda: "page 1 of" in window.presenter.visible_text())
    press(qtbot, Qt.Key.Key_Down, CTRL)
    assert "page 2 of" in window.presenter.visible_text()


# -- 7. heard, not only seen ------------------------------------------------------------------------
def test_screen_reader_names_and_announcements(qtbot, window):
    timer = QAccessible.queryAccessibleInterface(window.ui.timer_label)
    assert timer.text(QAccessible.Text.Name) == "Time left 10:00"
    overview = window.ui.overview
    spoken = [overview.item(r).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(overview.count())]
    spoken = [s for s in spoken if s]
    assert spoken[0] == "Current phase: Opening en spelregels, 10 minutes"
    assert not any(mark in s for s in spoken for mark in ("▶", "′", "✓"))
    press(qtbot, Qt.Key.Key_PageDown)
    assert window.announcer.last.startswith("Phase 2 of")
    window.go_to(3)
    record(qtbot, window, "Twee loketten")
    assert window.announcer.last == "Recorded: barrier, 15 minutes left"
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert window.announcer.last == "Timer paused"
    press(qtbot, Qt.Key.Key_2, ALT)
    assert window.announcer.last == "Kind: Good practice"
    for combo in (window.capture.kind_combo, window.ui.screen_combo):  # on Linux: labelled by a buddy
        labels = QAccessible.queryAccessibleInterface(combo).relations(QAccessible.Relation.Label)
        assert [label.text(QAccessible.Text.Name) for label, _relation in labels] == [combo.accessibleName()]


# -- 13. English data labels ------------------------------------------------------------------------
def test_the_english_interface_shows_roles_kinds_and_phases_in_english(qtbot, services, planned_meeting):
    from casetafel.ui.widgets import data_labels

    data_labels.set_language("en")
    try:
        window = FacilitationWindow(services, planned_meeting.id, clock=FakeClock())
        qtbot.addWidget(window)
        qtbot.addWidget(window.presenter)
        window.begin()
        assert window.step.name == "Opening and ground rules"
        assert window.ui.question_label.text().startswith("Confidentiality")
        window.go_to(3)
        assert window.step.name == "What do we see?"
        window.capture.line.setText("s: Twee loketten")
        window.record(window.capture.request())
        assert window.ui.items_model.items[-1].kind_label == "Barrier"
        roles = [window.capture.role_combo.itemText(i) for i in range(window.capture.role_combo.count())]
        assert "Council member" in roles and "Raadslid" not in roles
        assert window.ui.actors.model.levels[-1].label == "National government"
    finally:
        data_labels.set_language("nl")
    assert services.taxonomy.labels("observation_kind")["schot"] == "Schot / knelpunt"  # stored as it was
