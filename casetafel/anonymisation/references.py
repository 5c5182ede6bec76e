"""Reference numbers: dossier, client, case, court, fine, collection, immigration, ID-card, school and
student numbers. After a keyword ("dossiernummer", "kenmerk", "zaaknummer", "V-nummer", "ID-kaart",
"leerlingnummer", "onder nummer") the code may hold letters, slashes and groups separated by spaces
("C/02/412277 JE RK 24-556", "KN 7782 1190"); without a keyword only shapes that are clearly a
reference count ("C/09/661234", "VRD-2024-00871"). Numbers of the case table itself (BV-2026-014,
A-2026-031) and norms (ISO 27001) are not references to a person."""

from __future__ import annotations

import re
from functools import lru_cache

from .caseless import CaselessRe, finditer_near, lowered
from .model import Category
from .scan import Candidate

KEYWORD_RE = CaselessRe(
    r"(?<![\w])(?:dossier(?:nummer|nr)?|cli[eë]nt(?:en)?(?:nummer|nr)|klant(?:nummer|nr)|registratie(?:nummer|nr)"
    r"|zaak(?:nummer|nr)|kenmerk|betalingskenmerk|referentie(?:nummer)?|ref|polis(?:nummer|nr)|relatie(?:nummer|nr)"
    r"|debiteur(?:en)?(?:nummer|nr)|pas(?:nummer|nr)|lid(?:maat)?(?:nummer|nr)|contract(?:nummer|nr)"
    r"|factuur(?:nummer|nr)?|beschikking(?:s?(?:nummer|nr))?|aanvraag(?:nummer|nr)|vorderings?(?:nummer|nr)"
    r"|verzekerden?nummer|personeelsnummer|cjib-?nummer|leerling(?:en)?(?:nummer|nr)|student(?:en)?(?:nummer|nr)"
    r"|onderwijsnummer|kvk(?:-?nummer|-?nr)?|v-?nummer|vreemdelingen(?:nummer|nr)|id-?kaart(?:nummer)?"
    r"|identiteitskaart(?:nummer)?|paspoort(?:nummer|nr)?|document(?:nummer|nr)|rijbewijs(?:nummer|nr)?"
    r"|parket(?:nummer|nr)|rol(?:nummer|nr)|aanslag(?:nummer|nr)|incasso(?:nummer|nr)|procedurenummer"
    r"|beschikkingsnummer|budgetbeheer[ \t]+nr|bsn|burgerservicenummer|sofi-?nummer|vonnis"
    r"|(?:onder|met)[ \t]+(?:het[ \t]+)?(?:nummer|nr)"
    r"|(?:leerling|student|cli[eë]nt|klant|dossier|registratie|patiënt|patient|huurder|deelnemer)(?=[ \t]+[a-z]?\d{5})"
    r"|zaak(?=[ \t]+\d{2,4}[/-]\d{3,})|reg\.?[ \t]?nr|(?:cli[eë]nt|klant|dossier|patiënt|patient|zaak|casus|registratie|melding|aanvraag)-?id"
    r"|(?<=\()nr)(?![\w-])"
)
# Any word ending in "nummer" or "nr" ("wmo-nummer", "cak-nr"), searched only near those endings.
NUMBER_WORD_RE = CaselessRe(
    r"(?<![\w])(?!(?:huis|telefoon|mobiel|rekening|iban|kamer|bus|pagina|volg|serie|artikel"
    r"|antwoord|versie|editie|agenda)-?n)"  # "antwoordnummer 1234": a free-post address, "agendanummer"
    r"[^\W\d_]{2,20}-?(?:nummer|nr)(?![\w-])"
)
NUMBER_ENDING_RE = re.compile(r"n(?:ummer|r)(?![\w-])")
# A compound of a register and "dossier", "kenmerk", ... ("leerplichtdossier", "cjib-kenmerk", "wmo-aanvraag").
FILE_CODE_RE = re.compile(r"[ \t]*:?[ \t]*[A-Za-z]{0,4}[ \t]?[-/]?\d[\w./-]*")
FILE_HEAD_RE = re.compile(r"(?<![\w-])[^\W\d_]{3,20}-?$")
# "s1234567": one lower-case letter before digits; "WMO–2025–0043": an en dash as a word processor types it
GROUP = r"(?:[a-z](?=\d))?[A-Z0-9]+(?:[-–/.][A-Z0-9]+)*"
SINGLE_CODE_RE = re.compile(r"(?<![\w-])[A-Z0-9]+(?:[-/.][A-Z0-9]+)*(?![\w-])")
# "10934512 \ BM VERZ 25-4417", "C/03/318442 / HA ZA 25-771": parts joined by a slash or a backslash
CODE_RE = re.compile(rf"(?<![\w–-]){GROUP}(?:[ \t](?:[/\\][ \t])?{GROUP})*(?![\w–-])")
STOP_RE = re.compile(r"\n|[.!?;](?:\s|$)")
# The patterns below start with their first letter and look behind it, so ``re`` can skip to the
# next capital quickly. Without a keyword: court numbers ("C/09/661234", "FA RK 24-1234") and letter-prefixed codes.
COURT_RE = re.compile(
    r"[A-Z](?<![\w/-][A-Z])[A-Z]{0,2}/\d{2}/\d{4,7}(?:[ \t]*/?[ \t]*[A-Z]{2}[ \t][A-Z]{2}[ \t]\d{2}[-/]\d{1,6})?"
)
# "rechtbank c/13/712345" in a note without capitals
COURT_SLASH_RE = re.compile(r"/\d{2}/\d{4,7}")
COURT_LOWER_RE = re.compile(r"[a-z](?<![\w/-][a-z])[a-z]{0,2}/\d{2}/\d{4,7}(?![\w/-]|[.,]\d)")
# A court of appeal's case number: "200.312.445/01" (three groups of three digits, a slash, two digits).
APPEAL_RE = re.compile(r"(?<![\w.,/])\d{3}\.\d{3}\.\d{3}/\d{2}(?![\w/-]|[.,]\d)")
APPEAL_TAIL_RE = re.compile(r"\.\d{3}/\d{2}")
# An insolvency (F) or debt-rescheduling (R) number of a court: "F.13/24/112", "R. 10/25/31".
INSOLVENCY_RE = re.compile(r"[FR](?<![\w/.-][FR])\.[ \t]?\d{2}/\d{2}/\d{1,5}(?![\w/-]|[.,]\d)")
CHAMBER_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z][ \t]RK[ \t]\d{2}[-/]\d{2,6}(?![\w-])")
# "VRD-2024-00871", and with a second group of capitals (a team or a kind of case): "JBZ-W-0043981"
PREFIXED_RE = re.compile(
    r"[A-Z](?<![\w/-][A-Z])[A-Z]{0,3}(?P<group>-[A-Z]{1,3})?(?:[-/]\d+){1,3}[A-Z]?(?![\w/-]|[.,]\d)"
)
# A year, capitals and a serial number: "2025/HC/0412", "2025-INC-00412".
YEAR_CODE_RE = re.compile(r"(?:19|20)(?<![\w/.-]..)\d{2}([-/.])[A-Z]{1,5}\1\d{3,7}(?![\w/-]|[.,]\d)")
# An identity-card or passport number: two letters, six letters or digits, a digit ("IR7KH5XP2").
DOCUMENT_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z][A-Z0-9]{6}\d(?![\w-])")
# A code of capitals and digits glued together without a keyword ("KR4418290", "PL0900-2025123456").
MIXED_RE = re.compile(
    r"[A-Z0-9](?<![\w/-][A-Z0-9])(?:(?<=[A-Z])(?=[A-Z0-9-]*\d)|(?<=\d)(?=[A-Z0-9-]*[A-Z]))"
    r"[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w/-]|[.,]\d)"
)
NOT_REFERENCE_PREFIXES = frozenset({"ISO", "NEN", "COVID", "SARS", "CO", "NO", "PM", "EN", "A", "BV", "ART"})
OWN_NUMBER_RE = re.compile(r"(?:BV|A)-(?:19|20)\d{2}-\d{1,4}")


