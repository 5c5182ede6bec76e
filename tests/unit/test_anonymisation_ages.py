"""Ages in the forms issue 20's sixth round showed slipping through (general kinds, texts written here):
the ages of a household's children listed after their number or their parent, the age closing the line of
a roster that starts with a person, an age after "is" with a word of speech around it, and an age in
brackets after a double surname; with the group ages, counts and anonymous households that stay clean."""

from __future__ import annotations

import re

import pytest

from casetafel.anonymisation import Category, detect


def age_found(text: str, part: str) -> bool:
    """``part`` (first found standing alone, not inside a longer number) lies inside an age finding."""
    start = re.search(rf"(?<![\d]){re.escape(part)}(?![\d])", text).start()
    return any(
        f.category is Category.LEEFTIJD and f.start <= start and start + len(part) <= f.end
        for f in detect(text)
    )


HOUSEHOLDS = [
    ("Gezin Bakker: vader Kees, drie kinderen van 11, 8 en 5. Ze wonen krap.", ["11", "8", "5"]),
    ("Mevrouw Jansen heeft twee kinderen van 9 en 4 jaar.", ["9", "4"]),
    ("Kinderen: drie, 14, 10 en 2 jaar. Moeder Fatma Yildiz is alleenstaand.", ["14", "10", "2"]),
    ("Anouk de Wit woont met haar kinderen (7 en 3) bij haar moeder.", ["7", "3"]),
    ("Dhr. Pieters zorgt voor zijn twee zonen, 16 en 13, sinds de scheiding.", ["16", "13"]),
]


@pytest.mark.parametrize(("text", "ages"), HOUSEHOLDS)
def test_ages_of_a_counted_or_owned_household_are_found(text: str, ages: list[str]) -> None:
    for age in ages:
        assert age_found(text, age), age


@pytest.mark.parametrize(
    "text",
    [
        "Het gezin heeft drie kinderen van 4, 7 en 12 jaar. De oudste zit in groep 8.",  # nobody named
        "De peuteropvang is er voor kinderen van 2 en 3 jaar.",
        "Mevrouw Jansen zegt: de school neemt kinderen van 4 tot 12 jaar aan.",
        "Bij Mevrouw Jansen kwamen drie kinderen van 4 en 5 jaar kijken.",  # the count does not fit
        "Piet de Boer vertelt dat zijn twee zonen 2 en 3 keer per week sporten.",
        "Karin Smit: de kinderen van 6 en 8 jaar krijgen voorrang in de regeling.",
    ],
)
def test_group_ages_and_anonymous_households_get_no_age(text: str) -> None:
    assert not any(f.category is Category.LEEFTIJD for f in detect(text))


ROSTERS = [
    ("1. Daan Verhoef, 2 vwo, leerlingnr 30418, 14. Verzuimt op maandag.", "14"),
    ("- Samira El Idrissi, groep 7, 11\n- Joep Lammers, groep 5, 9", "11"),
    ("- Samira El Idrissi, groep 7, 11\n- Joep Lammers, groep 5, 9", "9"),
    ("2) Kevin Ruiters, mbo niveau 2, 17 jaar. Woont bij zijn oma.", "17"),
]


@pytest.mark.parametrize(("text", "age"), ROSTERS)
def test_the_number_closing_a_roster_line_of_a_person_is_an_age(text: str, age: str) -> None:
    assert age_found(text, age)


def test_a_roster_number_in_the_middle_of_a_line_is_no_age() -> None:
    text = "1. Daan Verhoef, 2 vwo, 14 uur verzuim. Mentor belt."
    assert not any(f.category is Category.LEEFTIJD for f in detect(text))


SPOKEN = [
    ("[09:12] Wijkcoach: hij is wel 81 he. moet er iemand langs?", "81"),
    ("ze is pas 16 hoor, ze woont nog thuis", "16"),
    ("Meneer is ook al 92, hij loopt slecht.", "92"),
    ("Zijn moeder is toch 77 nou, dat gaat niet meer.", "77"),
]


@pytest.mark.parametrize(("text", "age"), SPOKEN)
def test_an_age_after_is_with_words_of_speech(text: str, age: str) -> None:
    assert age_found(text, age)


@pytest.mark.parametrize(
    "text",
    [
        "De wachttijd is wel 12 weken, hoor.",
        "het is al 3 keer gebeurd he",
        "Het tekort is toch 400 euro.",
    ],
)
def test_counts_and_durations_after_is_stay_no_age(text: str) -> None:
    assert not any(f.category is Category.LEEFTIJD for f in detect(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("mw j. (jannie) bosma-van der meer (58) woont alleen", "58"),
        ("gesprek met dhr. p. (piet) de jong-de haan (71) en zijn dochter", "71"),
    ],
)
def test_an_age_in_brackets_after_a_double_surname(text: str, age: str) -> None:
    assert age_found(text, age)


MORE_AGES = [
    ("casus henk de boer uit alkmaar (de hoef), 52, weer aangehouden", "52"),
    ("Mevrouw Jansen uit Zwolle, 67, belt morgen.", "67"),
    ("Oud-leerling Rik, nu 19, zoekt werk.", "19"),
    ("Buurman, ca. 70, belde over de stank.", "70"),
    ("Zijn moeder, inmiddels 88, woont in een verpleeghuis.", "88"),
    ("Het gezin: moeder 34, zoon 12, dochter 9.", "9"),
    ("Ouders: vader 45, moeder 43", "43"),
    ("hij wordt volgende maand 18 en dan stopt de jeugdhulp", "18"),
    ("Moeder werd in maart 40, zegt ze.", "40"),
    ("sinds zijn 16e woont hij op straat", "16e"),
    ("op haar 9e kwam ze naar Nederland", "9e"),
    ("toen ze 12 was ging het mis thuis", "12"),
    ("Nu hij 18 is, vervalt de kinderbijslag.", "18"),
]


