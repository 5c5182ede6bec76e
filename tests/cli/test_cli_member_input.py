"""``casetafel mijn-inbreng --deelnemer NAAM``: a Dutch refusal (exit 2) for someone on no attendance list,
and the "Mijn inbreng" window for a participant, opened through the one entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from casetafel import cli
from casetafel.services.member_input import Author
from tests.cli.test_cli import run


def test_someone_on_no_attendance_list_is_refused_in_dutch(private_home: Path) -> None:
    assert run("demo", home=private_home).returncode == 0
    result = run("mijn-inbreng", "--deelnemer", "Niemand Bekend", home=private_home)
    assert result.returncode == 2
    assert "geen bijeenkomst" in result.stderr and "Niemand Bekend" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_window_opens_for_a_participant(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli.main(["demo"]) == 0
    opened = []

    def fake_window(services, author, language=None):
        opened.append((author, [s.title for s in services.member_input.attended(author)]))
        return 0

    monkeypatch.setattr("casetafel.app.run_member_input", fake_window)
    assert cli.main(["mijn-inbreng", "--deelnemer", " Fatima el Idrissi "]) == 0
    assert opened[0][0] == Author(name="Fatima el Idrissi") and len(opened[0][1]) == 2
