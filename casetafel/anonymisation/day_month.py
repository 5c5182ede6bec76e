"""Dates without a year: a day and a month written with digits ("op 3-11", "overleg 12/3", "[12-11,
08:02]" in a chat export, "12/11: huisbezoek" opening a log line), glued to the month ("12mei"), and
the English order ("augustus 12", "nov. 3rd"). A pair of small numbers is a date only in a context
that says so; fractions, scores, ranges, article numbers and times stay unmarked. Used by ``patterns``."""

from __future__ import annotations

import re

from .model import Category
from .scan import Candidate

# Dutch months and their abbreviations, the English names (mixed texts), the Papiamento ones
# (Caribbean Netherlands: "12 di ougùstùs") and the Frisian ones ("12 novimber").
MONTHS = (
    r"(?:januari|jan|februari|feb|febr|maart|mrt|mar|april|apr|mei|juni|jun|juli|jul|augustus|aug"
    r"|september|sep|sept|oktober|okt|oct|november|nov|december|dec"
    r"|january|february|march|may|june|july|august|october"
    r"|yanüari|febrüari|mart|aprel|yüni|yüli|ougùstùs|sèptèmber|òktober|novèmber|desèmber"
    r"|jannewaris|febrewaris|maaie|juny|septimber|novimber|desimber)"
)
WEEKDAYS = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
WEEKDAY_BEFORE_RE = re.compile(
    rf"(?<![\w]){WEEKDAYS}\.?,?[ \t]+\Z",
    re.IGNORECASE,
)

DAY_MONTH_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([-/])(?:0?[1-9]|1[0-2])(?![\w/-]|[.,]\d)")
DAY_MONTH_CUE_RE = re.compile(
    r"(?<![\w])(?:op|d\.d\.|dd|per|sinds|vanaf|tot|datum|geboren|geb\.|afspraken|afspraak|overleg|gesprekken|gesprek"
    r"|verslag|notulen|contactmomenten|contactmoment|huisbezoeken|bezoeken|"
    r"bespreking|huisbezoek|bezoek|intake|mdo|uiterlijk|vóór|evaluatie|zitting|terug|t/m|tot en met|"
    r"verloopt|verliep|vervalt|verviel|loopt af|einddatum|startdatum|ingangsdatum|ingang|deadline|"
    r"contact|telefonisch|gebeld|belde|mail|gemaild|brief|melding|gemeld|aangemeld|opgenomen|ontslag|"
    r"ontslagen|gezien|gesproken|spreekuur|controle|huisarts|verhuisd|verhuizing|aanmelding|opname|periode|"
    r"(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond|nacht)|"
    r"vervolg|vervolgafspraak|vervolggesprek|terugkoppeling|herindicatie|hoorzitting|"  # "Vervolg: 2-12"
    r"bijgewerkt|gewijzigd|aangepast|geactualiseerd|update|"  # "bijgewerkt 26/11", "dagrapport 7/11"
    r"ontvangen|gepland|verstuurd|gestuurd|ingediend|afgesproken|besproken|ingepland|verzonden|"  # "gepland 11-11"
    r"bellen|terugbellen|call|calls|called|meeting|visit|appointment|follow-up|followup|"  # "follow-up call 16/12"
    r"aanvraag|aangevraagd|ingediend|"  # "aanvraag 3-11 ingediend"
    rf"{WEEKDAYS[3:-1]})\.?:?(?:[ \t]+(?:van[ \t]+)?\(?|[ \t]*\()\Z"  # "verslag van 12/11"
    r"|(?<![\w])[^\W\d_]{0,14}(?:rapport|rapportage|verslag|notitie|update)[ \t]*:?[ \t]+\Z"
    r"|(?<![\w])(?:week[ \t]*\d{1,2}|gisteren|vandaag|morgen|eergisteren|overmorgen)[ \t]*\(\Z",  # "week 47 (20/11)"
    re.IGNORECASE,
)
# "12/11: huisbezoek", "3-11 - belde moeder": a day and month opening a line of a log.
LOG_LINE_DATE_RE = re.compile(
    r"(?:(?<=\n)|^)[ \t]*(?:[-•*][ \t]*|[\[(])?((?:0?[1-9]|[12]\d|3[01])[-/](?:0?[1-9]|1[0-2]))"
    r"(?:[ \t]*(?::|[-–][ \t]|[\])])|[ \t]+(?=(?i:bellen|gebeld|belde|belt|huisbezoek|bezoek|gesprek|mail|gemaild"
    r"|mailt|contact|overleg|afspraak|intake|mdo|evaluatie|melding|gemeld|sms|app|brief|telefonisch|tel|spreekuur"
    r"|zitting|ontslag|opname|opgenomen|verhuisd|langs|terug|ziek|controle)(?![\w])))"  # "25-11 bellen met ..."
)

