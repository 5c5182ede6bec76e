"""Issue 14 point 0: a ``#``, ``?``, ``%``, space, non-ASCII letter or leading ``-`` in the folder or file
name must not change which file SQLite opens (every address is a quoted URI or a plain path)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casetafel.services.container import Services
from casetafel.services.maintenance import backup_now, check_integrity, restore
from casetafel.storage.backup import make_backup
from casetafel.storage.errors import DatabaseDamagedError
from casetafel.storage.inspection import inspect_existing

NAMES = ["G #3", "vraag?mode=rwc", "100%25 zeker", "met spatie", "Ærø-ü", "-streep"]


def _tables(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM meetings").fetchone()[0]


@pytest.fixture(params=NAMES)
def odd_db(request, tmp_path: Path) -> Path:
    folder = tmp_path / request.param / "c"
    db = folder / f"{request.param}.sqlite"
    services = Services.open(db)
    services.meetings.create_meeting("Casustafel")
    services.close()
    return db


def test_backup_and_restore_keep_the_data(odd_db: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in odd_db.parent.iterdir())
    made = make_backup(odd_db, "handmatig")
    assert _tables(made) == 1
    copy = backup_now(odd_db, odd_db.parent / "kopie #?%.sqlite")
    assert _tables(copy) == 1
    kept = restore(odd_db, copy)
    assert kept is not None and _tables(kept) == 1
    assert _tables(odd_db) == 1
    after = sorted(p.name for p in odd_db.parent.iterdir())
    assert set(after) - set(before) <= {"backups", "kopie #?%.sqlite"}


def test_a_healthy_file_is_in_order_and_a_damaged_one_is_not(odd_db: Path) -> None:
    assert inspect_existing(odd_db) is not None
    assert check_integrity(odd_db).ok
    raw = bytearray(odd_db.read_bytes())
    raw[4096 : 4096 + 2000] = b"\xff" * 2000  # a page of the data, not the header
    odd_db.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        odd_db.with_name(odd_db.name + suffix).unlink(missing_ok=True)
    damaged = False
    try:
        inspect_existing(odd_db)
    except DatabaseDamagedError:
        damaged = True
    assert damaged or not check_integrity(odd_db).ok


def test_opening_uses_that_file_and_no_other(odd_db: Path) -> None:
    folder = odd_db.parent
    before = sorted(p.name for p in folder.iterdir())
    services = Services.open(odd_db)
    assert [s.title for s in services.meetings.list_meetings()] == ["Casustafel"]
    services.close()
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        n for n in before if not n.endswith(("-wal", "-shm"))
    ]


def test_the_commands_with_such_a_name(tmp_path: Path) -> None:
    from tests.cli.test_cli import run

    home = tmp_path / "G #3 ?x=1 100%25 Ærø"
    db = home / "-c #?%.sqlite"
    assert run("--db", str(db), "demo", home=home).returncode == 0
    made = run("--db", str(db), "backup", home=home)
    assert made.returncode == 0, made.stderr
    copies = list((home / "backups").iterdir())
    assert len(copies) == 1 and _tables(copies[0]) == 3
    assert run("--db", str(db), "check", home=home).returncode == 0
    restored = run("--db", str(db), "restore", str(copies[0]), home=home)
    assert restored.returncode == 0, restored.stderr
    assert _tables(db) == 3
    assert sorted(p.name for p in home.iterdir()) == ["-c #?%.sqlite", "backups"]
