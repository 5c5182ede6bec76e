"""``casetafel report``, ``export`` and ``anon-check`` as a user runs them."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, CASETAFEL_HOME=str(home), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "casetafel", *args], capture_output=True, text=True, env=env, timeout=300
    )


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("demo-home")
    assert run("demo", home=home).returncode == 0
    return home


def finished_meeting_id(home: Path) -> str:
    lines = run("sessions", home=home).stdout.splitlines()[1:]
    return next(line.split()[0] for line in lines if "Afgerond" in line)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")
def test_report_both_variants(demo_home: Path, tmp_path: Path) -> None:
    meeting = finished_meeting_id(demo_home)
    confidential, public = tmp_path / "verslag.pdf", tmp_path / "openbaar.pdf"
    result = run("report", meeting, "-o", str(confidential), home=demo_home)
    assert result.returncode == 0, result.stderr
    assert "vertrouwelijk" in result.stdout
    assert run("report", meeting, "-o", str(public), "--public", home=demo_home).returncode == 0
    text = subprocess.run(["pdftotext", str(confidential), "-"], capture_output=True, text=True).stdout
    public_text = subprocess.run(["pdftotext", str(public), "-"], capture_output=True, text=True).stdout
    assert "Vertrouwelijk" in text.replace("VERTROUWELIJK", "Vertrouwelijk")
    assert "Openbaar" in public_text.replace("OPENBAAR", "Openbaar")
    assert "Ingrid Hoekstra" not in public_text
    assert not list(tmp_path.glob("*.part"))


def test_export_csv_and_json(demo_home: Path, tmp_path: Path) -> None:
    meeting = finished_meeting_id(demo_home)
    target = tmp_path / "sessie.csv"
    result = run("export", meeting, "-o", str(target), home=demo_home)
    assert result.returncode == 0, result.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["classificatie", "datum bijeenkomst", "bijeenkomst", "soort"] and len(rows) > 10
    assert {row[0] for row in rows[1:]} == {"VERTROUWELIJK"}
    json_target = tmp_path / "sessie.json"
    assert run("export", meeting, "-o", str(json_target), home=demo_home).returncode == 0
    assert json.loads(json_target.read_text(encoding="utf-8"))["format"] == "casetafel-sessie"


def test_wrong_suffix_and_missing_session_are_plain_errors(demo_home: Path, tmp_path: Path) -> None:
    wrong = run("export", "1", "-o", str(tmp_path / "x.xlsx"), home=demo_home)
    assert wrong.returncode == 2 and ".csv of .json" in wrong.stderr
    missing = run("report", "999", "-o", str(tmp_path / "x.pdf"), home=demo_home)
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr and "Traceback" not in missing.stderr


def test_anon_check_text_and_jsonl(tmp_path: Path, private_home: Path) -> None:
    text_file = tmp_path / "casus.txt"
    text_file.write_text("Mevrouw De Vries woont aan de Dorpsweg 14 in Oosterwolde.", encoding="utf-8")
    readable = run("anon-check", str(text_file), home=private_home)
    assert readable.returncode == 0
    assert "Dorpsweg 14" in readable.stdout and "verminderd risico" in readable.stdout
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": 7, "text": "Bel 06-12345678."}) + "\n", encoding="utf-8")
    bulk = run("anon-check", "--jsonl", str(lines), home=private_home)
    assert bulk.returncode == 0
    answer = json.loads(bulk.stdout.strip())
    finding = answer["findings"][0]
    assert answer["id"] == 7 and finding["category"] == "telefoon"
    assert "Bel 06-12345678."[finding["start"] : finding["end"]] == finding["text"] == "06-12345678"
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{niet json\n", encoding="utf-8")
    bad = run("anon-check", "--jsonl", str(broken), home=private_home)
    assert bad.returncode == 2 and "Regel 1" in bad.stderr and "Traceback" not in bad.stderr


def test_report_as_word_in_both_variants(demo_home: Path, tmp_path: Path) -> None:
    import docx

    meeting = finished_meeting_id(demo_home)
    confidential, public = tmp_path / "verslag.docx", tmp_path / "openbaar.docx"
    result = run("report", meeting, "-o", str(confidential), home=demo_home)
    assert result.returncode == 0, result.stderr
    assert "Word-document" in result.stdout
    assert run("report", meeting, "-o", str(public), "--public", home=demo_home).returncode == 0
    document = docx.Document(str(public))
    assert document.core_properties.language == "nl-NL"
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    assert "OPENBAAR" in document.sections[0].header.paragraphs[0].text
    assert oct(public.stat().st_mode & 0o777) in ("0o600", "0o644") or public.exists()
    missing = run(
        "report", meeting, "-o", str(tmp_path / "x.docx"), "--word-template", "weg.dotx", home=demo_home
    )
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr
