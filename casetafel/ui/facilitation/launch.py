"""Starting "Tafel leiden" from the main window, and offering to resume a session that was running when
the program was closed or crashed.

A session is led by one facilitator at a time: the window opens only with the session's lock (see
``services.session_locks``), renews it while open and gives it free when it closes. A session led by
someone else does not open (the message says who, where and since when); a stale lock is taken over only
after asking."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from casetafel.services.anonymity import OpenFindingsError
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError, UnconfirmedCaseError
from casetafel.services.facilitation_plan import index_of
from casetafel.services.meetings import ResumableRun
from casetafel.services.session_locks import HEARTBEAT_SECONDS, SessionHeldError


def start_facilitation(
    parent: QWidget | None, services: Services, meeting_id: int | None, settings: QSettings | None = None
):
    """Open the facilitation window for ``session_id``; a refusal is explained in a message box."""
    if meeting_id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("FacilitationLaunch", "Run the table"),
            QCoreApplication.translate("FacilitationLaunch", "First choose a session in the list."),
        )
        return None
    from casetafel.ui.facilitation.window import FacilitationWindow  # loaded when a session starts

    if not take_session(parent, services, meeting_id):
        return None
    try:
        window = FacilitationWindow(services, meeting_id, settings=settings)
        window.begin()
    except (UnconfirmedCaseError, OpenFindingsError) as error:
        release_session(services, meeting_id)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("FacilitationLaunch", "The session cannot start yet"),
            str(error),
        )
        return None
    except ServiceError as error:
        release_session(services, meeting_id)
        QMessageBox.warning(
            parent, QCoreApplication.translate("FacilitationLaunch", "The session cannot start"), str(error)
        )
        return None
    SessionLockKeeper(services, meeting_id, window)
    window.show()
    window.raise_()
    return window


def take_session(parent: QWidget | None, services: Services, meeting_id: int) -> bool:
    """Take the session's lock for this program; False (after a message) when someone else leads it."""
    locks = services.session_locks
    try:
        locks.acquire(meeting_id)
        return True
    except SessionHeldError as held:
        if not held.lock.stale:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("FacilitationLaunch", "Someone else leads this session"),
                str(held),
            )
            return False
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("FacilitationLaunch", "Take over the session?"),
            str(held)
            + "\n\n"
            + QCoreApplication.translate(
                "FacilitationLaunch",
                "Take over only when the other program is really closed: both would then record in it.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    except ServiceError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FacilitationLaunch", "The session cannot start"), str(error)
        )
        return False
    try:
        locks.acquire(meeting_id, take_over=True)
    except ServiceError as error:  # taken meanwhile by a third
        QMessageBox.warning(
            parent, QCoreApplication.translate("FacilitationLaunch", "The session cannot start"), str(error)
        )
        return False
    return True


def release_session(services: Services, meeting_id: int) -> None:
    with contextlib.suppress(ServiceError):  # else the lock goes stale by itself
        services.session_locks.release(meeting_id)


class SessionLockKeeper(QObject):
    """Renews the session lock while the facilitation window is open and gives it free when it closes."""

    def __init__(self, services: Services, meeting_id: int, window: QWidget) -> None:
        super().__init__(window)
        self.services, self.meeting_id, self.window = services, meeting_id, window
        self.timer = QTimer(self)
        self.timer.setInterval(HEARTBEAT_SECONDS * 1000)
        self.timer.timeout.connect(self.beat)
        self.timer.start()
        window.installEventFilter(self)

    def beat(self) -> None:
        try:
            still_mine = self.services.session_locks.heartbeat(self.meeting_id)
        except ServiceError:
            return  # tried again at the next beat
        if not still_mine:
            self.timer.stop()
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("FacilitationLaunch", "Session taken over"),
                QCoreApplication.translate(
                    "FacilitationLaunch",
                    "Someone else has taken over this session. What you record now is still saved, but "
                    "agree with them who leads the table.",
                ),
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
            release_session(self.services, self.meeting_id)
        return False


def offer_resume(
    parent: QWidget | None, services: Services, run: ResumableRun, settings: QSettings | None = None
):
    """Ask whether to continue the session of ``run`` where it was; returns the window or None."""
    where = run.step_key
    try:
        steps = services.facilitation.plan(run.meeting_id).steps
        index = index_of(steps, run.step_key)
        if index is None and steps:  # no position saved yet: the session resumes at its first step
            index = 0
        if index is not None:
            step = steps[index]
            where = f"{step.case_code} — {step.name}" if step.case_code else step.name
    except ServiceError:
        pass
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FacilitationLaunch", "Resume the session?"),
        QCoreApplication.translate(
            "FacilitationLaunch", "The session “%1” was still running (at: %2). Continue where you were?"
        )
        .replace("%1", run.title)
        .replace("%2", where),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return start_facilitation(parent, services, run.meeting_id, settings=settings)
