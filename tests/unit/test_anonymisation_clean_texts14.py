"""Hard negatives, fourteenth set: minutes and lists made of roles only, tables with column names,
greetings to a team, meeting dates in a header, and an action list. Each must yield no finding at all
(issue 20: at most 0.5 false alarms per 1,000 clean words). Written for these tests; not part of any
scored corpus."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect
from tests.unit.anonymisation_support import assert_no_finding, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "actielijst_rollen": (
        "Actielijst casuïstiektafel, dinsdag 14 oktober\n"
        "\n"
        "Nr | Actie | Wie | Wanneer\n"
        "1 | Overzicht wachtlijsten jeugd opvragen | Beleidsadviseur Jeugd | week 43\n"
        "2 | Afspraken met corporaties over vroegsignalering | Teamleider Toegang | november\n"
        "3 | Folder schuldhulp vertalen | Communicatieadviseur | voor de kerst\n"
        "4 | Evaluatieformulier rondsturen | Secretaris | direct na de tafel\n"
        "5 | Training meldcode plannen | Opleidingscoördinator | eerste kwartaal\n"
        "6 | Terugkoppeling aan de raad via RIB | Wethouder | december\n"
        "\n"
        "Openstaande acties van de vorige keer zijn besproken; twee zijn afgerond en één schuift door "
        "naar de volgende tafel."
    ),
    "groet_team": (
        "Hoi allemaal,\n"
        "\n"
        "Dank voor jullie inzet van de afgelopen maanden. De wachtlijst is gehalveerd en de "
        "doorlooptijd is binnen de norm. Dat is het werk van het hele team: consulenten, "
        "administratie, de teamleiders en de collega's van de backoffice. Volgende week vrijdag "
        "sluiten we het kwartaal af met een lunch in de kantine, vanaf 12.00 uur. Wie een dieetwens "
        "heeft, laat het weten aan het secretariaat. Na de lunch is er een korte presentatie over de "
        "plannen voor volgend jaar, met ruimte voor vragen en ideeën.\n"
        "\n"
        "Groet,\n"
        "de afdelingsmanager"
    ),
    "aanwezigheid_rollen": (
        "Verslag regionaal overleg, woensdag 5 november, 10.00-12.00 uur\n"
        "\n"
        "Aanwezig: de voorzitter (wethouder), vier beleidsadviseurs uit de regiogemeenten, een "
        "vertegenwoordiger van de zorgverzekeraar, twee managers van jeugdhulpaanbieders en de "
        "secretaris. Afwezig met bericht: de vertegenwoordiger van het onderwijs.\n"
        "\n"
        "1. Het verslag van de vorige keer wordt vastgesteld.\n"
        "2. De regio bespreekt de stijgende kosten van jeugdhulp met verblijf. Afgesproken wordt om de "
        "tarieven in het voorjaar te herzien.\n"
        "3. De zorgverzekeraar informeert over de wachttijden in de ggz.\n"
        "4. Rondvraag: geen punten.\n"
        "Volgende vergadering: woensdag 3 december, zelfde tijd en plaats."
    ),
    "tabel_kolommen": (
        "Overzicht voorzieningen en eigen bijdragen\n"
        "\n"
        "Voorziening | Wet | Eigen bijdrage | Aanvragen bij\n"
        "Huishoudelijke hulp | Wmo 2015 | € 21,80 per maand (CAK) | Wmo-loket\n"
        "Scootmobiel | Wmo 2015 | geen | Wmo-loket\n"
        "Woningaanpassing | Wmo 2015 | afhankelijk van kosten | Wmo-loket\n"
        "Jeugdhulp ambulant | Jeugdwet | geen | wijkteam of huisarts\n"
        "Bijzondere bijstand | Participatiewet | niet van toepassing | Werk en Inkomen\n"
        "Schuldhulp | Wgs | geen | Schuldhulp\n"
        "\n"
        "De bedragen gelden voor dit kalenderjaar. Voor de actuele bedragen en voorwaarden kijkt u op "
        "de website van de gemeente of belt u het algemene nummer."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize("word", ["Woongoed", "Woonkracht", "Kiemkracht", "Lindestroom", "Zorgpartners"])
def test_a_brand_built_from_words_after_bij_de_is_found(word: str) -> None:
    sentence = f"Er is een huurachterstand bij de {word} en een gesprek volgt."
    assert [f.text for f in detect(sentence)] == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Lezen & Schrijven helpt laaggeletterden; de Vereniging Eigen Huis geeft advies.",
        "De Nederlandse Vereniging voor Volkskrediet (NVVK) is de branchevereniging.",
        "De Landelijke Cliëntenraad en Per Saldo praten mee over de regels.",
    ],
)
def test_a_national_association_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)
