"""Place names: municipalities, towns, villages and hamlets from the shipped list (also multi-word ones
such as "Bergen op Zoom" and "'s-Hertogenbosch"), the caller's own ``local_places``, and unknown
capitalised words right after "in", "uit", "te", "naar" or "dorp"/"buurtschap" when they look like a
Dutch place name. Places that are ordinary words ("Best", "Buren") need such context."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .caseless import digit_runs, finditer_at
from .model import Category
from .place_labels import labelled_places
from .prior import FOREIGN_COMMON
from .scan import FUNCTION_WORDS, Candidate, TextScan
from .tokens import Token
from .town_parts import town_parts
from .word_classes import PROVINCE_TOWNS, adjective_before_noun, lived_in, province_named, title_cased_name
from .wordfilter import compound_of_words, plural_of_word

PLACE_CONTEXT = frozenset(
    {
        "in",
        "uit",
        "te",
        "naar",
        "nabij",
        "richting",
        "vanuit",
        "rond",
        "omgeving",
        "gemeente",
        "dorp",
        "stad",
        "plaats",
        "woonplaats",
        "buurtschap",
        "gehucht",
        "kern",
        "wijk",
        "stadsdeel",
        "bij",
        "via",
    }
)
STRONG_CONTEXT = PLACE_CONTEXT - {"bij", "via", "rond"}
PLACE_ENDINGS = (
    "dorp",
    "wolde",
    "woude",
    "horst",
    "hoven",
    "huizen",
    "zijl",
    "wijk",
    "dam",
    "drecht",
    "loo",
    "um",
    "erd",
    "rade",
    "veen",
    "broek",
    "meer",
    "kerk",
    "sloot",
    "burg",
    "berg",
    "beek",
    "stein",
    "hem",
    "heim",
    "ga",
    "ens",
    "eind",
    "hout",
    "hoek",
    "weer",
    "werd",
    "wier",
    "zand",
    "scheveld",
    "kanaal",
    "mond",
    "mermolen",
    "vaart",
    "stede",
    "haven",
    "koop",
    "sluis",
    "wold",
    "horne",
    "sen",
    "ingen",
    "zwaag",
    "lo",
)
NAME_PREFIX_BEFORE = frozenset({"van", "de", "der", "den", "ter", "ten"})


DISTRICT_ENDINGS = ("buurt", "wijk", "kwartier")
GENERIC_DISTRICT_HEADS = frozenset(
    {
        "vinex",
        "kracht",
        "pracht",
        "aandachts",
        "focus",
        "nieuwbouw",
        "studenten",
        "villa",
        "arbeiders",
        "volks",
        "achter",
        "woon",
        "probleem",
        "buiten",
        "binnen",
        "stads",
        "dorps",
        "rand",
        "krimp",
        "rijtjes",
        "flat",
        "hoogbouw",
        "laagbouw",
        "sloop",
        "huur",
        "koop",
        "pilot",
    }
)


def _districts(scan: TextScan) -> list[Candidate]:
    """ "in de Bouwmeesterbuurt", "uit de vogelwijk": a named part of a town that no dictionary knows."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i in range(1, len(tokens)):
        token = tokens[i]
        lower = token.lower
        if not lower.endswith(DISTRICT_ENDINGS) or i in scan.blocked or tokens[i - 1].lower != "de":
            continue
        if not scan.prev_adjacent(i) or lower in lists.dutch_words or lower in lists.domain_terms:
            continue
        head = lower[:-5] if lower.endswith("buurt") else lower[:-4] if lower.endswith("wijk") else lower[:-8]
        if len(head.rstrip("s-")) < 4 or head.rstrip("-") in GENERIC_DISTRICT_HEADS:
            continue
        found.append(Candidate(token.start, token.end, Category.PLAATS, 0.7))
    return found


