"""The demo sessions of the fictional municipality, with what was recorded in the finished ones."""

from __future__ import annotations

from datetime import datetime

from casetafel.services.demo_model import (
    DemoMeeting,
    DemoParticipant,
)
from casetafel.services.demo_session_june import (
    _JUNE_ACTIONS,
    _JUNE_OBSERVATIONS,
    _JUNE_PARTICIPANTS,
    _JUNE_QUESTIONS,
)
from casetafel.services.demo_session_october import (
    _OCTOBER_ACTIONS,
    _OCTOBER_OBSERVATIONS,
    _OCTOBER_PARTICIPANTS,
    _OCTOBER_QUESTIONS,
)

_DECEMBER_PARTICIPANTS = (
    DemoParticipant("gespreksleider", "Ingrid Hoekstra"),
    DemoParticipant("griffier", "Marloes de Jong"),
    DemoParticipant("wethouder", "Anja Veldman", "CDA"),
    DemoParticipant("raadslid", "Jan-Willem Kuipers", "Dorpsbelang"),
    DemoParticipant("raadslid", "Gert Smit", "VVD"),
    DemoParticipant("raadslid", "Lotte Brouwer", "Lokaal Groen"),
    DemoParticipant("raadslid", "Yusuf Kaya", "GroenLinks"),
    DemoParticipant("professional", "", ""),
    DemoParticipant("professional", "", ""),
    DemoParticipant("overig", "", ""),
)


DEMO_MEETINGS: tuple[DemoMeeting, ...] = (
    DemoMeeting(
        title="Casuïstiektafel: werk, dagbesteding en de overgang naar achttien",
        starts_at=datetime(2026, 6, 16, 19, 30),
        ends_at=datetime(2026, 6, 16, 21, 30),
        location="Dorpshuis De Linde",
        facilitator="Ingrid Hoekstra",
        status="afgerond",
        participants=_JUNE_PARTICIPANTS,
        case_codes=("C-2026-002", "C-2026-004"),
        notes="Eerste casuïstiektafel in deze raadsperiode. De gespreksleider heeft de spelregels "
        "toegelicht: wat hier wordt besproken is vertrouwelijk en dit is beeldvorming, er wordt niets "
        "besloten. De casusinbrengers waren een jobcoach en een jeugdconsulent. De tweede casus riep "
        "veel emotie op; de pauze is daarom met vijf minuten verlengd.",
        evaluation="Deelnemers vonden het verhelderend om een casus van binnenuit te horen in plaats "
        "van cijfers in een rapportage. Twee casussen in twee uur is haalbaar. Wens voor de volgende "
        "keer: een ervaringsdeskundige aan tafel en meer tijd voor ‘wie kan wat’.",
        observations=_JUNE_OBSERVATIONS,
        questions=_JUNE_QUESTIONS,
        actions=_JUNE_ACTIONS,
    ),
    DemoMeeting(
        title="Casuïstiektafel: schulden, een boerengezin en mantelzorg",
        starts_at=datetime(2026, 10, 20, 19, 30),
        ends_at=datetime(2026, 10, 20, 21, 30),
        location="Raadzaal gemeentehuis",
        facilitator="Ingrid Hoekstra",
        status="afgerond",
        participants=_OCTOBER_PARTICIPANTS,
        case_codes=("C-2026-001", "C-2026-003", "C-2026-005"),
        notes="Alle fracties waren vertegenwoordigd. Bij de opening zijn de open afspraken van juni "
        "langsgelopen: twee zijn afgerond, twee lopen nog. De wethouder hield zich bij de eerste casus "
        "bewust op de achtergrond. De casus over het boerengezin liep tien minuten uit, waardoor de "
        "evaluatie korter was dan gepland. Een ervaringsdeskundige schoof voor het eerst aan en bracht "
        "bij alle drie de casussen het perspectief van de inwoner in.",
        evaluation="Drie heel verschillende casussen naast elkaar werkte goed: telkens kwam terug dat "
        "niemand het overzicht had en dat de oplossing afhing van een professional die buiten de lijntjes "
        "kleurde. Drie casussen is wel veel; volgende keer liever twee, met meer tijd voor ‘wie kan wat’. "
        "De inbreng van de ervaringsdeskundige werd zeer gewaardeerd. Raadsleden willen graag horen hoe "
        "het de inwoners uit de casussen verder vergaat, en vragen de griffie om de stand van de "
        "afspraken vóór de volgende bijeenkomst rond te sturen.",
        reopen_reason="Eigenaar en deadline van de afspraak over de schuldhulp aangevuld na de bijeenkomst.",
        observations=_OCTOBER_OBSERVATIONS,
        questions=_OCTOBER_QUESTIONS,
        actions=_OCTOBER_ACTIONS,
    ),
    DemoMeeting(
        title="Casuïstiektafel: een zorgcoöperatie en een nieuwkomersgezin",
        starts_at=datetime(2026, 12, 15, 19, 30),
        ends_at=datetime(2026, 12, 15, 21, 30),
        location="Dorpshuis De Linde",
        facilitator="Ingrid Hoekstra",
        status="gepland",
        participants=_DECEMBER_PARTICIPANTS,
        case_codes=("C-2026-006", "C-2026-007"),
        notes="Casusinbrengers: de dorpsondersteuner en de consulent inburgering. Een bestuurslid van de "
        "zorgcoöperatie schuift aan als gast. De anonimisering van beide casussen nog laten bevestigen "
        "vóór de bijeenkomst. Stand van de afspraken uit oktober meesturen met de uitnodiging.",
    ),
)
