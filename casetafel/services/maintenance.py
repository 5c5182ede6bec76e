"""Keeping the database safe: backups on request, restore with a copy first, integrity check."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from casetafel.storage.backup import backup_to, list_backups, make_backup
from casetafel.storage.inspection import inspect_existing


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    messages: tuple[str, ...]


def backup_now(db_path: Path, target: Path | None = None) -> Path:
    """A backup of the database, to ``target`` or into the backup folder."""
    if target is not None:
        if target.exists():
            raise FileExistsError(f"Het bestand {target} bestaat al; kies een andere naam.")
        return backup_to(db_path, target)
    return make_backup(db_path, "handmatig")


def restore(db_path: Path, source: Path) -> Path | None:
    """Replace the database's content with ``source``; returns the copy made of the current file first
    (None when there was no current file).

    The source is checked read-only before anything is touched: a damaged or too new file is refused.
    """
    inspect_existing(source)
    safety_copy = make_backup(db_path, "voor_herstel") if db_path.exists() else None
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return safety_copy


def check_integrity(db_path: Path) -> IntegrityReport:
    """``PRAGMA integrity_check`` and foreign keys, read-only."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
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
