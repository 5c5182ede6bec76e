"""Ages told by the person word right before them rather than by "jaar": a number word in brackets or
between commas after a person or a pronoun ("Hij (elf) was", "zusje (eleven)", "De jongen, vijftien,
zit"), a person described by a list of short items that ends in a bare number ("Vietnamese vrouw, alleen,
78, weigert hulp"), an English copula ("he is 16 and"), an uncertain pair ("ze is 84 of 85") and the
second age that rounds the first ("15, bijna 16"). Counts ("kinderen (drie)"), durations and amounts are
not about one person and stay unmarked. Used by ``ages`` and the detector."""

from __future__ import annotations

import re
from collections.abc import Callable

from .age_english import NEXT_WORD_RE
from .age_english import PERSONS as ENGLISH_PERSONS
from .age_words import NOT_SUBJECTS, PERSON_WORDS
from .caseless import CaselessRe
from .child_ages import CHILDREN
from .model import Category
from .number_words import TEENS, TENS, UNITS
from .scan import Candidate

_UNITS = tuple(UNITS)
_TENS = tuple(TENS)
_TEENS = tuple(TEENS)
_EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen")
# the number words from two to ninety-nine, in Dutch and in English (mixed notes): "elf", "drieëntachtig",
# "eleven", "forty-two"
NUMBER_WORDS = frozenset(
    [*_UNITS[1:], *_TEENS, *_TENS, *_EN_UNITS[1:], *_EN_TEENS, "nineteen", *_EN_TENS]
    + [f"{unit}{joint}{tens}" for unit in _UNITS for tens in _TENS for joint in ("en", "ën")]
    + [f"{tens}-{unit}" for unit in _EN_UNITS for tens in _EN_TENS]
)
# "(elf)", "(eleven)", "(vijftien, volgens hem ...)", ", vijftien,": one word alone in its bracket or
# between commas, or opening a bracket; it is an age when it is a number word
WORD_IN_LIST_RE = re.compile(  # possessive: a word that is not followed by the closer is given up at once
    r"[(,][ \t]*+([^\W\d_]++(?:-[^\W\d_]++)?+)(?:[ \t]++(?i:jaar|jr\.?|years?))?+[ \t]*+([),;])"
)
WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t]*\Z")
PERSONS = PERSON_WORDS | CHILDREN


def person_word_ages(text: str) -> list[Candidate]:
    """A number word in brackets or between commas right after a person word or a pronoun."""
    if "(" not in text and "," not in text:
        return []
    found = []
    for match in WORD_IN_LIST_RE.finditer(text):
        if match.group(1).lower() not in NUMBER_WORDS:
            continue
        opener = text[match.start()]
        before = WORD_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
        if before is None or before.group(1).lower() not in PERSONS:
            continue
        if opener == "," and match.group(2) == ")":
            continue  # "De jongen, vijftien, zit": between two commas
        found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.75))
    return found


# "he is 16 and cares for mum", "I'm 81", "my sister is 11": the English copula after a person
ENGLISH_BEFORE_RE = re.compile(
    r"(?<![\w])(?:(?i:he|she|i)(?:[ \t]+(?:is|was|am|turned)|'s|'m|’s|’m)|(?:son|daughter|sister|brother|mum"
    r"|mom|dad|mother|father|grandmother|grandfather|girl|boy|child)[ \t]+(?:is|was|turned))[ \t]+\Z"
)
ENGLISH_VERB_ENDS = ("is ", "was ", "am ", "turned ", "'s ", "'m ", "’s ", "’m ")
ENGLISH_AFTER_RE = re.compile(r"\d{1,3}(?=[ \t]*(?:[,;.)]|$|and[ \t]|but[ \t]|now[ \t]))", re.MULTILINE)


