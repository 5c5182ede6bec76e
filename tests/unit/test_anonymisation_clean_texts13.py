"""Hard negatives, thirteenth set: notes of a casuïstiektafel about themes rather than persons, in the
mixed style of the corpora's clean texts: rural life, feasts, national bodies, amounts, dates of rules,
roles and sector words in one paragraph. Each must yield no finding at all (issue 20: at most 0.5 false
alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import detect
from tests.unit.anonymisation_support import assert_found, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "thema_eenzaamheid_platteland": (
        "Thema-avond eenzaamheid op het platteland\n"
        "\n"
        "In de kleine kernen wonen steeds meer ouderen alleen. Na het overlijden van een partner valt "
        "vaak ook het contact met het dorp weg, zeker als de auto de deur uit moet. De dominee en de "
        "pastoor zien dat minder mensen naar de kerk komen. De huisarts signaleert somberheid, de "
        "wijkverpleegkundige ziet ondervoeding. Op Koningsdag en met de kerstmarkt komen mensen wel "
        "naar buiten. De tafel wil in september een proef met een ontmoetingsplek in het dorpshuis, "
        "twee ochtenden per week, betaald uit het budget voor sociale basis van € 18.000. Vrijwilligers "
        "van de Zonnebloem en de ouderenbond doen mee. Evaluatie na de kerstvakantie."
    ),
    "thema_inkomen_zzp": (
        "Signalen over zelfstandigen met een laag inkomen\n"
        "\n"
        "Steeds meer zzp'ers melden zich bij de schuldhulpverlening, vooral in de bouw, de schoonmaak "
        "en de taxibranche. Het Bbz biedt een overbruggingsuitkering, maar de aanvraag duurt lang. "
        "Per 1 januari gaan de normbedragen omhoog met 2,8 procent. De Belastingdienst kan uitstel van "
        "betaling geven; de KvK verwijst door naar Ondernemersklankbord. De tafel ziet dat "
        "zelfstandigen zich schamen en te laat komen. Voorstel: een vast spreekuur voor ondernemers op "
        "dinsdagmiddag en een korte folder. De beleidsmedewerker werkt het voorstel uit voor het "
        "overleg in november."
    ),
    "thema_jongeren_geld": (
        "Jongeren en geld\n"
        "\n"
        "Jongeren van 18 tot 23 jaar komen vaker in de problemen door kopen op afbetaling, "
        "gokken en abonnementen. Op het mbo zijn er gastlessen van het Nibud, tijdens de Week van het "
        "Geld ook op de middelbare scholen. De jongerenwerker merkt dat veel jongeren niet weten dat "
        "zij vanaf hun 18e zelf een zorgverzekering moeten afsluiten. Een zorgschuld bij de "
        "zorgverzekeraar kan oplopen tot honderden euro's, en na zes maanden volgt aanmelding bij het "
        "CAK. De tafel stelt voor om bij de brief die jongeren rond hun verjaardag van de gemeente "
        "krijgen, een geldcheck mee te sturen."
    ),
    "thema_mantelzorg_werk": (
        "Werkende mantelzorgers\n"
        "\n"
        "Een op de vier werknemers combineert werk met mantelzorg. Werkgevers kunnen helpen met "
        "flexibele werktijden en kortdurend zorgverlof. Het steunpunt mantelzorg geeft trainingen aan "
        "leidinggevenden. In het voorjaar organiseren we met de grote werkgevers in de regio een "
        "bijeenkomst. Mantelzorgers die vastlopen, kunnen respijtzorg aanvragen via de Wmo, "
        "bijvoorbeeld een logeerweekend voor hun naaste. De tafel vraagt aandacht voor jonge "
        "mantelzorgers op school: zij missen soms lessen om voor een ouder te zorgen. Actie: de "
        "jeugdconsulent neemt dit mee naar het overleg met de intern begeleiders."
    ),
    "thema_dakloosheid": (
        "Dakloosheid en uitstroom\n"
        "\n"
        "De nachtopvang zat deze winter vaker vol dan vorig jaar. Vooral jonge mannen en "
        "arbeidsmigranten zonder woning meldden zich. Voor uitstroom zijn er te weinig betaalbare "
        "kamers. De corporaties stellen per jaar tien woningen beschikbaar voor Housing First; dat is "
        "niet genoeg. De GGD doet de medische screening, het Leger des Heils de begeleiding. Met de "
        "Wet versterking regie volkshuisvesting moeten gemeenten meer woningen voor urgente "
        "doelgroepen bouwen. De tafel vraagt het college om tijdelijke units te plaatsen op een "
        "braakliggend terrein, in overleg met de buurt."
    ),
    "thema_statushouders_werk": (
        "Statushouders aan het werk\n"
        "\n"
        "Van de statushouders die drie jaar in de gemeente wonen, heeft ongeveer een derde betaald "
        "werk, vaak in de zorg, de logistiek of de horeca. Taal blijft de grootste drempel. De "
        "combinatie van taalles en werken, zoals in de duale trajecten, werkt goed. Werkgevers vragen "
        "om begeleiding op de werkvloer. Het COA en Vluchtelingenwerk geven informatie over de "
        "achtergrond, het UWV over subsidies. Tijdens de Ramadan passen sommige werkgevers de "
        "werktijden aan. De tafel wil succesverhalen delen in het huis-aan-huisblad, zonder namen en "
        "met toestemming."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


def test_a_compound_of_ordinary_words_after_naar_is_no_place() -> None:
    assert detect("De KvK verwijst door naar Ondernemersklankbord voor advies.") == []


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Ze ging vorige week naar Zwartemeer voor een bezoek.", "Zwartemeer"),
        ("Mevrouw woont in Kaboekoe sinds de zomer.", "Kaboekoe"),
        ("Hij is verhuisd naar Hoogkerk.", "Hoogkerk"),
    ],
)
def test_a_village_after_the_same_words_is_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
