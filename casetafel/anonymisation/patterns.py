"""Identifiers with a fixed shape, found with compiled regular expressions and checked where a
checksum exists: e-mail, URLs, IBAN (mod-97), BSN (11-proef), postcodes, phone numbers, licence plates,
full dates, dossier and client numbers, and street plus house number."""

from __future__ import annotations

import re
from typing import NamedTuple

from .caseless import CaselessRe, finditer_at, finditer_near, lowered, positions
from .day_month import MONTHS, WEEKDAY_BEFORE_RE, day_month_dates
from .model import Category
from .references import bare_numbers, find_references
from .scan import Candidate
from .validators import IBAN_LENGTHS, bsn_valid, iban_valid

DIGIT_RUN_RE = re.compile(r"\d+")
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
URL_RE = CaselessRe(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+")
TLD_RE = re.compile(
    r"\.(?:nl|com|org|net|eu|be|info|frl|nu|de|io)(?![\w@-])(?:/[^\s<>\"'()\[\]]*)?", re.IGNORECASE
)
DOMAIN_LEFT_RE = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*$", re.IGNORECASE)
IBAN_RE = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z]\d{2}(?:[ \t]?[A-Z0-9]){11,30}(?![\w])", re.IGNORECASE)
NL_IBAN_SHAPE_RE = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
BSN_RE = re.compile(
    r"(?<![\w.,/-])(?:\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|[1-9]\d{2}-\d{3}-\d{3})(?![\w/-]|[.,]\d)"
)
BSN_CONTEXT_RE = re.compile(r"(?:bsn|burgerservicenummer|sofi-?nummer)\W{0,20}$", re.IGNORECASE)
POSTCODE_RE = re.compile(r"(?<![\w-])[1-9]\d{3}(?:[ \t]|-)?(?!SA|SD|SS)[A-Z]{2}(?![\w-])")
# "@jansen_jan" on Instagram or TikTok: an account name identifies a person like an e-mail address.
HANDLE_RE = re.compile(r"@(?<![\w.@]@)[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@])")
# "7325ag" in a note typed without capitals: only without a space, never a unit ("2000km", "1500mg").
POSTCODE_LOWER_RE = re.compile(
    r"(?<![\w-])[1-9]\d{3}(?!sa|sd|ss|km|kg|mg|ml|cm|mm|ms|uu|st|pp|kb|mb|gb|kw|jr|hr|nd|th)[a-z]{2}(?![\w-])"
)
_SEP = r"(?:[ \t]?[-–./][ \t]?|[ \t])?"  # "0184 – 69 23 11": an en dash as typed by a word processor
# Free and paid service numbers (0800-2000 of Veilig Thuis, 0900-8844 of the police) belong to national
# helplines and organisations, never to a resident: they are not matched.
# Never from the middle of a number ("088-0767000. 113": "0767000. 113" is no phone number).
PHONE_RE = re.compile(
    rf"""(?<![\w+])(?<!\d[-.])(?:
        (?:\+|00)[ \t]?31{_SEP}(?:\(0\){_SEP})?[1-9](?:{_SEP}\d){{8}}
      | \+(?!31)[1-9]\d{{0,2}}(?:{_SEP}\d){{6,12}}
      | \(0\d{{2,3}}\){_SEP}\d(?:{_SEP}\d){{4,6}}
      | 0[1-9](?:{_SEP}\d){{8}}
    )(?![\w])""",
    re.VERBOSE,
)
PLATE_CANDIDATE_RE = CaselessRe(r"[a-z0-9]{1,3}-[a-z0-9]{2,3}-[a-z0-9]{1,3}")
PLATE_RE = re.compile(
    r"(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}"
    r"|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}"
    r"|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}"
    r"|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)"
)
# "brinkgreverweg 201, 7413 ac": a lower-case postcode with a space only right after a house number.
POSTCODE_LOWER_SPACE_RE = re.compile(
    r"(?<=\d, )[1-9]\d{3} (?!sa|sd|ss)(?<!(?:19|20)\d\d )(?!at|in|on|to|of|is|it|as|by|en|op|om|te)[a-z]{2}(?![\w-])"
)
# "sinds juli 2023", "verhuisd in maart 2024": a month and year of something a resident did.
MONTH_YEAR_RE = CaselessRe(
    r"(?<![\w])(?:sinds|vanaf|geboren|geb\.|overleden|verhuisd|opgenomen|aangemeld|ingeschreven|gescheiden"
    r"|getrouwd|uitgezet|ontslagen|gevlucht|aangekomen|vertrokken|gestopt|begonnen)(?:[ \t]+(?:in|op|per))?[ \t]+"
    rf"({MONTHS}\.?[ \t]+(?:19|20)\d{{2}})(?![\w])"
    # "sinds januari 2024 geldt ...": when a rule changed, not what a resident did
    r"(?![ \t,]+(?:geldt|gelden|werkt|werken|wordt|worden|kan|kunnen|mag|mogen|moet|moeten|hanteert|betaalt"
    r"|is[ \t]+(?:de|het|er)|zijn[ \t]+(?:de|er)|hebben[ \t]+(?:de|alle)|heeft[ \t]+de)(?![\w]))",
    re.IGNORECASE,
)
# "is in oktober 2024 overleden", "werd in maart 2023 opgenomen": a month and year before what happened.
MONTH_YEAR_BEFORE_EVENT_RE = CaselessRe(
    rf"(?<![\w])(?:in|per|rond|eind|begin|medio)[ \t]+({MONTHS}\.?[ \t]+(?:19|20)\d{{2}})[ \t]+"
    r"(?:overleden|geboren|verhuisd|opgenomen|ontslagen|uitgezet|gescheiden|getrouwd|vertrokken|gestopt"
    r"|aangekomen|gevlucht|ingeschreven|aangemeld|begonnen|bevallen|veroordeeld|vrijgelaten)(?![\w])",
    re.IGNORECASE,
)
DATE_NUMERIC_RE = re.compile(
    r"(?<![\w.,/-])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:(?:19|20)\d{2}|\d{2}|'\d{2})"
    r"(?![\w/-]|[.,]\d)"
)
# "28-okt-2025", "3-nov-25"
DATE_DASHED_RE = re.compile(
    rf"(?<![\w.,/-])(?:0?[1-9]|[12]\d|3[01])-(?i:{MONTHS})-(?:(?:19|20)\d{{2}}|\d{{2}})(?![\w/-]|[.,]\d)"
)
# "October 23", "Oct 23, 2025": the English order, capitalised as English writes it ("Jan" and "May" are
# names too often).
MONTH_DAY_RE = re.compile(
    r"(?<![\w])(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|Feb|Apr|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    r"(?:,?[ \t]+(?:19|20)\d{2})?(?![\w]|[.,]\d|[ \t]*(?:jaar|jr|%|uur|keer)(?![\w]))"
)
# "2025-11-12", and the same order with slashes or dots ("2025/11/12", "2025.11.12")
DATE_ISO_RE = re.compile(
    r"(?<![\w-])(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|([/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01]))(?![\w/-]|[.,]\d)"
)
DATE_TEXT_RE = re.compile(
    rf"(?<![\w.])(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de|th|st|nd|rd)?[ \t]+(?:di[ \t]+|of[ \t]+)?{MONTHS}(?:\.?[ \t]+(?:(?:19|20)\d{{2}}|'\d{{2}}))?(?![\w])",
    re.IGNORECASE,
)
RANGE_BEFORE_RE = re.compile(
    r"(?<![\w.,/-])(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de)?[ \t]*(?:t/m|tot en met|tot|en|of|[-–])[ \t]*$"
)
# "artikel 3 mei"-like numbers are rare; a count of things before the number is not: "nog 3 mei-dagen".
# "per 1 januari", "tot 31 december" is when a rule changes, not when a resident did something.
NEW_YEAR_RE = re.compile(r"(?:0?1(?:e|ste)?[ \t]+jan|31(?:e|ste)?[ \t]+dec)", re.IGNORECASE)
UNIT_BEFORE_RE = re.compile(r"(?<![\w])(?:artikel|art\.|lid|nr\.?|nummer|groep|klas)[ \t]*$", re.IGNORECASE)
BIRTH_CONTEXT_RE = re.compile(
    r"(?:geboren|geb\.|geboortedatum|jarig|verjaardag)\W*(?:op\W+)?$", re.IGNORECASE
)