DATE_GLUED_RE = re.compile(rf"(?:0?[1-9]|[12]\d|3[01])-?{MONTHS}(?![\w-])", re.IGNORECASE)
# "vr 17 / 10": spaces around the slash or dash only after a weekday.
DAY_MONTH_SPACED_RE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])[ \t]{1,2}([-/])[ \t]{1,2}(?:0?[1-9]|1[0-2])(?![\w/-]|[.,]\d|[ \t]*[-/])"
)
# "27-08", "03/09": a month written with its leading zero is no fraction, range or score.
PADDED_MONTH_RE = re.compile(
    r"(?:(?:[12]\d|3[01])([-/])0[1-9]|0[1-9]([-/])(?:0[1-9]|1[0-2]))(?![\w/-]|[.,]\d)"
)
FRACTION_AFTER_RE = re.compile(
    r"[ \t]+(?:van[ \t]+(?:de|het|alle|hun|zijn|haar)|deel|gedeelte|meerderheid|minderheid)(?![\w])"
    r"|[ \t]+van[ \t]+(?:€|\d{1,3}(?:\.\d{3})+(?![\d])|\d+(?:,\d+)?[ \t]*(?:euro|procent|%))",  # "1/2 van 10.000"
    re.IGNORECASE,
)
UNIT_AFTER_RE = re.compile(
    r"[ \t]*(?:uur|u|jaar|jr|keer|procent|%|euro|x|-?jarig(?:e|en)?|dagen|dag|weken|week|maanden|maand|nachten"
    r"|minuten|min)(?![\w])",
    re.IGNORECASE,
)
# "na 12/11", "tussen 3/11 en 10/11", "de week van 17/11": words of time that also stand before a fraction
# or a count ("na 1/2 dag", "voor 3/4 vergoed"), so only a pair no fraction writes counts after them
WEAK_CUE_RE = re.compile(
    r"(?<![\w])(?:na|voor|rond|omstreeks|medio|tussen|(?:week|weekend|nacht|ochtend|middag|avond)[ \t]+van"
    r"|on|by|before|after|until|due)[ \t]+\Z",  # and the English ones of a mixed note: "before 16/12"
    re.IGNORECASE,
)
MEASURE_AFTER_RE = re.compile(
    r"[ \t]*(?:dag|dagen|dagdeel|dagdelen|week|weken|maand|maanden|liter|kilo|kg|km|meter|m|deel|stuk|stuks"
    r"|portie|porties|pil|tablet|tabletten|vergoed|betaald)(?![\w])",
    re.IGNORECASE,
)
# "vandaag 12/11 gebeld", "gisteren 11-11": not "vandaag 3-2 gewonnen" (a score)
TODAY_BEFORE_RE = re.compile(
    r"(?<![\w])(?:gisteren|vandaag|morgen|eergisteren|overmorgen)[ \t]+\Z", re.IGNORECASE
)
# "3/11 jl.", "17-11 a.s.", "12/11 (wo)": a word that only follows a date
DATE_MARK_AFTER_RE = re.compile(
    rf"[ \t]+(?:j\.?l\.?|jongstleden|a\.s\.|aanstaande)(?![\w])|[ \t]*\({WEEKDAYS}\.?\)", re.IGNORECASE
)


# "1-9 t/m 31-12", "14/2 tot 28/2": the first day/month of a range of days
RANGE_AFTER_RE = re.compile(
    r"[ \t]+(?:t/m|tot(?:[ \t]+en[ \t]+met)?)[ \t]+(?:0?[1-9]|[12]\d|3[01])([-/])(?:0?[1-9]|1[0-2])(?![\w/-]|[.,]\d)"
)


def _date_range_after(text: str, end: int) -> bool:
    match = RANGE_AFTER_RE.match(text, end)
    if match is None or UNIT_AFTER_RE.match(text, match.end()):
        return False
    return len(match.group().split()[-1]) >= 4  # "31-12", "28/2"; not a score "5-2"


