"""Who runs a session: two facilitators cannot lead the same session ("Tafel leiden") at once.

The lock is a row of ``session_locks`` naming the holder (the login on a server, else the operating-system
user), the computer, since when, and a heartbeat the holder renews every ``HEARTBEAT_SECONDS``. Another
client that wants the session gets ``SessionHeldError`` with that information in Dutch.

A holder that crashed must not keep the session for ever:
- on SQLite a lock whose heartbeat is older than ``STALE_AFTER`` is stale;
- on PostgreSQL the holder also keeps a session-level advisory lock on its own connection; the server
  drops it when that connection ends, so a lock whose advisory lock is free is stale at once, and a lock
  whose advisory lock is still held is alive however old its heartbeat.
A stale lock is taken over only when asked for (``take_over=True``), after the user agreed.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, text, update

from casetafel.services.actor import operating_system_user
from casetafel.services.errors import NotFoundError, ServiceError, translates_storage_errors
from casetafel.storage import tables
from casetafel.storage.engine import Database
from casetafel.storage.tables import utc_now

HEARTBEAT_SECONDS = 30
STALE_AFTER = timedelta(minutes=2)
ADVISORY_CLASS = 0x43415354  # "CAST": the first key of casetafel's advisory locks, the session id second


@dataclass(frozen=True)
class SessionLockInfo:
    meeting_id: int
    holder: str
    host: str
    acquired_at: datetime  # UTC
    heartbeat_at: datetime  # UTC
    stale: bool = False  # the holder is gone: the lock may be taken over (after asking)


class SessionHeldError(ServiceError):
    """The session is led by someone else; ``lock`` says who, where and since when."""

    def __init__(self, lock: SessionLockInfo, title: str) -> None:
        self.lock = lock
        since = _local(lock.acquired_at)
        message = (
            f"De bijeenkomst ‘{title}’ wordt al geleid door {lock.holder or 'een ander'} op "
            f"{lock.host or 'een andere computer'}, sinds {since:%H:%M} op {since:%d-%m-%Y}."
        )
        if lock.stale:
            heard = _local(lock.heartbeat_at)
            message += f" Sinds {heard:%H:%M} is er niets meer van dat programma vernomen; u kunt de tafel overnemen."
        super().__init__(message)


def _local(moment: datetime) -> datetime:
    """A stored UTC time in the computer's own time zone, for a message."""
    from datetime import UTC

    return moment.replace(tzinfo=UTC).astimezone()


