"""Ages of young children written out as small number words ("twee" to "twaalf"): "Kevin is vier jaar
oud", "de jongste is vier", "een zoon van vier", "een dochtertje van drie". Small numbers are more often
a count or a duration than an age ("vier jaar getrouwd", "moeder van twee"), so only a child, a named
person or "jaar oud" makes one an age. Used by ``ages``."""

from __future__ import annotations

import re

from .age_words import NOT_SUBJECTS, PERSON_WORDS
from .model import Category
from .scan import Candidate

SMALL = r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
CHILDREN = frozenset(
    {
        "zoon",
        "dochter",
        "kind",
        "jongen",
        "meisje",
        "zoontje",
        "dochtertje",
        "kindje",
        "jongetje",
        "broertje",
        "zusje",
        "broer",
        "zus",
        "kleinzoon",
        "kleindochter",
        "kleinkind",
        "pleegkind",
        "pleegzoon",
        "pleegdochter",
        "stiefzoon",
        "stiefdochter",
        "peuter",
        "kleuter",
        "jongste",
        "oudste",
        "middelste",
        "tweeling",
    }
)
# "Kevin is vier jaar oud": "jaar oud" says age, about a person
SMALL_SPACE_END_RE = re.compile(rf"(?<![\w]){SMALL}[ \t]+\Z")
OLD_TAIL_RE = re.compile(r"jaar[ \t]+oud(?![\w])")
# "de jongste is vier", "een zoon van vier": a child, a copula or "van", then the number closing the clause
SMALL_AT_RE = re.compile(rf"{SMALL}(?![\w])")
WORD_END_RE = re.compile(r"(?<![\w])[^\W\d_]+\Z")
CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,;.)]|en[ \t]|$)", re.MULTILINE)
VAN_AFTER_RE = re.compile(
    r"[ \t]*(?:[,;.)]|$)|[ \t]+(?:jaar(?![ \t]+(?:geleden|later|eerder|terug|lang))|en|is|was|heeft|had|zit"
    r"|gaat|woont|komt|wil|kan|moet|krijgt|slaapt|speelt|huilt)(?![\w])",
    re.IGNORECASE | re.MULTILINE,
)
# "een vierjarige", "de zesjarige Kevin", "een negenjarig meisje"; not "een tweejarige opleiding"
OWNER_BEFORE_RE = re.compile(r"(?<![\w])(?:haar|zijn|hun|mijn|onze|z'n|d'r)[ \t]+\Z", re.IGNORECASE)
DETERMINER_BEFORE_RE = re.compile(
    r"(?<![\w])(?:een|de|het|die|deze|dat|haar|zijn|hun|mijn|onze|z'n|d'r)[ \t]+\Z"
)
SMALL_END_RE = re.compile(rf"(?<![\w]){SMALL}-?\Z")
JARIG_TAIL_RE = re.compile(r"jarig(?:e|en)?(?![\w])")
NEXT_WORD_RE = re.compile(r"[ \t]*([^\W\d_][\w-]*|[,;.:)]|$)", re.MULTILINE)
TRIGGERS = ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")


def small_word_ages(text: str, folded: str) -> list[Candidate]:
    """``folded`` is ``text.lower()``. Each rule is tried where its fixed words stand ("jarig", "jaar oud",
    " is ", " van "), found with ``str.find``, which is much faster than a search with alternatives."""
    if len(folded) != len(text) or not any(word in folded for word in TRIGGERS):
        return []
    found = []
    for at in _all(folded, "jarig"):
        match = SMALL_END_RE.search(folded, max(0, at - 10), at)
        if match is None:
            continue
        end = JARIG_TAIL_RE.match(folded, at)
        if end is None or end.group().endswith("jarigen"):
            continue  # "voor tweejarigen": an age group
        if DETERMINER_BEFORE_RE.search(
            folded, max(0, match.start() - 8), match.start()
        ) and _jarige_of_person(
            text, match.start(), end.end()
        ):  # "een vierjarige", "de zesjarige Kevin"; not "de pilot is tweejarig en loopt tot 2027"
            found.append(Candidate(match.start(), end.end(), Category.LEEFTIJD, 0.8))
    for at in _all(folded, "jaar oud"):
        match = SMALL_SPACE_END_RE.search(folded, max(0, at - 12), at)
        tail = OLD_TAIL_RE.match(folded, at)
        if match is not None and tail is not None and _about_person(text, match.start()):
            found.append(Candidate(match.start(), tail.end(), Category.LEEFTIJD, 0.8))
    for word, after in (
        (" is ", CLAUSE_END_RE),
        (" was ", CLAUSE_END_RE),
        (" wordt ", CLAUSE_END_RE),
        (" werd ", CLAUSE_END_RE),
        (" van ", VAN_AFTER_RE),
    ):
        for at in _all(folded, word):
            number = SMALL_AT_RE.match(folded, at + len(word))
            if number is None or not after.match(text, number.end()):
                continue
            subject = WORD_END_RE.search(folded, max(0, at - 30), at)
            if subject is not None and subject.group() in CHILDREN:
                found.append(Candidate(number.start(), number.end(), Category.LEEFTIJD, 0.75))
    return found