class _Span(NamedTuple):
    start: int
    end: int


def digit_starts(text: str) -> list[int]:
    """Start of every run of digits, plus the '+' or '(' right before it (phone numbers).

    The digit-led patterns are tried only at these offsets (anchored), which is much faster than
    scanning the whole text once per pattern.
    """
    starts = []
    for match in DIGIT_RUN_RE.finditer(text):
        start = match.start()
        if start and text[start - 1] in "+(":
            starts.append(start - 1)
        starts.append(start)
    return starts


ANCHORED = (
    (POSTCODE_RE, Category.POSTCODE, 0.9),
    (POSTCODE_LOWER_RE, Category.POSTCODE, 0.8),
    (POSTCODE_LOWER_SPACE_RE, Category.POSTCODE, 0.8),
    (PHONE_RE, Category.TELEFOON, 0.93),
    (DATE_NUMERIC_RE, Category.DATUM, 0.9),
    (DATE_ISO_RE, Category.DATUM, 0.9),
    (DATE_DASHED_RE, Category.DATUM, 0.9),
)


POSTCODES = ANCHORED[:3]
PHONE = ANCHORED[3:4]
DAY_FIRST = (ANCHORED[4], ANCHORED[6])  # "12-03-2024", "28-okt-2025"
ISO = ANCHORED[5:6]


