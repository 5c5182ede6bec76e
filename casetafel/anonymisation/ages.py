"""Exact ages: "37 jaar" when it is an age and not a duration ("is 37 jaar", not "al 37 jaar"),
"37-jarige" and "twintigjarige", "(82)" after a name, "een vrouw van 82" and "hij is 73". Each age
gets a coarse band as its placeholder."""

from __future__ import annotations

import re

from .age_cues import (
    described_person_age,
    english_copula_ages,
    english_word_ages,
    or_pair,
    person_word_ages,
    rounded_word_ages,
)
from .age_english import english_ages
from .age_events import (
    APPROX_BEFORE_RE,
    EVENT_ENDS,
    NOT_AGE_UNIT_RE,
    approximate_age,
    event_age,
    group_of_age,
    not_a_persons_age,
)
from .age_words import AGE_BEFORE, DURATION_BEFORE, NOT_AGE_AFTER, NOT_SUBJECTS, PERIOD_ENDINGS, PERSON_WORDS
from .caseless import CaselessRe, finditer_at, lowered, positions
from .child_ages import possessed_person, small_word_ages
from .model import Category
from .number_words import TEENS as NUMBER_TEENS
from .number_words import TENS, UNITS
from .scan import Candidate

# "37 jaar", "37 jr.", "79 aña" (Papiamento), "81 jaor", "81 jier" (Limburgish, Low Saxon, Frisian), "36 years old"
AGE_JAAR_RE = re.compile(
    r"(\d{1,3})[ \t]?(?:jaar|jr\.?|j\.|j(?![\w])|aña|jaor|joar|jier|years?(?=[ \t]+old))(?:[ \t]+(?:oud|old|âld))?(?![\w])"
)
DIALECT_ENDS = ("jaor", "joar", "jier", "âld")
AGE_MONTHS_RE = re.compile(r"(\d{1,2})[ \t]?(?:maanden|mnd\.?|weken)(?:[ \t]+oud)?(?![\w])")
AGE_JARIGE_RE = re.compile(r"(\d{1,3})[ \t]?-?[ \t]?jarigen?(?![\w])", re.IGNORECASE)
TEENS = {**NUMBER_TEENS, "honderd": 100}
WORD_AGE_RE = CaselessRe(
    r"(?<![\w])((?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
    r"|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|honderd)-?jarigen?(?![\w])",
    re.IGNORECASE,
)
# "dhr. Sjef Pluijmen (tweeëntachtig)": an age written out in brackets after a capitalised name.
WORD_AGE_BRACKETED_RE = re.compile(
    r"\(((?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))\)",
    re.IGNORECASE,
)
# 13 to 99 written out ("eenentwintig", "drieëntachtig"); smaller numbers are too often a duration.
WORD_NUMBER = (
    r"(?:(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
    r"|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)"
)
# "drieëntachtig jaar", "(eenentwintig maanden)": the same context rules as for digits.
WORD_AGE_UNIT_RE = CaselessRe(rf"(?<![\w]){WORD_NUMBER}[ \t]+(?:jaar|maanden)(?:[ \t]+oud)?(?![\w])")
TENS_RE = re.compile(r"ti(?:g|en)")
# "zij is negenenveertig en werkt", "ik ben zestien", "hij is bijna vijftien": a number word alone after a
# copula, about a person.
WORD_AGE_COPULA_RE = CaselessRe(
    rf"(?<![\w])(?:is|was|wordt|werd|ben|bent)[ \t]+(?:(?:net|bijna|pas|nu|inmiddels)[ \t]+)?({WORD_NUMBER})"
    r"(?=[ \t]*(?:[,;.)]|en[ \t]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# "oma van drieëntachtig", "een zoon van zeventien die": a number word after a person and "van".
WORD_AGE_VAN_RE = CaselessRe(
    rf"(?<![\w])([^\W\d_]+)[ \t]+van[ \t]+({WORD_NUMBER})(?=[ \t]*(?:[,;.)]|$)|[ \t]+(?:jaar|en|woont|woonde|is"
    r"|was|heeft|had|zit|zat|gaat|ging|komt|kwam|wil|kan|moet|belt|leeft|krijgt|staat|ligt|die|met|uit)(?![\w]))",
    re.MULTILINE,
)
# "mevrouw Jansen, drieëntachtig, woont": a number word between commas right after a person.
WORD_AGE_AFTER_NAME_RE = re.compile(rf",[ \t]*({WORD_NUMBER})(?:[ \t]+jaar)?(?=[ \t]*[,;)\n])", re.IGNORECASE)
# "Kevin (vier)", "sara (zes jaar)", "Pinas (vijftien, volgens hem ...)": a number word opening a bracket after a name
WORD_AGE_PAREN_RE = re.compile(
    rf"[ \t]*\(((?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)|{WORD_NUMBER})(?:[ \t]+jaar)?[ \t]*[),]",
    re.IGNORECASE,
)
# "(bijna 2)" after a date of birth or a name: a bracket with a word that rounds the age.
QUALIFIED_OPEN_RE = re.compile(
    r"\([ \t]*(?:bijna|ruim|ca\.?|circa|ong\.?|ongeveer|±|rond|eind|begin|midden|half)[ \t]+$", re.IGNORECASE
)
# "Leerling: Jayden Sabajo, klas 2B, leerlingnummer 104732, 14": the last item of the line that
# introduces a person is their age.
LABEL_LINE_AGE_RE = re.compile(
    r"^[ \t]*(?:leerling|cli[eë]nt|client|kind|jongere|bewoner|betrokkene|aanvrager|deelnemer|pati[eë]nt"
    r"|jeugdige|minderjarige|naam)[ \t]*:[ \t]*[A-Z][^\n]*,[ \t]*([1-9]\d?)(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
DIGITS_RE = re.compile(r"\d+")
LEEFTIJD_BEFORE_RE = re.compile(
    r"(?<![\w])(?:leeftijd|lft\.?|age)(?:[ \t]*(?::|van)?|[ \t]+[^\W\d_]+[ \t]*:)[ \t]*$", re.IGNORECASE
)  # "leeftijd: 41", "leeftijd moeder: 41"
# A date of birth with day, month and year right before the brackets.
YEAR_BEFORE_RE = re.compile(
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2}[ \t]+[^\W\d_]{3,9}\.?[ \t]+(?:19|20)\d{2}"
    r"|(?i:geboren|geb\.|geboortejaar:?)[ \t]+(?:in[ \t]+)?(?:19|20)\d{2})[ \t]*\($"  # "geboren 1964 (61)"
)
ARREARS_BEFORE_RE = re.compile(
    r"(?:achterstand|schuld|huur|wachttijd|wachtlijst|looptijd|periode)[^\n(]{0,30}\($", re.I
)
PAREN_CLOSE_RE = re.compile(r"(?:[ \t]?jaar)?\)")
LIST_BEFORE_RE = re.compile(r"[,(][ \t]*$")
# "Buurman, ca. 70,", "moeder, inmiddels 88,": a person word, a comma and a word that rounds or dates the age
QUALIFIED_LIST_RE = re.compile(
    r"([^\W\d_]+)[ \t]*,[ \t]*(?:nu|inmiddels|ca\.?|circa|ongeveer|ong\.?|bijna|ruim|pas|net|±)[ \t]*$",
    re.IGNORECASE,
)
# "Ouders: vader 45, moeder 43": a person word opening an item of a list (after a colon, comma, bracket,
# "en" or a line start) right before the number
HOUSEHOLD_ITEM_RE = re.compile(r"(?:^|[:,;(\n]|(?<![\w])en)[ \t]*[^\W\d_]+[ \t]$")
PRONOUNS = frozenset({"hij", "zij", "ze", "ik", "jij", "u"})
LIST_AFTER_RE = re.compile(r"[ \t]*\+?[ \t]*[),]")  # "meneer, 90+, woont"
# the last characters of a rounding word: a cheap test before APPROX_BEFORE_RE
ROUNDING_ENDS = (
    "ca",
    "ca.",
    "circa",
    "ongeveer",
    "ong",
    "ong.",
    "rond",
    "rond de",
    "begin",
    "midden",
    "eind",
    "bijna",
    "net",
    "ruim",
    "pas",
    "±",
    "zo'n",
    "zo’n",
)
QUALIFIED_ENDS = (*ROUNDING_ENDS, "nu", "inmiddels", "ongeveer")
VAN_BEFORE_RE = re.compile(r"(?<![\w])van[ \t]+$")
COPULA_BEFORE_RE = re.compile(
    r"(?<![\w])(?:is|was|ben|wordt|werd)[ \t]+(?:(?:nu|inmiddels|pas|net|bijna|wel|al|ook|toch|intussen"
    r"|eigenlijk|nog maar|zelf)[ \t]+){0,2}$"
)  # "hij is wel 68", "ze is ook al 90"
# "hij is 68 he", "ze is pas 15 hoor": a word of speech after the age
SPOKEN_AFTER_RE = re.compile(r"[ \t]+(?:he|hè|hé|hoor|toch|joh|nou)(?![\w])", re.IGNORECASE)
# "deelnemers van 18 jaar of ouder": an age limit of a group, not a person's age.
GROUP_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:of|en)[ \t]+(?:ouder|jonger)|tot|t/m|tot[ \t]+en[ \t]+met)(?![\w])", re.IGNORECASE
)  # "van 18 jaar of ouder", "mensen van 18 jaar tot de AOW-leeftijd"
# "15 jaar voor jeugddossiers": a period kept for something; "een jongen van 15 jaar voor wie" is a person.
PERIOD_FOR_RE = re.compile(
    r"[ \t]+voor[ \t]+(?!wie|hem|haar|zich|zijn|het[ \t]+eerst|de[ \t]+eerste)[^\W\d_]", re.I
)
# "hij wordt 18 in maart", "ze werd 40 vorige week": what follows a birthday.
BECOMES_AFTER_RE = re.compile(
    r"[ \t]+(?:in|op|vorige|volgende|deze|dit|dat|morgen|binnenkort|over)(?![\w])", re.IGNORECASE
)
COPULA_AFTER_RE = re.compile(
    r"[ \t]*(?:\+(?![\d])|[,;)]|\.(?!\d)|en(?![\w])|(?:jaar[ \t]+)?geworden(?![\w])|$)", re.MULTILINE
)


