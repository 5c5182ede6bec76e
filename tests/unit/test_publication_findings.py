"""The publication review lists every open finding in a session's texts, by item and field."""

from __future__ import annotations

import io

from casetafel.report.data import ReportOptions, ReportVariant
from casetafel.report.pdf import build_pdf
from casetafel.services.container import Services
from casetafel.services.demo import load_demo


def test_findings_by_item_and_field(services: Services, planned_meeting) -> None:
    case_id = planned_meeting.agenda[1].case_id
    observation = services.records.record_observation(
        planned_meeting.id, case_id, "signaal", "Mevrouw de Wit van de Lindelaan 3 heeft 0687654321."
    )
    question = services.records.record_question(
        planned_meeting.id, None, "Wat doet het college?", answer="Zie brief aan j.smit@gemeente.nl"
    )
    services.records.record_observation(planned_meeting.id, case_id, "signaal", "Niets bijzonders hier.")
    services.meetings.update_meeting(planned_meeting.id, notes="Nabellen: 0501234567")
    found = services.publication.session_findings(planned_meeting.id)
    by_item = {(t.item, t.field): t for t in found}
    assert set(by_item) == {
        (f"bijeenkomst {planned_meeting.id}", "notities"),
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


def test_waived_case_findings_are_not_open(services: Services, planned_meeting) -> None:
    assert services.publication.session_findings(planned_meeting.id) == []


def test_every_small_demo_session_reports_in_both_variants(services: Services) -> None:
    load_demo(services, "small")
    meetings = services.meetings.list_meetings()
    assert meetings
    for summary in meetings:
        for variant in ReportVariant:
            data = services.reporting.report_data(summary.id, variant)
            pdf = io.BytesIO()
            build_pdf(data, ReportOptions(variant=variant), pdf)
            assert pdf.getvalue().startswith(b"%PDF")
        assert services.publication.session_findings(summary.id) == []


def test_waive_for_publication_keeps_the_name_and_undo_masks_it_again(
    services: Services, planned_meeting
) -> None:
    import pytest

    from casetafel.services.errors import ValidationError

    case_id = planned_meeting.agenda[0].case_id
    observation = services.records.record_observation(
        planned_meeting.id, case_id, "schot", "Wethouder Verbeek belde vanaf 0612345678 terug."
    )
    item = f"observatie {observation.id}"
    (text,) = services.publication.session_findings(planned_meeting.id)
    categories = {str(f.category) for f in text.findings}
    assert "telefoon" in categories
    with pytest.raises(ValidationError):  # hard: never
        services.publication.waive(
            planned_meeting.id, item, "tekst", "telefoon", "0612345678", "het nummer van de gemeente", "x"
        )
    with pytest.raises(ValidationError):  # a reason of one word explains nothing
        services.publication.waive(planned_meeting.id, item, "tekst", "naam", "Verbeek", "prima", "x")
    name = next(f for f in text.findings if str(f.category) == "naam")
    waiver = services.publication.waive(
        planned_meeting.id, item, "tekst", "naam", name.text, "de wethouder in functie", "Griffier"
    )
    (left,) = services.publication.session_findings(planned_meeting.id)
    assert {str(f.category) for f in left.findings} == categories - {"naam"}
    public = services.reporting.report_data(planned_meeting.id, ReportVariant.PUBLIC)
    printed = public.cases[0].observations[-1].text
    assert name.text in printed and "0612345678" not in printed
    services.publication.remove_waiver(waiver.id)
    public = services.reporting.report_data(planned_meeting.id, ReportVariant.PUBLIC)
    assert name.text not in public.cases[0].observations[-1].text


def test_set_text_replaces_through_the_services(services: Services, planned_meeting) -> None:
    import pytest

    from casetafel.services.errors import ValidationError

    question = services.records.record_question(planned_meeting.id, None, "Vraag", owner="Jan de Vries")
    services.publication.set_text("vraag", question.id, "eigenaar", "[NAAM]")
    assert services.records.list_questions(planned_meeting.id)[0].owner == "[NAAM]"
    services.publication.set_text("bijeenkomst", planned_meeting.id, "notities", "niets")
    assert services.meetings.get_meeting(planned_meeting.id).notes == "niets"
    with pytest.raises(ValidationError):
        services.publication.set_text("casus", planned_meeting.agenda[0].case_id, "beschrijving", "x")


def test_route_and_reference_are_checked_and_can_be_replaced(services, planned_meeting) -> None:
    action = services.records.record_action(
        planned_meeting.id, None, "Terugkoppelen", owner="griffie", route="Commissie, via 06-87654321"
    )
    services.records.update_action(action.id, answer_reference="Mail van k.hendriks@voorbeeld.nl")
    found = {(t.item, t.field) for t in services.publication.session_findings(planned_meeting.id)}
    assert {(f"actie {action.id}", "route"), (f"actie {action.id}", "verwijzing")} <= found
    services.publication.set_text("actie", action.id, "route", "Commissie Sociaal Domein")
    services.publication.set_text("actie", action.id, "verwijzing", "RIB 2026-118")
    stored = services.records.list_actions(planned_meeting.id)[0]
    assert (stored.route, services.followup.get_item("afspraak", action.id).answer_reference) == (
        "Commissie Sociaal Domein",
        "RIB 2026-118",
    )
