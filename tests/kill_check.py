"""Kill a writer process at random moments and check that nothing confirmed is lost or half written."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from casetafel.services.container import Services
from tests.kill_writer import expected_text

WRITER = Path(__file__).resolve().parent / "kill_writer.py"
ROOT = WRITER.parent.parent


@dataclass
class KillReport:
    kills: int
    confirmed: int
    stored: int
    integrity: list[str]


def run_kills(db_path: Path, kills: int, seed: int = 7) -> KillReport:
    services = Services.open(db_path)
    meeting_id = services.meetings.create_meeting("Kill-test").id
    services.close()
    rng = random.Random(seed)
    confirmed: set[int] = set()
    next_number = 0
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for _ in range(kills):
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), str(meeting_id), str(next_number)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert process.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.05, 0.4)
        seen = []
        os.set_blocking(process.stdout.fileno(), False)
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if line:
                seen.append(line)
            else:
                time.sleep(0.001)
        process.send_signal(signal.SIGKILL)
        process.wait()
        rest = process.stdout.read() or ""
        for line in "".join(seen).splitlines() + rest.splitlines():
            if line.strip().isdigit():
                confirmed.add(int(line))
        next_number = max(confirmed, default=next_number) + 1000
    connection = sqlite3.connect(db_path)
    try:
        integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        rows = connection.execute("SELECT text FROM observations").fetchall()
    finally:
        connection.close()
    stored: dict[int, str] = {}
    for (text,) in rows:
        number = int(text.split("-", 2)[1])
        stored[number] = text
    missing = confirmed - set(stored)
    assert not missing, f"confirmed observations lost: {sorted(missing)[:10]}"
    broken = [n for n, text in stored.items() if text != expected_text(n)]
    assert not broken, f"half-written observations: {broken[:10]}"
    return KillReport(kills, len(confirmed), len(stored), integrity)
