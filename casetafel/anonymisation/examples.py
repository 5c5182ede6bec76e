"""Example values in a text that explains a form or a rule: "vul uw postcode in, bijvoorbeeld 1234 AB",
"het BSN bestaat uit 9 cijfers, zoals 123456782", "een IBAN ziet eruit als NL00 BANK 0123 4567 89". A value
shown as the shape of an identifier belongs to nobody. Only the patterns of a code go; a name or a place
after "bijvoorbeeld" ("bijvoorbeeld bij Portaal") is judged as ever."""

from __future__ import annotations

import re

from .model import Category
from .scan import Candidate

CODES = frozenset(
    {
        Category.POSTCODE,
        Category.BSN,
        Category.IBAN,
        Category.KENTEKEN,
        Category.TELEFOON,
        Category.EMAIL,
        Category.NUMMER,
        Category.URL,
    }
)
EXAMPLE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:bijvoorbeeld|bijv\.|bv\.|b\.v\.|zoals|(?:ziet|zien)[ \t]+(?:er[ \t]+)?(?:uit[ \t]+)?als"
    r"|eruit[ \t]+als|voorbeeld)[ \t]*[:,]?[ \t]*$",
    re.IGNORECASE,
)


# The text says what kind of code it shows: "het BSN bestaat uit 9 cijfers, zoals …", "vul uw postcode in,
# bijvoorbeeld …"; "bereikbaar via familie, bijvoorbeeld 06-12345678 van haar zus" is someone's number.
KIND_BEFORE_RE = re.compile(
    r"(?i:postcode|bsn|burgerservicenummer|iban|rekeningnummer|kenteken|nummerplaat|telefoonnummer"
    r"|mobiel[ \t]+nummer|e-?mailadres|mailadres|webadres|website|url|cijfers|tekens|formaat|notatie|invullen"
    r"|vul[ \t]|schrijfwijze)"
)


def without_example_values(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the codes that a text shows as an example of their shape."""
    if "oorbeeld" not in text and "zoals" not in text and "als" not in text and "bv" not in text:
        return candidates
    shown = [
        (c.start, c.end)
        for c in candidates
        if c.category in CODES
        and EXAMPLE_BEFORE_RE.search(text, max(0, c.start - 30), c.start) is not None
        and KIND_BEFORE_RE.search(text, max(0, c.start - 120), c.start) is not None
    ]
    if not shown:
        return candidates
    # the digits of an example IBAN read as a phone number go with it
    return [
        c
        for c in candidates
        if c.category not in CODES or not any(c.start < end and start < c.end for start, end in shown)
    ]
