"""Placeholders that read aloud well: initial pseudonyms kept per person and case, places as words."""

from __future__ import annotations

from casetafel.anonymisation import detect
from casetafel.anonymisation.pseudonyms import (
    NameStyle,
    PlaceholderStyle,
    PlaceStyle,
    name_key,
    next_letter,
    styled_placeholder,
    used_letters,
)
from casetafel.services.container import Services
from casetafel.services.pseudonyms import case_scope, session_scope

NATURAL = PlaceholderStyle(NameStyle.INITIAL, PlaceStyle.VILLAGE)


def test_name_keys_letters_and_styles() -> None:
    assert name_key("mevrouw Fatima Bakker") == name_key("Bakker") == name_key("dhr. Bakker") == "bakker"
    assert name_key("Piet van der Meer") == "meer"
    assert used_letters(["Toen zei meneer K. dat de heer B. en mw. d. kwamen"]) == {"K", "B", "D"}
    assert next_letter({"A", "B"}) == "C" and next_letter(set("ABCDEFGHIJKLMNOPRSTUVWZ")) == "A2"
    text = "Meneer Bakker woont in Oudega."
    replaced = [styled_placeholder(text, f, NATURAL, "C") for f in detect(text)]
    assert replaced == ["C.", "het dorp"]
    code = [styled_placeholder(text, f, PlaceholderStyle(), "C") for f in detect(text)]
    assert code == ["[NAAM]", "[PLAATS]"]
    towns = PlaceholderStyle(NameStyle.CODE, PlaceStyle.RESIDENCE)
    assert [styled_placeholder(text, f, towns) for f in detect(text)] == ["[NAAM]", "[woonplaats]"]


def test_a_person_keeps_the_letter_in_the_case_and_hand_letters_are_skipped(services: Services) -> None:
    case = services.cases.create_case("Schulden", "Mevrouw A. en meneer Bakker; ook Fatima Yilmaz belde.")
    scope = case_scope(case.id)
    first = services.pseudonyms.letter_for(scope, "Bakker")
    assert first == "B"  # A is used by hand in the text
    assert services.pseudonyms.letter_for(scope, "meneer Bakker") == first
    assert services.pseudonyms.letter_for(scope, "Fatima Yilmaz") == "C"
    assert services.pseudonyms.letters(scope) == {"bakker": "B", "yilmaz": "C"}
    other = services.cases.create_case("Ander", "Een tekst.")
    assert services.pseudonyms.letter_for(case_scope(other.id), "Yilmaz") == "A"  # per case
    assert services.pseudonyms.letter_for(session_scope(9), "Yilmaz") == "A"
