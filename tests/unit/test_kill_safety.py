"""A few SIGKILLs in the middle of writing lose nothing that was confirmed (the long run is in tests/stress)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.kill_check import run_kills


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_writer_loses_nothing_confirmed(tmp_path: Path) -> None:
    report = run_kills(tmp_path / "kill.sqlite", kills=5)
    assert report.integrity == ["ok"]
    assert report.confirmed > 0
    assert report.stored >= report.confirmed
