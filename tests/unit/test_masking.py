"""Hard identifiers are masked wherever text leaves the editor; the public variant masks every finding."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import Category
from casetafel.anonymisation.masking import MaskCount, is_hard, mask_findings, mask_hard, reason_is_enough
from casetafel.report.data import ReportVariant
from casetafel.services.container import Services
from casetafel.services.errors import UnconfirmedCaseError
from casetafel.storage.models import Case

SPOKEN = (
    "Meneer Bakker uit de Dorpsstraat 12 belde met 06-87654321 en gaf zijn BSN 111222333 en "
    "rekening NL20INGB0001234567; mail naar p.bakker@voorbeeld.nl."
)
HARD_VALUES = ("06-87654321", "111222333", "NL20INGB0001234567", "p.bakker@voorbeeld.nl")


def test_hard_identifiers_go_and_names_stay_in_the_confidential_mask() -> None:
    count = MaskCount()
    masked = mask_hard(SPOKEN, count=count)
    for value in HARD_VALUES:
        assert value not in masked
    assert "[TELEFOON]" in masked and "[BSN]" in masked and "[IBAN]" in masked and "[E-MAIL]" in masked
    assert "Bakker" in masked  # a name is a softer kind: the confidential variant keeps it
    assert count.by_category["bsn"] == 1 and count.total == 4


def test_public_mask_replaces_every_finding_and_keeps_nothing_hard_even_when_kept() -> None:
    count = MaskCount()
    masked = mask_findings(SPOKEN, keep=lambda finding: True, count=count)  # everything "waived"
    for value in HARD_VALUES:
        assert value not in masked
    assert count.total == 4  # the soft findings were waived, the hard ones are masked anyway
    masked = mask_findings(SPOKEN, count=(count := MaskCount()))
    assert "Bakker" not in masked and "Dorpsstraat 12" not in masked
    assert "adres" in count.summary()


def test_hard_kinds_and_reasons() -> None:
    assert is_hard(Category.BSN) and is_hard("iban") and is_hard("kenteken") and is_hard("nummer")
    assert not is_hard("naam") and not is_hard("plaats") and not is_hard("onzin")
    assert not reason_is_enough("test")
    assert not reason_is_enough("  mag  ")
    assert reason_is_enough("verzonnen naam voor de oefening")


@pytest.fixture
def spoken_session(services: Services, planned_meeting):
    case_id = planned_meeting.agenda[0].case_id
    services.records.record_observation(planned_meeting.id, case_id, "schot", SPOKEN)
    services.records.record_question(
        planned_meeting.id, case_id, "Kan mevrouw Visser (0612345678) terugbellen?", owner="Jan de Graaf"
    )
    services.records.record_action(planned_meeting.id, None, "Bel 020-1234567 terug", owner="griffie")
    services.meetings.update_meeting(planned_meeting.id, evaluation="Volgende keer: kenteken 12-ABC-3 weg")
    return planned_meeting


def all_text(data) -> str:
    from casetafel.report.exports import to_json_text

    return to_json_text(data)


def test_report_data_is_masked_in_both_variants(services: Services, spoken_session) -> None:
    confidential = all_text(services.reporting.report_data(spoken_session.id))
    data, masked = services.reporting.masked_report_data(spoken_session.id, ReportVariant.PUBLIC)
    public = all_text(data)
    for value in (*HARD_VALUES, "0612345678", "020-1234567", "12-ABC-3"):
        assert value not in confidential
        assert value not in public
    assert "Bakker" in confidential and "Bakker" not in public
    assert "Ingrid Hoekstra" in confidential and "Ingrid Hoekstra" not in public
    assert masked.by_category["telefoon"] == 3 and masked.by_category["bsn"] == 1
    assert all(case.description == "" for case in data.cases)


def test_an_unconfirmed_case_blocks_only_what_prints_its_text(services: Services, spoken_session) -> None:
    case_id = spoken_session.agenda[0].case_id
    with services.db.transaction() as db_session:  # a false positive nobody resolved yet
        row = db_session.get(Case, case_id)
        row.description = "Mevrouw A. en K. Twee jaar later"
        row.anonymisation_confirmed_at = None
    with pytest.raises(UnconfirmedCaseError):
        services.reporting.report_data(spoken_session.id)
    public = services.reporting.report_data(spoken_session.id, ReportVariant.PUBLIC)
    assert len(public.cases) == 2 and public.cases[0].observations
    csv_data = services.reporting.report_data(spoken_session.id, descriptions=False)
    assert csv_data.cases[0].description == "" and "Bakker" in csv_data.cases[0].observations[0].text


def test_hard_kinds_cannot_be_waived_and_a_reason_needs_a_few_words(services: Services) -> None:
    from casetafel.services.errors import ValidationError

    case = services.cases.create_case("Schulden", "Mevrouw Smits, BSN 111222333, IBAN NL20INGB0001234567")
    for category, text in (("bsn", "111222333"), ("iban", "NL20INGB0001234567")):
        with pytest.raises(ValidationError) as refused:
            services.cases.waive_finding(case.id, category, text, "het is maar een oefening", "Griffier")
        assert "vervang" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        services.cases.waive_finding(case.id, "naam", "Smits", "test", "Griffier")
    assert "woorden" in str(refused.value)
    info = services.cases.waive_finding(case.id, "naam", "Smits", "een verzonnen naam hier", "Griffier")
    assert [w.reason for w in info.anonymisation_waivers] == ["een verzonnen naam hier"]


def test_location_keeps_the_place_but_not_a_postcode(services: Services, spoken_session) -> None:
    services.meetings.update_meeting(spoken_session.id, location="Dorpshuis, 9211 AB, tel. 0512123456")
    for variant in ReportVariant:
        location = services.reporting.report_data(spoken_session.id, variant).location
        assert location.startswith("Dorpshuis") and "9211 AB" not in location and "0512123456" not in location


def test_lines_of_the_opening_and_the_evaluation_are_masked_too(services: Services, planned_meeting) -> None:
    """Lines typed in the opening and evaluation phases belong to no case; they go out masked as well."""
    services.records.record_observation(
        planned_meeting.id,
        None,
        "signaal",
        "Mevrouw Jansen belde 06-12345678 over de afspraak",
        phase_key="opening",
    )
    services.records.record_observation(
        planned_meeting.id,
        None,
        "goede_praktijk",
        "Mail k.hendriks@voorbeeld.nl de lijst",
        phase_key="evaluatie",
    )
    route = "Commissie, via 06-87654321"
    services.records.record_action(planned_meeting.id, None, "Terugkoppelen", owner="griffie", route=route)
    confidential = services.reporting.report_data(planned_meeting.id)
    assert confidential.opening and confidential.closing  # both parts hold a line
    confidential_text = all_text(confidential)
    public_text = all_text(services.reporting.masked_report_data(planned_meeting.id, ReportVariant.PUBLIC)[0])
    for value in ("06-12345678", "k.hendriks@voorbeeld.nl", "06-87654321"):
        assert value not in confidential_text and value not in public_text
    assert "Jansen" in confidential_text and "Jansen" not in public_text
