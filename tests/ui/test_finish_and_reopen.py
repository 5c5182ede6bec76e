"""Finishing asks for confirmation through the real action (toolbar button and Ctrl+Shift+E), and a
finished session is reopened only with a reason, which its history keeps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolBar

from casetafel.ui.facilitation.window import FacilitationWindow
from casetafel.ui.prepare.reopen_dialog import ReopenDialog, reopen_session

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, services, planned_meeting):
    main = FacilitationWindow(services, planned_meeting.id, clock=lambda: 1000.0)
    qtbot.addWidget(main)
    qtbot.addWidget(main.presenter)
    main.begin()
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.capture.line.setFocus()
    return main


def answer_questions(monkeypatch, answer):
    asked: list[str] = []

    def question(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def finish_button(window):
    bar = window.findChild(QToolBar, "facilitation_toolbar")
    return bar.widgetForAction(window.ui.finish_action)


def test_the_toolbar_button_and_the_shortcut_ask_before_finishing(
    qtbot, window, services, monkeypatch
) -> None:
    sid = window.meeting_id
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(finish_button(window), Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert services.meetings.get_meeting(sid).status == "bezig"
    qtbot.keyClick(window.capture.line, Qt.Key.Key_E, CTRL_SHIFT)
    assert len(asked) == 2
    assert services.meetings.get_meeting(sid).status == "bezig"
    assert window.isVisible()

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(finish_button(window), Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert services.meetings.get_meeting(sid).status == "afgerond"
    qtbot.addWidget(window.summary)


def test_reopening_asks_a_reason_and_keeps_it(qtbot, services, planned_meeting) -> None:
    sid = planned_meeting.id
    services.facilitation.finish(sid)
    dialog = ReopenDialog(services, sid)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not ok.isEnabled()
    dialog.reason.setPlainText("Eigenaar en deadline van de afspraak aanvullen.")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == ReopenDialog.DialogCode.Accepted
    assert services.meetings.get_meeting(sid).status == "bezig"
    events = services.facilitation.history(sid)
    assert [e.event for e in events] == ["afgerond", "heropend"]
    assert events[-1].reason == "Eigenaar en deadline van de afspraak aanvullen."

    services.facilitation.finish(sid)
    again = ReopenDialog(services, sid)
    qtbot.addWidget(again)
    assert "Eigenaar en deadline van de afspraak aanvullen." in again.history.text()


def test_only_a_finished_session_can_be_reopened(qtbot, services, planned_meeting, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    assert reopen_session(None, services, planned_meeting.id) is None
    assert shown and services.meetings.get_meeting(planned_meeting.id).status == "gepland"


def test_the_table_menu_reopens_the_selected_session(qtbot, services, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from casetafel.services.demo import load_demo
    from casetafel.ui.app_shell.main_window import MainWindow

    load_demo(services)
    main = MainWindow(services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    finished = services.meetings.list_meetings(status="afgerond")[0]
    assert main.sessions_page.select_id(finished.id)
    main.reopen_action.trigger()
    dialog = main.reopen_dialog
    assert isinstance(dialog, ReopenDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Deadline aangevuld")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert services.meetings.get_meeting(finished.id).status == "bezig"
    assert services.facilitation.history(finished.id)[-1].reason == "Deadline aangevuld"


def test_the_file_menu_imports_a_session_and_shows_it(qtbot, services, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from casetafel.report.exports import write_json
    from casetafel.services.demo import load_demo
    from casetafel.ui.app_shell.main_window import MainWindow

    load_demo(services)
    finished = services.meetings.list_meetings(status="afgerond")[0]
    path = tmp_path / "sessie.json"
    write_json(services.reporting.report_data(finished.id), path)
    main = MainWindow(services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append("FOUT " + text))
    count = len(services.meetings.list_meetings())
    main.import_action.trigger()
    assert len(services.meetings.list_meetings()) == count + 1
    assert shown and "bestaat hier al" in shown[0]
    new_id = main.selected_meeting_id()
    assert new_id not in (None, finished.id)
    assert services.meetings.get_meeting(new_id).title == finished.title

    path.write_text("{kapot", encoding="utf-8")
    main.import_action.trigger()
    assert shown[-1].startswith("FOUT Het bestand is geen geldige JSON")
    assert len(services.meetings.list_meetings()) == count + 1
