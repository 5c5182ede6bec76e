"""The finished October demo session, the richest record of the demo."""

from __future__ import annotations

from datetime import date

from casetafel.services.demo_model import (
    DemoAction,
    DemoObservation,
    DemoParticipant,
    DemoQuestion,
)

_OCTOBER_PARTICIPANTS = (
    DemoParticipant("gespreksleider", "Ingrid Hoekstra"),
    DemoParticipant("griffier", "Marloes de Jong"),
    DemoParticipant("wethouder", "Anja Veldman", "CDA"),
    DemoParticipant("raadslid", "Jan-Willem Kuipers", "Dorpsbelang"),
    DemoParticipant("raadslid", "Fatima el Idrissi", "PvdA"),
    DemoParticipant("raadslid", "Gert Smit", "VVD"),
    DemoParticipant("raadslid", "Lotte Brouwer", "Lokaal Groen"),
    DemoParticipant("raadslid", "Klaas Dijkstra", "CDA"),
    DemoParticipant("professional", "", ""),
    DemoParticipant("professional", "", ""),
    DemoParticipant("beleidsmedewerker", "Sanne Visser"),
    DemoParticipant("ervaringsdeskundige", "", ""),
)

_OCTOBER_OBSERVATIONS = (
    # C-2026-001: schulden na een echtscheiding
    DemoObservation(
        "C-2026-001",
        "verhelderen",
        "vraag",
        "Waarom telt een kleine vordering van de werkgever als ‘instabiel inkomen’?",
        domains=("schuldhulp",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-001",
        "verhelderen",
        "vraag",
        "Had de gemeente de schuldeisers kunnen vragen om een adempauze, in plaats van het traject aan te "
        "houden?",
        domains=("schuldhulp",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "schot",
        "De toelatingseisen voor een schuldregeling sluiten niet aan bij de chaos vlak na een echtscheiding.",
        domains=("schuldhulp",),
        actors=("organisatie", "college"),
        author_role="raadslid",
        votes=6,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "schot",
        "Schuldhulp, bewind en bijzondere bijstand worden elk apart beoordeeld, uit drie verschillende "
        "budgetten.",
        domains=("schuldhulp", "bewind", "inkomen"),
        actors=("college", "raad"),
        author_role="beleidsmedewerker",
        votes=5,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "signaal",
        "Terwijl het traject was aangehouden, liepen de incassokosten met bijna € 2.000 op: wachten kost "
        "geld.",
        domains=("schuldhulp",),
        actors=("college", "rijk"),
        author_role="raadslid",
        votes=4,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "goede_praktijk",
        "De vroegsignalering via de woningcorporatie werkte: mevrouw was binnen enkele weken in beeld.",
        domains=("wonen", "schuldhulp"),
        actors=("organisatie",),
        author_role="professional",
        votes=3,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "goede_praktijk",
        "De wijkcoach deed wat nodig was en belde zelf de schuldeisers, ook al viel dat buiten haar taak.",
        domains=("schuldhulp",),
        actors=("professional",),
        author_role="raadslid",
        votes=4,
    ),
    DemoObservation(
        "C-2026-001",
        "wat_zien_we",
        "signaal",
        "De buikpijn van de oudste zoon laat zien dat geldzorgen het hele gezin raken.",
        domains=("onderwijs", "jeugdwet"),
        actors=("professional",),
        author_role="ervaringsdeskundige",
        votes=2,
    ),
    DemoObservation(
        "C-2026-001",
        "wie_kan_wat",
        "goede_praktijk",
        "Lichte hulp, zoals budgetcoaching of een vrijwilliger voor de thuisadministratie, kan bewind vaak "
        "voorkomen.",
        domains=("bewind", "schuldhulp"),
        actors=("organisatie", "college"),
        author_role="professional",
        votes=5,
    ),
    DemoObservation(
        "C-2026-001",
        "wie_kan_wat",
        "signaal",
        "Dat beide ex-partners elk voor de hele gezamenlijke schuld kunnen worden aangesproken, is "
        "landelijke wetgeving; alleen het Rijk kan dat veranderen.",
        domains=("schuldhulp", "inkomen"),
        actors=("rijk",),
        author_role="beleidsmedewerker",
        votes=3,
    ),
    # C-2026-003: een boerengezin dat niet aanklopt
    DemoObservation(
        "C-2026-003",
        "verhelderen",
        "vraag",
        "Waarom kan het gezin geen bijstand krijgen, terwijl het inkomen onder het bijstandsniveau ligt?",
        domains=("inkomen", "participatiewet"),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-003",
        "verhelderen",
        "vraag",
        "Weet de gemeente hoeveel agrarische gezinnen in een vergelijkbare situatie zitten?",
        domains=("inkomen",),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "schot",
        "Ondernemers vallen buiten de gemeentelijke schuldhulp en worden doorverwezen naar een regionaal "
        "loket op grote afstand.",
        domains=("schuldhulp", "participatiewet"),
        actors=("college", "regio"),
        author_role="raadslid",
        votes=6,
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "schot",
        "Vermogen dat vastzit in grond en stallen telt mee, ook als er geen geld is voor de boodschappen.",
        domains=("inkomen", "participatiewet"),
        actors=("rijk",),
        author_role="raadslid",
        votes=4,
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "signaal",
        "Schaamte en de cultuur van ‘zelf oplossen’ zorgen ervoor dat boerengezinnen pas laat in beeld "
        "komen.",
        domains=("inkomen",),
        actors=("raad", "organisatie"),
        author_role="ervaringsdeskundige",
        votes=5,
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "goede_praktijk",
        "Erfbetreders zoals de dierenarts zien het vaak als eerste; hier kwam het gezin via haar in beeld.",
        domains=("inkomen", "schuldhulp"),
        actors=("professional", "organisatie"),
        author_role="professional",
        votes=5,
    ),
    DemoObservation(
        "C-2026-003",
        "wat_zien_we",
        "signaal",
        "De gezondheid van mevrouw K. lijdt onder de spanning; de huisarts is een belangrijke vindplaats.",
        domains=("zorg",),
        actors=("professional",),
        author_role="professional",
        votes=2,
    ),
    DemoObservation(
        "C-2026-003",
        "wie_kan_wat",
        "goede_praktijk",
        "Eén vast aanspreekpunt bij de gemeente dat de agrarische sector kent, kan de drempel flink "
        "verlagen.",
        domains=("schuldhulp", "inkomen"),
        actors=("college", "organisatie"),
        author_role="wethouder",
        votes=4,
    ),
    DemoObservation(
        "C-2026-003",
        "wie_kan_wat",
        "signaal",
        "De regio kan de uitvoering van het Bbz dichterbij brengen, bijvoorbeeld met een spreekuur in het "
        "eigen gemeentehuis.",
        domains=("participatiewet",),
        actors=("regio", "college"),
        author_role="raadslid",
        votes=4,
    ),
    # C-2026-005: mantelzorg bij dementie
    DemoObservation(
        "C-2026-005",
        "verhelderen",
        "vraag",
        "Wie is hier eigenlijk de regisseur: de casemanager dementie, de Wmo-consulent of de huisarts?",
        domains=("wmo", "zorg"),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-005",
        "verhelderen",
        "vraag",
        "Waarom is logeeropvang alleen in een verpleeghuis op grote afstand beschikbaar?",
        domains=("wmo", "zorg"),
        author_role="raadslid",
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "schot",
        "Bij de overgang naar de Wlz stopte de vertrouwde dagbesteding, omdat die uit de Wmo werd betaald.",
        domains=("wmo", "zorg"),
        actors=("college", "organisatie", "rijk"),
        author_role="professional",
        votes=7,
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "schot",
        "Mevrouw moest haar verhaal aan zes verschillende hulpverleners vertellen.",
        domains=("wmo", "zorg"),
        actors=("organisatie", "professional"),
        author_role="ervaringsdeskundige",
        votes=5,
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "signaal",
        "Mantelzorgers die zelf op leeftijd zijn raken overbelast; de crisis kwam pas toen mevrouw viel.",
        domains=("wmo",),
        actors=("college", "professional"),
        author_role="raadslid",
        votes=6,
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "goede_praktijk",
        "De buurvrouw en de dorpsondersteuner hielden samen een oogje in het zeil; dat informele netwerk "
        "was goud waard.",
        domains=("wmo",),
        actors=("professional",),
        author_role="raadslid",
        votes=4,
    ),
    DemoObservation(
        "C-2026-005",
        "wat_zien_we",
        "schot",
        "Een rit naar de dagbesteding duurde bijna een uur, omdat de taxibus alle kernen langsgaat.",
        domains=("wmo",),
        actors=("regio", "organisatie"),
        author_role="raadslid",
        votes=3,
    ),
    DemoObservation(
        "C-2026-005",
        "wie_kan_wat",
        "signaal",
        "Een crisisbed ver buiten de regio betekent dat de partner niet op bezoek kan; er zijn te weinig "
        "crisisbedden in de eigen regio.",
        domains=("zorg",),
        actors=("regio", "rijk"),
        author_role="beleidsmedewerker",
        votes=3,
    ),
    DemoObservation(
        "C-2026-005",
        "wie_kan_wat",
        "goede_praktijk",
        "Met het zorgkantoor kan de gemeente afspreken dat de dagbesteding bij de overgang naar de Wlz "
        "gewoon doorloopt.",
        domains=("wmo", "zorg"),
        actors=("college", "organisatie"),
        author_role="wethouder",
        votes=4,
    ),
    # The opening and the evaluation belong to the session as a whole (no case).
    DemoObservation(
        "",
        "opening",
        "signaal",
        "Open afspraken van juni: de terugkoppeling over de overgang naar achttien is gedaan, de brief "
        "aan het UWV is nog niet verstuurd.",
        author_role="griffier",
    ),
    DemoObservation(
        "",
        "evaluatie",
        "signaal",
        "Volgende keer: twee casussen in plaats van drie, en meer tijd voor ‘wie kan wat’.",
        author_role="raadslid",
    ),
    DemoObservation(
        "",
        "evaluatie",
        "goede_praktijk",
        "Wat we meenemen: de stand van de afspraken vóór de volgende bijeenkomst rondsturen.",
        author_role="griffier",
    ),
)

_OCTOBER_QUESTIONS = (
    DemoQuestion(
        "C-2026-001",
        "Hoe vaak wordt een schuldhulptraject ‘aangehouden’, hoe lang duurt dat gemiddeld en wat kost dat "
        "inwoners aan extra incassokosten?",
        council_role="controlerend",
        theme="ontschotten",
        addressed_to="college",
        instrument="informatieverzoek",
        status="beantwoord",
        owner="griffie",
        due_date=date(2026, 11, 17),
        answer="Vorig jaar zijn 23 van de 112 aanmeldingen langer dan twee maanden aangehouden, gemiddeld "
        "elf weken. De extra incassokosten worden nu niet bijgehouden; vanaf volgend jaar neemt de "
        "afdeling dat op in de monitor schuldhulpverlening.",
        votes=4,
    ),
    DemoQuestion(
        "C-2026-001",
        "Welke ruimte geeft de verordening om schuldhulp, bewind en bijzondere bijstand uit één budget te "
        "betalen, zodat de professional kan kiezen wat in een gezin het beste werkt?",
        council_role="kaderstellend",
        theme="ontschotten",
        addressed_to="college",
        instrument="motie_idee",
        status="open",
        owner="fracties Dorpsbelang en PvdA",
        due_date=date(2027, 2, 15),
        votes=6,
    ),
    DemoQuestion(
        "C-2026-001",
        "Willen we als raad het signaal over gezamenlijke schulden na een echtscheiding via de VNG bij het "
        "Rijk neerleggen?",
        council_role="volksvertegenwoordigend",
        theme="rol_raad",
        addressed_to="rijk",
        instrument="signaal_aan_rijk",
        status="in_behandeling",
        owner="griffie",
        due_date=date(2026, 12, 31),
        votes=3,
    ),
    DemoQuestion(
        "C-2026-003",
        "Hoe zorgt het college ervoor dat agrarische ondernemers in geldnood snel bij de juiste hulp komen, "
        "nu de uitvoering van het Bbz regionaal is belegd?",
        council_role="controlerend",
        theme="schaal_regio",
        addressed_to="college",
        instrument="raadsvraag",
        status="in_behandeling",
        owner="fractie CDA",
        due_date=date(2026, 12, 1),
        votes=5,
    ),
    DemoQuestion(
        "C-2026-003",
        "Is de raad bereid structureel budget vrij te maken voor een netwerk van erfbetreders dat geldzorgen "
        "bij boerengezinnen vroeg signaleert?",
        council_role="kaderstellend",
        theme="professionals",
        addressed_to="raad",
        instrument="motie_idee",
        status="open",
        owner="fractie Dorpsbelang",
        due_date=date(2027, 3, 1),
        votes=5,
    ),
    DemoQuestion(
        "C-2026-003",
        "Hoe kunnen wij als raadsleden ons eigen netwerk in de agrarische gemeenschap gebruiken om het "
        "taboe op geldzorgen te doorbreken?",
        council_role="volksvertegenwoordigend",
        theme="rol_raad",
        addressed_to="raad",
        instrument="geen",
        status="open",
        votes=3,
    ),
    DemoQuestion(
        "C-2026-005",
        "Welke afspraken heeft het college met het zorgkantoor gemaakt over doorlopende dagbesteding bij de "
        "overgang van de Wmo naar de Wlz?",
        council_role="controlerend",
        theme="ontschotten",
        addressed_to="college",
        instrument="informatieverzoek",
        status="beantwoord",
        owner="griffie",
        due_date=date(2026, 11, 20),
        answer="Er zijn nog geen schriftelijke afspraken. Het college gaat met het zorgkantoor een "
        "overgangsregeling afspreken waarbij de huidige aanbieder de dagbesteding tot drie maanden na het "
        "Wlz-besluit mag voortzetten, en informeert de raad daarover in het eerste kwartaal.",
        votes=5,
    ),
    DemoQuestion(
        "C-2026-005",
        "Hoe zorgt het college ervoor dat er in de eigen gemeente of vlak daarbij logeeropvang en crisisbedden "
        "voor mensen met dementie beschikbaar komen?",
        council_role="kaderstellend",
        theme="schaal_regio",
        addressed_to="college",
        instrument="toezegging",
        status="in_behandeling",
        owner="wethouder Sociaal Domein",
        due_date=date(2027, 4, 1),
        votes=6,
    ),
    DemoQuestion(
        "C-2026-005",
        "Hoe betrekt de raad mantelzorgers zelf bij de evaluatie van het mantelzorgbeleid?",
        council_role="volksvertegenwoordigend",
        theme="rol_raad",
        addressed_to="raad",
        instrument="agendering",
        status="open",
        owner="commissie Sociaal Domein",
        due_date=date(2027, 2, 28),
        votes=4,
    ),
    DemoQuestion(
        "",
        "In alle drie de casussen ontbrak iemand die het overzicht had en mocht doen wat nodig is. Welk "
        "mandaat en welk budget krijgen professionals om maatwerk te leveren, en hoe legt het college "
        "daarover verantwoording af aan de raad?",
        council_role="kaderstellend",
        theme="professionals",
        addressed_to="college",
        instrument="agendering",
        status="open",
        owner="agendacommissie",
        due_date=date(2027, 1, 20),
        votes=7,
    ),
)

_OCTOBER_ACTIONS = (
    DemoAction(
        "C-2026-001",
        "Informatieverzoek over aangehouden schuldhulptrajecten opstellen en naar het college sturen.",
        "griffie",
        date(2026, 10, 30),
        "afgerond",
    ),
    DemoAction(
        "C-2026-001",
        "In de werkinstructie vastleggen dat de wijkcoach bij een aangehouden traject zelf een adempauze "
        "met schuldeisers mag afspreken.",
        "beleidsmedewerker schuldhulp",
        date(2027, 1, 31),
        "in_behandeling",
    ),
    DemoAction(
        "C-2026-001",
        "Motie-idee over één budget voor schuldhulp, bewind en bijzondere bijstand uitwerken voor de "
        "commissie Sociaal Domein.",
        "fracties Dorpsbelang en PvdA",
        date(2027, 2, 15),
        "open",
    ),
    DemoAction(
        "C-2026-003",
        "Met de regiogemeenten een maandelijks spreekuur voor zelfstandigen in het gemeentehuis verkennen.",
        "wethouder Sociaal Domein",
        date(2027, 1, 15),
        "in_behandeling",
    ),
    DemoAction(
        "C-2026-003",
        "Een avond organiseren met erfbetreders: dierenartsen, voerleveranciers, accountants en "
        "dorpsondersteuners.",
        "wijkteam",
        date(2027, 3, 1),
        "open",
    ),
    DemoAction(
        "C-2026-003",
        "Toezegging over het spreekuur voor zelfstandigen opnemen in de lijst van toezeggingen.",
        "griffie",
        date(2026, 10, 27),
        "afgerond",
    ),
    DemoAction(
        "C-2026-005",
        "Werkafspraak maken: bij dementie is de casemanager het vaste aanspreekpunt en houdt die het "
        "wijkteam op de hoogte.",
        "wijkteam",
        date(2027, 1, 31),
        "in_behandeling",
    ),
    DemoAction(
        "C-2026-005",
        "Mantelzorgers uitnodigen voor een beeldvormende avond van de commissie Sociaal Domein.",
        "griffie",
        date(2027, 2, 28),
        "open",
    ),
)


# --- Bijeenkomst december: een zorgcoöperatie en een nieuwkomersgezin (gepland) ---
