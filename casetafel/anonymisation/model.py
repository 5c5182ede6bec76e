"""The data the anonymisation guard returns: categories of identifiers, findings and quasi-identifier
warnings, with the Dutch labels and placeholders the user sees. Plain frozen dataclasses, no logic
beyond lookups, so the GUI, the CLI and the report can share them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    """Kinds of identifiers; the values are the Dutch keys used in JSON output and the corpus."""

    NAAM = "naam"
    PLAATS = "plaats"
    ADRES = "adres"
    POSTCODE = "postcode"
    BSN = "bsn"
    IBAN = "iban"
    TELEFOON = "telefoon"
    EMAIL = "email"
    URL = "url"
    DATUM = "datum"
    LEEFTIJD = "leeftijd"
    INSTELLING = "instelling"
    NUMMER = "nummer"
    KENTEKEN = "kenteken"


LABELS: dict[Category, str] = {
    Category.NAAM: "Naam",
    Category.PLAATS: "Plaatsnaam",
    Category.ADRES: "Adres",
    Category.POSTCODE: "Postcode",
    Category.BSN: "Burgerservicenummer",
    Category.IBAN: "Rekeningnummer (IBAN)",
    Category.TELEFOON: "Telefoonnummer",
    Category.EMAIL: "E-mailadres",
    Category.URL: "Webadres",
    Category.DATUM: "Datum",
    Category.LEEFTIJD: "Leeftijd",
    Category.INSTELLING: "Instelling of bedrijf",
    Category.NUMMER: "Dossier- of cliëntnummer",
    Category.KENTEKEN: "Kenteken",
}

PLACEHOLDERS: dict[Category, str] = {
    Category.NAAM: "[NAAM]",
    Category.PLAATS: "[PLAATS]",
    Category.ADRES: "[ADRES]",
    Category.POSTCODE: "[POSTCODE]",
    Category.BSN: "[BSN]",
    Category.IBAN: "[IBAN]",
    Category.TELEFOON: "[TELEFOON]",
    Category.EMAIL: "[E-MAIL]",
    Category.URL: "[URL]",
    Category.DATUM: "[DATUM]",
    Category.LEEFTIJD: "[LEEFTIJD]",
    Category.INSTELLING: "[INSTELLING]",
    Category.NUMMER: "[NUMMER]",
    Category.KENTEKEN: "[KENTEKEN]",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One suspected identifier: ``text[start:end]`` (Python str offsets, end exclusive)."""

    start: int
    end: int
    category: Category
    confidence: float
    placeholder: str
    text: str

    @property
    def label(self) -> str:
        """The Dutch name of the category, e.g. "Plaatsnaam"."""
        return LABELS[self.category]

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class QuasiWarning:
    """A risky combination of quasi-identifiers, explained in plain Dutch."""

    message: str
    reasons: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
