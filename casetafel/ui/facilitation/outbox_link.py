"""The window's side of the capture outbox (see ``services.outbox``): the sender's news as Qt signals, the
question when unsent lines would be left behind, and the start-up that sends what an earlier run left.

The sender runs on its own thread; ``OutboxSignals`` turns what it hears into queued Qt signals, so the
window handles them on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from casetafel.services.outbox import CaptureOutbox, OutboxListener, OutboxState

RETRY_WAIT_MS = 4000  # how long "Try again" waits for the server before asking again


class OutboxSignals(QObject):
    """An ``OutboxListener`` whose events arrive as Qt signals on the thread this object lives in."""

    sent = Signal(object, object)  # OutboxLine, the stored item
    state = Signal(object)  # OutboxState
    rejected = Signal(object, str)  # OutboxLine, the Dutch reason

    def __init__(self, outbox: CaptureOutbox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self._listener = _Relay(self)
        outbox.add_listener(self._listener)

    def detach(self) -> None:
        self.outbox.remove_listener(self._listener)


class _Relay(OutboxListener):
    def __init__(self, signals: OutboxSignals) -> None:
        self.signals = signals

    def line_sent(self, line, info) -> None:
        self.signals.sent.emit(line, info)

    def state_changed(self, state: OutboxState) -> None:
        self.signals.state.emit(state)

    def line_rejected(self, line, reason: str) -> None:
        self.signals.rejected.emit(line, reason)


def waiting_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("CaptureOutbox", "1 line is not on the shared database yet.")
    text = QCoreApplication.translate("CaptureOutbox", "%1 lines are not on the shared database yet.")
    return text.replace("%1", str(count))


def may_close_with_unsent_lines(parent: QWidget | None, outbox: CaptureOutbox | None) -> bool:
    """Before a window closes: with lines still waiting, ask whether to try again or close anyway (the
    lines stay in the outbox and are sent at the next start). False: stay open."""
    if outbox is None:
        return True
    while True:
        waiting = outbox.state().waiting
        if not waiting:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CaptureOutbox", "Lines not sent yet"),
            waiting_text(waiting),
            parent=parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CaptureOutbox",
                "The connection to the shared database is lost. Try again once the network is back, or close "
                "anyway: the lines stay on this computer and are sent when you start casetafel again on "
                "this shared database.",
            )
        )
        retry = box.addButton(
            QCoreApplication.translate("CaptureOutbox", "Try again"), QMessageBox.ButtonRole.AcceptRole
        )
        close = box.addButton(
            QCoreApplication.translate("CaptureOutbox", "Close anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        retry.setAccessibleName(QCoreApplication.translate("CaptureOutbox", "Try again to send the lines"))
        close.setAccessibleName(
            QCoreApplication.translate("CaptureOutbox", "Close anyway and send the lines at the next start")
        )
        box.setDefaultButton(retry)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is close:
            return True
        if clicked is not retry:
            return False
        _wait_for_sending(outbox)


def _wait_for_sending(outbox: CaptureOutbox) -> None:
    """Ask the sender to try at once and wait (events keep running) until it sent all or gave up."""
    outbox.retry_now()
    timer = QElapsedTimer()
    timer.start()
    loop = QEventLoop()
    while timer.elapsed() < RETRY_WAIT_MS and outbox.state().waiting:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if timer.elapsed() > 300 and not outbox.online:
            break  # tried and failed: ask again


def send_left_over(parent: QWidget | None, outbox: CaptureOutbox) -> int:
    """At start-up on a shared database: send the lines an earlier run could not (oldest first, before
    anything else is captured), tell the user, and start the sender. Returns how many were sent."""
    waiting = outbox.state().waiting
    sent = outbox.send_pending() if waiting else 0
    outbox.start()
    if not waiting:
        return 0
    message = QCoreApplication.translate(
        "CaptureOutbox",
        "%1 lines typed at the table earlier had not reached the shared database; they are stored now.",
    ).replace("%1", str(sent))
    left = waiting - sent
    if left:
        message += (
            " "
            + waiting_text(left)
            + " "
            + QCoreApplication.translate(
                "CaptureOutbox", "They are sent as soon as the server can be reached."
            )
        )
    QMessageBox.information(parent, QCoreApplication.translate("CaptureOutbox", "Lines sent"), message)
    return sent
