"""Numbers written as words, as speech recognition and dictation type them: a phone number read digit
by digit ("nul zes twee twee ..."), in pairs ("nul vijf acht, twaalf vierendertig ...") or both; a
client or file number after its label ("klantnummer twee vijf nul vier"); a date with a number word
("dinsdag veertien oktober", "de eenendertigste mei"); a house number after a street ("brink zeven
zweeloo", "woont op de Kerkstraat drieëntwintig"). A count ("twee kinderen", "om zeven uur") is none
of these: a phone number starts with "nul" and has ten digits, a reference needs its label and four
digits, a date its month, a house number its street and an address cue or a town after it."""

from __future__ import annotations

import re
from bisect import bisect_left

from .caseless import CaselessRe, caseless_twin, finditer_near
from .model import Category
from .number_words import TEENS as TEEN_VALUES
from .number_words import TENS as TEN_VALUES
from .number_words import UNITS as UNIT_VALUES
from .scan import Candidate, TextScan
from .street_words import ADDRESS_LABELS, BARE_STREET_SUFFIXES, BARE_STREETS, RESIDENCE_WORDS

UNITS = tuple(UNIT_VALUES)
DIGITS = {"nul": 0, "één": 1, "eén": 1, **{word: value for value, word in enumerate(UNITS, 1)}}
TEENS = tuple(TEEN_VALUES)
TENS = tuple(TEN_VALUES)
_UNIT = "|".join(UNITS)
_TEN = "|".join(TENS)
# 0-99 in words, longest forms first: "drieëntwintig", "achttien", "acht"
NUMBER_WORD = rf"(?:(?:{_UNIT})[eë]n(?:{_TEN})|{_TEN}|{'|'.join(TEENS)}|nul|één|eén|{_UNIT})"
RUN_RE = CaselessRe(rf"(?<![\w-]){NUMBER_WORD}(?:(?:[ \t]*[,-])?[ \t]+{NUMBER_WORD})*(?![\w-])")
WORD_RE = re.compile(r"[^\W\d_]+")
# The label of a number that identifies a person or a file, right before it.
REFERENCE_CUE_RE = re.compile(
    r"(?<![\w])(?:[^\W\d_]*nummer|nr\.?|kenmerk|referentie|bsn|burgerservicenummer)[ \t]*(?:is|:)?[ \t]*$",
    re.IGNORECASE,
)
PHONE_CUE_RE = re.compile(
    r"(?<![\w])(?:bel|bellen|belt|gebeld|bereikbaar|telefoon|telefoonnummer|tel\.?|mobiel|nummer|op)"
    r"(?:[ \t]+(?:op|via|is|naar))?[ \t:]*$",
    re.IGNORECASE,
)
PLUS_BEFORE_RE = re.compile(r"(?<![\w])(?:plus|\+)[ \t]*$", re.IGNORECASE)
MONTH_NAMES = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# "di veertien okt.": abbreviated in a note, with its dot or at the end of the clause
SHORT_MONTHS = "febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec"
WEEKDAY_NAMES = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo"
_ORDINAL_UNITS = "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende"
DAY_WORD = (
    rf"(?:(?:{_UNIT})[eë]ntwintig(?:ste)?|eenendertig(?:ste)?|twintig(?:ste)?|dertig(?:ste)?"
    rf"|(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)(?:de|ste)?"
    rf"|{_ORDINAL_UNITS}|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen)"
)
# "dinsdag veertien oktober", "de eenendertigste mei", "achtentwintig oktober tweeduizend vijfentwintig"
SPOKEN_DATE_RE = CaselessRe(
    rf"(?<![\w-])(?:(?:{WEEKDAY_NAMES})[ \t]+(?:de[ \t]+)?)?{DAY_WORD}[ \t]+(?:(?:{MONTH_NAMES})(?![\w-])"
    rf"|(?:{SHORT_MONTHS})(?=\.|[ \t]*(?:[,;:)\n]|$)))"
    rf"(?:[ \t]+(?:tweeduizend(?:[ \t]*{NUMBER_WORD})?|(?:negentienhonderd|negentien|twintig)[ \t]*{NUMBER_WORD})"
    r"(?![\w-]))?"
)
_DOT = r"[ \t]+(?:punt|streepje|liggend[ \t]+streepje|underscore|dot)[ \t]+"
SPOKEN_EMAIL_RE = re.compile(
    rf"(?<![\w])[^\W_]+(?:{_DOT}[^\W_]+)*[ \t]+apenstaartje[ \t]+[^\W_]+(?:[ \t]+(?:punt|dot)[ \t]+[^\W_]+)+"
    r"(?![\w])"
)
SPACED_DIGITS_RE = re.compile(r"0 [1-9](?: \d){8}(?![\w,.]|[ \t]\d)")
DATA_CUES = frozenset({"postcode", "geboren", "geboortedatum"})
POSTCODE_LETTERS_RE = re.compile(r"[ \t]+(?:[a-zA-Z][ \t]?[a-zA-Z])(?![\w])")
SPOKEN_YEAR_RE = CaselessRe(
    rf"[ \t]+(?:tweeduizend(?:[ \t]*{NUMBER_WORD})?|(?:negentienhonderd|negentien|twintig)[ \t]*{NUMBER_WORD})"
    r"(?![\w-])"
).regex
WEEKDAY_START_RE = re.compile(rf"(?:{WEEKDAY_NAMES})[ \t]", re.IGNORECASE)
NUMBER_WORDS = frozenset(
    ["nul", "één", "eén", *UNITS, *TEENS, *TENS]
    + [unit + link + tens for unit in UNITS for link in ("en", "ën") for tens in TENS]
)
MONTH_SET = frozenset(MONTH_NAMES.split("|") + SHORT_MONTHS.split("|"))
CUE_WORDS = frozenset({"nr", "kenmerk", "referentie", "bsn", "plus", "postcode", "geboren", "geboortedatum"})
STREET_ENDS = tuple(BARE_STREETS) + BARE_STREET_SUFFIXES
UNIT_AFTER_RE = re.compile(
    r"[ \t]+(?:uur|jaar|keer|dagen|weken|maanden|minuten|kinderen|personen|mensen|euro|procent|kilo|km)(?![\w])",
    re.IGNORECASE,
)
ADDITION_RE = re.compile(r"[ \t]+[a-hA-H](?![\w'’-])")
# What may follow a house number: the end of the line or clause, or a town
CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,.;:)\n]|$)")
ADDRESS_PREPOSITIONS = frozenset({"op", "aan", "naar"})