def _all(folded: str, word: str) -> list[int]:
    found = []
    at = folded.find(word)
    while at != -1:
        found.append(at)
        at = folded.find(word, at + 1)
    return found


def _jarige_of_person(text: str, start: int, end: int) -> bool:
    """Not "een vierjarige mag naar school" (anyone of that age, a policy's words)."""
    after = NEXT_WORD_RE.match(text, end)
    word = after.group(1) if after is not None else ""
    lower = word.lower()
    if lower in PERSON_WORDS or lower in CHILDREN or lower == "en":
        return True  # "een negenjarige jongen", "een vierjarige en een zesjarig meisje"
    if word in ("", ".", ")"):
        return OWNER_BEFORE_RE.search(text, max(0, start - 12), start) is not None  # "haar vierjarige."
    return word[0].isupper() and lower not in NOT_SUBJECTS and "-" not in word and not word.isupper()


# after a name the detector found: "Kevin is vier", "Kevin is vier jaar oud", "Noa wordt zes."
AFTER_NAME_RE = re.compile(
    rf"[ \t]+(?:is|was|wordt|werd)[ \t]+(?:nu[ \t]+|pas[ \t]+|bijna[ \t]+)?({SMALL}(?:[ \t]+jaar[ \t]+oud)?)"
    r"(?=[ \t]*(?:[,;.)]|en[ \t]|$))",
    re.IGNORECASE | re.MULTILINE,
)


def small_word_ages_after_names(text: str, names: list[Candidate]) -> list[Candidate]:
    found = []
    for name in names:
        if name.category is Category.NAAM:
            match = AFTER_NAME_RE.match(text, name.end)
            if match is not None:
                found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.75))
    return found


def _about_person(text: str, start: int) -> bool:
    """ "de jongste is vier jaar oud", "zoon, vier jaar oud": a person right before, with a copula or a
    comma or bracket between."""
    before = text[max(0, start - 40) : start]
    stripped = before.rstrip(" \t")
    words = re.findall(r"[^\W\d_]+", before)[-2:]
    if stripped.endswith(("(", ",")):
        return bool(words) and (words[-1].lower() in PERSON_WORDS or words[-1].lower() in CHILDREN)
    if len(words) == 2 and words[1].lower() in ("is", "was", "wordt", "werd"):
        return words[0].lower() in PERSON_WORDS and words[0].lower() not in NOT_SUBJECTS
    return bool(words) and words[-1].lower() in CHILDREN


# "die jongen van nr. 23 is pas 15", "de zoon van de buren is 15", "de dochter van Ahmed is 9": a person
# owned by a house, a family or a name, as the subject of the copula before an age
POSSESSED_RE = re.compile(
    r"(?<![\w])([^\W\d_]+)[ \t]+van[ \t]+(?:(?:de|het|nr\.?|no\.?|\d{1,4}[a-z]?|[A-Z][\w'’-]*|buren|buurvrouw"
    r"|buurman|hiernaast|boven|beneden)[ \t]*){1,3}\Z"
)


def possessed_person(text: str, end: int) -> bool:
    match = POSSESSED_RE.search(text, max(0, end - 50), end)
    return match is not None and (
        match.group(1).lower() in PERSON_WORDS or match.group(1).lower() in CHILDREN
    )
