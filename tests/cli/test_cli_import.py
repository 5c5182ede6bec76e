"""``casetafel import`` and ``casetafel export --schema`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from tests.cli.test_cli_reports import demo_home, finished_meeting_id, run  # noqa: F401 - fixture


def test_export_then_import_prints_the_new_session_id_last(demo_home: Path, tmp_path: Path) -> None:  # noqa: F811
    meeting = finished_meeting_id(demo_home)
    exported = tmp_path / "sessie.json"
    assert run("export", meeting, "-o", str(exported), home=demo_home).returncode == 0
    schema = run("export", "--schema", home=demo_home)
    assert schema.returncode == 0
    jsonschema.validate(json.loads(exported.read_text(encoding="utf-8")), json.loads(schema.stdout))

    other = tmp_path / "ander-thuis"
    other.mkdir()
    result = run("import", str(exported), home=other)
    assert result.returncode == 0, result.stderr
    new_id = result.stdout.splitlines()[-1]
    assert new_id.isdigit()
    again = tmp_path / "terug.json"
    assert run("export", new_id, "-o", str(again), home=other).returncode == 0
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (exported, again))
    assert [q["number"] for q in first["cases"][0]["questions"]] == [
        q["number"] for q in second["cases"][0]["questions"]
    ]


def test_a_bad_file_is_refused_with_one_sentence(demo_home: Path, tmp_path: Path) -> None:  # noqa: F811
    bad = tmp_path / "kapot.json"
    bad.write_text('{"format": "casetafel-sessie", "version": 2, "tit', encoding="utf-8")
    result = run("import", str(bad), home=demo_home)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "afgekapt" in result.stderr
    missing = run("export", home=demo_home)
    assert missing.returncode == 2 and "--schema" in missing.stderr
