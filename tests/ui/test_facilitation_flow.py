"""A whole session run by keyboard alone: two cases, every phase, observations, governance questions,
actions, who-can-act and dot votes; then what the database holds and what the presenter shows (and
never shows)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from casetafel.services.errors import StorageFailedError
from casetafel.services.facilitation import CAPTURE_DRAFT, FacilitationService
from casetafel.storage.errors import WriteError
from casetafel.ui.facilitation.summary import report_dialog_class
from casetafel.ui.facilitation.window import FacilitationWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot, services, planned_meeting, clock):
    main = FacilitationWindow(services, planned_meeting.id, clock=clock)
    qtbot.addWidget(main)
    qtbot.addWidget(main.presenter)
    main.begin()
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.capture.line.setFocus()
    return main


class Keyboard:
    """Sends keys to whatever widget has the focus, as a person at the keyboard would."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window

    def target(self):
        return QApplication.focusWidget() or self.window

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.target(), key, modifier)
            QApplication.processEvents()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.target(), text)

    def record(self, text: str) -> None:
        self.key(Qt.Key.Key_L, CTRL)
        self.type(text)
        self.key(Qt.Key.Key_Return)


def insight_texts(presenter) -> list[str]:
    """Every insight the presenter has for this case (those that do not fit on the screen are counted)."""
    return [insight.text for insight in presenter.content.insights]


def spend(window, clock: FakeClock, seconds: float) -> None:
    clock.now += seconds
    window.ui.timer.refresh()


