"""The fixed statuses and the default, editable taxonomies of the casuïstiektafel.

Statuses are enums because code depends on them. Kinds, themes, domains, roles, who-can-act levels and
council roles are editable lists in the database; the tuples here seed a new database with the Dutch
defaults of the design. Each term has a stable code (used in data and exports) and a Dutch label.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MeetingStatus(StrEnum):
    PLANNED = "gepland"
    RUNNING = "bezig"
    FINISHED = "afgerond"


class QuestionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_behandeling"
    ANSWERED = "beantwoord"
    CLOSED = "afgesloten"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_behandeling"
    DONE = "afgerond"
    CANCELLED = "vervallen"


class FollowUpInstrument(StrEnum):
    NONE = "geen"
    WRITTEN_QUESTION = "raadsvraag"
    INFORMATION_REQUEST = "informatieverzoek"
    COMMITMENT = "toezegging"
    MOTION_IDEA = "motie_idee"
    AGENDA_ITEM = "agendering"
    SIGNAL_TO_STATE = "signaal_aan_rijk"


STATUS_LABELS: dict[str, str] = {
    MeetingStatus.PLANNED: "Gepland",
    MeetingStatus.RUNNING: "Bezig",
    MeetingStatus.FINISHED: "Afgerond",
}
QUESTION_STATUS_LABELS: dict[str, str] = {
    QuestionStatus.OPEN: "Open",
    QuestionStatus.IN_PROGRESS: "In behandeling",
    QuestionStatus.ANSWERED: "Beantwoord",
    QuestionStatus.CLOSED: "Afgesloten",
}
ACTION_STATUS_LABELS: dict[str, str] = {
    ActionStatus.OPEN: "Open",
    ActionStatus.IN_PROGRESS: "In behandeling",
    ActionStatus.DONE: "Afgerond",
    ActionStatus.CANCELLED: "Vervallen",
}
INSTRUMENT_LABELS: dict[str, str] = {
    FollowUpInstrument.NONE: "Geen",
    FollowUpInstrument.WRITTEN_QUESTION: "Raadsvraag",
    FollowUpInstrument.INFORMATION_REQUEST: "Informatieverzoek",
    FollowUpInstrument.COMMITMENT: "Toezegging",
    FollowUpInstrument.MOTION_IDEA: "Motie-idee",
    FollowUpInstrument.AGENDA_ITEM: "Agendering",
    FollowUpInstrument.SIGNAL_TO_STATE: "Signaal aan Rijk",
}


class Vocabulary(StrEnum):
    """The editable taxonomies; each is a list of terms in the database."""

    OBSERVATION_KIND = "observation_kind"
    THEME = "theme"
    DOMAIN = "domain"
    PARTICIPANT_ROLE = "participant_role"
    ACTOR_LEVEL = "actor_level"
    COUNCIL_ROLE = "council_role"
    LIFE_AREA = "life_area"
    AGE_BAND = "age_band"
    HOUSEHOLD_TYPE = "household_type"
    LOCAL_PLACE = "local_place"  # the municipality's own villages and hamlets; no default terms


@dataclass(frozen=True)
class Term:
    code: str
    label: str


DEFAULT_TERMS: dict[Vocabulary, tuple[Term, ...]] = {
    Vocabulary.OBSERVATION_KIND: (
        Term("schot", "Schot / knelpunt"),
        Term("goede_praktijk", "Goede praktijk"),
        Term("signaal", "Signaal"),
        Term("vraag", "Vraag"),
        Term("meenemen", "Wat neem ik mee"),  # the evaluation's line per participant (revision 0009)
    ),
    Vocabulary.THEME: (
        Term("regie_vrijheid", "Regie en vrijheid"),
        Term("ontschotten", "Ontschot budget of verordening"),
        Term("rol_raad", "Rol van de raad"),
        Term("bewonersinitiatieven", "Invloed van bewonersinitiatieven"),
        Term("professionals", "Wat professionals nodig hebben"),
        Term("schaal_regio", "Schaal en samenwerking in de regio"),
    ),
    Vocabulary.DOMAIN: (
        Term("wmo", "Wmo 2015"),
        Term("jeugdwet", "Jeugdwet"),
        Term("participatiewet", "Participatiewet"),
        Term("schuldhulp", "Schuldhulpverlening (Wgs)"),
        Term("bewind", "Beschermingsbewind"),
        Term("zorg", "Wlz / Zvw (zorg)"),
        Term("wonen", "Wonen"),
        Term("onderwijs", "Onderwijs"),
        Term("inkomen", "Inkomen"),
        Term("veiligheid", "Veiligheid"),
    ),
    Vocabulary.PARTICIPANT_ROLE: (
        Term("raadslid", "Raadslid"),
        Term("wethouder", "Wethouder"),
        Term("professional", "Professional"),
        Term("beleidsmedewerker", "Beleidsmedewerker"),
        Term("griffier", "Griffier"),
        Term("gespreksleider", "Gespreksleider"),
        Term("ervaringsdeskundige", "Ervaringsdeskundige"),
        Term("overig", "Overig"),
    ),
    Vocabulary.ACTOR_LEVEL: (
        Term("professional", "Professional"),
        Term("organisatie", "Organisatie (uitvoering)"),
        Term("college", "College"),
        Term("raad", "Raad"),
        Term("regio", "Regio / samenwerkingsverband"),
        Term("rijk", "Rijk"),
    ),
    Vocabulary.COUNCIL_ROLE: (
        Term("kaderstellend", "Kaderstellend"),
        Term("controlerend", "Controlerend"),
        Term("volksvertegenwoordigend", "Volksvertegenwoordigend"),
    ),
    Vocabulary.LIFE_AREA: (
        Term("financien", "Financiën"),
        Term("werk_dagbesteding", "Werk en dagbesteding"),
        Term("wonen", "Wonen"),
        Term("gezondheid", "Gezondheid"),
        Term("opvoeding", "Opvoeding en gezin"),
        Term("sociaal_netwerk", "Sociaal netwerk"),
        Term("onderwijs", "Onderwijs"),
        Term("veiligheid", "Veiligheid"),
    ),
    Vocabulary.AGE_BAND: (
        Term("0-11", "0-11 jaar"),
        Term("12-17", "12-17 jaar"),
        Term("18-26", "18-26 jaar"),
        Term("27-45", "27-45 jaar"),
        Term("46-66", "46-66 jaar"),
        Term("67-79", "67-79 jaar"),
        Term("80+", "80 jaar en ouder"),
    ),
    Vocabulary.HOUSEHOLD_TYPE: (
        Term("alleenstaand", "Alleenstaand"),
        Term("paar_zonder_kinderen", "Paar zonder kinderen"),
        Term("gezin", "Gezin met kinderen"),
        Term("eenoudergezin", "Eenoudergezin"),
        Term("inwonend", "Inwonend bij ouders of familie"),
        Term("instelling", "Woont in een instelling"),
        Term("overig", "Overig"),
    ),
}

ADDRESSEES: tuple[Term, ...] = (
    Term("raad", "Raad"),
    Term("college", "College"),
    Term("organisatie", "Organisatie"),
    Term("regio", "Regio"),
    Term("rijk", "Rijk"),
)
