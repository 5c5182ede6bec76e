"""Ages of small children with a fraction: "jongste 1½", "zoontje is 2,5 jaar", "dochter van anderhalf",
"kinderen (6 en 2½)", "een 2,5-jarige", "anderhalfjarige". The fraction alone says little ("het duurt 1,5 jaar", "anderhalf uur", "1,5 fte");
a person word or name shortly before, or a list of ages in brackets, makes it an age."""

from __future__ import annotations

import re

from .age_words import NOT_AGE_AFTER, NOT_SUBJECTS, PERSON_WORDS
from .ages import GROUP_AFTER_RE
from .caseless import finditer_near
from .model import Category
from .scan import Candidate, TextScan

HALVES = "twee|drie|vier|vijf|zes|zeven|acht|negen|tien"
FRACTION_AGE_RE = re.compile(
    rf"(?<![\w,.])(?:\d{{1,2}}(?:[ \t]?½|,5|\.5|[ \t]1/2)|½|anderhalf|(?:{HALVES})[eë]nhalf"
    rf"|(?:\d|{HALVES})[ \t]+en[ \t]+een[ \t]+half|een[ \t]+half(?=[ \t]+jaar))"
    r"(?:[ \t]+(?:jaar|jr\.?)(?:[ \t]+oud)?|[ \t]?-?[ \t]?jarigen?)?(?![\w½%]|[.,]\d)",
    re.IGNORECASE,
)
CHILD_WORDS = frozenset(
    {
        "jongste",
        "oudste",
        "middelste",
        "zoontje",
        "dochtertje",
        "broertje",
        "zusje",
        "kindje",
        "peuter",
        "kleuter",
        "kleinkind",
        "kleinzoon",
        "kleindochter",
        "tweeling",
        "pleegkind",
        "kind",
    }
)
LIST_WORDS = CHILD_WORDS | {"kinderen"}  # "kinderen van 4 en 1,5 jaar": each child's age
RANGE_AFTER_RE = re.compile(r"[ \t]*[-–][ \t]*\d")
LINK_WORDS = frozenset({"is", "was", "wordt", "van", "nu", "pas", "net", "bijna", "ruim", "inmiddels", "al"})
NOT_AFTER = frozenset(
    {"uur", "uren", "fte", "miljoen", "procent", "keer", "km", "kilo", "euro", "liter", "meter"}
)
WORD_RE = re.compile(r"[^\W\d_]+")
# "Sem (1½)", "dochtertje (2,5 jaar)": in brackets right after a name or a child
NAMED_BRACKET_RE = re.compile(r"([^\W\d_]+)[ \t]*\([ \t]*$")
# "(6 en 2½)", "van 4 en 1,5 jaar": another age before it in the same list
LISTED_RE = re.compile(
    r"(?:\(|(?<![\w])van)[ \t]*\d{1,2}(?:[ \t]*(?:,|en)[ \t]*\d{1,2})*[ \t]*(?:,|en)[ \t]*$"
)


def fraction_ages(scan: TextScan) -> list[Candidate]:
    text = scan.text
    anchors = sorted(_positions(text))
    if not anchors:
        return []
    found = []
    for match in finditer_near(FRACTION_AGE_RE, text, anchors, 30, 30):
        start, end = match.span()
        after = WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
        if after is not None and (
            after.group().lower() in NOT_AFTER or after.group().lower() in NOT_AGE_AFTER
        ):
            continue  # "anderhalf uur", "de 2,5-jarige opleiding"
        if GROUP_AFTER_RE.match(text, end) or RANGE_AFTER_RE.match(text, end):
            continue  # "kinderen van 2,5 tot 4 jaar", "van 1,5 jaar en ouder": a group's limits
        value = match.group().lower()
        if value.endswith(("jarige", "jarigen")) or _about_a_child(scan, start, value):
            found.append(Candidate(start, end, Category.LEEFTIJD, 0.86))
    return found


def _positions(text: str) -> list[int]:
    """Where a fraction is written: "½", ",5", ".5", "1/2" or "half"."""
    found = []
    for mark in ("½", ",5", ".5", "1/2", "half"):
        pos = text.find(mark)
        while pos != -1:
            found.append(pos)
            pos = text.find(mark, pos + 1)
    return found


def _about_a_child(scan: TextScan, start: int, value: str) -> bool:
    text, lists = scan.text, scan.lists
    before = text[max(0, start - 40) : start]
    listed = LISTED_RE.search(before)
    if listed is not None and (
        listed.group().startswith("(")
        or any(w.lower() in LIST_WORDS or w.lower() in PERSON_WORDS for w in WORD_RE.findall(before))
    ):
        return True
    bracket = NAMED_BRACKET_RE.search(before)
    if bracket is not None:
        word = bracket.group(1)
        lower = word.lower()
        if lower in CHILD_WORDS or lower in PERSON_WORDS or lower in lists.first_names:
            return True
        return word[0].isupper() and lower not in lists.dutch_words and lower not in NOT_SUBJECTS
    clause = re.split(r"[.;:!?()\n]", before)[-1]
    words = WORD_RE.findall(clause)[-4:]
    linked = False
    for word in reversed(words):
        lower = word.lower()
        if lower in CHILD_WORDS or lower in PERSON_WORDS:
            return True
        if lower in LINK_WORDS:
            linked = True
            continue
        # "Daan is 2,5 jaar": a name as the subject, with "jaar"
        return (
            linked and word[0].isupper() and lower not in NOT_SUBJECTS and ("jaar" in value or "jr" in value)
        )
    return False
