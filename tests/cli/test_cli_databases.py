"""The commands on both databases: a file, and a shared PostgreSQL database (when a test server runs).

The same calls, the same answers: what differs is only what a server leaves to its administrator
(backups, restore, the integrity check), and those say so instead of pretending.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture
def database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """What ``--db`` is given: a file, or the address of a new database on the test server."""
    if backend == "postgresql":
        return request.getfixturevalue("server_database")
    return str(tmp_path / "data" / "casetafel.sqlite")


def test_demo_sessions_report_export_import_followup(
    database: str, private_home: Path, tmp_path: Path
) -> None:
    made = run("demo", "--db", database, home=private_home)
    assert made.returncode == 0, made.stderr
    listed = run("sessions", "--db", database, home=private_home)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split() for line in listed.stdout.splitlines()[1:]]
    assert len(rows) >= 3
    first = rows[0][0]

    pdf = tmp_path / "verslag.pdf"
    report = run("report", first, "-o", str(pdf), "--public", "--db", database, home=private_home)
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    exported = tmp_path / "sessie.json"
    export = run("export", first, "-o", str(exported), "--db", database, home=private_home)
    assert export.returncode == 0, export.stderr
    data = json.loads(exported.read_text(encoding="utf-8"))
    imported = run("import", str(exported), "--db", database, home=private_home)
    assert imported.returncode == 0, imported.stderr
    again = run("sessions", "--db", database, home=private_home)
    assert len(again.stdout.splitlines()) == len(listed.stdout.splitlines()) + 1
    assert data["title"] in again.stdout

    standing = tmp_path / "stand.csv"
    followup = run("followup", "-o", str(standing), "--public", "--db", database, home=private_home)
    assert followup.returncode == 0, followup.stderr
    assert standing.read_text(encoding="utf-8-sig").count("\n") > 5

    check = run("anon-check", "--session", first, "--db", database, home=private_home)
    assert check.returncode in (0, 1), check.stderr


def test_a_server_database_leaves_backups_to_its_administrator(
    server_database: str, private_home: Path, tmp_path: Path
) -> None:
    database = server_database
    for command in (["backup"], ["check"], ["restore", str(tmp_path / "kopie.sqlite")]):
        (tmp_path / "kopie.sqlite").write_bytes(b"")
        result = run(*command, "--db", database, home=private_home)
        assert result.returncode == 2
        assert "pg_dump" in result.stderr and "beheerder" in result.stderr
        assert "Traceback" not in result.stderr
