"""Open a database file safely: check it before touching it, back up, migrate, seed.

A file that is damaged, not a database, not a casetafel database, or made by a newer version is never
modified: we look at it read-only first and raise a ``StorageError`` with a Dutch message.

``read_only=True`` (the commands that only read) opens an up-to-date file without writing anything:
beside a running program (a consistent snapshot per read transaction) and on read-only media (opened
immutable, nothing made next to the file).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from casetafel.private_files import create_private_file, ensure_private_dir, make_private
from casetafel.storage import migrate
from casetafel.storage.backup import make_backup
from casetafel.storage.engine import Database, make_engine
from casetafel.storage.errors import (
    DatabaseNeedsWritingError,
    DatabaseReadOnlyError,
    MigrationError,
    StorageError,
    describe_os_error,
)
from casetafel.storage.inspection import InspectionInBackground, inspect_existing
from casetafel.storage.seed import seed_defaults

log = logging.getLogger(__name__)


class DatabaseFolderError(StorageError):
    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        super().__init__(
            f"De map voor de database {path} kon niet gemaakt worden: {describe_os_error(error)}."
        )


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseReadOnlyError(path)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseReadOnlyError(path)


def _make_private(path: Path) -> None:
    """The database and the files SQLite keeps next to it readable by the user alone (POSIX); SQLite
    gives a new ``-wal``/``-shm`` the rights of the database file."""
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        part = path.with_name(path.name + suffix)
        try:
            if part.exists() and not part.is_symlink() and part.stat().st_mode & 0o077:
                make_private(part)
        except OSError:
            continue


def open_database(
    path: Path,
    script_location: Path = migrate.MIGRATIONS_DIR,
    *,
    inspection: InspectionInBackground | None = None,
    read_only: bool = False,
) -> Database:
    """Open (or create) the database at ``path``, migrated to the newest schema and seeded.

    ``inspection``: the read-only check of the file, already started in the background.
    ``read_only``: open an existing, up-to-date file without writing anything (else
    ``DatabaseNeedsWritingError``).
    """
    path = Path(path).expanduser().absolute()
    if read_only:
        return _open_read_only(path, script_location, inspection)
    try:
        ensure_private_dir(path.parent)
    except PermissionError as error:
        raise DatabaseReadOnlyError(path) from error
    except OSError as error:
        if not path.parent.is_dir():
            raise DatabaseFolderError(path, error) from error
        raise DatabaseReadOnlyError(path) from error
    existed = path.exists()
    if not existed:
        revision = None
    elif inspection is not None and script_location == migrate.MIGRATIONS_DIR:
        revision = inspection.revision(path)
    else:
        revision = inspect_existing(path, script_location)
    _check_writable(path)
    head = _head(script_location)
    backup = None
    if existed and revision is not None and revision != head:
        backup = make_backup(path, f"voor_migratie_{revision}")
        log.info("Reservekopie voor migratie gemaakt: %s", backup.name)
    if not existed:
        create_private_file(path)
    _make_private(path)
    engine = make_engine(path)
    try:
        if revision != head:
            try:
                migrate.upgrade(engine, script_location)
            except Exception as error:
                raise MigrationError(path, type(error).__name__ + ": " + str(error)[:200], backup) from error
        database = Database(path, engine)
        with database.transaction() as db_session:
            seed_defaults(db_session)
    except Exception:
        engine.dispose()
        raise
    _make_private(path)
    return database


def _head(script_location: Path) -> str:
    if script_location == migrate.MIGRATIONS_DIR:
        return migrate.SCHEMA_HEAD
    return migrate.head_revision(script_location)


def _open_read_only(path: Path, script_location: Path, inspection: InspectionInBackground | None) -> Database:
    if not path.exists():
        raise DatabaseNeedsWritingError(path)
    if inspection is not None and script_location == migrate.MIGRATIONS_DIR:
        revision = inspection.revision(path)
    else:
        revision = inspect_existing(path, script_location)
    if revision != _head(script_location):
        raise DatabaseNeedsWritingError(path)
    return Database(path, make_engine(path, read_only=True))


def tidy_after_reading(path: Path) -> None:
    """After a read-only command: when no program holds the database, fold its WAL back in and let
    SQLite remove the ``-wal``/``-shm`` a read-only connection had to leave next to the file."""
    import contextlib
    import sqlite3

    from casetafel.storage.errors import DatabaseLockedError
    from casetafel.storage.lock import DatabaseLock
    from casetafel.storage.sqlite_files import place_is_writable

    if not place_is_writable(path) or not path.with_name(path.name + "-wal").exists():
        return
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except DatabaseLockedError:
        return
    try:
        if not lock.held:
            return
        with contextlib.suppress(sqlite3.Error):
            connection = sqlite3.connect(path)
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                connection.close()
    finally:
        lock.release()
