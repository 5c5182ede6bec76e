"""A text that already holds a strong identifier (a BSN, an IBAN, a phone number, an e-mail address, a
postcode, a number plate, a first name with a surname or a titled name, a street address) is a case text
that nobody anonymised yet. There a capitalised word that no dictionary or list knows ("Carrefour",
"Poelenburg", "Ruthmilo") is far more likely a name than in a policy text, so the detector takes it as
one when no other rule did, and a lower-case unknown word right before a phone number is the contact's
name ("(wijnia, 0519-...)"). Texts without such an identifier,
and so every clean text, keep the strict rules. Texts mostly in another language (an English or
Papiamentu note) take only words inside a sentence: there every word is unknown to the Dutch
dictionary, but inside an English sentence only names, the calendar and languages are capitalised."""

from __future__ import annotations

import re

from .capitals import capitalises_nouns
from .common_readings import ORIGIN_WORDS
from .model import Category
from .name_words import RELATIONS, ROLES, TITLES
from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, Candidate, TextScan
from .wordfilter import looks_like_typo

STRONG = frozenset(
    {Category.BSN, Category.IBAN, Category.TELEFOON, Category.EMAIL, Category.POSTCODE, Category.KENTEKEN}
)
MAX_FOREIGN = 0.4  # share of lower-case words unknown to the Dutch dictionary: above it, another language
CONFIDENCE = 0.5
PLACE_BEFORE = frozenset({"in", "uit", "te", "naar", "nabij", "wijk", "buurt", "dorp", "vanuit", "from"})
ORGANISATION_BEFORE = frozenset({"bij", "via", "at"})
EPONYM_BEFORE = frozenset({"ziekte", "syndroom", "methode", "model"})  # "de ziekte van Huntington"
# Capitalised words of case texts that name nobody and that the Dutch word list (lower case only) lacks:
# origins and languages, feasts, apps and media, and the medicines notes mention most.
_NOT_NAMES = """
turks marokkaans surinaams antilliaans arubaans pools oekraïens russisch roemeens bulgaars hongaars
eritrees ethiopisch somalisch afghaans iraaks iraans syrisch koerdisch berbers tamazight papiaments
papiamentu tigrinya amhaars dari farsi pashto urdu hindi tamil engels frans duits spaans portugees
italiaans grieks chinees kantonees mandarijn vietnamees thais filipijns indonesisch molukks kaapverdiaans
suikerfeest offerfeest ramadan kerstmis kerst pasen pinksteren sinterklaas hemelvaart oud nieuw
covid corona whatsapp facebook instagram tiktok snapchat youtube telegram signal tinder gmail hotmail
outlook excel xbox playstation nintendo fortnite netflix spotify digid mijnoverheid tikkie
seroquel risperdal abilify ritalin concerta medikinet paroxetine sertraline citalopram venlafaxine
oxazepam temazepam diazepam lorazepam tramadol oxycodon methadon suboxone lithium quetiapine
olanzapine haldol insuline metformine paracetamol ibuprofen
koningsdag bevrijdingsdag avondvierdaagse ajax feyenoord psv
halloween valentijnsdag moederdag vaderdag hemelvaartsdag allerheiligen allerzielen kerstavond carnaval
oudejaarsavond oudejaarsdag nieuwjaarsdag prinsjesdag dodenherdenking chanoeka divali holi keti koti
korsakov crohn duchenne huntington alzheimer parkinson asperger tourette gilles
pokémon pokemon minecraft roblox grindr airbnb senseo nespresso
"""
NOT_NAMES = frozenset(_NOT_NAMES.split()) | ORIGIN_WORDS
# Capitalised inside an English sentence without naming anyone: the calendar and languages.
_FOREIGN_COMMON = """
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december dutch english french german spanish arabic turkish polish
i im ive ill id mr mrs ms miss dr christmas easter day week meeting
"""
# Endings of English nouns that a heading or a role capitalises ("Emancipation", "Coordinator").
FOREIGN_NOUN_ENDINGS = ("tion", "sion", "ator", "ment", "ness", "ity", "ance", "ence", "ship", "ing", "ist")
FOREIGN_COMMON = frozenset(_FOREIGN_COMMON.split())
LANGUAGE_BEFORE = frozenset({"spreekt", "spreken", "sprak", "spraken", "tolk", "taal"})
LOWER_TAIL_RE = re.compile(r"-[a-zà-ÿ]")
LABEL_AFTER_RE = re.compile(r"\.?[ \t]*:")  # "Telefon:", "Dossiernr.:"


STRONG_NAME = 0.88  # a first name with a surname, a titled name, initials with a call name
STRONG_ADDRESS = 0.9


def identified(chosen: list[Candidate]) -> bool:
    return any(
        c.category in STRONG
        or (c.category is Category.NAAM and c.confidence >= STRONG_NAME)
        or (c.category is Category.ADRES and c.confidence >= STRONG_ADDRESS)
        for c in chosen
    )