@translates_storage_errors
class SessionLockService:
    def __init__(self, db: Database, *, holder: str | None = None, host: str | None = None) -> None:
        self._db = db
        self._holder = holder
        self.host = host if host is not None else socket.gethostname()
        self._advisory: dict[int, object] = {}  # meeting id -> the connection holding its advisory lock

    @property
    def holder(self) -> str:
        """Who this client is: the server login, else the operating-system user."""
        if self._holder is None:
            self._holder = self._server_login() or operating_system_user() or "onbekend"
        return self._holder

    def _server_login(self) -> str:
        if not self._on_server():
            return ""
        with self._db.reading() as db_session:
            return str(db_session.connection().scalar(text("SELECT current_user")) or "")

    def _on_server(self) -> bool:
        return self._db.engine.dialect.name == "postgresql"

    # -- reading ------------------------------------------------------------------------------------
    def holder_of(self, meeting_id: int) -> SessionLockInfo | None:
        """Who leads the session now (None: nobody)."""
        locks = tables.session_locks
        with self._db.reading() as db_session:
            row = (
                db_session.connection().execute(select(locks).where(locks.c.meeting_id == meeting_id)).first()
            )
        if row is None:
            return None
        return SessionLockInfo(
            row.meeting_id, row.holder, row.host, row.acquired_at, row.heartbeat_at, self._is_stale(row)
        )

    def _is_stale(self, row) -> bool:
        if self._on_server():
            return not self._advisory_held_elsewhere(row.meeting_id)
        return utc_now() - row.heartbeat_at > STALE_AFTER

    def is_mine(self, lock: SessionLockInfo | None) -> bool:
        return lock is not None and (lock.holder, lock.host) == (self.holder, self.host)

    # -- changing -----------------------------------------------------------------------------------
    def acquire(self, meeting_id: int, *, take_over: bool = False) -> SessionLockInfo:
        """Take the session for this client; ``SessionHeldError`` when someone else leads it (a stale lock
        is taken over only with ``take_over``). Taking a lock this client holds already renews it."""
        meetings, locks = tables.meetings, tables.session_locks
        if self._on_server() and not self._take_advisory(meeting_id):
            current = self.holder_of(meeting_id)
            if current is not None and not self.is_mine(current):
                raise SessionHeldError(current, self._title(meeting_id))
        now = utc_now()
        with self._db.transaction() as db_session:
            connection = db_session.connection()
            title = connection.scalar(select(meetings.c.title).where(meetings.c.id == meeting_id))
            if title is None:
                raise NotFoundError("Bijeenkomst", meeting_id)
            query = select(locks).where(locks.c.meeting_id == meeting_id)
            row = connection.execute(query if not self._on_server() else query.with_for_update()).first()
            if row is not None:
                current = SessionLockInfo(
                    row.meeting_id,
                    row.holder,
                    row.host,
                    row.acquired_at,
                    row.heartbeat_at,
                    self._is_stale(row),
                )
                if not self.is_mine(current) and not (current.stale and take_over):
                    self._drop_advisory(meeting_id)
                    raise SessionHeldError(current, title)
                connection.execute(delete(locks).where(locks.c.meeting_id == meeting_id))
            acquired = row.acquired_at if row is not None and self.is_mine(current) else now
            connection.execute(
                insert(locks).values(
                    meeting_id=meeting_id, holder=self.holder, host=self.host, acquired_at=acquired,
                    heartbeat_at=now,
                )
            )  # fmt: skip
        return SessionLockInfo(meeting_id, self.holder, self.host, acquired, now)

    def heartbeat(self, meeting_id: int) -> bool:
        """Renew this client's lock; False when it is no longer this client's (taken over meanwhile)."""
        locks = tables.session_locks
        with self._db.transaction() as db_session:
            done = (
                db_session.connection()
                .execute(
                    update(locks)
                    .where(
                        locks.c.meeting_id == meeting_id,
                        locks.c.holder == self.holder,
                        locks.c.host == self.host,
                    )
                    .values(heartbeat_at=utc_now())
                )
                .rowcount
            )
        return bool(done)

    def release(self, meeting_id: int) -> None:
        """Give the session free (only a lock of this client is removed)."""
        locks = tables.session_locks
        with self._db.transaction() as db_session:
            db_session.connection().execute(
                delete(locks).where(
                    locks.c.meeting_id == meeting_id, locks.c.holder == self.holder, locks.c.host == self.host
                )
            )
        self._drop_advisory(meeting_id)

    # -- PostgreSQL: the advisory lock that ends with the holder's connection --------------------------
    def _take_advisory(self, meeting_id: int) -> bool:
        if meeting_id in self._advisory:
            return True
        connection = self._db.engine.connect()
        taken = connection.scalar(
            text("SELECT pg_try_advisory_lock(:kind, :ident)"), {"kind": ADVISORY_CLASS, "ident": meeting_id}
        )
        connection.commit()
        if taken:
            self._advisory[meeting_id] = connection
        else:
            connection.close()
        return bool(taken)

    def _drop_advisory(self, meeting_id: int) -> None:
        connection = self._advisory.pop(meeting_id, None)
        if connection is not None:  # the pool keeps the server session open: unlock before giving it back
            connection.execute(
                text("SELECT pg_advisory_unlock(:kind, :ident)"),
                {"kind": ADVISORY_CLASS, "ident": meeting_id},
            )
            connection.commit()
            connection.close()

    def _advisory_held_elsewhere(self, meeting_id: int) -> bool:
        if meeting_id in self._advisory:
            return False
        with self._db.reading() as db_session:
            held = db_session.connection().scalar(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = :kind "
                    "AND objid = :ident AND objsubid = 2 AND granted"
                ),
                {"kind": ADVISORY_CLASS, "ident": meeting_id},
            )
        return bool(held)

    def _title(self, meeting_id: int) -> str:
        meetings = tables.meetings
        with self._db.reading() as db_session:
            return (
                db_session.connection().scalar(select(meetings.c.title).where(meetings.c.id == meeting_id))
                or ""
            )