ELLIPTIC_OPEN_RE = re.compile(r"(?:^|([.;\n]))[ \t]*(?:[Ii]s|[Ww]as)[ \t]+\Z")
# "58 geworden", "70 jaar geworden": a birthday, whatever stands before the number.
BECAME_AFTER_RE = re.compile(r"[ \t]+(?:jaar[ \t]+)?geworden(?![\w])")
# "ze zijn 58 en 55", "zij zijn 41 en 39 jaar"
PAIR_RE = CaselessRe(
    r"(?<![\w])(?:ze|zij|beiden|beide|ouders)[ \t]+(?:zijn|waren)[ \t]+(?:nu[ \t]+)?(\d{1,3})[ \t]+en[ \t]+(\d{1,3})"
    r"(?=[ \t]*(?:jaar|[,;.)]|$))",
    re.IGNORECASE | re.MULTILINE,
)


# "(m, 45)", "(v/17)", "(45, m)", "(jongen, 12)": sex and age in brackets.
SEX_AGE_RE = re.compile(
    r"\([ \t]*(?:m|v|man|vrouw|jongen|meisje|j|x)[ \t]*[,/][ \t]*(\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\)"
    r"|\([ \t]*(\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?[ \t]*[,/][ \t]*(?:m|v|man|vrouw|jongen|meisje|j|x)[ \t]*\)",
    re.IGNORECASE,
)


