"""Hard negatives, ninth set: capitalised department names, software, countries, languages and parts of
documents right after "bij", "via", "met", "naar", "in" and "uit", the places where an unknown
capitalised word usually names an organisation or a town. Each must yield no finding at all (issue 20:
at most 0.5 false alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_found, assert_no_finding, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "afdelingen": (
        "Wie doet wat binnen de gemeente\n"
        "\n"
        "Vragen over een uitkering gaan naar Werk en Inkomen, vragen over zorg en ondersteuning naar "
        "Toegang. Een verhuizing geeft u door bij Burgerzaken. Schulden meldt u bij Schuldhulp, "
        "schoolverzuim bij Leerplicht. Facturen van zorgaanbieders lopen via Inkoop en Contractbeheer "
        "en worden betaald door Financiën. Bezwaren worden behandeld door Juridische Zaken. Persvragen "
        "gaan via Communicatie. Klachten over de openbare ruimte meldt u bij Beheer en Onderhoud. Het "
        "team Jeugd werkt nauw samen met Onderwijs en met Sport en Cultuur. Intern overleg over "
        "personeel verloopt via HRM. Alle afdelingen zijn bereikbaar via het Klantcontactcentrum."
    ),
    "kanalen_software": (
        "Werkafspraken digitale kanalen\n"
        "\n"
        "Overleg met partners doen we via Teams of, als de partner dat niet heeft, via Zoom. Brieven "
        "aan inwoners gaan bij voorkeur via de Berichtenbox van MijnOverheid. Inwoners loggen in met "
        "DigiD. Betalingen van de eigen bijdrage kunnen via iDEAL. Verslagen maken we in Word, cijfers "
        "bijhouden in Excel en presentaties in PowerPoint. Afspraken plannen we in Outlook. Gebruik "
        "geen WhatsApp voor cliëntgegevens; gebruik daarvoor de beveiligde mailomgeving. Met ChatGPT "
        "en andere AI-tools werken we niet met persoonsgegevens. Documenten delen met externen gaat "
        "via de beveiligde bestandsdeling."
    ),
    "landen_talen": (
        "Achtergrond nieuwkomers\n"
        "\n"
        "De nieuwkomers in de gemeente komen vooral uit Syrië, Eritrea, Afghanistan, Turkije en "
        "Oekraïne. Een deel heeft eerder in Duitsland of België gewoond. Arbeidsmigranten komen uit "
        "Polen, Roemenië en Bulgarije, sommigen met een contract via een uitzendbureau. Zij spreken "
        "vaak Pools of Roemeens; in de lessen leren ze Nederlands. Voor gezinshereniging moet een "
        "aanvraag bij de IND worden gedaan. Contacten met ambassades lopen via de Rijksoverheid. "
        "Jongeren die in Nederland naar school gaan, leren de taal het snelst. Ouders volgen les in het "
        "Nederlands op het ROC, sommigen met Engelse les als tussenstap."
    ),
    "documentdelen": (
        "Leeswijzer bij de nota\n"
        "\n"
        "In Hoofdstuk 2 beschrijven we de opgave, in Hoofdstuk 3 de ambities. De cijfers uit Tabel 2 "
        "en Figuur 4 zijn afkomstig van het CBS. In Bijlage B staat de verantwoording van de "
        "berekeningen, in Bijlage C de lijst van afkortingen. Wie snel wil lezen, begint met de "
        "Samenvatting en gaat dan naar Paragraaf 4.2 over de financiën. Uit Bijlage D blijkt hoe de "
        "inwoners zijn betrokken. De planning voor Q4 en H1 van volgend jaar staat in Schema 1. "
        "Verwijzingen naar wetsartikelen staan in voetnoten. De nota is opgesteld in overleg met de "
        "Adviesraad Sociaal Domein."
    ),
    "feesten_voorzetsels": (
        "Planning activiteiten buurtteam\n"
        "\n"
        "Met Kerst organiseren we een diner voor alleenstaanden. Na Pinksteren start de zomercampagne "
        "tegen eenzaamheid. Voor Sinterklaas zamelen we cadeaus in met de Voedselbank. Rond Ramadan "
        "passen we de openingstijden van het inloopspreekuur aan. Tijdens Carnaval is het buurthuis "
        "dicht. Na Koningsdag volgt de vrijwilligersavond. In de Week van de Eenzaamheid is er elke dag "
        "een koffieochtend. Met Oud en Nieuw houden jongerenwerkers en boa's samen toezicht. Na de "
        "zomervakantie evalueren we de activiteiten met de bewoners en de vrijwilligers."
    ),
    "merken_aankopen": (
        "Tips voor rondkomen (folder)\n"
        "\n"
        "Vergelijk prijzen voordat u iets koopt. Tweedehands spullen vindt u via Marktplaats of in de "
        "kringloopwinkel. Kleding is goedkoop bij de Action en de Zeeman, boodschappen bij de Lidl of de "
        "Aldi. Let op met kopen op afbetaling: achteraf betalen lijkt makkelijk, maar de schulden lopen "
        "snel op. Zet automatische incasso's alleen aan als er genoeg geld op de rekening staat. "
        "Abonnementen voor streaming en sport kunt u vaak per maand opzeggen. Kijk op de website van "
        "het Nibud voor voorbeeldbegrotingen en bij Geldfit voor een test."
    ),
    "ministeries_en_rijk": (
        "Financiering en verantwoording aan het Rijk\n"
        "\n"
        "De middelen voor inburgering komen van SZW, die voor jeugd en Wmo via het Gemeentefonds van "
        "BZK. Het ministerie van VWS betaalt de SPUK-regelingen voor gezondheid, OCW de middelen voor "
        "onderwijsachterstanden. Van JenV komen de middelen voor de aanpak van ondermijning. "
        "Verantwoording gebeurt via SiSa bij de jaarrekening. Vanuit Den Haag komen steeds meer "
        "tijdelijke regelingen, wat de uitvoering bemoeilijkt. De VNG pleit voor structurele middelen. "
        "Bij Buitenlandse Zaken lopen de contacten over gezinshereniging met familie in het buitenland."
    ),
    "sport_teams": (
        "Sportdeelname jeugd\n"
        "\n"
        "Kinderen uit gezinnen met weinig geld sporten minder vaak. Met het Jeugdfonds Sport & Cultuur "
        "betalen we de contributie van de voetbalclub, de zwemvereniging of de judoschool. Ook "
        "zwemles voor het A-diploma wordt vergoed. De buurtsportcoach organiseert na schooltijd "
        "activiteiten op de pleinen. In de zomer is er een sportweek met voetbal, hockey, basketbal en "
        "turnen. Jongeren kunnen meedoen met Vakantie in de Buurt. De samenwerking met de "
        "sportverenigingen is vastgelegd in het Lokaal Sportakkoord. Doel: elk kind een "
        "zwemdiploma en een sport naar keuze."
    ),
}


# "Vanuit Den Haag komen steeds meer regelingen": the seat of government named for the government is
# still the town of a case note to the detector. Left as it is.
test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Schulden meldt u bij Schuldhulp, verzuim bij Leerplicht en een verhuizing bij Burgerzaken.",
        "Vragen gaan naar Toegang of via het Klantcontactcentrum; personeelszaken via HRM.",
        "Cijfers in Excel, presentaties in PowerPoint, post via de Berichtenbox.",
        "Kleding koopt u bij de Action en de Zeeman, huishoudspullen bij de Blokker.",
    ],
)
def test_a_department_or_chain_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("De consulent van Schuldhulp Drechtsteden belde.", "Schuldhulp Drechtsteden"),
        ("De melding ging naar Leerplicht West-Brabant.", "Leerplicht West-Brabant"),
        ("Mevrouw Zeeman belde over de huur.", "Zeeman"),
    ],
)
def test_a_department_of_a_region_or_a_surname_is_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is het convenant in lijn met de AVG? Ieder kind telt.",
        "Mijlpalen: de raadsbehandeling van Ieder Kind Wint en van Samen Ouder Worden.",
        "De voortgang staat in de Kaderbrief 2024 en in de Voorjaarsnota.",
    ],
)
def test_a_title_or_council_document_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Ze huurt bij Lijn5 en eerder bij Woonkracht10.", "Lijn5"),
        ("Hij krijgt begeleiding van ieder1 in de wijk.", "ieder1"),
        ("Haar Zoon Kerem belde gisteren.", "Kerem"),
    ],
)
def test_a_name_with_digits_or_after_a_relation_is_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
