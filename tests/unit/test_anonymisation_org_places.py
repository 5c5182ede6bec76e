"""Organisations named by a kind compound and the place they work in (anonymisation/org_compounds.py), and
speaker labels in a transcript (anonymisation/names.py)."""

from __future__ import annotations

from tests.unit.anonymisation_support import texts


def test_an_advice_office_or_landlord_is_named_by_its_place_not_by_a_common_word() -> None:
    for text, name in (
        ("Hij kreeg hulp van AgriAdvies Oost bij de aanvraag.", "AgriAdvies Oost"),
        ("Ze woont sinds mei bij Flexhuisvesting Vechtdal.", "Flexhuisvesting Vechtdal"),
        ("Het dossier ligt bij Schadeadvies Groningen.", "Schadeadvies Groningen"),
    ):
        assert name in texts(text)
    for text in (
        "De raad volgt het Zorgadvies Overleg sinds januari.",
        "Het programma Woonadvies Senioren loopt door.",
        "Volgens het Reisadvies Buitenland is dat veilig.",
        "In de nota Flexhuisvesting Arbeidsmigranten staat het beleid.",
    ):
        assert texts(text) == []


def test_a_speaker_label_in_a_transcript_is_followed_by_speech_not_a_name() -> None:
    text = (
        "Consulent: Hoe gaat het met het geld?\n"
        "Moeder: Moeilijk. De toeslag is nog niet geregeld.\n"
        "Vader: Ja, we lenen bij familie.\n"
        "Moeder: Sinds de zomer werk ik minder."
    )
    assert texts(text) == []
    for text, name in (
        ("Moeder: Precious Okafor, 34 jaar", "Precious Okafor"),
        ("Vader: Bakker, Jan", "Bakker, Jan"),
        ("Cliënt: el Amrani, S. (Sam)", "el Amrani, S. (Sam)"),
    ):
        assert name in texts(text)