def find_spoken_numbers(scan: TextScan) -> list[Candidate]:
    """Tried only at number words that can open a phone number or a reference, after a street word,
    and at month names: one pass over the tokens."""
    text, tokens = scan.text, scan.tokens
    found: list[Candidate] = []
    starts: list[int] | None = None
    prev = ""
    folded: str | None = None
    regex = SPOKEN_DATE_RE.regex
    for k, token in enumerate(tokens):
        lower = token.lower
        if lower in MONTH_SET:
            if folded is None:  # the lower-cased text when it keeps the offsets (much faster to search)
                lower_text = caseless_twin(text)
                regex = SPOKEN_DATE_RE.compiled(lower_text)
                folded = text if lower_text is None else lower_text
            for match in regex.finditer(folded, max(0, token.start - 45), token.end + 60):
                if match.start() <= token.start and token.end <= match.end():
                    weekday = WEEKDAY_START_RE.match(text, match.start()) is not None
                    found.append(
                        Candidate(match.start(), match.end(), Category.DATUM, 0.85 if weekday else 0.8)
                    )
        elif lower in NUMBER_WORDS and prev not in NUMBER_WORDS:
            cued = lower == "nul" or any(_cue_word(tokens[j].lower) for j in range(max(0, k - 3), k))
            street = k > 0 and prev.endswith(STREET_ENDS)
            if cued or street:
                match = RUN_RE.regex.match(text, token.start)
                if match is not None:
                    words = [
                        (m.start() + match.start(), m.end() + match.start(), m.group().lower())
                        for m in _words(match)
                    ]
                    if cued:
                        found.extend(_cued_number(scan, k, words) or _phone_or_reference(text, words))
                    if street and len(words) <= 2:
                        if starts is None:
                            starts = [t.start for t in tokens]
                        found.extend(_house_number(scan, starts, words[0]))
        prev = lower
    return found