# Seven or more digits (six in one run), alone or in groups joined by one kind of separator ("6231045", "772 118 503",
# "6014 8882 3391 0275", "2025.118.6620", "0034-771"): a client, collection or case number. Phone
# numbers, IBANs, valid BSNs and dates win over it (higher confidence); amounts, counts and years are no
# reference.
DIGIT_GROUPS_RE = re.compile(
    r"(?<![\w.,/€$+-])\d{2,}(?:([ .-])\d{2,}(?:\1\d{2,})*)?(?![\w/-]|[.,]\d|[ .-]\d)"
)
THOUSANDS_RE = re.compile(r"\d{1,3}(?:([ .])\d{3})+")
YEARS_ONLY_RE = re.compile(r"(?:19|20)\d{2}(?:[ .-](?:19|20)\d{2})*")
# A year and a short serial after the name of a council or college document ("RIB 2026-118",
# "Raadsvoorstel 2025-031", "Informatieverzoek 2026-012", "Beantwoording schriftelijke vragen 2026-017"):
# how the council numbers its documents, which the griffie records as the answer to a question. No
# personal reference.
YEAR_SERIAL_RE = re.compile(r"(?:19|20)\d{2}[-./]\d{1,4}")
COUNCIL_DOCUMENT_BEFORE_RE = re.compile(
    r"\b(?:RIB|RV|RIS|\w*(?:brief|voorstel|besluit|vragen|verzoek|memo|motie|amendement|toezegging|nota"
    r"|verordening))\b[ \t:.]*(?:nr\.?|nummer)?[ \t]*$",
    re.IGNORECASE,
)
MONEY_BEFORE_RE = re.compile(
    r"(?:€|\$|eur|euro|bedrag|ca\.|circa|ruim|bijna|ongeveer|totaal)[ \t:]*$", re.IGNORECASE
)
UNIT_AFTER_RE = re.compile(
    r"[ \t]*(?:,-|,[-–]{2}|euro|eur|%|procent|inwoners|mensen|personen|huishoudens|kinderen|jongeren|woningen"
    r"|leerlingen|cliënten|klanten|meldingen|keer|stuks|km|kilometer|kg|kilo|ton|liter|m2|m²|uur|minuten"
    r"|dagen|jaar|x)(?![\w])",
    re.IGNORECASE,
)
# An upper-case word right before a code of five or more digits ("HUUR 0034-771", "UBN 623104").
CAPS_CODE_RE = re.compile(r"(?<![\w-])([A-Z]{2,6})[ \t](\d[\d/-]*\d)(?![\w/-]|[.,]\d)")  # "ROT 24/1234" too
NOT_CODE_WORDS = NOT_REFERENCE_PREFIXES | frozenset(
    {
        "BTW",
        "CAO",
        "AOW",
        "WMO",
        "WLZ",
        "ZVW",
        "EUR",
        "NR",
        "KM",
        "TEL",
        "GGD",
        "RIVM",
        "CBS",
        "WOZ",
        "NL",
        "BE",
        "DE",
    }
)


