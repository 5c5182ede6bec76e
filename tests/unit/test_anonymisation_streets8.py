"""Eighth round of issue 20: streets that are one word without the usual suffix ("Ankerplaats 3",
"dragonder 58-1"), told by a town before them, a town or postcode after them or a name before them,
checked on sentences written for these tests with the hard negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect
from tests.unit.anonymisation_support import texts


def addresses(text: str) -> list[str]:
    return texts(text, "adres")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("vader en moeder wonen sinds 2021 in zwolle, hoefslag 7-b", "hoefslag 7-b"),
        ("oma woont in lelystad, kempenaar 03-14, met haar kat", "kempenaar 03-14"),
        ("zoon logeert in assen, boerhaavelaan 12a", "boerhaavelaan 12a"),
        ("ze wonen in emmen, noorderhage 3a, 7812 ab emmen", "noorderhage 3a"),
    ],
)
def test_a_lower_case_street_after_a_town_and_a_comma(text: str, street: str) -> None:
    assert street in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "jongeren wonen in zwolle, groep 5a gaat naar school",
        "in deventer, jongeren 12-14 doen mee",
        "in kampen, havo 4a heeft les",
        "in almere, week 12-13 is vakantie",
        "in tiel, lokaal 3b is vrij",
        "in leiden, pagina 12-3 staat het",
        "in amersfoort, 3 kinderen thuis",
        "in emmen, module 2b en in assen, casus 3a. in zwolle, sessie 4-2.",
    ],
)
def test_counted_units_and_ranges_after_a_town_are_no_street(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Verblijf: opvang Hotel De Gouden Leeuw, Ankerplaats 3 kamer 214, Almere Haven",
            "Ankerplaats 3 kamer 214",
        ),
        ("Mevrouw Jansen, Ankerplaats 3, Almere", "Ankerplaats 3"),
        ("Meneer Bakker, Wipstrik 12, 8011 AB Zwolle", "Wipstrik 12"),
        ("Tim de Vries, Hoefslag 7-b, is verhuisd.", "Hoefslag 7-b"),
        ("Betrokkene: Ahmed Bakkali, Dragonder 58-1, Veenendaal", "Dragonder 58-1"),
    ],
)
def test_a_one_word_street_after_a_name_or_before_a_town(text: str, street: str) -> None:
    assert street in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mevrouw Jansen, Groep 7, Zwolle. Meneer Bakker, Havo 4. Tim de Vries, Klas 2a, Deventer.",
        "Mevrouw Yilmaz, Bijlage 2. Mevrouw Smit, Casus 3. Meneer Bakker, Wmo 2015.",
        "Mevrouw Jansen, Locatie 2, Almere. Sanne Visser, Leerling 3. Tim, Schaal 8.",
        "Mevrouw Jansen, Windows 11. Meneer Bakker, Galaxy 5, Samsung.",
        "Mevrouw Jansen zit in groep 6 en week 12, lid 3, fase 2.",
        "De bakker verkoopt brood voor 3 euro. In Zwolle, Kampen 12 jongeren.",
    ],
)
def test_units_products_and_roles_after_a_name_are_no_street(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("oma woont alleen\nkempenaar 03-14, lelystad", "kempenaar 03-14"),
        ("het adres is bekend (hoefslag 7-b, zwolle)", "hoefslag 7-b"),
    ],
)
def test_a_lower_case_street_opening_a_line_or_bracket_before_a_town(text: str, street: str) -> None:
    assert street in addresses(text)


def test_units_opening_lines_before_a_town_are_no_street() -> None:
    assert addresses("groep 5a, zwolle\nhavo 4b, kampen\nlokaal 3a, tiel\njongeren 12-14, deventer") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Post graag p/a Ankerplaats 3, Almere.", "Ankerplaats 3"),
        ("meneer de vries woont sinds kort in de hoefslag 7b.", "hoefslag 7b"),
    ],
)
def test_a_street_after_p_a_or_after_living_in_the(text: str, street: str) -> None:
    assert street in addresses(text)


def test_places_to_live_in_are_no_street() -> None:
    text = (
        "meneer woont in de wijk 5 jaar. zij woont in de buurt 3 straten verder. hij woont in de flat 3 hoog."
    )
    assert addresses(text) == []


def test_a_year_and_a_preposition_before_a_town_is_no_postcode() -> None:
    found = [
        (f.category.value, f.text)
        for f in detect("ouders sinds 2022 in veenendaal, vader vanaf 2019 te zwolle")
    ]
    assert not any(category == "postcode" for category, _ in found)
    found = [f.text for f in detect("adres: kerkstraat 4, 2011 ab haarlem")]
    assert "2011 ab" in found


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Adres: p/a zus, Ankerplaats 3", "Ankerplaats 3"),
        ("Woonadres: inwonend bij moeder, dragonder 58-1", "dragonder 58-1"),
        ("Adres moeder: p/a buurvrouw, Lindeboom 7", "Lindeboom 7"),
        ("- Verblijfplaats: bij tante in Nieuwegein, Vogelvlucht 45", "Vogelvlucht 45"),
    ],
)
def test_the_first_word_with_a_house_number_on_an_address_line(text: str, street: str) -> None:
    assert street in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adres: onbekend, dakloos sinds week 12",
        "Verblijf: Groep 3, fase 2, sinds 2024",
        "Verblijf: Hotel Centraal 2 nachten, daarna bij zus",
        "Verblijf: opvang De Haven, kamer 12, Almere",
        "Verblijfplaats: Opvang 24/7 beschikbaar",
    ],
)
def test_counts_rooms_and_years_on_an_address_line_are_no_street(text: str) -> None:
    assert addresses(text) == []


def test_a_street_in_brackets_after_its_town() -> None:
    assert "Zalmplaat 44" in addresses("Jayden woont bij moeder in Hoogvliet (Zalmplaat 44) en vader elders.")
    assert addresses("Mevrouw Jansen woont in Utrecht (Groep 3) en Almere (Covid 19).") == []


def test_frisian_village_streets_named_by_their_kind() -> None:
    text = "Mevrouw Jansen belde. Dochter: Lytse Buorren 5, Drachten. Zoon op Buorren 12."
    assert addresses(text) == ["Lytse Buorren 5", "Buorren 12"]


def test_a_lower_case_street_after_a_name_with_a_house_addition() -> None:
    assert addresses("fam. de vries, skries 4-a, burgum.") == ["skries 4-a"]
    assert addresses("mevrouw jansen, galaxy 12, zwolle. meneer bakker, iphone 15, kampen.") == []
    assert addresses("Mevrouw Smit, Euro 250, Assen.") == []
    assert addresses("fam. de vries, groep 4, burgum. mw. jansen, klas 2, sneek.") == []


def test_a_house_number_with_a_letter_and_a_digit_after_a_dash() -> None:
    assert addresses("Mevrouw Jansen woont Kerkstraat 12-A2. Hij op Dorpsweg 3-b1.") == [
        "Kerkstraat 12-A2",
        "Dorpsweg 3-b1",
    ]


def test_a_product_and_a_number_before_a_town_is_no_street() -> None:
    assert addresses("Mevrouw Jansen belde.\nGalaxy 12, Kampen\nPlaystation 5, Zwolle\n") == []


def test_a_noun_of_an_act_ending_in_ering_is_no_ring_road() -> None:
    text = "Mevrouw Jansen belde. Huurvordering 88123-01. Zorgverzekering 88123. Uitkering 1250 per maand."
    assert addresses(text) == []
    text = "Mevrouw Jansen woont Stadsring 12 en Oude Wetering 4, Binnenring 3."
    assert addresses(text) == ["Stadsring 12", "Oude Wetering 4", "Binnenring 3"]


def test_words_of_care_and_progress_that_end_like_a_street() -> None:
    text = "Mevrouw Jansen belde. Voortgang 2: goed. Zorgpad 3 gestart. Schuldenberg 12 duizend. Overgang 3 naar school."
    assert addresses(text) == []
    assert addresses("Ze woont Kerkepad 4, Schoolkamp 7 en Bouwberg 8.") == [
        "Kerkepad 4",
        "Schoolkamp 7",
        "Bouwberg 8",
    ]


def test_a_street_after_a_comma_in_a_clause_about_living() -> None:
    text = "Mevrouw Jansen verblijft bij haar zus, Ankerplaats 3. Zoon woont bij zijn vader, Dragonder 58-1."
    assert addresses(text) == ["Ankerplaats 3", "Dragonder 58-1"]
    text = "Zij woont bij haar moeder, Groep 7 is leuk. Hij woont alleen, Windows 11 werkt niet."
    assert addresses(text) == []
