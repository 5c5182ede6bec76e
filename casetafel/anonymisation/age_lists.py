"""Ages in lists: the ages of a household's children after their number ("drie kinderen van 17, 13 en
7", "Kinderen: twee, 9 en 6 jaar", "haar zonen (4 en 7)"), and the age that closes the line of a roster
that starts with a person ("1. Emre Yilmaz, 3 havo, lln.nr 204518, 15."). Used by ``ages``."""

from __future__ import annotations

import re

from .lists import WordLists
from .model import Category
from .number_words import TEENS, UNITS
from .scan import Candidate

COUNTS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8}
COUNT = r"(?:twee|drie|vier|vijf|zes|zeven|acht|[2-8])"
PLURAL_PERSONS = (
    r"(?:kinderen|kids|zonen|zoons|dochters|jongens|meisjes|meiden|broers|zussen|zusjes|broertjes|zoontjes"
    r"|dochtertjes|kleinkinderen|pleegkinderen|stiefkinderen|tieners|pubers)"
)
# The list of two or more ages ("17, 13 en 7"), then the count or a possessive before a plural of persons
# right before it: "drie kinderen van 17, 13 en 7", "haar kinderen (9 en 6)", "Kinderen: twee, 9 en 6
# jaar". A group without a count or an owner ("voor kinderen van 4 en 5 jaar") is an age limit, not a
# household; "van 12 tot 18" is a range.
AGES_LIST_RE = re.compile(  # the first digit first, then what lies before it: ``re`` skips to digits fast
    r"\d(?<![\w.,/-]\d)\d?(?:[ \t]*,[ \t]*\d{1,2})*[ \t]*(?i:en|&)[ \t]*\d{1,2}"
    r"(?![\w]|[.,]\d|(?i:[ \t]*(?:jaar|jr\.?))?[ \t]*(?i:tot|t/m|-|euro|procent|%|uur|keer|maanden|weken|dagen|x)"
    r"(?![\w]))"
)
HOUSEHOLD_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:(?P<count>{COUNT})[ \t]+(?:(?:jonge|kleine|eigen|minderjarige|thuiswonende)[ \t]+)?"
    rf"|(?P<owner>haar|zijn|hun|d'r|mijn|onze|z'n|heeft|hebben|had|hadden)[ \t]+(?:(?P<owned>{COUNT})[ \t]+)?)?"
    rf"{PLURAL_PERSONS}(?:[ \t]*:[ \t]*(?P<listed>{COUNT})[ \t]*,?)?"
    r"(?:[ \t]+(?:van|zijn|waren)|[ \t]*[,:(])?[ \t]*$",
    re.IGNORECASE,
)
AGE_ITEM_RE = re.compile(r"\d{1,2}")
# sons and daughters belong to a household; a group an age limit names is "kinderen" or "jongeren"
GENDERED_RE = re.compile(
    r"(?:zonen|zoons|dochters|broers|zussen|zusjes|broertjes|zoontjes|dochtertjes)(?![\w])", re.IGNORECASE
)


LIST_HEAD_RE = re.compile(r"(?<![\w.,/-])\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*[ \t]*$")


def _age_lists(text: str, folded: str) -> list[re.Match[str]]:
    """What ``AGES_LIST_RE.finditer(text)`` finds, looked for only where a digit stands before " en "."""
    found: list[re.Match[str]] = []
    done = 0
    for joint in (" en ", " & "):
        at = folded.find(joint)
        while at != -1:
            if at > done and text[at - 1].isdigit() and len(folded) == len(text):
                head = LIST_HEAD_RE.search(text, max(0, at - 30), at)
                listed = AGES_LIST_RE.match(text, head.start()) if head is not None else None
                if listed is not None:
                    found.append(listed)
                    done = listed.end()
            at = folded.find(joint, at + 1)
    return found


# "kinderen (15, 12, 8)": the ages in brackets right after the plural, without a count
BRACKET_AGES_RE = re.compile(
    r"\(([ \t]*\d{1,2}(?:[ \t]*(?:,|en|&)[ \t]*\d{1,2})+)(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\)", re.IGNORECASE
)
PLURAL_BEFORE_RE = re.compile(  # after a list mark, an owner or a count: "moeder (41), kinderen (15, 12, 8)"
    rf"(?:^|[:,;\n(]|(?<![\w])(?:en|de|haar|zijn|hun|d'r|z'n|mijn|met|{COUNT}))[ \t]*{PLURAL_PERSONS}[ \t]*$",
    re.IGNORECASE,
)


def _bracketed_ages(text: str) -> list[Candidate]:
    found = []
    at = text.find("(")
    while at != -1:
        match = BRACKET_AGES_RE.match(text, at)
        if match is not None and PLURAL_BEFORE_RE.search(text, max(0, at - 25), at):
            ages = list(AGE_ITEM_RE.finditer(text, match.start(1), match.end(1)))
            if all(0 < int(age.group()) <= 30 for age in ages):
                found.extend(Candidate(age.start(), age.end(), Category.LEEFTIJD, 0.8) for age in ages)
        at = text.find("(", at + 1)
    return found


# "twee kinderen van vier en zes", "haar zonen van drie, vijf en negen": a household's ages written out
AGE_WORDS = {"één": 1, **UNITS, **TEENS}
AGE_WORD = rf"(?:{'|'.join(AGE_WORDS)})"
WORD_AGES_LIST_RE = re.compile(
    rf"(?<![\w]){AGE_WORD}(?:[ \t]*,[ \t]*{AGE_WORD})*[ \t]+(?:en|&)[ \t]+{AGE_WORD}(?![\w])"
    r"(?!(?:[ \t]+jaar)?[ \t]*(?:tot|t/m|-|euro|procent|%|uur|keer|maanden|weken|dagen|x)(?![\w]))",
    re.IGNORECASE,
)
WORD_LIST_HEAD_RE = re.compile(rf"(?<![\w]){AGE_WORD}(?:[ \t]*,[ \t]*{AGE_WORD})*[ \t]+\Z", re.IGNORECASE)
AGE_WORD_ITEM_RE = re.compile(rf"(?<![\w]){AGE_WORD}(?![\w])", re.IGNORECASE)