SERVICE_NUMBER_RE = re.compile(r"0(?:800|900|906|909)[ \t.-]?\d{4}(?:[ \t.-]?\d{3})?")
SHORT_SERVICE_NUMBER_RE = re.compile(r"0(?:800|900|906|909)[ \t.-]?\d{4}")


def bare_numbers(text: str, starts: list[int], after_space: list[int] | None = None) -> list[Candidate]:
    """Long digit groups without a keyword; ``starts`` are the offsets of digit runs, ``after_space``
    those right after a space or tab."""
    if after_space is None:
        after_space = [p for p in starts if text[p - 1 : p] in (" ", "\t")]
    found: list[Candidate] = []
    end = 0
    for pos in starts:
        if pos < end or not text[pos].isdigit():
            continue
        match = DIGIT_GROUPS_RE.match(text, pos)
        if match is None:
            continue
        value = match.group()
        end = match.end()
        digits = _digits(value)
        if digits < 6 or (digits == 6 and (match.group(1) or value.endswith("00"))):
            continue  # six digits only in one run and not round ("104732")
        if YEARS_ONLY_RE.fullmatch(value) or value.endswith("000"):
            continue  # "2500000": a round amount or count
        if SERVICE_NUMBER_RE.fullmatch(value):
            continue  # "0800-2000", "0900-8844": the service number of a helpline, see patterns.PHONE_RE
        if THOUSANDS_RE.fullmatch(value) and not (
            match.group(1) == " " and value[3:4] == " " and len(value) >= 11
        ):
            continue  # "1.250.000", "2 500 000": an amount or a count; "772 118 503" is no count
        if MONEY_BEFORE_RE.search(text, max(0, pos - 12), pos) or UNIT_AFTER_RE.match(text, end):
            continue
        if YEAR_SERIAL_RE.fullmatch(value) and COUNCIL_DOCUMENT_BEFORE_RE.search(text, max(0, pos - 40), pos):
            continue
        found.append(Candidate(pos, end, Category.NUMMER, 0.6))
    for match in finditer_near(CAPS_CODE_RE, text, after_space, 10, 80):
        word, code = match.group(1), match.group(2)
        digits = re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", code)
        if word in NOT_CODE_WORDS or _digits(digits) < 5 or UNIT_AFTER_RE.match(text, match.end()):
            continue
        found.append(Candidate(match.start(), match.end(), Category.NUMMER, 0.65))
    return found


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


