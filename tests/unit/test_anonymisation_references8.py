"""Eighth round of issue 20: reference numbers after an "-id" label, and the label of a reference number
that a case text's unknown-word rule took for a name, checked on sentences written for these tests."""

from __future__ import annotations

from tests.unit.anonymisation_support import found


def test_a_code_after_an_id_label_is_a_reference() -> None:
    result = found("Mevrouw Jansen belde. Zaak-id Z2025.00412, casus-ID 8812-B en melding-id: M-2231.")
    assert ("nummer", "Z2025.00412") in result
    assert ("nummer", "8812-B") in result
    assert ("nummer", "M-2231") in result


def test_the_label_of_a_reference_number_is_no_name() -> None:
    result = found(
        "Mevrouw Jansen belde, 06 12345678. Dossiernr 2025-118. Aanvraagnr 2025/1182. Klantnr. 4471."
    )
    assert not any(category == "naam" and text.lower().endswith("nr") for category, text in result)
    assert ("nummer", "2025/1182") in result


def test_court_numbers_with_their_chamber_and_of_a_court_of_appeal() -> None:
    result = found(
        "Mevrouw Jansen belde. Zaak C/13/712345 / FA RK 24-1234 loopt, hoger beroep 200.312.445/01."
    )
    assert ("nummer", "C/13/712345 / FA RK 24-1234") in result
    assert ("nummer", "200.312.445/01") in result
    assert found("Mevrouw Jansen belde. Het kost 200.312.445 euro.") == [("naam", "Mevrouw Jansen")]


def test_a_student_number_with_its_letter_and_a_judgment_number() -> None:
    result = found("Mevrouw Jansen belde. Leerling s1234567 staat ingeschreven. Vonnis 2024/1234 volgt.")
    assert ("nummer", "s1234567") in result
    assert ("nummer", "2024/1234") in result
    assert found("Mevrouw Jansen belde. Het vonnis is hard. Leerling 3 is ziek.") == [
        ("naam", "Mevrouw Jansen")
    ]


def test_a_code_after_a_claim_or_a_reminder() -> None:
    result = found("Mevrouw Jansen belde. Huurvordering 88123-01 en incasso-aanmaning 2025-4471.")
    assert ("nummer", "88123-01") in result and ("nummer", "2025-4471") in result