def find_places(scan: TextScan, local_places: Iterable[str] = ()) -> list[Candidate]:
    found = _listed(scan)
    found.extend(_by_context(scan))
    found.extend(_after_postcode(scan))
    found.extend(_regions(scan))
    found.extend(_districts(scan))
    found.extend(_joined_towns(scan))
    found.extend(town_parts(scan) + labelled_places(scan))
    if local_places:
        found.extend(_local(scan.text, tuple(local_places)))
    found.extend(_coordinated(scan, found))
    return _without_parties(scan, found)


# Local political parties named after their town: "Leefbaar Rotterdam", "Gemeentebelangen Tholen".
PARTY_HEADS = ("Leefbaar ", "Gemeentebelangen ", "Lokaal ", "Stadspartij ", "Stadsbelangen ")


def _without_parties(scan: TextScan, found: list[Candidate]) -> list[Candidate]:
    text = scan.text
    if not any(head in text for head in PARTY_HEADS):
        return found
    return [c for c in found if not text[max(0, c.start - 17) : c.start].endswith(PARTY_HEADS)]


LABEL_RE = re.compile(r"[ \t]*(?::|\d)")
COORDINATION_RE = re.compile(r",[ \t]*|[ \t]+(?:en|of|bij)[ \t]+")


def _coordinated(scan: TextScan, places: list[Candidate]) -> list[Candidate]:
    """ "naar Oudeschans of Blauwestad": an unknown capitalised word listed with a found place."""
    starts = {t.start: k for k, t in enumerate(scan.tokens)}
    more: list[Candidate] = []
    queue = [c.end for c in places if c.confidence >= 0.7]
    while queue:
        link = COORDINATION_RE.match(scan.text, queue.pop())
        k = starts.get(link.end()) if link is not None else None
        if k is None or scan.tokens[k].sentence_start:
            continue
        if "bij" in link.group():
            near = scan.tokens[k]  # "Grashoek bij Helden": a hamlet near a village that is also a word
            if (
                near.cap
                and near.lower in scan.lists.places
                and not (scan.adjacent(k) and scan.tokens[k + 1].cap)
            ):
                more.append(Candidate(near.start, near.end, Category.PLAATS, 0.8))
            continue
        if not _unknown_name(scan, k):
            continue
        token = scan.tokens[k]
        if token.lower in scan.lists.places or scan.adjacent(k) and scan.tokens[k + 1].cap:
            continue  # a listed place is found anyway; "en Jan Bakker": a name
        if sum(ch.isupper() for ch in token.text) > 1 or LABEL_RE.match(scan.text, token.end):
            continue  # "Finsterwolde, KvK 02087731", "Assen, Tel: ...": an abbreviation or a label
        more.append(Candidate(scan.tokens[k].start, scan.tokens[k].end, Category.PLAATS, 0.6))
        queue.append(scan.tokens[k].end)
    return more


def _joined_towns(scan: TextScan) -> list[Candidate]:
    """ "Venlo-Blerick", "Tegelen-Venlo": two listed towns joined by a hyphen are two places."""
    lists = scan.lists
    found = []
    for token in scan.tokens:
        if not token.cap or token.text.count("-") != 1:
            continue
        left, right = token.text.split("-")
        if not (left[:1].isupper() and right[:1].isupper()):
            continue
        if all(p.lower() in lists.places and p.lower() not in lists.stop_words for p in (left, right)):
            middle = token.start + len(left)
            found.append(Candidate(token.start, middle, Category.PLAATS, 0.8))
            found.append(Candidate(middle + 1, token.end, Category.PLAATS, 0.8))
    return found


# "Hoorn (de Kersenboogerd)", "zwolle (holtenbroek)": a district in brackets right after a town.
BRACKETED_RE = re.compile(r"[ \t]*\((?:(?:de|het|'t)[ \t]+)?([^\W\d_][\w'-]{2,}(?:[ \t]+[A-Z][\w'-]+)?)\)")


