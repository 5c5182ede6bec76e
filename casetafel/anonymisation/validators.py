"""Checksums and small value rules for Dutch identifiers: the BSN 11-proef, the IBAN mod-97 check with
the lengths per country, and the age band that replaces an exact age. Pure functions on strings and
integers, used by the detector and tested on their own."""

from __future__ import annotations

IBAN_LENGTHS: dict[str, int] = {
    "NL": 18,
    "BE": 16,
    "DE": 22,
    "FR": 27,
    "LU": 20,
    "GB": 22,
    "IE": 22,
    "ES": 24,
    "IT": 27,
    "PT": 25,
    "AT": 20,
    "CH": 21,
    "DK": 18,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "PL": 28,
    "CZ": 24,
    "SK": 24,
    "HU": 28,
    "RO": 24,
    "BG": 22,
    "GR": 27,
    "TR": 26,
    "HR": 21,
    "SI": 19,
    "LT": 20,
    "LV": 21,
    "EE": 20,
    "MA": 28,
    "MT": 31,
    "CY": 28,
    "IS": 26,
    "LI": 21,
    "MC": 27,
    "SM": 27,
    "AD": 24,
    "GI": 23,
    "UA": 29,
}


def digits_only(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def bsn_valid(value: str) -> bool:
    """True when ``value`` (8 or 9 digits, separators ignored) passes the BSN 11-proef."""
    digits = digits_only(value)
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


def iban_valid(value: str) -> bool:
    """True when ``value`` (spaces allowed, any case) is an IBAN with the right length and mod-97."""
    iban = "".join(value.split()).upper()
    if len(iban) < 15 or not iban[:2].isalpha() or not iban[2:4].isdigit() or not iban.isalnum():
        return False
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is not None and len(iban) != expected:
        return False
    if not iban.isascii():
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def age_band(age: int) -> str:
    """A coarse band for an exact age, e.g. 37 -> "[30-40 jaar]", 16 -> "[12-18 jaar]"."""
    if age < 0:
        raise ValueError("leeftijd kan niet negatief zijn")
    if age < 12:
        return "[0-12 jaar]"
    if age < 18:
        return "[12-18 jaar]"
    if age < 25:
        return "[18-25 jaar]"
    if age < 30:
        return "[25-30 jaar]"
    if age >= 90:
        return "[90+ jaar]"
    low = age // 10 * 10
    return f"[{low}-{low + 10} jaar]"
