"""Keeping the database safe: backups on request, restore with a copy first, integrity check."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from casetafel.private_files import write_privately
from casetafel.storage.backup import (
    BackupError,
    backup_to,
    copy_database,
    describe_sqlite_error,
    list_backups,
    make_backup,
)
from casetafel.storage.errors import describe_os_error
from casetafel.storage.inspection import inspect_existing
from casetafel.storage.sqlite_files import connect_read_only


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    messages: tuple[str, ...]


def backup_now(db_path: Path, target: Path | None = None, *, overwrite: bool = False) -> Path:
    """A backup of the database, to ``target`` (refused when it exists, unless ``overwrite``) or into
    the backup folder."""
    if target is not None:
        if target.absolute() == db_path.absolute():
            raise FileExistsError(f"Het bestand {target} is de database zelf; kies een andere naam.")
        return backup_to(db_path, target, overwrite=overwrite)
    return make_backup(db_path, "handmatig")


def restore(db_path: Path, source: Path) -> Path | None:
    """Replace the database with a copy of ``source``; returns the copy made of the current file first
    (None when there was no current file).

    The source is checked read-only before anything is touched: a damaged or too new file is refused.
    The new content is written privately next to the database and renamed over it (a new file: a
    program that still had the old one open notices and stops writing). The caller holds the lock.
    """
    inspect_existing(source)
    safety_copy = make_backup(db_path, "voor_herstel") if db_path.exists() else None
    try:
        if db_path.exists():
            _fold_in_journal(db_path)
        write_privately(db_path, lambda part: copy_database(source, part))
    except sqlite3.Error as error:
        raise BackupError(describe_sqlite_error(error)) from error
    except OSError as error:
        raise BackupError(describe_os_error(error)) from error
    return safety_copy


def _fold_in_journal(db_path: Path) -> None:
    """Write the WAL of the current file into it and remove the files SQLite keeps next to it, so none of
    them is read together with the new file."""
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.OperationalError:
        return  # still open elsewhere: it notices the new file and stops writing (engine.Database)
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def check_integrity(db_path: Path) -> IntegrityReport:
    """``PRAGMA integrity_check`` and foreign keys, read-only."""
    connection = connect_read_only(db_path)
    try:
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        fk = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        return IntegrityReport(False, (f"De database kan niet gelezen worden: {error}",))
    finally:
        connection.close()
    messages = [] if rows == ["ok"] else [str(r) for r in rows]
    messages += [f"Verwijzing naar een ontbrekende rij in tabel {row[0]} (rij {row[1]})" for row in fk]
    return IntegrityReport(not messages, tuple(messages))


__all__ = ["IntegrityReport", "backup_now", "check_integrity", "list_backups", "restore"]
