"""Rules for whole texts that name nobody: policy notes, minutes, budget paragraphs, letters to the
council, anonymous case descriptions. There a date is when a rule changes or a meeting is held, a
reference number is a document's and a street without a number is where something is; and a feast that
shares its name with a place ("met Sint Maarten") is a day, not the island."""

from __future__ import annotations

import re

from .model import Category
from .patterns import BIRTH_CONTEXT_RE
from .scan import Candidate

# What makes a text a case text about a person; places, organisations, web addresses, dates and
# reference numbers do not.
PERSONAL = frozenset(
    {
        Category.NAAM,
        Category.LEEFTIJD,
        Category.ADRES,
        Category.BSN,
        Category.IBAN,
        Category.TELEFOON,
        Category.EMAIL,
        Category.POSTCODE,
        Category.KENTEKEN,
    }
)


# "per 1 juli", "met ingang van 1 maart 2026", "m.i.v. 1 januari", "vanaf 1 augustus tot en met 31 juli"
RULE_DATE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:per|vanaf|m\.i\.v\.|ingang[ \t]+van|t/m|tot(?:[ \t]+en[ \t]+met)?)[ \t]+$", re.IGNORECASE
)
WORD_GAP_RE = re.compile(r"\s+")
# A whole text, not a note's line or a fragment: a policy note, minutes, a letter. The clean texts of
# the corpora run from 80 to 160 words; a capture line or a note about one visit is far shorter.
MIN_POLICY_WORDS = 60


