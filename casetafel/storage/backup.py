"""Backups of the database with SQLite's online backup API (never a file copy of a live WAL database).

Backups live in ``backups/`` next to the database, each written privately and atomically (see
``casetafel.private_files``): an interrupted backup leaves nothing readable behind. Automatic backups
are made before every migration and at close (at most once an hour). Rotation keeps the newest close
backup of each of the last 7 days and of each of the last 4 ISO weeks, plus anything made in the last
hour; safety copies (before a migration, before a restore, made by hand) are kept at least 30 days and
the newest three of them always. Times are the file times casetafel set when it made the copy; a copy
dated in the future (a clock that was wrong once) is kept but counts for nothing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from casetafel.paths import backup_dir
from casetafel.private_files import TEMP_PREFIX, ensure_private_dir, write_privately
from casetafel.storage.errors import StorageError, describe_os_error
from casetafel.storage.sqlite_files import connect_read_only

STAMP_FORMAT = "%Y%m%d-%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
SAFETY_REASONS = ("voor_migratie", "voor_herstel", "handmatig")
KEEP_SAFETY_DAYS = 30
KEEP_SAFETY_AT_LEAST = 3
STALE_TEMP = timedelta(days=1)


class BackupError(StorageError):
    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"De reservekopie kon niet gemaakt worden: {detail}. "
            "Er is geen half bestand achtergebleven; de database zelf is niet gewijzigd."
        )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int

    @property
    def is_safety_copy(self) -> bool:
        return self.reason.startswith(SAFETY_REASONS)


def copy_database(source: Path, destination: Path) -> None:
    """Copy the database ``source`` into the new file ``destination`` with the backup API."""
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def backup_to(source: Path, target: Path, *, overwrite: bool = False) -> Path:
    """A private copy of the database ``source`` at ``target``, complete or not there at all."""
    try:
        write_privately(target, lambda part: copy_database(source, part), overwrite=overwrite)
    except FileExistsError:
        raise
    except sqlite3.Error as error:
        raise BackupError(describe_sqlite_error(error)) from error
    except OSError as error:
        raise BackupError(describe_os_error(error)) from error
    return target


def describe_sqlite_error(error: sqlite3.Error) -> str:
    text = str(error).lower()
    if "full" in text:
        return "de schijf is vol; maak ruimte vrij en probeer het opnieuw"
    if "readonly" in text or "read-only" in text:
        return "de map is alleen-lezen; kies een map waarin u mag schrijven"
    if "i/o" in text:
        return "de schijf gaf een lees- of schrijffout; controleer de schijf"
    if "unable to open" in text:
        return "het bestand kon niet geopend worden; controleer of de map bestaat en of u er mag schrijven"
    return "SQLite weigerde de kopie; controleer de database met ‘casetafel check’"


def make_backup(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """An automatic or manual backup in the backup folder; the file name records when and why, the
    file time is set to that moment (rotation compares file times).

    ``reason`` is one word without hyphens, e.g. ``handmatig`` or ``voor_migratie_0001``.
    """
    now = now or datetime.now()
    folder = backup_dir(db_path)
    try:
        ensure_private_dir(folder)
    except OSError as error:
        raise BackupError(describe_os_error(error)) from error
    _remove_stale_temporaries(folder)
    target = folder / f"{db_path.stem}-{now.strftime(STAMP_FORMAT)}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{db_path.stem}-{now.strftime(STAMP_FORMAT)}-{reason}-{counter}.sqlite"
    backup_to(db_path, target)
    stamp = now.timestamp()
    os.utime(target, (stamp, stamp))
    return target


def _remove_stale_temporaries(folder: Path) -> None:
    """Private temporary folders of a backup that was killed half-way (a day or older) are removed."""
    limit = time.time() - STALE_TEMP.total_seconds()
    for leftover in folder.glob(TEMP_PREFIX + "*"):
        try:
            if leftover.is_dir() and leftover.stat().st_mtime < limit:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            continue


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first (by the file time casetafel set)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    prefix = db_path.stem + "-"
    for file in folder.glob(f"{db_path.stem}-*.sqlite"):
        rest = file.stem[len(prefix) :]
        stamp, _, reason = rest[:15], rest[15:16], rest[16:]
        try:
            datetime.strptime(stamp, STAMP_FORMAT)
            stat = file.stat()
        except (ValueError, OSError):
            continue
        made_at = datetime.fromtimestamp(stat.st_mtime)
        found.append(BackupInfo(file, made_at, reason.split("-")[0] or "handmatig", stat.st_size))
    found.sort(key=lambda info: info.made_at, reverse=True)
    return found


def backups_to_remove(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """Which backups rotation drops.

    Close backups: keep the newest per day (7 days) and per ISO week (4 weeks), and the last hour.
    Safety copies: keep those younger than 30 days and the newest three whatever their age.
    Anything dated in the future is kept (and counts for nothing)."""
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    safety_kept = 0
    for info in sorted(backups, key=lambda b: b.made_at, reverse=True):
        age = now - info.made_at
        if age < timedelta(0):
            keep.add(info.path)
            continue
        if info.is_safety_copy:
            if age < timedelta(days=KEEP_SAFETY_DAYS) or safety_kept < KEEP_SAFETY_AT_LEAST:
                keep.add(info.path)
                safety_kept += 1
            continue
        if age < timedelta(hours=1):
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
    """The backup made when the program closes: at most one an hour, then rotation. Copies dated in
    the future do not count as recent."""
    now = now or datetime.now()
    recent = [b for b in list_backups(db_path) if timedelta(0) <= now - b.made_at < timedelta(hours=1)]
    if recent:
        return None
    made = make_backup(db_path, "afsluiten", now)
    rotate_backups(db_path, now)
    return made


def copy_backup_for_opening(backup: Path, original: Path) -> Path:
    """A copy of ``backup`` next to ``original`` to open instead; neither file is changed."""
    from casetafel.private_files import write_privately

    target = original.with_name(f"{original.stem}-hersteld-{datetime.now():%Y%m%d-%H%M%S}.sqlite")
    write_privately(target, lambda part: shutil.copyfile(backup, part), overwrite=False)
    return target