def bracketed_districts(scan: TextScan, places: list[Candidate]) -> list[Candidate]:
    """ "Hoorn (de Kersenboogerd)": a district in brackets right after a found town."""
    lists = scan.lists
    found = []
    for place in places:
        if place.category is not Category.PLAATS:
            continue
        match = BRACKETED_RE.match(scan.text, place.end)
        if match is None:
            continue
        start = scan.text.index("(", match.start()) + 1
        words = match.group(1).lower().split()
        article = start < match.start(1)
        if not article and any(w in lists.dutch_words or w in lists.common_words for w in words):
            continue  # "Utrecht (tijdelijk)", "Emmen (gemeente)"
        if any(w in lists.stop_words or w in lists.domain_terms for w in words):
            continue
        if match.group(1).isupper() or any(w in lists.institution_keywords for w in words):
            continue  # "Het Baken Almere (ISK)", "Zwolle (AZC)": an acronym or a kind, no district
        found.append(Candidate(start, match.end(1), Category.PLAATS, 0.7))
    return found


def _listed(scan: TextScan) -> list[Candidate]:
    tokens, lists = scan.tokens, scan.lists
    found = []
    skip_until = -1
    places, phrases = lists.places, lists.place_phrases
    at = [i for i, low in enumerate(scan.lowers) if low in places or low in phrases or low == "st"]
    for i in at:  # only the words a place can start with: a set test per word, in a comprehension
        token = tokens[i]
        if i < skip_until or i in scan.blocked:
            continue
        saint = _abbreviated_saint(scan, i)
        if saint:  # "St. Eustatius", "St. Oedenrode": a listed "Sint ..." written short
            found.append(Candidate(token.start, tokens[i + 1].end, Category.PLAATS, 0.9))
            skip_until = i + 2
            continue
        length = scan.phrase_length(i, lists.place_phrases) if token.lower in lists.place_phrases else 0
        if length and any(ch.isupper() for ch in tokens[i + length - 1].text):
            first_ok = tokens[i].cap or tokens[i].lower in ("s", "t")
            if first_ok:
                start = _with_apostrophe(scan.text, token)
                found.append(Candidate(start, tokens[i + length - 1].end, Category.PLAATS, 0.9))
                skip_until = i + length
                continue
        if not token.cap or token.lower not in lists.places or token.all_caps and len(token.text) > 4:
            continue
        prev = scan.prev_lower(i) if scan.prev_adjacent(i) else ""
        if prev in NAME_PREFIX_BEFORE and token.lower in lists.surnames:
            continue  # "de Vries", "van Leeuwen": a surname
        if prev in ("mevrouw", "meneer", "heer", "familie", "gezin", "dhr", "mw"):
            continue
        if token.lower in PROVINCE_TOWNS and province_named(scan, i):
            continue  # "de provincies Groningen, Friesland en Drenthe": the province, not the town
        bracketed = _in_brackets(scan.text, token)  # "casustafel (Leiden)"
        strong = prev in STRONG_CONTEXT or bracketed or _town_closing_a_line(scan, i)
        if prev == "te" and scan.is_prefix(i - 1):
            strong = False  # "Maatschap Te Lintelo": a surname's particle, not "woont te Lintelo"
        if scan.is_common(token):
            if strong and (bracketed or not token.sentence_start):
                found.append(Candidate(token.start, token.end, Category.PLAATS, 0.8))
            continue
        if token.lower in lists.first_names and not strong:
            continue
        if (
            token.sentence_start
            and not strong
            and token.lower in lists.common_words
            and _word_goes_on(scan, i)
        ):
            continue  # "Kampen voor kinderen", "Duiven op het dak": the word opening a sentence
        if strong:
            confidence = 0.92
        elif token.sentence_start:
            confidence = 0.7
        else:
            confidence = 0.85
        found.append(Candidate(_with_apostrophe(scan.text, token), token.end, Category.PLAATS, confidence))
    return found


