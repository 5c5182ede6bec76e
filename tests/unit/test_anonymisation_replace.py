"""Replacing findings by placeholders, and the quasi-identifier warnings."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import (
    Category,
    Finding,
    detect,
    quasi_identifier_warnings,
    replace_all,
    replace_finding,
)


def first(text: str, category: Category) -> Finding:
    return next(f for f in detect(text) if f.category is category)


def test_replace_finding_replaces_only_that_span() -> None:
    text = "Anke belt. Later belt Anke weer."
    finding = first(text, Category.NAAM)
    assert replace_finding(text, finding) == "[NAAM] belt. Later belt Anke weer."


def test_replace_finding_uses_the_age_band() -> None:
    text = "Mevrouw Jansen (82) woont alleen."
    finding = first(text, Category.LEEFTIJD)
    assert replace_finding(text, finding) == "Mevrouw Jansen ([80-90 jaar]) woont alleen."


def test_replace_finding_refuses_a_stale_finding() -> None:
    finding = first("Anke belt.", Category.NAAM)
    with pytest.raises(ValueError, match="hoort niet"):
        replace_finding("Piet belt.", finding)


def test_replace_all_replaces_every_word_bounded_occurrence() -> None:
    text = "Anke belt. Later belt Anke weer; Ankes fiets en Annemieke blijven."
    finding = first(text, Category.NAAM)
    result = replace_all(text, finding)
    assert result == "[NAAM] belt. Later belt [NAAM] weer; Ankes fiets en Annemieke blijven."
    assert "Anke" not in [f.text for f in detect(result)]


def test_replace_all_on_a_number() -> None:
    text = "Bel 06-12345678 of, als dat niet lukt, nogmaals 06-12345678."
    finding = first(text, Category.TELEFOON)
    assert replace_all(text, finding) == "Bel [TELEFOON] of, als dat niet lukt, nogmaals [TELEFOON]."


def test_replaced_text_no_longer_has_findings_of_that_text() -> None:
    text = "Mevrouw De Vries woont in Oosterwolde aan de Dorpsweg 14. Haar dochter Anke woont in Zwolle."
    for finding in detect(text):
        assert finding.text not in [f.text for f in detect(replace_all(text, finding))]


def test_quasi_warning_for_place_occupation_household_and_age() -> None:
    text = "Een weduwe met vier kinderen, melkveehouder, 52 jaar, woont in Oosterwolde."
    text = "De vrouw is 52 jaar, weduwe met vier kinderen en melkveehouder in Oosterwolde."
    warnings = quasi_identifier_warnings(text)
    assert len(warnings) == 1
    warning = warnings[0]
    assert "Oosterwolde" in warning.message and "herkenbaar" in warning.message
    kinds = {reason.split(":")[0] for reason in warning.reasons}
    assert {"plaats", "beroep", "gezinssituatie", "exacte leeftijd"} <= kinds
    for start, end in warning.spans:
        assert 0 <= start < end <= len(text)


def test_quasi_warning_for_rare_condition() -> None:
    text = "Meneer heeft ALS en is dominee in Wirdum."
    (warning,) = quasi_identifier_warnings(text)
    assert any(reason.startswith("ziekte of beperking: ALS") for reason in warning.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Een weduwe met vier kinderen vroeg hulp.",  # no place
        "Een weduwe woont in Zwolle.",  # one rare attribute
        "Meneer heeft de ziekte van Parkinson en woont in Assen, hij is boer.",  # common condition + one
        "Als het kan, komt de boer morgen.",  # lower-case 'als' is no condition; no place
    ],
)
def test_no_quasi_warning(text: str) -> None:
    assert quasi_identifier_warnings(text) == []


def test_quasi_warning_uses_given_findings() -> None:
    text = "Hij is boer en weduwnaar in Zeijen."
    assert quasi_identifier_warnings(text, findings=[]) == []
    assert len(quasi_identifier_warnings(text, findings=detect(text))) == 1
