"""A few SIGKILLs in the middle of writing lose nothing that was confirmed (the long run is in tests/stress)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from casetafel.storage import inspection
from casetafel.storage.errors import DatabaseDamagedError
from casetafel.storage.inspection import SCHEMA_HEAD, inspect_existing
from casetafel.storage.opening import open_database
from tests.kill_check import run_kills


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_writer_loses_nothing_confirmed(tmp_path: Path) -> None:
    report = run_kills(tmp_path / "kill.sqlite", kills=5)
    assert report.integrity == ["ok"]
    assert report.confirmed > 0
    assert report.stored >= report.confirmed


def _mid_checkpoint_crash(path: Path, rows: int) -> None:
    """Leave ``path`` as a crash in the middle of a checkpoint leaves it: the first page (with the new
    page count) already copied from the WAL into the file, the pages after it not yet, the WAL intact."""
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_autocheckpoint=0")
    with connection:
        connection.execute("CREATE TABLE crash_filler (n INTEGER, data BLOB)")
        connection.executemany(
            "INSERT INTO crash_filler VALUES (?, randomblob(3000))", [(n,) for n in range(rows)]
        )
    before = path.read_bytes()
    wal = path.with_name(path.name + "-wal").read_bytes()
    connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    first_page = path.read_bytes()[:page_size]
    connection.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(first_page + before[page_size:])
    path.with_name(path.name + "-wal").write_bytes(wal)


def test_a_crash_in_the_middle_of_a_checkpoint_is_not_taken_for_damage(tmp_path: Path) -> None:
    # Found by the kill test above: the file was refused as "beschadigd (afgekapt)" while SQLite itself
    # completes the missing pages from the WAL.
    path = tmp_path / "crash.sqlite"
    _mid_checkpoint_crash(path, rows=300)
    header = path.read_bytes()[:100]
    claimed = int.from_bytes(header[28:32], "big") * int.from_bytes(header[16:18], "big")
    assert claimed > path.stat().st_size, "the crash state should have a header that counts more pages"

    assert inspect_existing(path) == SCHEMA_HEAD
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            count = connection.exec_driver_sql("SELECT count(*) FROM crash_filler").scalar_one()
            integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar_one()
    finally:
        database.close()
    assert count == 300
    assert integrity == "ok"


def test_a_short_file_without_a_journal_is_still_damaged(tmp_path: Path) -> None:
    path = tmp_path / "short.sqlite"
    _mid_checkpoint_crash(path, rows=300)
    path.with_name(path.name + "-wal").unlink()
    with pytest.raises(DatabaseDamagedError) as raised:
        inspect_existing(path)
    assert raised.value.detail == "het bestand is afgekapt"
    assert "beschadigd" in str(raised.value)


def test_a_short_file_whose_wal_lacks_the_pages_is_damaged_also_when_large(
    tmp_path: Path, monkeypatch
) -> None:
    # A WAL next to a short file is no excuse when it does not hold the missing pages; files above
    # FULL_CHECK_MAX_BYTES (normally no full check) get the full check in that case.
    monkeypatch.setattr(inspection, "FULL_CHECK_MAX_BYTES", 1024)
    crashed = tmp_path / "crashed.sqlite"
    _mid_checkpoint_crash(crashed, rows=300)
    assert inspect_existing(crashed) == SCHEMA_HEAD  # the WAL holds the pages: fine, however large

    path = tmp_path / "cut.sqlite"
    open_database(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE filler (n INTEGER, data BLOB)")
        connection.executemany("INSERT INTO filler VALUES (?, randomblob(3000))", [(n,) for n in range(600)])
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    with connection:  # a small change that stays in the WAL
        connection.execute("UPDATE alembic_version SET version_num = version_num")
    wal = path.with_name(path.name + "-wal").read_bytes()
    connection.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # half the file lost; the WAL holds one page
    path.with_name(path.name + "-wal").write_bytes(wal)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    with pytest.raises(DatabaseDamagedError):
        inspect_existing(path)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_crash_state_opened_through_a_symbolic_link(tmp_path: Path) -> None:
    # SQLite keeps the WAL next to the file the link points to.
    (tmp_path / "real").mkdir()
    (tmp_path / "link").mkdir()
    real = tmp_path / "real" / "crash.sqlite"
    _mid_checkpoint_crash(real, rows=300)
    link = tmp_path / "link" / "crash.sqlite"
    link.symlink_to(real)
    assert inspect_existing(link) == SCHEMA_HEAD
