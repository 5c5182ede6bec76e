"""The guards that keep a forgotten modal dialog from hanging the whole test run (tests/ui/modal.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.ui import modal


def test_the_watchdog_closes_a_dialog_nobody_answers(qtbot) -> None:
    watchdog = modal.ModalWatchdog(limit_s=1.0)
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Niemand antwoordt")
        qtbot.addWidget(box)
        box.exec()  # returns only because the watchdog closes it
        assert watchdog.stuck == ["QMessageBox 'Vraag' Niemand antwoordt"]
    finally:
        watchdog.stop()


def test_a_failing_answer_closes_the_dialog_and_is_reported(qtbot) -> None:
    def answer(box: QMessageBox) -> None:
        raise LookupError("geen knop Opslaan")

    answered = modal.when_modal(QMessageBox, answer)
    box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Opslaan?")
    qtbot.addWidget(box)
    assert box.exec() == 0  # rejected by the guard, not hanging
    assert len(answered) == 1
    assert answered.errors == ["answering the QMessageBox failed: LookupError('geen knop Opslaan')"]
    modal.ANSWERS.remove(answered)  # seen here; the watchdog fixture would fail the test with it


def test_an_answer_that_leaves_the_dialog_open_is_closed(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(modal, "ANSWER_S", 0.2)
    answered = modal.when_modal(QMessageBox, lambda box: None)  # answers nothing
    box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Opslaan?")
    qtbot.addWidget(box)
    box.exec()
    assert answered.errors == ["the QMessageBox stayed open after the answer; closed it"]
    modal.ANSWERS.remove(answered)
