"""README.md shows the two set-up commands, and CI runs the README's test command as written."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_COMMAND = "python -m pip install . && casetafel"
TEST_COMMAND = 'python -m pip install ".[test]" && python -m pytest'


def test_readme_shows_both_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert START_COMMAND in readme.splitlines()
    assert TEST_COMMAND in readme.splitlines()


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in ci.splitlines()
    assert "python3 -m venv" in ci