# "17/2 om 10.00", "[12-11, 08:02]", "3/12 19:44": a time of day right after the day and month, as in a
# chat export or a log; not "2/3 van 10.000" (an amount)
TIME_AFTER_RE = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:(?:om|van|vanaf|rond|tussen)[ \t]+)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d]|[.,]\d)"
    r"(?![ \t]*(?:euro|eur)(?![\w]))"
    r"|(?:[ \t]*,)?[ \t]+(?:(?:om|vanaf|rond)[ \t]+(?:[01]?\d|2[0-3])[ \t]*(?:u|uur)|(?:[01]?\d|2[0-3])u)(?![\w])",  # "om 10 uur"
    re.IGNORECASE,
)


# "overleg met school 19/11", "huisbezoek bij moeder 4/3": a word of a meeting or a contact, then up to
# four words about with whom or where, then the day and month; the last word is no counted unit
# ("gesprek over groep 5/6", "overleg over artikel 3/4", "bezoek pagina 12-14").
EVENT_SOON_BEFORE_RE = re.compile(
    r"(?<![\w])(?:afspraak|overleg|gesprek|huisbezoek|bezoek|intake|mdo|evaluatie|zitting|contact|gebeld"
    r"|belde|gemaild|mailde|melding|gemeld|aangemeld|gesproken|gezien|genoteerd|verhuisd|opgenomen|ontslagen"
    r"|spreekuur|controle|bespreking|besproken|afgesproken|gepland|ingepland|verslag|notitie|aantekening)"
    r"(?:[ \t]+[^\W\d_]+){1,4}[ \t]+\Z",
    re.IGNORECASE,
)
UNIT_WORD_BEFORE_RE = re.compile(
    r"(?<![\w])(?:groep|groepen|klas|klassen|leerjaar|artikel|art|artikelen|lid|leden|pagina|pagina's|blz|p|pp"
    r"|hoofdstuk|paragraaf|week|weken|nr|nummer|fase|niveau|stap|versie|bijlage|kamer|schaal|score|stand"
    r"|uitslag|verhouding|ratio|categorie|code|ronde|module|les|sessie|deel|onderdeel|punt|vraag|regel"
    r"|huisnummer|stuk|stukken)[ \t]+\Z",
    re.IGNORECASE,
)
# "Notitie jeugdteam 19/11", "casusoverleg, 3/12": the day and month closing the first line (a heading)
HEADING_END_RE = re.compile(r"[ \t]*[.:]?[ \t]*\n")


DATE_LIST_GAP_RE = re.compile(r"[ \t]*(?:,|en|of|&)[ \t]*|,[ \t]*(?:en|of)[ \t]+")


def _day_month_dates(text: str, starts: list[int]) -> list[Candidate]:
    """ "op 3-11", "d.d. 17/12", "overleg 12/3": a day and month without a year, after a telling word."""
    found: list[Candidate] = []
    pending: list[Candidate] = []  # pairs without a context of their own: dates when a listed date follows
    for pos in starts:
        if pos and text[pos - 1] in "-/.,":
            continue
        match = DAY_MONTH_RE.match(text, pos)
        before = text[max(0, pos - 20) : pos]
        glued = DATE_GLUED_RE.match(text, pos) if match is None else None
        if glued is not None and not (pos and text[pos - 1].isalnum()):
            found.append(Candidate(pos, glued.end(), Category.DATUM, 0.75))
            continue
        if match is None:
            spaced = DAY_MONTH_SPACED_RE.match(text, pos)
            weekday = WEEKDAY_BEFORE_RE.search(before) if spaced is not None else None
            if weekday is not None:
                start = pos - len(weekday.group())
                found.append(Candidate(start, spaced.end(), Category.DATUM, 0.75))
            continue
        weekday = WEEKDAY_BEFORE_RE.search(before)  # "wo 26-11": the weekday belongs to the date
        start = pos - len(weekday.group()) if weekday is not None else pos
        if UNIT_AFTER_RE.match(text, match.end()) or FRACTION_AFTER_RE.match(text, match.end()):
            continue  # "tot 10-12 jaar", "10-12 uur": ages or hours; "3/4 van de tekst": a fraction
        if match.group() == "24/7":
            continue  # "24/7 bereikbaar": round the clock
        listed = bool(found) and DATE_LIST_GAP_RE.fullmatch(text, found[-1].end, pos) is not None
        if (
            listed  # "op 3/12 en 10/12", "Contactmomenten: 3-11, 10-11, 17-11": the next date of a list
            or DAY_MONTH_CUE_RE.search(before)
            or TIME_AFTER_RE.match(text, match.end())
            or _date_range_after(text, match.end())
            or DATE_MARK_AFTER_RE.match(text, match.end())
            or (not _fraction_like(match.group()) and _weak_cue_before(text, pos, match.end()))
        ):
            found.extend(_listed_before(text, pending, start))
            found.append(Candidate(start, match.end(), Category.DATUM, 0.75))
        elif PADDED_MONTH_RE.fullmatch(match.group()) and not UNIT_AFTER_RE.match(text, match.end()):
            found.extend(_listed_before(text, pending, start))
            found.append(Candidate(match.start(), match.end(), Category.DATUM, 0.7))
        elif not _fraction_like(match.group()):
            pending.append(Candidate(start, match.end(), Category.DATUM, 0.7))
    return found


