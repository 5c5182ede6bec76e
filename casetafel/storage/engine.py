"""The SQLAlchemy engine on one SQLite file, with per-connection pragmas and real transactions.

Python's sqlite3 module in its legacy transaction mode does not begin a transaction before DDL, so a
failing migration would leave half its tables behind. We use SQLAlchemy's documented recipe for the
pysqlite driver: autocommit at the driver level and an explicit ``BEGIN`` in the ``begin`` event.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from casetafel.storage.errors import DatabaseReplacedError, WriteError
from casetafel.storage.limits import check_parameters
from casetafel.storage.sqlite_files import connect_read_only

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Driver-level autocommit: SQLAlchemy's begin event below emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    dbapi_connection.execute("PRAGMA query_only=ON")


def _on_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def describe_write_failure(error: Exception) -> str:
    """A short Dutch description of why the database refused a write."""
    text = str(getattr(error, "orig", error)).lower()
    if "permission denied" in text or "row-level security" in text:
        return "u hebt op de gedeelde database geen rechten voor deze gegevens"
    if any(
        word in text
        for word in ("server closed", "connection", "could not connect", "terminating", "timeout expired")
    ):
        return "de verbinding met de gedeelde database is verbroken"
    if "full" in text:
        return "de schijf is vol"
    if "readonly" in text or "read-only" in text:
        return "het bestand is alleen-lezen"
    if "locked" in text or "busy" in text:
        return "de database is bezet door een ander programma"
    if "i/o" in text:
        return "de schijf gaf een lees- of schrijffout"
    return "de database weigerde de wijziging"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on ``path``; the file must already be known to be a valid database (or absent).

    SQLite is given the file by plain path (or, read-only, by a quoted URI), never by a URL in which a
    ``#``, ``?`` or ``%`` of the name could mean something else. ``read_only``: nothing is written and,
    on read-only media, nothing is made next to the file (see ``storage.sqlite_files``)."""
    path = Path(path)
    if read_only:
        creator = lambda: connect_read_only(path, check_same_thread=False)  # noqa: E731
    else:
        creator = lambda: sqlite3.connect(str(path), check_same_thread=False)  # noqa: E731
    engine = create_engine("sqlite+pysqlite://", creator=creator, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "before_cursor_execute", _limit_text)
    return engine


def _limit_text(_conn, _cursor, _statement, parameters, _context, executemany) -> None:
    """No text longer than ``limits.MAX_TEXT_CHARS`` reaches the database (a Dutch refusal instead)."""
    if executemany:
        for row in parameters:
            check_parameters(row)
    else:
        check_parameters(parameters)


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` names now (device and inode), or None when it is gone."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


class Database:
    """One open database: its path (None on a server), engine and session factory.

    ``location`` names it for people: the file, or the server's ``user@host:port/database`` without the
    password. ``is_server``: a shared PostgreSQL database (see ``storage.server``)."""

    def __init__(
        self, path: Path | None, engine: Engine, *, location: str | None = None, address: str | None = None
    ) -> None:
        self.path = path
        self.address = address if address is not None else str(path)  # what opens it again
        self.engine = engine
        self.is_server = engine.dialect.name == "postgresql"
        self.location = location if location is not None else str(path)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._combined = threading.local()  # the session of together() on this thread, if any
        self.identity = file_identity(path) if path is not None else None
        self.replaced = False

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``: the few statements that differ choose by it."""
        return self.engine.dialect.name

    def check_still_the_same_file(self) -> None:
        """Refuse to write when the file at ``path`` is no longer the one that was opened (replaced by
        another program, e.g. a restore, or removed): from then on nothing is written at all. A server
        database has no file to check."""
        if self.path is None:
            return
        if not self.replaced and file_identity(self.path) != self.identity:
            self.replaced = True
        if self.replaced:
            raise DatabaseReplacedError(self.path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction, committed on leaving the block (and so on disk).

        A failed write (disk full, I/O error, read-only file) rolls back completely and is raised as
        ``WriteError`` with a Dutch message, so the caller keeps the user's text and can retry.
        Inside ``together()`` the block joins that transaction instead and commits nothing itself.
        """
        shared = getattr(self._combined, "session", None)
        if shared is not None:
            try:
                yield shared
            except BaseException:
                self._combined.failed = True
                raise
            return
        self.check_still_the_same_file()
        try:
            with self._sessions() as db_session, db_session.begin():
                yield db_session
                self.check_still_the_same_file()  # replaced meanwhile: roll back, do not commit
        except (OperationalError, ProgrammingError) as error:
            if isinstance(error, ProgrammingError) and "permission denied" not in str(error).lower():
                raise
            raise WriteError(describe_write_failure(error)) from error
        except UnicodeEncodeError as error:
            raise WriteError(
                "de tekst bevat tekens die niet opgeslagen kunnen worden (losse surrogaten)"
            ) from error

    @contextmanager
    def together(self) -> Iterator[None]:
        """Every ``transaction()`` of this thread inside the block as one transaction: all saved with one
        commit (one flush to disk) at the end, or none of it. A block that failed inside spoils the whole,
        even when its error was caught: nothing is saved then."""
        if getattr(self._combined, "session", None) is not None:
            yield  # already inside: the outer block commits
            return
        with self.transaction() as db_session:
            self._combined.session, self._combined.failed = db_session, False
            try:
                yield
                if self._combined.failed:
                    raise WriteError("een deel van de wijziging mislukte; er is niets opgeslagen")
            finally:
                self._combined.session = None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; whatever it did is rolled back."""
        with self._sessions() as db_session:
            try:
                yield db_session
            finally:
                db_session.rollback()

    def close(self) -> None:
        self.engine.dispose()
