"""Named organisations whose kind is written as a compound and whose own name follows it: "Zorgverzekeraar
Waddenzorg", "Zuivelcoöperatie Noordmelk", "Dierenartsenpraktijk Oldambt", "Turnvereniging Kwiek
Emmeloord", "Verslavingsreclassering Novadic-Kentron", "Fietsenhandel Koster". The compound ends in a
kind of organisation (…verzekeraar, …praktijk, …vereniging, …kantoor, …bedrijf …) and one to three
capitalised name words follow it on the same line; a town inside the name belongs to the organisation.
Also: a kind in lower case before a name ("woonlocatie Het Kompas", "re-integratiebedrijf werkfit",
"stichting erf en zorg fryslân"), a practice by its river ("Huisartsen aan de Maas"), a company by royal
warrant ("Koninklijke Smilde") and a capitalised article inside a sentence ("zit op De Werkplaats").
Texts that capitalise every noun ("de Zorgverzekeraar Regeling") are handled by ``capitals.py``: a
finding made only of ordinary words is dropped there."""

from __future__ import annotations

from .model import Category
from .organisation_words import COMPASS, PROVINCES
from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, Candidate, TextScan
from .wordfilter import looks_like_typo

# Last parts of a compound that names a kind of organisation.
ORGANISATION_HEADS = (
    "verzekeraar",
    "coöperatie",
    "cooperatie",
    "praktijk",
    "handel",
    "vereniging",
    "reclassering",
    "schap",
    "kantoor",
    "bedrijf",
    "centrum",
    "school",
    "boerderij",
    "kerk",
    "fabriek",
    "winkel",
    "kwekerij",
    "zaak",
    "club",
    "stichting",
    "bureau",
    "corporatie",
    "organisatie",
    "instelling",
    "opvang",
    "huis",
    "café",
    "cafe",
    "advies",  # "Schadeadvies Groningen Noord", "AgriAdvies Oost": an advice office
    "huisvesting",  # "Flexhuisvesting Vechtdal": a landlord of seasonal workers
)
# Kinds that also make ordinary compounds ("Woonadvies Senioren", "Reisadvies Buitenland" are a service
# or a programme): their name must be a place, a region or a word no dictionary knows.
PLACE_NAMED_HEADS = ("advies", "huisvesting")
MIN_HEAD_PREFIX = 3  # "Turn|vereniging": the part before the kind; "thuis" is no "t|huis"
# Above a listed town inside the name ("Dierenartsenpraktijk Oldambt"), below 0.9 (see capitals.py).
CONFIDENCE = 0.89
NOT_NAMES = frozenset({"nederland", "en", "of"})


def compound_organisations(scan: TextScan) -> list[Candidate]:
    tokens = scan.tokens
    found = []
    for i, token in enumerate(tokens[:-1]):
        lower = token.lower
        if token.cap and lower in RIVERSIDE_KINDS and scan.adjacent(i):
            end = _by_the(scan, i + 1)  # "Huisartsen aan de Maas", "Apotheek aan de Dommel"
            if end is not None:
                found.append(Candidate(token.start, tokens[end - 1].end, Category.INSTELLING, CONFIDENCE))
                continue
        if token.text == "Koninklijke" and scan.adjacent(i) and _royal_name(scan, i + 1):
            end = _name_end(scan, i + 1)  # "Koninklijke Smilde": a company by royal warrant
            if end is not None:
                found.append(Candidate(token.start, tokens[end - 1].end, Category.INSTELLING, CONFIDENCE))
            continue
        if token.all_caps and _acronym_placed(scan, i):
            end = _name_end(scan, i + 1) if scan.adjacent(i) and tokens[i + 1].cap else None
            last = tokens[end - 1].end if end is not None else token.end  # "bij HVV Laakkwartier"
            found.append(Candidate(token.start, last, Category.INSTELLING, 0.66))
            continue
        if token.text in CAPITAL_ARTICLES and not token.sentence_start and scan.adjacent(i):
            end = _name_end(scan, i + 1)  # "zit op De Werkplaats": a capital article inside a sentence
            if end is not None:
                found.append(Candidate(token.start, tokens[end - 1].end, Category.INSTELLING, 0.6))
            continue
        if not token.cap:
            if not lower.endswith(LOWER_KIND_ENDINGS) or not scan.adjacent(i) or i in scan.blocked:
                continue  # most lower-case words: decided in one call
            cand = _after_lower_kind(scan, i)
            if cand is not None:
                found.append(cand)
            continue
        if not token.cap or token.all_caps or not scan.adjacent(i) or not _kind_compound(lower):
            continue
        end = _name_end(scan, i + 1)
        confidence = CONFIDENCE
        if end is None and tokens[i + 1].text in ARTICLES and scan.adjacent(i + 1):
            end = _name_end(
                scan, i + 2
            )  # "Dierenartsenpraktijk De Fryske Marren": the article opens the name
            confidence = 0.91  # above the town or region inside the name
        if end is None:
            continue
        if lower.endswith(PLACE_NAMED_HEADS) and not all(_placed_word(scan, k) for k in range(i + 1, end)):
            continue
        found.append(Candidate(token.start, tokens[end - 1].end, Category.INSTELLING, confidence))
    return found