def find_ages(text: str, starts: list[int] | None = None) -> list[Candidate]:
    """Ages in ``text``; ``starts`` are the offsets of digit runs (computed when not given)."""
    if starts is None:
        starts = [m.start() for m in DIGITS_RE.finditer(text)]
    found: list[Candidate] = []
    for pos in starts:
        if not text[pos].isdigit():
            continue
        number = DIGITS_RE.match(text, pos)
        if number is None or not plausible_age(number.group()):
            continue
        end = number.end()
        if text[end : end + 1] in (",", ".") and text[end + 1 : end + 2].isdigit():
            continue  # "1,5 jaar": a decimal, an age only about a child (age_fractions)
        before = text[max(0, pos - 40) : pos]
        candidate = _age_at(text, pos, end, before)
        if candidate is None and text.startswith((" of ", " à "), end):
            found.extend(_or_pair_ages(text, pos, end, before))  # "ze is 84 of 85"
        elif candidate is None and "," in before[-12:]:
            candidate = described_person_age(text, pos, end)  # "Vietnamese vrouw, alleen, 78, weigert"
        if candidate is not None:
            found.append(candidate)
    lower = lowered(text)
    spaced = [p for p in starts if text[p - 1 : p] in (" ", "\t")]  # "ze zijn 58 en 55": near a number
    for match in PAIR_RE.near(text, lower, spaced, 40, 20):
        if plausible_age(match.group(1)) and plausible_age(match.group(2)):
            found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.8))
            found.append(Candidate(match.start(2), match.end(2), Category.LEEFTIJD, 0.8))
    for match in finditer_at(SEX_AGE_RE, text, positions(text, "(")) if "(" in text else ():
        group = 1 if match.group(1) else 2
        if plausible_age(match.group(group)):
            found.append(Candidate(match.start(group), match.end(group), Category.LEEFTIJD, 0.85))
    for match in WORD_AGE_BRACKETED_RE.finditer(text) if "tig)" in text else ():
        named = (
            _words_before(text, match.start(), 1) if text[match.start() - 1 : match.start()] == " " else []
        )
        if not named or not named[0][:1].isupper():
            continue
        found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.8))  # "Sjef (tachtig)"
    folded = text.lower() if lower is None else lower
    if "jarig" in folded:  # every match ends in "jarig" or "jarigen", at most 16 letters after its start
        at = positions(folded, "jarig") if lower is not None else ()
        for match in WORD_AGE_RE.near(text, lower, at, 20, 10) if at else WORD_AGE_RE.finditer(text):
            if _next_word(text, match.end()) not in NOT_AGE_AFTER and not _age_group(
                text, match.start(), match.end()
            ):
                found.append(Candidate(match.start(), match.end(), Category.LEEFTIJD, 0.85))
    tens = [m.start() for m in TENS_RE.finditer(folded)]  # every number word from 13 to 99 has one
    if tens:
        for match in WORD_AGE_UNIT_RE.near(text, lower, tens, 60, 40):
            if _word_age_context(text, match.start(), match.end()):
                found.append(Candidate(match.start(), match.end(), Category.LEEFTIJD, 0.8))
    for match in WORD_AGE_VAN_RE.near(text, lower, tens, 90, 40) if tens else ():
        if match.group(1).lower() in PERSON_WORDS:
            found.append(Candidate(match.start(2), match.end(2), Category.LEEFTIJD, 0.75))
    found.extend(rounded_word_ages(text, lower, tens) if tens else ())  # "meneer is rond de tachtig"
    for match in WORD_AGE_COPULA_RE.near(text, lower, tens, 60, 40) if tens else ():
        subject = _words_before(text, match.start(), 1)
        if subject and (
            subject[0].lower() in PERSON_WORDS
            or (subject[0][0].isupper() and len(subject[0]) > 1 and subject[0].lower() not in NOT_SUBJECTS)
        ):  # a name, not an initial that already hides one ("het gezin K. wordt achttien")
            found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.75))
    found.extend(_elliptic_ages(text, found))
    found.extend(small_word_ages(text, folded))
    found.extend(english_ages(text, folded) + english_copula_ages(text, starts) + person_word_ages(text))
    found.extend(english_word_ages(text, folded))  # "aged sixteen", "a fifteen-year-old"
    if ":" in text:
        line_start = 0
        while line_start < len(text):  # tried at the start of each line only
            match = LABEL_LINE_AGE_RE.match(text, line_start)
            if match is not None:
                found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.7))
            line_start = text.find("\n", line_start) + 1
            if not line_start:
                break
    return [c for c in found if not not_a_persons_age(text, c.start, c.end)] if found else found


