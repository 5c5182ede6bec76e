"""The anonymisation gate in the services, against a real SQLite file: confirming runs the detector,
waivers are stored with who, why and when, local place names count everywhere the detector runs."""

from __future__ import annotations

from datetime import datetime

import pytest

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.anonymity import OpenFindingsError, Waiver
from casetafel.services.container import Services
from casetafel.services.errors import ValidationError
from casetafel.services.facilitation import FacilitationService
from casetafel.storage.models import Case

RISKY = "Mevrouw Jansen woont aan de Dorpsweg 14 in Oosterwolde."
LOCAL = "Ze gaat elke week naar de markt van Veldhoek."


def stored_waivers(services: Services, case_id: int) -> list:
    with services.db.reading() as db_session:
        return list(db_session.get(Case, case_id).anonymisation_waivers)


def test_confirm_refuses_open_findings_and_names_them(services: Services) -> None:
    case = services.cases.create_case("Schulden", RISKY)
    with pytest.raises(OpenFindingsError) as refused:
        services.cases.confirm_anonymisation(case.id, "Griffier")
    message = str(refused.value)
    assert "Jansen" in message and "Dorpsweg 14" in message and "Oosterwolde" in message
    assert "Negeren" in message  # says how to fix it
    assert not services.cases.get_case(case.id).anonymisation_confirmed


def test_confirm_after_replacing_and_waiving_stores_who_why_and_when(services: Services) -> None:
    case = services.cases.create_case("Schulden", RISKY)
    services.cases.update_case(case.id, description=RISKY.replace("Jansen", "[NAAM]"))
    info = services.cases.waive_finding(
        case.id, "adres", "Dorpsweg 14", "Verzonnen adres, bestaat niet", "Griffier"
    )
    assert [(w.category, w.text, w.reason, w.by) for w in info.anonymisation_waivers] == [
        ("adres", "Dorpsweg 14", "Verzonnen adres, bestaat niet", "Griffier")
    ]
    with pytest.raises(OpenFindingsError) as refused:  # Oosterwolde is still open
        services.cases.confirm_anonymisation(case.id, "Griffier")
    assert refused.value.findings[0].text == "Oosterwolde"
    extra = Waiver(
        "plaats", "Oosterwolde", "Ligt buiten de gemeente", "Griffier", "2026-01-01T10:00:00+00:00"
    )
    confirmed = services.cases.confirm_anonymisation(case.id, "Griffier", waivers=[extra])
    assert confirmed.anonymisation_confirmed and confirmed.anonymisation_confirmed_by == "Griffier"
    raw = stored_waivers(services, case.id)
    assert all(isinstance(w, dict) for w in raw)
    assert {(w["text"], w["reason"], w["by"]) for w in raw} == {
        ("Dorpsweg 14", "Verzonnen adres, bestaat niet", "Griffier"),
        ("Oosterwolde", "Ligt buiten de gemeente", "Griffier"),
    }
    assert all(datetime.fromisoformat(w["at"]) for w in raw)


def test_a_waiver_needs_a_reason(services: Services) -> None:
    case = services.cases.create_case("Schulden", RISKY)
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as refused:
            services.cases.waive_finding(case.id, "naam", "Jansen", reason, "Griffier")
        assert "reden" in str(refused.value)
    assert stored_waivers(services, case.id) == []


def test_unused_waivers_are_dropped_at_confirmation(services: Services) -> None:
    case = services.cases.create_case("Schulden", "Mevrouw Jansen heeft schulden.")
    services.cases.waive_finding(case.id, "naam", "Jansen", "Verzonnen naam voor oefening", "Griffier")
    services.cases.update_case(case.id, description="Mevrouw [NAAM] heeft schulden.")
    assert services.cases.confirm_anonymisation(case.id, "Griffier").anonymisation_waivers == ()
    again = services.cases.update_case(case.id, description="Mevrouw Jansen heeft schulden.")
    assert not again.anonymisation_confirmed  # a changed text revokes
    with pytest.raises(OpenFindingsError):  # and the dropped waiver does not let the name back in
        services.cases.confirm_anonymisation(case.id, "Griffier")


def test_removing_a_waiver_that_the_confirmation_needs_revokes_it(services: Services) -> None:
    case = services.cases.create_case("Schulden", "Mevrouw Jansen heeft schulden.")
    services.cases.waive_finding(case.id, "naam", "Jansen", "Verzonnen naam voor oefening", "Griffier")
    assert services.cases.confirm_anonymisation(case.id, "Griffier").anonymisation_confirmed
    info = services.cases.remove_waiver(case.id, "naam", "Jansen")
    assert not info.anonymisation_confirmed and info.anonymisation_waivers == ()


def test_local_places_are_a_taxonomy_and_count_at_confirmation(services: Services) -> None:
    case = services.cases.create_case("Markt", LOCAL)
    assert services.cases.confirm_anonymisation(case.id, "Griffier").anonymisation_confirmed
    services.cases.revoke_anonymisation(case.id)
    term = services.cases.add_local_place("  Veldhoek ")
    assert term.vocabulary == Vocabulary.LOCAL_PLACE == "local_place" and term.label == "Veldhoek"
    assert services.taxonomy.local_places() == services.cases.local_places() == ["Veldhoek"]
    with pytest.raises(ValidationError):
        services.cases.add_local_place("veldhoek")  # already listed
    with pytest.raises(ValidationError):
        services.cases.add_local_place("   ")
    with pytest.raises(OpenFindingsError) as refused:
        services.cases.confirm_anonymisation(case.id, "Griffier")
    assert refused.value.findings[0].text == "Veldhoek"


def test_local_places_count_at_the_report_and_projection_gates(services: Services, planned_meeting) -> None:
    case_id = planned_meeting.agenda[0].case_id
    with services.db.transaction() as db_session:  # confirmed with a text the default lists do not flag
        db_session.get(Case, case_id).description = LOCAL
    facilitation = FacilitationService(services.db)
    assert facilitation.projectable_case(case_id).description == LOCAL
    services.reporting.report_data(planned_meeting.id)
    services.cases.add_local_place("Veldhoek")
    with pytest.raises(OpenFindingsError):
        services.reporting.report_data(planned_meeting.id)
    with pytest.raises(OpenFindingsError):
        facilitation.projectable_case(case_id)
    with pytest.raises(OpenFindingsError) as refused:
        facilitation.start(planned_meeting.id)
    assert "Veldhoek" in str(refused.value)
    assert services.meetings.get_meeting(planned_meeting.id).status == "gepland"
    services.cases.waive_finding(case_id, "plaats", "Veldhoek", "Iedereen gaat naar die markt", "Griffier")
    assert facilitation.start(planned_meeting.id).step_key == ""
    assert services.reporting.report_data(planned_meeting.id).cases[0].description == LOCAL


def test_start_refuses_a_confirmed_case_whose_text_changed_behind_the_editor(
    services: Services, planned_meeting
) -> None:
    case_id = planned_meeting.agenda[1].case_id
    with services.db.transaction() as db_session:
        db_session.get(Case, case_id).description = RISKY
    facilitation = FacilitationService(services.db)
    with pytest.raises(OpenFindingsError) as refused:
        facilitation.start(planned_meeting.id)
    assert planned_meeting.agenda[1].case_code in str(refused.value) and "Jansen" in str(refused.value)
    with pytest.raises(OpenFindingsError):
        facilitation.projectable_case(case_id)