# Verbs that say something about a town ("Kampen ligt aan de IJssel", "Houten is een groeikern").
TOWN_VERBS = frozenset({"is", "ligt", "telt", "was", "hoort", "grenst"})


def _word_goes_on(scan: TextScan, i: int) -> bool:
    """The sentence goes on after token ``i`` with a word in lower case on the same line that says
    nothing about a town: "Kampen voor kinderen", "Vechten heeft geen zin"."""
    if not scan.adjacent(i):
        return False
    nxt = scan.tokens[i + 1]
    return not nxt.cap and nxt.lower not in TOWN_VERBS


POSTCODE_THEN_RE = re.compile(
    r"(?<![\w-])[1-9]\d{3}[ \t]?[A-Z]{2}[ \t]+(?P<place>(?:['’]?[sStT][- ])?)(?=[^\W\d_])"
)
PLACE_WORD_RE = re.compile(
    r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+(?:(?:aan|op|de|den|der|in|bij)[ \t]+)?[A-Z][^\W\d_]+(?:-[^\W\d_]+)*){0,2}"
)


REGION_ENDINGS = ("streek", "waard", "kwartier", "polder", "mijnstreek", "vallei", "heuvelland")
REGION_ADJECTIVES = frozenset(
    {
        "westelijke",
        "oostelijke",
        "noordelijke",
        "zuidelijke",
        "midden",
        "noord",
        "zuid",
        "oost",
        "west",
        "het",
        "de",
    }
)


def _abbreviated_saint(scan: TextScan, i: int) -> bool:
    tokens, lists = scan.tokens, scan.lists
    if tokens[i].text != "St" or i + 1 >= len(tokens) or not tokens[i + 1].cap:
        return False
    if scan.text[tokens[i].end : tokens[i].end + 1] != "." or not scan.joined(i):
        return False
    name = tokens[i + 1].lower
    phrases = lists.place_phrases.get("sint", {}).get(name, ())
    return any(len(phrase) == 2 for phrase in phrases) or f"sint-{name}" in lists.places


LINE_END_RE = re.compile(r"[ \t]*(?:\n|$|\)|\.[ \t]*(?:\n|$))")


def _town_closing_a_line(scan: TextScan, i: int) -> bool:
    """ "Pension De Kroon, Horst" ending a line: a name, a comma and the town where it is."""
    tokens, text = scan.tokens, scan.text
    if i < 1 or text[tokens[i - 1].end : tokens[i].start] != ", " or not tokens[i - 1].cap:
        return False
    return LINE_END_RE.match(text, tokens[i].end) is not None


def _in_brackets(text: str, token: Token) -> bool:
    return text[token.start - 1 : token.start] == "(" and text[token.end : token.end + 1] == ")"


# "West-Brabant", "Oost-Groningen", "Zuid-Limburg": part of a province is a region; the provinces
# Noord-Holland, Zuid-Holland and Noord-Brabant themselves are too coarse.
REGION_HEADS = frozenset(
    {"noord", "zuid", "oost", "west", "midden", "noordoost", "noordwest", "zuidoost", "zuidwest"}
)
REGION_TAILS = frozenset(
    {
        "brabant",
        "limburg",
        "groningen",
        "drenthe",
        "friesland",
        "fryslân",
        "gelderland",
        "utrecht",
        "overijssel",
        "flevoland",
        "veluwe",
        "twente",
        "betuwe",
        "zeeland",
        "achterhoek",
        "holland",
    }
)
PROVINCE_NAMES = frozenset({"noord-holland", "zuid-holland", "noord-brabant"})