@pytest.mark.parametrize(("text", "age"), MORE_AGES)
def test_ages_after_a_place_a_rounding_word_in_a_household_list_or_at_an_event(text: str, age: str) -> None:
    assert age_found(text, age)


@pytest.mark.parametrize(
    "text",
    [
        "Het gezin: moeder 2 keer per week, vader 1 keer.",
        "Het aantal meldingen, ca. 70, is gelijk gebleven.",
        "Deelnemers, inmiddels 120, krijgen een certificaat.",
        "Het budget wordt volgende maand 40 procent lager.",
        "Het tekort wordt dit jaar 12 miljoen.",
        "Sinds zijn 2e termijn is de wethouder actiever.",
        "Toen ze 3 waren, gingen de kinderen naar de opvang.",
        "De regeling geldt voor mensen vanaf hun 18e jaar.",
        "Na hun 65e krijgen inwoners AOW.",
        "Zoon 1 en zoon 2 zijn de codes in het registratiesysteem.",
        "Vader 1, moeder 2: zo tellen we de gezinsleden in het formulier.",
    ],
)
def test_counts_group_ages_and_labels_stay_without_age(text: str) -> None:
    assert not any(f.category is Category.LEEFTIJD for f in detect(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("mw. jansen 61 jr woont alleen", "61"),
        ("dhr. de vries 78 jr. heeft hulp nodig", "78"),
        ("Mevrouw Jansen zegt: de 2 kinderen zijn 5 en 8 jaar.", "8"),
        ("Ze is zelf 19 en heeft een baby.", "19"),
    ],
)
def test_an_abbreviated_age_after_a_name_the_children_are_and_is_zelf(text: str, age: str) -> None:
    assert age_found(text, age)


@pytest.mark.parametrize(
    "text",
    [
        "De kinderen zijn 4 en 5 jaar als ze naar school gaan.",
        "Piet Jansen zegt: de kinderen zijn 4 en 5 jaar als ze starten.",
        "Het tekort is zelf 12 procent.",
    ],
)
def test_children_of_a_group_and_amounts_after_zelf_stay_without_age(text: str) -> None:
    assert not any(f.category is Category.LEEFTIJD for f in detect(text))


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Fam. Öztürk: vader (46), moeder (41), kinderen (15, 12, 8)", ["15", "12", "8"]),
        ("Mw. Jansen woont met haar dochters (9 en 6) in de flat.", ["9", "6"]),
    ],
)
def test_ages_in_brackets_after_the_children_of_a_named_household(text: str, ages: list[str]) -> None:
    for age in ages:
        assert age_found(text, age), age


@pytest.mark.parametrize(
    "text",
    [
        "Piet de Vries: jonge kinderen (2 en 3 jaar) krijgen voorschoolse educatie.",
        "Voor Piet Bos geldt: jonge kinderen (4, 5 en 6 jaar) mogen gratis mee.",
        "Mevrouw Bos zegt dat kinderen (12 tot 18) vaker gamen.",
    ],
)
def test_ages_in_brackets_after_a_group_of_children_stay_unmarked(text: str) -> None:
    assert not any(f.category is Category.LEEFTIJD for f in detect(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Het gaat om een jongeman van 23 die op straat slaapt.", "23"),
        ("Haar ex (45) komt nog vaak langs.", "45"),
        ("De buurjongen, 16, helpt met boodschappen.", "16"),
        ("Het nichtje is 11 en logeert vaak.", "11"),
        ("Haar halfbroer (19) woont in Breda.", "19"),
    ],
)
def test_ages_after_kinship_and_personal_words(text: str, age: str) -> None:
    assert age_found(text, age)


@pytest.mark.parametrize(
    "text",
    [
        "Een minderjarige van 16 mag niet zonder toestemming werken.",
        "De huurder is 3 maanden achter met betalen volgens de regeling.",
        "Iedere verdachte van 18 of ouder krijgt een advocaat.",
    ],
)
def test_roles_of_groups_in_policy_texts_get_no_age(text: str) -> None:
    assert not any(f.category is Category.LEEFTIJD for f in detect(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("mevrouw is ca. 60 jaar en woont alleen", "60"),
        ("het gaat om een man van ongeveer 50", "50"),
        ("hij is rond de 40, werkloos", "40"),
        ("De vrouw is begin 30.", "30"),
        ("Buurman (eind 70) heeft dementie", "70"),
        ("een meisje van bijna 16", "16"),
        ("Gisteren belde Anouk (rond de 55) over haar moeder.", "55"),
        ("meneer, 90+, woont zelfstandig", "90"),
    ],
)
def test_rounded_ages_after_a_person(text: str, age: str) -> None:
    assert age_found(text, age)


@pytest.mark.parametrize(
    "text",
    [
        "Het tekort is ca. 60 procent.",
        "De groep is ongeveer 40.",
        "Totaal is ca. 60.",
        "De wachttijd was ruim 12 weken.",
        "Het budget (ca. 40) is op.",
        "Een gezin van ongeveer 5 personen.",
        "De wachtlijst van ruim 200 mensen.",
        "Na een periode van ongeveer 3 maanden.",
    ],
)
def test_rounded_counts_and_amounts_get_no_age(text: str) -> None:
    assert not any(f.category is Category.LEEFTIJD for f in detect(text))
