"""The privacy gate of a case text: which identifier findings are still open, given recorded waivers.

A waiver records that a person looked at one finding (category and text) and decided it may stay, with
a reason. The gate runs the detector again whenever a case is confirmed, projected or exported, so a
text that changed or a detector that learned more cannot slip through.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from casetafel.services.errors import ServiceError, ValidationError

if TYPE_CHECKING:
    from casetafel.anonymisation import Finding


@dataclass(frozen=True)
class Waiver:
    category: str
    text: str
    reason: str
    by: str = ""
    at: str = ""  # ISO 8601

    def as_json(self) -> dict[str, str]:
        return {
            "category": self.category,
            "text": self.text,
            "reason": self.reason,
            "by": self.by,
            "at": self.at,
        }

    @classmethod
    def from_json(cls, value: Mapping[str, str] | str) -> Waiver:
        if isinstance(value, str):  # a bare text waived for every category
            return cls(category="*", text=value, reason="")
        return cls(
            category=str(value.get("category", "*")),
            text=str(value.get("text", "")),
            reason=str(value.get("reason", "")),
            by=str(value.get("by", "")),
            at=str(value.get("at", "")),
        )


def make_waiver(finding: Finding, reason: str, by: str) -> Waiver:
    return Waiver(
        str(finding.category),
        finding.text,
        reason.strip(),
        by.strip(),
        datetime.now().isoformat(timespec="seconds"),
    )


def check_waiver(category: str, reason: str) -> None:
    """Refuse a waiver of a hard identifier (BSN, IBAN, phone, ...: never needed at the table) and a
    waiver whose reason is shorter than a few words ("test" explains nothing)."""
    from casetafel.anonymisation.masking import MIN_REASON_WORDS, is_hard

    if is_hard(category):
        raise ValidationError(
            "Een burgerservicenummer, rekeningnummer, telefoonnummer, e-mailadres, postcode, kenteken of "
            "dossiernummer kan niet genegeerd worden: vervang het; buiten de editor wordt het altijd "
            "gemaskeerd."
        )
    if not reason_is_enough(reason):
        raise ValidationError(
            f"Geef een reden van minstens {MIN_REASON_WORDS} woorden waarom dit gegeven mag blijven staan."
        )


def reason_is_enough(reason: str) -> bool:
    from casetafel.anonymisation.masking import reason_is_enough as enough

    return enough(reason or "")


def waivers_from_json(values: Iterable[Mapping[str, str] | str] | None) -> list[Waiver]:
    """The waivers stored in a case's JSON column (dicts; a bare string waives a text in any category)."""
    return [Waiver.from_json(value) for value in values or ()]


def waiver_texts(finding_text: str) -> tuple[str, ...]:
    """The texts a waiver of a finding may hold (see ``casetafel.anonymisation.pseudonyms``); imported
    here on first use, like the detector, so the program starts without the anonymisation package."""
    from casetafel.anonymisation.pseudonyms import waiver_texts as texts

    return texts(finding_text)


def covers(waiver: Waiver, finding: Finding) -> bool:
    return waiver.text in waiver_texts(finding.text) and waiver.category in ("*", str(finding.category))


def merge_waivers(old: Iterable[Waiver], new: Iterable[Waiver]) -> list[Waiver]:
    """``old`` plus ``new``; a new waiver replaces an old one for the same category and text."""
    merged: dict[tuple[str, str], Waiver] = {(w.category, w.text): w for w in old}
    for waiver in new:
        merged[(waiver.category, waiver.text)] = waiver
    return list(merged.values())


def open_findings(text: str, waivers: Iterable[Waiver], local_places: Iterable[str] = ()) -> list[Finding]:
    """The findings in ``text`` that no waiver covers."""
    waived = {(w.category, w.text) for w in waivers}
    return [
        f
        for f in detect_identifiers(text, local_places)
        if not any(
            (str(f.category), text) in waived or ("*", text) in waived for text in waiver_texts(f.text)
        )
    ]


def check_text(code: str, text: str, waivers: Iterable[Waiver], local_places: Iterable[str] = ()) -> None:
    """Raise ``OpenFindingsError`` when ``text`` holds a finding that is neither replaced nor waived."""
    findings = open_findings(text, waivers, local_places)
    if findings:
        raise OpenFindingsError(code, findings)


def detect_identifiers(text: str, local_places: Iterable[str] = ()) -> list[Finding]:
    # The detector (word lists of a few thousand names and places) loads the first time a text is
    # checked, not when the program starts.
    from casetafel.anonymisation import detect

    return detect(text, local_places=local_places)


class OpenFindingsError(ServiceError):
    """A case text still holds identifiers that nobody replaced or waived."""

    def __init__(self, code: str, findings: list[Finding]) -> None:
        self.code = code
        self.findings = findings
        shown = ", ".join(f"{f.label.lower()} ‘{f.text}’" for f in findings[:5])
        more = f" en nog {len(findings) - 5}" if len(findings) > 5 else ""
        super().__init__(
            f"De tekst van {code} bevat nog mogelijk herleidbare gegevens: {shown}{more}. "
            "Open de casus bij Casussen en vervang ze, of kies ‘Negeren…’ en leg per gegeven vast waarom "
            "het mag blijven staan."
        )