def _code_after(text: str, start: int) -> re.Match[str] | None:
    """The first code with a digit in the clause after a keyword ("Dossiernummer bij de gemeente: 2023-4471")."""
    if text[start : start + 1] == ".":
        start += 1  # "clientnr. 88123"
    window_end = min(len(text), start + 45)
    stop = STOP_RE.search(text, start, window_end)
    if stop:
        window_end = stop.start()
    for match in CODE_RE.finditer(text, start, window_end):
        if any(ch.isdigit() for ch in match.group()):
            # a code that starts in the window runs to its own end ("zaak C/01/401912 / BM RK 23-1187")
            code_end = min(len(text), match.start() + 60)
            stop = STOP_RE.search(text, match.start(), code_end)
            whole = CODE_RE.match(text, match.start(), stop.start() if stop else code_end)
            return whole or match
    if start < window_end and any(ch.islower() for ch in text[start:window_end]):
        # "id-kaart: ir45l7k21" in a note without capitals: one group, read in capitals
        upper = _upper(text)  # once per text, not once per keyword (a text full of "KvK" stayed quadratic)
        if upper is None:  # a letter that grows in capitals ("ß"): up to the window, as long as it holds
            prefix = text[:window_end].upper()
            upper = prefix if len(prefix) == window_end else None
        if upper is not None:
            for match in SINGLE_CODE_RE.finditer(upper, start, window_end):
                if any(ch.isdigit() for ch in match.group()) and any(ch.isalpha() for ch in match.group()):
                    return match
    return None


@lru_cache(maxsize=8)
def _upper(text: str) -> str | None:
    """``text`` in capitals when every letter stays one letter (the offsets hold), else None."""
    upper = text.upper()
    return upper if len(upper) == len(text) else None


def _trim(value: str) -> str:
    """Drop trailing groups without a digit ("2003 4411 BSN" -> "2003 4411")."""
    parts = value.split(" ")
    while len(parts) > 1 and not any(ch.isdigit() for ch in parts[-1]):
        parts.pop()
    return " ".join(parts)


# A bare "nummer"/"nr" after a word that names the register ("wmo nummer 458821-B"); the numbers of a
# house, a phone or a bank account are found elsewhere or are no reference.
BARE_NUMBER_RE = CaselessRe(
    r"(?<![\w])(?!(?:huis|telefoon|mobiel|mobiele|rekening|iban|kamer|bus|pagina|volg|serie|artikel|het|een"
    r"|dit|dat|zijn|haar|mijn|ons|uw|hun|nieuwe|oude|goede|ander|andere|welk|welke|geen)[ \t])"
    r"[^\W\d_]{2,20}+[ \t]+(?:nummer|nr\.?)(?=[ \t:]+[a-z]{0,4}[-/ ]?\d)"
)