def _listed_before(text: str, pending: list[Candidate], start: int) -> list[Candidate]:
    """ "o.a. 3/11, 4/11, 10/11 t/m 14/11": the pairs listed right before a date are dates too."""
    listed = []
    while pending and DATE_LIST_GAP_RE.fullmatch(text, pending[-1].end, start) is not None:
        listed.append(pending.pop())
        start = listed[-1].start
    return listed


def _fraction_like(pair: str) -> bool:
    """ "1/2", "3/4", "2-5": a smaller number before a small one reads as a fraction or a range."""
    day, month = (int(part) for part in re.split(r"[-/]", pair))
    return day < month <= 10


def _weak_cue_before(text: str, pos: int, end: int) -> bool:
    if MEASURE_AFTER_RE.match(text, end):
        return False
    if WEAK_CUE_RE.search(text, max(0, pos - 16), pos) is not None:
        return True
    if ("/" in text[pos:end] or end - pos >= 5) and TODAY_BEFORE_RE.search(text, max(0, pos - 14), pos):
        return True
    return _event_soon_before(text, pos, end)


def _event_soon_before(text: str, pos: int, end: int) -> bool:
    """A word of a meeting or contact a few words back in the same line, or the end of a first line."""
    line_start = text.rfind("\n", 0, pos) + 1
    window = max(line_start, pos - 50)
    if UNIT_WORD_BEFORE_RE.search(text, max(window, pos - 14), pos):
        return False
    if EVENT_SOON_BEFORE_RE.search(text, window, pos):
        return True
    if line_start != 0 or end - pos < 4 or not 0 < pos <= 80:
        return False
    return HEADING_END_RE.match(text, end) is not None and text[:pos].strip(" \t,:-") != ""


# "sinds augustus 12", "op nov. 3", "vanaf december 2nd", "maart 4e": the month before the day, as English
# writes it; a date after a word of time or with an ordinal or a year, not a count ("in maart 5 gesprekken",
# "sinds mei 3 keer"). "jan" and "mei" as capitalised words are names ("met Jan 2 uur").
MONTH_BEFORE_RE = re.compile(
    r"(?<![\w])(?:(?P<cue>sinds|op|vanaf|per|tot|t/m|na|vóór|voor|rond|uiterlijk|datum:?)[ \t]+)?"
    r"(?P<month>januari|jan\.|februari|febr?\.?|maart|mrt\.?|april|apr\.?|mei|juni|juli|augustus|aug\.?"
    r"|september|sept?\.?|oktober|okt\.?|november|nov\.?|december|dec\.?)[ \t]+\Z",
    re.IGNORECASE,
)
MONTH_WORDS = frozenset(
    {"januari", "jan", "februari", "feb", "febr", "maart", "mrt", "april", "apr", "mei", "juni", "juli"}
    | {"augustus", "aug", "september", "sep", "sept", "oktober", "okt", "november", "nov", "december", "dec"}
)
DAY_AFTER_MONTH_RE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])(?P<ordinal>st|nd|rd|th|e|ste|de)?(?P<year>,?[ \t]+(?:19|20)\d{2})?"
    r"(?![\w]|[.,]\d|[ \t]*(?:%|[-/]\d))"
)
# what follows the day of a date: the clause's end, a verb ("werkt", "was", "belde") or a preposition; a
# count goes on with the thing counted ("5 gesprekken", "2 extra uren", "1 nieuwe medewerker")
DATE_FOLLOW_RE = re.compile(
    r"[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:[^\W\d_]+(?:t|de|te)|is|was|had|kwam|ging|zat|kreeg|begon|zag|sprak|om|bij"
    r"|in|op|naar|met|tot|en|hebben|zijn|gaan|komen|wonen|werken|zal|zou|kan|moet|wil|mag|heb|ben|zit|woon|ga"
    r"|kom|wacht|werk|bel|krijg|sta|loop)(?![\w])",
    re.IGNORECASE | re.MULTILINE,
)


