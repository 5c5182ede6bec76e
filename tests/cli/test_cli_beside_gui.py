"""Issue 14 point 1: a command beside the running program. Commands that write refuse, naming the holder
("casetafel" and its host); commands that only read run beside it on a consistent snapshot."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import run

HOLDER = """
import sys
from pathlib import Path
from casetafel.services.container import Services
from casetafel.ui.app_shell.startup import DatabaseLock
path = Path(sys.argv[1])
lock = DatabaseLock(path)
lock.acquire()
services = Services.open(path)
print("locked", flush=True)
sys.stdin.read()
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def running_program(private_home: Path):
    """The GUI's hold on the database (its lock and an open database), in another process."""
    assert run("demo", home=private_home).returncode == 0
    db = private_home / "casetafel.sqlite"
    env = dict(os.environ, CASETAFEL_HOME=str(private_home))
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout.readline().strip() == "locked"
    yield db
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_writing_commands_refuse_and_name_the_holder(
    running_program: Path, private_home: Path, tmp_path
) -> None:
    other = tmp_path / "ander.sqlite"
    assert run("--db", str(other), "demo", home=private_home).returncode == 0
    before = digest(running_program)
    for args in (("restore", str(other)), ("demo",)):
        result = run(*args, home=private_home)
        assert result.returncode == 2, result
        assert "casetafel (proces" in result.stderr and socket.gethostname() in result.stderr
        assert "python" not in result.stderr.lower() and "Traceback" not in result.stderr
    assert digest(running_program) == before


def test_reading_commands_run_beside_the_program(running_program: Path, private_home: Path, tmp_path) -> None:
    listed = run("sessions", home=private_home)
    assert listed.returncode == 0, listed.stderr
    assert "Gepland" in listed.stdout
    assert run("check", home=private_home).returncode == 0
    assert run("export", "1", "-o", str(tmp_path / "s.json"), home=private_home).returncode == 0
    made = run("backup", "-o", str(tmp_path / "kopie.sqlite"), home=private_home)
    assert made.returncode == 0, made.stderr
    report = run("report", "1", "-o", str(tmp_path / "v.pdf"), home=private_home)
    assert report.returncode == 0, report.stderr