def _regions(scan: TextScan) -> list[Candidate]:
    """ "Westelijke Mijnstreek", "Krimpenerwaard", "Westerkwartier", "West-Brabant": regions smaller than a
    province."""
    tokens = scan.tokens
    found = []
    for i, token in enumerate(tokens):
        if not token.cap or i in scan.blocked:
            continue
        lower = token.lower
        head, _, tail = lower.partition("-")
        if head in REGION_HEADS and tail in REGION_TAILS and lower not in PROVINCE_NAMES:
            found.append(Candidate(token.start, token.end, Category.PLAATS, 0.75))
            continue
        if token.sentence_start:
            continue
        if lower.endswith("land") and _land_after_article(scan, i):
            found.append(Candidate(token.start, token.end, Category.PLAATS, 0.7))  # "uit het Reiderland"
            continue
        if not lower.endswith(REGION_ENDINGS) or lower in scan.lists.domain_terms or len(lower) < 7:
            continue
        first = i
        if i > 0 and scan.prev_adjacent(i) and tokens[i - 1].cap and tokens[i - 1].lower in REGION_ADJECTIVES:
            first = i - 1
        found.append(Candidate(tokens[first].start, token.end, Category.PLAATS, 0.7))
    return found


def _land_after_article(scan: TextScan, i: int) -> bool:
    """ "in het Reiderland", "uit het Gooiland": a region named "…land" after a place word and "het"."""
    lower = scan.tokens[i].lower
    if len(lower) < 7 or lower in scan.lists.dutch_words or lower in scan.lists.domain_terms:
        return False
    return (
        i >= 2
        and scan.prev_lower(i) == "het"
        and scan.prev_adjacent(i)
        and scan.prev_lower(i, 2) in ("in", "uit", "naar", "vanuit")
        and scan.prev_adjacent(i - 1)
    )


def _after_postcode(scan: TextScan) -> list[Candidate]:
    """ "9264 TD Earnewâld", "1234 AB 's-Gravenhage": the word after a postcode is the place."""
    text = scan.text
    found = []
    for match in finditer_at(POSTCODE_THEN_RE, text, digit_runs(text)):
        words = PLACE_WORD_RE.match(text, match.end())
        if words is None:
            continue
        value = words.group()
        if value.split()[0].lower() in FUNCTION_WORDS:
            continue
        found.append(Candidate(match.start("place"), words.end(), Category.PLAATS, 0.9))
    return found


def _with_apostrophe(text: str, token: Token) -> int:
    """Start of "'s-Hertogenbosch" and "'t Harde" including the apostrophe the tokeniser leaves out."""
    if token.start and text[token.start - 1] in "'’" and (token.lower.startswith("s-") or token.lower == "t"):
        return token.start - 1
    return token.start


def _unknown_name(scan: TextScan, k: int) -> bool:
    token, lists = scan.tokens[k], scan.lists
    lower = token.lower
    return (
        token.cap
        and not token.all_caps
        and len(lower) >= 3
        and k not in scan.blocked
        and lower not in lists.dutch_words
        and lower not in lists.first_names
        and lower not in lists.surnames
        and lower not in lists.organisations
        and lower not in lists.institution_keywords
        and not scan.is_common(token)
    )


NUMBER_AFTER_RE = re.compile(r"[ \t]+\d{1,2}(?:\.\d{1,2})?(?![\w.,-]\d)(?![\w])")


def _ordinary_or_compound(scan: TextScan, lower: str) -> bool:
    """An ordinary word, or a compound of ordinary words without the ending of a place name
    ("Ondernemersklankbord"; not "Zwartemeer", "Hoogkerk")."""
    words = scan.lists.dutch_words
    if lower in words:
        return True
    return len(lower) >= 9 and not lower.endswith(PLACE_ENDINGS) and compound_of_words(lower, words)


DISTRICT_NOUNS = frozenset({"wijk", "buurt", "stadsdeel", "buurtschap", "woonwijk", "nieuwbouwwijk"})


