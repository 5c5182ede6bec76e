"""The outbox: lines captured on a shared database that the server has not confirmed yet.

In a village hall the Wi-Fi fails. What is typed at the table must not depend on it: every captured line
is first appended here, a small private SQLite file in the user's data folder (one per server location,
0600, made through ``private_files``; SQLite gives its -wal and -shm files the same mode), synced to disk before the line is shown. The sender
(``services.outbox``) writes the lines to the server in order and removes each one once the server
confirmed it. A line the server refuses for good (its session was deleted meanwhile) moves to the
``rejected`` table of the same file: it is kept, never silently dropped.

Lines are plain data: kind, session, case, text and the capture's fields as JSON (a date as
``{"date": "2026-12-06"}``), and a client reference (a UUID) that makes the server's insert idempotent.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from casetafel.private_files import create_private_file, ensure_private_dir, make_private
from casetafel.storage.errors import StorageError

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS lines (seq INTEGER PRIMARY KEY AUTOINCREMENT, client_ref TEXT NOT NULL "
    "UNIQUE, kind TEXT NOT NULL, meeting_id INTEGER NOT NULL, case_id INTEGER, text TEXT NOT NULL, "
    "fields TEXT NOT NULL, captured_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS rejected (seq INTEGER PRIMARY KEY, client_ref TEXT NOT NULL, kind TEXT NOT "
    "NULL, meeting_id INTEGER NOT NULL, case_id INTEGER, text TEXT NOT NULL, fields TEXT NOT NULL, "
    "captured_at TEXT NOT NULL, reason TEXT NOT NULL)",
)
COLUMNS = "seq, client_ref, kind, meeting_id, case_id, text, fields, captured_at"


class OutboxError(StorageError):
    """The outbox file could not be written (disk full, no rights): the line was not kept."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"De regel kon niet lokaal bewaard worden: {reason}. Hij is niet opgeslagen.")


@dataclass(frozen=True)
class OutboxLine:
    """One captured line waiting for the server (``seq``: the order in which it was typed)."""

    seq: int
    client_ref: str
    kind: str
    meeting_id: int
    case_id: int | None
    text: str
    fields: dict[str, Any] = field(hash=False, compare=True)
    captured_at: datetime


def outbox_file(folder: Path, location: str) -> Path:
    """The outbox of the server at ``location`` (``user@host:port/database``, never a password)."""
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:20]
    return folder / f"outbox-{digest}.sqlite"


def _encode(fields: dict[str, Any]) -> str:
    def plain(value):
        if isinstance(value, date):
            return {"date": value.isoformat()}
        if isinstance(value, tuple | list):
            return [plain(v) for v in value]
        return value

    return json.dumps({k: plain(v) for k, v in fields.items()}, ensure_ascii=False, sort_keys=True)


def _decode(text: str) -> dict[str, Any]:
    def value_of(value):
        if isinstance(value, dict) and set(value) == {"date"}:
            return date.fromisoformat(value["date"])
        return value

    return {k: value_of(v) for k, v in json.loads(text).items()}


class Outbox:
    """The outbox file of one server location; safe to use from the capture thread and the sender."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            ensure_private_dir(self.path.parent)
            create_private_file(self.path)  # 0600 from the first byte; SQLite's journal inherits it
            make_private(self.path)
            self._connection = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
            # WAL with FULL: one sync of the log per appended line (a few ms), durable when append returns.
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute("PRAGMA synchronous=FULL")
            for statement in SCHEMA:
                self._connection.execute(statement)
        except (OSError, sqlite3.Error) as error:
            raise OutboxError(str(error)) from error

    def append(
        self, kind: str, meeting_id: int, case_id: int | None, text: str, fields: dict[str, Any]
    ) -> OutboxLine:
        """Keep a new line (synced to disk when this returns) and give it its client reference."""
        client_ref = str(uuid.uuid4())
        captured_at = datetime.now().replace(microsecond=0)
        encoded = _encode(fields)
        with self._lock:
            try:
                cursor = self._connection.execute(
                    "INSERT INTO lines (client_ref, kind, meeting_id, case_id, text, fields, captured_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (client_ref, kind, meeting_id, case_id, text, encoded, captured_at.isoformat()),
                )
            except sqlite3.Error as error:
                raise OutboxError(str(error)) from error
        return OutboxLine(cursor.lastrowid, client_ref, kind, meeting_id, case_id, text, _decode(encoded),
                          captured_at)  # fmt: skip

    def pending(self, meeting_id: int | None = None) -> list[OutboxLine]:
        """The lines not yet confirmed, in the order they were typed (of one session, if given)."""
        query = f"SELECT {COLUMNS} FROM lines"
        parameters: tuple = ()
        if meeting_id is not None:
            query, parameters = query + " WHERE meeting_id = ?", (meeting_id,)
        with self._lock:
            rows = self._connection.execute(query + " ORDER BY seq", parameters).fetchall()
        return [_line(row) for row in rows]

    def count(self) -> int:
        with self._lock:
            return self._connection.execute("SELECT count(*) FROM lines").fetchone()[0]

    def remove(self, seq: int) -> None:
        """The server confirmed the line: it leaves the outbox."""
        with self._lock:
            self._connection.execute("DELETE FROM lines WHERE seq = ?", (seq,))

    def reject(self, seq: int, reason: str) -> None:
        """The server refused the line for good: kept aside with the reason, no longer sent."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                self._connection.execute(
                    f"INSERT INTO rejected ({COLUMNS}, reason) SELECT {COLUMNS}, ? FROM lines WHERE seq = ?",
                    (reason, seq),
                )
                self._connection.execute("DELETE FROM lines WHERE seq = ?", (seq,))
                self._connection.execute("COMMIT")
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise

    def rejected(self) -> list[tuple[OutboxLine, str]]:
        with self._lock:
            rows = self._connection.execute(f"SELECT {COLUMNS}, reason FROM rejected ORDER BY seq").fetchall()
        return [(_line(row[:-1]), row[-1]) for row in rows]

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def _line(row) -> OutboxLine:
    seq, client_ref, kind, meeting_id, case_id, text, fields, captured_at = row
    return OutboxLine(seq, client_ref, kind, meeting_id, case_id, text, _decode(fields),
                      datetime.fromisoformat(captured_at))  # fmt: skip
