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
    waiver_texts,
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
    replaced = [styled_placeholder(text, f, NATURAL, "C") for f in detect(text)]  # the title is kept
    assert replaced == ["Meneer C.", "het dorp"]
    code = [styled_placeholder(text, f, PlaceholderStyle(), "C") for f in detect(text)]
    assert code == ["Meneer [NAAM]", "[PLAATS]"]
    towns = PlaceholderStyle(NameStyle.CODE, PlaceStyle.RESIDENCE)
    assert [styled_placeholder(text, f, towns) for f in detect(text)] == ["Meneer [NAAM]", "[woonplaats]"]


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


def test_a_name_takes_its_form_of_address_and_old_waivers_still_cover_it() -> None:
    text = "Gesprek met dhr. en mevr. Van den Broek en met de familie Lubbers."
    names = [f.text for f in detect(text)]
    assert names == ["dhr. en mevr. Van den Broek", "familie Lubbers"]
    assert waiver_texts("mevrouw Jansen") == ("mevrouw Jansen", "Jansen")
    assert waiver_texts("dhr. en mevr. Van den Broek")[-1] == "Van den Broek"
    assert waiver_texts("Jansen") == ("Jansen",)
    finding = detect("Mevrouw Jansen belt.")[0]
    assert styled_placeholder("", finding, NATURAL, "B") == "Mevrouw B."
