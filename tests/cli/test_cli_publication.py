"""``report --public``, ``export --public`` and ``anon-check --session`` on a session in which people
typed identifiers during the meeting."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casetafel.services.container import Services

TYPED = "Mevrouw Hendriks van de Molenweg 7 belde 06-24681357 over haar BSN 111222333"
IDENTIFIERS = ("Hendriks", "Molenweg 7", "06-24681357", "111222333", "k.hendriks@voorbeeld.nl")


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, CASETAFEL_HOME=str(home), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "casetafel", *args], capture_output=True, text=True, env=env, timeout=300
    )


@pytest.fixture
def typed_session(private_home: Path) -> str:
    services = Services.open(private_home / "casetafel.sqlite")
    try:
        case = services.cases.create_case("Schulden", "Mevrouw A. heeft schulden.")
        services.cases.confirm_anonymisation(case.id, "Griffier")
        meeting = services.meetings.create_meeting("Casustafel maart")
        services.meetings.add_to_agenda(meeting.id, case.id)
        services.records.record_observation(meeting.id, case.id, "schot", TYPED)
        services.records.record_action(
            meeting.id, case.id, "Mail k.hendriks@voorbeeld.nl terug", owner="griffie"
        )
        return str(meeting.id)
    finally:
        services.close()


def test_anon_check_session_lists_findings_and_exits_1(typed_session: str, private_home: Path) -> None:
    result = run("anon-check", "--session", typed_session, home=private_home)
    assert result.returncode == 1, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {line["item"].split()[0] for line in lines} == {"observatie", "actie"}
    categories = {f["category"] for line in lines for f in line["findings"]}
    assert {"telefoon", "bsn", "email"} <= categories
    assert all(set(f) == {"start", "end", "category", "text"} for line in lines for f in line["findings"])


def test_anon_check_session_without_findings_exits_0(private_home: Path) -> None:
    services = Services.open(private_home / "casetafel.sqlite")
    try:
        meeting = services.meetings.create_meeting("Casustafel april")
        services.records.record_observation(meeting.id, None, "schot", "De regels botsen.")
    finally:
        services.close()
    result = run("anon-check", "--session", str(meeting.id), home=private_home)
    assert (result.returncode, result.stdout) == (0, "")


def test_public_exports_hold_no_identifier(typed_session: str, private_home: Path, tmp_path: Path) -> None:
    for name in ("openbaar.csv", "openbaar.json"):
        target = tmp_path / name
        result = run("export", typed_session, "--public", "-o", str(target), home=private_home)
        assert result.returncode == 0, result.stderr
        written = target.read_text(encoding="utf-8-sig")
        for value in IDENTIFIERS:
            assert value not in written, (name, value)
        assert "gemaskeerd" in result.stderr and "telefoon 1" in result.stderr
    confidential = tmp_path / "vertrouwelijk.csv"
    assert run("export", typed_session, "-o", str(confidential), home=private_home).returncode == 0
    written = confidential.read_text(encoding="utf-8-sig")
    assert "Hendriks" in written and "06-24681357" not in written and "[TELEFOON]" in written


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")
def test_public_report_masks_and_counts(typed_session: str, private_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "openbaar.pdf"
    result = run("report", typed_session, "--public", "-o", str(target), home=private_home)
    assert result.returncode == 0, result.stderr
    assert "bsn 1" in result.stderr and "email 1" in result.stderr
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    for value in IDENTIFIERS:
        assert value not in text.replace("\n", " ")
    assert "[TELEFOON]" in text
