"""Tafel leiden on a shared database whose connection drops: a line typed by keyboard is kept and marked
"not on the server yet", the status line counts what waits, a waiting line cannot be changed yet, the mark
goes once the server stored it, and closing with waiting lines asks first.

The outbox is the real one (a SQLite file, the real sender thread) on the test's database file; the
connection is cut by giving the sender a record service that cannot reach its server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from casetafel.domain.records import RecordKind
from casetafel.services.container import Services
from casetafel.services.errors import StorageFailedError
from casetafel.services.outbox import CaptureOutbox
from casetafel.storage.errors import WriteError
from casetafel.storage.outbox import Outbox
from casetafel.ui.facilitation.capture_list import DESCRIPTION, KIND
from casetafel.ui.facilitation.window import FacilitationWindow
from tests.ui.modal import when_modal


class Unreachable:
    def record(self, *_args, **_kwargs):
        raise StorageFailedError(WriteError("de verbinding met de gedeelde database is verbroken"))


@pytest.fixture
def outbox(services, tmp_path):
    sender = CaptureOutbox(services.records, Outbox(tmp_path / "outbox.sqlite"), retry_seconds=0.05)
    services.__dict__["capture_outbox"] = sender  # as on a shared database
    yield sender
    sender.stop()


@pytest.fixture
def window(qtbot, services, planned_meeting, outbox):
    main = FacilitationWindow(services, planned_meeting.id)
    qtbot.addWidget(main)
    qtbot.addWidget(main.presenter)
    main.begin()
    main.go_to(
        next(i for i, step in enumerate(main.steps) if step.phase_key == "wat_zien_we")
    )  # observations
    main.show()
    qtbot.waitExposed(main)
    main.capture.line.setFocus()
    return main


def type_line(qtbot, window, text: str) -> None:
    qtbot.keyClicks(window.capture.line, text)
    qtbot.keyClick(window.capture.line, Qt.Key.Key_Return)


def test_a_line_typed_without_connection_is_kept_marked_and_sent_later(qtbot, window, services, outbox):
    sid = window.meeting_id
    type_line(qtbot, window, "Stored at once")
    model = window.ui.items_model
    assert not model.items[-1].pending and model.data(model.index(0, KIND), DESCRIPTION) is None

    real, outbox.records = outbox.records, Unreachable()
    type_line(qtbot, window, "Typed while the network is down")
    type_line(qtbot, window, "And another one")
    assert window.capture.line.text() == ""  # the line is kept: the input is free for the next
    assert window.statusBar().currentMessage().startswith("Kept on this computer, not on the server yet")
    waiting = model.items[-2:]
    assert [i.pending for i in waiting] == [True, True]
    row = len(model.items) - 1
    assert "not on the server yet" in model.data(model.index(row, KIND))
    assert "Not on the shared database yet" in model.data(model.index(row, KIND), DESCRIPTION)
    qtbot.waitUntil(lambda: "2 lines waiting" in window.connection_label.text())
    assert window.connection_label.isVisible()

    window.ui.items_view.setCurrentIndex(model.index(row, KIND))
    window.ui.items_view.setFocus()
    qtbot.keyClick(window.ui.items_view, Qt.Key.Key_Delete)  # a waiting line cannot be deleted yet
    assert "not on the shared database yet" in window.statusBar().currentMessage()
    assert len(model.items) == 3

    outbox.records = real  # the network is back
    qtbot.waitUntil(lambda: not any(i.pending for i in model.items), timeout=10_000)
    assert "restored" in window.connection_label.text()
    stored = services.records.timeline(sid, window.step.case_id)
    assert [e.text for e in stored] == [
        "Stored at once",
        "Typed while the network is down",
        "And another one",
    ]
    assert [i.ref for i in model.items] == [e.ref for e in stored]
    assert outbox.pending() == []


def _answer_the_question(qtbot, button_text: str, seen: list[str]) -> None:
    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_modal(QMessageBox, answer)


def test_closing_with_waiting_lines_asks_and_keeps_them(qtbot, window, outbox):
    outbox.records = Unreachable()
    type_line(qtbot, window, "Not sent yet")
    seen: list[str] = []
    _answer_the_question(qtbot, "Cancel", seen)
    window.close()
    assert window.isVisible() and seen == ["1 line is not on the shared database yet."]

    _answer_the_question(qtbot, "Close anyway", seen)
    window.close()
    assert not window.isVisible()
    assert [line.text for line in outbox.pending()] == ["Not sent yet"]  # for the next start


def test_try_again_sends_and_closes(qtbot, window, services, outbox):
    real, outbox.records = outbox.records, Unreachable()
    type_line(qtbot, window, "Sent on the second try")
    qtbot.waitUntil(lambda: not outbox.online)
    outbox.records = real
    seen: list[str] = []
    _answer_the_question(qtbot, "Try again", seen)
    window.close()
    assert not window.isVisible() and outbox.pending() == []
    assert (
        services.records.timeline(window.meeting_id, whole_session=True)[-1].text == "Sent on the second try"
    )


def test_the_next_start_sends_what_an_earlier_run_left_and_says_so(qtbot, services, planned_meeting, outbox,
                                                                   tmp_path):  # fmt: skip
    from PySide6.QtCore import QSettings

    from casetafel.ui.app_shell.main_window import MainWindow

    sid = planned_meeting.id
    for text in ("Left by the earlier run", "And its second line"):  # as a killed program left them
        outbox.outbox.append(RecordKind.QUESTION.value, sid, None, text, {})
    main = MainWindow(services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    seen: list[str] = []
    _answer_the_question(qtbot, "OK", seen)
    main.resume_table()  # what the start-up does once the main window is on screen
    assert seen and seen[0].startswith(
        "2 lines typed at the table earlier had not reached the shared database"
    )
    assert [e.text for e in services.records.timeline(sid, whole_session=True)] == [
        "Left by the earlier run", "And its second line"]  # fmt: skip
    assert outbox.pending() == []

    outbox.records = Unreachable()  # the program closes while a line waits: it asks first
    outbox.capture(RecordKind.QUESTION, sid, None, "Typed just before closing")
    _answer_the_question(qtbot, "Close anyway", seen)
    main.close()
    assert seen[-1] == "1 line is not on the shared database yet." and not main.isVisible()


def test_the_table_goes_on_when_a_real_server_stops(qtbot, private_home):
    """On a PostgreSQL server of the test's own that is stopped mid-session: phases can still be changed,
    a line is kept and marked, nothing fails with a traceback; started again, the line is stored."""
    from tests.unit.test_outbox_network import OwnServer, _session

    if not Path("/usr/lib/postgresql").is_dir():
        pytest.skip("PostgreSQL is not installed")
    server = OwnServer()
    try:
        services = Services.open(server.new_database("village_hall"))
        sid = _session(services)
        services.capture_outbox.retry_seconds = 0.2
        main = FacilitationWindow(services, sid)
        qtbot.addWidget(main)
        qtbot.addWidget(main.presenter)
        main.begin()
        main.go_to(next(i for i, step in enumerate(main.steps) if step.phase_key == "wat_zien_we"))
        main.show()
        qtbot.waitExposed(main)
        server.stop()
        main.previous_phase()
        main.next_phase()
        assert main.step.phase_key == "wat_zien_we" and main.case_text
        type_line(qtbot, main, "Typed while the server is stopped")
        assert main.ui.items_model.items[-1].pending
        qtbot.waitUntil(lambda: "1 line waiting" in main.connection_label.text(), timeout=10_000)
        server.start()
        qtbot.waitUntil(lambda: not main.ui.items_model.items[-1].pending, timeout=20_000)
        assert [e.text for e in services.records.timeline(sid, whole_session=True)] == [
            "Typed while the server is stopped"
        ]
        main.close()
        services.close()
    finally:
        server.remove()
