"""Hard negatives, twenty-fourth set: a speech in the council ("mevrouw de voorzitter"), an English summary,
a chat of a working group without names, a newsletter of events, a rule explained with examples about
nobody, a regional news item, an extract of the register of processing and a training plan. Each must
yield no finding at all (issue 20: at most 0.5 false alarms per 1,000 clean words). Written for these
tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_no_finding, clean_text_test, found

CLEAN_TEXTS: dict[str, str] = {
    "raadsdebat_toespraak": (
        "Bijdrage in de raad, algemene beschouwingen\n"
        "\n"
        "Dank u wel, mevrouw de voorzitter. Onze fractie is blij met de keuzes in deze begroting. Dat "
        "de eigen bijdrage niet stijgt, is goed nieuws voor ouderen met een klein pensioen. Maar, "
        "voorzitter, wij maken ons zorgen over de jeugdhulp. De tekorten lopen op en de wachtlijsten "
        "worden langer. Kan de wethouder toezeggen dat wij voor de zomer een plan krijgen? En hoe kijkt "
        "het college naar het voorstel van de VNG om de reikwijdte van de Jeugdwet in te perken? Tot "
        "slot een compliment aan de vrijwilligers van de voedselbank en het Rode Kruis, die dit jaar "
        "boven zichzelf uitstegen. Wij dienen samen met twee andere fracties een motie in. Dank u wel."
    ),
    "english_summary": (
        "Summary for the regional partners (English)\n"
        "\n"
        "The municipality runs a monthly case conference where professionals from youth care, debt "
        "counselling, housing and the police discuss complex situations of households. Cases are "
        "discussed with consent, or on the basis of the Dutch data protection rules where safety is at "
        "stake. In the past year, 48 cases were discussed. In most of them, a single coordinator was "
        "appointed and the situation improved within three months. The main bottlenecks are waiting "
        "lists in mental health care and a shortage of affordable housing. The evaluation recommends "
        "a shorter intake form, better feedback to referrers and a yearly joint training. The report "
        "is available in Dutch on request."
    ),
    "werkgroep_chat_anoniem": (
        "Teams-chat werkgroep privacy (uittreksel, zonder namen)\n"
        "\n"
        "[09:02] kan iemand de nieuwe versie van het privacyprotocol delen?\n"
        "[09:05] staat in de map Werkgroep > Documenten > 2025\n"
        "[09:06] top, dank! zijn de bewaartermijnen aangepast?\n"
        "[09:10] ja, nu 15 jaar voor jeugddossiers, conform de Jeugdwet\n"
        "[09:12] en de toestemmingsverklaring? die was nog op oude AVG-tekst gebaseerd\n"
        "[09:15] die neem ik mee naar de FG, volgende week dinsdag\n"
        "[09:16] prima. agenda voor donderdag: protocol, verwerkersovereenkomsten, datalek-procedure\n"
        "[09:20] ik zet er ook de DPIA van de nieuwe app bij\n"
        "[09:21] 👍\n"
        "[09:40] vergeet niet: donderdag om 14.00 in plaats van 13.00, zaal is bezet"
    ),
    "nieuwsbrief_evenementen": (
        "Uit in de wijk: activiteiten deze maand\n"
        "\n"
        "Maandag: wandelgroep voor ouderen, start 10.00 uur bij het buurthuis. Dinsdag: repair café, "
        "breng uw kapotte spullen mee. Woensdag: kinderclub met knutselen en spelletjes, van 14.00 tot "
        "16.00 uur. Donderdag: eetcafé, aanmelden voor woensdag 12.00 uur, prijs € 4,50. Vrijdag: "
        "jongerenavond met voetbal in de sporthal. Zaterdag: schoonmaakactie in het park, handschoenen "
        "en grijpers liggen klaar. Zondag: geen activiteiten. Extra deze maand: een informatieochtend "
        "over de energietoeslag en een spreekuur van de ouderenadviseur. Alle activiteiten zijn gratis, "
        "tenzij anders vermeld. Heeft u zelf een idee voor een activiteit? Meld het bij de "
        "opbouwwerker."
    ),
    "beleidsregel_voorbeelden_namen_zonder": (
        "Beleidsregel individuele inkomenstoeslag, toelichting met voorbeelden\n"
        "\n"
        "Recht op de toeslag heeft wie 21 jaar of ouder is en de AOW-leeftijd nog niet heeft bereikt, "
        "langdurig een laag inkomen heeft en geen uitzicht op inkomensverbetering. Langdurig betekent "
        "drie jaar of langer. Voorbeeld 1: een alleenstaande van 45 die drie jaar bijstand heeft en "
        "door een chronische ziekte niet kan werken, krijgt de toeslag. Voorbeeld 2: een stel van "
        "rond de 30 dat net een jaar bijstand heeft, krijgt de toeslag nog niet. Voorbeeld 3: een "
        "zelfstandige met een laag inkomen kan de toeslag krijgen als hij drie jaar onder de grens zit. "
        "De toeslag bedraagt € 450 voor een alleenstaande en € 600 voor gehuwden, eenmaal per jaar."
    ),
    "krantenbericht_regionaal": (
        "Uit de regionale krant: 'Wachtlijst schuldhulp halveert'\n"
        "\n"
        "De wachtlijst voor schuldhulpverlening in de regio is het afgelopen jaar gehalveerd. Dat "
        "blijkt uit cijfers van de samenwerkende gemeenten. Waar inwoners vorig jaar nog gemiddeld "
        "tien weken moesten wachten, is dat nu vijf weken. De verbetering komt volgens de gemeenten "
        "door extra personeel en door vroegsignalering: inwoners komen eerder in beeld, met kleinere "
        "schulden. Ook vrijwilligers van SchuldHulpMaatje en Humanitas spelen een rol. Toch blijft "
        "het aantal aanmeldingen hoog. 'Geldzorgen zijn van alle tijden, maar de groep werkenden met "
        "schulden groeit,' zegt een woordvoerder. De gemeenten willen de aanpak de komende jaren "
        "voortzetten."
    ),
    "verwerkingsregister": (
        "Uittreksel verwerkingsregister: casuïstiektafel\n"
        "\n"
        "Naam verwerking: multidisciplinair casusoverleg sociaal domein.\n"
        "Verwerkingsverantwoordelijke: college van burgemeester en wethouders.\n"
        "Doel: het bieden van samenhangende ondersteuning aan inwoners met problemen op meerdere "
        "leefgebieden.\n"
        "Grondslag: toestemming (artikel 6 lid 1 sub a AVG) of een wettelijke taak (sub e).\n"
        "Categorieën betrokkenen: inwoners, hun gezinsleden en netwerk.\n"
        "Categorieën gegevens: NAW-gegevens, BSN, gezondheid, financiën, justitiële gegevens.\n"
        "Ontvangers: deelnemers aan het overleg, na ondertekening van het privacyprotocol.\n"
        "Bewaartermijn: vijf jaar na afsluiting, tenzij een wet een langere termijn voorschrijft.\n"
        "Beveiliging: versleutelde opslag, autorisatie per rol, logging."
    ),
    "opleidingsplan_team": (
        "Opleidingsplan team Toegang\n"
        "\n"
        "Ieder teamlid volgt dit jaar ten minste twee scholingen. Verplicht voor iedereen is de "
        "training Meldcode huiselijk geweld (online, twee uur) en de e-learning Informatiebeveiliging. "
        "Keuzemodules: Motiverende gespreksvoering (drie dagdelen), Oplossingsgericht werken (twee "
        "dagen), Werken met mensen met een licht verstandelijke beperking (één dag, door de MEE-"
        "organisatie), en Schulden en armoede (twee dagdelen, door het Nibud). Nieuwe medewerkers "
        "volgen daarnaast de basiscursus Wmo en Jeugdwet. Het budget is € 1.200 per fte. Registratie "
        "in het SKJ- of BIG-register wordt gecontroleerd door de teamleider. Aanmelden via het "
        "leerplatform, uiterlijk zes weken voor de start."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "ja, nu 15 jaar voor jeugddossiers",
        "De bewaartermijn is straks 20 jaar voor medische gegevens.",
    ],
)
def test_a_period_kept_for_something_yields_no_age(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Een jongen van 15 jaar voor wie geen plek is.", "15 jaar"),
        ("Hij is nu 15 jaar voor het eerst op kamp.", "15 jaar"),
        ("Moeder, 38 jaar, voor de derde keer zwanger.", "38 jaar"),
    ],
)
def test_an_age_before_voor_is_still_found(sentence: str, age: str) -> None:
    assert ("leeftijd", age) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vul uw postcode in, bijvoorbeeld 1234 AB.",
        "Het BSN bestaat uit 9 cijfers, zoals 123456782.",
        "Een IBAN ziet eruit als NL00 BANK 0123 4567 89.",
        "Een kenteken zoals 12-ABC-3 hoeft u niet in te vullen.",
    ],
)
def test_a_code_shown_as_an_example_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        ("Zijn postcode is 1234 AB.", ("postcode", "1234 AB")),
        ("BSN 123456782, zoals bekend bij de SVB.", ("bsn", "123456782")),
        (
            "Hij heeft schulden bij bijvoorbeeld Portaal, rekening NL91 ABNA 0417 1643 00.",
            ("iban", "NL91 ABNA 0417 1643 00"),
        ),
    ],
)
def test_a_code_of_a_person_is_still_found(sentence: str, finding: tuple[str, str]) -> None:
    assert finding in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De Anne Frank Stichting gaf een workshop over discriminatie.",
        "Koffie van Max Havelaar wordt geschonken.",
        "Steun van het Prins Bernhard Cultuurfonds en het Fonds Sluyterman van Loo.",
    ],
)
def test_a_foundation_or_brand_named_after_someone_yields_no_name(sentence: str) -> None:
    assert [f for f in found(sentence) if f[0] == "naam"] == []


def test_a_foundation_named_after_someone_is_still_an_organisation() -> None:
    findings = found("Present: Carla Hassell (Saba Health Care Foundation), Ivan Johnson")
    assert ("instelling", "Saba Health Care Foundation") in findings
    assert ("naam", "Carla Hassell") in findings
