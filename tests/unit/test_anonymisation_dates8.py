"""Eighth round of issue 20: dates without a year (a day and a month in digits, the month before the
day) in chat exports, notes and logs, and the national youth-justice body Halt, checked on sentences
written for these tests with the hard negatives each rule must leave alone."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect
from tests.unit.anonymisation_support import texts

PERSON = "Mevrouw Bakker belde. "  # a text about a person: its dates are kept


def dates(text: str) -> list[str]:
    return texts(PERSON + text, "datum")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("[14-10, 09:15] Wijkcoach: wie gaat er langs?", "14-10"),
        ("[7/2 21:03] Buurman: de deur staat open", "7/2"),
        ("[30-9 11.45] Anouk: ik bel de huisarts", "30-9"),
        ("Melding binnengekomen 21/10, 14:20 via de buurtapp.", "21/10"),
        ("Volgende afspraak 5/11 om 10.00 bij het wijkteam.", "5/11"),
    ],
)
def test_a_day_and_month_with_a_time_is_a_timestamp(text: str, date: str) -> None:
    assert date in dates(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("korte notitie na gesprek met de mentor 28/10\nzoon verzuimt veel", "28/10"),
        ("Er was overleg met school en moeder 6-2 over het verzuim.", "6-2"),
        ("huisbezoek bij oma 17/11 samen met de wijkagent", "17/11"),
        ("Afspraak bij de huisarts 9/1 is verzet.", "9/1"),
    ],
)
def test_a_meeting_word_a_few_words_back_dates_the_pair(text: str, date: str) -> None:
    assert date in dates(text)


def test_the_pair_closing_a_heading_line_is_its_date() -> None:
    text = "jeugdteam zuid, genoteerd 22/10\nzoon slaapt slecht, moeder is moe"
    assert detect(PERSON + text) and "22/10" in dates(text)
    assert [f.text for f in detect("wijkteam, kort verslag 22/10\nMoeder Fatima belt vaak.\n")][0] == "22/10"


def test_lines_of_a_log_that_open_with_a_day_and_month() -> None:
    text = "12/11 moeder gebeld, gaat redelijk\n19/11 school belt: verzuim loopt op\n3/12 zoon zelf langs\n"
    assert dates(text) == ["12/11", "19/11", "3/12"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sinds augustus 12 werkt hij bij de bakker.", "augustus 12"),
        ("Op nov. 3 was er een gesprek met de wijkcoach.", "nov. 3"),
        ("Vanaf december 2nd woont zij bij haar zus.", "december 2nd"),
        ("Ze verhuisde op oktober 14, 2024 naar de flat.", "oktober 14, 2024"),
        ("Het gesprek is op maart 4e.", "maart 4e"),
    ],
)
def test_the_month_before_the_day(text: str, date: str) -> None:
    assert date in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "De meerderheid van 2/3 stemde voor, ongeveer 1/3 van de ouders kwam.",
        "De crisisdienst is 24/7 bereikbaar, ook in gesprek met ouders 24/7.",
        "Kinderen van 8-12 jaar, jongeren 12-14 en groep 5/6 doen mee.",
        "Gesprek over groep 5/6 en overleg over artikel 3/4.",
        "De wedstrijd eindigde in 3-1.",
        "Zie pagina 12-14 en lid 2/3, de verhouding is 3/4.",
        "In het gesprek kwam 2/3 deel van de kosten aan bod.",
        "Overleg met de ouders 3/4 van de tijd over geld.",
        "In maart 5 gesprekken gevoerd, sinds mei 3 keer gebeld, vanaf juni 2 dagen per week.",
        "Met Mei 2 uur gesproken over de kinderen.",
        "Sinds april 3 kinderen thuis, per september 1 nieuwe medewerker.",
        "Vanaf januari 2 extra uren, sinds maart 2 contacten, sinds mei 3 nachten.",
        "Overleg met de 8-12 jarigen en gesprek met de 6-11-jarigen.",
        "Het gesprek ging over 1/2 van 10.000 euro en 1/4 van 12.500 euro.",
    ],
)
def test_fractions_ranges_scores_and_counts_stay_unmarked(text: str) -> None:
    assert dates(text) == []


def test_lines_with_fractions_or_age_ranges_are_no_log() -> None:
    assert dates("\n2/3 meerderheid nodig\n1/3 minderheid tegen\n") == []
    assert dates("\n4-6 jaar: peutergroep\n7-9 jaar: kindergroep\n") == []
    assert dates("\n3/4 van de ouders kwam\n1/2 van de kinderen niet\n") == []


def test_a_masked_age_band_stays_a_placeholder() -> None:
    assert detect("Mevrouw [NAAM] is [30-40 jaar] en haar zoon is een [12-18]-jarige.") == []


@pytest.mark.parametrize(
    "text",
    [
        "De officier van justitie bepaalt of een zaak naar Halt of naar de kinderrechter gaat.",
        "Jongeren kregen een Halt-straf via Bureau Halt.",
        "Na een HALT-afdoening volgt geen strafblad.",
    ],
)
def test_the_national_body_halt_is_no_place(text: str) -> None:
    assert detect(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tussen 3/11 en 10/11 was zij opgenomen.", ["3/11", "10/11"]),
        ("In de week van 17/11 komt hij terug.", ["17/11"]),
        ("Vader kwam na 12/11 thuis, voor 1/12 moet het geregeld zijn.", ["12/11", "1/12"]),
        ("De brief van 3/11 jl. kwam aan, het gesprek is 17-11 a.s.", ["3/11", "17-11"]),
    ],
)
def test_words_of_time_that_also_precede_fractions(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moeder werkt na 1/2 dag al moe, voor 3/4 vergoed, rond 2/3 van het budget.",
        "Na 1/2 jaar is er voor 1/3 deel een regeling.",
        "Tussen 1/4 en 1/2 van de ouders komt.",
    ],
)
def test_fractions_after_words_of_time_stay_unmarked(text: str) -> None:
    assert dates(text) == []


def test_an_abbreviated_month_without_a_dot_before_an_ordinal_day() -> None:
    assert dates("Gesprek op nov 12th, sinds okt 3rd woont ze hier.") == ["nov 12th", "okt 3rd"]


def test_a_day_and_month_before_an_hour_or_after_today() -> None:
    text = "Afspraak staat 3/12 10u. Moeder komt 5/12 om 9 uur. Vandaag 12/11 gebeld, gisteren 11/11 langs."
    assert dates(text) == ["3/12", "5/12", "12/11", "11/11"]
    assert dates("Ze werkt vandaag 1/2 dag. Morgen 2/3 van de groep weg. Het kost 1/2 12 uur werk.") == []


def test_one_line_that_opens_with_a_day_and_month_and_a_sentence() -> None:
    assert dates("\n12/11 Moeder belt over de huur.") == ["12/11"]
    assert dates("\n8-12 Kinderen doen mee\n") == []
    assert dates("\n2/3 Meerderheid stemt voor\n") == []
    assert dates("\n1/2 Liter melk per dag\n") == []


def test_a_weekday_in_brackets_after_the_day_and_month() -> None:
    assert dates("Huur betaald 12/11 (wo) en de rest volgt 19-11 (do.).") == ["12/11", "19-11"]


def test_a_year_of_birth_written_short() -> None:
    assert dates("Zij is geboren in '58, hij is van '61 en zijn broer geb. '64.") == ["'58", "'64"]
    assert dates("Voetbalclub VV Weesp '83 en ZSC'62 spelen.") == []


def test_pairs_listed_right_before_a_date_are_dates() -> None:
    assert dates("Afwezig (o.a. 3/11, 4/11, 10/11 t/m 14/11).") == ["3/11", "4/11", "10/11", "14/11"]
    assert dates("Uitslag 10-8, 12-10 en daarna op 3/11 de finale.") == ["3/11"]


def test_a_follow_up_date() -> None:
    assert dates("Vervolg: 2-12. Vervolgafspraak 9/12 bij de huisarts.") == ["2-12", "9/12"]
    assert dates("Vervolg: 2-3 weken, terugkoppeling over 1-2 maanden.") == []


def test_a_weekday_before_a_month_first_date_belongs_to_it() -> None:
    text = "Afspraak Tuesday Dec 2nd, op vrijdag november 7th overleg, sinds Monday, October 3 in de flat."
    assert dates(text) == ["Tuesday Dec 2nd", "vrijdag november 7th", "Monday, October 3"]


def test_a_year_first_date_with_slashes_or_dots() -> None:
    assert dates("Brief van 2025/11/12 en 2025.11.12 en 2025-11-12.") == [
        "2025/11/12",
        "2025.11.12",
        "2025-11-12",
    ]
    assert dates("Bedrag 2025.11 euro, kenmerk 2025/1234, code 2024/12/345.") == []


def test_lines_that_open_with_fractions_are_no_log() -> None:
    assert dates("\n3/4 gemeenten doen mee\n2/3 provincies ook\n") == []
