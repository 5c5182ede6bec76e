"""Special categories of personal data (AVG) next to an identifying context: the warning stays until
the combination is gone, not until the place name is."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import quasi_identifier_warnings

WIDOW = "Hij is de enige Turkse weduwnaar met zes kinderen in ons dorp en werkt bij de Coop aan de Brink."


def kinds(text: str) -> set[str]:
    return {reason.split(":")[0] for w in quasi_identifier_warnings(text) for reason in w.reasons}


def test_all_contexts_of_the_widower_are_named() -> None:
    found = kinds(WIDOW)
    assert "bijzonder gegeven, afkomst" in found
    assert {"kleine plaats", "uniek", "gezinsgrootte", "werkgever met straat"} <= found


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("in ons dorp", "in [PLAATS]"),
        ("in ons dorp", ""),
        ("bij de Coop aan de Brink", "in een winkel"),
    ],
)
def test_the_warning_stays_while_the_combination_remains(old: str, new: str) -> None:
    text = WIDOW.replace(old, new)
    assert any("bijzonder persoonsgegeven" in w.message for w in quasi_identifier_warnings(text))


def test_the_warning_goes_when_the_special_category_goes() -> None:
    text = WIDOW.replace("Turkse ", "")
    assert not any("bijzonder persoonsgegeven" in w.message for w in quasi_identifier_warnings(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zij is lesbisch en 38 jaar; de buurt weet het niet.",  # orientation + exact age
        "Hij heeft een strafblad en is de enige in de straat zonder werk.",  # record + de enige
        "Mevrouw is moslima en moeder van vier kinderen.",  # religion + family size
        "Na de diagnose autisme werkte hij bij de Albert Heijn aan de Hoofdstraat.",  # health + employer
        "Het gezin, van Eritrese afkomst, woont in een gehucht.",  # origin + small place
    ],
)
def test_each_special_category_with_a_context_warns(text: str) -> None:
    assert any("bijzonder persoonsgegeven" in w.message for w in quasi_identifier_warnings(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zij is lesbisch.",  # no context
        "Een groot deel van de buurt is katholiek opgevoed.",  # no context
        "Hij werkte bij de Jumbo aan de Markt, vijf kinderen.",  # context without special category
    ],
)
def test_no_special_warning(text: str) -> None:
    assert not any("bijzonder persoonsgegeven" in w.message for w in quasi_identifier_warnings(text))


def test_a_named_village_is_a_small_place_and_a_city_is_not() -> None:
    assert "kleine plaats" in kinds("Zij draagt als enige moslima een hoofddoek in Oudega.")
    assert "kleine plaats" not in kinds("Zij is moslima en woont in Rotterdam.")
    (warning,) = quasi_identifier_warnings("Hij is 47, homo, boer en woonde in Wirdum.")  # one per text
    assert "bijzonder persoonsgegeven" in warning.message and "plaats: Wirdum" in warning.reasons
