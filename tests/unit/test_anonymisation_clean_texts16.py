"""Hard negatives, sixteenth set: council debates with political parties instead of names, a yearly
report of Veilig Thuis in figures and a client survey. Each must yield no finding at all (issue 20: at
most 0.5 false alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_found, assert_no_finding, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "debat_partijen": (
        "Samenvatting debat armoedebeleid\n"
        "\n"
        "De VVD vindt dat werk de beste weg uit armoede is en wil meer inzet op re-integratie. De PvdA "
        "en GroenLinks willen de inkomensgrens voor het kindpakket verhogen naar 130 procent. Het CDA "
        "vraagt aandacht voor gezinnen met schulden en voor de rol van kerken. D66 wil dat de gemeente "
        "proactief toeslagen uitkeert. De SP dient een motie in voor een gratis ov-pas voor minima. De "
        "ChristenUnie en de SGP steunen die motie niet, de PVV en de BBB wel. Gemeentebelangen wil eerst "
        "de evaluatie afwachten. De wethouder zegt een brief toe voor de zomer."
    ),
    "jaarverslag_veilig_thuis": (
        "Jaarcijfers Veilig Thuis voor de gemeente\n"
        "\n"
        "Veilig Thuis ontving vorig jaar 412 meldingen over inwoners van de gemeente, 6 procent meer dan "
        "het jaar ervoor. Het ging 238 keer om kindermishandeling, 131 keer om partnergeweld en 43 keer "
        "om ouderenmishandeling. In 58 procent van de gevallen volgde een overdracht naar het wijkteam, "
        "in 12 procent een onderzoek door Veilig Thuis zelf. Politie, huisartsen en scholen melden het "
        "vaakst. Het aantal adviesvragen van professionals steeg met een vijfde. De tafel bespreekt de "
        "cijfers in de vergadering van december."
    ),
    "clientervaring": (
        "Cliëntervaringsonderzoek Wmo en Jeugd\n"
        "\n"
        "Ieder jaar vraagt de gemeente cliënten naar hun ervaringen. Dit jaar vulden 612 cliënten de "
        "vragenlijst in. Van hen zegt 84 procent dat de ondersteuning past bij de hulpvraag, en 79 "
        "procent dat de kwaliteit van leven is verbeterd. Ouders in de jeugdhulp zijn iets minder "
        "tevreden over de wachttijd. Cliënten waarderen de bereikbaarheid van de consulent en het "
        "keukentafelgesprek. Verbeterpunten: sneller een beslissing en duidelijkere brieven. De "
        "resultaten staan in de landelijke benchmark en worden besproken met de Adviesraad."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente werkt met het programma Doarpen yn Beweging en het project Samen in Beweging.",
        "Bij de Fryske Akademy is onderzoek gedaan naar taal en gezondheid.",
    ],
)
def test_a_programme_title_with_a_listed_word_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("jongerenwerker Ramon van Impuls zoekt contact.", "Impuls"),
        ("Zij krijgt begeleiding van Beweging 3.0 in Amersfoort.", "Beweging 3.0"),
    ],
)
def test_the_listed_organisation_is_still_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)


@pytest.mark.parametrize(
    "sentence",
    [
        "In de Woonvisie 2025-2030 staan de afspraken; de raad stelt de Woonvisie vast.",
        "Het programma Radar op televisie besteedde aandacht aan schulden.",
        "Programma Horizon 2030 loopt door. Een Impuls voor de wijk volgt.",
    ],
)
def test_a_listed_word_used_as_a_title_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Hij huurt bij Woonvisie sinds 2019.", "Woonvisie"),
        ("Zij zit bij Horizon in Harreveld.", "Horizon"),
        ("Ze huurt bij Portaal en heeft een achterstand.", "Portaal"),
    ],
)
def test_the_listed_brand_is_still_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kampen voor kinderen worden vergoed. Duiven op het dak zorgen voor overlast.",
        "Vechten heeft geen zin, zegt de jongerenwerker. Rijen wachtenden stonden voor het loket.",
        "Karakter en doorzettingsvermogen helpen. Impuls geven aan de wijk is het doel.",
        "Fier staan de vrijwilligers op de foto. Radar en signalering zijn belangrijk.",
    ],
)
def test_a_listed_word_opening_a_sentence_as_a_word_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Hoorn, 3 maart 2025\nGeachte mevrouw,", "Hoorn"),
        ("Kampen is een mooie stad om te wonen.", "Kampen"),
        ("Woonplaats: Houten", "Houten"),
        ("Houten: huisbezoek bij moeder.", "Houten"),
        ("Portaal stuurt een brief over de huur.", "Portaal"),
        ("Karakter heeft een wachtlijst van acht weken.", "Karakter"),
    ],
)
def test_a_town_or_organisation_opening_a_sentence_is_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