# "Meneer is 63 jaar, mevrouw 61.", "Tim is 14, zijn zus 11": the next person in the same sentence
ELLIPTIC_AGE_RE = re.compile(
    r"[ \t]*(?:,|en)[ \t]+(?:(?:zijn|haar|hun|de|het)[ \t]+)?([^\W\d_]+)[ \t]+(\d{1,3})"
    r"(?:[ \t]*(?:jaar|jr\.?))?(?=[ \t]*(?:[,.;)\n]|en[ \t]|$))"
)


def _or_pair_ages(text: str, pos: int, end: int, before: str) -> list[Candidate]:
    """Both numbers of "84 of 85" when the first would be an age without "of 85" after it."""
    pair = or_pair(text, end, int(text[pos:end]))
    if pair is None:
        return []
    begin = max(0, pos - 200)
    joined = text[begin:end] + text[pair.end() : pair.end() + 100]
    if _age_at(joined, pos - begin, end - begin, before) is None:
        return []
    return [
        Candidate(pos, end, Category.LEEFTIJD, 0.75),
        Candidate(pair.start(1), pair.end(1), Category.LEEFTIJD, 0.75),
    ]


def _elliptic_ages(text: str, ages: list[Candidate]) -> list[Candidate]:
    found = []
    for age in ages:
        end = age.end
        while (match := ELLIPTIC_AGE_RE.match(text, end)) is not None:
            if match.group(1).lower() not in PERSON_WORDS or not plausible_age(match.group(2)):
                break
            found.append(Candidate(match.start(2), match.end(2), Category.LEEFTIJD, 0.75))
            end = match.end()
    return found