def _cued_number(scan: TextScan, k: int, words: list[tuple[int, int, str]]) -> list[Candidate]:
    """ "postcode negen vier drie een a b": four digits and two letters; "geboren op twaalf drie
    negentien vijftig": a day, a month and a year."""
    tokens, text = scan.tokens, scan.text
    cue = next(
        (tokens[j].lower for j in range(k - 1, max(-1, k - 4), -1) if tokens[j].lower in DATA_CUES), None
    )
    if cue is None:
        return []
    values = [number_value(word) for _s, _e, word in words]
    if cue == "postcode":
        digits = "".join(_digits(word) for _s, _e, word in words)
        letters = POSTCODE_LETTERS_RE.match(text, words[-1][1])
        if len(digits) == 4 and digits[0] != "0" and letters is not None:
            return [Candidate(words[0][0], letters.end(), Category.POSTCODE, 0.85)]
        return []
    if len(values) >= 2 and 1 <= values[0] <= 31 and 1 <= values[1] <= 12:
        year = SPOKEN_YEAR_RE.match(text, words[1][1])
        return [Candidate(words[0][0], year.end() if year else words[1][1], Category.DATUM, 0.85)]
    if len(values) == 2 and values[0] in (19, 20) and words[0][2] != "twintig":
        return [Candidate(words[0][0], words[1][1], Category.DATUM, 0.75)]  # "geboren in negentien vijftig"
    return []


def spoken_contacts(text: str) -> list[Candidate]:
    """ "jan punt jansen apenstaartje gmail punt com": an e-mail address read out; "0 6 2 2 7 1 9 4 8 3":
    a phone number typed digit by digit."""
    found = []
    if "apenstaartje" in text:
        anchors = [m.start() for m in re.finditer("apenstaartje", text)]
        found.extend(
            Candidate(m.start(), m.end(), Category.EMAIL, 0.9)
            for m in finditer_near(SPOKEN_EMAIL_RE, text, anchors, 80, 80)
        )
    for m in SPACED_DIGITS_RE.finditer(text):  # the literal "0 " opens the pattern: a fast scan
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ",."):
            found.append(Candidate(m.start(), m.end(), Category.TELEFOON, 0.85))
    return found


def _cue_word(lower: str) -> bool:
    return lower.endswith("nummer") or lower in CUE_WORDS


def _words(match: re.Match[str]) -> list[re.Match[str]]:
    return list(WORD_RE.finditer(match.group()))


def _digits(word: str) -> str:
    if word in DIGITS:
        return str(DIGITS[word])
    return str(number_value(word))


def number_value(word: str) -> int:
    """The value of a number word from 0 to 99 ("drieëntwintig": 23)."""
    if word in DIGITS:
        return DIGITS[word]
    if word in TEENS:
        return TEENS.index(word) + 10
    for value, tens in enumerate(TENS, 2):
        if word.endswith(tens):
            head = word[: -len(tens)]
            unit = UNITS.index(head[:-2]) + 1 if head else 0
            return value * 10 + unit
    raise ValueError(word)


def _phone_or_reference(text: str, words: list[tuple[int, int, str]]) -> list[Candidate]:
    """Ten digits from "nul" on: a phone number; four or more digits after a label: a reference."""
    if len(words) < 3:
        return []
    digits = ""
    for _start, end, word in words:
        digits += _digits(word)
        if digits[0] == "0" and len(digits) == 10:
            return [Candidate(words[0][0], end, Category.TELEFOON, 0.9)]
        if len(digits) > 10:
            break
    digits = "".join(_digits(word) for _s, _e, word in words)
    before = text[max(0, words[0][0] - 30) : words[0][0]]
    if PLUS_BEFORE_RE.search(before) and 10 <= len(digits) <= 13:
        start = PLUS_BEFORE_RE.search(before).start() + words[0][0] - len(before)
        return [Candidate(start, words[-1][1], Category.TELEFOON, 0.9)]  # "plus eenendertig zes ..."
    if digits[0] == "0" and 9 <= len(digits) <= 11 and PHONE_CUE_RE.search(before):
        return [Candidate(words[0][0], words[-1][1], Category.TELEFOON, 0.85)]
    if len(digits) >= 4 and REFERENCE_CUE_RE.search(before):
        return [Candidate(words[0][0], words[-1][1], Category.NUMMER, 0.85)]
    return []


