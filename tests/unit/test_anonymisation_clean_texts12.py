"""Hard negatives, twelfth set: worked examples with ages and incomes, ranges of ages, rules about anyone
of an age, target groups and statistics of age. Each must yield no finding at all (issue 20: at most 0.5
false alarms per 1,000 clean words). Written for these tests; not part of any scored corpus."""

from __future__ import annotations

import pytest

from tests.unit.anonymisation_support import assert_found, clean_text_test

CLEAN_TEXTS: dict[str, str] = {
    "voorbeelden_kostendelers": (
        "Toelichting kostendelersnorm met voorbeelden\n"
        "\n"
        "De kostendelersnorm verlaagt de bijstand als meer volwassenen een woning delen. Stel dat een "
        "moeder van 52 met een zoon van 24 samenwoont: dan delen zij de kosten en krijgt de moeder een "
        "lagere norm. Inwonende kinderen tot 27 jaar tellen niet mee. Voorbeeld 2: een vader van 60 "
        "neemt zijn dochter van 30 in huis; nu telt de dochter wel mee. Rekenvoorbeeld 3: twee broers "
        "van 40 en 45 jaar wonen samen, beiden met een uitkering. Alle voorbeelden zijn fictief. De "
        "consulent kijkt altijd naar de werkelijke situatie van het huishouden."
    ),
    "leeftijdsregels": (
        "Wat mag vanaf welke leeftijd?\n"
        "\n"
        "Een 16-jarige mag zelf een huisarts kiezen en zelf beslissen over een behandeling. Een 18-jarige "
        "moet een eigen zorgverzekering afsluiten en betaalt vanaf dan zorgtoeslag zelf. Elke 21-jarige "
        "heeft recht op het volledige minimumloon. Jongeren van 12 tot 16 jaar beslissen samen met hun "
        "ouders. De doelgroep van het jongerenwerk is 10 tot 23 jaar oud. Tussen de 18 en 27 jaar "
        "geldt een zoektermijn van vier weken. Informatie over deze regels staat in de folder voor "
        "jongeren en hun ouders, en op de website van de gemeente."
    ),
    "leeftijdsstatistiek": (
        "Deelnemers aan de cursussen in cijfers\n"
        "\n"
        "In totaal deden 214 inwoners mee aan de cursussen. De leeftijd varieerde van 19 tot 88 jaar. "
        "De grootste groep was 45-64 jaar, gevolgd door de groep 65-74 jaar. Van de deelnemers was 62 "
        "procent vrouw. De gemiddelde deelnemer was 57 jaar. Jongeren onder de 25 waren nauwelijks "
        "vertegenwoordigd; daarom start in het voorjaar een aparte cursus voor hen. De tevredenheid was "
        "hoog: een 8,2 gemiddeld. Bijna alle deelnemers zouden de cursus aanraden aan anderen."
    ),
    "budgetcursus_voorbeeld": (
        "Lesbrief budgetcursus, les 3\n"
        "\n"
        "In deze les rekenen de deelnemers met een voorbeeldhuishouden. Neem bijvoorbeeld een gezin "
        "met een vader van 38, een moeder van 36 en twee kinderen van 8 en 11. Het netto-inkomen is "
        "€ 2.650 per maand. De vaste lasten zijn huur, energie, water, verzekeringen en abonnementen. "
        "De deelnemers zoeken uit hoeveel er overblijft voor boodschappen en onverwachte uitgaven. "
        "Daarna bespreekt de docent tips om te besparen. De les duurt twee uur en wordt afgesloten met "
        "een korte quiz."
    ),
}


test_a_clean_text_yields_no_finding = clean_text_test(CLEAN_TEXTS)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Mevrouw is 81 jaar en woont alleen.", "81 jaar"),
        ("Zoon Daan (16) en dochter Sanne (12) wonen thuis.", "12"),
        ("Een 17-jarige jongen uit het dorp is sinds mei uit beeld.", "17-jarige"),
        ("De vader, 45 jaar, werkt in de bouw.", "45 jaar"),
    ],
)
def test_a_persons_age_is_still_found(sentence: str, part: str) -> None:
    assert_found(sentence, part)
