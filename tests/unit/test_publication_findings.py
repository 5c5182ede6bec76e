"""The publication review lists every open finding in a session's texts, by item and field."""

from __future__ import annotations

from casetafel.report.data import ReportVariant
from casetafel.services.container import Services
from casetafel.services.demo import load_demo


def test_findings_by_item_and_field(services: Services, planned_session) -> None:
    case_id = planned_session.agenda[1].case_id
    observation = services.records.record_observation(
        planned_session.id, case_id, "signaal", "Mevrouw de Wit van de Lindelaan 3 heeft 0687654321."
    )
    question = services.records.record_question(
        planned_session.id, None, "Wat doet het college?", answer="Zie brief aan j.smit@gemeente.nl"
    )
    services.records.record_observation(planned_session.id, case_id, "signaal", "Niets bijzonders hier.")
    services.sessions.update_session(planned_session.id, notes="Nabellen: 0501234567")
    found = services.publication.session_findings(planned_session.id)
    by_item = {(t.item, t.field): t for t in found}
    assert set(by_item) == {
        (f"bijeenkomst {planned_session.id}", "notities"),
        (f"observatie {observation.id}", "tekst"),
        (f"vraag {question.id}", "antwoord"),
    }
    phone = by_item[(f"observatie {observation.id}", "tekst")]
    assert any(f.text == "0687654321" and str(f.category) == "telefoon" for f in phone.findings)
    line = phone.as_json()
    assert line["item"] == f"observatie {observation.id}" and line["field"] == "tekst"
    assert {"start", "end", "category", "text"} <= set(line["findings"][0])
    first = line["findings"][0]
    assert phone.text[first["start"] : first["end"]] == first["text"]


def test_waived_case_findings_are_not_open(services: Services, planned_session) -> None:
    assert services.publication.session_findings(planned_session.id) == []


def test_every_small_demo_session_reports_in_both_variants(services: Services) -> None:
    load_demo(services, "small")
    sessions = services.sessions.list_sessions()
    assert sessions
    for summary in sessions:
        for variant in ReportVariant:
            services.reporting.report_data(summary.id, variant)
        assert services.publication.session_findings(summary.id) == []
