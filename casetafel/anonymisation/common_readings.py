"""Words that a rule took for a name, place or organisation but that name nobody:
- English words for origins and countries ("Romanian", "Polish", "Italy") in mixed Dutch-English texts:
  capitalised in English, they name no person, and a country is too large to be a place that identifies
  anyone. Words that are also first names ("Georgia", "Jordan", "India") are left out;
- a lower-case compound of a word and "bureau", "kantoor", "vragen" or "zaken" after an article or
  made of a dictionary word ("via het tolkenbureau", "bij inkomensvragen"): a kind of business or a
  subject, not one body; so is an English noun in lower case in a mixed text ("come via agencies");
- a sector after a role ("de Praktijkondersteuner Jeugd", "Consulent Wonen"): the role's field;
- a care compound listed with a dictionary word or another care compound ("Mantelzorg en Respijtzorg",
  "Logeerzorg en Dagopvang"): a kind of care, not a provider's brand."""

from __future__ import annotations

from bisect import bisect_left

from .model import Category
from .name_words import ROLES
from .scan import Candidate, TextScan
from .tokens import Token

_ORIGINS = """
romanian polish bulgarian hungarian lithuanian latvian estonian slovak slovakian czech croatian serbian
bosnian albanian macedonian ukrainian russian belarusian moldovan armenian turkish kurdish syrian iraqi
iranian afghan pakistani indian bangladeshi chinese vietnamese thai filipino indonesian moroccan algerian
tunisian libyan egyptian sudanese eritrean ethiopian somali somalian nigerian ghanaian kenyan congolese
cameroonian surinamese antillean aruban dutch german french spanish portuguese italian greek belgian
british english irish scottish american canadian brazilian colombian venezuelan mexican cuban european
african asian arab arabic yemeni lebanese palestinian israeli
romania poland bulgaria hungary lithuania latvia estonia slovakia czechia croatia serbia bosnia albania
macedonia ukraine russia belarus moldova armenia turkey türkiye syria iraq iran afghanistan pakistan
bangladesh vietnam thailand philippines indonesia morocco algeria tunisia libya egypt sudan eritrea
ethiopia somalia nigeria ghana congo cameroon netherlands germany france spain portugal italy greece
belgium britain england ireland scotland canada brazil colombia venezuela mexico europe africa asia
yemen lebanon palestine
"""
ORIGIN_WORDS = frozenset(_ORIGINS.split())
WORD_KINDS = (Category.NAAM, Category.PLAATS, Category.INSTELLING)
# Tails of compounds that name a kind of business or a subject, never one body: "tolkenbureau",
# "advocatenkantoor", "inkomensvragen", "geldzaken"
BUSINESS_KINDS = ("bureau", "kantoor", "vragen", "zaken", "problemen", "kwesties", "kosten", "onderwerpen")
ARTICLES = frozenset({"de", "het", "een", "dat", "dit", "ons", "hun"})
SECTORS = frozenset(
    """jeugd jeugdzorg jeugdhulp wonen werk zorg ouderen schulden schuldhulp inkomen participatie onderwijs
    welzijn gezin gezinnen jongeren mantelzorg armoede ggz wmo volwassenen huisvesting dementie
    leerplicht veiligheid""".split()  # noqa: SIM905
)
CARE_TAILS = ("zorg", "wonen", "welzijn")
# English nouns in mixed texts ("via agencies", "with the authorities"): lower case, no body
ENGLISH_NOUN_ENDINGS = ("ies", "tion", "tions", "ness", "ment", "ments", "ship", "ity")
ENDINGS = BUSINESS_KINDS + CARE_TAILS + ENGLISH_NOUN_ENDINGS
COORDINATORS = frozenset({"en", "of", ","})


def without_common_readings(scan: TextScan, candidates: list[Candidate]) -> list[Candidate]:
    text, tokens = scan.text, scan.tokens
    kept = []
    for cand in candidates:
        if cand.category in WORD_KINDS and cand.end - cand.start <= 32:
            value = text[cand.start : cand.end]
            lower = value.lower()
            if lower in ORIGIN_WORDS:
                continue
            last = lower.rsplit(" ", 1)[-1]
            if last.endswith(ENDINGS) or last in SECTORS:
                k = bisect_left(tokens, cand.start, key=_start)
                if k < len(tokens) and tokens[k].start == cand.start and _common_reading(scan, k, cand):
                    continue
        kept.append(cand)
    return kept


def _start(token: Token) -> int:
    return token.start


def _common_reading(scan: TextScan, k: int, cand: Candidate) -> bool:
    tokens, lists = scan.tokens, scan.lists
    token = tokens[k]
    if token.end != cand.end:
        if k + 1 < len(tokens) and tokens[k + 1].end == cand.end and scan.adjacent(k):
            return token.lower in ROLES and tokens[k + 1].lower in SECTORS  # "Consulent Wonen"
        return False
    lower = token.lower
    prev = tokens[k - 1].lower if k > 0 and scan.prev_adjacent(k) else ""
    if cand.category is Category.INSTELLING and not token.cap and lower.endswith(ENGLISH_NOUN_ENDINGS):
        return cand.confidence < 0.7 and lower not in lists.organisations  # "come via agencies"
    if cand.category is Category.INSTELLING and not token.cap and lower.endswith(BUSINESS_KINDS):
        if lower in lists.organisations or cand.confidence >= 0.8:
            return False
        # "via het tolkenbureau", "bij inkomensvragen"
        return prev in ARTICLES or _generic_compound(scan, lower)
    if cand.category is Category.NAAM and token.cap and lower in SECTORS:
        return prev in ROLES  # "de Praktijkondersteuner Jeugd"
    if (
        cand.category is Category.INSTELLING
        and token.cap
        and lower.endswith(CARE_TAILS)
        and cand.confidence <= 0.7
    ):
        return _listed_with_kind(scan, k, lower)  # "Mantelzorg en Respijtzorg"
    return False


def _generic_compound(scan: TextScan, lower: str) -> bool:
    """A dictionary word (with or without a linking "s") before the tail: "inkomens|vragen"."""
    tail = next(t for t in BUSINESS_KINDS if lower.endswith(t))
    head = lower[: -len(tail)]
    words = scan.lists.dutch_words
    return len(head) >= 3 and (head in words or (head.endswith("s") and head[:-1] in words))


def _listed_with_kind(scan: TextScan, k: int, lower: str) -> bool:
    tokens, text = scan.tokens, scan.text
    tail = next(t for t in CARE_TAILS if lower.endswith(t))
    for other in (k - 1, k - 2, k + 1, k + 2):
        if not 0 <= other < len(tokens) or other == k:
            continue
        left, right = (tokens[other], tokens[k]) if other < k else (tokens[k], tokens[other])
        between = text[left.end : right.start].strip(" \t")
        if between not in COORDINATORS:
            continue
        word = tokens[other].lower
        if (
            word != lower
            and tokens[other].cap
            and (word.endswith(tail) or word in scan.lists.dutch_words or word in scan.lists.domain_terms)
        ):
            return True  # "Mantelzorg en Respijtzorg", "Respijtzorg, Logeerzorg en Dagopvang"
    return False
