"""The stable numbers and the lines of the opening and the evaluation reach the PDF, the CSV and the JSON;
a reopened session's report says it is a revised version."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from casetafel.report.data import ReportOptions
from casetafel.report.exports import to_json_text, write_csv
from casetafel.report.pdf import build_pdf
from tests.unit.test_report_pdf import flat, pdf_text


@pytest.fixture
def held_session(services, planned_meeting):
    sid = planned_meeting.id
    case_id = planned_meeting.agenda[0].case_id
    services.meetings.update_meeting(sid, starts_at=datetime(2026, 11, 24, 19, 30))
    records = services.records
    records.record_observation(
        sid, None, "signaal", "Twee open afspraken van vorige keer", phase_key="opening"
    )
    records.record_observation(
        sid, case_id, "schot", "Wachtlijst schuldhulp is lang.", phase_key="wat_zien_we"
    )
    question = records.record_question(sid, case_id, "Hoe lang is de wachtlijst?", phase_key="wie_kan_wat")
    action = records.record_action(sid, case_id, "Cijfers opvragen bij de schuldhulp.")
    records.record_observation(
        sid, None, "signaal", "Volgende keer meer tijd voor prioriteren", phase_key="evaluatie"
    )
    services.facilitation.finish(sid)
    return sid, question, action


def test_numbers_and_session_lines_in_csv_and_json(services, held_session, tmp_path: Path) -> None:
    sid, question, action = held_session
    data = services.reporting.report_data(sid)
    path = tmp_path / "sessie.csv"
    write_csv(data, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    numbered = {row["nummer"]: row["tekst"] for row in rows if row["nummer"]}
    assert numbered == {question.number: question.text, action.number: action.text}
    texts = [row["tekst"] for row in rows]
    assert texts[0] == "Twee open afspraken van vorige keer"
    assert texts[-1] == "Volgende keer meer tijd voor prioriteren"
    assert rows[-1]["fase"] == "Evaluatie"

    document = json.loads(to_json_text(data))
    assert document["cases"][0]["questions"][0]["number"] == question.number == "BV-2026-001"
    assert document["cases"][0]["actions"][0]["number"] == action.number == "A-2026-001"
    assert [line["text"] for line in document["opening"]] == ["Twee open afspraken van vorige keer"]
    assert [line["text"] for line in document["closing"]] == ["Volgende keer meer tijd voor prioriteren"]
    assert [event["event"] for event in document["history"]] == ["afgerond"]


def test_pdf_has_numbers_opening_evaluation_and_the_revision(services, held_session, tmp_path: Path) -> None:
    sid, question, action = held_session
    first = tmp_path / "eerste.pdf"
    build_pdf(services.reporting.report_data(sid), ReportOptions(), first)
    text = flat(pdf_text(first))
    assert "herziene versie" not in text
    for expected in (question.number, action.number, "Opening", "Twee open afspraken van vorige keer",
                     "Evaluatie", "Volgende keer meer tijd voor prioriteren"):  # fmt: skip
        assert expected in text
    assert "V1" not in text.split() and "A1" not in text.split()

    services.facilitation.reopen(sid, "Deadline van de afspraak aangevuld.")
    services.facilitation.finish(sid)
    revised = tmp_path / "herzien.pdf"
    build_pdf(services.reporting.report_data(sid), ReportOptions(), revised)
    assert "herziene versie van" in flat(pdf_text(revised))
