"""Backups with the SQLite backup API, rotation, the once-an-hour backup at close, restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from casetafel.services.container import Services
from casetafel.services.maintenance import backup_now, check_integrity, restore
from casetafel.storage.backup import BackupInfo, backup_at_close, backups_to_remove, list_backups, make_backup

pytestmark = pytest.mark.sqlite_only  # about the database file itself


def count_cases(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM cases").fetchone()[0]
    finally:
        connection.close()


def test_backup_of_a_live_wal_database_holds_committed_data(services: Services) -> None:
    services.cases.create_case("Na de backup-API", "tekst")
    made = backup_now(services.path)  # services still open: WAL not checkpointed
    assert count_cases(made) == 1
    assert check_integrity(made).ok
    assert list_backups(services.path)[0].reason == "handmatig"


def test_backup_at_close_at_most_once_an_hour(services: Services) -> None:
    now = datetime(2026, 11, 25, 21, 0)
    assert backup_at_close(services.path, now) is not None
    assert backup_at_close(services.path, now + timedelta(minutes=30)) is None
    assert backup_at_close(services.path, now + timedelta(minutes=61)) is not None
    assert len(list_backups(services.path)) == 2


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    now = datetime(2026, 11, 25, 12, 0)
    backups = [
        BackupInfo(Path(f"b{i}.sqlite"), now - timedelta(days=i, hours=2), "afsluiten", 1) for i in range(60)
    ]
    backups += [BackupInfo(Path("recent.sqlite"), now - timedelta(minutes=5), "afsluiten", 1)]
    removed = {b.path for b in backups_to_remove(backups, now)}
    kept = [b for b in backups if b.path not in removed]
    days = {b.made_at.date() for b in kept}
    weeks = {b.made_at.isocalendar()[:2] for b in kept}
    assert Path("recent.sqlite") not in removed
    assert len(kept) <= 1 + 7 + 4
    assert {(now - timedelta(days=i, hours=2)).date() for i in range(7)} <= days
    assert len(weeks) >= 4
    assert Path("b59.sqlite") in removed


def test_rotation_removes_files(services: Services) -> None:
    start = datetime(2026, 1, 1, 12, 0)
    for day in range(40):
        make_backup(services.path, "afsluiten", start + timedelta(days=day))
    backup_at_close(services.path, start + timedelta(days=40))
    assert len(list_backups(services.path)) <= 1 + 7 + 4


def test_restore_keeps_a_copy_of_the_current_file(services: Services, tmp_path: Path) -> None:
    services.cases.create_case("Eerste", "tekst")
    backup = backup_now(services.path, tmp_path / "kopie.sqlite")
    services.cases.create_case("Tweede", "tekst")
    path = services.path
    services.close()
    kept = restore(path, backup)
    assert kept is not None and count_cases(kept) == 2
    assert count_cases(path) == 1
    reopened = Services.open(path)
    try:
        assert [c.title for c in reopened.cases.list_cases()] == ["Eerste"]
    finally:
        reopened.close()