def _placed_word(scan: TextScan, k: int) -> bool:
    """Token ``k`` names where an organisation works: a place, region or compass word, or no Dutch word."""
    lower, lists = scan.tokens[k].lower, scan.lists
    return lower in lists.places or lower in COMPASS or lower in PROVINCES or lower not in lists.dutch_words


HEAD_ENDINGS = frozenset(head[-4:] for head in ORGANISATION_HEADS)


def _after_lower_kind(scan: TextScan, i: int) -> Candidate | None:
    """An organisation after a kind written in lower case at token ``i``, or None."""
    tokens, lower = scan.tokens, scan.tokens[i].lower
    start = tokens[i].start
    end = _named_after_article(scan, i)  # "woonlocatie Het Kompas", "dorpshuis De Schakel"
    if end is not None:
        return Candidate(start, tokens[end - 1].end, Category.INSTELLING, 0.8)
    if lower in LOWER_FOUNDATIONS and scan.prev_lower(i) not in ("de", "het", "een", "die", "deze", "onze"):
        end = _ends_in_region(scan, i + 1)  # "stichting erf en zorg fryslân": ending in its region
        if end is not None:
            return Candidate(start, tokens[end - 1].end, Category.INSTELLING, 0.7)
    if not _kind_compound(lower):
        return None
    if _unknown_lower(scan, i + 1):  # "re-integratiebedrijf werkfit": a name no dictionary knows
        return Candidate(start, tokens[i + 1].end, Category.INSTELLING, 0.7)
    end = _name_end(scan, i + 1) if tokens[i + 1].cap else None
    if end is None or all(t.lower in scan.lists.places for t in tokens[i + 1 : end]):
        return None
    # "moskeevereniging Ulu Camii Deventer": the capitalised name alone ("consultatiebureau Poelenburg"
    # may be named after its district)
    return Candidate(tokens[i + 1].start, tokens[end - 1].end, Category.INSTELLING, 0.85)


LOWER_HEADS = ("locatie", "voorziening", "huis", "centrum", "praktijk", "boerderij", "kantoor")
ARTICLES = frozenset({"De", "Het", "'t", "’t"})
CAPITAL_ARTICLES = frozenset({"De", "Het"})


def _named_after_article(scan: TextScan, i: int) -> int | None:
    """A kind of place written in lower case, then its name with a capitalised article."""
    tokens = scan.tokens
    lower = tokens[i].lower
    if not lower.endswith(LOWER_HEADS) or len(lower) < 8 or lower in scan.lists.institution_keywords:
        return None
    k = i + 1
    if tokens[k].text not in ARTICLES or tokens[k].sentence_start or not scan.adjacent(k):
        return None
    return _name_end(scan, k + 1)


# National knowledge and advice centres are named after their subject, not after a place or a founder
# ("Kenniscentrum Sport", "Expertisecentrum Euthanasie").
SUBJECT_PREFIXES = ("kennis", "expertise", "advies", "informatie", "onderzoeks")


# Practices and providers named after the river or dike they stand by: "Huisartsen aan de Maas".
RIVERSIDE_KINDS = frozenset(
    {"huisartsen", "tandartsen", "fysiotherapeuten", "verloskundigen", "advocaten", "notarissen"}
    | {"huisartsenpraktijk", "praktijk", "apotheek", "fysiotherapie", "tandartspraktijk"}
)


def _by_the(scan: TextScan, k: int) -> int | None:
    tokens = scan.tokens
    if k + 2 >= len(tokens) or tokens[k].text != "aan":
        return None
    if tokens[k + 1].lower not in ("de", "het", "t") or tokens[k + 1].cap:
        return None
    if not (scan.adjacent(k) and scan.adjacent(k + 1)):
        return None
    return _name_end(scan, k + 2)


LOWER_FOUNDATIONS = frozenset({"stichting", "vereniging", "coöperatie", "cooperatie"})
LOWER_KIND_ENDINGS = ORGANISATION_HEADS + LOWER_HEADS  # every lower-case kind above ends in one of these


def _ends_in_region(scan: TextScan, j: int) -> int | None:
    """Index after up to four lower-case words that end in a place or region, or None."""
    tokens, lists = scan.tokens, scan.lists
    for k in range(j, min(j + 4, len(tokens))):
        token = tokens[k]
        lower = token.lower
        if token.cap:
            return None
        if k > j and (lower in PROVINCES or lower in lists.places and lower not in lists.dutch_words):
            return k + 1  # a province may be a domain term; it ends the name all the same
        if k in scan.blocked or (lower in FUNCTION_WORDS and lower != "en") or not scan.adjacent(k):
            return None  # "de stichting helpt boeren in friesland": a sentence, no name
    return None


