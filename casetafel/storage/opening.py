"""Open a database file safely: check it before touching it, back up, migrate, seed.

A file that is damaged, not a database, not a casetafel database, or made by a newer version is never
modified: we look at it read-only first and raise a ``StorageError`` with a Dutch message.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from casetafel.paths import ensure_private_dir
from casetafel.storage import migrate
from casetafel.storage.backup import make_backup
from casetafel.storage.engine import Database, make_engine
from casetafel.storage.errors import DatabaseReadOnlyError, MigrationError
from casetafel.storage.inspection import InspectionInBackground, inspect_existing
from casetafel.storage.seed import seed_defaults

log = logging.getLogger(__name__)


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseReadOnlyError(path)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseReadOnlyError(path)


def open_database(
    path: Path,
    script_location: Path = migrate.MIGRATIONS_DIR,
    *,
    inspection: InspectionInBackground | None = None,
) -> Database:
    """Open (or create) the database at ``path``, migrated to the newest schema and seeded.

    ``inspection``: the read-only check of the file, already started in the background.
    """
    path = Path(path).expanduser().absolute()
    try:
        ensure_private_dir(path.parent)
    except PermissionError as error:
        raise DatabaseReadOnlyError(path) from error
    existed = path.exists()
    if not existed:
        revision = None
    elif inspection is not None and script_location == migrate.MIGRATIONS_DIR:
        revision = inspection.revision(path)
    else:
        revision = inspect_existing(path, script_location)
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