def _anchored(text: str, starts: list[int]) -> list[Candidate]:
    """The ANCHORED patterns at each digit run, each tried only where its first characters can match: a
    postcode needs four digits, a phone number starts with +, ( or 0, a day-first date one or two digits
    and a separator, an ISO date four digits and a dash."""
    found = []
    size = len(text)
    for pos in starts:
        first = text[pos]
        if first in "+(":
            tried: tuple = PHONE
        else:
            run = DIGIT_RUN_RE.match(text, pos)
            length = run.end() - pos if run is not None else 0
            after = text[pos + length] if pos + length < size else ""
            tried = PHONE if first == "0" else ()
            if length == 4:
                if first != "0":
                    tried += POSTCODES
                if after in ("-", "/", "."):
                    tried += ISO
            elif length <= 2 and after in ("-", "/", "."):
                tried += DAY_FIRST
        for regex, category, confidence in tried:
            match = regex.match(text, pos)
            if match is not None:
                found.append(Candidate(match.start(), match.end(), category, confidence))
    return found


def find_patterns(text: str, starts: list[int] | None = None) -> list[Candidate]:
    if starts is None:
        starts = digit_starts(text)
    lower = lowered(text)
    found: list[Candidate] = []
    if "@" in text:
        found.extend(Candidate(m.start(), m.end(), Category.EMAIL, 0.99) for m in _email_matches(text))
        found.extend(_handles(text))
    found.extend(_anchored(text, starts))
    years = [p for p in starts if text.startswith(("19", "20"), p) and text[p - 1 : p] in (" ", "\t")]
    if "-" in text:
        found.extend(_plates(text, lower))
    found.extend(_urls(text, lower))
    found.extend(_ibans(text, starts))
    found.extend(_bsns(text, starts))
    found.extend(_text_dates(text, starts, lower))
    for regex in (MONTH_YEAR_RE, MONTH_YEAR_BEFORE_EVENT_RE):  # "sinds juli 2023": near a year only
        matches = regex.near(text, lower, years, 80, 160)
        found.extend(Candidate(m.start(1), m.end(1), Category.DATUM, 0.8) for m in matches)
    found.extend(day_month_dates(text, starts))
    if "'" in text and "geb" in (lower or text.lower()):  # "geboren in '58", "geb. '64"
        found.extend(
            Candidate(m.start(1), m.end(1), Category.DATUM, 0.75)
            for m in (
                finditer_at(BIRTH_YEAR_SHORT_RE, text, positions(lower, "geb"))  # where its matches start
                if lower is not None
                else BIRTH_YEAR_SHORT_RE.finditer(text)
            )
        )
    if years:
        for m in BIRTH_YEAR_RE.near(text, lower, years, 40, 80):
            if not GROUP_BEFORE_RE.search(text, max(0, m.start() - 15), m.start()):
                found.append(Candidate(m.start(1), m.end(1), Category.DATUM, 0.75))
    after_space = [p for p in starts if text[p - 1 : p] in (" ", "\t")]  # "October 23": near the day
    for m in finditer_near(MONTH_DAY_RE, text, after_space, 20, 20):
        weekday = WEEKDAY_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()])  # "Tuesday Dec 2nd"
        start = m.start() - len(weekday.group()) if weekday is not None else m.start()
        found.append(Candidate(start, m.end(), Category.DATUM, 0.8))
    found.extend(find_references(text, lower))
    found.extend(bare_numbers(text, starts, after_space))
    return [c for c in found if not _article_number(text, c)]


