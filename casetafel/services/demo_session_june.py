"""The finished June demo session: participants and what was recorded."""

from __future__ import annotations

from datetime import date

from casetafel.services.demo_model import (
    DemoAction,
    DemoObservation,
    DemoParticipant,
    DemoQuestion,
)

_JUNE_PARTICIPANTS = (
    DemoParticipant("gespreksleider", "Ingrid Hoekstra"),
    DemoParticipant("griffier", "Marloes de Jong"),
    DemoParticipant("wethouder", "Anja Veldman", "CDA"),
    DemoParticipant("raadslid", "Jan-Willem Kuipers", "Dorpsbelang"),
    DemoParticipant("raadslid", "Fatima el Idrissi", "PvdA"),
    DemoParticipant("raadslid", "Lotte Brouwer", "Lokaal Groen"),
    DemoParticipant("professional", "", ""),
    DemoParticipant("professional", "", ""),
    DemoParticipant("beleidsmedewerker", "Sanne Visser"),
)

_JUNE_OBSERVATIONS = (
    # C-2026-002: van dagbesteding naar een echte baan
    DemoObservation(
        "C-2026-002",
        "verhelderen",
        "vraag",
        "Waarom mocht de zorgboerderij geen loon betalen zolang het advies beschut werk er niet was?",
        domains=("participatiewet",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-002",
        "wat_zien_we",
        "schot",
        "Dagbesteding en beschut werk hebben elk een eigen indicatie, eigen vervoer en een eigen budget; "
        "een geleidelijke overstap past er niet tussen.",
        domains=("wmo", "participatiewet"),
        actors=("college", "rijk"),
        author_role="raadslid",
        votes=6,
    ),
    DemoObservation(
        "C-2026-002",
        "wat_zien_we",
        "schot",
        "Het wachten op het landelijke advies beschut werk duurde ruim vier maanden.",
        domains=("participatiewet",),
        actors=("rijk",),
        author_role="professional",
        votes=3,
    ),
    DemoObservation(
        "C-2026-002",
        "wat_zien_we",
        "goede_praktijk",
        "De zorgboerderij zag wat meneer B. kon en wilde hem zelf in dienst nemen.",
        domains=("wmo",),
        actors=("organisatie",),
        author_role="beleidsmedewerker",
        votes=4,
    ),
    DemoObservation(
        "C-2026-002",
        "wie_kan_wat",
        "goede_praktijk",
        "Wmo-consulent en klantmanager werk kunnen voor elke dagbestedingscliënt met arbeidsvermogen samen "
        "één plan maken.",
        domains=("wmo", "participatiewet"),
        actors=("professional", "organisatie"),
        author_role="professional",
        votes=5,
    ),
    DemoObservation(
        "C-2026-002",
        "wie_kan_wat",
        "signaal",
        "Het vervoer voor een combinatie van werk en dagbesteding moet regionaal worden opgelost.",
        domains=("wmo",),
        actors=("regio",),
        author_role="wethouder",
        votes=2,
    ),
    # C-2026-004: net achttien en alles stopt
    DemoObservation(
        "C-2026-004",
        "verhelderen",
        "vraag",
        "Waarom was het perspectiefplan niet klaar vóór de achttiende verjaardag?",
        domains=("jeugdwet",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-004",
        "wat_zien_we",
        "schot",
        "Op de dag van de achttiende verjaardag veranderen vijf wetten tegelijk, en niemand regelt de "
        "overgang als geheel.",
        domains=("jeugdwet", "wmo", "participatiewet", "zorg"),
        actors=("college", "rijk"),
        author_role="raadslid",
        votes=7,
    ),
    DemoObservation(
        "C-2026-004",
        "wat_zien_we",
        "schot",
        "De vertrouwde jeugdhulpverlener mocht geen contact meer hebben omdat het dossier gesloten was.",
        domains=("jeugdwet",),
        actors=("organisatie",),
        author_role="professional",
        votes=5,
    ),
    DemoObservation(
        "C-2026-004",
        "wat_zien_we",
        "signaal",
        "Zonder vast adres loopt ook de aanvraag voor inkomen vast: wie geen woning heeft, komt in een "
        "vicieuze cirkel.",
        domains=("wonen", "participatiewet"),
        actors=("college",),
        author_role="beleidsmedewerker",
        votes=4,
    ),
    DemoObservation(
        "C-2026-004",
        "wie_kan_wat",
        "goede_praktijk",
        "Begin het gesprek over wonen, geld en begeleiding al ruim een jaar vóór de achttiende verjaardag, "
        "met één begeleider die daarna betrokken blijft.",
        domains=("jeugdwet", "wmo"),
        actors=("professional", "organisatie"),
        author_role="professional",
        votes=6,
    ),
    DemoObservation(
        "C-2026-004",
        "wie_kan_wat",
        "signaal",
        "Met de woningcorporaties kunnen afspraken worden gemaakt over kamers voor jongeren die uit de "
        "jeugdhulp komen.",
        domains=("wonen",),
        actors=("college", "organisatie"),
        author_role="wethouder",
        votes=4,
    ),
)

_JUNE_QUESTIONS = (
    DemoQuestion(
        "C-2026-002",
        "Welke ruimte geeft de verordening om dagbesteding en beschut werk te combineren in één "
        "arrangement, met één plan en één vervoersregeling?",
        council_role="kaderstellend",
        theme="ontschotten",
        addressed_to="college",
        instrument="informatieverzoek",
        status="beantwoord",
        owner="griffie",
        due_date=date(2026, 9, 15),
        answer="Het college schrijft dat een combinatie binnen de huidige verordening mogelijk is, mits de "
        "Wmo-consulent en de klantmanager werk één gezamenlijk plan opstellen. Het vervoer blijft een "
        "knelpunt; het college onderzoekt met de regiogemeenten een proef met een gezamenlijke "
        "vervoersregeling.",
        votes=5,
        answered_on=date(2026, 9, 10),
        answer_reference="Raadsinformatiebrief 2026-041",
    ),
    DemoQuestion(
        "C-2026-002",
        "Hoeveel plekken beschut werk zijn er voor onze gemeente afgesproken, hoeveel worden er benut en "
        "hoe lang wachten inwoners op een plek?",
        council_role="controlerend",
        theme="schaal_regio",
        addressed_to="college",
        instrument="raadsvraag",
        status="beantwoord",
        owner="fractie Dorpsbelang",
        due_date=date(2026, 8, 31),
        answer="Voor dit jaar zijn elf plekken afgesproken, waarvan er tien bezet zijn. Drie inwoners met "
        "een positief advies wachten op een plek. Het college gaat in het regionale overleg vragen om "
        "plekken beschut werk ook bij werkgevers in de kleine kernen mogelijk te maken.",
        votes=3,
        answered_on=date(2026, 8, 27),
        answer_reference="Beantwoording schriftelijke vragen 2026-017",
    ),
    DemoQuestion(
        "C-2026-004",
        "Hoe zorgt het college ervoor dat voor elke jongere in jeugdhulp met verblijf ruim vóór de "
        "achttiende verjaardag een plan ligt voor wonen, inkomen, school en begeleiding?",
        council_role="controlerend",
        theme="professionals",
        addressed_to="college",
        instrument="toezegging",
        status="beantwoord",
        owner="wethouder Sociaal Domein",
        due_date=date(2026, 10, 1),
        answer="De wethouder heeft toegezegd dat het team jeugd voortaan elk kwartaal nagaat welke jongeren "
        "binnen een jaar achttien worden, en dat voor hen uiterlijk een halfjaar voor de verjaardag een "
        "toekomstplan klaar is. De eerste rapportage is in september met de raad gedeeld.",
        votes=6,
    ),
    DemoQuestion(
        "C-2026-004",
        "Is de raad bereid budget vrij te maken voor een vaste begeleider die jongeren na hun achttiende "
        "blijft volgen, los van de wet waar de hulp uit betaald wordt?",
        council_role="kaderstellend",
        theme="ontschotten",
        addressed_to="raad",
        instrument="motie_idee",
        status="afgesloten",
        owner="fracties PvdA en Lokaal Groen",
        due_date=date(2026, 7, 9),
        answer="Het motie-idee is uitgewerkt tot een motie, die bij de behandeling van de voorjaarsnota "
        "met ruime meerderheid is aangenomen.",
        votes=7,
    ),
)

_JUNE_ACTIONS = (
    DemoAction(
        "C-2026-002",
        "Werkwijze uitwerken voor een gezamenlijk plan van Wmo-consulent en klantmanager werk bij "
        "dagbestedingscliënten met arbeidsvermogen.",
        "teamleider wijkteam",
        date(2026, 10, 1),
        "afgerond",
    ),
    DemoAction(
        "C-2026-002",
        "Vervoer bij een combinatie van werk en dagbesteding agenderen in het regionale overleg Wmo.",
        "beleidsmedewerker Wmo",
        date(2026, 12, 31),
        "in_behandeling",
    ),
    DemoAction(
        "C-2026-004",
        "Overzicht maken van alle jongeren in jeugdhulp die binnen een jaar achttien worden.",
        "team jeugd",
        date(2026, 9, 1),
        "afgerond",
    ),
    DemoAction(
        "C-2026-004",
        "Kamers voor jongeren uit de jeugdhulp bespreken in het overleg over de prestatieafspraken met de "
        "woningcorporaties.",
        "wethouder Wonen",
        date(2027, 1, 31),
        "in_behandeling",
    ),
)


# --- Bijeenkomst oktober: schulden, een boerengezin en mantelzorg (afgerond, volledig verslag) ---
