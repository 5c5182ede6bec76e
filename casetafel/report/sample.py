"""Realistic, fictional sample data for the session report: a small Dutch session (3 cases, 12 observations,
4 governance questions, 3 actions, with é, ë, ï, ĳ and €) and a generator for large sessions of any size.
Used by the tests, the benchmark and report previews; every name here is invented.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from casetafel.report.data import (
    ActionData,
    CaseChapter,
    ObservationData,
    ParticipantData,
    QuestionData,
    ReportData,
)

FACILITATOR = "Marieke van Dĳk-Öztürk"
PARTICIPANT_NAMES = ("Joëlle Bakker", "Henk de Vries", "Noëmi Smit", "Femke Ĳzerman", "Ruud Jansen")
DESCRIPTIONS = (
    "Een gezin met drie kinderen woont sinds twee jaar in de gemeente. De moeder werkt parttime, de vader is "
    "na een bedrijfsongeval arbeidsongeschikt geraakt. Er is een schuld van ruim € 14.000 ontstaan.\n\n"
    "De jongste zoon heeft jeugdhulp nodig, maar de wachtlijst is negen maanden. De schuldhulpverlening "
    "eist eerst een stabiel inkomen; het uwv beoordeelt de uitkering pas na de medische keuring.",
    "Een oudere vrouw met beginnende dementie woont alleen in een te groot huis. Haar zoon woont ver weg en "
    "regelt het bewind. Thuiszorg komt drie keer per week; de huisarts maakt zich zorgen over ondervoeding.\n\n"
    "Een verhuizing naar een aangepaste woning stuit op de urgentieregeling: zij heeft geen indicatie "
    "voor de Wlz, en de Wmo-voorziening past niet in de huurwoning. Naïeve aannames over mantelzorg spelen mee.",
    "Een jongen van zeventien dreigt uit huis te gaan zonder woonplek. De overgang van Jeugdwet naar Wmo "
    "bij zijn achttiende verjaardag is niet voorbereid; het ĳkpunt van de jeugdhulp loopt af.\n\n"
    "School signaleert verzuim, de wijkagent kent de jongen van een incident. Niemand heeft de regie.",
)
OBSERVATIONS = (
    (
        "schot",
        "Schot / knelpunt",
        "Schuldhulp eist een stabiel inkomen vóór toelating; het inkomen wacht op de keuring.",
    ),
    ("schot", "Schot / knelpunt", "Wachtlijst jeugdhulp van negen maanden; niemand overbrugt de periode."),
    (
        "goede_praktijk",
        "Goede praktijk",
        "De wijkcoach had één aanspreekpunt voor het hele gezin: dat werkte.",
    ),
    ("signaal", "Signaal", "Steeds meer gezinnen met een combinatie van schulden en zorg; trend sinds 2024."),
    ("schot", "Schot / knelpunt", "Urgentieregeling kent geen categorie voor ouderen zonder Wlz-indicatie."),
    ("schot", "Schot / knelpunt", "De Wmo-woningaanpassing past niet in de regels van de corporatie."),
    (
        "goede_praktijk",
        "Goede praktijk",
        "Huisarts en thuiszorg overleggen wekelijks; signalen komen snel boven.",
    ),
    ("vraag", "Vraag", "Wat kost een maatwerkoplossing ten opzichte van opname? Coëfficiënt onbekend."),
    ("schot", "Schot / knelpunt", "Overgang 18-/18+ valt tussen Jeugdwet en Wmo; geen warme overdracht."),
    (
        "signaal",
        "Signaal",
        "Jongeren zonder woonplek worden vaker gezien door politie dan door hulpverlening.",
    ),
    ("goede_praktijk", "Goede praktijk", "School belde de wijkcoach direct bij verzuim: korte lĳnen."),
    ("schot", "Schot / knelpunt", "Budget voor beschermd wonen is regionaal; de gemeente kan niet schuiven."),
)
PHASES = ("Wat zien we?", "Wie kan wat?", "Verhelderende vragen")
DOMAINS = (
    ("Schuldhulpverlening (Wgs)", "Participatiewet"),
    ("Jeugdwet",),
    ("Wmo 2015", "Wonen"),
    ("Wlz / Zvw (zorg)",),
    ("Jeugdwet", "Wmo 2015", "Onderwijs"),
    ("Inkomen", "Wonen"),
)
ACTORS = (
    ("college", "raad"),
    ("professional",),
    ("organisatie (uitvoering)", "regio / samenwerkingsverband"),
    ("Rijk",),
)
QUESTIONS = (
    (
        "Hoeveel ruimte geeft de verordening de wijkcoach om buiten het budget te handelen?",
        "kaderstellend",
        "Ontschot budget of verordening",
        "college",
        "Raadsvraag",
    ),
    (
        "Hoe volgt de raad of de wachtlijst jeugdhulp korter wordt?",
        "controlerend",
        "Rol van de raad",
        "college",
        "Informatieverzoek",
    ),
    (
        "Wat hebben inwoners nodig bij de overgang naar 18+, en hoe horen we hen?",
        "volksvertegenwoordigend",
        "Invloed van bewonersinitiatieven",
        "raad",
        "Agendering",
    ),
    (
        "Kan de regio een potje voor urgente woonplekken maken?",
        "kaderstellend",
        "Schaal en samenwerking in de regio",
        "regio",
        "Motie-idee",
    ),
)
WORDS = (
    "gezin",
    "schuld",
    "wijkteam",
    "zorg",
    "indicatie",
    "regeling",
    "woning",
    "inkomen",
    "overdracht",
    "coach",
    "gemeente",
    "jeugdhulp",
    "wachtlijst",
    "huisarts",
    "bewind",
    "school",
    "verzuim",
    "uitkering",
    "keuring",
    "corporatie",
    "mantelzorg",
    "urgentie",
    "maatwerk",
    "regie",
    "signaal",
    "vertraging",
    "aanvraag",
    "besluit",
    "één",
    "coördinatie",
    "naïef",
    "ĳver",
    "€ 250",
    "beëindiging",
    "geïnformeerd",
    "ideeën",
    "financiën",
)


# Owners of the sample's questions that are bodies (they stay in the public variant).
BODY_OWNERS = {2: "College van B&W", 3: "Griffie"}


def sample_report(**overrides) -> ReportData:
    """The small realistic session: 3 cases, 12 observations, 4 questions, 3 actions, 6 participants."""
    cases = []
    for index, (code, title) in enumerate(
        [
            ("C-2026-014", "Gezin met schulden en wachtlijst jeugdhulp"),
            ("C-2026-015", "Oudere inwoner zoekt passende woning"),
            ("C-2026-016", "Jongere op weg naar 18+ zonder woonplek"),
        ]
    ):
        observations = tuple(
            ObservationData(
                id=index * 4 + i + 1,
                text=OBSERVATIONS[index * 4 + i][2],
                kind=OBSERVATIONS[index * 4 + i][1],
                kind_code=OBSERVATIONS[index * 4 + i][0],
                phase=PHASES[i % 2],
                domains=DOMAINS[(index * 4 + i) % len(DOMAINS)],
                actors=ACTORS[(index + i) % len(ACTORS)],
                author_role=("Raadslid", "Professional", "Beleidsmedewerker")[i % 3],
                votes=(3, 0, 5, 1)[i],
                created_at=datetime(2026, 11, 24, 19 + index, 40 + i),
            )
            for i in range(4)
        )
        q_indexes = {0: (0, 1), 1: (3,), 2: (2,)}[index]
        questions = tuple(
            QuestionData(
                id=qi + 1,
                text=QUESTIONS[qi][0],
                council_role=QUESTIONS[qi][1],
                theme=QUESTIONS[qi][2],
                addressed_to=QUESTIONS[qi][3],
                instrument=QUESTIONS[qi][4],
                status="open" if qi % 2 == 0 else "in behandeling",
                owner=BODY_OWNERS[qi]
                if qi in BODY_OWNERS
                else PARTICIPANT_NAMES[qi % len(PARTICIPANT_NAMES)],
                owner_kind="orgaan" if qi in BODY_OWNERS else "persoon",
                route="Commissie Sociaal Domein, 12 januari 2027" if qi % 2 == 0 else "",
                due_date=date(2027, 1, 15 + qi),
                answer="Het college antwoordt vóór het zomerreces; eerste indruk: ruimte is er binnen € 5.000."
                if qi == 1
                else "",
                votes=qi + 2,
                case_code=code,
            )
            for qi in q_indexes
        )
        actions = (
            ActionData(
                id=index + 1,
                text=(
                    "Griffie zet de wachtlijst jeugdhulp op de lijst ingekomen stukken.",
                    "Beleidsmedewerker zoekt uit hoe de urgentieregeling ouderen zonder Wlz behandelt.",
                    "Wijkteam organiseert een warme overdracht 18-/18+ met de regio (coördinatie).",
                )[index],
                owner=("Griffie", PARTICIPANT_NAMES[(index + 2) % len(PARTICIPANT_NAMES)], "Wijkteam Noord")[
                    index
                ],
                owner_kind=("orgaan", "persoon", "orgaan")[index],
                due_date=date(2026, 12, 10 + index) if index != 1 else None,
                status="open",
                case_code=code,
            ),
        )
        cases.append(
            CaseChapter(
                code=code,
                title=title,
                description=DESCRIPTIONS[index],
                domains=DOMAINS[index * 2] + DOMAINS[index * 2 + 1],
                presenter_role=("Professional", "Beleidsmedewerker", "Professional")[index],
                observations=observations,
                questions=questions,
                actions=actions,
            )
        )
    values = dict(
        session_id=7,
        title="Casuïstiektafel Sociaal Domein — ‘Ĳsselstreek’ najaar",
        starts_at=datetime(2026, 11, 24, 19, 30),
        location="Raadzaal, gemeentehuis",
        municipality="Ĳsselstreek",
        facilitator=FACILITATOR,
        template_name="Standaardmethode (2 uur)",
        status="Afgerond",
        participants=(
            ParticipantData("Raadslid", PARTICIPANT_NAMES[0], "Dorpsbelang"),
            ParticipantData("Raadslid", PARTICIPANT_NAMES[1], "VVD"),
            ParticipantData("Wethouder", PARTICIPANT_NAMES[2], "CDA"),
            ParticipantData("Professional", PARTICIPANT_NAMES[3], "Wijkteam Noord"),
            ParticipantData("Beleidsmedewerker", PARTICIPANT_NAMES[4], "Gemeente"),
            ParticipantData("Gespreksleider", FACILITATOR, ""),
        ),
        cases=tuple(cases),
        notes="Volgende keer meer tijd voor ‘Wie kan wat?’. Koffie was op om 20:15.",
        evaluation=(
            "Goede opkomst; de raadsleden willen vaker aan tafel.",
            "Casus 3 had meer context nodig.",
        ),
        generated_at=datetime(2026, 11, 25, 9, 0),
    )
    values.update(overrides)
    return ReportData(**values)


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def large_report(
    cases: int = 50, observations: int = 20, description_words: int = 400, seed: int = 1
) -> ReportData:
    """A synthetic session of any size (defaults: 50 cases, 20 observations each, 400-word descriptions)."""
    rng = random.Random(seed)
    chapters = []
    next_id = 1
    for index in range(cases):
        code = f"C-2026-{100 + index:03d}"
        paragraphs, remaining = [], description_words
        while remaining > 0:
            size = min(remaining, rng.randint(60, 110))
            paragraphs.append(" ".join(_sentence(rng, rng.randint(8, 16)) for _ in range(max(1, size // 12))))
            remaining -= size
        obs = []
        for i in range(observations):
            code_kind, label, _ = OBSERVATIONS[rng.randrange(len(OBSERVATIONS))]
            obs.append(
                ObservationData(
                    id=next_id,
                    text=_sentence(rng, rng.randint(10, 30)),
                    kind=label,
                    kind_code=code_kind,
                    phase=PHASES[i % len(PHASES)],
                    domains=rng.choice(DOMAINS),
                    actors=rng.choice(ACTORS),
                    author_role=rng.choice(("Raadslid", "Professional", "Wethouder")),
                    votes=rng.randint(0, 6),
                )
            )
            next_id += 1
        questions = tuple(
            QuestionData(
                id=next_id + q,
                text=_sentence(rng, rng.randint(12, 24)) + "?",
                council_role=QUESTIONS[q % 4][1],
                theme=QUESTIONS[q % 4][2],
                addressed_to=QUESTIONS[q % 4][3],
                instrument=QUESTIONS[q % 4][4],
                status="open",
                owner=rng.choice(PARTICIPANT_NAMES),
                due_date=date(2027, 1 + q, 1 + index % 28),
                votes=rng.randint(0, 8),
                case_code=code,
            )
            for q in range(2)
        )
        actions = (
            ActionData(
                next_id,
                _sentence(rng, 14),
                rng.choice(PARTICIPANT_NAMES),
                date(2026, 12, 1 + index % 28),
                "open",
                code,
            ),
        )
        next_id += 3
        chapters.append(
            CaseChapter(
                code,
                f"Casus {index + 1}: {_sentence(rng, 5)[:-1]}",
                "\n\n".join(paragraphs),
                rng.choice(DOMAINS),
                "Professional",
                tuple(obs),
                questions,
                actions,
            )
        )
    return sample_report(cases=tuple(chapters), title=f"Grote sessie met {cases} casussen")
