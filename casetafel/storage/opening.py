"""Open a database file safely: check it before touching it, back up, migrate, seed.

A file that is damaged, not a database, not a casetafel database, or made by a newer version is never
modified: we look at it read-only first and raise a ``StorageError`` with a Dutch message.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from casetafel.paths import ensure_private_dir
from casetafel.storage import migrate
from casetafel.storage.backup import make_backup
from casetafel.storage.engine import Database, make_engine
from casetafel.storage.errors import (
    DatabaseDamagedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    MigrationError,
    NotADatabaseError,
)
from casetafel.storage.seed import seed_defaults

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# Files up to this size get a full PRAGMA quick_check at every start (about 0.1 s per 10 MB); larger
# ones get the header checks at start and a full check with every backup.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


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
        return "het bestand is afgekapt"
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


def inspect_existing(path: Path, script_location: Path = migrate.MIGRATIONS_DIR) -> str | None:
    """Check an existing file read-only; returns its schema revision (None for an empty database)."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError(path)
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotADatabaseError(path, "geen SQLite-kop")
    problem = _header_problem(header, size)
    if problem:
        raise DatabaseDamagedError(path, problem)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseDamagedError(path, str(error)) from error
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        check = "PRAGMA quick_check" if size <= FULL_CHECK_MAX_BYTES else "PRAGMA schema_version"
        rows = connection.execute(check).fetchall()
        if size <= FULL_CHECK_MAX_BYTES and [tuple(r) for r in rows] != [("ok",)]:
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
    up_to_date = revision == migrate.SCHEMA_HEAD and script_location == migrate.MIGRATIONS_DIR
    if revision is not None and not up_to_date and revision not in migrate.known_revisions(script_location):
        raise DatabaseTooNewError(path, revision)
    return revision


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseReadOnlyError(path)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseReadOnlyError(path)


def open_database(path: Path, script_location: Path = migrate.MIGRATIONS_DIR) -> Database:
    """Open (or create) the database at ``path``, migrated to the newest schema and seeded."""
    path = Path(path).expanduser().absolute()
    try:
        ensure_private_dir(path.parent)
    except PermissionError as error:
        raise DatabaseReadOnlyError(path) from error
    existed = path.exists()
    revision = inspect_existing(path, script_location) if existed else None
    _check_writable(path)
    if script_location == migrate.MIGRATIONS_DIR:
        head = migrate.SCHEMA_HEAD
    else:
        head = migrate.head_revision(script_location)
    backup = None
    if existed and revision is not None and revision != head:
        backup = make_backup(path, f"voor_migratie_{revision}")
        log.info("Reservekopie voor migratie gemaakt: %s", backup.name)
    engine = make_engine(path)
    try:
        if revision != head:
            try:
                migrate.upgrade(engine, script_location)
            except Exception as error:
                raise MigrationError(path, type(error).__name__ + ": " + str(error)[:200], backup) from error
        database = Database(path, engine)
        with database.transaction() as session:
            seed_defaults(session)
    except Exception:
        engine.dispose()
        raise
    if os.name == "posix":
        os.chmod(path, 0o600)
    return database
