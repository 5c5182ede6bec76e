"""The read-only look at a database file before it is opened: header, integrity and schema revision.

Kept free of SQLAlchemy and Qt so the GUI can start it in a thread at the very beginning: the integrity
check (SQLite's C code, which lets other threads run) then overlaps with loading the program's modules.
A file that fails is never modified; every problem is a ``StorageError`` with a Dutch message.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from casetafel.storage.errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    NotADatabaseError,
)
from casetafel.storage.revisions import MIGRATIONS_DIR, known_revisions  # Alembic loads only when called
from casetafel.storage.sqlite_files import connect_read_only

# The newest revision in migrations/versions. Knowing it without loading Alembic keeps the start of an
# up-to-date database fast; tests/unit/test_migrations.py checks that it matches the scripts.
SCHEMA_HEAD = "0012"

SQLITE_HEADER = b"SQLite format 3\x00"
# Files up to this size get a full PRAGMA quick_check at every start (about 0.1 s per 10 MB, in the
# background); larger ones get the header checks and a read of the schema. For those, SQLite still
# reports a damaged page when it reads one, and ``casetafel check`` runs the full integrity check.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


TRUNCATED = "het bestand is afgekapt"


def _header_problem(header: bytes, size: int) -> str | None:
    """Cheap checks of the 100-byte SQLite header: page size, and a file shorter than it claims."""
    if len(header) < 100:
        return "te kort voor een SQLite-kop"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "ongeldige paginagrootte"
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    if valid and pages and size < pages * page_size:
        return TRUNCATED
    return None


class EmptyFileError(NotADatabaseError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "leeg bestand")
        self.args = (
            f"Het bestand {path} is leeg (0 bytes): er staat geen database in. "
            "Het bestand is niet gewijzigd. Kies een ander bestand of open een reservekopie.",
        )


class ForeignDatabaseError(NotADatabaseError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "andere database")
        self.args = (
            f"Het bestand {path} is een SQLite-database van een ander programma, geen casetafel-database. "
            "Het bestand is niet gewijzigd. Kies een ander bestand.",
        )


def inspect_existing(
    path: Path, script_location: Path = MIGRATIONS_DIR, *, known_check: bool = True
) -> str | None:
    """Check an existing file read-only; returns its schema revision (None for an empty database)."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError(path)
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotADatabaseError(path, "geen SQLite-kop")
    problem = _header_problem(header, size)
    full_check = size <= FULL_CHECK_MAX_BYTES
    if problem == TRUNCATED and _journal_pending(path):
        # After a crash or power cut in the middle of a checkpoint the header may already count pages
        # that are still only in the WAL; SQLite completes them from there. Whether it can is found by
        # reading every page, whatever the size of the file.
        problem, full_check = None, True
    if problem:
        raise DatabaseDamagedError(path, problem)
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise DatabaseDamagedError(path, str(error)) from error
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        check = "PRAGMA quick_check" if full_check else "PRAGMA schema_version"
        rows = connection.execute(check).fetchall()
        if full_check and [tuple(r) for r in rows] != [("ok",)]:
            raise DatabaseDamagedError(path, "; ".join(str(r[0]) for r in rows[:5]))
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise NotADatabaseError(path, str(error)) from error
        raise DatabaseDamagedError(path, str(error)) from error
    except (sqlite3.Error, ValueError) as error:
        raise DatabaseDamagedError(path, str(error)) from error
    finally:
        connection.close()
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if revision is None and user_tables - {"alembic_version"}:
        raise ForeignDatabaseError(path)
    if known_check:
        check_known(path, revision, script_location)
    return revision


def check_known(path: Path, revision: str | None, script_location: Path = MIGRATIONS_DIR) -> None:
    """Refuse a file whose revision these migrations do not know (made by a newer casetafel). Loads
    Alembic (and with it SQLAlchemy) unless the file is at the head: call it on the main thread."""
    up_to_date = revision == SCHEMA_HEAD and script_location == MIGRATIONS_DIR
    if revision is not None and not up_to_date and revision not in known_revisions(script_location):
        raise DatabaseTooNewError(path, revision)


def _journal_pending(path: Path) -> bool:
    """Whether a WAL or rollback journal with content lies next to ``path`` (left by a crash, or in use).
    SQLite keeps them next to the file a symbolic link points to."""
    target = path.resolve()
    for suffix in ("-wal", "-journal"):
        try:
            if target.with_name(target.name + suffix).stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def _fingerprint(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


class InspectionInBackground:
    """``inspect_existing(path)`` started in a thread; ``revision(path)`` gives its outcome (or raises
    its error) when the file is still the one that was inspected, and inspects again otherwise."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path).expanduser().absolute()
        self._fingerprint = _fingerprint(self.path)
        self._outcome: tuple[str | None, BaseException | None] = (None, None)
        self._thread = threading.Thread(target=self._run, name="casetafel-inspection", daemon=True)
        if self._fingerprint is not None:
            self._thread.start()

    def _run(self) -> None:
        try:
            # Only the file is read here: the check against the known revisions imports Alembic and
            # SQLAlchemy, and importing them while the main thread imports them too breaks the import
            # ("partially initialized module"), so that check runs in revision(), on the caller's thread.
            self._outcome = (inspect_existing(self.path, known_check=False), None)
        except BaseException as error:  # noqa: BLE001 - handed to the caller in revision()
            self._outcome = (None, error)

    def revision(self, path: Path) -> str | None:
        path = Path(path).expanduser().absolute()
        if path != self.path or self._fingerprint is None:
            return inspect_existing(path)
        self._thread.join()
        if _fingerprint(path) != self._fingerprint:  # changed meanwhile (another program): look again
            return inspect_existing(path)
        revision, error = self._outcome
        if error is not None:
            raise error
        check_known(path, revision)
        return revision