def _by_context(scan: TextScan) -> list[Candidate]:
    """Unknown capitalised words after "in", "uit", "te", ...: probably a place not in our list."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i in range(1, len(tokens)):
        token = tokens[i]
        if token.lower in ("de", "het") and not token.cap and scan.prev_adjacent(i) and scan.adjacent(i):
            nxt = i + 1
            if tokens[i - 1].lower in DISTRICT_NOUNS and tokens[nxt].cap and nxt not in scan.blocked:
                end = nxt + 1 if scan.adjacent(nxt) and tokens[nxt + 1].cap else nxt  # "wijk het Hoge Land"
                found.append(Candidate(token.start, tokens[end].end, Category.PLAATS, 0.7))  # "wijk de Meent"
            continue
        if (
            not token.cap
            or token.sentence_start
            or i in scan.blocked
            or token.all_caps
            or len(token.text) < 2
            or not scan.prev_adjacent(i)
            or tokens[i - 1].lower not in STRONG_CONTEXT
        ):
            continue
        lower = token.lower
        if lower in ("de", "het") and i + 1 < len(tokens) and scan.adjacent(i) and tokens[i + 1].cap:
            if tokens[i - 1].lower in ("wijk", "buurt", "stadsdeel", "buurtschap"):
                found.append(
                    Candidate(token.start, tokens[i + 1].end, Category.PLAATS, 0.7)
                )  # "wijk Het Zand"
            elif tokens[i - 1].lower in ("in", "uit", "naar") and _unknown_name(scan, i + 1):
                found.append(
                    Candidate(token.start, tokens[i + 1].end, Category.PLAATS, 0.55)
                )  # "in De Drait": a neighbourhood no dictionary knows
            continue
        if lower in lists.places or lower in lists.first_names or lower in lists.surnames:
            continue
        if scan.is_common(token) or lower in lists.institution_keywords or lower in FOREIGN_COMMON:
            continue  # "in August", "in English": the calendar or a language, no place
        if title_cased_name(scan, i):
            continue  # "Vaardig in Bewegen", "Sterk in Werk": a programme's name in title case
        context = tokens[i - 1]
        if context.cap and not context.sentence_start and not context.all_caps:
            continue  # "de cursus In Balans", "het project Naar Buiten": a capitalised title
        if lower in lists.dutch_words and NUMBER_AFTER_RE.match(scan.text, token.end):
            continue  # "In Zorgpad 2 staat", "in Bijlage 3": a numbered part of a document
        if (
            _ordinary_or_compound(scan, lower)
            and not lived_in(scan, i)
            and not (scan.adjacent(i) and tokens[i + 1].cap)
        ):
            continue  # "staat in Jeugdhulp beschreven", "komt uit Onderzoek": a capitalised word, no town
        if adjective_before_noun(scan, i):
            continue  # "uitgewerkt in Nadere regels": an adjective and its noun, no place
        if plural_of_word(lower, lists.dutch_words):
            continue  # "zet de gemeente Energiecoaches in": a plural noun, no place
        end = i + 1
        # "Nieuw Buinen", "Oude Willem": a second capitalised word on the same line.
        if (
            scan.adjacent(i)
            and tokens[i + 1].cap
            and not scan.is_common(tokens[i + 1])
            and i + 1 not in scan.blocked
        ):
            end = i + 2
        confidence = 0.7 if lower.endswith(PLACE_ENDINGS) else 0.55
        found.append(Candidate(token.start, tokens[end - 1].end, Category.PLAATS, confidence))
    return found


@lru_cache(maxsize=16)
def _local_pattern(entries: tuple[str, ...]) -> re.Pattern[str] | None:
    cleaned = sorted({entry.strip() for entry in entries if entry and entry.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    alternatives = "|".join(re.escape(entry) for entry in cleaned)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _local(text: str, entries: tuple[str, ...]) -> list[Candidate]:
    pattern = _local_pattern(tuple(sorted(set(entries))))
    if pattern is None:
        return []
    capitalised = {entry.strip().lower() for entry in entries if entry.strip()[:1].isupper()}
    found = []
    for match in pattern.finditer(text):
        word = match.group()
        if word.lower() in capitalised and not word[0].isupper():
            continue
        found.append(Candidate(match.start(), match.end(), Category.PLAATS, 0.95))
    return found
