"""Issue 14 point 6: a full disk. Every command ends with one Dutch sentence and exit 2, leaves no part
file behind, and the database is untouched; the backup at close of the window does not escape either.

The full disk is made by a file-size limit (RLIMIT_FSIZE) in the child process, set when the first file
is written: SQLite and Python then get "file too large"/"disk full" from the system where a full disk
would stop them (the wording depends on where the write stops)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from casetafel.services.container import Services
from tests.cli.test_cli import run

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE"),
    pytest.mark.sqlite_only,  # a full disk under the database file
]

# The limit starts when casetafel begins to write a file (reading the database first needs its -shm).
FULL_DISK = """
import resource, signal, sys
import casetafel.private_files as files
import casetafel.storage.backup as backup
from casetafel.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
real = files.write_privately

def write_on_a_full_disk(*args, **kwargs):
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return real(*args, **kwargs)

files.write_privately = backup.write_privately = write_on_a_full_disk
sys.exit(main(sys.argv[2:]))
"""

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def run_on_full_disk(*args: str, home: Path, limit: int = 4096) -> subprocess.CompletedProcess:
    env = dict(os.environ, CASETAFEL_HOME=str(home), PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(limit), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def assert_one_dutch_sentence(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("casetafel: "), result.stderr
    text = lines[0]
    assert "Traceback" not in text and "()" not in text
    assert "schijf" in text or "te groot" in text, text
    assert not any(word in text for word in ("No space", "disk is full", "Errno", "OperationalError"))


def test_commands_on_a_full_disk(private_home: Path, tmp_path: Path) -> None:
    assert run("demo", home=private_home).returncode == 0
    db = private_home / "casetafel.sqlite"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out = tmp_path / "uit"
    out.mkdir()
    existing = files_under(private_home)
    for args in (
        ("backup",),
        ("backup", "-o", str(out / "kopie.sqlite")),
        ("export", "1", "-o", str(out / "s.json")),
        ("export", "1", "-o", str(out / "s.csv")),
        ("report", "1", "-o", str(out / "v.pdf")),
    ):
        assert_one_dutch_sentence(run_on_full_disk(*args, home=private_home))
    assert files_under(out) == set()
    assert files_under(private_home) - existing <= {"backups"}
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_the_backup_before_an_upgrade_on_a_full_disk(private_home: Path) -> None:
    private_home.mkdir()
    db = private_home / "casetafel.sqlite"
    shutil.copy(FIXTURES / "schema_0001.sqlite", db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run_on_full_disk("sessions", home=private_home)
    assert_one_dutch_sentence(result)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    backups = private_home / "backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_the_backup_at_close_on_a_full_disk_does_not_escape(services: Services, monkeypatch) -> None:
    import casetafel.storage.backup as backup
    from casetafel.app import _close

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup.sqlite3, "connect", full)
    _close(services)  # logs the failure; the window's close goes on
    assert not any(p.is_file() for p in (services.path.parent / "backups").rglob("*"))
