"""Hard negatives, twenty-second set: a legal note with case law numbers and articles, a document header
with version and dates, seasons and feasts that open a sentence like a name, a sports subsidy, official
minutes by week number, a joint arrangement, a shared meal project, the time limits of the Awb, a survey,
a reaction to a national report, a handover routine and a budget table by taakveld. Each must yield no
finding at all (issue 20: at most 0.5 false alarms per 1,000 clean words). Written for these tests; not
part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_no_finding, clean_text_test, found

CLEAN_TEXTS: dict[str, str] = {
    "jurisprudentie_notitie": (
        "Juridische notitie: recente uitspraken over de kostendelersnorm\n"
        "\n"
        "De Centrale Raad van Beroep (CRvB) oordeelde in een uitspraak van 2023 dat een "
        "huisgenoot die een commerciële huur betaalt geen kostendeler is (ECLI:NL:CRVB:2023:1234). In "
        "een andere zaak oordeelde de Raad dat de gemeente bij een jongvolwassene moet kijken naar de "
        "feitelijke situatie en niet alleen naar de inschrijving in de BRP. De rechtbank kwam in een "
        "beroepszaak tot een vergelijkbaar oordeel. Voor de uitvoering betekent dit: vraag altijd naar het "
        "huurcontract, leg de feiten vast in het rapport en motiveer het besluit goed. Artikel 22a "
        "Participatiewet en artikel 3:46 Awb zijn hierbij leidend. De notitie wordt besproken in het "
        "werkoverleg van het team Inkomen."
    ),
    "documentkop_versies": (
        "Beleidsregels Bijzondere Bijstand\n"
        "Versie 3.2, vastgesteld door het college op 14-01-2025, in werking per 01-02-2025\n"
        "Kenmerk: BW-2025-003, zaaktype Beleid\n"
        "\n"
        "Deze beleidsregels vervangen de versie van 2022. De belangrijkste wijzigingen: de drempel van "
        "€ 50 vervalt, de draagkrachtberekening kijkt nog maar naar twaalf maanden, en voor een "
        "witgoedapparaat geldt een vast bedrag. In hoofdstuk 4 staan de normbedragen, in bijlage B de "
        "lijst van kosten die als algemeen gebruikelijk worden gezien. De regels zijn afgestemd met de "
        "Cliëntenraad Werk en Inkomen, die positief adviseerde. Evaluatie volgt na twee jaar. Vragen "
        "over de toepassing kunnen naar de kwaliteitsmedewerker van het team."
    ),
    "woorden_zinsbegin_namen": (
        "Terugblik op het seizoen\n"
        "\n"
        "Winter is voor veel inwoners met een krappe beurs de lastigste tijd van het jaar. Koning "
        "Winter bracht dit jaar weinig sneeuw maar wel hoge stookkosten. Prins Carnaval opende in "
        "februari het feest in het dorpshuis, waar ook de voedselbank een kraam had. Storm en regen "
        "zorgden in maart voor schade aan een paar huurwoningen. Lente bracht de buurtmoestuinen weer tot "
        "leven. Zomer betekende voor het jongerenwerk drukte op de pleinen. Roos en tulp sierden de "
        "ingang van het buurthuis tijdens de open dag. Hoop en zorg lagen dicht bij elkaar, schreef een "
        "vrijwilliger in de nieuwsbrief. Sinterklaas kwam in november langs bij de peuterspeelzaal."
    ),
    "subsidie_sportvereniging": (
        "Besluit op de aanvraag Sportstimulering\n"
        "\n"
        "De gemeente verleent sportverenigingen een subsidie voor activiteiten die kinderen uit gezinnen "
        "met een laag inkomen laten sporten. Voor dit jaar is een budget van € 45.000 beschikbaar. "
        "Verenigingen kunnen maximaal € 3.000 aanvragen. Voorwaarden: de vereniging werkt samen met de "
        "buurtsportcoach, heeft een Verklaring Omtrent het Gedrag voor alle trainers en een "
        "vertrouwenscontactpersoon, en doet mee aan het Sportakkoord. De aanvragen worden beoordeeld "
        "door een commissie met een medewerker Sport, een medewerker Jeugd en een vertegenwoordiger van "
        "de Sportraad. Aanvragen die voor 1 maart binnen zijn, worden voor 1 mei beslist. Bij meer "
        "aanvragen dan budget wordt naar rato verdeeld."
    ),
    "notulen_ambtelijk_overleg": (
        "Notulen ambtelijk overleg Jeugd, week 37\n"
        "\n"
        "Aanwezig: beleidsadviseur jeugd (vz), contractmanager, teamleider jeugdteam, controller, "
        "adviseur inkoop. Notulist: secretariaat.\n"
        "1. Cijfers Q2: de instroom in de ambulante hulp is gestegen met 8 procent. De controller "
        "verwacht een overschrijding van € 600.000.\n"
        "2. Contractmanagement: drie aanbieders leverden de productieverantwoording te laat aan. De "
        "contractmanager stuurt een herinnering.\n"
        "3. Inkoop 2027: de marktconsultatie is op 2 oktober. Het concept-programma van eisen gaat "
        "rond voor 25 september.\n"
        "4. Rondvraag: geen.\n"
        "Volgende vergadering: dinsdag in week 39, 10.00 uur, kamer 4.12."
    ),
    "gemeenschappelijke_regeling": (
        "Gemeenschappelijke regeling Sociale Werkvoorziening\n"
        "\n"
        "Vijf gemeenten werken samen in een gemeenschappelijke regeling voor de uitvoering van de Wet "
        "sociale werkvoorziening en een deel van de Participatiewet. Het Algemeen Bestuur bestaat uit de "
        "wethouders Werk van de deelnemende gemeenten; het Dagelijks Bestuur uit drie van hen. De "
        "begroting wordt ieder jaar voor 15 april aan de raden voorgelegd, die een zienswijze kunnen "
        "indienen. Het werkbedrijf heeft ongeveer 600 medewerkers met een Sw-indicatie en biedt "
        "beschut werk, detachering en leerwerkplekken. Door de afbouw van de Wsw daalt het aantal "
        "medewerkers jaarlijks met 5 procent. De raad wordt gevraagd in te stemmen met de begroting "
        "en de meerjarenraming."
    ),
    "maaltijdproject": (
        "Projectbeschrijving: Samen aan tafel\n"
        "\n"
        "Iedere donderdag koken vrijwilligers in de keuken van het buurthuis een driegangenmaaltijd "
        "voor buurtbewoners. De maaltijd kost € 5, voor wie dat niet kan betalen is er een "
        "gratis bon via het wijkteam. Gemiddeld schuiven 35 mensen aan, vooral ouderen die alleen "
        "wonen, maar ook jonge gezinnen en statushouders. Vrijwilligers halen de boodschappen bij de "
        "supermarkt en krijgen groente van de volkstuinvereniging. Het project draait op een subsidie "
        "van het Oranje Fonds en een bijdrage uit het buurtbudget. Uit gesprekken blijkt dat deelnemers "
        "minder eenzaam zijn en elkaar ook buiten de maaltijd opzoeken. Het project wil uitbreiden naar "
        "een tweede avond."
    ),
    "uitleg_awb_termijnen": (
        "Termijnen in de Algemene wet bestuursrecht, een overzicht\n"
        "\n"
        "Beslistermijn: het college beslist binnen de wettelijke termijn of, als die ontbreekt, binnen "
        "een redelijke termijn van ten hoogste acht weken (artikel 4:13 Awb). Verdaging: eenmaal met "
        "ten hoogste zes weken (artikel 7:10 lid 3). Bezwaartermijn: zes weken na bekendmaking "
        "(artikel 6:7). Ingebrekestelling: na het verstrijken van de beslistermijn kan de aanvrager "
        "het bestuursorgaan in gebreke stellen; na twee weken is een dwangsom verschuldigd (artikel "
        "4:17). Herstel verzuim: bij een onvolledige aanvraag krijgt de aanvrager een redelijke termijn "
        "(artikel 4:5). Let op: de Wmo 2015 en de Jeugdwet kennen eigen termijnen voor het onderzoek."
    ),
    "enquete_vragen": (
        "Vragenlijst Burgerpanel: ondersteuning thuis\n"
        "\n"
        "1. Wat is uw leeftijd? 18-34 / 35-49 / 50-64 / 65-74 / 75 of ouder\n"
        "2. Wat is uw woonsituatie? alleenstaand / samenwonend zonder kinderen / samenwonend met "
        "kinderen / eenoudergezin / anders\n"
        "3. Weet u waar u terecht kunt als u hulp nodig heeft bij het huishouden? ja / nee / weet niet\n"
        "4. Heeft u het afgelopen jaar mantelzorg gegeven? ja, meer dan 8 uur per week / ja, minder / "
        "nee\n"
        "5. Hoe tevreden bent u over de ondersteuning van de gemeente? cijfer van 1 tot 10\n"
        "6. Wat zou de gemeente moeten verbeteren? open vraag\n"
        "Uw antwoorden worden anoniem verwerkt. Het invullen duurt ongeveer vijf minuten."
    ),
    "persbericht_landelijk_rapport": (
        "Reactie van het college op het rapport van de Kinderombudsman\n"
        "\n"
        "De Kinderombudsman publiceerde deze week een rapport over kinderen in armoede. Daaruit blijkt "
        "dat kinderen zich schamen, niet meedoen met schoolreisjes en vaak zonder ontbijt naar school "
        "gaan. Het college herkent het beeld. 'Dit rapport moet ons allemaal wakker schudden,' zegt de "
        "wethouder Armoede. De gemeente werkt al met het Kindpakket, Stichting Leergeld en het "
        "Jeugdfonds Sport & Cultuur, maar wil ook kinderen zelf laten meepraten via een kinderpanel. "
        "Scholen krijgen dit jaar extra geld voor een gezond ontbijt. In het voorjaar volgt een "
        "plan van aanpak, dat met de Jongerenraad wordt besproken."
    ),
    "overdrachtsdocument": (
        "Overdracht bij afwezigheid: werkwijze team Toegang\n"
        "\n"
        "Ben je langer dan een week afwezig, zorg dan dat een collega je lopende zaken kan overnemen. "
        "Zet in het zaaksysteem per dossier de stand van zaken, de afspraken en de eerstvolgende "
        "actie. Meld bij de teamleider welke zaken spoed hebben, bijvoorbeeld een beslistermijn die "
        "verloopt of een crisissituatie. Informeer inwoners met een lopend traject wie hun tijdelijke "
        "contactpersoon is. Zet een afwezigheidsmelding in Outlook en verwijs naar het algemene "
        "teamadres. Bij terugkomst neem je de dossiers weer over na een kort overdrachtsgesprek. Deze "
        "werkwijze geldt ook voor vakanties in juli en augustus en rond Kerst en Oud en Nieuw."
    ),
    "begroting_programma_tabel": (
        "Programma 6 Sociaal Domein, lasten en baten (x € 1.000)\n"
        "\n"
        "Taakveld | Rekening 2024 | Begroting 2025 | Begroting 2026\n"
        "6.1 Samenkracht en burgerparticipatie | 3.412 | 3.550 | 3.610\n"
        "6.2 Toegang en eerstelijnsvoorzieningen | 5.980 | 6.240 | 6.310\n"
        "6.3 Inkomensregelingen | 24.115 | 25.300 | 26.050\n"
        "6.4 WSW en beschut werk | 4.870 | 4.610 | 4.390\n"
        "6.5 Arbeidsparticipatie | 2.210 | 2.300 | 2.280\n"
        "6.6 Maatwerkvoorzieningen (Wmo) | 1.940 | 2.010 | 2.080\n"
        "6.71 Maatwerkdienstverlening 18+ | 9.660 | 10.120 | 10.500\n"
        "6.72 Maatwerkdienstverlening 18- | 14.330 | 15.100 | 15.900\n"
        "Toelichting: de stijging bij 6.72 komt door meer jeugdigen met specialistische hulp en de "
        "indexatie van tarieven."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Een 80-jarige die alleen woont heeft recht op een huisbezoek.",
        "Leeftijd 18 t/m 26 jaar.",
        "Doelgroep: jongeren, leeftijd 16-23.",
        "Een jongen van 14 mag niet werken.",
        "Iedere inwoner van 67 jaar kan een seniorenpas aanvragen.",
        "Een kind van 4 hoort naar school te gaan.",
        "Een moeder van 30 met een baby heeft recht op kraamzorg.",
    ],
)
def test_an_age_in_a_rule_or_a_range_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Een jongen van 14 woont bij zijn moeder.", "14"),
        ("Een moeder van 30 met een baby kan niet rondkomen.", "30"),
        ("Zij heeft een zoon van 14 die niet naar school mag.", "14"),
        ("Een 80-jarige die alleen woont, kreeg bezoek.", "80-jarige"),
        ("Moeder (38) - vader (40)", "38"),
    ],
)
def test_the_age_of_a_person_is_still_found(sentence: str, age: str) -> None:
    assert ("leeftijd", age) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prijs: de Jan Terlouw-prijs voor vrijwilligers.",
        "Bijeenkomst in zaal Willem Drees, tweede verdieping.",
        "De Anton Constandse-lezing gaat over armoede.",
    ],
)
def test_a_thing_named_after_a_person_yields_no_name(sentence: str) -> None:
    assert [f for f in found(sentence) if f[0] == "naam"] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Zoon Daan zit op de Jan Ligthartschool.", "Daan"),
        ("Mevrouw Jansen komt naar de vergaderzaal.", "Mevrouw Jansen"),
        ("Hij kreeg de Jan Terlouw prijs.", "Jan Terlouw"),
    ],
)
def test_a_name_beside_a_thing_is_still_found(sentence: str, name: str) -> None:
    assert ("naam", name) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Persona: Fatima, 42 jaar, alleenstaande moeder (verzonnen voorbeeld).",
        "Rekenvoorbeeld: Piet (67) en Marie (65) ontvangen AOW.",
        "Klantreis van Sanne, een fictieve jongere van 19.",
        "Voorbeeldberekening: een vrouw van 58 met een klein pensioen.",
    ],
)
def test_the_age_of_a_made_up_person_yields_no_age(sentence: str) -> None:
    assert [f for f in found(sentence) if f[0] == "leeftijd"] == []


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Piet (67) krijgt bijvoorbeeld huurtoeslag.", "67"),
        ("Sanne (15) is een goed voorbeeld voor haar broers.", "15"),
        ("Voorstel: Jan de Vries (45) krijgt een traject.", "45"),
        ("Alle namen zijn gefingeerd. Sanne (15) woont bij haar moeder.", "15"),
    ],
)
def test_the_age_of_a_real_person_beside_the_word_example_is_still_found(sentence: str, age: str) -> None:
    assert ("leeftijd", age) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mevrouw de Voorzitter, dank u wel voor het woord.",
        "Mevrouw Voorzitter, ik wil de wethouder iets vragen.",
        "De heer Wethouder antwoordt dat de wachtlijst krimpt.",
    ],
)
def test_an_office_addressed_with_a_title_yields_no_name(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mevrouw de Vries, dank u wel.", "Mevrouw de Vries"),
        ("Mevrouw de Jong is voorzitter.", "Mevrouw de Jong"),
        ("De 82-jarige meneer Schipper woont op een woonboot.", "meneer Schipper"),
        ("Mevr. Hiltsje Jongsma-de Boer woont nog zelfstandig.", "Mevr. Hiltsje Jongsma-de Boer"),
    ],
)
def test_a_titled_name_that_is_also_a_trade_is_still_found(sentence: str, name: str) -> None:
    assert ("naam", name) in found(sentence), found(sentence)