def _email_matches(text: str) -> list[re.Match[str]]:
    """What ``EMAIL_RE.finditer`` finds, tried only where the run of address characters before an "@"
    begins (the only place its look-behind allows a match)."""
    matches = []
    end = 0
    at = text.find("@")
    while at != -1:
        start = at
        while start > end and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        if start >= end:
            match = EMAIL_RE.match(text, start)
            if match is not None:
                matches.append(match)
                end = match.end()
        at = text.find("@", max(at + 1, end))
    return matches


SOCIAL_BEFORE_RE = re.compile(
    r"(?:instagram|insta|tiktok|snapchat|snap|twitter|facebook|fb|telegram|account|profiel|handle)(?![\w])[^\n@]{0,15}$",
    re.IGNORECASE,
)


def _handles(text: str) -> list[Candidate]:
    """An account name with a digit, dot or underscore, or after the name of a platform ("@team" in a
    meeting note is no account)."""
    found = []
    for match in HANDLE_RE.finditer(text):
        marked = any(ch.isdigit() or ch in "._" for ch in match.group()[1:])
        if marked or SOCIAL_BEFORE_RE.search(text, max(0, match.start() - 25), match.start()):
            found.append(Candidate(match.start(), match.end(), Category.URL, 0.85))
    return found


def _article_number(text: str, candidate: Candidate) -> bool:
    """ "artikel 2.3.15", "lid 1.10.2020"-like references are not dates or numbers."""
    if candidate.category not in (Category.DATUM, Category.BSN):
        return False
    before = text[max(0, candidate.start - 12) : candidate.start].lower()
    return re.search(r"(?:artikel|art\.|lid|versie|hoofdstuk|paragraaf|§)\s*$", before) is not None


def _plates(text: str, lower: str | None = None) -> list[Candidate]:
    found = []
    # a candidate has a hyphen one to three characters after its start and ends at most ten after it
    for match in PLATE_CANDIDATE_RE.near(text, lower, positions(text, "-"), 3, 11):
        start, end = match.span()
        before = text[start - 1 : start] if start else ""
        after = text[end : end + 1]
        if (before and (before.isalnum() or before in "-_")) or (
            after and (after.isalnum() or after in "-_")
        ):
            continue
        value = text[start:end]
        if PLATE_RE.fullmatch(value.upper()):
            # "gt-412-x" in a note typed in lower case; mixed case ("Ab-12-cd") is no plate
            if value.isupper() or not any(ch.isalpha() for ch in value):
                found.append(Candidate(start, end, Category.KENTEKEN, 0.9))
            elif value.islower():
                found.append(Candidate(start, end, Category.KENTEKEN, 0.8))
    return found


