"""Backups of the database with SQLite's online backup API (never a file copy of a live WAL database).

Backups live in ``backups/`` next to the database. Automatic backups are made before every migration
and at close (at most once an hour); rotation keeps the newest copy of each of the last 7 days and of
each of the last 4 ISO weeks, plus anything made in the last hour.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from casetafel.paths import backup_dir, ensure_private_dir

STAMP_FORMAT = "%Y%m%d-%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int


def backup_to(source: Path, target: Path) -> Path:
    """Copy the database ``source`` into the new file ``target`` with the backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        os.chmod(partial, 0o600)
    os.replace(partial, target)
    return target


def make_backup(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """An automatic or manual backup in the backup folder; the file name records when and why.

    ``reason`` is one word without hyphens, e.g. ``handmatig`` or ``voor_migratie_0001``.
    """
    now = now or datetime.now()
    folder = backup_dir(db_path)
    ensure_private_dir(folder)
    target = folder / f"{db_path.stem}-{now.strftime(STAMP_FORMAT)}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{db_path.stem}-{now.strftime(STAMP_FORMAT)}-{reason}-{counter}.sqlite"
    return backup_to(db_path, target)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    prefix = db_path.stem + "-"
    for file in folder.glob(f"{db_path.stem}-*.sqlite"):
        rest = file.stem[len(prefix) :]
        stamp, _, reason = rest[:15], rest[15:16], rest[16:]
        try:
            made_at = datetime.strptime(stamp, STAMP_FORMAT)
        except ValueError:
            continue
        found.append(BackupInfo(file, made_at, reason.split("-")[0] or "handmatig", file.stat().st_size))
    found.sort(key=lambda info: info.made_at, reverse=True)
    return found


def backups_to_remove(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """Which backups rotation drops: keep the newest per day (7 days) and per ISO week (4 weeks)."""
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for info in sorted(backups, key=lambda b: b.made_at, reverse=True):
        if now - info.made_at < timedelta(hours=1):
            keep.add(info.path)
            continue
        day = info.made_at.date()
        week = info.made_at.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(info.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(info.path)
    return [info for info in backups if info.path not in keep]


def rotate_backups(db_path: Path, now: datetime | None = None) -> list[Path]:
    removed = []
    for info in backups_to_remove(list_backups(db_path), now or datetime.now()):
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def backup_at_close(db_path: Path, now: datetime | None = None) -> Path | None:
    """The backup made when the program closes: at most one an hour, then rotation."""
    now = now or datetime.now()
    existing = list_backups(db_path)
    if existing and now - existing[0].made_at < timedelta(hours=1):
        return None
    made = make_backup(db_path, "afsluiten", now)
    rotate_backups(db_path, now)
    return made
