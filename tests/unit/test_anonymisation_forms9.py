"""Forms issue 20's ninth round showed (general kinds, texts written here): licence plates with spaces or
after the word for a plate, a day and month after a noun ending like a street, ages of small children
with a fraction, and a name with one initial and a lower-case particle at the start of a line."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import Category, detect


def covered(text: str, part: str, category: Category) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(f.category is category and f.start <= start and f.end >= end for f in detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("De auto met GZ 412 X stond voor de deur.", "GZ 412 X"),
        ("Hij rijdt in een busje, 12 BBX 3, van zijn werkgever.", "12 BBX 3"),
        ("Hij slaapt in zijn auto (Poolse kentekenplaat WX 1234A) bij het station.", "WX 1234A"),
        ("His car has a German number plate B XY 123 and is parked there.", "B XY 123"),
        ("auto met kenteken 31KPL7 gezien bij de woning", "31KPL7"),
        ("auto met kenteken gz 412 x gezien bij de woning", "gz 412 x"),
        ("Hij slaapt in zijn auto (Roemeense nummerplaat BH 21 PXT).", "BH 21 PXT"),
        ("Een busje met Pools kenteken WGM 12345 op de parkeerplaats.", "WGM 12345"),
    ],
)
def test_plates_with_spaces_or_after_their_word(text: str, part: str) -> None:
    assert covered(text, part, Category.KENTEKEN)


@pytest.mark.parametrize(
    "text",
    [
        "Zie artikel 12 BW 34 over de huurovereenkomst.",
        "De GGD 12 en de Wmo 2015 zijn besproken.",
        "Het kenteken is nog niet bekend.",
        "Een kenteken aanvragen kost in 2025 ongeveer 40 euro.",
        "Het kenteken 12 keer aangevraagd, het nummerbord 3 x vervangen.",
    ],
)
def test_plate_look_alikes_stay_clean(text: str) -> None:
    assert not any(f.category is Category.KENTEKEN for f in detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Verslag van de vergadering 12 november, gemeentehuis", "12 november"),
        ("Notulen ledenvergadering 3 maart in het dorpshuis", "3 maart"),
        ("De bijeenkomst in de Kerkring 5 juni ging door.", "5 juni"),
        ("Vergadering 12 nov. in het dorpshuis", "12 nov"),
    ],
)
def test_day_and_month_after_a_street_like_noun_are_a_date(text: str, part: str) -> None:
    findings = detect(text)
    assert not any(f.category is Category.ADRES for f in findings)
    assert covered(text, part, Category.DATUM)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Het gezin (vier kinderen, jongste 1½) woont krap.", "1½"),
        ("Haar zoontje is 2,5 jaar en gaat naar de opvang.", "2,5 jaar"),
        ("Moeder zorgt alleen voor haar dochter van anderhalf.", "anderhalf"),
        ("De kinderen (6 en 2½) slapen bij oma.", "2½"),
        ("Twee kinderen van 4 en 1,5 jaar wonen bij vader.", "1,5 jaar"),
        ("Jesse is 3,5 jaar en praat nog weinig.", "3,5 jaar"),
        ("Moeder met Sem (1½) en Noor (4) in de opvang.", "1½"),
        ("Haar dochter van twee en een half huilt veel.", "twee en een half"),
        ("Ze heeft een baby van een half jaar en geen steun.", "een half jaar"),
        ("Moeder van een 2,5-jarige peuter zoekt opvang.", "2,5-jarige"),
        ("De anderhalfjarige dochter slaapt slecht.", "anderhalfjarige"),
    ],
)
def test_fraction_ages_of_small_children(text: str, part: str) -> None:
    assert covered(text, part, Category.LEEFTIJD)


@pytest.mark.parametrize(
    "text",
    [
        "De behandeling duurt 1,5 jaar en kost € 2,5 miljoen.",
        "De wachttijd is anderhalf jaar; het gesprek duurt anderhalf uur.",
        "Hij zit al een half jaar thuis; de wachttijd is een half jaar.",
        "De 2,5-jarige opleiding start in september.",
        "Voor kinderen van 2,5 tot 4 jaar is er peuteropvang; kinderen van 1,5 jaar en ouder mogen mee.",
        "Het team werkt met 2,5 fte en een contract van 2 en 1,5 jaar.",
        "De Regeling (1,5 jaar) loopt af; het is 2,5 jaar geleden. Groei (1,5%).",
    ],
)
def test_fractions_that_are_no_age(text: str) -> None:
    assert not any(f.category is Category.LEEFTIJD for f in detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Controle over twee weken.\nL. ten Barge, POH", "L. ten Barge"),
        ("Aanwezig:\nK. van der Molen\nP. de Bruin", "K. van der Molen"),
        ("Opgesteld door J. van 't Hof, wijkverpleegkundige", "J. van 't Hof"),
        ("Bezoek afgerond.\nJ. van 't Hof\nwijkverpleegkundige", "J. van 't Hof"),
        ("Gesprek met mw. A. de la Cruz over de schulden.", "A. de la Cruz"),
    ],
)
def test_initial_and_particle_make_one_name(text: str, part: str) -> None:
    assert covered(text, part, Category.NAAM)


@pytest.mark.parametrize("text", ["A. de aanleiding\nB. het Rijk betaalt", "B. de Raad van State besluit"])
def test_lettered_list_items_stay_clean(text: str) -> None:
    assert not any(f.category is Category.NAAM for f in detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("notities dorpsondersteuner 2e exloërmond wk 41", "2e exloërmond"),
        ("Mevrouw woont sinds kort in 1e Exloërmond.", "1e Exloërmond"),
        ("hij woont in tweede exloërmond bij zijn zus", "tweede exloërmond"),
        ("Ze woont in 2e Exloermond, zonder trema getypt.", "2e Exloermond"),
        ("hij woont in tweede exloermond bij zijn zus", "tweede exloermond"),
    ],
)
def test_villages_with_an_ordinal_digit(text: str, part: str) -> None:
    assert covered(text, part, Category.PLAATS)


def test_ordinals_before_ordinary_words_stay_clean() -> None:
    assert detect("De 2e ronde en de tweede keer; in de 1e week, in de 3de klas.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: Mr Ionut Popa, Romanian, 34 years old, BSN 196322807. In Italy the rules differ.",
        "Mevrouw Ana Popa (BSN 196322807) is Polish and came from Poland; she also speaks Ukrainian.",
        "In Poland and Romania the rules differ; Polish and Romanian workers often come via agencies.",
    ],
)
def test_english_origins_and_countries_are_no_names_or_places(text: str) -> None:
    for word in ("Romanian", "Italy", "Polish", "Poland", "Ukrainian", "Romania", "agencies"):
        if word in text:
            start = text.index(word)
            assert not any(f.start <= start < f.end for f in detect(text)), word


@pytest.mark.parametrize(
    "text",
    [
        "Agenda regiegroep Mantelzorg en Respijtzorg\nDinsdag, 19.30 uur, raadzaal",
        "Spreekuur met de Jeugdarts en de Praktijkondersteuner Jeugd van de huisartsenpraktijk.",
        "Een tolk vraagt u minstens twee dagen vooraf aan via het tolkenbureau.",
        "Hij zoekt werk via een uitzendbureau en het advocatenkantoor helpt hem.",
        "Tolkenbureau\nTolken worden via de gemeente aangevraagd.",
        "De Consulent Wonen en de Coördinator Mantelzorg overleggen maandelijks.",
        "Respijtzorg, Logeerzorg en Dagopvang worden vergoed.",
        "Het UWV en de SVB worden betrokken bij inkomensvragen en bij geldzaken.",
    ],
)
def test_sector_words_and_business_kinds_stay_clean(text: str) -> None:
    assert detect(text) == []


def test_a_care_brand_listed_with_a_debt_stays_found() -> None:
    text = "Schuldeisers:\n1. CJIB, boetes\n2. Maaswonen, huurachterstand € 1.420"
    assert covered(text, "Maaswonen", Category.INSTELLING)
