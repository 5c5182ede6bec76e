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
OLD_RE = re.compile(rf"(?<![\w])({SMALL})[ \t]+jaar[ \t]+oud(?![\w])", re.IGNORECASE)
# "de jongste is vier", "Kevin is zes.": the number closes the clause after a copula
COPULA_RE = re.compile(
    rf"(?<![\w])([^\W\d_]+)[ \t]+(?:is|was|wordt|werd)[ \t]+({SMALL})(?=[ \t]*(?:[,;.)]|en[ \t]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# "een zoon van vier", "dochtertje van drie en een baby": a child and "van"
VAN_RE = re.compile(
    rf"(?<![\w])([^\W\d_]+)[ \t]+van[ \t]+({SMALL})(?=[ \t]*(?:[,;.)]|$)|[ \t]+(?:jaar|en|is|was|heeft|had|zit|gaat"
    r"|woont|komt|wil|kan|moet|krijgt|slaapt|speelt|huilt)(?![\w]))",
    re.IGNORECASE | re.MULTILINE,
)
# "een vierjarige", "de zesjarige Kevin", "een negenjarig meisje"; not "een tweejarige opleiding"
JARIG_RE = re.compile(rf"(?<![\w]){SMALL}-?jarig(?:e|en)?(?![\w])", re.IGNORECASE)
NEXT_WORD_RE = re.compile(r"[ \t]*([^\W\d_][\w-]*|[,;.:)]|$)", re.MULTILINE)
VERBS_AFTER = frozenset(
    {
        "en",
        "is",
        "was",
        "heeft",
        "had",
        "gaat",
        "ging",
        "zit",
        "zat",
        "woont",
        "speelt",
        "slaapt",
        "huilt",
        "komt",
    }
    | {"kwam", "wordt", "werd", "kan", "moet", "wil", "mag", "die", "uit", "van", "met", "op", "in", "bij"}
)
TRIGGERS = ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")


def small_word_ages(text: str, folded: str) -> list[Candidate]:
    """``folded`` is ``text.lower()``."""
    if not any(word in folded for word in TRIGGERS):
        return []
    found = []
    if "jarig" in folded:
        for match in JARIG_RE.finditer(text):
            after = NEXT_WORD_RE.match(text, match.end())
            word = after.group(1) if after is not None else ""
            if (
                word in ("", ".", ")")
                or word.lower() in PERSON_WORDS
                or word.lower() in CHILDREN
                or word.lower() in VERBS_AFTER
                or (
                    word[0].isupper()
                    and word.lower() not in NOT_SUBJECTS
                    and "-" not in word
                    and not word.isupper()
                )
            ) and not match.group().lower().endswith("jarigen"):
                found.append(Candidate(match.start(), match.end(), Category.LEEFTIJD, 0.8))
    if "jaar oud" in folded:
        for match in OLD_RE.finditer(text):
            if _about_person(text, match.start()):
                found.append(Candidate(match.start(), match.end(), Category.LEEFTIJD, 0.8))
    if " is " in folded or " was " in folded or " wordt " in folded or " werd " in folded:
        for match in COPULA_RE.finditer(text):
            if match.group(1).lower() in CHILDREN:
                found.append(Candidate(match.start(2), match.end(2), Category.LEEFTIJD, 0.75))
    if " van " in folded:
        for match in VAN_RE.finditer(text):
            if match.group(1).lower() in CHILDREN:
                found.append(Candidate(match.start(2), match.end(2), Category.LEEFTIJD, 0.75))
    return found


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