def _house_number(scan: TextScan, starts: list[int], word: tuple[int, int, str]) -> list[Candidate]:
    """ "brink zeven zweeloo", "woont aan de Kerkstraat drieëntwintig.": a number word right after a
    street word, with a town after it or an address cue before the street."""
    start, end, value = word
    if value in ("een", "nul"):
        return []
    j = bisect_left(starts, start)  # the number word's own token
    if j < 1 or j >= len(starts) or starts[j] != start or not scan.prev_adjacent(j):
        return []
    i = j - 1
    tokens = scan.tokens
    street = tokens[i]
    if i in scan.blocked or not _street(scan, street.lower, street.cap):
        return []
    after = j + 1
    addition = ADDITION_RE.match(scan.text, end)  # "dorpsstraat vierentwintig a"
    if addition is not None:
        end, after = addition.end(), after + 1
    if not _town_after(scan, after):
        cue = _cue_before(scan, i)
        ends = CLAUSE_END_RE.match(scan.text, end) is not None or _in_town(scan, after)
        if not (cue == 2 and not UNIT_AFTER_RE.match(scan.text, end)) and not (cue and ends):
            return []
    return [Candidate(street.start, end, Category.ADRES, 0.85)]


def _in_town(scan: TextScan, k: int) -> bool:
    """ "... in nieuw buinen", "te Emmen": a preposition of place after the house number."""
    tokens, lists = scan.tokens, scan.lists
    if k + 1 >= len(tokens) or tokens[k].lower not in ("in", "te") or not scan.prev_adjacent(k):
        return False
    return any(
        tokens[m].lower in lists.places or tokens[m].lower not in lists.dutch_words
        for m in range(k + 1, min(len(tokens), k + 3))
        if scan.prev_adjacent(m)
    )


def _town_after(scan: TextScan, k: int) -> bool:
    """ "brink zeven zweeloo", "Kerkstraat drieëntwintig, Emmen", "... in Emmen": a town right after."""
    tokens = scan.tokens
    if k >= len(tokens):
        return False
    gap = scan.text[tokens[k - 1].end : tokens[k].start].strip(" \t")
    if gap not in ("", ",") or "\n" in scan.text[tokens[k - 1].end : tokens[k].start]:
        return False
    if tokens[k].lower in ("in", "te") and not gap and k + 1 < len(tokens) and scan.adjacent(k):
        k += 1
    lower = tokens[k].lower
    lists = scan.lists
    return (lower in lists.places and lower not in lists.common_words and lower not in lists.stop_words) or (
        lower in scan.lists.place_phrases and scan.phrase_length(k, scan.lists.place_phrases) > 0
    )


def _street(scan: TextScan, lower: str, cap: bool) -> bool:
    if lower in BARE_STREETS:
        return True
    suffix = next((s for s in BARE_STREET_SUFFIXES if lower.endswith(s) and len(lower) > len(s) + 2), None)
    if suffix is None:
        return False
    return cap or lower not in scan.lists.common_words


def _cue_before(scan: TextScan, i: int) -> int:
    """An address cue shortly before the street: 2 for a word of living or an address label ("woont op
    de brink zeven", "adres: kerkstraat twaalf"), 1 for "op de", "aan de" alone, 0 for none."""
    tokens = scan.tokens
    for j in range(i - 1, max(-1, i - 5), -1):
        if tokens[j].lower in RESIDENCE_WORDS or tokens[j].lower in ADDRESS_LABELS:
            return 2
        if j == 0 or (
            not scan.prev_adjacent(j)
            and scan.text[tokens[j - 1].end : tokens[j].start].strip(" \t") not in (":", ",")
        ):
            break
    k = i - 1
    if k >= 0 and tokens[k].lower in ("de", "het"):
        k -= 1
    return 1 if k >= 0 and tokens[k].lower in ADDRESS_PREPOSITIONS and k < i - 1 else 0
