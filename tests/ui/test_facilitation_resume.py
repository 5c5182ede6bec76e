"""Resume after a crash: a child process runs the table offscreen, records items, types a draft, and is
killed with SIGKILL; the next start offers to resume at the same case and phase, with the timer's
state, every item confirmed with Enter, and the half-typed text back in the input line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from casetafel.services.container import Services
from casetafel.services.facilitation import FacilitationService
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.facilitation.launch import offer_resume

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from casetafel.services.container import Services
    from casetafel.ui.facilitation.window import FacilitationWindow

    app = QApplication(sys.argv)
    services = Services.open(Path(sys.argv[1]))
    window = FacilitationWindow(services, int(sys.argv[2]))
    window.begin()
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    line = window.capture.line
    line.setFocus()
    CTRL = Qt.KeyboardModifier.ControlModifier
    for _ in range(3):
        QTest.keyClick(line, Qt.Key.Key_PageDown)
    for text in ("s: Twee loketten", "g: Korte lijnen met de huisarts", "bv: Wat kost ontschotten?"):
        QTest.keyClicks(line, text)
        QTest.keyClick(line, Qt.Key.Key_Return)
    QTest.qWait(300)
    QTest.keyClick(line, Qt.Key.Key_M, CTRL)
    QTest.keyClick(line, Qt.Key.Key_P, CTRL)
    QTest.keyClicks(line, "half getypte zin over de wachtlijst")
    QTest.qWait(1500)
    countdown = window.ui.timer.countdown
    print("READY", window.step.key, repr(countdown.elapsed()), countdown.extra_seconds, flush=True)
    while True:
        QTest.qWait(100)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_resume_after_the_process_is_killed(qtbot, services, planned_meeting, db_path, monkeypatch) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(planned_meeting.id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        ready = child.stdout.readline().split()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert ready and ready[0] == "READY", ready
    step_key, elapsed, extra = ready[1], float(ready[2]), int(ready[3])
    first_case = planned_meeting.agenda[0].case_id
    assert step_key == f"casus{first_case}:wat_zien_we"

    restarted = Services.open(db_path)
    try:
        assert restarted.meetings.get_meeting(planned_meeting.id).status == "bezig"
        asked = []

        def answer_yes(_parent, title, text, *args, **kwargs):
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", answer_yes)
        window = offer_resume(None, restarted, restarted.meetings.resumable_runs()[0])
        assert window is not None
        qtbot.addWidget(window)
        qtbot.addWidget(window.presenter)
        assert "Casustafel november" in asked[0] and "Wat zien we?" in asked[0]

        assert (window.step.case_id, window.step.phase_key) == (first_case, "wat_zien_we")
        countdown = window.ui.timer.countdown
        assert not countdown.running
        assert countdown.extra_seconds == extra == 60
        assert countdown.elapsed() == pytest.approx(elapsed, abs=0.01)
        assert [item.text for item in window.ui.items_model.items] == [
            "Twee loketten",
            "Korte lijnen met de huisarts",
            "Wat kost ontschotten?",
        ]
        assert window.capture.line.text() == "half getypte zin over de wachtlijst"
        assert "half getypte zin" not in window.presenter.visible_text()
        window.close()
    finally:
        restarted.close()


def test_nothing_to_resume_asks_nothing(qtbot, services, planned_meeting, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: pytest.fail("asked without a running session")
    )
    window = MainWindow(services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resume_table()
    assert getattr(window, "facilitation_window", None) is None


def test_the_question_names_the_first_step_when_no_position_was_saved(
    qtbot, services, planned_meeting, tmp_path, monkeypatch
):
    FacilitationService(services.db).start(planned_meeting.id)  # started, but no step saved yet
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resume_table()  # as at start-up
    assert window.facilitation_window is None
    assert "Opening en spelregels)" in asked[0]  # the first step, not an empty place
