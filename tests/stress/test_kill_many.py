"""Run on demand: ``python -m pytest tests/stress -s``. 60 SIGKILLs at random moments while writing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.kill_check import run_kills

KILLS = int(os.environ.get("CASETAFEL_KILLS", "60"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_many_kills(tmp_path: Path) -> None:
    report = run_kills(tmp_path / "kill.sqlite", kills=KILLS, seed=2026)
    print(
        f"\nkills: {report.kills}, confirmed observations: {report.confirmed}, stored: {report.stored}, "
        f"integrity_check: {report.integrity}"
    )
    assert report.integrity == ["ok"]
    assert report.stored >= report.confirmed > 0
