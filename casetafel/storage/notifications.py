"""Change notifications from other clients: PostgreSQL's LISTEN/NOTIFY on channel ``casetafel``.

Revision 0012 gives every editable table a trigger that sends ``<table>:<id>:<meeting_id>`` after each
insert, update or delete. ``ChangeListener`` listens on a connection of its own (taken out of the
engine's pool for good, so it carries the same login, and closed when the listener stops) in a daemon
thread, and hands each ``Change`` of *another* client to a callback *on that thread*: the caller passes it
on to its own thread (the UI does so with a queued Qt signal, see ``ui/app_shell/change_relay.py``).
This program's own changes are recognised by the server process that sent them (each connection of
this engine is noted when it opens) and left out.

On SQLite nothing listens: one program owns the file (``listen_for_changes`` returns None).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import event

from casetafel.storage.engine import Database

log = logging.getLogger(__name__)

CHANNEL = "casetafel"
POLL_SECONDS = 0.25  # how long one wait for a notification lasts before the thread checks for stop


@dataclass(frozen=True)
class Change:
    """One changed row: its table, id and session (None for rows that belong to no session)."""

    table: str
    id: int
    meeting_id: int | None

    @classmethod
    def parse(cls, payload: str) -> Change | None:
        parts = payload.split(":")
        if len(parts) != 3 or not parts[0] or not parts[1].isdigit():
            return None
        return cls(parts[0], int(parts[1]), int(parts[2]) if parts[2].isdigit() else None)


class ChangeListener:
    """Listens for the changes of other clients until ``stop``; ``on_change`` runs on the thread."""

    def __init__(self, db: Database, on_change: Callable[[Change], None]) -> None:
        self._db = db
        self._on_change = on_change
        self._stopping = threading.Event()
        self.own_processes: set[int] = set()
        event.listen(db.engine, "connect", self._note_own)
        db.engine.dispose()  # connections made from now on are noted (those in use close when given back)
        self._raw = db.engine.raw_connection()  # its own connection, never given back to the pool
        connection = self._raw.driver_connection
        connection.rollback()
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        self._connection = connection
        self._thread = threading.Thread(target=self._run, name="casetafel-changes", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                for notice in self._connection.notifies(timeout=POLL_SECONDS):
                    change = Change.parse(notice.payload)
                    if change is not None and notice.pid not in self.own_processes:
                        self._on_change(change)
                    if self._stopping.is_set():
                        break
        except Exception as error:  # the connection broke: the lists refresh no more until the next start
            if not self._stopping.is_set():
                log.warning("Change notifications stopped: %s", type(error).__name__)

    def _note_own(self, dbapi_connection, _record) -> None:
        self.own_processes.add(dbapi_connection.info.backend_pid)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Stop listening and close the connection (waits for the thread, at most a moment)."""
        self._stopping.set()
        self._thread.join(timeout=2 * POLL_SECONDS + 1)
        self._raw.invalidate()  # closed, not put back: it still listens
        event.remove(self._db.engine, "connect", self._note_own)


def listen_for_changes(db: Database, on_change: Callable[[Change], None]) -> ChangeListener | None:
    """A listener on a server database; None on SQLite (one program per file: nothing to hear)."""
    if db.engine.dialect.name != "postgresql":
        return None
    return ChangeListener(db, on_change)
