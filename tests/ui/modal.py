"""Answering a modal dialog from a test without ever hanging the run.

A modal dialog runs its own event loop (``exec``), so a test answers it from a timer. If the answer fails
(an exception, a key that went to another widget), the dialog would wait forever and so would the test
run: ``when_modal`` closes the dialog then and fails the test instead, and it stops looking after a
deadline. ``ModalWatchdog`` (tests/conftest.py) closes any modal dialog left open too long in any test.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

POLL_MS = 20
DEADLINE_S = 20.0  # longer than any dialog takes to open, even on a loaded CI machine
ANSWER_S = 5.0  # after the answer, the dialog must be gone within this


def close_modal(widget: QWidget) -> None:
    """Close a modal dialog the way Escape would, so its ``exec`` returns."""
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


ANSWERS: list[ModalAnswer] = []  # this test's answers; the watchdog fixture checks them at its end


class ModalAnswer:
    """What ``when_modal`` saw: the dialogs it answered and what went wrong, if anything (checked at the
    test's end by the watchdog fixture, or earlier with ``check()``)."""

    def __init__(self) -> None:
        self.dialogs: list[QWidget] = []
        self.notes: list[object] = []  # what ``note(dialog)`` read before the answer, one per dialog
        self.errors: list[str] = []
        self.stopped = False  # set at the test's end: a dialog of a later test is never answered here

    def __bool__(self) -> bool:
        return bool(self.dialogs)

    def __getitem__(self, index: int) -> object:
        """What was noted of the index-th dialog (the dialog itself may be deleted once it closed)."""
        return self.notes[index]

    def __len__(self) -> int:
        return len(self.dialogs)

    def check(self) -> None:
        """Fail the test if answering went wrong."""
        if self.errors:
            raise AssertionError("; ".join(self.errors))


def when_modal(
    kind: type,
    act: Callable[[QWidget], None],
    *,
    times: int = 1,
    note: Callable[[QWidget], object] | None = None,
) -> ModalAnswer:
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is open, ``times`` times in a row.

    ``note(dialog)`` reads what the test wants to check later, before the answer: the program may delete
    the dialog as soon as it closes, so the test keeps values, not the dialog.

    The test goes on inside the dialog's event loop. If ``act`` raises, or the dialog is still open
    ``ANSWER_S`` after it, the dialog is closed and the error recorded (``answer.check()`` raises it).
    """
    answer = ModalAnswer()
    ANSWERS.append(answer)
    started = time.monotonic()
    remaining = [times]

    def still_open(dialog: QWidget) -> None:  # runs only while the dialog exists (its timer's context)
        if dialog.isVisible() and QApplication.activeModalWidget() is dialog:
            answer.errors.append(f"the {type(dialog).__name__} stayed open after the answer; closed it")
            close_modal(dialog)

    def look() -> None:
        if answer.stopped:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog not in answer.dialogs:
            answer.dialogs.append(dialog)
            try:
                answer.notes.append(note(dialog) if note is not None else None)
                act(dialog)
            except BaseException as error:  # noqa: BLE001 - anything: the dialog must not stay open
                answer.errors.append(f"answering the {type(dialog).__name__} failed: {error!r}")
                close_modal(dialog)
                return
            QTimer.singleShot(int(ANSWER_S * 1000), dialog, lambda: still_open(dialog))
            remaining[0] -= 1
            if remaining[0] > 0:
                QTimer.singleShot(POLL_MS, look)
            return
        if time.monotonic() - started > DEADLINE_S:
            answer.errors.append(f"no {kind.__name__} opened within {DEADLINE_S:.0f} s")
            return
        QTimer.singleShot(POLL_MS, look)

    QTimer.singleShot(0, look)
    return answer


class ModalWatchdog:
    """Closes a modal dialog that has stayed open longer than ``limit_s`` and remembers it.

    Runs from a timer, which also fires inside a dialog's own event loop; the test then fails with the
    dialog's title instead of hanging the whole run.
    """

    def __init__(self, limit_s: float = 60.0) -> None:
        self.limit_s = limit_s
        self.stuck: list[str] = []
        self._seen: tuple[int, float] | None = None
        self._timer = QTimer()
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            self._seen = None
            return
        now = time.monotonic()
        if self._seen is None or self._seen[0] != id(dialog):
            self._seen = (id(dialog), now)
            return
        if now - self._seen[1] > self.limit_s:
            text = getattr(dialog, "text", None)
            what = text() if callable(text) else ""
            self.stuck.append(f"{type(dialog).__name__} '{dialog.windowTitle()}' {what}".strip())
            self._seen = None
            close_modal(dialog)

    def stop(self) -> None:
        self._timer.stop()