def _urls(text: str, lower: str | None = None) -> list[Candidate]:
    spans = [(m.start(), m.end()) for m in URL_RE.finditer(text, lower)]
    for match in TLD_RE.finditer(text):
        left = DOMAIN_LEFT_RE.search(text, max(0, match.start() - 80), match.start())
        if left is None or (left.start() > 0 and text[left.start() - 1] in "@.-_"):
            continue
        if left.start() > 0 and text[left.start() - 1].isalnum():
            continue
        if not any(start <= left.start() < end for start, end in spans):
            spans.append((left.start(), match.end()))
    found = []
    for start, match_end in spans:
        match = _Span(start, match_end)
        end = match.end
        while end > match.start and text[end - 1] in ".,;:!?":
            end -= 1
        value = text[match.start : end]
        if "." not in value or value.count(".") == 1 and value.lower().startswith("www."):
            continue
        found.append(Candidate(match.start, end, Category.URL, 0.95))
    return found


def _iban_matches(text: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``IBAN_RE.finditer`` finds, tried only two letters before a run of digits ("NL91")."""
    matches = []
    end = 0
    for pos in starts:
        begin = pos - 2
        if begin < end or not text[pos].isdigit() or not text[begin:pos].isalpha():
            continue
        match = IBAN_RE.match(text, begin)
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


def _ibans(text: str, starts: list[int] | None = None) -> list[Candidate]:
    found = []
    matches = IBAN_RE.finditer(text) if starts is None else _iban_matches(text, starts)
    for match in matches:
        country = match.group()[:2].upper()
        lengths = [IBAN_LENGTHS[country]] if country in IBAN_LENGTHS else list(range(34, 14, -1))
        for length in lengths:
            end = _end_after_alnum(text, match.start(), match.end(), length)
            if end is None:
                continue
            value = text[match.start() : end]
            compact = "".join(value.split()).upper()
            if iban_valid(compact):
                found.append(Candidate(match.start(), end, Category.IBAN, 0.99))
                break
            if country == "NL" and NL_IBAN_SHAPE_RE.fullmatch(compact):
                found.append(Candidate(match.start(), end, Category.IBAN, 0.95))
                break
    return found


def _end_after_alnum(text: str, start: int, limit: int, count: int) -> int | None:
    seen = 0
    for pos in range(start, limit):
        if text[pos].isalnum():
            seen += 1
            if seen == count:
                return None if text[pos + 1 : pos + 2].isalnum() else pos + 1
    return None


def _bsns(text: str, starts: list[int]) -> list[Candidate]:
    found = []
    for match in filter(None, (BSN_RE.match(text, pos) for pos in starts)):
        context = BSN_CONTEXT_RE.search(text[max(0, match.start() - 40) : match.start()])
        if bsn_valid(match.group()):
            found.append(Candidate(match.start(), match.end(), Category.BSN, 0.97 if context else 0.9))
        elif context:
            found.append(Candidate(match.start(), match.end(), Category.BSN, 0.7))
    return found


# "geboren in 1964", "geb. 1958": a year of birth of one person, not "geboren in 2010 of later".
BIRTH_YEAR_RE = CaselessRe(
    r"(?<![\w])(?:geboren(?:[ \t]+in)?|geb\.|geboortejaar:?)[ \t]+((?:19|20)\d{2})"
    r"(?![\w/-]|[.,]\d|[ \t]+(?:of|en)[ \t]+(?:later|eerder|ouder|jonger|daarna|daarvoor|na|voor)(?![\w]))",
    re.IGNORECASE,
)
BIRTH_YEAR_SHORT_RE = re.compile(
    r"(?<![\w])(?:geboren(?:[ \t]+in)?|geb\.)[ \t]+('\d{2})(?![\w'])", re.IGNORECASE
)
GROUP_BEFORE_RE = re.compile(
    r"(?:kinderen|jongeren|iedereen|wie|inwoners|mensen|personen|leerlingen|cliënten|ouderen|die|zij|allen)"
    r"[ \t]+$",
    re.IGNORECASE,
)
# "12mei", "12-mei": a day glued to its month or joined by a dash.

# "donderdag 16e", "do de 4e": a weekday and a day of the month without the month
WEEKDAY_ORDINAL_RE = CaselessRe(
    r"(?<![\w])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?[ \t]+"
    rf"(?:de[ \t]+)?(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de)(?:[ \t]+{MONTHS}(?![\w]))?(?![\w])",
    re.IGNORECASE,
)  # "vrijdag de 7e november" keeps its month


ORDINAL_DAY_RE = re.compile(r"\d{1,2}(?:e|ste|de)(?![\w])", re.IGNORECASE)


def _text_dates(text: str, starts: list[int], lower: str | None = None) -> list[Candidate]:
    ordinals = [p for p in starts if ORDINAL_DAY_RE.match(text, p)]  # "16e": the day ends the match
    found = [
        Candidate(m.start(), m.end(), Category.DATUM, 0.8)
        for m in WEEKDAY_ORDINAL_RE.near(text, lower, ordinals, 40, 30)
    ]
    for match in filter(None, (DATE_TEXT_RE.match(text, pos) for pos in starts)):
        value = match.group()
        has_year = re.search(r"(?:\d{4}|'\d{2})$", value) is not None
        before = text[max(0, match.start() - 30) : match.start()]
        weekday = WEEKDAY_BEFORE_RE.search(before)
        start = match.start() - len(weekday.group()) if weekday else match.start()
        day_range = RANGE_BEFORE_RE.search(before)
        if day_range is not None:
            start = match.start() - len(day_range.group())  # "3 t/m 5 mei"
        if has_year:
            found.append(Candidate(start, match.end(), Category.DATUM, 0.9))
        elif BIRTH_CONTEXT_RE.search(before) or weekday:
            found.append(Candidate(start, match.end(), Category.DATUM, 0.85))
        elif not UNIT_BEFORE_RE.search(before) and not NEW_YEAR_RE.match(value):
            # "20 november", "28 okt": a day of a meeting or visit is as telling as a full date
            found.append(Candidate(start, match.end(), Category.DATUM, 0.75))
    return found


YEAR_TURN_RE = re.compile(
    r"(?<![\w.])(?:0?1(?:e|ste)?[ \t]+(?:januari|jan\.?)|31(?:e|ste)?[ \t]+(?:december|dec\.?))"
    r"(?![\w]|\.?[ \t]+(?:19|20)\d\d)",
    re.IGNORECASE,
)
YEAR_TURN_DAY_RE = re.compile(r"(?:0?1|31)(?:e|ste)?[ \t]+$")
RULE_CHANGE_BEFORE_RE = re.compile(r"(?:(?<![\w])per|ingang[ \t]+van)[ \t]+$", re.IGNORECASE)


def year_turn_dates(text: str, names: list[Candidate]) -> list[Candidate]:
    """ "vóór 1 januari een plan", "indicatie loopt tot 31 december": the turn of the year is a resident's
    deadline in a text about named persons; in an anonymous text, or after "per", it is when a rule
    changes ("per 1 januari gelden nieuwe normen") and stays unmarked."""
    if not any(name.category is Category.NAAM for name in names):
        return []
    found = []
    for month in ("jan", "dec", "Jan", "Dec", "JAN", "DEC"):
        at = text.find(month)
        while at != -1:
            day = YEAR_TURN_DAY_RE.search(text, max(0, at - 8), at)
            match = YEAR_TURN_RE.match(text, day.start()) if day is not None else None
            if match is not None and not RULE_CHANGE_BEFORE_RE.search(
                text, max(0, match.start() - 20), match.start()
            ):
                found.append(Candidate(match.start(), match.end(), Category.DATUM, 0.7))
            at = text.find(month, at + 3)
    return found
