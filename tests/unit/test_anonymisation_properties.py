"""Property tests: detect never raises and its findings are always well-formed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetafel.anonymisation import detect, replace_all

FRAGMENTS = st.sampled_from(
    [
        "Mevrouw ",
        "De Vries ",
        "Anke ",
        "woont in ",
        "Zwolle",
        " aan de Dorpsweg 14",
        "06-12345678",
        " (82) ",
        "NL91 ABNA 0417 1643 00",
        "1234 AB",
        "111222333",
        "12-03-1987",
        "mevrouw A. ",
        "\n",
        ". ",
        "van der ",
        "basisschool De Regenboog",
        "🙂",
        "\u202e",
        "\u0000",
        "ﻣﺮﺣﺒﺎ",
        "'s-",
        "Bos",
        " jaar",
        "-jarige",
        "€ 1.250,-",
        "[NAAM]",
        "www.voorbeeld.nl",
        "a@b.nl",
        "12-ABC-3",
        "dossiernummer ",
        "2023-4471",
        "J. ",
        "\t",
        "é",
        "Ĳ",
    ]
)
MIXED_TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40).map("".join)


def check_findings(text: str) -> list:
    findings = detect(text)
    previous_end = 0
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        assert finding.start >= previous_end  # sorted and non-overlapping
        assert 0.0 <= finding.confidence <= 1.0
        # "[NAAM]", or with the form of address the name was found with: "mevrouw [NAAM]"
        assert finding.placeholder.startswith("[") or finding.placeholder.endswith(" [NAAM]")
        previous_end = finding.end
    return findings


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_detect_on_arbitrary_unicode(text: str) -> None:
    check_findings(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED_TEXT)
def test_detect_on_text_with_identifiers(text: str) -> None:
    check_findings(text)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.large_base_example, HealthCheck.too_slow],
)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=2000, max_size=8000))
def test_detect_on_long_texts(text: str) -> None:
    check_findings(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED_TEXT)
def test_replace_all_removes_the_matched_text(text: str) -> None:
    for finding in detect(text)[:3]:
        replaced = replace_all(text, finding)
        assert finding.text not in [f.text for f in detect(replaced)]
