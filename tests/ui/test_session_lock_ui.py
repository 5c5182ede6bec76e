"""'Tafel leiden' on a session led by someone else: a message naming who and since when, no window; a
stale lock is taken over only after asking; the window renews and gives free its lock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from casetafel.services.container import Services
from casetafel.services.session_locks import STALE_AFTER, SessionLockService
from casetafel.storage import tables
from casetafel.storage.tables import utc_now
from casetafel.ui.facilitation.launch import SessionLockKeeper, start_facilitation


@pytest.fixture
def other(services):
    opened = Services.open(services.address)
    yield opened
    opened.close()


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes shown (warning) and asked (question, answered by ``boxes.answer``)."""

    class Boxes:
        shown: list[tuple[str, str]] = []
        answer = QMessageBox.StandardButton.No

    def warning(_parent, title, text, *args):
        Boxes.shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent, title, text, *args):
        Boxes.shown.append((title, text))
        return Boxes.answer

    Boxes.shown = []
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    return Boxes


def test_a_session_led_by_someone_else_does_not_open(qtbot, services, other, planned_meeting, boxes) -> None:
    SessionLockService(other.db, holder="bert", host="laptop-2").acquire(planned_meeting.id)
    assert start_facilitation(None, services, planned_meeting.id) is None
    ((title, text),) = boxes.shown
    assert title == "Someone else leads this session"
    assert "wordt al geleid door bert op laptop-2, sinds " in text


def test_a_stale_lock_is_taken_over_only_after_asking(qtbot, services, other, planned_meeting, boxes) -> None:
    SessionLockService(other.db, holder="bert", host="laptop-2").acquire(planned_meeting.id)
    with services.db.transaction() as db_session:
        db_session.connection().execute(
            tables.session_locks.update().values(heartbeat_at=utc_now() - STALE_AFTER - timedelta(seconds=1))
        )
    assert start_facilitation(None, services, planned_meeting.id) is None  # answered No
    assert boxes.shown[0][0] == "Take over the session?" and "overnemen" in boxes.shown[0][1]
    assert services.session_locks.holder_of(planned_meeting.id).holder == "bert"
    boxes.answer = QMessageBox.StandardButton.Yes
    window = start_facilitation(None, services, planned_meeting.id)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.addWidget(window.presenter)
    lock = services.session_locks.holder_of(planned_meeting.id)
    assert services.session_locks.is_mine(lock) and not lock.stale
    window.close()
    assert services.session_locks.holder_of(planned_meeting.id) is None  # given free on closing


def test_the_window_renews_its_lock_and_warns_when_taken_over(
    qtbot, services, other, planned_meeting, boxes
) -> None:
    window = start_facilitation(None, services, planned_meeting.id)
    qtbot.addWidget(window)
    qtbot.addWidget(window.presenter)
    keeper = window.findChild(SessionLockKeeper)
    keeper.beat()
    assert boxes.shown == []
    with services.db.transaction() as db_session:
        db_session.connection().execute(tables.session_locks.update().values(holder="bert"))
    keeper.beat()
    assert boxes.shown and boxes.shown[0][0] == "Session taken over"
    window.close()
    assert services.session_locks.holder_of(planned_meeting.id).holder == "bert"  # not given free: not ours