def test_a_whole_session_by_keyboard(qtbot, window, services, planned_meeting, clock, monkeypatch) -> None:
    kb = Keyboard(qtbot, window)
    presenter = window.presenter
    first, second = planned_meeting.agenda
    sid = planned_meeting.id
    assert services.meetings.get_meeting(sid).status == "bezig"

    # Opening: attendance by keyboard, notes that are never projected, the presenter on.
    assert window.step.phase_key == "opening"
    kb.key(Qt.Key.Key_F8)
    assert window.ui.attendance.list.hasFocus()
    kb.key(Qt.Key.Key_End)
    kb.key(Qt.Key.Key_Space)
    assert [p.present for p in services.meetings.get_meeting(sid).participants] == [True, True, False]
    kb.key(Qt.Key.Key_Space)
    kb.key(Qt.Key.Key_N, CTRL | SHIFT)
    kb.type("Geheime notitie gespreksleider")
    kb.key(Qt.Key.Key_L, CTRL)  # back to the input line
    kb.key(Qt.Key.Key_P, CTRL | SHIFT)
    assert presenter.isVisible()
    spend(window, clock, 9 * 60)
    assert window.ui.timer.state() == "bijna"

    # Case 1: present, clarify, observe.
    kb.key(Qt.Key.Key_PageDown)
    assert (window.step.case_id, window.step.phase_key) == (first.case_id, "presenteren")
    assert "Mevrouw A. raakte na de scheiding" in presenter.visible_text()
    spend(window, clock, 11 * 60 + 5)
    assert window.ui.timer.text() == "+01:05" and window.ui.timer.state() == "overtijd"
    assert "+01:05" in presenter.visible_text()
    kb.key(Qt.Key.Key_Right, CTRL)
    assert window.step.phase_key == "verhelderen"
    kb.record("v: Hoe lang duurde de wachttijd?")
    kb.key(Qt.Key.Key_PageDown)
    assert window.step.phase_key == "wat_zien_we"
    kb.key(Qt.Key.Key_1, ALT)
    kb.record("Twee loketten voor een gezin")
    kb.record("g: De wijkcoach bleef betrokken")
    kb.record("si: Meer scheidingen met schulden")
    kb.record("Budget schuldhulp en Wmo gescheiden")
    kb.key(Qt.Key.Key_2, ALT)
    kb.record("Korte lijnen met de huisarts")
    kb.key(Qt.Key.Key_M, CTRL)  # one more minute
    kb.key(Qt.Key.Key_P, CTRL)  # pause
    assert not window.ui.timer.countdown.running and window.ui.timer.countdown.extra_seconds == 60
    spend(window, clock, 600)
    assert window.ui.timer.countdown.elapsed() == 0
    kb.key(Qt.Key.Key_P, CTRL)  # resume
    spend(window, clock, 300)

    # A draft in the input line is never projected; Ctrl+Z on an empty line undoes the last record.
    kb.record("Per ongeluk vastgelegd")
    # The projector follows a moment later (the input line and the list come first).
    qtbot.waitUntil(lambda: "Per ongeluk vastgelegd" in presenter.visible_text(), timeout=1000)
    kb.key(Qt.Key.Key_Z, CTRL)
    assert "Per ongeluk vastgelegd" not in presenter.visible_text()
    kb.type("concept nog niet af")
    text = presenter.visible_text()
    # Newest first, only whole items; what does not fit is counted, not cut off mid-line.
    assert "Korte lijnen met de huisarts" in text and "Wat zien we?" in text
    shown = len(presenter.insights.toPlainText().split("\n")) // 2
    assert f"and {6 - shown} more" in text  # six items in this case; the rest is counted
    assert "Welke schotten, goede praktijken en signalen zien we?" in text
    assert "concept nog niet af" not in text
    kb.key(Qt.Key.Key_A, CTRL)
    kb.key(Qt.Key.Key_Backspace)

    # Edit inline (F2) and delete with undo in the live list, by keyboard.
    view = window.ui.items_view
    view.setFocus()
    kb.key(Qt.Key.Key_Home, CTRL)
    kb.key(Qt.Key.Key_Down)  # the first observation of this phase
    kb.key(Qt.Key.Key_Right)
    kb.key(Qt.Key.Key_F2)
    kb.key(Qt.Key.Key_A, CTRL)
    kb.type("Twee loketten voor een gezin met schulden")
    kb.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Twee loketten voor een gezin met schulden" in insight_texts(presenter))
    assert view.hasFocus()
    kb.key(Qt.Key.Key_Delete)
    assert "Twee loketten voor een gezin met schulden" not in insight_texts(presenter)
    kb.key(Qt.Key.Key_Z, CTRL)
    assert "Twee loketten voor een gezin met schulden" in insight_texts(presenter)

    # Who can act: keys 1-6 on the selected observation; a governance question with council role and theme.
    kb.key(Qt.Key.Key_PageDown)
    assert window.step.phase_key == "wie_kan_wat"
    kb.key(Qt.Key.Key_F8)
    assert window.ui.actors.view.hasFocus()
    kb.key(Qt.Key.Key_Down)
    kb.key(Qt.Key.Key_3)
    kb.key(Qt.Key.Key_4)
    kb.key(Qt.Key.Key_Down)
    kb.key(Qt.Key.Key_1)
    kb.key(Qt.Key.Key_L, CTRL)
    kb.type("Wat kost het ontschotten van schuldhulp en Wmo?")
    kb.key(Qt.Key.Key_Tab)
    assert window.capture.council_combo.hasFocus()
    kb.key(Qt.Key.Key_Down)
    kb.key(Qt.Key.Key_Tab)
    kb.key(Qt.Key.Key_Down, times=2)
    kb.key(Qt.Key.Key_L, CTRL)
    kb.key(Qt.Key.Key_Return)

    # Prioritising: dots per item with + and -.
    kb.key(Qt.Key.Key_PageDown)
    assert window.step.phase_key == "prioriteren"
    assert window.ui.votes.budget.value() == 3
    assert "× 3" in window.ui.votes.total.text() and "= 9" in window.ui.votes.total.text()
    kb.key(Qt.Key.Key_F8)
    kb.key(Qt.Key.Key_Plus, times=3)
    kb.key(Qt.Key.Key_Down)
    kb.key(Qt.Key.Key_Plus, times=2)
    kb.key(Qt.Key.Key_Minus)
    kb.key(Qt.Key.Key_End, CTRL)
    kb.key(Qt.Key.Key_Plus, times=4)
    assert presenter.content.insights[0].votes == 4
    assert "●●●●" in presenter.visible_text()

    # Actions: owner by keyboard.
    kb.key(Qt.Key.Key_PageDown)
    assert window.step.phase_key == "afspraken"
    kb.key(Qt.Key.Key_L, CTRL)
    kb.type("Notitie over wachttijden schuldhulp")
    kb.key(Qt.Key.Key_Tab)
    assert window.capture.owner_edit.hasFocus()
    kb.type("Griffie")
    kb.key(Qt.Key.Key_L, CTRL)
    kb.key(Qt.Key.Key_Return)

    # Case 2 by Ctrl+PageDown, its phases by jumping from the overview list.
    kb.key(Qt.Key.Key_PageDown, CTRL)
    assert (window.step.case_id, window.step.phase_key) == (second.case_id, "presenteren")
    assert "De zoon van het gezin K." in presenter.visible_text()
    assert "Twee loketten" not in presenter.visible_text()
    kb.key(Qt.Key.Key_F7)
    assert window.ui.overview.hasFocus()
    kb.key(Qt.Key.Key_Down, times=2)
    kb.key(Qt.Key.Key_Return)
    assert (window.step.case_id, window.step.phase_key) == (second.case_id, "wat_zien_we")
    kb.record("s: Zorg stopt abrupt bij achttien")
    kb.record("si: Meer jongeren tussen Jeugdwet en Wmo")
    kb.record("g: Mentor van school bleef")
    kb.record("s: Geen overdracht tussen consulenten")
    kb.record("v: Wie voert de regie na achttien?")
    kb.record("bv: Hoe borgen we de overgang naar achttien?")
    kb.record("bv: Wat vraagt dit van de regio?")
    kb.record("a: Raadsinformatiebrief over 18-min en 18-plus")
    assert window.capture.owner_edit.hasFocus()  # an action first offers owner and due date
    kb.key(Qt.Key.Key_Return)  # recorded without them
    assert window.capture.line.hasFocus() and window.capture.line.text() == ""
    kb.key(Qt.Key.Key_PageDown, times=2)
    assert window.step.phase_key == "prioriteren"
    kb.key(Qt.Key.Key_F8)
    kb.key(Qt.Key.Key_Plus, times=5)
    kb.key(Qt.Key.Key_PageUp, CTRL)
    assert window.step.case_id == first.case_id and window.step.phase_key == "presenteren"
    kb.key(Qt.Key.Key_PageDown, CTRL)
    kb.key(Qt.Key.Key_PageDown, CTRL)
    assert window.step.phase_key == "evaluatie" and window.step.case_id is None
    kb.key(Qt.Key.Key_F8)
    kb.type("Meer tijd voor prioriteren")
    window.save_now()

    # What the presenter shows, and never shows, for case 2.
    kb.key(Qt.Key.Key_PageUp, CTRL)
    kb.key(Qt.Key.Key_PageDown, times=2)
    text = presenter.visible_text()
    assert "De zoon van het gezin K." in text
    # The insights pane has no scroll bar: it renders only as many (newest first) as can fit.
    assert "Zorg stopt abrupt bij achttien" in [i.text for i in presenter.content.insights]
    assert presenter.content.insights[0].text in text
    assert "Hoe borgen we de overgang naar achttien?" in text
    for hidden in (
        "Ingrid Hoekstra",
        "Pieter Bos",
        "Raadslid",
        "Geheime notitie",
        "Griffie",
        "anonimiser",
        "⚠",
    ):
        assert hidden not in text, hidden

    # The database holds every record.
    records = services.records
    observations = records.list_observations(sid)
    questions = records.list_questions(sid)
    actions = records.list_actions(sid)
    assert len(observations) >= 10 and len(questions) == 3 and len(actions) == 2
    by_text = {o.text: o for o in observations}
    assert by_text["Twee loketten voor een gezin met schulden"].actors == ("college", "raad")
    assert by_text["De wijkcoach bleef betrokken"].kind == "goede_praktijk"
    assert by_text["Meer scheidingen met schulden"].kind == "signaal"
    assert by_text["Hoe lang duurde de wachttijd?"].kind == "vraag"
    assert "Per ongeluk vastgelegd" not in by_text
    assert by_text["Hoe lang duurde de wachttijd?"].votes == 3
    assert by_text["Twee loketten voor een gezin met schulden"].votes == 1
    question = next(q for q in questions if q.text.startswith("Wat kost het ontschotten"))
    assert (question.council_role, question.theme, question.votes) == ("kaderstellend", "ontschotten", 4)
    assert next(a for a in actions if a.text.startswith("Notitie")).owner == "Griffie"
    assert sum(o.votes for o in observations) + sum(q.votes for q in questions) == 3 + 1 + 4 + 5
    meeting = services.meetings.get_meeting(sid)
    assert meeting.evaluation == "Meer tijd voor prioriteren"
    assert meeting.notes.endswith("Geheime notitie gespreksleider")
    state = FacilitationService(services.db).run_state(sid)
    opening = state.timing("sessie:opening")
    assert opening.elapsed_seconds == 9 * 60
    seen = state.timing(f"casus{first.case_id}:wat_zien_we")
    assert (seen.elapsed_seconds, seen.extra_seconds) == (300, 60)

    # Finish: status, summary, no dead report button.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.activateWindow()
    window.capture.line.setFocus()
    kb.key(Qt.Key.Key_E, CTRL | SHIFT)
    assert services.meetings.get_meeting(sid).status == "afgerond"
    summary = window.summary
    qtbot.addWidget(summary)
    shown = summary.text.toPlainText()
    assert "Bestuurlijke vragen" in shown or "Governance questions" in shown
    assert "Wat kost het ontschotten van schuldhulp en Wmo?" in shown
    assert all(q.number in shown for q in questions) and all(a.number in shown for a in actions)
    assert (summary.report_button is None) == (report_dialog_class() is None)
    assert not presenter.isVisible()


