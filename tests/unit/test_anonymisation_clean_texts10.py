"""Hard negatives, tenth set: worked examples about nobody ("een alleenstaande van 45 jaar"), months and
nouns that are also first names at the start of a sentence ("Augustus", "Lente", "Storm", "Merel"),
national alert systems, approaches named with numbers, provinces and the footer of a council letter.
Each must yield no finding at all (issue 20: at most 0.5 false alarms per 1,000 clean words). Written
for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_found, assert_no_finding, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "rekenvoorbeelden": (
        "Rekenvoorbeelden bij de beleidsregels\n"
        "\n"
        "Voorbeeld 1: een alleenstaande zonder kinderen heeft een netto-inkomen van € 1.450 per maand. "
        "Het inkomen ligt onder 120 procent van de bijstandsnorm, dus de regeling is van toepassing.\n"
        "Voorbeeld 2: een echtpaar boven de AOW-leeftijd met een aanvullend pensioen komt boven de "
        "grens uit en heeft geen recht.\n"
        "Voorbeeld 3: een alleenstaande ouder met twee kinderen in de basisschoolleeftijd krijgt het "
        "kindpakket en de individuele inkomenstoeslag als het inkomen drie jaar laag is geweest.\n"
        "Voorbeeld 4: een student met studiefinanciering valt buiten de regeling.\n"
        "De voorbeelden zijn fictief en bedoeld om de regels uit te leggen."
    ),
    "seizoenen_zinsbegin": (
        "Terugblik op het jaar\n"
        "\n"
        "Lente en zomer waren rustig op het loket. Augustus was de drukste maand voor de jongerenwerkers, "
        "door de vakantie. April bracht de nieuwe regeling voor de energietoeslag. Storm en regen "
        "zorgden in het najaar voor lekkages in oude huurwoningen. Merel en mus zijn de vogels die de "
        "kinderen het meest zagen bij de natuurwerkdag. Linde en eik staan in het nieuwe park bij het "
        "buurthuis. Engel of duivel, zei een jongerenwerker: jongeren zijn nooit het een of het ander. "
        "Winter bracht vooral vragen over de energierekening. Mei en juni stonden in het teken van de "
        "evaluatie."
    ),
    "alert_systemen": (
        "Veiligheid en signalering in de wijk\n"
        "\n"
        "Inwoners kunnen zich aanmelden voor Burgernet; bij een vermissing krijgen ze een bericht met "
        "een signalement. Bij de vermissing van een kind kan de politie een AMBER Alert uitsturen. "
        "NL-Alert waarschuwt bij rampen en crises. In veel wijken zijn er WhatsApp-buurtpreventiegroepen "
        "die verdachte situaties melden aan de politie. Voor de aanpak van veelplegers werkt de regio "
        "met een Top600-achtige aanpak en een persoonsgerichte aanpak via het Zorg- en Veiligheidshuis. "
        "Het Veiligheidsoverleg bespreekt elk kwartaal de meldingen van overlast en zorg. De "
        "burgemeester is eindverantwoordelijk voor de openbare orde."
    ),
    "provincies_regio": (
        "Regionale samenwerking in het noorden\n"
        "\n"
        "De provincies Groningen, Friesland en Drenthe werken samen in het programma voor "
        "bestaanszekerheid. De arbeidsmarktregio's stemmen hun aanpak af via het Regionaal Werkbedrijf. "
        "Voor jeugdhulp met verblijf zijn de regio's op elkaar aangewezen, omdat er te weinig plekken "
        "zijn. De Randstad trekt veel jongeren weg; het Noorden kampt met vergrijzing en krimp. Het Rijk "
        "ondersteunt met een Regio Deal. In Nederland als geheel groeit de vraag naar zorg sneller dan "
        "het aantal zorgmedewerkers. De provincie zet in op bereikbaarheid en voorzieningen in de "
        "kleine kernen."
    ),
    "briefvoet": (
        "Uitnodiging informatieavond Wmo-vervoer\n"
        "\n"
        "Beste inwoner,\n"
        "\n"
        "Vanaf het voorjaar verandert er iets aan het Wmo-vervoer. Tijdens de informatieavond leggen we "
        "uit wat er verandert, wat het voor u betekent en hoe u een rit boekt. Er is ook ruimte voor "
        "vragen. De avond is in het gemeentehuis, van 19.30 tot 21.00 uur. U hoeft zich niet aan te "
        "melden. Kunt u niet komen? Op de website staat een filmpje met dezelfde uitleg.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Team Wmo\n"
        "\n"
        "Dit is een automatisch gegenereerde brief en daarom niet ondertekend. Bereikbaar op werkdagen "
        "via telefoonnummer 14 0000."
    ),
    "veelgestelde_vragen_jeugd": (
        "Veelgestelde vragen over jeugdhulp\n"
        "\n"
        "Heb ik een verwijzing nodig? Voor de meeste jeugdhulp verwijst de huisarts, de jeugdarts of het "
        "wijkteam. Moet ik betalen? Nee, jeugdhulp is gratis, behalve bij verblijf buiten huis. Wat als "
        "mijn kind 18 wordt? Dan stopt de Jeugdwet; samen met de consulent kijkt u op tijd naar "
        "verlengde jeugdhulp of hulp vanuit de Wmo. Hoe lang is de wachttijd? Dat verschilt per vorm "
        "van hulp; de actuele wachttijden staan op de website. Mag ik zelf een aanbieder kiezen? Ja, "
        "zolang de aanbieder een contract heeft met de gemeente. Waar kan ik terecht met klachten? "
        "Bij de aanbieder zelf en anders bij de gemeente."
    ),
    "inspraakreactie_samenvatting": (
        "Nota van beantwoording inspraakreacties\n"
        "\n"
        "Er kwamen 37 inspraakreacties binnen op het concept-beleidsplan. Reactie 1 tot en met 12 gaan "
        "over de toegankelijkheid van het loket; het college past de openingstijden aan. Reactie 13 tot "
        "en met 20 vragen om meer aandacht voor jonge mantelzorgers; daarvoor komt een apart "
        "actiepunt. Reactie 21 vraagt om het schrappen van de eigen bijdrage; dat is niet mogelijk "
        "omdat de wet die voorschrijft. De overige reacties zijn instemmend of gaan over onderwerpen "
        "buiten dit plan. Alle insprekers ontvangen een persoonlijke reactie. De namen van insprekers "
        "zijn in deze nota weggelaten."
    ),
    "werkgeversdienstverlening": (
        "Werkgeversdienstverlening\n"
        "\n"
        "Het Werkgeversservicepunt helpt werkgevers die iemand met een afstand tot de arbeidsmarkt "
        "willen aannemen. Dat kan met een proefplaatsing van maximaal drie maanden met behoud van "
        "uitkering, met loonkostensubsidie of met een jobcoach. Werkgevers kunnen een beroep doen op de "
        "no-riskpolis bij ziekte van de werknemer. Voor grote werkgevers is er een vast "
        "accountmanagement. Het Werkgeversservicepunt werkt samen met het UWV en de buurgemeenten, "
        "zodat werkgevers één aanspreekpunt hebben. Per jaar worden ongeveer honderd mensen geplaatst, "
        "van wie de helft na een jaar nog aan het werk is."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Merel en mus zijn de vogels die de kinderen het meest zagen.",
        "De provincies Groningen, Friesland en Drenthe werken samen; de provincie Utrecht ook.",
        "De regio's stemmen hun aanpak af via het Regionaal Werkbedrijf.",
    ],
)
def test_a_noun_pair_province_or_national_structure_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Merel en haar broer kwamen gisteren langs.", "Merel"),
        ("Ze woont sinds mei in Groningen.", "Groningen"),
        ("De moeder verhuisde van Utrecht naar de provincie.", "Utrecht"),
        ("Hij krijgt hulp via Kwadrant.", "Kwadrant"),
    ],
)
def test_a_name_or_town_is_still_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)


@pytest.mark.parametrize(
    "sentence",
    [
        "beschermd wonen (bw) en maatschappelijke opvang (mo) worden regionaal georganiseerd.",
        "de provincies groningen, friesland en drenthe werken samen.",
        "met sint maarten liepen de kinderen langs de deuren.",
    ],
)
def test_the_same_in_lower_case_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("ze woont sinds mei in groningen bij haar zus.", "groningen"),
        ("maarten belde gisteren over de huur.", "maarten"),
    ],
)
def test_a_lower_case_town_or_name_is_still_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
