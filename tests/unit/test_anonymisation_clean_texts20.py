"""Hard negatives, twentieth set: national phone numbers and websites, age limits of the laws, a
committee agenda with dates, a benchmark between councils, a press statement on a visit of a state
secretary, an intake checklist, a budget framework, a lesson for an mbo course, a report of a theme
meeting, waiting times, an ombudsman's report and an open day. Each must yield no finding at all (issue
20: at most 0.5 false alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_no_finding, clean_text_test, found

CLEAN_TEXTS: dict[str, str] = {
    "landelijke_nummers": (
        "Belangrijke nummers voor inwoners\n"
        "\n"
        "Alarmnummer: 112, alleen bij spoed. Politie zonder spoed: 0900-8844. Veilig Thuis: 0800-2000, "
        "gratis en dag en nacht. De Luisterlijn: 088-0767000. 113 Zelfmoordpreventie: bel 113 of "
        "gratis 0800-0113. Kindertelefoon: 0800-0432, voor kinderen en jongeren. Belastingtelefoon: "
        "0800-0543. Sociale Verzekeringsbank voor AOW en kinderbijslag: bel het landelijke nummer op de "
        "website van de SVB. UWV voor WW en WIA: 088-8982070. Juridisch Loket: 0900-8020. Slachtofferhulp "
        "Nederland: 0900-0101. Bij een storing van gas of stroom belt u het nationale storingsnummer "
        "0800-9009. Knip deze lijst uit en hang hem bij de telefoon."
    ),
    "uitleg_leeftijdsgrenzen": (
        "Welke leeftijdsgrenzen gelden in het sociaal domein?\n"
        "\n"
        "Tot 18 jaar valt hulp onder de Jeugdwet; in sommige gevallen loopt die door tot 23 jaar. Vanaf "
        "18 jaar gaat de Wmo 2015 gelden. Jongeren van 18 tot 21 jaar krijgen een lagere bijstandsnorm, "
        "omdat ouders nog onderhoudsplichtig zijn. Tot 27 jaar geldt een zoektermijn van vier weken voor "
        "de bijstand. Kinderen tot 5 jaar gaan naar het consultatiebureau, van 4 tot 18 jaar ziet de "
        "jeugdarts hen op school. De leerplicht geldt van 5 tot 16 jaar, de kwalificatieplicht tot 18 "
        "jaar. Vanaf 67 jaar en enkele maanden ontvangt men AOW. Een 65-plusser kan bij veel "
        "gemeenten gebruikmaken van een seniorenpas. Deze grenzen wijzigen soms; kijk altijd naar de "
        "actuele regels."
    ),
    "agenda_commissie": (
        "Agenda commissie Samenleving, dinsdag 14 oktober 2025, 19.30 uur\n"
        "\n"
        "1. Opening en vaststelling agenda\n"
        "2. Spreekrecht burgers\n"
        "3. Verslag van de vergadering van 9 september 2025\n"
        "4. Mededelingen van de portefeuillehouders\n"
        "5. Raadsvoorstel Verordening Jeugdhulp 2026 (bespreekstuk)\n"
        "6. Raadsvoorstel Beleidsregels bijzondere bijstand (hamerstuk)\n"
        "7. Raadsinformatiebrief Monitor Sociaal Domein tweede kwartaal\n"
        "8. Toezeggingenlijst\n"
        "9. Rondvraag\n"
        "10. Sluiting\n"
        "De vergadering is openbaar en wordt live uitgezonden via de website van de gemeenteraad. Wilt u "
        "inspreken? Meld u dan uiterlijk maandag 12.00 uur aan bij de griffie. De stukken liggen ter "
        "inzage in het gemeentehuis."
    ),
    "vergelijking_gemeenten": (
        "Benchmark: hoe doen andere gemeenten het?\n"
        "\n"
        "In de benchmark vergelijken we ons met twaalf gemeenten van vergelijkbare omvang. Het aantal "
        "jeugdigen met jeugdhulp ligt bij ons op 11,2 procent, het gemiddelde is 10,4. Het gebruik van "
        "Wmo-voorzieningen per 1.000 inwoners is lager dan gemiddeld: 68 tegen 74. Het aantal "
        "bijstandsuitkeringen daalde met 3 procent, landelijk was dat 2 procent. De uitgaven per "
        "inwoner aan het sociaal domein zijn € 1.140, tegen € 1.210 gemiddeld. De gegevens komen uit "
        "Waarstaatjegemeente.nl, het CBS en de Gemeentelijke Monitor Sociaal Domein. Let op: "
        "verschillen hebben soms met registratie te maken en niet met beleid. De cijfers zijn besproken "
        "in de commissie en in het ambtelijk overleg van de regio."
    ),
    "persbericht_werkbezoek": (
        "Persbericht: staatssecretaris op werkbezoek bij de voedselbank\n"
        "\n"
        "De staatssecretaris van Sociale Zaken en Werkgelegenheid bracht vrijdag een werkbezoek aan de "
        "voedselbank en het Sociaal Loket. Zij sprak met vrijwilligers, met medewerkers van het wijkteam "
        "en met inwoners die hulp krijgen bij hun schulden. Onderwerpen waren de stijgende kosten van "
        "levensonderhoud, de rol van vroegsignalering en de samenwerking met het UWV. De wethouder "
        "vroeg aandacht voor de tekorten bij gemeenten en voor eenvoudigere regels in de "
        "Participatiewet. De staatssecretaris zegde toe de ervaringen mee te nemen in het wetsvoorstel "
        "Participatiewet in balans. Na afloop kregen de vrijwilligers een bos bloemen. Foto's zijn op "
        "aanvraag beschikbaar bij de afdeling Communicatie."
    ),
    "checklist_intake": (
        "Checklist eerste gesprek wijkteam\n"
        "\n"
        "- Stel jezelf voor en leg uit wat het wijkteam doet.\n"
        "- Vraag toestemming voor het vastleggen van gegevens en leg uit waarom.\n"
        "- Gebruik de Zelfredzaamheidsmatrix of een vergelijkbaar instrument.\n"
        "- Bespreek de leefgebieden: financiën, wonen, werk, gezondheid, sociaal netwerk, opvoeding.\n"
        "- Vraag naar schulden en naar lopende betalingsregelingen.\n"
        "- Vraag of er kinderen in het huishouden zijn en hoe het met hen gaat.\n"
        "- Check of de meldcode van toepassing is.\n"
        "- Maak concrete afspraken: wie doet wat, wanneer.\n"
        "- Plan een vervolggesprek binnen twee weken.\n"
        "- Registreer het gesprek binnen twee werkdagen in het dossier.\n"
        "Tip: vat aan het eind samen in de woorden van de inwoner."
    ),
    "kadernota_paragraaf": (
        "Kadernota, paragraaf Sociaal Domein\n"
        "\n"
        "De komende jaren staan de financiën van het sociaal domein onder druk. Het Rijk heeft de "
        "Opschalingskorting weliswaar uitgesteld, maar het Ravijnjaar 2026 leidt tot een lagere "
        "uitkering uit het Gemeentefonds. Tegelijk stijgen de kosten van jeugdhulp en Wmo door "
        "vergrijzing, hogere lonen en nieuwe taken. Het college stelt daarom de volgende kaders voor: "
        "geen nieuwe beleid zonder dekking, een taakstelling van 3 procent op de inkoop, en meer inzet "
        "op algemene voorzieningen. De eigen bijdrage wordt niet verhoogd. Voor het armoedebeleid "
        "blijft het budget gelijk. De uitwerking volgt in de Programmabegroting, die in november in de "
        "raad wordt behandeld."
    ),
    "lesbrief_mbo": (
        "Lesbrief mbo Maatschappelijke Zorg: de casuïstiektafel\n"
        "\n"
        "Leerdoelen: je kunt uitleggen wat een casuïstiektafel is, welke partijen meedoen en hoe met "
        "privacy wordt omgegaan. Opdracht 1: lees de tekst over de Wet gegevensverwerking door "
        "samenwerkingsverbanden en noem drie voorwaarden voor het delen van gegevens. Opdracht 2: bekijk "
        "het filmpje over een fictieve wijk en schrijf op welke signalen je ziet. Opdracht 3: speel in "
        "groepjes van vier een tafel na. Verdeel de rollen: voorzitter, wijkcoach, "
        "schuldhulpverlener en jeugdconsulent. Let op: gebruik geen echte namen en geen gegevens van "
        "cliënten van je stageplek. Lever je uitwerking in via de elektronische leeromgeving voor het "
        "einde van periode 3."
    ),
    "verslag_themabijeenkomst": (
        "Verslag themabijeenkomst Eenzaamheid onder ouderen\n"
        "\n"
        "Op de bijeenkomst kwamen ruim zestig deelnemers af: vrijwilligers, ouderenadviseurs, "
        "wijkverpleegkundigen, huisartsen en medewerkers van de bibliotheek. Een onderzoeker van het "
        "Sociaal en Cultureel Planbureau opende met cijfers: bijna één op de tien ouderen voelt zich "
        "sterk eenzaam. Daarna vertelden twee vrijwilligers van de Zonnebloem over hun ervaringen met "
        "huisbezoeken. In de workshops werd gesproken over de campagne Een tegen eenzaamheid, over "
        "maaltijden in de buurt en over digitale vaardigheden. Afspraak: de gemeente brengt het aanbod "
        "in kaart en maakt een folder. De volgende bijeenkomst is in het voorjaar, tijdens de Week "
        "tegen Eenzaamheid."
    ),
    "uitleg_wachttijden": (
        "Waarom moet ik wachten? Uitleg over wachttijden in de jeugdhulp\n"
        "\n"
        "Na een verwijzing door de huisarts, de jeugdarts of het wijkteam meldt u zich aan bij een "
        "aanbieder. Bij veel aanbieders is er een wachtlijst. De wachttijd voor ambulante hulp is "
        "gemiddeld zes weken, voor specialistische behandeling soms vier maanden. Tijdens het wachten "
        "blijft het wijkteam betrokken en kan overbruggingszorg worden ingezet. Is de situatie "
        "onveilig, dan gaat de hulp altijd voor. U kunt ook vragen om een andere aanbieder met een "
        "kortere wachttijd; de regio houdt daarvoor een overzicht bij. Gemeenten en aanbieders werken "
        "samen aan kortere wachttijden, onder meer via het Regionaal Expertteam. Heeft u een klacht "
        "over de wachttijd, neem dan contact op met de consulent."
    ),
    "samenvatting_rapport_ombudsman": (
        "Samenvatting rapport Nationale ombudsman over schuldhulp\n"
        "\n"
        "De Nationale ombudsman onderzocht hoe gemeenten omgaan met inwoners die hulp vragen bij "
        "schulden. Hij sprak met inwoners, schuldhulpverleners en deskundigen. Zijn conclusie: te vaak "
        "worden mensen afgewezen omdat zij niet aan alle voorwaarden voldoen, terwijl de Wet "
        "gemeentelijke schuldhulpverlening gemeenten vraagt maatwerk te leveren. Ook duurt het soms "
        "te lang voordat er een eerste gesprek is. De ombudsman beveelt aan om altijd een besluit te "
        "nemen op een hulpvraag, zodat bezwaar mogelijk is, en om de menselijke maat voorop te zetten. "
        "Het college heeft het rapport besproken en neemt de aanbevelingen over in het nieuwe "
        "beleidsplan schuldhulpverlening. De raad ontvangt een reactie."
    ),
    "open_dag_jeugdhuis": (
        "Uitnodiging open dag jongerencentrum\n"
        "\n"
        "Zaterdag is iedereen welkom in het vernieuwde jongerencentrum. Van 13.00 tot 17.00 uur is er "
        "een programma voor jongeren, ouders en buurtbewoners. Om 13.30 uur opent de wethouder Jeugd "
        "officieel de nieuwe studio. Daarna zijn er workshops rap, dj-en en graffiti, een "
        "tafeltennistoernooi en een spreekuur van de jongerenwerkers. De muziekschool geeft een "
        "optreden op het plein. Voor de kleintjes is er een springkussen. Vanaf 16.00 uur is er een "
        "barbecue, verzorgd door de kookclub. Het jongerencentrum is daarna open op maandag, woensdag "
        "en vrijdag vanaf 15.00 uur en op vrijdagavond tot 22.00 uur. Volg ons op Instagram en "
        "TikTok voor het laatste nieuws."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    "sentence",
    [
        "De Luisterlijn: 088-0767000. 113 Zelfmoordpreventie: bel 113.",
        "UWV voor WW en WIA: 088-8982070. Juridisch Loket: 0900-8020.",
        "Het UWV is bereikbaar via 088-8982070.",
        "Sociale Verzekeringsbank (SVB): 088 - 123 45 67",
        "Bij een storing belt u het nationale storingsnummer 0800-9009.",
    ],
)
def test_the_public_number_of_a_national_body_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Rapporteur: Chantal van Beers, 088 - 506 71 44, per mail bereikbaar.", "088 - 506 71 44"),
        ("Toezichthouder: R.J. van Leeuwen (088 - 804 21 77).", "088 - 804 21 77"),
        ("Werkcoach bij het UWV is Ans Bakker, 088-1234567.", "088-1234567"),
        ("Mevrouw Jansen belt het UWV op 088-8982070.", "088-8982070"),
        ("Bel 06-12345678 of 010-4567890.", "010-4567890"),
        ("Haar klantnummer is 0800-1234567.", "0800-1234567"),
    ],
)
def test_a_persons_number_is_still_found(sentence: str, number: str) -> None:
    assert any(text == number for _, text in found(sentence)), found(sentence)


def test_a_phone_number_never_starts_inside_another() -> None:
    assert found("Bel 088-0767000. 113 is het nummer.") == [("telefoon", "088-0767000")]


@pytest.mark.parametrize(
    "sentence",
    [
        "De gegevens komen uit Waarstaatjegemeente.nl en het CBS.",
        "Kijk op thuisarts.nl of op www.wijzeringeldzaken.nl.",
        "Lesbrief mbo Maatschappelijke Zorg: de casuïstiektafel.",
        "Zij doet de opleiding mbo Verpleegkunde niveau 4 en daarna hbo Social Work.",
    ],
)
def test_a_national_site_or_a_course_yields_no_finding(sentence: str) -> None:
    assert_no_finding(sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Hij zit op het MBO Amersfoort sinds september.", "MBO Amersfoort"),
        ("Zij zit op het mbo Rijnland.", "mbo Rijnland"),
        ("Zie www.schiedam.nl/bijstand voor de aanvraag.", "www.schiedam.nl/bijstand"),
    ],
)
def test_a_school_or_a_local_page_is_still_found(sentence: str, part: str) -> None:
    assert any(text == part for _, text in found(sentence)), found(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Stel: een ouder van 35 ontvangt bijstand. Gaat haar broer van 40 bij haar wonen, dan telt hij mee.",
        "Voorbeeld: een man van 50. Als zijn zoon van 22 gaat werken, telt hij mee.",
        "Een rekenvoorbeeld. Een vrouw ontvangt AOW. Wordt haar kleinzoon van 19 kostendeler, dan daalt het.",
    ],
)
def test_an_age_in_a_condition_that_goes_on_with_an_example_yields_no_finding(text: str) -> None:
    assert_no_finding(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moeder is 35. Gaat haar broer van 40 bij haar wonen, dan telt hij mee.",
        "Stel: een ouder.\n\nGaat haar broer van 40 bij haar wonen, dan telt hij mee.",
    ],
)
def test_an_age_in_a_condition_without_an_example_is_still_found(text: str) -> None:
    assert ("leeftijd", "40") in found(text)