def english_copula_ages(text: str, starts: list[int]) -> list[Candidate]:
    """``starts`` are the offsets of the runs of digits in ``text``."""
    found = []
    for pos in starts:
        if not text.endswith(ENGLISH_VERB_ENDS, max(0, pos - 7), pos):
            continue
        number = ENGLISH_AFTER_RE.match(text, pos)
        if number is None or not 0 < int(number.group()) <= 110:
            continue
        if ENGLISH_BEFORE_RE.search(text, max(0, pos - 24), pos) is not None:
            found.append(Candidate(pos, number.end(), Category.LEEFTIJD, 0.75))
    return found


# "Vietnamese vrouw, alleen, 78, weigert hulp": a clause that opens with a person and goes on with short
# items between commas, the number being one of them (a rounding word before it allowed)
ITEM_RE = re.compile(r"[ \t]*([^\W\d_][^,;:.!?()\n\d]{0,40}?)[?!]?[ \t]*,")
ROUNDED_RE = re.compile(r"(?:(?:ca\.?|circa|ong\.?|ongeveer|±|rond|bijna|ruim)[ \t]*)?\Z", re.IGNORECASE)
CLAUSE_OPEN_RE = re.compile(r"(?:^|[.:;(\n])[ \t]*(?:[-•*][ \t]*)?", re.MULTILINE)
NUMBER_NEXT_RE = re.compile(r"[ \t]*[,;][ \t]*\d")
LIST_END_RE = re.compile(r"[ \t]*(?:,|;|\)|\.(?!\d)|\n|$)")


def described_person_age(text: str, pos: int, end: int) -> Candidate | None:
    """The number at ``pos``-``end`` closes an item of a comma list whose first item ends in a person word;
    the items between are at most three words each, without digits."""
    if not LIST_END_RE.match(text, end) or NUMBER_NEXT_RE.match(text, end):
        return None  # "jongere, kwetsbaar, 18, 23 jaar": numbers of a range or a group
    begin = max(0, pos - 120)
    head = text[begin:pos]
    rounded = ROUNDED_RE.search(head)
    head = head[: rounded.start()].rstrip(" \t") if rounded is not None else head.rstrip(" \t")
    if not head.endswith(","):
        return None
    opens = [m.end() for m in CLAUSE_OPEN_RE.finditer(head)]
    if not opens:
        return None
    at = opens[-1]
    items = []
    while at < len(head):
        item = ITEM_RE.match(head, at)
        if item is None:
            return None
        items.append(item.group(1).split())
        at = item.end()
    if not items or len(items) > 4 or any(len(words) > 3 for words in items):
        return None
    person = items[0][-1].lower() if items[0] else ""
    if person not in PERSONS or person in ("hij", "zij", "ze", "ik", "u", "jij"):
        return None
    if end - pos == 1 and person not in CHILDREN:
        return None  # one digit only about a child: "moeder, alleen, 2," is more likely a count
    return Candidate(pos, end, Category.LEEFTIJD, 0.75)


# "ze is 84 of 85": an estimate of one age by two numbers close together
OR_PAIR_RE = re.compile(r"[ \t]+(?:of|à)[ \t]+(\d{1,3})(?![\w]|[.,]\d)")


def or_pair(text: str, end: int, first: int) -> re.Match[str] | None:
    """The second number of "84 of 85" after the first (ending at ``end``), when it is one to five more."""
    match = OR_PAIR_RE.match(text, end)
    if match is None or not 0 < int(match.group(1)) - first <= 5:
        return None
    return match


# "Jay (vijftien, volgens hem "bijna 16")", "hij is 15, bijna 16": a second number that rounds the first
COMPANION_RE = re.compile(
    r"[^.;:!?()\n]{0,30}?(?<![\w])(?:bijna|binnenkort|straks|nearly|almost)[ \t]+[\"'“‘]?(\d{1,3})(?![\w]|[.,]\d)",
    re.IGNORECASE,
)


def companion_ages(text: str, ages: list[Candidate], value: Callable[[str], int | None]) -> list[Candidate]:
    """``value`` reads the age of a matched age text (``ages.age_value``)."""
    found = []
    for age in ages:
        if age.category is not Category.LEEFTIJD:
            continue
        match = COMPANION_RE.match(text, age.end)
        if match is None:
            continue
        years = value(text[age.start : age.end])
        if years is not None and 0 < int(match.group(1)) - years <= 1:
            found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, age.confidence))
    return found


