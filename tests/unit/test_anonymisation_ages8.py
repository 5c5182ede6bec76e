"""Eighth round of issue 20: ages written as number words in a household ("kinderen van vier en zes",
"Kevin (vier)") and a bare number in brackets after a lower-case name on a note's line that opens with
a person ("kind: rahaf al-hamwi (10)"), checked on sentences written for these tests with the hard
negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect
from tests.unit.anonymisation_support import texts


def ages(text: str) -> list[str]:
    return texts(text, "leeftijd")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mevrouw Jansen woont met haar twee kinderen van vier en zes in de flat.", ["vier", "zes"]),
        ("Vader Hasan heeft kinderen van drie en zeven jaar.", ["drie", "zeven"]),
        ("Mevrouw Jansen heeft drie zonen van twee, vijf en negen.", ["twee", "vijf", "negen"]),
        ("Meneer Bakker en zijn dochters van elf en dertien wonen bij oma.", ["elf", "dertien"]),
    ],
)
def test_a_household_with_ages_written_out(text: str, expected: list[str]) -> None:
    assert ages(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mevrouw Jansen zoekt opvang voor kinderen van vier en vijf jaar.",
        "Mevrouw Jansen heeft drie kinderen van vier en zes.",  # the count does not fit the list
        "Mevrouw Jansen zag kinderen van vier en zes weken oud.",
        "Mevrouw Jansen heeft twee kinderen, van vier en zes uur per dag opvang.",
        "De kinderen (vier) van mevrouw Jansen spelen buiten.",
    ],
)
def test_groups_counts_and_durations_written_out_are_no_ages(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Gezin: moeder Anita (31), kinderen Dylan (8) en Noa (vijf)", "vijf"),
        ("Kinderen: Sem (twaalf jaar) en Lieke (9)", "twaalf"),
        ("Opa Gerrit (zevenentachtig) woont alleen.", "zevenentachtig"),
    ],
)
def test_a_number_word_in_brackets_after_a_name(text: str, age: str) -> None:
    assert age in ages(text)


def test_a_number_word_age_gets_its_band() -> None:
    finding = next(f for f in detect("Kinderen: Sem (8) en Noa (vijf)") if f.text == "vijf")
    assert finding.placeholder == "[0-12 jaar]"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("kind: yara el-masri (9), groep 5 de wilgenhof", "9"),
        ("- zoon: dawit tesfaye (16) op het mbo\nmoeder werkt", "16"),
        ("cliënt: joris kuipers (34), woont alleen", "34"),
    ],
)
def test_a_number_in_brackets_after_a_lower_case_name_on_a_person_line(text: str, age: str) -> None:
    assert age in ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "cliënt: verzuim (12) en meldingen (3)",
        "kind: lessen gemist (14), groep 6",
        "leerling: absentie (8) deze maand",
        "kind: de school (2) belde",
    ],
)
def test_a_count_in_brackets_on_a_person_line_is_no_age(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mevrouw Jansen belde. Kevin is vier jaar oud.", ["vier jaar oud"]),
        ("Mevrouw Jansen belde. De jongste is vier, de oudste is zes.", ["vier", "zes"]),
        ("Mevrouw Jansen belde. Een zoon van vier en een dochter van zes.", ["vier", "zes"]),
        ("Mevrouw Jansen belde. Zij heeft een dochtertje van drie.", ["drie"]),
        ("Mevrouw Jansen belde. Noor is vijf en gaat naar school.", ["vijf"]),
    ],
)
def test_small_number_words_as_the_age_of_a_child(text: str, expected: list[str]) -> None:
    assert ages(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mevrouw Jansen belde. Het huis is vier jaar oud. De auto is zes jaar oud.",
        "Mevrouw Jansen belde. Zij is moeder van twee. Het kind van twee culturen.",
        "Mevrouw Jansen belde. Zij is vier jaar getrouwd. Haar zoon is twee keer gezakt.",
        "Mevrouw Jansen belde. Totaal is vier. De wachttijd is twee.",
        "Mevrouw Jansen belde. De oudste van drie kinderen woont thuis. De zoon van twee buren.",
        "Mevrouw Jansen belde. Hij is vier keer geweest.",
        "Mevrouw Jansen belde. Haar zoon van twee jaar geleden. Dochter van vier jaar lang ziek.",
    ],
)
def test_small_number_words_that_count_are_no_age(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mevrouw Jansen belde. Een negenjarige jongen en een zesjarig meisje.", ["negenjarige", "zesjarig"]),
        (
            "Mevrouw Jansen belde. De vierjarige Kevin huilt, zij zorgt voor haar zesjarige.",
            ["vierjarige", "zesjarige"],
        ),
    ],
)
def test_a_small_number_word_jarige_about_a_child(text: str, expected: list[str]) -> None:
    assert ages(text) == expected


def test_a_small_number_word_jarige_gets_its_band() -> None:
    finding = next(
        f for f in detect("Mevrouw Jansen belde. De vierjarige Kevin huilt.") if f.text == "vierjarige"
    )
    assert finding.placeholder == "[0-12]-jarige"


def test_a_small_number_word_jarige_about_a_period_is_no_age() -> None:
    text = (
        "Mevrouw Jansen volgt een tweejarige opleiding; het vijfjarig bestaan; voor tweejarigen is er opvang."
    )
    assert ages(text) == []
    assert (
        ages("Mevrouw Jansen kreeg een vierjarige, goed betaalde baan en een tweejarige Wmo-indicatie.") == []
    )
    assert ages("Mevrouw Jansen belde. De pilot is tweejarig en loopt tot 2027.") == []
    assert ages("Mevrouw Jansen belde. Een vierjarige mag naar school, een zesjarige moet.") == []


def test_sons_and_daughters_with_ages_are_a_household() -> None:
    assert ages("Gezin met vader Ahmet en dochters van 17 en 14.") == ["17", "14"]
    assert (
        ages(
            "Mevrouw Jansen belde. Voor kinderen van 4 en 5 jaar is er opvang, ook voor jongeren van 16 en 17."
        )
        == []
    )


def test_a_person_of_a_house_family_or_name_as_the_subject_of_an_age() -> None:
    text = "Mevrouw Jansen belde. Die jongen van nr. 23 is pas 15. De zoon van de buren is 16, de dochter van Ahmed is 9."
    assert ages(text) == ["15", "16", "9"]
    text = "Mevrouw Jansen belde. Het aantal van de meldingen is 15. De score van de school is 8."
    assert ages(text) == []


def test_ages_in_an_english_note() -> None:
    text = "Mr. Okafor, aged 34, and his 7-year-old son. His wife, 31 y/o, and baby (1yo). A 10 year old boy."
    assert ages(text) == ["34", "7-year-old", "31 y/o", "1yo", "10 year old"]
    assert ages("The 12-year-old building. Mevrouw Jansen belde. A 5-year-old program was started.") == []


def test_months_in_brackets_after_arrears_are_a_period() -> None:
    text = "Mevrouw Jansen belde. Huurachterstand Eigen Haard (3 mnd), schuld bij CZ (4 maanden). Baby Noor (3 mnd)."
    assert ages(text) == ["3 mnd"]


def test_sex_and_age_without_brackets() -> None:
    assert ages("Mevrouw Jansen belde. Partner M/47 en dochter v/17.") == ["47", "17"]
    assert ages("Mevrouw Jansen belde. Snelheid 50 km/45 min, versie v/12.3, code M/4.") == []