def test_a_record_and_its_emptied_draft_are_saved_together(
    qtbot, window, services, planned_meeting, monkeypatch
):
    kb = Keyboard(qtbot, window)
    facilitation = FacilitationService(services.db)
    sid = planned_meeting.id
    kb.key(Qt.Key.Key_PageDown, times=3)
    assert window.step.phase_key == "wat_zien_we"
    view = window.ui.items_view
    kb.type("Wachtlijst voor schuldhulp")
    window.save_drafts()  # what the one-second timer does while typing
    assert facilitation.drafts(sid)[CAPTURE_DRAFT] == "Wachtlijst voor schuldhulp"

    # The second part (the emptied draft) fails: the observation is not stored either, nothing changes.
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: messages.append(text))
    real_save = FacilitationService.save_drafts

    def full_disk(self, meeting_id, texts):
        raise StorageFailedError(WriteError("de schijf is vol"))  # what a service raises

    monkeypatch.setattr(FacilitationService, "save_drafts", full_disk)
    kb.key(Qt.Key.Key_Return)
    assert messages and "schijf is vol" in messages[0]
    assert window.capture.line.text() == "Wachtlijst voor schuldhulp"
    assert view.model().rowCount() == 0 and window.records.undo_stack.count() == 0
    assert services.records.list_observations(sid) == []
    assert facilitation.drafts(sid)[CAPTURE_DRAFT] == "Wachtlijst voor schuldhulp"

    # With room on the disk again, Enter stores both at once: a kill right after loses nothing and
    # brings back no text that was already recorded.
    monkeypatch.setattr(FacilitationService, "save_drafts", real_save)
    kb.key(Qt.Key.Key_Return)
    assert [o.text for o in services.records.list_observations(sid)] == ["Wachtlijst voor schuldhulp"]
    assert facilitation.drafts(sid)[CAPTURE_DRAFT] == ""
    assert window.capture.line.text() == "" and view.model().rowCount() == 1
    kb.key(Qt.Key.Key_Z, CTRL)
    assert view.model().rowCount() == 0 and services.records.list_observations(sid) == []


def test_the_newest_record_is_always_in_view(qtbot, window) -> None:
    kb = Keyboard(qtbot, window)
    kb.key(Qt.Key.Key_PageDown, times=3)
    view = window.ui.items_view
    for number in range(30):
        kb.record(f"Observatie {number} over de wachtlijst")
    last = view.model().rowCount() - 1
    assert view.model().items[last].text == "Observatie 29 over de wachtlijst"
    rect = view.visualRect(view.model().index(last, 1))
    assert rect.isValid() and rect.top() >= 0 and rect.bottom() <= view.viewport().height()


def test_a_case_without_confirmed_anonymisation_cannot_start(qtbot, services, planned_meeting, monkeypatch):
    from casetafel.ui.facilitation.launch import start_facilitation

    services.cases.revoke_anonymisation(planned_meeting.agenda[0].case_id)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    assert start_facilitation(None, services, planned_meeting.id) is None
    assert "Anonimisering bevestigen" in shown[0][1] and planned_meeting.agenda[0].case_code in shown[0][1]
    assert services.meetings.get_meeting(planned_meeting.id).status == "gepland"
