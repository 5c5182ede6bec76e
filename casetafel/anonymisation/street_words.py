"""The words of street addresses: street-name endings (Dutch and Frisian), streets that are one word,
titles and their short forms before a street name, articles, and the words around an address that say
a residence is meant. Used by ``addresses``."""

from __future__ import annotations

from .scan import TextScan

STREET_SUFFIXES = (
    "straat",
    "weg",
    "laan",
    "plein",
    "dijk",
    "kade",
    "gracht",
    "singel",
    "pad",
    "steeg",
    "hof",
    "dreef",
    "ring",
    "park",
    "erf",
    "veld",
    "wal",
    "markt",
    "burg",
    "baan",
    "dam",
    "zijde",
    "plantsoen",
    "boulevard",
    "kamp",
    "akker",
    "brink",
    "haven",
    "oord",
    "donk",
    "horst",
    "hoeve",
    "vaart",
    "weide",
    "meent",
    "gaarde",
    "poort",
    "rade",
    "stede",
    "tuin",
    "tuinen",
    "berg",
    "heuvel",
    "werf",
    "diep",
    "wold",
    "allee",
    "gang",
    "schans",
    "veste",
    "wetering",
    "vliet",
    "sloot",
    "kwartier",
    "hoek",
    "kant",
    "pier",
    "esch",
    # Frisian
    "wei",
    "dyk",
    "leane",
    "strjitte",
    "paad",
    "buorren",
    "loane",
    "reed",
    "feart",
    "hiem",
    "wâl",
    "str",  # "Groenstr. 5", "Kerkln. 5": abbreviations, only with a house number
    "ln",
)
ABBREVIATED_SUFFIXES = ("str", "ln")
BARE_STREET_SUFFIXES = (
    "straat",
    "weg",
    "laan",
    "plein",
    "dijk",
    "kade",
    "gracht",
    "singel",
    "steeg",
    "dreef",
    "plantsoen",
    "boulevard",
    "straatweg",
    "dyk",
    "wei",
    "strjitte",
    "leane",
)
# "Buorren 3", "Lytse Buorren 5": the Frisian village street is often named by its kind alone
BARE_STREETS = frozenset(
    {"brink", "markt", "dam", "plein", "kade", "ring", "singel", "esplanade", "wal", "buorren", "loane"}
)
STREET_TITLES = frozenset(
    {
        "burgemeester",
        "dokter",
        "prins",
        "prinses",
        "koning",
        "koningin",
        "graaf",
        "sint",
        "oude",
        "nieuwe",
        "korte",
        "lange",
        "hoge",
        "lage",
        "grote",
        "kleine",
        "pastoor",
        "meester",
        "generaal",
        "kapitein",
        "eerste",
        "tweede",
        "derde",
        "vierde",
        "vijfde",
        "oud",
    }
)
# "Burg. de Withstraat", "Dr. H. Colijnlaan", "Kon. Wilhelminalaan": titles written short, and initials.
STREET_TITLE_ABBREVIATIONS = frozenset(
    {
        "burg",
        "dr",
        "pr",
        "kon",
        "st",
        "mr",
        "prof",
        "gen",
        "ds",
        "past",
        "mgr",
        "jhr",
        "ir",
        "adm",
        "gebr",
        "nw",
    }
)
STREET_ARTICLES = frozenset({"de", "het", "t", "it"})  # "It Heechhout": the Frisian article
ADDRESS_LABELS = frozenset(
    {"adres", "woonadres", "postadres", "verblijfadres", "verblijfsadres", "bezoekadres"}
)
RESIDENCE_WORDS = frozenset(
    {
        "woont",
        "wonen",
        "woonde",
        "woonachtig",
        "verhuisd",
        "verhuist",
        "adres",
        "huurt",
        "woning",
        "flat",
        "verblijft",
        "verblijven",
        "verbleef",
        "slaapt",
        "logeert",
        "ingeschreven",
        "ingetrokken",
        "opgevangen",
    }
)
ADDRESS_WORDS = frozenset(
    {
        "aan",
        "wonende",
        "woont",
        "wonen",
        "woonadres",
        "adres",
        "huisadres",
        "postadres",
        "straat",
        "woonachtig",
        "gevestigd",
    }
)
COMPASS = frozenset({"noord", "zuid", "oost", "west", "centrum"})
NOT_STREETS = frozenset(
    {
        "groep",
        "klas",
        "week",
        "bijlage",
        "artikel",
        "fase",
        "stap",
        "nummer",
        "kamer",
        "lid",
        "punt",
        "versie",
        "pagina",
        "blz",
        "hoofdstuk",
        "niveau",
        "route",
        "bus",
        "lijn",
        "tram",
        "trede",
        "schaal",
        "jaar",
        "cijfer",
        "wmo",
        "zolder",
        "etage",
        "verdieping",
        "afdeling",
        "vleugel",
        "portiek",
        "galerij",
        "appartement",
        "unit",
        "chalet",
        "caravan",
        "plek",
        "bed",
        # places inside a building or a site, school years, parts of a text: no street ("Locatie 2, Almere",
        # "havo 4a", "figuur 3a")
        "flat",
        "woning",
        "huis",
        "studio",
        "bovenwoning",
        "benedenwoning",
        "buurt",
        "stad",
        "dorp",
        "locatie",
        "gebouw",
        "hal",
        "zaal",
        "lokaal",
        "ruimte",
        "team",
        "blok",
        "toren",
        "ingang",
        "loket",
        "balie",
        "vak",
        "rij",
        "cel",
        "box",
        "regio",
        "district",
        "gebied",
        "zone",
        "sector",
        "kavel",
        "perceel",
        "havo",
        "vwo",
        "vmbo",
        "mavo",
        "mbo",
        "hbo",
        "atheneum",
        "gymnasium",
        "leerjaar",
        "module",
        "les",
        "opdracht",
        "taak",
        "vraag",
        "casus",
        "dossier",
        "zaak",
        "sessie",
        "ronde",
        "periode",
        "traject",
        "cluster",
        "semester",
        "kwartaal",
        "maand",
        "dag",
        "uur",
        "werkplek",
        "figuur",
        "tabel",
        "schema",
        "formulier",
        "model",
        "covid",
        "euro",
        "eur",
        "dollar",
        "corona",
        "postbus",  # the post box of an organisation, no home address
        "antwoordnummer",
    }
)
# Nouns of care, progress and work that end like a street ("voortgang", "zorgpad", "werkveld").
NOT_STREET_ENDINGS = (
    "voortgang",
    "vooruitgang",
    "achteruitgang",
    "overgang",
    "toegang",
    "ingang",
    "uitgang",
    "doorgang",
    "ondergang",
    "omgang",
    "zorgpad",
    "leerpad",
    "behandelpad",
    "levenspad",
    "werkveld",
    "speelveld",
    "beleidsveld",
    "aandachtsveld",
    "spanningsveld",
    "krachtveld",
    "middenveld",
    "schuldenberg",
    "ijsberg",
    "zomerkamp",
    "vakantiekamp",
    "trainingskamp",
    "gerechtshof",
)
SURNAME_PARTICLES = frozenset({"van", "der", "den", "ter", "ten", "von"})


