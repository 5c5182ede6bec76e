"""English labels for the built-in data: roles, kinds, council roles, who-can-act levels, themes, domains and
the standard method's phases and guiding questions.

The database stores codes with Dutch labels (the facilitator may rename them). In the English interface a
label that is still the built-in Dutch one is shown in English; a label someone changed is shown as they
wrote it. The reports stay Dutch: only the windows use this.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from casetafel.domain.method import DEFAULT_PHASES
from casetafel.domain.vocabulary import DEFAULT_TERMS, Vocabulary

T = TypeVar("T")

ENGLISH_TERMS: dict[str, dict[str, str]] = {
    Vocabulary.OBSERVATION_KIND: {
        "schot": "Barrier", "goede_praktijk": "Good practice", "signaal": "Signal", "vraag": "Question",
    },
    Vocabulary.THEME: {
        "regie_vrijheid": "Control and freedom", "ontschotten": "Unsiloed budget or by-law",
        "rol_raad": "Role of the council", "bewonersinitiatieven": "Influence of residents' initiatives",
        "professionals": "What professionals need", "schaal_regio": "Scale and regional cooperation",
    },
    Vocabulary.DOMAIN: {
        "wmo": "Wmo 2015 (social support)", "jeugdwet": "Youth Act", "participatiewet": "Participation Act",
        "schuldhulp": "Debt assistance (Wgs)", "bewind": "Protective administration",
        "zorg": "Wlz / Zvw (care)", "wonen": "Housing", "onderwijs": "Education", "inkomen": "Income",
        "veiligheid": "Safety",
    },
    Vocabulary.PARTICIPANT_ROLE: {
        "raadslid": "Council member", "wethouder": "Alderman", "professional": "Professional",
        "beleidsmedewerker": "Policy officer", "griffier": "Clerk of the council", "gespreksleider": "Facilitator",
        "ervaringsdeskundige": "Expert by experience", "overig": "Other",
    },
    Vocabulary.ACTOR_LEVEL: {
        "professional": "Professional", "organisatie": "Organisation (delivery)", "college": "College",
        "raad": "Council", "regio": "Region / partnership", "rijk": "National government",
    },
    Vocabulary.COUNCIL_ROLE: {
        "kaderstellend": "Setting frameworks", "controlerend": "Oversight",
        "volksvertegenwoordigend": "Representing residents",
    },
}  # fmt: skip

ENGLISH_PHASES: dict[str, tuple[str, str]] = {
    "opening": ("Opening and ground rules", "Confidentiality; this is forming a picture; open agreements from last time"),
    "presenteren": ("Presenting the case", "What happened, and where did it get stuck?"),
    "verhelderen": ("Clarifying questions", "What else do we need to know to understand it?"),
    "wat_zien_we": ("What do we see?", "Which barriers, good practices and signals do we see?"),
    "wie_kan_wat": ("Who can do what?", "What can the professional, the organisation, the college, the council, the region, the state do?"),
    "prioriteren": ("Prioritising", "What must the council certainly take along?"),
    "afspraken": ("Agreements", "Who does what, and what goes to the council for forming an opinion?"),
    "evaluatie": ("Evaluation", "What do we take to the next session?"),
}  # fmt: skip

_DUTCH_TERMS = {str(v): {t.code: t.label for t in terms} for v, terms in DEFAULT_TERMS.items()}
_DUTCH_PHASES = {p.key: (p.name, p.guiding_question) for p in DEFAULT_PHASES}
_state = {"language": "nl"}


def set_language(code: str) -> None:
    """Called once at start-up with the interface language."""
    _state["language"] = code


def in_english() -> bool:
    return _state["language"] == "en"


def term_label(vocabulary: str, code: str, stored: str) -> str:
    """The label to show for a term: English for an unchanged built-in label in the English interface."""
    if not in_english() or _DUTCH_TERMS.get(str(vocabulary), {}).get(code) != stored:
        return stored
    return ENGLISH_TERMS.get(str(vocabulary), {}).get(code, stored)


def terms(vocabulary: str, found: list[T]) -> list[T]:
    """TermInfo items with their labels as shown."""
    if not in_english():
        return found
    return [replace(t, label=term_label(vocabulary, t.code, t.label)) for t in found]  # type: ignore[type-var]


def all_labels(found: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    if not in_english():
        return found
    return {v: {c: term_label(v, c, label) for c, label in labels.items()} for v, labels in found.items()}


def phase_name(key: str, stored: str) -> str:
    """A phase's name as shown: English for the standard method's unchanged Dutch name in English."""
    dutch, english = _DUTCH_PHASES.get(key), ENGLISH_PHASES.get(key)
    if not in_english() or dutch is None or english is None or stored != dutch[0]:
        return stored
    return english[0]


def phase_question(key: str, stored: str) -> str:
    """A phase's guiding question as shown, like phase_name."""
    dutch, english = _DUTCH_PHASES.get(key), ENGLISH_PHASES.get(key)
    if not in_english() or dutch is None or english is None or stored != dutch[1]:
        return stored
    return english[1]


def step(found: T) -> T:
    """A step of the plan with the standard phase's English name and question (unless they were edited)."""
    if not in_english():
        return found
    key = found.phase_key  # type: ignore[attr-defined]
    name = phase_name(key, found.name)  # type: ignore[attr-defined]
    question = phase_question(key, found.guiding_question)  # type: ignore[attr-defined]
    return replace(found, name=name, guiding_question=question)  # type: ignore[type-var]
