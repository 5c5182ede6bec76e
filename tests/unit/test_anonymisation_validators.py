"""Unit tests for the checksums and the age band of the anonymisation guard."""

from __future__ import annotations

import pytest

from casetafel.anonymisation import age_band, bsn_valid, iban_valid


@pytest.mark.parametrize("value", ["111222333", "123456782", "1234.56.782", "123 456 782", "10000008"])
def test_bsn_valid_numbers_pass_the_eleven_test(value: str) -> None:
    assert bsn_valid(value)


@pytest.mark.parametrize("value", ["123456789", "111222334", "000000000", "12345", "1234567890", "abcdefghi"])
def test_bsn_invalid_numbers_fail(value: str) -> None:
    assert not bsn_valid(value)


@pytest.mark.parametrize(
    "value",
    [
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
        "nl91abna0417164300",
        "NL20INGB0001234567",
        "BE68539007547034",
        "DE89370400440532013000",
        "GB82WEST12345698765432",
    ],
)
def test_iban_valid(value: str) -> None:
    assert iban_valid(value)


@pytest.mark.parametrize(
    "value",
    [
        "NL91ABNA0417164301",
        "NL91ABNA041716430",
        "NL69RABO0123456789",
        "XX00",
        "BE68539007547035",
        "NL9IABNA0417164300",
    ],
)
def test_iban_invalid(value: str) -> None:
    assert not iban_valid(value)


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, "[0-12 jaar]"),
        (11, "[0-12 jaar]"),
        (16, "[12-18 jaar]"),
        (18, "[18-25 jaar]"),
        (27, "[25-30 jaar]"),
        (37, "[30-40 jaar]"),
        (40, "[40-50 jaar]"),
        (82, "[80-90 jaar]"),
        (95, "[90+ jaar]"),
    ],
)
def test_age_band(age: int, band: str) -> None:
    assert age_band(age) == band


def test_age_band_rejects_negative_age() -> None:
    with pytest.raises(ValueError, match="negatief"):
        age_band(-1)
