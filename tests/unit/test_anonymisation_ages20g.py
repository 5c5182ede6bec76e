"""Issue 20, a later round: ages told by the person word before them rather than by "jaar" (a number
word in brackets or between commas after a person or a pronoun, in Dutch or English), a person described
by a list of short items ending in a bare number, an English copula, an uncertain pair ("84 of 85"), a
second age that rounds the first ("15, bijna 16"), a doubted name before the age, and the dialect words
for "jaar" (jaor, joar, jier); checked on sentences written for these tests with the counts, durations and
amounts each rule must leave alone."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect
from tests.unit.anonymisation_support import texts


def ages(text: str) -> list[str]:
    return texts(text, "leeftijd")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Hij (elf) was vandaag wel op school.", "elf"),
        ("Ze zorgt voor haar moeder en zusje (eleven).", "eleven"),
        ("Zoon (vijftien) zit thuis.", "vijftien"),
        ("De jongen, vijftien, zit de hele dag thuis.", "vijftien"),
        ("Zij, zestien, past op haar broertje.", "zestien"),
        ("De oma (drieëntachtig) woont alleen.", "drieëntachtig"),
        ("his son (forty-two) visits on Sundays", "forty-two"),
    ],
)
def test_a_number_word_in_brackets_or_commas_after_a_person(text: str, age: str) -> None:
    assert age in ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hij heeft kinderen (drie) en kleinkinderen.",
        "De stappen (drie) staan in de bijlage.",
        "Groep (twee), klas (vier) en leerjaar (vijf).",
        "De werkgroepen, twee, komen maandelijks bij elkaar.",
    ],
)
def test_a_number_word_after_a_group_or_a_thing_is_no_age(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Casus 2: Vietnamese vrouw, alleen, 78, weigert hulp.", "78"),
        ("Gesproken: man, dakloos, ca. 45, slaapt in een portiek.", "45"),
        ("Melding: oudere buurman, slechtziend, 91, valt vaak.", "91"),
    ],
)
def test_a_person_described_by_short_items_and_a_number(text: str, age: str) -> None:
    assert age in ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "Doelgroep: jongere, kwetsbaar, 18, 23 en 27.",
        "Agenda: opening, notulen, 3, rondvraag.",
        "Moeder, alleen, 2 kinderen, geen werk.",
    ],
)
def test_a_list_of_a_group_or_of_items_is_no_age(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ze is 84 of 85, weet het zelf niet meer.", ["84", "85"]),
        ("mevrouw (84 of 85) woont alleen", ["84", "85"]),
        ("De buurman is 61 of 62 jaar.", ["61", "62"]),
    ],
)
def test_an_uncertain_pair_of_ages(text: str, pair: list[str]) -> None:
    found = ages(text)
    assert all(any(age in value for value in found) for age in pair)


@pytest.mark.parametrize(
    "text",
    [
        "Het budget is 84 of 85 euro.",
        "Er waren 12 of 13 deelnemers.",
        "Ze wil minder uren werken, 32 of 36 per week.",
        "Het huis is 84 of 85 m2.",
    ],
)
def test_a_pair_of_amounts_or_counts_is_no_age(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ('Jongere: Jaylano Pinas (vijftien, volgens hem "bijna 16")', "16"),
        ("Hij is 15, bijna 16, en zit thuis.", "16"),
        ("Moeder is 42, binnenkort 43.", "43"),
    ],
)
def test_a_second_age_that_rounds_the_first(text: str, second: str) -> None:
    assert second in ages(text)


def test_a_rounding_number_far_from_the_age_is_no_age() -> None:
    assert "20" not in ages("Hij is 15, bijna 20 keer verhuisd.")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("he is 16 and cares for his mum", "16"),
        ("she's 34, works nights", "34"),
        ("my sister is 11 but does the shopping", "11"),
    ],
)
def test_an_english_copula(text: str, age: str) -> None:
    assert age in ages(text)


@pytest.mark.parametrize("text", ["The project is 12 and runs until 2027.", "The score is 14, not bad."])
def test_an_english_copula_about_a_thing_is_no_age(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("mien naam is Jeu ich bin 81 jaor.. woen in Nuth", "81"),
        ("ik bin 81 jier âld en wenje yn Burgum", "81"),
        ("ik bin 77 joar en woon allent", "77"),
    ],
)
def test_an_age_in_dialect(text: str, age: str) -> None:
    assert age in ages(text)


def test_a_duration_in_dialect_is_no_age() -> None:
    assert ages("ik bin al 30 jier boer") == []


def test_a_doubted_name_before_an_age() -> None:
    assert "50" in ages("gesproken: man, zegt Rob, achternaam Latumahina?, ca. 50, komt uit Elst")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Meneer is rond de tachtig en woont alleen.", "tachtig"),
        ("Hij is begin twintig.", "twintig"),
        ("Een man van in de zeventig, slecht ter been, belde aan.", "zeventig"),
        ("Moeder (eind zestig) woont boven.", "zestig"),
        ("Jansen is ergens in de vijftig.", "vijftig"),
        ("Ik ben zestien en woon bij mijn moeder.", "zestien"),
        ("Er kwam een jongen van vijftien die de weg vroeg.", "vijftien"),
    ],
)
def test_a_rounded_or_plain_age_in_words(text: str, age: str) -> None:
    assert age in ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hij is begin zestig verhuisd naar de stad.",
        "Vrijwilligers (ruim twintig) helpen mee.",
        "Het gebouw is rond de tachtig jaar oud.",
        "De werkgroep van ruim dertig komt maandelijks.",
        "De gemiddelde cliënt is begin vijftig.",
    ],
)
def test_a_decade_or_a_rounded_count_is_no_age(text: str) -> None:
    assert ages(text) == []


def test_an_age_rounded_with_zon() -> None:
    assert any("80" in value for value in ages("Ze is zo'n 80 jaar en woont alleen."))


def test_a_request_date_with_its_act() -> None:
    found = [
        f.text for f in detect("Mevrouw Bakker belde. Uitkering nog niet rond, aanvraag 3-11 ingediend.")
    ]
    assert "3-11" in found


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Bram, aged sixteen, cares for his mum.", "sixteen"),
        ("Talked to a fifteen-year-old girl at school.", "fifteen-year-old"),
        ("his eleven year old sister does the shopping", "eleven year old"),
    ],
)
def test_an_english_age_in_words(text: str, age: str) -> None:
    assert age in ages(text)


def test_an_english_age_of_a_thing_is_no_age() -> None:
    assert ages("They run a twelve-year-old programme for carers.") == []


def test_an_english_day_of_a_month() -> None:
    found = [f.text for f in detect("Mevrouw Bakker belde. Next visit on the 9th of December.")]
    assert any("9th of December" in value for value in found)


@pytest.mark.parametrize(
    ("text", "age"), [("Zij is net zestien.", "zestien"), ("Hij is bijna vijftien en zit thuis.", "vijftien")]
)
def test_a_number_word_after_a_rounded_copula(text: str, age: str) -> None:
    assert age in ages(text)


def test_an_ordinal_of_an_event_in_words_stays_unmarked() -> None:
    assert ages("Hij woonde tot zijn achttiende in een gezinshuis.") == []