# Abbreviations after "bij", "via" that name no local organisation: schemes, benefits, school types,
# national bodies not among the domain terms, and the words of a form.
_COMMON_ACRONYMS = """
rivm afm acm cbr ap knmi cbs ah ov pgb bsn mdo ict hr it zzp ww aow anw ioaw wia wao bbz tonk tozo vog
dbc seh ic ok poh soh jgz bso kdv vve mbo hbo vmbo havo vwo po vo so bo azc wsnp msnp gbo bkr lvb ggz
adhd ass add ptss nah lvg aov sdv nl eu vs uk usa tv pc gsm sms pdf cv id
"""
COMMON_ACRONYMS = frozenset(_COMMON_ACRONYMS.split())
ACRONYM_CUES = frozenset({"bij", "via", "at", "van", "naar"})


def _acronym_placed(scan: TextScan, i: int) -> bool:
    """ "speelt voetbal bij HVV", "werkt at ASML", "wijkwerker van WIJ": an abbreviation right after a
    word that places a resident is a local organisation, unless it is a national body or a scheme."""
    token = scan.tokens[i]
    lower = token.lower
    return (
        3 <= len(lower) <= 6
        and i > 0
        and scan.prev_adjacent(i)
        and scan.prev_lower(i) in ACRONYM_CUES
        and i not in scan.blocked
        and lower not in scan.lists.domain_terms
        and lower not in scan.lists.institution_keywords
        and lower not in COMMON_ACRONYMS
        and not token.sentence_start
    )


def _royal_name(scan: TextScan, k: int) -> bool:
    """The name after "Koninklijke": a place, a surname or a word no dictionary knows; never an
    ordinary word ("Koninklijke Landmacht", "Koninklijke Bibliotheek" are national bodies)."""
    lower, lists = scan.tokens[k].lower, scan.lists
    return lower in lists.places or lower in lists.surnames or lower not in lists.dutch_words


def _unknown_lower(scan: TextScan, k: int) -> bool:
    token, lists = scan.tokens[k], scan.lists
    lower = token.lower
    return (
        not token.cap
        and len(lower) >= 4
        and lower.isalpha()
        and k not in scan.blocked
        and lower not in lists.dutch_words
        and lower not in lists.stop_words
        and lower not in lists.domain_terms
        and lower not in FUNCTION_WORDS
        and not looks_like_typo(lower, lists.dutch_words)
    )


PLACE_NOUNS = frozenset({"buurtschap", "gemeenschap", "gemeentehuis", "raadhuis", "stadhuis"})


def _kind_compound(lower: str) -> bool:
    if lower[-4:] not in HEAD_ENDINGS or lower.startswith(SUBJECT_PREFIXES) or lower in PLACE_NOUNS:
        return False
    for head in ORGANISATION_HEADS:
        if lower.endswith(head) and len(lower) - len(head) >= MIN_HEAD_PREFIX:
            return lower[-len(head) - 1] != "-" or len(lower) - len(head) > MIN_HEAD_PREFIX + 1
    return False


def _name_word(scan: TextScan, k: int, first: bool) -> bool:
    token, lists = scan.tokens[k], scan.lists
    lower = token.lower
    if not token.cap or token.sentence_start or k in scan.blocked or lower in NOT_NAMES:
        return False
    if token.all_caps:
        return False  # "Servicecentrum ICT": a department and its trade, no name
    if len(lower) == 1:
        return False  # "WSNP-zaak F.13/24/112": a letter opens a code, no name
    if lower in FUNCTION_WORDS or lower in MONTHS_AND_DAYS or lower in lists.institution_keywords:
        return False
    if lower in lists.domain_terms:
        return False
    if first and lower in lists.stop_words:
        # "Fietsenhandel Koster", "Mentorschap Noord": a surname or a part of the country is a name;
        # "Voetbalvereniging Oranje Nassau": so is a word that another capitalised word follows
        if lower in lists.surnames or lower in COMPASS or lower in PROVINCES:
            return True
        nxt = k + 1
        return nxt < len(scan.tokens) and scan.adjacent(k) and _name_word(scan, nxt, first=False)
    return True


def _name_end(scan: TextScan, j: int) -> int | None:
    """Index after the one to three capitalised name words that start at token ``j``."""
    tokens = scan.tokens
    end = None
    k = j
    while k < len(tokens) and k - j < 3 and _name_word(scan, k, first=k == j):
        end = k + 1
        if not scan.adjacent(k):
            break
        k += 1
    return end
