"""The ``casetafel`` command as a user runs it: in a subprocess, with Dutch errors and no tracebacks."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from casetafel import __version__


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, CASETAFEL_HOME=str(home), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "casetafel", *args], capture_output=True, text=True, env=env, timeout=180
    )


def test_version(private_home: Path) -> None:
    result = run("--version", home=private_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"casetafel {__version__}"


def test_demo_then_sessions_lists_the_demo(private_home: Path) -> None:
    result = run("demo", home=private_home)
    assert result.returncode == 0, result.stderr
    assert "bijeenkomsten" in result.stdout
    listed = run("sessions", home=private_home)
    assert listed.returncode == 0
    lines = listed.stdout.strip().splitlines()
    assert lines[0].split() == ["id", "datum", "status", "titel"]
    assert len(lines) >= 4
    assert any("Afgerond" in line for line in lines) and any("Gepland" in line for line in lines)
    assert (private_home / "casetafel.sqlite").exists()


def test_demo_refuses_a_database_with_data(private_home: Path) -> None:
    assert run("demo", home=private_home).returncode == 0
    again = run("demo", home=private_home)
    assert again.returncode == 2
    assert "bevat al" in again.stderr and "Traceback" not in again.stderr


def test_global_db_option_before_and_after_the_command(private_home: Path, tmp_path: Path) -> None:
    db = tmp_path / "elders.sqlite"
    assert run("--db", str(db), "demo", home=private_home).returncode == 0
    assert "Gepland" in run("sessions", "--db", str(db), home=private_home).stdout
    assert not (private_home / "casetafel.sqlite").exists()


def test_backup_restore_and_check(private_home: Path, tmp_path: Path) -> None:
    assert run("demo", home=private_home).returncode == 0
    target = tmp_path / "kopie.sqlite"
    made = run("backup", "-o", str(target), home=private_home)
    assert made.returncode == 0 and target.exists()
    exists = run("backup", "-o", str(target), home=private_home)
    assert exists.returncode == 2 and "bestaat al" in exists.stderr
    restored = run("restore", str(target), home=private_home)
    assert restored.returncode == 0, restored.stderr
    assert "eerst bewaard" in restored.stdout
    checked = run("check", home=private_home)
    assert checked.returncode == 0 and "in orde" in checked.stdout


@pytest.mark.parametrize(
    "content", [b"", b"geen database", bytes(range(256)) * 40], ids=["empty", "text", "bytes"]
)
def test_damaged_file_gets_a_dutch_message_and_stays_unchanged(
    private_home: Path, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "stuk.sqlite"
    path.write_bytes(content)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for command in (["sessions"], ["check"], ["demo"]):
        result = run("--db", str(path), *command, home=private_home)
        assert result.returncode != 0
        assert "niet gewijzigd" in result.stderr and "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_newer_database_gets_a_dutch_message_and_stays_unchanged(private_home: Path) -> None:
    assert run("demo", home=private_home).returncode == 0
    path = private_home / "casetafel.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num='9999'")
    connection.commit()
    connection.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("sessions", home=private_home)
    assert result.returncode == 2
    assert "nieuwere versie van casetafel" in result.stderr and "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_missing_files_are_plain_errors(private_home: Path, tmp_path: Path) -> None:
    result = run("restore", str(tmp_path / "bestaat-niet.sqlite"), home=private_home)
    assert result.returncode == 2
    assert "bestaat niet" in result.stderr and "Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error(private_home: Path) -> None:
    result = run("vergadering", home=private_home)
    assert result.returncode == 2
    assert "usage" in result.stderr.lower() or "gebruik" in result.stderr.lower()
