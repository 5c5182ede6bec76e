"""Issue 20, a later round: dates, addresses, phone and reference numbers in the shapes writers use
besides the common ones (a chat line opened by "[2 dec 21:47]", the month before the day in a sentence or
a table cell, an English cue before a day and a month, a two-word street with an adjective, a form with
dot leaders, a phone number with an en dash, a reference with a second group of capitals), checked on
sentences written for these tests with the hard negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect
from tests.unit.anonymisation_support import texts

PERSON = "Mevrouw Bakker belde. "  # a text about a person: its dates are kept


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("[2 dec 21:47] Sem: kan ik morgen langs?", "2 dec"),
        ("[14 nov 08:15] Gijs: update over de heup", "14 nov"),
        ("[ma 3 nov 10:02] Petra: ik ga er nu heen", "3 nov"),
    ],
)
def test_a_chat_line_opened_by_a_day_a_month_and_a_time_is_no_placeholder(text: str, date: str) -> None:
    assert any(date in value for value in texts(text, "datum"))


def test_placeholders_still_hide_what_they_cover() -> None:
    text = "mevrouw [NAAM] ([30-40 jaar]) woont in [PLAATS] en belde [DATUM]."
    assert detect(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sinds augustus 14 heb ik al zes keer gebeld.", "augustus 14"),
        ("Vanaf maart 3 ben ik ziek thuis.", "maart 3"),
        ("| wanneer | wat |\n| april 14 | aanvraag bijstand |\n", "april 14"),
        ("\noktober 2: eerste gesprek met de consulent\n", "oktober 2"),
    ],
)
def test_the_month_before_the_day(text: str, date: str) -> None:
    assert date in texts(PERSON + text, "datum")


@pytest.mark.parametrize(
    "text",
    [
        "In maart 5 gesprekken gevoerd met de wijkcoach.",
        "Sinds mei 3 keer gebeld.",
        "| maand | aantal |\n| maart | 3 |\n",
        "Met Mei 2 uur gepraat.",
    ],
)
def test_a_count_after_a_month_stays_unmarked(text: str) -> None:
    assert texts(PERSON + text, "datum") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("- follow-up call 16/12, before the christmas break", "16/12"),
        ("- meeting 9/1 with the school mentor", "9/1"),
        ("moeder terugbellen 3/12 over de huur", "3/12"),
        ("- send the form before 16/12 please", "16/12"),
        ("- school report due 20/11", "20/11"),
    ],
)
def test_a_call_or_meeting_before_a_day_and_month(text: str, date: str) -> None:
    assert date in texts(PERSON + text, "datum")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("adres: oude dijk 11 b, ingen", "oude dijk 11 b"),
        ("Adres: Lange Meent 3 bov, 4101 AE Culemborg", "Lange Meent 3 bov"),
        ("Ze woont op de Oude Dijk 11.", "Oude Dijk 11"),
        ("Hij woont aan de nieuwe haven 4 bij zijn zus.", "nieuwe haven 4"),
        ("Het gezin woont Korte Gracht 7 hs.", "Korte Gracht 7 hs"),
        ("Kamer: Kerkstraat 14 k.3 in Assen", "Kerkstraat 14 k.3"),
    ],
)
def test_a_street_of_an_adjective_and_a_street_noun(text: str, address: str) -> None:
    assert address in texts(text, "adres")


@pytest.mark.parametrize(
    "text",
    [
        "We liepen langs de oude dijk 2 keer per dag.",
        "langs de oude dijk 3 en terug gefietst",
        "De Grote Markt 5 keer bezocht.",
        "de lange weg 4 uur gelopen",
    ],
)
def test_a_walk_along_an_old_dike_is_no_address(text: str) -> None:
    assert texts(text, "adres") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Straat + huisnr ....... Kruiningergors 77 bus 3\nPostcode ....... 3225 NV",
            "Kruiningergors 77 bus 3",
        ),
        ("Adres ........ Tsjerkepaed 12", "Tsjerkepaed 12"),
        ("Straatnaam en huisnummer: Kofferen 5", "Kofferen 5"),
    ],
)
def test_a_form_with_dot_leaders_labels_the_street(text: str, address: str) -> None:
    assert address in texts(text, "adres")


def test_a_street_label_without_a_street_stays_unmarked() -> None:
    assert texts("Straat ........ 3 keer per week vegen", "adres") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Kunt u mij terugbellen op 0184 – 69 23 11, toestel 214?", "0184 – 69 23 11"),
        ("Tel. 020–4609111 (werk)", "020–4609111"),
    ],
)
def test_a_phone_number_with_an_en_dash(text: str, phone: str) -> None:
    assert phone in texts(text, "telefoon")


def test_an_en_dash_range_of_years_is_no_phone_number() -> None:
    assert texts("De pilot liep van 2019 – 2023 in 12 wijken.", "telefoon") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Zaak: JBZ-W-0043981", "JBZ-W-0043981"),
        ("zie dossier GGZ-NHN-2025-00871 bij de ggz", "GGZ-NHN-2025-00871"),
    ],
)
def test_a_reference_with_a_second_group_of_capitals(text: str, number: str) -> None:
    assert number in texts(text, "nummer")


@pytest.mark.parametrize(
    "text", ["De CAO-VVT-2025 geldt voor iedereen.", "Volgens de norm NEN-ISO-9001 werken wij."]
)
def test_a_norm_or_an_agreement_with_a_year_is_no_reference(text: str) -> None:
    assert texts(text, "nummer") == []


def test_a_reference_after_a_keyword_with_en_dashes() -> None:
    assert texts("Zaaknr: WMO–2025–0043", "nummer") == ["WMO–2025–0043"]


def test_an_en_dash_between_years_after_no_keyword_is_no_reference() -> None:
    assert texts("Het beleidsplan 2023–2026 loopt af.", "nummer") == []


@pytest.mark.parametrize("text", ["Only 1/2 of the budget is spent.", "on 3/4 days he skips school"])
def test_an_english_fraction_after_a_cue_is_no_date(text: str) -> None:
    assert texts(PERSON + text, "datum") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [("Adres: Noord Brink 4", "Noord Brink 4"), ("Hij woont Oost Kade 12, 1234 AB Hoorn", "Oost Kade 12")],
)
def test_a_point_of_the_compass_starts_the_street(text: str, address: str) -> None:
    assert address in texts(text, "adres")
