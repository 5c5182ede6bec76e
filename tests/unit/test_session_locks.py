"""Two facilitators cannot run the same session at once: the server-side session lock."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from casetafel.services.container import Services
from casetafel.services.session_locks import STALE_AFTER, SessionHeldError, SessionLockService
from casetafel.storage import tables
from casetafel.storage.tables import utc_now


@pytest.fixture
def other(services):
    opened = Services.open(services.address)
    yield opened
    opened.close()


def locks(services: Services, who: str, host: str = "laptop-1") -> SessionLockService:
    return SessionLockService(services.db, holder=who, host=host)


def test_a_session_led_by_someone_else_does_not_open_and_says_who_since_when(services, other) -> None:
    meeting = services.meetings.create_meeting("Casustafel maart")
    mine = locks(services, "anne")
    taken = mine.acquire(meeting.id)
    assert (taken.holder, taken.host) == ("anne", "laptop-1")
    theirs = locks(other, "bert", "laptop-2")
    with pytest.raises(SessionHeldError) as caught:
        theirs.acquire(meeting.id)
    message = str(caught.value)
    assert "‘Casustafel maart’ wordt al geleid door anne op laptop-1, sinds " in message
    assert "overnemen" not in message  # alive: no take-over offered
    assert not caught.value.lock.stale
    with pytest.raises(SessionHeldError):
        theirs.acquire(meeting.id, take_over=True)  # a live lock is never taken over
    assert mine.heartbeat(meeting.id)
    mine.release(meeting.id)
    assert theirs.acquire(meeting.id).holder == "bert"
    assert not mine.heartbeat(meeting.id)  # no longer mine


def test_taking_the_own_lock_again_keeps_its_start(services) -> None:
    meeting = services.meetings.create_meeting("Tafel")
    first = locks(services, "anne").acquire(meeting.id)
    again = locks(services, "anne").acquire(meeting.id)  # e.g. after a crash of the same program
    assert again.acquired_at == first.acquired_at


def crash(services: Services, holder: SessionLockService, meeting_id: int, backend: str) -> None:
    """The holder's program stops without giving the lock free."""
    if backend == "postgresql":  # its connection ends, and with it the advisory lock
        holder._advisory.pop(meeting_id).invalidate()
        watcher = locks(services, "someone")
        for _ in range(500):  # the server ends the session a moment after the connection closes
            if not watcher._advisory_held_elsewhere(meeting_id):
                break
            time.sleep(0.01)
    else:  # its heartbeat stops
        old = utc_now() - STALE_AFTER - timedelta(seconds=5)
        with services.db.transaction() as db_session:
            db_session.connection().execute(tables.session_locks.update().values(heartbeat_at=old))


def test_on_a_server_an_old_heartbeat_of_a_live_holder_is_not_stale(services, other, backend) -> None:
    meeting = services.meetings.create_meeting("Tafel")
    locks(services, "anne").acquire(meeting.id)
    old = utc_now() - STALE_AFTER - timedelta(seconds=5)
    with services.db.transaction() as db_session:
        db_session.connection().execute(tables.session_locks.update().values(heartbeat_at=old))
    # SQLite: the heartbeat rule; a server: the advisory lock of the holder's connection says it lives
    assert locks(other, "bert", "laptop-2").holder_of(meeting.id).stale == (backend == "sqlite")


def test_a_crashed_holder_leaves_a_stale_lock_taken_over_only_when_asked(services, other, backend) -> None:
    meeting = services.meetings.create_meeting("Tafel")
    anne = locks(services, "anne")
    anne.acquire(meeting.id)
    crash(services, anne, meeting.id, backend)
    theirs = locks(other, "bert", "laptop-2")
    assert theirs.holder_of(meeting.id).stale
    with pytest.raises(SessionHeldError) as caught:
        theirs.acquire(meeting.id)
    assert caught.value.lock.stale and "u kunt de tafel overnemen" in str(caught.value)
    taken = theirs.acquire(meeting.id, take_over=True)
    assert services.session_locks.holder_of(meeting.id).holder == taken.holder == "bert"


def test_the_lock_goes_with_its_session(services) -> None:
    meeting = services.meetings.create_meeting("Tafel")
    services.session_locks.acquire(meeting.id)
    assert services.session_locks.is_mine(services.session_locks.holder_of(meeting.id))
    services.meetings.delete_meeting(meeting.id)
    assert services.session_locks.holder_of(meeting.id) is None
