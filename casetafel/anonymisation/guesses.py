"""Guesses in a whole text that shows no identifier for certain: a policy note, minutes, an agenda, a
letter to the council. Some rules guess: a capitalised word after "naar" may be a place ("naar Halt"), a
capitalised compound in a heading may be an organisation ("Mantelzorg en Respijtzorg"), a capitalised
role after "de" may be a surname ("de Praktijkondersteuner Jeugd"). In a case text such a guess sits
among identifiers the detector is sure of (a full or titled name, an address, a date, a number, a known
place): in every case text of the corpora the surest finding reaches 0.85 (``SURE`` leaves a margin). A whole text in which nothing
is sure and that shows no sign of anonymisation ("[NAAM]", "Mevrouw A.") is a text about nobody, and its
guesses are ordinary words. A short text (a capture line, one note) and a text with a placeholder or an
initial pseudonym keep every guess: there a single leftover guess is what the guard is for."""

from __future__ import annotations

import re

from .documents import MIN_POLICY_WORDS, WORD_GAP_RE
from .model import Category
from .pseudonyms import USED_LETTER_RE
from .scan import Candidate

# A finding at or above this confidence is one the detector is sure of; below it, a guess.
SURE = 0.8
# A first name from the lists, without context, is found at this confidence.
KNOWN_NAME = 0.75
# "[NAAM]", "[PLAATS]", "[woonplaats]": the text was anonymised by hand or by casetafel.
PLACEHOLDER_RE = re.compile(r"\[[^\[\]\n]{1,40}\]")


def without_lone_guesses(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without its guesses when ``text`` is a whole text (60 words or more) in which no finding
    is sure and no placeholder or initial pseudonym shows that it was anonymised."""
    if not chosen or any(c.confidence >= SURE for c in chosen) or not _whole_and_unmarked(text):
        return chosen
    # A known first name is a person's even as a guess ("Sanne vertelde ..."); what goes are the weaker
    # guesses of places, organisations, ages of anonymous people and capitalised words.
    return [c for c in chosen if c.category is Category.NAAM and c.confidence >= KNOWN_NAME]


def _whole_and_unmarked(text: str) -> bool:
    """A whole text (60 words or more) that no placeholder or initial pseudonym marks as anonymised."""
    return (
        WORD_GAP_RE.subn("", text, count=MIN_POLICY_WORDS)[1] >= MIN_POLICY_WORDS
        and PLACEHOLDER_RE.search(text) is None
        and USED_LETTER_RE.search(text) is None
    )


# "gezin K.", "casus B.", "cliënt M.": a household or client named by a letter (a case text, anonymised).
LETTER_CASE_RE = re.compile(
    r"(?<![\w])(?:gezin|familie|casus|cliënt|client|moeder|vader|zoon|dochter|jongere|bewoner)\s+[A-Z]\.(?!\w)",
    re.IGNORECASE,
)


# What a note about nobody names: towns and organisations ("onderzoek van de Universiteit Utrecht").
NOBODYS = frozenset({Category.PLAATS, Category.INSTELLING})


def without_places_of_nobody(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without its places and organisations when they are all it holds in a whole text (60 words
    or more) that shows no sign of anonymisation: a note on national news ("In Den Haag besloot het
    kabinet", "onderzoek van de Universiteit Utrecht") names towns and bodies but nobody who lives there. A
    case text names its people (by name, age, address or number), speaks of one person or household,
    places someone or shows placeholders; there every place stays."""
    if not chosen or any(c.category not in NOBODYS for c in chosen) or not _whole_and_unmarked(text):
        return chosen
    if LETTER_CASE_RE.search(text) is not None or ONE_PERSON_RE.search(text) is not None:
        return chosen
    if any(PLACING_BEFORE_RE.search(text, max(0, c.start - 40), c.start) for c in chosen):
        return chosen
    return []


# A case text written without names still speaks of one person or household ("een moeder van drie
# kinderen", "haar zoon", "meneer", "het gezin"); a policy note speaks of groups ("ouders", "inwoners").
ONE_PERSON_RE = re.compile(
    r"(?<![\w])(?:(?:een|de|het|zijn|haar|hun|mijn|onze)[ \t]+(?:alleenstaande[ \t]+|jonge[ \t]+|oudere[ \t]+)?"
    r"(?:moeder|vader|zoon|dochter|vrouw|man|jongen|meisje|kind|baby|gezin|cliënt|client|bewoner|bewoonster"
    r"|weduwe|weduwnaar|oma|opa|broer|zus|partner|echtgenote|echtgenoot|buurman|buurvrouw|mantelzorger"
    r"|jongere|tiener|boer|boerin|statushouder|belanghebbende)"
    r"|cliënte|betrokkene|aanvrager|aanvraagster|de[ \t]+heer|meneer|mevrouw|dhr\.|mevr\.|mw\.)(?![\w])",
    re.IGNORECASE,
)
# A town or an organisation that places someone: where they live or come from, who they rent from, owe or
# are a client of ("woont in Dokkum", "huurt bij Woonstichting De Wieren", "schulden bij de Kredietbank").
PLACING_BEFORE_RE = re.compile(
    r"(?<![\w])(?:woon\w*|wonen|woont|verhuis\w*|verblijf\w*|logeer\w*|huurt|huurde|huurder\w*|schuld\w*"
    r"|achterstand\w*|cliënt|client|aangemeld|ingeschreven|opgenomen|werkt|werkte|zit|zat|afkomstig"
    r"|geboren|getogen|opgegroeid|komt[ \t]+uit|kwam[ \t]+uit|kwamen[ \t]+uit|gevlucht)(?![\w])[^.;:!?\n]{0,30}$",
    re.IGNORECASE,
)