def with_prior(scan: TextScan, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` (resolved, sorted by start) plus the unknown capitalised words a case text holds."""
    if not chosen or not identified(chosen) or capitalises_nouns(scan):
        return chosen  # where every noun is capitalised, a capital says nothing (capitals.py)
    foreign: bool | None = None
    tokens = scan.tokens
    taken = bytearray(len(scan.text) + 1)
    for cand in chosen:
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    groups: list[tuple[int, int]] = []
    for k, token in enumerate(tokens):
        if not token.cap or token.all_caps or 1 in taken[token.start : token.end] or not _unknown(scan, k):
            continue
        if foreign is None:
            foreign = _foreign(scan)  # asked only when a word is a candidate
        if foreign and (
            token.sentence_start
            or token.lower.removesuffix("s") in FOREIGN_COMMON
            or token.lower.endswith(FOREIGN_NOUN_ENDINGS)
        ):
            continue  # in English only names are capitalised inside a sentence, besides these
        if groups and groups[-1][1] == k and scan.adjacent(k - 1):
            groups[-1] = (groups[-1][0], k + 1)  # "Rudolph Lopes": two unknown words are one name
        else:
            groups.append((k, k + 1))
    contacts = _contacts(scan, chosen, taken)
    if not groups:
        return sorted(chosen + contacts, key=lambda c: c.start) if contacts else chosen
    by_start = {c.start: n for n, c in enumerate(chosen)}
    by_end = {c.end: n for n, c in enumerate(chosen)}
    result = list(chosen)
    for first, end in groups:
        start_pos, end_pos = tokens[first].start, tokens[end - 1].end
        after = _joined(scan, end, by_start, result, before=False)
        before = _joined(scan, first - 1, by_end, result, before=True)
        if after is not None and result[after].category is Category.NAAM:  # "Shanice" before a surname
            result[after] = result[after]._replace(start=start_pos)
        elif before is not None and result[before].category is Category.NAAM:  # first name, then surname
            result[before] = result[before]._replace(end=end_pos)
        elif after is not None and result[after].category is Category.PLAATS:
            place = result[after]  # "Groenservice Westfriesland": a name and the town of its branch
            result[after] = Candidate(start_pos, place.end, Category.INSTELLING, place.confidence)
        else:
            result.append(Candidate(start_pos, end_pos, _category(scan, first), CONFIDENCE))
    return sorted(result + contacts, key=lambda c: c.start)


CONTACT_BEFORE_RE = re.compile(r"(?<![\w.@-])([^\W\d_]{4,})[ \t]*,[ \t]*$")  # any letters: "aydın"


def _contacts(scan: TextScan, chosen: list[Candidate], taken: bytearray) -> list[Candidate]:
    """ "de accountant (wijnia, 0519-29 11 40)": a lower-case word no dictionary knows right before a
    phone number or an e-mail address is the contact's name, in any alphabet of names ("aydın")."""
    lists = scan.lists
    found = []
    for cand in chosen:
        if cand.category not in (Category.TELEFOON, Category.EMAIL):
            continue
        match = CONTACT_BEFORE_RE.search(scan.text, max(0, cand.start - 30), cand.start)
        if match is None or 1 in taken[match.start(1) : match.end(1)]:
            continue
        word = match.group(1)
        if (
            not word.islower()
            or word in lists.dutch_words
            or word in lists.stop_words
            or word in lists.domain_terms
            or word in FUNCTION_WORDS
            or word in MONTHS_AND_DAYS
            or (  # a listed name is no typo, even when a swap makes a rare word ("gorter", "otten")
                word not in lists.surnames
                and word not in lists.first_names
                and looks_like_typo(word, lists.dutch_words)
            )
            or (word not in lists.surnames and _role_compound(scan, word))  # "dorpsondersteuner, 06-..."
        ):
            continue
        found.append(Candidate(match.start(1), match.end(1), Category.NAAM, CONFIDENCE))
    return found


def _role_compound(scan: TextScan, word: str) -> bool:
    """ "dorpsondersteuner", "wijkbeheerder": a Dutch word, a linking s, and a Dutch word of six letters
    or more, the role of whoever answers that phone."""
    words = scan.lists.dutch_words
    for n in range(4, len(word) - 5):
        if word[n - 1] == "s" and word[n:] in words and (word[: n - 1] in words or word[:n] in words):
            return True
    return False


def _joined(
    scan: TextScan, k: int, index: dict[int, int], chosen: list[Candidate], *, before: bool
) -> int | None:
    """The finding that token ``k`` starts (or ends), right next to the unknown words."""
    tokens = scan.tokens
    if k < 0 or k >= len(tokens):
        return None
    if not scan.adjacent(k if before else k - 1):
        return None
    return index.get(tokens[k].end if before else tokens[k].start)


def _category(scan: TextScan, k: int) -> Category:
    prev = scan.prev_lower(k) if scan.prev_adjacent(k) else ""
    if prev in PLACE_BEFORE:
        return Category.PLAATS
    if prev in ORGANISATION_BEFORE or prev in scan.lists.institution_keywords:
        return Category.INSTELLING
    return Category.NAAM


def _foreign(scan: TextScan) -> bool:
    words = scan.lists.dutch_words
    lower = [t.lower for t in scan.tokens if not t.cap and len(t.lower) >= 4]
    if not lower:
        return False
    unknown = sum(1 for w in lower if w not in words)
    return unknown > MAX_FOREIGN * len(lower)


def _unknown(scan: TextScan, k: int) -> bool:
    token, lists = scan.tokens[k], scan.lists
    lower = token.lower
    if not token.cap or token.all_caps or len(lower) < 3 or k in scan.blocked:
        return False
    if len(lower) <= 4 and sum(ch.isupper() for ch in token.text) > 1:
        return False  # "KvK", "CoC": an abbreviation
    if LOWER_TAIL_RE.search(token.text) or LABEL_AFTER_RE.match(scan.text, token.end):
        return False  # "V-nummer", "Telefon:": a word of the form, no name
    if lower.endswith(("nr", "nrs", "nummer")):
        return False  # "Dossiernr 2025-118", "Aanvraagnr", "Klantnrs": the label of a reference number
    if (
        lower in lists.dutch_words
        or lower in lists.common_words
        or lower in lists.stop_words
        or lower in FUNCTION_WORDS
        or lower in MONTHS_AND_DAYS
        or lower in lists.domain_terms
        or lower in lists.institution_keywords
        or lower in lists.first_names
        or lower in lists.surnames
        or lower in lists.places
        or lower in lists.place_phrases  # "Hoeksche" of "Hoeksche Waard": a listed place's first word
        or lower in lists.organisations
        or lower in TITLES
        or lower in RELATIONS
        or lower in ROLES
        or lower in NOT_NAMES
    ):
        return False
    if "-" in lower and all(
        part in lists.dutch_words or part in lists.domain_terms for part in lower.split("-")
    ):
        return False  # "Wit-Gele Kruis": words joined; "GroenLinks-PvdA": two parties joined
    if lower.endswith(("isch", "ische")):
        return False  # "Arabisch", "Eritrese" are languages and origins
    if k >= 2 and scan.prev_lower(k) == "van" and scan.prev_lower(k, 2) in EPONYM_BEFORE:
        return False
    if k >= 1 and scan.prev_lower(k) in LANGUAGE_BEFORE:
        return False  # "spreekt Tigrinya": a language
    if lower.endswith("se") and k + 1 < len(scan.tokens) and not scan.tokens[k + 1].cap:
        return False  # "de Poolse kerk", "Brabantse boeren": an adjective of origin
    if _in_english_title(scan, k):
        return False  # "Call of Duty", "Pride and Prejudice": a title, no name
    if token.sentence_start:
        return len(lower) >= 4 and not _compound(scan, lower)  # "Leerlingnummer", "Casusbeschrijving"
    return not _two_words(scan, lower)  # "Armoederegeling", "Kindpakket"


ENGLISH_LINKS = frozenset({"of", "the", "and"})


def _in_english_title(scan: TextScan, k: int) -> bool:
    tokens = scan.tokens
    before = k >= 2 and scan.prev_lower(k) in ENGLISH_LINKS and tokens[k - 2].cap and scan.prev_adjacent(k)
    after = (
        k + 2 < len(tokens)
        and tokens[k + 1].lower in ENGLISH_LINKS
        and tokens[k + 2].cap
        and scan.adjacent(k)
        and scan.adjacent(k + 1)
    )
    return before or after


def _two_words(scan: TextScan, lower: str) -> bool:
    """A Dutch word and a Dutch word of five letters or more, maybe with a linking s ("Gegevensdeling")."""
    words = scan.lists.dutch_words
    for n in range(3, len(lower) - 4):
        if lower[n:] in words:
            head = lower[:n]
            if head in words or (head[-1] == "s" and head[:-1] in words):
                return True
    return False


def _compound(scan: TextScan, lower: str) -> bool:
    """ "Reclasseringsadvies", "Incassozaak": a word ending in a Dutch word of four letters or more."""
    words = scan.lists.dutch_words
    if any(lower[n:] in words for n in range(3, len(lower) - 3)):
        return True
    # "Buurtapp", "Gezinsapp": a Dutch word of five letters or more (maybe with a linking s) and a short
    # one; not "Brinkman", "Zuurman", where the short word is a surname's ending
    head, tail = lower[:-3], lower[-3:]
    head = head[:-1] if head.endswith("s") and head[:-1] in words else head
    return len(head) >= 5 and head in words and tail in words and tail not in SURNAME_ENDINGS


SURNAME_ENDINGS = frozenset({"man", "zen", "sen", "son", "ink", "ing", "hof", "kes", "tje"})