# Heads of policy compounds that end like a street ("werk|veld", "zorg|pad", "taak|veld"): a field of
# work or a care pathway, numbered in a plan.
JARGON_HEADS = (
    "werk",
    "zorg",
    "taak",
    "beleids",
    "leer",
    "aandachts",
    "spannings",
    "kracht",
    "actie",
    "klant",
)


def numbered_noun(scan: TextScan, lower: str, suffix: str | None) -> bool:
    """An ordinary noun that merely ends like a street: a noun in -ring whose head is no word
    ("verga|dering", "stu|ring"; not "Buiten|ring"), a noun in -gang ("ingang", "overgang") and a policy
    compound in -veld or -pad ("werkveld", "zorgpad"). Streets of those shapes are no dictionary words."""
    if suffix not in ("ring", "gang", "veld", "pad") or lower not in scan.lists.dutch_words:
        return False
    head = lower[: -len(suffix)]
    if suffix == "ring":
        return not lower.endswith("wetering") and head.removesuffix("s") not in scan.lists.dutch_words
    if suffix == "gang":
        return True
    return head.removesuffix("s") in JARGON_HEADS or head in JARGON_HEADS


# "Lange Meent 3", "oude dijk 11 b", "Nieuwe Haven 12", "Korte Gracht 4": an adjective or a point of the
# compass before a bare street noun; the noun alone ("de dijk", "de haven") names no street.
STREET_ADJECTIVES = frozenset(
    {"oude", "nieuwe", "korte", "lange", "hoge", "lage", "grote", "kleine", "oud", "nieuw", "groot", "klein"}
    | {"hoog", "laag", "noord", "oost", "zuid", "west"}
)
STREET_NOUNS = frozenset(STREET_SUFFIXES) - set(ABBREVIATED_SUFFIXES)


def adjective_street(scan: TextScan, i: int, lower: str) -> bool:
    """Token ``i`` is a bare street noun right after such an adjective, both capitalised or both not."""
    if lower not in STREET_NOUNS or i < 1 or not scan.prev_adjacent(i):
        return False
    prev = scan.tokens[i - 1]
    return prev.lower in STREET_ADJECTIVES and prev.cap == scan.tokens[i].cap