def find_references(text: str, lower: str | None = None) -> list[Candidate]:
    """Reference numbers in ``text``; ``lower`` is ``caseless.lowered(text)`` when the caller has it."""
    if lower is None:
        lower = lowered(text)
    found: list[Candidate] = []
    endings = [m.start() for m in NUMBER_ENDING_RE.finditer(text.lower() if lower is None else lower)]
    for keyword in KEYWORD_RE.finditer(text, lower):
        found.extend(_after_keyword(text, keyword.end(), keyword.group().lower(), 0.97))
    for keyword in NUMBER_WORD_RE.near(text, lower, endings, 30, 10) if endings else ():
        found.extend(_after_keyword(text, keyword.end(), keyword.group().lower(), 0.97))
    for keyword in BARE_NUMBER_RE.near(text, lower, endings, 40, 40) if endings else ():
        found.extend(_after_keyword(text, keyword.end(), keyword.group().lower(), 0.7))
    found.extend(_after_file_words(text, text.lower() if lower is None else lower))
    for match in DOCUMENT_RE.finditer(text):
        value = match.group()
        if _digits(value) >= 3 and sum(ch.isalpha() for ch in value) >= 3:
            found.append(Candidate(match.start(), match.end(), Category.NUMMER, 0.75))
    for match in MIXED_RE.finditer(text):
        value = match.group()
        digits = re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", value)  # "Q3-2025": a quarter, not a code
        if _digits(digits) >= 5 and not value.startswith(("COVID", "SARS")):
            found.append(Candidate(match.start(), match.end(), Category.NUMMER, 0.7))
    for match in YEAR_CODE_RE.finditer(text) if "/" in text or "-" in text else ():
        found.append(Candidate(match.start(), match.end(), Category.NUMMER, 0.75))  # "2025/HC/0412"
    for regex in (COURT_RE, COURT_LOWER_RE, CHAMBER_RE, INSOLVENCY_RE, PREFIXED_RE):
        for match in _court_lower(text) if regex is COURT_LOWER_RE else regex.finditer(text):
            value = match.group()
            prefix = re.match(r"[A-Z]+", value)
            if regex is PREFIXED_RE and (
                _digits(value) < (5 if match.group("group") else 4)
                or (prefix and prefix.group() in NOT_REFERENCE_PREFIXES)
                or OWN_NUMBER_RE.fullmatch(value)
            ):
                continue
            # "C/13/712345 / FA RK 24-1234": the whole court number outranks its chamber's letters
            chamber = regex is COURT_RE and " " in value
            found.append(Candidate(match.start(), match.end(), Category.NUMMER, 0.93 if chamber else 0.8))
    for tail in APPEAL_TAIL_RE.finditer(text) if "/" in text else ():  # ".445/01": the end, found fast
        match = APPEAL_RE.match(text, tail.start() - 7) if tail.start() >= 7 else None
        if match is not None:
            found.append(Candidate(match.start(), match.end(), Category.NUMMER, 0.8))  # "200.312.445/01"
    return found


def _court_lower(text: str) -> list[re.Match[str]]:
    """What ``COURT_LOWER_RE.finditer`` finds, tried only a few letters before "/dd/" (much faster than
    trying every lower-case letter)."""
    found: list[re.Match[str]] = []
    for slash in COURT_SLASH_RE.finditer(text) if "/" in text else ():
        for start in range(max(0, slash.start() - 3), slash.start()):
            match = COURT_LOWER_RE.match(text, start)
            if match is not None and (not found or found[-1].end() <= start):
                found.append(match)
                break
    return found


def _after_file_words(text: str, folded: str) -> list[Candidate]:
    """The code right after a compound of a register and "dossier", "kenmerk", "aanvraag", "melding" or
    "zaak" ("leerplichtdossier LP 24.0871", "WMO-aanvraag 24.118.339"), not a count, an amount or a year."""
    found: list[Candidate] = []
    if len(folded) != len(text):
        return found  # a rare letter changed length in lower case: offsets would not match
    for word in ("dossier", "kenmerk", "aanvraag", "melding", "zaak", "vordering", "aanmaning"):
        at = folded.find(word)
        while at != -1:
            end = at + len(word)
            head = FILE_HEAD_RE.search(folded, max(0, at - 21), at)
            if head is not None and not folded[end : end + 1].isalnum():
                code = FILE_CODE_RE.match(text, end)
                value = code.group().strip(" \t:") if code is not None else ""
                amount = THOUSANDS_RE.fullmatch(value) and (_digits(value) < 8 or value.endswith("000"))
                if code is not None and not amount and not UNIT_AFTER_RE.match(text, code.end()):
                    found.extend(_after_keyword(text, end, folded[head.start() : end], 0.9))
            at = folded.find(word, end)
    return found


def _after_keyword(text: str, end: int, keyword: str, confidence: float) -> list[Candidate]:
    code = _code_after(text, end)
    if code is None:
        return []
    value = _trim(code.group())
    digits = _digits(value)
    if digits < 4 and not (digits >= 2 and any(ch.isalpha() for ch in value)):
        return []
    if re.fullmatch(r"(?:19|20)\d{2}", value) or SHORT_SERVICE_NUMBER_RE.fullmatch(value):
        return []  # "storingsnummer 0800-9009": a helpline's short service number, never a resident's
    is_bsn = keyword.startswith(("bsn", "burger", "sofi"))
    category = Category.BSN if is_bsn else Category.NUMMER
    return [Candidate(code.start(), code.start() + len(value), category, 0.8 if is_bsn else confidence)]