AVERAGE_BEFORE_RE = re.compile(r"(?<![\w])[Gg]emiddeld(?:e)?(?![\w])[^.;:!?\n]*$")
GROUP_COUNTS = frozenset(["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "beide"])


def _age_group(text: str, start: int, end: int) -> bool:
    """A plural without a count ("de 80-jarigen", "veel twintigjarigen") is an age group, no person's age;
    "twee 16-jarigen" are two persons."""
    if not text[start:end].lower().endswith("jarigen"):
        return False
    words = _words_before(text, start, 1)
    return not words or not (words[0].isdigit() or words[0].lower() in GROUP_COUNTS)


def _age_at(text: str, pos: int, end: int, before: str) -> Candidate | None:
    """The age that starts with the digits at ``pos`` (ending at ``end``), if the context says so."""
    previous = before[-1:]
    if previous and (previous.isalnum() or previous in ".-/_"):
        return None  # part of a word, amount, range or code: "NL91", "1.250", "2019-2023"
    if previous == "," and before[-2:-1].isdigit():
        return None
    clause = text[max(0, pos - 80) : pos]
    if "emiddeld" in clause and AVERAGE_BEFORE_RE.search(clause):
        return None  # "de gemiddelde leeftijd is 54 jaar", "gemiddeld 54 jaar oud": a statistic
    jarige = AGE_JARIGE_RE.match(text, pos)
    if jarige is not None:
        if _next_word(text, jarige.end()) in NOT_AGE_AFTER or _age_group(text, pos, jarige.end()):
            return None
        return Candidate(pos, jarige.end(), Category.LEEFTIJD, 0.9)
    months = AGE_MONTHS_RE.match(text, pos)
    if months is not None:
        words = _words_before(text, pos, 2)
        person = bool(words) and words[-1].lower() in PERSON_WORDS
        of_person = len(words) == 2 and words[-1].lower() == "van" and words[0].lower() in PERSON_WORDS
        listed = COPULA_AFTER_RE.match(text, months.end()) is not None
        bracket = before.endswith("(") and not ARREARS_BEFORE_RE.search(
            before
        )  # not "huurachterstand (3 mnd)"
        if months.group().endswith("oud") or (person and listed) or of_person or bracket:
            return Candidate(pos, months.end(), Category.LEEFTIJD, 0.8)  # "baby van 3 maanden"
        return None
    # "hij is op 22 nov 58 geworden", not "het aantal aanmeldingen is 3 geworden"
    if (
        BECAME_AFTER_RE.match(text, end)
        and int(text[pos:end]) > 1
        and any(w.lower() in PERSON_WORDS for w in _words_before(text, pos, 6))
    ):
        return Candidate(pos, end, Category.LEEFTIJD, 0.8)
    approx = None
    if previous in (" ", "(") and before.rstrip(" \t").lower().endswith(ROUNDING_ENDS):
        approx = APPROX_BEFORE_RE.search(before)
    rounded = approximate_age(text, pos, end, before, approx) if approx is not None else None
    if rounded is not None:
        return rounded
    jaar = AGE_JAAR_RE.match(text, pos)
    if jaar is not None:
        if _is_age_context(text, pos, jaar.end()):
            dialect = jaar.group().endswith(DIALECT_ENDS)  # "81 jaor": the number alone, as a reader marks it
            return Candidate(pos, end if dialect else jaar.end(), Category.LEEFTIJD, 0.85)
        return None
    if LEEFTIJD_BEFORE_RE.search(before):
        return Candidate(pos, end, Category.LEEFTIJD, 0.85)
    words = _words_before(text, pos, 2)
    last = words[-1] if words else ""
    if before.endswith("(") and PAREN_CLOSE_RE.match(text, end):
        if YEAR_BEFORE_RE.search(before):  # "geboren 2 mei 1958 (67)"
            return Candidate(pos, PAREN_CLOSE_RE.match(text, end).end() - 1, Category.LEEFTIJD, 0.85)
        if before[:-1].rstrip(" \t")[-1:].isdigit():
            return None  # "in 2019 (12) meldingen": a count after a number, not an age after a name
        if last and (last[0].isupper() or last.lower() in PERSON_WORDS):
            return Candidate(pos, PAREN_CLOSE_RE.match(text, end).end() - 1, Category.LEEFTIJD, 0.85)
        return None
    qualified = QUALIFIED_OPEN_RE.search(before) if "(" in before else None
    if qualified is not None and PAREN_CLOSE_RE.match(text, end):
        head = before[: qualified.start() + 1]  # "geb. 14-03-2024 (bijna 2)", "Defne (ruim 5)"
        if head[:-1].rstrip(" \t")[-1:].isdigit() and not YEAR_BEFORE_RE.search(head):
            return None  # "groep 8 (ca. 30)": a count after a number
        named = _words_before(text, pos - len(before) + qualified.start(), 1)
        person = bool(named) and (named[-1][0].isupper() or named[-1].lower() in PERSON_WORDS)
        if YEAR_BEFORE_RE.search(head) or person:
            return Candidate(pos, PAREN_CLOSE_RE.match(text, end).end() - 1, Category.LEEFTIJD, 0.8)
        return None
    tail = before.rstrip(" \t").lower()
    qualified = QUALIFIED_LIST_RE.search(before) if tail.endswith(QUALIFIED_ENDS) and "," in before else None
    if (
        qualified is not None
        and qualified.group(1).lower() in PERSON_WORDS
        and LIST_AFTER_RE.match(text, end)
    ):
        return Candidate(pos, end, Category.LEEFTIJD, 0.75)  # "Zijn moeder, inmiddels 88, woont"
    if (
        len(last) > 2
        and last.lower() in PERSON_WORDS
        and last.lower() not in PRONOUNS
        and before.endswith(" ")
        and HOUSEHOLD_ITEM_RE.search(before)
        and COPULA_AFTER_RE.match(text, end)
        and not NOT_AGE_UNIT_RE.match(text, end)
        and int(text[pos:end]) > 2  # "zoon 1 en zoon 2": numbers that tell persons apart
    ):
        return Candidate(pos, end, Category.LEEFTIJD, 0.75)  # "Het gezin: moeder 34, zoon 12, dochter 9."
    person_before = bool(last) and (last[0].isupper() or last.lower() in PERSON_WORDS)
    if LIST_BEFORE_RE.search(before) and LIST_AFTER_RE.match(text, end) and person_before:
        return Candidate(pos, end, Category.LEEFTIJD, 0.75)
    van = VAN_BEFORE_RE.search(before) and not NOT_AGE_UNIT_RE.match(text, end)
    if van and len(words) == 2 and words[0].lower() in PERSON_WORDS:
        return Candidate(pos, end, Category.LEEFTIJD, 0.8)
    copula = COPULA_BEFORE_RE.search(before)
    if copula is not None and (
        COPULA_AFTER_RE.match(text, end)
        or SPOKEN_AFTER_RE.match(text, end)
        or (copula.group().startswith(("wordt", "werd")) and BECOMES_AFTER_RE.match(text, end))
    ):
        subject = {w.lower() for w in _words_before(text, pos - len(copula.group()), 2)}
        subject |= {w.lower() for w in words[-1:]}
        named = any(w[:1].isupper() for w in _words_before(text, pos - len(copula.group()), 1))
        # "finsterwolde. is 63, woont alleen": a note that leaves out the subject of a sentence
        opening = ELLIPTIC_OPEN_RE.search(before)
        elliptic = opening is not None and (opening.group(1) is not None or len(before) == pos)
        possessed = possessed_person(text, pos - len(copula.group()))  # "de zoon van de buren is 15"
        if subject & PERSON_WORDS or named or possessed or (elliptic and COPULA_AFTER_RE.match(text, end)):
            return Candidate(pos, end, Category.LEEFTIJD, 0.75)
    if previous == " " and before.rstrip(" \t").lower().endswith(EVENT_ENDS):
        return event_age(text, pos, end, before)
    return None


def age_value(value: str) -> int | None:
    """The age in a matched age text ("37 jaar", "37-jarige", "twintigjarige"), or None."""
    if re.search(r"maand|mnd|weken", value, re.IGNORECASE):
        return 0  # "21 maanden": a baby, whatever the number
    digits = re.search(r"\d{1,3}", value)
    if digits:
        return int(digits.group())
    word = value.lower().replace("-", "")
    word = re.sub(r"(?:jarig(?:e|en)?|[ \t]+jaar(?:[ \t]+oud)?)$", "", word)
    if word in TEENS or word in UNITS:
        return TEENS.get(word) or UNITS[word]
    for tens_word, tens in TENS.items():
        if word.endswith(tens_word):
            head = word[: -len(tens_word)]
            if not head:
                return tens
            for unit_word, unit in UNITS.items():
                if head in (unit_word + "en", unit_word + "ën"):
                    return tens + unit
    return None


def plausible_age(number: str) -> bool:
    return len(number) <= 3 and 0 < int(number) <= 110


def _words_before(text: str, pos: int, count: int) -> list[str]:
    return WORD_RE.findall(text[max(0, pos - 40) : pos])[-count:]


def _next_word(text: str, pos: int) -> str:
    match = WORD_RE.search(text, pos, min(len(text), pos + 30))
    return match.group().lower() if match else ""


def _is_age_context(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    if value.endswith(("oud", "old")):
        return True
    following = _next_word(text, end)
    if following in NOT_AGE_AFTER or GROUP_AFTER_RE.match(text, end) or PERIOD_FOR_RE.match(text, end):
        return False
    stripped_before = text[max(0, start - 3) : start].rstrip(" \t")
    if stripped_before.endswith(("(", ",")):
        return True
    before = _words_before(text, start, 1)
    if not before:
        return False
    word = before[-1].lower()
    if word in DURATION_BEFORE:
        return False
    subject = _words_before(text, start, 2)
    if word == "van" and len(subject) == 2 and subject[0].lower().endswith(("leeftijd", "grens")):
        return False  # "de AOW-leeftijd van 67 jaar": a limit, not a person's age
    if (
        word in ("is", "was", "wordt", "van")
        and len(subject) == 2
        and subject[0].lower().endswith(PERIOD_ENDINGS + ("leeftijdsgrens", "grens"))
    ):
        return False  # "de bewaartermijn is 15 jaar", "een optie van 2 jaar": a period or a limit, not an age
    if word in ("is", "was", "wordt", "ligt", "op") and _limit_subject(text, start):
        return False  # "de leeftijdsgrens voor de korting in het ov is 19 jaar"
    if word in ("van", "vanaf") and group_of_age(text, start):
        return False  # "Jongeren van 17 jaar ontvangen een brief": everyone of that age
    if word in PERSON_WORDS:  # "dochter 5 jr, zoon 3 jaar": a list of the household, not a duration
        # "vrouw 45 jr met drie kinderen": the abbreviation is an age whatever follows
        return COPULA_AFTER_RE.match(text, end) is not None or "jr" in value
    return word in AGE_BEFORE


CLAUSE_START_RE = re.compile(r"[.;:!?\n]")
HYPHENED_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _limit_subject(text: str, start: int) -> bool:
    """The clause before ``start`` is about a limit of a rule ("De leeftijdsgrens voor de korting ...",
    "de AOW-leeftijd ligt op"), not about a person: its words hold a limit, but no plain "leeftijd"."""
    begin = max(0, start - 100)
    clause = text[begin:start]
    cut = max((m.end() for m in CLAUSE_START_RE.finditer(clause)), default=0)
    for word in HYPHENED_WORD_RE.findall(clause[cut:]):
        lower = word.lower()
        if lower.endswith("grens") or (lower.endswith("leeftijd") and lower != "leeftijd"):
            return True
    return False


def _word_age_context(text: str, start: int, end: int) -> bool:
    """A number word with "jaar" is an age only about a person: in brackets or between commas after
    one, right after a person word ("zoon drieëntwintig jaar"), or after "is"/"was"/"wordt" with a
    person or a name as subject ("meneer is drieëntachtig jaar"), never "de wet is vijftig jaar oud"."""
    if _next_word(text, end) in NOT_AGE_AFTER:
        return False
    if any(w.lower().startswith("gemiddeld") for w in _words_before(text, start, 4)):
        return False  # "de gemiddelde cliënt is tweeënveertig jaar": a statistic
    if text[max(0, start - 3) : start].rstrip(" \t").endswith(("(", ",")):
        return True
    words = _words_before(text, start, 2)
    if not words:
        return False
    last = words[-1].lower()
    if last in PERSON_WORDS:
        return True
    if last in ("is", "was", "wordt", "werd", "ben", "bent") and len(words) == 2:
        subject = words[0]  # "ik ben eenenzestig jaar", "meneer is drieëntachtig jaar"
        return subject.lower() in PERSON_WORDS or (
            subject[0].isupper() and len(subject) > 1 and subject.lower() not in NOT_SUBJECTS
        )
    return False


AGE_AFTER_ADDRESS_RE = re.compile(r",[ \t]*([1-9]\d)(?=[ \t]*[,;)\n])")


def ages_after_addresses(text: str, addresses: list[Candidate]) -> list[Candidate]:
    """ "hatice demir, neckardreef 112, 66, buurvrouw belt": two digits between commas right after a
    person's street address are their age."""
    found = []
    for address in addresses:
        if address.category is not Category.ADRES:
            continue
        match = AGE_AFTER_ADDRESS_RE.match(text, address.end)
        if match is not None:
            found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.7))
    return found
