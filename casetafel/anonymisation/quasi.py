"""Quasi-identifiers: a text that names a place together with two or more rare attributes (an
occupation such as melkveehouder or dominee, a household such as "weduwe met vier kinderen", an exact
age, a rare condition such as ALS, an unusual home such as a woonboot) can identify someone without a
name; so can a special category of personal data (origin, religion, health, sexual orientation, a
criminal record, see ``special``) next to a small place, "de enige", a family size, an exact age or an
employer with its street. ``quasi_identifier_warnings`` explains such combinations in plain Dutch."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Category, Finding, QuasiWarning
from .special import special_category_warning

OCCUPATION_RE = re.compile(
    r"(?<![\w])(?:agrariër|agrarier|boer|boerin|boeren(?:gezin|bedrijf|familie)|melkveehouder|melkveebedrijf"
    r"|varkenshouder|varkensboer|pluimveehouder|geitenhouder|schapenhouder|akkerbouwer|fruitteler|tuinder"
    r"|bollenteler|veehouder|veehandelaar|loonwerker|visser|schipper|dominee|predikant|pastoor|imam|rabbijn"
    r"|huisarts|tandarts|dierenarts|veearts|apotheker|notaris|burgemeester|wethouder|raadslid|schoolhoofd"
    r"|directeur|bakker|slager|kapper|smid|hoefsmid|molenaar|kroegbaas|caféhouder|garagehouder"
    r"|campinghouder|schaapherder|wijkagent|brandweercommandant|koster|organist|schillenboer|ondernemer"
    r"|zzp'er|rijinstructeur|postbode|buschauffeur|vrachtwagenchauffeur)s?(?![\w])",
    re.IGNORECASE,
)
HOUSEHOLD_RE = re.compile(
    r"(?<![\w])(?:weduwe|weduwnaar|wees|drieling|vierling|tweeling|pleeggezin|alleenstaande (?:vader|moeder)"
    r"|(?:vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|[4-9]|1[0-5]) kinderen"
    r"|kinderen (?:bij|van) (?:twee|drie|vier) (?:vaders|moeders|mannen|vrouwen))(?![\w])",
    re.IGNORECASE,
)
CONDITION_RE = re.compile(
    r"(?<![\w])(?:ALS|Huntington|ziekte van [A-Z][\w-]+|syndroom van [A-Z][\w-]+|[A-Z][\w]+-syndroom"
    r"|mucoviscidose|Duchenne|progeria|sikkelcel(?:ziekte|anemie)|narcolepsie|dwarslaesie|zeldzame ziekte"
    r"|(?i:jonge dementie|jong dementie|dementie op jonge leeftijd|niertransplantatie|longtransplantatie"
    r"|blind|doof|doofblind|rolstoel(?:gebonden)?|amputatie))(?![\w])"
)
HOUSING_RE = re.compile(
    r"(?<![\w])(?:woonboot|woonwagen|woonwagenkamp|molen|vuurtoren|kasteel|pastorie|boerderij|camping"
    r"|stacaravan|chalet)(?![\w])",
    re.IGNORECASE,
)
SMALL_PLACE_RE = re.compile(
    r"(?<![\w])(?:buurtschap|gehucht|(?:klein|kleine) dorp|dorp(?:je)? (?:van|met) [\d.]+ inwoners)(?![\w])",
    re.IGNORECASE,
)
KINDS = (
    ("beroep", OCCUPATION_RE),
    ("gezinssituatie", HOUSEHOLD_RE),
    ("ziekte of beperking", CONDITION_RE),
    ("woonsituatie", HOUSING_RE),
)
COMMON_CONDITIONS = ("ziekte van parkinson", "ziekte van alzheimer", "syndroom van down")


def quasi_identifier_warnings(text: str, findings: Sequence[Finding] | None = None) -> list[QuasiWarning]:
    """Warnings for a special category of personal data in an identifying context, and for places
    combined with two or more rare attributes; empty when there is no risk."""
    if findings is None:
        from .detector import detect

        findings = detect(text)
    warnings = [w for w in (special_category_warning(text, findings), *_place_warnings(text, findings)) if w]
    if len(warnings) < 2:
        return warnings
    # One warning per text: the combinations together, with all their reasons and spans.
    return [
        QuasiWarning(
            message=" ".join(w.message for w in warnings),
            reasons=tuple(dict.fromkeys(r for w in warnings for r in w.reasons)),
            spans=tuple(sorted({span for w in warnings for span in w.spans})),
        )
    ]


def _place_warnings(text: str, findings: Sequence[Finding]) -> list[QuasiWarning]:
    places = [f for f in findings if f.category in (Category.PLAATS, Category.ADRES, Category.POSTCODE)]
    place_spans = [(f.start, f.end) for f in places]
    named_places = [f.text for f in places if f.category is Category.PLAATS]
    place_words = named_places or [f.text for f in places]
    for match in SMALL_PLACE_RE.finditer(text):
        place_spans.append((match.start(), match.end()))
        place_words.append(match.group())
    if not place_spans:
        return []
    attributes: list[tuple[str, str, tuple[int, int]]] = []
    for kind, regex in KINDS:
        match = next((m for m in regex.finditer(text) if not _common_condition(m.group())), None)
        if match is not None:
            attributes.append((kind, match.group(), (match.start(), match.end())))
    age = next((f for f in findings if f.category is Category.LEEFTIJD), None)
    if age is not None:
        attributes.append(("exacte leeftijd", age.text, (age.start, age.end)))
    if len(attributes) < 2:
        return []
    place_list = ", ".join(dict.fromkeys(place_words))
    reasons = (f"plaats: {place_list}",) + tuple(f"{kind}: {value}" for kind, value, _ in attributes)
    details = "; ".join(f"{kind} ({value})" for kind, value, _ in attributes)
    message = (
        f"Let op: deze tekst noemt een plaats ({place_list}) samen met {len(attributes)} zeldzame kenmerken: "
        f"{details}. In een kleine gemeenschap kan die combinatie iemand herkenbaar maken, ook zonder naam. "
        "Laat een kenmerk weg of maak het algemener (bijvoorbeeld 'een agrarisch bedrijf', 'een groot gezin', "
        "'in de tachtig')."
    )
    spans = tuple(sorted(set(place_spans) | {span for _, _, span in attributes}))
    return [QuasiWarning(message=message, reasons=reasons, spans=spans)]


def _common_condition(value: str) -> bool:
    return value.lower() in COMMON_CONDITIONS
