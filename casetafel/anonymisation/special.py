"""Special categories of personal data under the AVG (art. 9 and 10: ethnic origin, religion, health,
sexual orientation, criminal record) and the contexts that make them point at one person: a small
place, "de enige", a family size, an exact age, an employer with its street. ``special_category_warning``
warns while such a combination is in the text, however the place itself is written (a name, a
placeholder, "het dorp"): replacing the place name alone does not make the sentence safe."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Category, Finding, QuasiWarning

_W = r"(?<![\w-])"
_E = r"(?![\w])"

SPECIAL: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "afkomst",
        re.compile(
            _W
            + r"(?:(?:Marokka|Turk|Syri|Eritre|Somali|Afghaan|Afgha|Irak|Iraan|Iraa|Koerd|Surina|Antilliaan"
            r"|Antilli|Molukk|Kaapverdi|Ghane|Nigeriaan|Roemeen|Bulgaa|Oekraïn|Oekrain|Pools|Poolse|Arabisch"
            r"|Afrikaan|Hindoesta|Indonesi|Chinese)\w*"
            r"|(?i:Roma|Sinti|woonwagenbewoner\w*|statushouder\w*|vluchteling\w*|asielzoeker\w*|allochto\w*"
            r"|migratieachtergrond|(?:\w+e|buitenlandse|niet-westerse) (?:afkomst|komaf|achtergrond)))" + _E
        ),
    ),
    (
        "geloof",
        re.compile(
            _W + r"(?i:moslim\w*|islamitisch\w*|joods\w*|jood|hindoe\w*|boeddhist\w*|katholiek\w*"
            r"|protestant\w*|gereformeerd\w*|bevindelijk\w*|jehova\w*|orthodox\w*|salafist\w*|moskee"
            r"|synagoge|evangelisch\w*|pinkstergemeente)" + _E
        ),
    ),
    (
        "gezondheid",
        re.compile(
            _W + r"(?:ADHD|ADD|ALS|MS|PTSS|LVB|NAH|hiv|HIV|aids"
            r"|(?i:diagnose\w*|autis\w*|schizofren\w*|psychose\w*|psychotisch\w*|bipolair\w*|borderline"
            r"|depressie\w*|depressief|kanker|dementie|dementerend\w*|alzheimer|parkinson|epilepsie"
            r"|diabetes|verslav\w*|verslaafd\w*|alcoholis\w*|eetstoornis|anorexia|suïcid\w*|suicid\w*"
            r"|zelfmoord\w*|psychiatrisch\w*|verstandelijke? beperk\w*|hersenletsel|dwarslaesie"
            r"|ziekte van [A-Z][\w-]+|syndroom van [A-Z][\w-]+|[a-z]*syndroom))" + _E
        ),
    ),
    (
        "seksuele gerichtheid",
        re.compile(
            _W + r"(?i:homo|homoseksu\w*|homofiel\w*|lesbisch\w*|lesbienne\w*|biseksu\w*|transgender\w*"
            r"|transvrouw\w*|transman|non-binair\w*|lhbti\w*)" + _E
        ),
    ),
    (
        "strafrechtelijk verleden",
        re.compile(
            _W + r"(?:TBS|tbs|(?i:strafblad|veroordeeld|veroordeling\w*|gedetineerd\w*|ex-gedetineerd\w*"
            r"|detentie|gevangenis\w*|celstraf\w*|taakstraf\w*|reclassering|vastgezeten|zat vast"
            r"|in de cel|justitieel verleden|justitiële documentatie))" + _E
        ),
    ),
)

# Municipalities and towns of more than about 50,000 inhabitants: a name among these is no small place
# (the Village Deals are about municipalities below 50,000). Any other place name counts as small.
LARGE_PLACES = frozenset(
    name.lower()
    for name in (
        "Amsterdam", "Rotterdam", "Den Haag", "'s-Gravenhage", "Utrecht", "Eindhoven", "Groningen",
        "Tilburg", "Almere", "Breda", "Nijmegen", "Apeldoorn", "Arnhem", "Haarlem", "Haarlemmermeer",
        "Hoofddorp", "Amersfoort", "Enschede", "Zaanstad", "Zaandam", "'s-Hertogenbosch", "Den Bosch",
        "Zwolle", "Leiden", "Zoetermeer", "Leeuwarden", "Maastricht", "Dordrecht", "Ede",
        "Alphen aan den Rijn", "Alkmaar", "Westland", "Emmen", "Delft", "Venlo", "Deventer",
        "Sittard-Geleen", "Helmond", "Oss", "Amstelveen", "Hilversum", "Heerlen", "Nissewaard",
        "Purmerend", "Schiedam", "Lelystad", "Roosendaal", "Leidschendam-Voorburg", "Gouda", "Vlaardingen",
        "Hoorn", "Almelo", "Assen", "Capelle aan den IJssel", "Veenendaal", "Katwijk", "Zeist",
        "Nieuwegein", "Hengelo", "Den Helder", "Lansingerland", "Roermond", "Doetinchem", "Oosterhout",
        "Kampen", "Bergen op Zoom", "Terneuzen", "Barneveld", "Velsen", "Heerhugowaard", "Dijk en Waard",
        "Drachten", "Smallingerland", "Vlissingen", "Middelburg", "Soest", "Rijswijk", "Waalwijk",
        "Weert", "Zwijndrecht", "Harderwijk", "Súdwest-Fryslân", "Sneek", "Gooise Meren", "Brussel",
        "Antwerpen", "Berlijn", "Parijs", "Londen",
    )
)  # fmt: skip

SMALL_PLACE_RE = re.compile(
    _W + r"(?i:(?:in |uit )?(?:het|ons|dat|een klein|dit) (?:dorp|dorpje|buurtschap|gehucht)"
    r"|buurtschap|gehucht|kleine kern|(?:klein|kleine) dorp|dorp(?:je)? (?:van|met) [\d.]+ inwoners)" + _E
)
ONLY_ONE_RE = re.compile(_W + r"(?i:de enige|het enige|als enige|enige \w+ (?:in|van|uit) )" + _E)
FAMILY_SIZE_RE = re.compile(
    _W + r"(?i:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d{1,2}) "
    r"(?:kinderen|zonen|dochters|kleinkinderen)|drieling|vierling|kinderrijk\w*|groot gezin)" + _E
)
AGE_RE = re.compile(
    _W + r"(?:(?:[1-9]\d?|1[01]\d) jaar(?: oud)?(?! (?:geleden|later|eerder|lang|terug|na|voor))"
    r"|(?:[1-9]\d?|1[01]\d)-jarige?)" + _E
)
EMPLOYER_RE = re.compile(
    _W + r"(?i:werk\w*|baan|in dienst|stage|vrijwilliger)\b[^.;\n]{0,40}?\bbij (?:de |het )?"
    r"(?P<employer>[A-Z][\w'&-]+(?: [A-Z][\w'&-]+)?)"
)
STREET_RE = re.compile(
    _W + r"(?:aan|op|in) (?:de |het )?(?:[A-Z][\w-]+(?:straat|weg|laan|plein|markt|dijk|kade|singel|gracht"
    r"|steeg|dreef|hof|ring)?|Markt|Brink|Dorpsstraat)" + _E
)


def special_category_warning(text: str, findings: Sequence[Finding]) -> QuasiWarning | None:
    """A warning when a special category appears together with an identifying context; else None."""
    specials = []
    for kind, regex in SPECIAL:
        match = regex.search(text)
        if match is not None:
            specials.append((kind, match.group(), (match.start(), match.end())))
    if not specials:
        return None
    contexts = _contexts(text, findings)
    if not contexts:
        return None
    special_list = "; ".join(f"{kind} ({value})" for kind, value, _ in specials)
    context_list = "; ".join(f"{kind} ({value})" for kind, value, _ in contexts)
    message = (
        f"Let op: deze tekst noemt een bijzonder persoonsgegeven ({special_list}) samen met {context_list}. "
        "Die combinatie kan iemand herkenbaar maken, ook als de plaatsnaam al vervangen is. Laat het "
        "bijzondere gegeven weg als het voor de casus niet nodig is, of maak de omgeving algemener "
        "(bijvoorbeeld 'een groot gezin', 'in de veertig', 'werkte in de detailhandel')."
    )
    reasons = tuple(f"bijzonder gegeven, {kind}: {value}" for kind, value, _ in specials) + tuple(
        f"{kind}: {value}" for kind, value, _ in contexts
    )
    spans = tuple(sorted({span for *_, span in specials} | {span for *_, span in contexts}))
    return QuasiWarning(message=message, reasons=reasons, spans=spans)


def _contexts(text: str, findings: Sequence[Finding]) -> list[tuple[str, str, tuple[int, int]]]:
    contexts = []
    place = SMALL_PLACE_RE.search(text)
    named = next(
        (f for f in findings if f.category is Category.PLAATS and f.text.lower() not in LARGE_PLACES), None
    )
    if place is not None:
        contexts.append(("kleine plaats", place.group(), place.span()))
    elif named is not None:
        contexts.append(("kleine plaats", named.text, (named.start, named.end)))
    only = ONLY_ONE_RE.search(text)
    if only is not None:
        contexts.append(("uniek", only.group().strip(), only.span()))
    family = FAMILY_SIZE_RE.search(text)
    if family is not None:
        contexts.append(("gezinsgrootte", family.group(), family.span()))
    age = next((f for f in findings if f.category is Category.LEEFTIJD), None)
    if age is not None:
        contexts.append(("exacte leeftijd", age.text, (age.start, age.end)))
    elif (match := AGE_RE.search(text)) is not None:
        contexts.append(("exacte leeftijd", match.group(), match.span()))
    for employer in EMPLOYER_RE.finditer(text):
        after = text[employer.end() : employer.end() + 60]
        street = STREET_RE.search(after)
        address = next(
            (f for f in findings if f.category is Category.ADRES and 0 <= f.start - employer.end() < 60), None
        )
        if street is not None or address is not None:
            end = employer.end() + street.end() if street is not None else address.end
            contexts.append(
                ("werkgever met straat", text[employer.start("employer") : end], (employer.start(), end))
            )
            break
    return contexts
