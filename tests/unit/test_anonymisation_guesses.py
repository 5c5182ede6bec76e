"""A whole text about nobody drops the detector's guesses; a short text, an anonymised text and a text
with a sure finding keep them (anonymisation/guesses.py)."""

from __future__ import annotations

from casetafel.anonymisation import detect
from casetafel.anonymisation.guesses import SURE, without_lone_guesses
from casetafel.anonymisation.model import Category
from casetafel.anonymisation.scan import Candidate
from tests.unit.anonymisation_support import texts

# A policy paragraph of more than sixty words; "naar Kwadrantis" (a programme) reads to the place rules like
# "naar Zwolle".
POLICY = (
    "Jongeren die voor het eerst met de politie in aanraking komen, krijgen in onze regio snel een passend "
    "antwoord. De politie maakt een proces-verbaal op en de officier van justitie beslist of een jongere naar "
    "Kwadrantis gaat of naar de kinderrechter. De gemeente betaalt de coördinatie van het netwerk en de "
    "jongerenwerkers sluiten aan bij de gesprekken op school. In het voorjaar evalueren we de aanpak met "
    "de raad, zodat de raad kan bijsturen waar dat nodig is."
)
SHORT = "De officier van justitie stuurt de jongere naar Kwadrantis."


def test_the_policy_text_is_long_enough_and_holds_a_guess_when_anonymised() -> None:
    assert len(POLICY.split()) >= 60
    findings = detect(POLICY + " Contactpersoon: [NAAM].")
    assert [f.text for f in findings] == ["Kwadrantis"]
    assert findings[0].confidence < SURE


def test_a_whole_text_about_nobody_keeps_no_guess() -> None:
    assert texts(POLICY) == []


def test_a_short_text_keeps_its_guess() -> None:
    assert texts(SHORT) == ["Kwadrantis"]


def test_an_initial_pseudonym_marks_an_anonymised_text() -> None:
    assert texts(POLICY + " Mevrouw B. belde de school.") == ["Kwadrantis"]


def test_a_sure_finding_keeps_the_guesses_beside_it() -> None:
    kept = texts(POLICY + " Bel 06-12345678 voor vragen.")
    assert "Kwadrantis" in kept and "06-12345678" in kept


def test_the_rule_on_candidates() -> None:
    text = " ".join(["woord"] * 70)
    guess = Candidate(0, 5, Category.PLAATS, 0.55)
    sure = Candidate(6, 11, Category.NAAM, SURE)
    assert without_lone_guesses(text, [guess]) == []
    assert without_lone_guesses(text, [guess, sure]) == [guess, sure]
    assert without_lone_guesses(" ".join(["woord"] * 59), [guess]) == [guess]
    assert without_lone_guesses(text + " [PLAATS]", [guess]) == [guess]
    assert without_lone_guesses(text, []) == []


HERITAGE = (
    "Het college stelt voor om in de komende vier jaar twee monumenten in de binnenstad te restaureren. "
    "De Westerkerk krijgt een nieuw dak en de pastorie ernaast wordt geschikt gemaakt voor een inloop "
    "voor mantelzorgers en een spreekuur van het wijkteam. De kosten worden gedekt uit de reserve "
    "monumenten en een bijdrage van de provincie. De raad wordt gevraagd het krediet beschikbaar te "
    "stellen en de gebruikers van het gebouw tijdig te betrekken."
)


def test_a_church_without_a_saint_is_a_guess_dropped_in_a_text_about_nobody() -> None:
    assert len(HERITAGE.split()) >= 60
    assert texts(HERITAGE) == []
    with_phone = HERITAGE + " Vragen: bel 0512-123456."
    assert "Westerkerk" in texts(with_phone)
    assert texts("Hij gaat elke zondag naar de Sint-Bavokerk in het dorp.") == ["Sint-Bavokerk"]


def test_a_spaced_plate_without_its_cue_is_a_guess_and_sector_abbreviations_are_no_plates() -> None:
    plate = [f for f in detect("De auto met GZ 412 X stond weer op de stoep.") if f.text == "GZ 412 X"]
    assert plate and plate[0].confidence < SURE
    cued = [f for f in detect("Zijn kenteken is GZ 412 X.") if f.text == "GZ 412 X"]
    assert cued and cued[0].confidence >= SURE
    for text in ("In 2 PGB 12 gevallen loopt het budget op.", "Er kwamen 3 LVB 12 meldingen binnen."):
        assert texts(text) == []


CASE_WITHOUT_NAMES = (
    "Een moeder van drie kinderen kwam vorig jaar met grote zorgen bij het sociaal team. Zij woont in "
    "Dokkum en huurt bij Woonstichting De Wieren. Door een terugvordering van de toeslagen liep de huur "
    "achter en volgde een aanmaning. De kinderen gaan naar school in het dorp en de oudste speelt bij de "
    "voetbalclub. Het sociaal team zocht samen met haar naar een regeling, maar de regels lieten weinig "
    "ruimte voor maatwerk."
)
NEWS_NOTE = (
    "Het kabinet besloot vorige week in Den Haag om de regels voor bijzondere bijstand te verruimen. "
    "Onderzoekers van de Universiteit Utrecht lieten eerder zien dat veel huishoudens de weg naar de "
    "regeling niet vinden. Voor onze gemeente betekent dit dat de uitvoering opnieuw wordt ingericht. "
    "De raad wordt in het voorjaar geïnformeerd over de gevolgen voor de begroting en over de manier "
    "waarop inwoners worden bereikt."
)


def test_a_case_written_without_names_keeps_its_village_and_landlord() -> None:
    assert len(CASE_WITHOUT_NAMES.split()) >= 60
    found = texts(CASE_WITHOUT_NAMES)
    assert "Dokkum" in found and any("De Wieren" in text for text in found)
    no_person = CASE_WITHOUT_NAMES.replace("Een moeder van drie kinderen", "Een huishouden").replace(
        "met haar", "met het huishouden"
    )
    assert "Dokkum" in texts(no_person)  # "woont in": the town places someone


def test_a_note_on_national_news_names_towns_but_nobody_who_lives_there() -> None:
    assert len(NEWS_NOTE.split()) >= 60
    assert texts(NEWS_NOTE) == []