def _month_first_dates(text: str, starts: list[int]) -> list[Candidate]:
    found = []
    for pos in starts:
        if pos < 4 or text[pos - 1] not in " \t":
            continue
        word_start = pos - 1
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
            word_start -= 1
        if text[word_start : pos - 1].lower().rstrip(".") not in MONTH_WORDS:
            continue  # the word before the number is no month: the common case, tested first
        month = MONTH_BEFORE_RE.search(text, max(0, pos - 24), pos)
        day = DAY_AFTER_MONTH_RE.match(text, pos) if month is not None else None
        if day is None:
            continue
        told = day.group("ordinal") or day.group("year")
        if month.group("month") in ("Mei", "MEI") and not day.group("year"):
            continue  # "met Mei 2 uur": a name
        if (
            not told
            and not _alone_in_cell(text, month.start("month"), day.end())
            and (month.group("cue") is None or not DATE_FOLLOW_RE.match(text, day.end()))
        ):
            continue  # "in maart 5 gesprekken", "sinds mei 3 keer"
        start = month.start("month")
        weekday = WEEKDAY_BEFORE_RE.search(text[max(0, start - 12) : start])  # "vrijdag november 7th"
        found.append(
            Candidate(start - len(weekday.group()) if weekday else start, day.end(), Category.DATUM, 0.75)
        )
    return found


# "| april 14 | aanvraag bijstand |", "april 14: aanvraag": a month and a day that fill a table cell or open a
# line of a time line on their own
CELL_BEFORE_RE = re.compile(r"(?:^|\n|\|)[ \t]*(?:[-•*][ \t]*)?\Z")
CELL_AFTER_RE = re.compile(r"[ \t]*(?:\||:[ \t])")


def _alone_in_cell(text: str, start: int, end: int) -> bool:
    return (
        CELL_AFTER_RE.match(text, end) is not None
        and CELL_BEFORE_RE.search(text, max(0, start - 6), start) is not None
    )


# "12/11 moeder gebeld" on one line, "19/11 school: verzuim loopt op" on the next: two or more lines of a
# log that open with a day and a month are dated, whatever word follows
LOG_LINE_ANY_RE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*|[\[(])?((?:0?[1-9]|[12]\d|3[01])[-/](?:0?[1-9]|1[0-2]))(?=[ \t]*[,:\])]|[ \t]+[^\W\d_])"
)


def day_month_dates(text: str, starts: list[int]) -> list[Candidate]:
    """The dates without a year in ``text``; ``starts`` are the offsets of its runs of digits."""
    found = _day_month_dates(text, starts) + _month_first_dates(text, starts)
    opening = []
    line_start = 0
    while True:  # a log line starts with its date: tried at line starts only
        m = LOG_LINE_DATE_RE.match(text, line_start)
        if m is not None and len(m.group(1)) >= 4 and not UNIT_AFTER_RE.match(text, m.end(1)):
            found.append(Candidate(m.start(1), m.end(1), Category.DATUM, 0.75))  # not "3-1:", "10-12 jaar"
        elif text[line_start : line_start + 1] != "\n":
            m = LOG_LINE_ANY_RE.match(text, line_start)
            if m is not None and not (
                UNIT_AFTER_RE.match(text, m.end())
                or FRACTION_AFTER_RE.match(text, m.end())
                or _fraction_like(m.group(1))  # "3/4 gemeenten doen mee", "2/3 provincies ook"
            ):
                opening.append(Candidate(m.start(1), m.end(1), Category.DATUM, 0.7))
        line_start = text.find("\n", line_start) + 1
        if not line_start:
            break
    if len(opening) >= 2:
        found.extend(opening)
    else:
        found.extend(c for c in opening if _opens_a_sentence(text, c))
    return found


LINE_SUBJECT_RE = re.compile(
    r"[ \t]*(?::[ \t]*)?(?:[A-Z][a-zà-ÿ]+(?![\w-])|(?:moeder|vader|zoon|dochter|cliënt|client|mevrouw|meneer|mw|dhr"
    r"|school|huisarts|wijkagent|buurvrouw|buurman|oma|opa)(?![\w]))"
)


def _opens_a_sentence(text: str, cand: Candidate) -> bool:
    """ "12/11 Moeder belt over de huur": one line that opens with a day and a month and then a sentence
    about a person; not "8-12 Kinderen" (a range), "1/2 Liter" or "2/3 Meerderheid" (fractions)."""
    pair = text[cand.start : cand.end]
    day, month = (int(part) for part in re.split(r"[-/]", pair))
    if _fraction_like(pair) or (day < month and "-" in pair):
        return False
    return LINE_SUBJECT_RE.match(text, cand.end) is not None