def without_document_dates(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """In a text about nobody (a policy note, minutes, a budget paragraph, a letter to the council, an
    anonymous case description) a date is when a rule changes, a meeting or a theme day ("per 1 januari
    2026", "de raad bespreekt het rapport op 3 februari", "Dag van de Mantelzorg, 10 november"), not
    when a resident did something: the corpora's convention leaves such dates unmarked in clean texts.
    A date is kept as soon as the text names or identifies a person in any other way, and a date of
    birth ("geboren op 3 maart 1961") always. In such a whole text a reference number is a document's
    ("kenmerk 2026/04518", "zaaknummer Z/25/019283"), not a resident's dossier."""
    if not chosen:
        return chosen
    public = _public_addresses(text, chosen)
    if any(c.category in PERSONAL and not _bare_street(text, c) and c not in public for c in chosen):
        return chosen
    whole_text = WORD_GAP_RE.subn("", text, count=MIN_POLICY_WORDS)[1] >= MIN_POLICY_WORDS
    result = []
    for cand in chosen:
        if cand.category is Category.DATUM:
            before = text[max(0, cand.start - 30) : cand.start]
            if BIRTH_CONTEXT_RE.search(before) is None and (whole_text or RULE_DATE_BEFORE_RE.search(before)):
                continue
        elif cand.category is Category.NUMMER and whole_text:
            continue  # "kenmerk 2026/04518", "zaaknummer Z/25/019283": a council document's number
        elif (
            cand.category is Category.URL
            and whole_text
            and SOCIAL_RE.search(text, cand.start, cand.end) is None
            and OWNED_BEFORE_RE.search(text, max(0, cand.start - 40), cand.start) is None
        ):
            continue  # "www.ede.nl/minima": a page of the council or a service, no one's profile
        elif whole_text and (_bare_street(text, cand) or cand in public):
            continue  # "de herinrichting van de Stationsstraat": where something is, nobody's address
        result.append(cand)
    return result


# "in het gemeentehuis, Markt 1", "Bezoekadres stadskantoor: Stationsplein 5, 1234 AB": the address of the
# council's own building, where a meeting or a counter is.
PUBLIC_BUILDING_BEFORE_RE = re.compile(
    r"(?i:gemeentehuis|stadhuis|raadhuis|stadskantoor|gemeentekantoor|provinciehuis|bibliotheek|wijkcentrum"
    r"|buurthuis|dorpshuis|gezondheidscentrum|sporthal|zwembad|jongerencentrum)"
    r"(?:[ \t]+(?i:van|in)[ \t]+[A-Z][\w-]*|(?:[ \t]+(?:De|Het|'t|[A-Z][\w'-]*)){1,3})?"
    r"[ \t]*[,:(]?[ \t]*(?:\n[ \t]*)?(?i:(?:verhuist|gaat|komt)[ \t]+naar[ \t]+|(?:aan|op|naar)[ \t]+)?"
    r"(?i:(?:de|het)[ \t]+)?$"
)


# The council's own desks and lines: "Klantcontactcentrum: 020-1234567", "bel het Wmo-loket op ...".
COUNTER_PHONE_RE = re.compile(
    r"(?i:gemeente|klantcontact\w*|kcc|servicedesk|receptie|publieksbalie|\w*loket|meldpunt\w*"
    r"|algemeen[ \t]+nummer|algemene[ \t]+nummer|telefonisch[ \t]+spreekuur)"
)
COUNTER_PHONE_AFTER_RE = re.compile(
    r"[ \t]*\((?i:algemeen[ \t]+nummer|gemeente|klantcontact\w*|loket)[^)\n]{0,30}\)"
)
# A mobile number is a person's, whoever's desk is named near it.
MOBILE_RE = re.compile(r"(?:\+|00)?(?:31[ \t-]?)?\(?0?\)?6[ \t-]?\d")
# "woont in een flat tegenover het zwembad, Parklaan 12": a home near a public building.
LIVES_NEAR_RE = re.compile(
    r"(?<![\w])(?:woon\w*|woont|verblijf\w*|flat|boven|tegenover|naast|achter|logeert|huurt)(?![\w])",
    re.IGNORECASE,
)
# "zijn profiel op www…", "haar website": a page that belongs to someone.
OWNED_BEFORE_RE = re.compile(r"(?<![\w])(?:zijn|haar|hun|mijn|jouw)(?![\w])[^.;\n]{0,30}$", re.IGNORECASE)
# A profile on a social platform names a person even in a text that names nobody else.
SOCIAL_RE = re.compile(r"@|(?i:instagram|tiktok|facebook|snapchat|twitter|x\.com|linkedin|youtube|threads)")
# A desk's mailbox, no person's: "wmo@gemeente.nl", "info@...", "sociaalteam@...".
DESK_MAIL_RE = re.compile(
    r"(?i:info|wmo|jeugd|loket|\w*loket|klantcontact|kcc|contact|gemeente|secretariaat|griffie|privacy|fg"
    r"|sociaalteam|sociaal\.?team|wijkteam|schuldhulp|werkeninkomen|inkomen|minima|post|receptie)@[\w.-]+"
)
POSTBUS_BEFORE_RE = re.compile(r"(?<![\w])postbus[ \t]+\d+[ \t]*,?[ \t]*(?:\n[ \t]*)?$", re.IGNORECASE)


# The council's own bank account: "NL91 BNGH 0285 1671 02 t.n.v. gemeente Ede", "rekening van de gemeente".
COUNCIL_ACCOUNT_RE = re.compile(
    r"[ \t,]*(?:\(?[ \t]*)?(?:t\.?n\.?v\.?|ten[ \t]+name[ \t]+van)[ \t]+(?:de[ \t]+|het[ \t]+)?(?:gemeente|college)(?![\w])",
    re.IGNORECASE,
)
COUNCIL_ACCOUNT_BEFORE_RE = re.compile(
    r"(?:bank)?rekening(?:nummer)?[ \t]+van[ \t]+de[ \t]+gemeente[ \t:]*(?:\w+[ \t:]+)?$", re.IGNORECASE
)


def _public_addresses(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The addresses right after the name of the council's building, the postcode that follows one, the
    postcode of a post office box and the council's own bank account."""
    public: list[Candidate] = []
    for cand in chosen:
        if cand.category is Category.IBAN:
            if COUNCIL_ACCOUNT_RE.match(text, cand.end) or COUNCIL_ACCOUNT_BEFORE_RE.search(
                text, max(0, cand.start - 50), cand.start
            ):
                public.append(cand)  # "betaal op NL91 BNGH 0285 1671 02 t.n.v. gemeente Ede"
        elif cand.category is Category.TELEFOON:
            before = text[max(0, cand.start - 50) : cand.start]
            clause = before[max(before.rfind("\n"), before.rfind(". ")) + 1 :]
            own = (
                COUNTER_PHONE_RE.search(clause) and OWNED_BEFORE_RE.search(clause) is None
            )  # not "haar nummer"
            if MOBILE_RE.match(text, cand.start) is None and (
                own or COUNTER_PHONE_AFTER_RE.match(text, cand.end)
            ):
                public.append(cand)  # "Klantcontactcentrum: 020-1234567", "(algemeen nummer gemeente)"
        elif cand.category is Category.EMAIL:
            value = text[cand.start : cand.end].lower()
            if DESK_MAIL_RE.fullmatch(text, cand.start, cand.end) and (
                "gemeente" in value.partition("@")[2] or not value.startswith(("info@", "contact@", "post@"))
            ):
                public.append(cand)  # "wmo@gemeente.nl", "info@..."
        elif cand.category is Category.ADRES:
            before = text[max(0, cand.start - 60) : cand.start]
            if PUBLIC_BUILDING_BEFORE_RE.search(before) is not None and LIVES_NEAR_RE.search(before) is None:
                public.append(cand)
        elif cand.category is Category.POSTCODE:
            gap = text[public[-1].end : cand.start] if public else "-"
            if (len(gap) <= 3 and not gap.strip(" \t,\n")) or POSTBUS_BEFORE_RE.search(
                text, max(0, cand.start - 30), cand.start
            ):
                public.append(cand)  # "Postbus 16200, 3500 CE Utrecht": an organisation's mail address
    return public


def _bare_street(text: str, cand: Candidate) -> bool:
    """A street without a house number ("naar de Kerkstraat"), or with a range of them ("de woningen aan de
    Kerkstraat 2-40", "Hoofdweg 100 t/m 180"): a block, nobody's address."""
    if cand.category is not Category.ADRES:
        return False
    value = text[cand.start : cand.end]
    if not any(ch.isdigit() for ch in value):
        return True
    clause = text[max(0, cand.start - 60) : cand.start]
    houses = HOUSES_BEFORE_RE.search(clause) is not None  # "de woningen aan de Kerkstraat 2-40"
    return houses and (
        NUMBER_RANGE_RE.search(value) is not None or NUMBER_RANGE_AFTER_RE.match(text, cand.end) is not None
    )


# A block of houses is named as such; "het gezin woont aan de Kerkstraat 12-14" is one home.
HOUSES_BEFORE_RE = re.compile(
    r"(?<![\w])(?:woningen|huizen|panden|percelen|huisnummers|nummers|adressen|flats|portieken|blok)(?![\w])",
    re.IGNORECASE,
)


# "Kerkstraat 2-40", "Hoofdweg 100 t/m 180": more than one house; "Kerkstraat 12-A", "2-4" may be one.
NUMBER_RANGE_RE = re.compile(r"(?<![\d])\d{1,4}[ \t]*[-–][ \t]*\d{2,4}$")
NUMBER_RANGE_AFTER_RE = re.compile(
    r"[ \t]*(?:t/m|tot[ \t]+en[ \t]+met)[ \t]+\d{1,4}(?![\w])(?![ \t]+(?i:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec))"
)


# Feasts named like a place: "Sint Maarten" (11 November, and an island), "Sint Nicolaas" (5 December, and
# a town on Aruba). After a word of time they are the feast.
FEAST_PLACES = frozenset({"sint maarten", "sint-maarten", "sint nicolaas", "sint-nicolaas"})
FEAST_TIME_BEFORE_RE = re.compile(
    r"(?<![\w])(?:met|rond|tijdens|na|vóór|sinds|tot)[ \t]+(?:(?:[\w-]+[ \t]+){1,2}(?:en|of)[ \t]+)?$",
    re.IGNORECASE,
)  # "met Sint Maarten", "rond Sinterklaas en Sint Nicolaas"


def without_feast_days(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """ "Met Sint Maarten lopen de kinderen langs de deuren": the feast, not the island."""
    return [
        c
        for c in chosen
        if c.category is not Category.PLAATS
        or " ".join(text[c.start : c.end].lower().split()) not in FEAST_PLACES
        or FEAST_TIME_BEFORE_RE.search(text, max(0, c.start - 40), c.start) is None
    ]
