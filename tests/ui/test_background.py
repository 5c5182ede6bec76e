"""run_in_background: the work runs on a worker thread, its result or error comes back on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QProgressDialog, QWidget

from casetafel.ui.widgets.background import run_in_background, takes_progress


def test_op_runs_off_the_gui_thread_and_success_comes_back_on_it(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def op() -> int:
        seen["op_thread"] = threading.get_ident()
        return 42

    def success(value: int) -> None:
        seen["success_thread"] = threading.get_ident()
        seen["value"] = value

    run_in_background(parent, op, success, lambda error: seen.setdefault("error", error), label=None)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["op_thread"] != gui
    assert seen["success_thread"] == gui
    assert seen["value"] == 42 and "error" not in seen


def test_failure_gets_the_exception_on_the_gui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def op() -> None:
        raise OSError("schijf vol")

    def failure(error: BaseException) -> None:
        seen["thread"] = threading.get_ident()
        seen["error"] = error

    run_in_background(parent, op, lambda value: seen.setdefault("value", value), failure, label=None)
    qtbot.waitUntil(lambda: "error" in seen)
    assert isinstance(seen["error"], OSError) and str(seen["error"]) == "schijf vol"
    assert seen["thread"] == threading.get_ident() and "value" not in seen


def test_slow_work_shows_progress_and_the_window_stays_responsive(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results = []
    release = threading.Event()

    def op(progress) -> str:
        for step in range(3):
            progress(step, 3)
            time.sleep(0.25)
        release.wait(5)
        progress(3, 3)
        return "klaar"

    run_in_background(parent, op, results.append, results.append, label="Bezig…")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=3000)
    dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
    assert dialog.labelText() == "Bezig…"
    assert dialog.maximum() == 3 and dialog.value() >= 1
    release.set()
    qtbot.waitUntil(lambda: results == ["klaar"])
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in parent.findChildren(QProgressDialog)))


def test_quick_work_shows_no_dialog(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results = []
    run_in_background(parent, lambda: "snel", results.append, results.append, label="Bezig…")
    qtbot.waitUntil(lambda: results == ["snel"])
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))


def test_cancel_stops_the_op_and_drops_the_result(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    stopped = threading.Event()
    results = []

    def op(progress) -> str:
        try:
            for step in range(200):
                progress(step, 200)
                time.sleep(0.01)
        except BaseException:
            stopped.set()
            raise
        return "klaar"

    cancel = run_in_background(parent, op, results.append, results.append, label="Bezig…")
    cancel()
    qtbot.waitUntil(stopped.is_set)
    qtbot.wait(100)
    assert results == []


def test_a_closed_parent_gets_no_callback(qtbot) -> None:
    parent = QWidget()
    results = []
    release = threading.Event()
    run_in_background(parent, lambda: release.wait(5), results.append, results.append, label=None)
    parent.deleteLater()
    qtbot.wait(50)
    release.set()
    qtbot.wait(200)
    assert results == []


def test_takes_progress() -> None:
    assert takes_progress(lambda progress: None)
    assert not takes_progress(lambda: None)
