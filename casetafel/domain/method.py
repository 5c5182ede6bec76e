"""The default method of a casuïstiektafel, as seed data for the editable method templates."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PhaseScope(StrEnum):
    """Whether a phase runs once for the session or once for every case on the agenda."""

    SESSION_START = "sessie_begin"
    PER_CASE = "per_casus"
    SESSION_END = "sessie_eind"


class PhaseRecord(StrEnum):
    """What a phase collects."""

    NOTHING = "niets"
    ATTENDANCE = "aanwezigheid"
    QUESTIONS = "vragen"
    OBSERVATIONS = "observaties"
    ACTORS_AND_QUESTIONS = "wie_kan_wat"
    VOTES = "stemmen"
    ACTIONS = "afspraken"
    EVALUATION = "evaluatie"


@dataclass(frozen=True)
class PhaseSpec:
    key: str
    name: str
    minutes: int
    guiding_question: str
    scope: PhaseScope
    records: PhaseRecord


DEFAULT_METHOD_NAME = "Casuïstiektafel (standaard)"
DEFAULT_METHOD_DESCRIPTION = (
    "De standaardmethode van de casuïstiektafel: opening, per casus zes fasen (samen 65 minuten), en een "
    "evaluatie. Eén casus past in anderhalf uur, twee casussen in tweeënhalf uur; wie meer casussen "
    "bespreekt, kort de fasen in op de agenda."
)

DEFAULT_PHASES: tuple[PhaseSpec, ...] = (
    PhaseSpec(
        "opening",
        "Opening en spelregels",
        10,
        "Vertrouwelijkheid; dit is beeldvorming; open afspraken van vorige keer",
        PhaseScope.SESSION_START,
        PhaseRecord.ATTENDANCE,
    ),
    PhaseSpec(
        "presenteren",
        "Casus presenteren",
        10,
        "Wat is er gebeurd, en waar liep het vast?",
        PhaseScope.PER_CASE,
        PhaseRecord.NOTHING,
    ),
    PhaseSpec(
        "verhelderen",
        "Verhelderende vragen",
        10,
        "Wat moeten we nog weten om het te begrijpen?",
        PhaseScope.PER_CASE,
        PhaseRecord.QUESTIONS,
    ),
    PhaseSpec(
        "wat_zien_we",
        "Wat zien we?",
        15,
        "Welke schotten, goede praktijken en signalen zien we?",
        PhaseScope.PER_CASE,
        PhaseRecord.OBSERVATIONS,
    ),
    PhaseSpec(
        "wie_kan_wat",
        "Wie kan wat?",
        15,
        "Wat kan de professional, de organisatie, het college, de raad, de regio, het Rijk?",
        PhaseScope.PER_CASE,
        PhaseRecord.ACTORS_AND_QUESTIONS,
    ),
    PhaseSpec(
        "prioriteren",
        "Prioriteren",
        5,
        "Wat moet de raad zeker meenemen?",
        PhaseScope.PER_CASE,
        PhaseRecord.VOTES,
    ),
    PhaseSpec(
        "afspraken",
        "Afspraken",
        10,
        "Wie doet wat, en wat gaat voor oordeelsvorming naar de raad?",
        PhaseScope.PER_CASE,
        PhaseRecord.ACTIONS,
    ),
    PhaseSpec(
        "evaluatie",
        "Evaluatie",
        5,
        "Wat nemen we mee naar de volgende keer?",
        PhaseScope.SESSION_END,
        PhaseRecord.EVALUATION,
    ),
)
