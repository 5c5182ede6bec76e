"""Hard negatives, twenty-fifth set: a regional vision that names the towns of the region, notes of a
theme session in lower case, agreements on a missing elderly person, a publication in the Gemeenteblad, a
table of waiting times and answers to council questions. Each must yield no finding at all (issue 20: at
most 0.5 false alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_no_finding, clean_text_test, found

CLEAN_TEXTS: dict[str, str] = {
    "regiovisie_plaatsen": (
        "Regiovisie Beschermd Wonen\n"
        "\n"
        "De centrumgemeente en de regiogemeenten werken toe naar een beweging van beschermd wonen naar "
        "beschermd thuis. In Zwolle, Kampen en Deventer komen de meeste plekken, maar ook in de "
        "kleinere kernen ontstaan kleinschalige woonvormen. Inwoners die uitstromen krijgen begeleiding "
        "in de eigen wijk. De verdeling van de middelen verandert: vanaf 2027 gaat het geld via een "
        "objectief verdeelmodel naar alle gemeenten. Het Rijk stelt daarvoor een overgangsperiode van "
        "tien jaar. De regio maakt afspraken over een regionale voorrangsregeling met de "
        "woningcorporaties. De Cliëntenraad GGZ en de Adviesraden Sociaal Domein van de gemeenten "
        "worden betrokken bij de uitwerking."
    ),
    "aantekeningen_themasessie_lowercase": (
        "aantekeningen themasessie jongeren en geld\n"
        "\n"
        "- jongeren van 18 weten vaak niet dat zorgtoeslag moet worden aangevraagd\n"
        "- veel schulden via kopen op afbetaling (achteraf betalen), telefoon en boetes\n"
        "- scholen willen wel lessen, maar hebben weinig tijd; mbo is de beste plek\n"
        "- idee: spreekuur op het roc, samen met de budgetcoach\n"
        "- jongerenwerk ziet signalen eerder dan wij\n"
        "- ouders weten vaak ook niet hoe het zit\n"
        "- nibud heeft lespakket, gratis\n"
        "- actie: beleid maakt voorstel voor pilot na de zomer\n"
        "- actie: communicatie maakt korte filmpjes voor insta en tiktok\n"
        "- volgende sessie: ervaringsdeskundige jongeren uitnodigen, liefst twee of drie"
    ),
    "protocol_vermissing_oudere": (
        "Werkafspraken bij vermissing van een oudere met dementie\n"
        "\n"
        "Wordt een oudere met dementie vermist, dan belt de zorgverlener of mantelzorger direct 112. "
        "De politie zet zo nodig Burgernet in. Geef een recente foto, een beschrijving van de kleding en "
        "plekken waar de persoon vroeger graag kwam. Na terugkeer bespreekt de casemanager dementie met "
        "het netwerk hoe herhaling te voorkomen is, bijvoorbeeld met een gps-tracker of aanpassingen in "
        "huis. Bij herhaalde vermissing volgt een overleg met de huisarts over de woonsituatie. De "
        "afspraken zijn gemaakt met de politie, de thuiszorg en het Alzheimer Café, en worden jaarlijks "
        "in september, tijdens de Maand van de Dementie, besproken."
    ),
    "gemeenteblad_bekendmaking": (
        "Gemeenteblad: bekendmaking vaststelling Verordening maatschappelijke ondersteuning\n"
        "\n"
        "Burgemeester en wethouders maken bekend dat de gemeenteraad in zijn vergadering van 26 juni "
        "2025 de Verordening maatschappelijke ondersteuning 2026 heeft vastgesteld. De verordening treedt "
        "in werking op de dag na bekendmaking en werkt terug tot en met 1 januari 2026. Tegelijk wordt "
        "de Verordening maatschappelijke ondersteuning 2020 ingetrokken. De verordening ligt gedurende "
        "zes weken ter inzage bij de publieksbalie van het gemeentehuis. Tegen de vaststelling van een "
        "verordening staat geen bezwaar of beroep open. De tekst is ook te raadplegen op "
        "overheid.nl onder Lokale wet- en regelgeving."
    ),
    "overzicht_wachttijden_tabel": (
        "Wachttijden jeugdhulp per zorgvorm (in weken)\n"
        "\n"
        "Zorgvorm | Aanmelding tot intake | Intake tot start | Totaal\n"
        "Ambulante opvoedondersteuning | 3 | 2 | 5\n"
        "Jeugd-GGZ basis | 6 | 4 | 10\n"
        "Jeugd-GGZ specialistisch | 10 | 8 | 18\n"
        "Dagbehandeling | 8 | 6 | 14\n"
        "Pleegzorg | 4 | wisselend | -\n"
        "Residentieel | 12 | 8 | 20\n"
        "Bron: opgave van de gecontracteerde aanbieders, peildatum 1 oktober. De wachttijden zijn "
        "gemiddelden; in spoedsituaties start hulp binnen 24 uur. Jongeren van 12 tot 18 wachten "
        "gemiddeld langer dan jongere kinderen. De regio bespreekt de cijfers met de aanbieders in het "
        "kwartaaloverleg."
    ),
    "raadsvragen_beantwoording": (
        "Beantwoording schriftelijke vragen over de kosten van leerlingenvervoer\n"
        "\n"
        "Vraag 1: Hoeveel leerlingen maken gebruik van leerlingenvervoer? Antwoord: dit schooljaar 312 "
        "leerlingen, van wie 241 in het speciaal onderwijs.\n"
        "Vraag 2: Waarom zijn de kosten gestegen? Antwoord: door hogere tarieven van de vervoerder, de "
        "indexatie en langere ritten doordat scholen verder weg liggen.\n"
        "Vraag 3: Onderzoekt het college alternatieven? Antwoord: ja. Wij stimuleren zelfstandig reizen "
        "met een OV-training en bekijken met de buurgemeenten een gezamenlijke aanbesteding.\n"
        "Vraag 4: Wanneer wordt de raad geïnformeerd? Antwoord: in het eerste kwartaal van volgend jaar, "
        "met een raadsinformatiebrief."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "De tekst staat op overheid.nl en op www.overheid.nl.",
        "Kijk op waarstaatjegemeente.nl voor de cijfers.",
    ],
)
def test_the_bare_address_of_a_national_site_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


def test_a_page_of_a_local_site_is_still_found() -> None:
    findings = found("Zie www.schiedam.nl/bijstand voor de aanvraag.")
    assert ("url", "www.schiedam.nl/bijstand") in findings


@pytest.mark.parametrize(
    "sentence",
    [
        "Aanwezig: Wijkteam (3), GGD (1), Politie (2), Veilig Thuis (1).",
        "Deelnemers: Jeugdteam (4), Leerplicht (1), Woningcorporatie (2).",
        "Aantal meldingen: Noord (12), Zuid (8), Centrum (15).",
    ],
)
def test_a_count_in_brackets_after_a_team_or_a_part_of_town_yields_no_age(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Kinderen: Daan (8), Sem (5), Emre (15).", "15"),
        ("Moeder (38), Visser (45), Bakker (39).", "45"),
        ("Moeder (38), Visser (45), Bakker (39).", "39"),
        ("Gezin: Roos (34), Storm (6).", "6"),
    ],
)
def test_an_age_in_brackets_after_a_name_or_a_person_is_still_found(sentence: str, age: str) -> None:
    assert ("leeftijd", age) in found(sentence)
