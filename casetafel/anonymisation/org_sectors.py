"""Care, youth-care and housing providers named by a brand and their sector: a name before "Jeugd" or
"Zorg" where a resident is placed ("hulp van Kamperfoelie Jeugd", "aangemeld bij kiemkracht jeugd"); a
brand glued to its sector that no dictionary knows ("Maaswonen", "Lunetzorg", "Woonkompas"); and such a
compound before the region it serves ("Zorgkring Salland")."""

from __future__ import annotations

from .model import Category
from .name_words import RELATIONS, ROLES
from .organisation_words import PROVINCES
from .scan import FUNCTION_WORDS, MONTHS_AND_DAYS, Candidate, TextScan

# Words that follow a provider's brand and name its sector ("Tandem Jeugd", "Sensire Zorg").
SECTOR_TAILS = frozenset({"jeugd", "zorg", "jeugdhulp", "gezinshulp", "ggz"})
# Words before the brand that place a resident with it.
CUES = frozenset({"bij", "via", "van", "door", "naar", "aan"})
LOWER_CUES = frozenset({"bij", "via"})
# Brands glued to their sector: "Maaswonen", "Lunetzorg"; "Woonkompas", "Zorgkring".
GLUED_TAILS = ("wonen", "zorg", "welzijn")
GLUED_HEADS = ("woon", "zorg", "welzijn")


def find_sector_brands(scan: TextScan) -> list[Candidate]:
    found = _brand_and_sector(scan)
    found.extend(_glued(scan))
    found.extend(_branches(scan))
    return found


BRANCH_POINTS = frozenset(
    {"noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost", "zuidwest", "midden"}
)


# Two compass points make the name of a district ("Zuidoost"), after which a brand that is a Dutch word
# ("Dynamo", "Kansrijk") is a branch; words for an area or a team before one name the district itself.
TWO_POINTS = frozenset({"noordoost", "noordwest", "zuidoost", "zuidwest"})
AREA_WORDS = frozenset(
    """
    wijk regio stadsdeel gebied district deelgemeente kern buurt team wijkteam sector afdeling cluster hoek
    kant deel richting stad provincie gemeente dorp streek lijn route locatie vestiging werkgebied zone
    noord zuid oost west groot klein nieuw oud
    """.split()  # noqa: SIM905
)


def _branches(scan: TextScan) -> list[Candidate]:
    """ "aanmelding Madi Zuidoost", "via Kompaan West": a name no dictionary knows before a capitalised
    part of the country is the branch of an organisation; a person carries no compass point, and a town
    before one is a district ("Amsterdam Zuidoost")."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i in range(1, len(tokens)):
        point = tokens[i]
        if not point.cap or point.lower not in BRANCH_POINTS or not scan.prev_adjacent(i):
            continue
        name = tokens[i - 1]
        lower = name.lower
        labelled = scan.text[max(0, name.start - 3) : name.start].rstrip(" \t").endswith(":")  # "via: X"
        if not name.cap or name.all_caps or (i - 1) in scan.blocked or len(lower) < 3:
            continue
        if name.sentence_start and not labelled:
            continue
        if lower in lists.dutch_words and (point.lower not in TWO_POINTS or lower in AREA_WORDS):
            continue  # "Team Noord", "Regio West"; but "Dynamo Zuidoost", "Kansrijk Zuidoost": a brand
        if lower in lists.places or lower in lists.domain_terms:
            continue  # "Emmen Zuid"
        if lower in lists.institution_keywords or lower in lists.stop_words or lower in PROVINCES:
            continue
        found.append(Candidate(name.start, point.end, Category.INSTELLING, 0.88))
    return found


def _brand_word(scan: TextScan, k: int) -> bool:
    token, lists = scan.tokens[k], scan.lists
    lower = token.lower
    return (
        len(lower) >= 3
        and lower.isalpha()
        and k not in scan.blocked
        and not _adjective(scan, lower)
        and lower not in FUNCTION_WORDS
        and lower not in MONTHS_AND_DAYS
        and lower not in lists.stop_words
        and lower not in lists.common_words
        and lower not in lists.domain_terms
        and lower not in lists.institution_keywords
        and lower not in lists.places
        and lower not in RELATIONS
        and lower not in ROLES
        and lower not in SECTOR_TAILS
    )


ADJECTIVE_ENDINGS = ("nde", "ale", "ele", "ige", "sche", "lijke", "ieve", "ste")


def _adjective(scan: TextScan, lower: str) -> bool:
    """ "Passende Zorg", "goede zorg", "integrale jeugd": an inflected adjective, no brand."""
    return lower.endswith("e") and (lower[:-1] in scan.lists.dutch_words or lower.endswith(ADJECTIVE_ENDINGS))


def _brand_and_sector(scan: TextScan) -> list[Candidate]:
    """ "meldt het gezin aan bij Tandem Jeugd", "hulp van kiemkracht jeugd"."""
    tokens = scan.tokens
    found = []
    for i in range(2, len(tokens)):
        tail = tokens[i]
        if tail.lower not in SECTOR_TAILS or not scan.prev_adjacent(i):
            continue
        brand = i - 1
        if tokens[brand].cap != tail.cap or not _brand_word(scan, brand):
            continue  # "Tekort op Jeugd"; "bij de jeugd"
        first = brand
        if (
            tail.cap
            and scan.prev_adjacent(first)
            and tokens[first - 1].cap
            and not tokens[first - 1].sentence_start
            and _brand_word(scan, first - 1)
        ):
            first -= 1  # "via Lev Kompas Jeugd": a brand of two words
        c = first - 1
        if c < 0 or not scan.prev_adjacent(first) or tokens[c].lower not in CUES:
            continue
        if not tail.cap and tokens[c].lower not in LOWER_CUES:
            continue  # "de aanpak van jeugd": in lower case only where a resident is placed
        found.append(Candidate(tokens[first].start, tail.end, Category.INSTELLING, 0.7))
    return found


def _glued(scan: TextScan) -> list[Candidate]:
    """ "Maaswonen, huurachterstand", "van Zorgkring Salland": a capitalised compound of a brand and a
    sector that no dictionary knows."""
    tokens, lists = scan.tokens, scan.lists
    found = []
    for i, token in enumerate(tokens):
        if not token.cap or token.all_caps or i in scan.blocked:
            continue
        lower = token.lower
        tail = lower.endswith(GLUED_TAILS)
        head = lower.startswith(GLUED_HEADS)
        if not (tail or head) or len(lower) < 8 or not lower.isalpha():
            continue
        if lower in lists.dutch_words or lower in lists.organisations or lower in lists.domain_terms:
            continue  # "Thuiszorg", "Mantelzorg"; a listed brand is found by the list
        if lower in lists.institution_keywords or lower in lists.common_words:
            continue
        end = i + 1
        nxt = tokens[i + 1] if i + 1 < len(tokens) and scan.adjacent(i) else None
        regional = nxt is not None and nxt.cap and (nxt.lower in PROVINCES or nxt.lower in lists.places)
        if regional:
            end = i + 2  # "Zorgkring Salland": the brand and the region it serves
        elif head and not tail:
            continue  # "Woonvisie", "Zorgvraag": a new compound of a sector and a noun
        elif token.sentence_start and not lower.endswith("wonen"):
            continue  # "Dementiezorg is ...": a compound noun opening a sentence
        confidence = 0.89 if regional else 0.7  # the region belongs to the brand, above a bare town
        found.append(Candidate(token.start, tokens[end - 1].end, Category.INSTELLING, confidence))
    return found
