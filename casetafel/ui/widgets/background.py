"""One way to do long work without freezing the window: ``run_in_background``.

The operation is plain Python: it gets no widgets and shares no database session (fetch the data on the
GUI thread first; the services return plain dataclasses). It runs on a worker thread of the global
``QThreadPool``. Its result, or the exception it raised, comes back on the GUI thread through a queued
signal of a relay object that lives there. A progress dialog appears only when the work takes longer than
half a second; it shows ``progress(done, total)`` when the operation takes that callable, and its cancel
button stops the operation at its next progress call and drops the result.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500

Progress = Callable[[int, int], None]


class Cancelled(Exception):  # noqa: N818 - not an error: the user stopped the work
    """Raised inside the operation by ``progress`` once the user pressed Cancel."""


def takes_progress(op: Callable[..., Any]) -> bool:
    """Whether ``op`` accepts one positional argument (the progress callable)."""
    try:
        signature = inspect.signature(op)
    except (TypeError, ValueError):
        return False
    try:
        signature.bind(lambda done, total: None)
    except TypeError:
        return False
    return True


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the slots run on the GUI thread (queued connection)."""

    done = Signal(bool, object)
    progressed = Signal(int, int)

    def __init__(self, parent_widget: QWidget | None, on_success, on_failure, label: str | None) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.on_success = on_success
        self.on_failure = on_failure
        self.cancelled = False
        self.dialog: QProgressDialog | None = None
        if label is not None:
            self.dialog = QProgressDialog(
                label, QCoreApplication.translate("Background", "Cancel"), 0, 0, parent_widget
            )
            self.dialog.setWindowTitle(QCoreApplication.translate("Background", "Please wait"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setMinimumDuration(SHOW_AFTER_MS)
            self.dialog.canceled.connect(self._cancel)
        self.done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def report_progress(self, done: int, total: int) -> None:
        """Called on the worker thread by the operation."""
        if self.cancelled:
            raise Cancelled()
        self.progressed.emit(int(done), int(total))

    @Slot()
    def _cancel(self) -> None:
        self.cancelled = True
        self._close_dialog()

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.cancelled and shiboken6.isValid(self.dialog):
            if self.dialog.maximum() != max(total, 0):
                self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(max(done, 0), max(total, 0)))

    @Slot(bool, object)
    def _finish(self, ok: bool, value: object) -> None:
        self._close_dialog()
        _RUNNING.discard(self)
        if self.cancelled:
            return
        if self.parent_widget is not None and not shiboken6.isValid(self.parent_widget):
            return  # the window that asked has been closed; nobody wants the result any more
        if ok:
            self.on_success(value)
        else:
            self.on_failure(value)

    def _close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.canceled.disconnect(self._cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None


class _Job(QRunnable):
    def __init__(self, op: Callable[..., Any], relay: _Relay) -> None:
        super().__init__()
        self.op = op
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.op(self.relay.report_progress) if takes_progress(self.op) else self.op()
        except BaseException as error:  # noqa: BLE001 - handed to on_failure on the GUI thread
            self.relay.done.emit(False, error)
        else:
            self.relay.done.emit(True, result)


_RUNNING: set[_Relay] = set()  # keeps relays alive until their result has been delivered


def run_in_background(
    parent: QWidget | None,
    op: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    label: str | None,
) -> Callable[[], None]:
    """Run ``op()`` or ``op(progress)`` on a worker thread; call ``on_success(result)`` or
    ``on_failure(exception)`` on the GUI thread. With a ``label`` a progress dialog appears after half
    a second; ``label=None`` works quietly. Nothing is called back once ``parent`` is deleted or the user
    cancelled. Returns a function that cancels the work."""
    relay = _Relay(parent, on_success, on_failure, label)
    _RUNNING.add(relay)
    QThreadPool.globalInstance().start(_Job(op, relay))
    return relay._cancel


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """Wait until the worker threads are idle (for tests and shutdown); results still arrive queued."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