# "meneer is rond de tachtig", "een man van in de zeventig", "moeder (eind zestig)", "hij is begin twintig":
# a rounded age in words after a copula, "van" or a bracket, about a person; not "begin zestig verhuisd"
ROUNDED_WORD_RE = CaselessRe(
    r"(?:(?<![\w])(?:is|was|ben|bent|lijkt|wordt|werd|van)[ \t]+|\([ \t]*)(?:(ongeveer|ca\.?|circa"
    r"|zo['’]n|rond(?:[ \t]+de)?|bijna|ruim|over[ \t]+de)|begin|midden|eind|halverwege"
    r"|(?:ergens[ \t]+|ver[ \t]+|achter[ \t]+)?in[ \t]+de)"
    rf"[ \t]+((?:{'|'.join(_UNITS)}[eë]n)?(?:{'|'.join(_TENS)}))(?:[ \t]+jaar)?"
    r"(?=[ \t]*(?:[,;.)]|$)|[ \t]+(?:en|die|met|uit)(?![\w]))",
    re.MULTILINE,
)


def rounded_word_ages(text: str, lower: str | None, tens: list[int]) -> list[Candidate]:
    """``tens`` are the offsets of "tig" and "tien" in the lower-cased text (every tens word has one)."""
    found = []
    for match in ROUNDED_WORD_RE.near(text, lower, tens, 60, 40):
        cue = match.start()
        subject = WORD_BEFORE_RE.search(text, max(0, cue - 30), cue)
        word = subject.group(1) if subject is not None else ""
        if "emiddeld" in text[max(0, cue - 40) : cue]:
            continue  # "de gemiddelde cliënt is begin vijftig": a statistic
        named = word[:1].isupper() and len(word) > 1 and word.lower() not in NOT_SUBJECTS
        # "ruim dertig", "(ongeveer twintig)" round a count as often as an age: only after a person word;
        # "begin twintig", "in de zeventig" are the decades of a life: after a name too
        decade = match.group(1) is None and text[cue] != "("
        if word.lower() in PERSONS or (named and decade):
            found.append(Candidate(match.start(2), match.end(2), Category.LEEFTIJD, 0.75))
    return found


# "aged sixteen", "a sixteen-year-old", "his fifteen year old son": an English age in words, looked for at
# its fixed letters ("aged", "year") and read back from there
AGED_WORD_RE = re.compile(r"(?<![\w])aged[ \t]+([a-z]+(?:-[a-z]+)?)(?![\w-])")
YEAR_OLD_WORD_RE = re.compile(r"years?[ \t]?-?[ \t]?old(?![\w])")
WORD_BEFORE_YEAR_RE = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)?)[ \t]?-?[ \t]?\Z")


def english_word_ages(text: str, folded: str) -> list[Candidate]:
    """``folded`` is ``text.lower()``."""
    if len(folded) != len(text):
        return []
    found = [
        Candidate(m.start(1), m.end(1), Category.LEEFTIJD, 0.8)
        for m in (AGED_WORD_RE.finditer(folded) if "aged" in folded else ())
        if m.group(1) in NUMBER_WORDS
    ]
    for match in YEAR_OLD_WORD_RE.finditer(folded) if "year" in folded else ():
        word = WORD_BEFORE_YEAR_RE.search(folded, max(0, match.start() - 20), match.start())
        if word is None or word.group(1) not in NUMBER_WORDS:
            continue
        after = NEXT_WORD_RE.match(folded, match.end())
        noun = after.group(1) if after is not None else ""
        if noun and noun not in ENGLISH_PERSONS and noun.rstrip("s") not in ENGLISH_PERSONS:
            continue  # "a twelve-year-old programme"
        found.append(Candidate(word.start(1), match.end(), Category.LEEFTIJD, 0.8))
    return found