def _word_age_lists(text: str, folded: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    done = 0
    at = folded.find(" en ")
    while at != -1:
        word_start = at
        while word_start > 0 and folded[word_start - 1].isalpha():
            word_start -= 1
        if at > done and len(folded) == len(text) and folded[word_start:at] in AGE_WORDS:
            head = WORD_LIST_HEAD_RE.search(text, max(0, at - 60), at + 1)
            listed = WORD_AGES_LIST_RE.match(text, head.start()) if head is not None else None
            if listed is not None:
                found.append(listed)
                done = listed.end()
        at = folded.find(" en ", at + 1)
    return found


def household_ages(text: str, folded: str) -> list[Candidate]:
    """The ages listed after a counted or owned plural of persons; ``folded`` is ``text.lower()``."""
    if not any(
        word in folded
        for word in (
            "kind",
            "zon",
            "zoons",
            "docht",
            "jongens",
            "meisjes",
            "meiden",
            "broer",
            "zus",
            "kids",
            "tieners",
            "pubers",
        )
    ):
        return []
    found = _bracketed_ages(text)
    for listed in _age_lists(text, folded) + _word_age_lists(text, folded):
        match = HOUSEHOLD_BEFORE_RE.search(text, max(0, listed.start() - 60), listed.start())
        if match is None:
            continue
        items = AGE_ITEM_RE if listed.re is AGES_LIST_RE else AGE_WORD_ITEM_RE
        ages = list(items.finditer(text, listed.start(), listed.end()))
        count = match.group("count") or match.group("listed") or match.group("owned")
        if count is not None:
            number = COUNTS.get(count.lower()) or int(count)
            if number != len(ages):
                continue  # "drie kinderen van 4 en 5": the count does not fit the list
        elif match.group("owner") is None and not GENDERED_RE.search(match.group()):
            continue  # "voor kinderen van 4 en 5 jaar": an age limit; "dochters van 17 en 14": a household
        if any(not 0 < (AGE_WORDS.get(age.group().lower()) or int(age.group())) <= 30 for age in ages):
            continue  # children's ages; "twee zonen van 34 en 36" is found by other rules or not at all
        found.extend(Candidate(age.start(), age.end(), Category.LEEFTIJD, 0.8) for age in ages)
    return found


# After a person opening a line: short items separated by commas, and a bare number closing the item
# list ("Emre Yilmaz, 3 havo, lln.nr 204518, 15. Verzuim ...").
ROSTER_TAIL_RE = re.compile(
    r"(?:[ \t]*,[ \t]*(?:[^,;:\n.()]|\.(?=\S)){1,30}?){1,4}?[ \t]*,[ \t]*([1-9]\d?)(?:[ \t]*(?:jaar|jr\.?))?"
    r"(?=[ \t]*(?:[,;)\n]|$|\.(?!\d)))"
)
LINE_OPENING_RE = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-•*–])[ \t]*)?")


def roster_ages(text: str, names: list[Candidate]) -> list[Candidate]:
    """The age that closes the comma list after a name opening its line."""
    found = []
    for name in names:
        line_start = text.rfind("\n", 0, name.start) + 1
        opening = LINE_OPENING_RE.match(text, line_start)
        if opening is None or opening.end() != name.start:
            continue
        match = ROSTER_TAIL_RE.match(text, name.end)
        if match is not None:
            found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.75))
    return found


# "kind: rahaf al-hamwi (10), groep 6", "zoon: mo (14)": a note's line that opens with one person and a
# colon, a name in lower case and a number in brackets after it
LABEL_BRACKET_RE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?:kind|zoon|dochter|moeder|vader|broer|zus|zusje|broertje|cli[eë]nt|jongere"
    r"|leerling|betrokkene|bewoner|partner|oma|opa|pleegkind|stiefvader|stiefmoeder|baby|jeugdige)[ \t]*:[ \t]*"
    r"((?:[^\W\d_][\w'’.-]*[ \t]+){0,3}[^\W\d_][\w'’-]*)[ \t]*\([ \t]*([1-9]\d?)[ \t]*(?:jaar|jr\.?)?[ \t]*\)",
    re.IGNORECASE,
)
PARTICLE_WORDS = frozenset(
    {"el", "al", "van", "de", "der", "den", "ter", "ten", "bin", "ben", "abu", "da", "dos"}
)


def label_line_ages(text: str, lists: WordLists) -> list[Candidate]:
    """The bracketed number after the name that a person label opens a line with; the words before the
    brackets hold a name (a word no dictionary knows or a known first name or surname), not a count of
    things ("cliënt: verzuim (12)")."""
    found = []
    line_start = 0
    while True:  # tried at the start of each line only
        match = LABEL_BRACKET_RE.match(text, line_start)
        if match is not None:
            words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", match.group(1))]
            named = any(
                w in lists.first_names or w in lists.surnames or (w not in lists.dutch_words and len(w) > 2)
                for w in words
                if w not in PARTICLE_WORDS
            )
            common = any(
                (w in lists.common_words or w in lists.stop_words)
                and w not in lists.first_names
                and w not in lists.surnames
                for w in words
                if w not in PARTICLE_WORDS
            )
            if named and not common:
                found.append(Candidate(match.start(2), match.end(2), Category.LEEFTIJD, 0.8))
        line_start = text.find("\n", line_start) + 1
        if not line_start:
            break
    return found
