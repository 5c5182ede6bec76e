"""The CLI helpers: the Dutch text report and the JSON-lines filter."""

from __future__ import annotations

import io
import json

import pytest

from casetafel.anonymisation.check_cli import check_jsonl, check_text_report, line_and_column


def test_report_lists_findings_with_line_and_column() -> None:
    text = "Casus:\nMevrouw Jansen woont in Zwolle."
    report = check_text_report(text)
    assert '2:1  Naam: "Mevrouw Jansen" -> vervang door Mevrouw [NAAM]' in report
    assert '2:25  Plaatsnaam: "Zwolle" -> vervang door [PLAATS]' in report
    assert "verminderd risico" in report.splitlines()[-1]
    assert "gegarandeerde anonimiteit" in report


def test_report_for_a_clean_text() -> None:
    report = check_text_report("Het wijkteam en de GGD overleggen.")
    assert report.splitlines()[0] == "Geen herleidbare gegevens gevonden."
    assert "verminderd risico" in report


def test_report_includes_quasi_warnings() -> None:
    report = check_text_report("Hij is 56, weduwnaar met zes kinderen en boer in Oudehorne.")
    assert "Combinatie van kenmerken" in report


def test_line_and_column() -> None:
    assert line_and_column("ab\ncd", 0) == (1, 1)
    assert line_and_column("ab\ncd", 4) == (2, 2)


def test_check_jsonl_round_trip_of_offsets() -> None:
    records = [
        {"id": 1, "text": "Mevrouw Öztürk (71) woont in Enschede 🙂, tel. 06-12345678."},
        {"id": "b", "text": "Geen gegevens hier."},
    ]
    source = io.StringIO("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n")
    out = io.StringIO()
    assert check_jsonl(source, out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and "Öztürk" in lines[0]  # ensure_ascii=False
    first, second = (json.loads(line) for line in lines)
    assert first["id"] == 1 and second == {"id": "b", "findings": []}
    assert {f["category"] for f in first["findings"]} == {"naam", "leeftijd", "plaats", "telefoon"}
    for finding in first["findings"]:
        assert records[0]["text"][finding["start"] : finding["end"]] == finding["text"]
        assert set(finding) == {"start", "end", "category", "text"}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{niet json", "Regel 2: geen geldige JSON"),
        ("[1, 2]", "Regel 2: verwacht een JSON-object"),
        ('{"text": "x"}', 'Regel 2: het veld "id" ontbreekt'),
        ('{"id": 3, "text": 5}', 'Regel 2: het veld "text" ontbreekt of is geen tekst'),
    ],
)
def test_check_jsonl_malformed_line(line: str, message: str) -> None:
    source = io.StringIO('{"id": 1, "text": "goed"}\n' + line + "\n")
    with pytest.raises(ValueError, match=message):
        check_jsonl(source, io.StringIO())
