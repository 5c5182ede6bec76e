"""Document control of a session report and the kind of owner of a question or action.

A report is a concept until the participants adopted it; then it is definitief. Whether an owner is a
person or a body (college, griffie, commissie, wijkteam) is recorded when the owner is entered, never
guessed: the public report keeps bodies as owners and leaves persons out. An owner whose kind was not
recorded ("") counts as a person.
"""

from __future__ import annotations

from enum import StrEnum


class DocumentStatus(StrEnum):
    CONCEPT = "concept"
    FINAL = "definitief"


class OwnerKind(StrEnum):
    UNKNOWN = ""
    PERSON = "persoon"
    BODY = "orgaan"


DOCUMENT_STATUS_LABELS: dict[str, str] = {
    DocumentStatus.CONCEPT: "Concept",
    DocumentStatus.FINAL: "Definitief",
}
OWNER_KIND_LABELS: dict[str, str] = {
    OwnerKind.UNKNOWN: "Niet vastgelegd",
    OwnerKind.PERSON: "Persoon",
    OwnerKind.BODY: "Orgaan of functie",
}
# Addressees a session report can be meant for (free text is allowed too).
REPORT_ADDRESSEES: tuple[str, ...] = (
    "Gemeenteraad",
    "Commissie Sociaal Domein",
    "Presidium",
    "Agendacommissie",
    "College van burgemeester en wethouders",
)


# Bodies and roles offered as owners (with the participants' names, which are persons).
COMMON_BODIES: tuple[str, ...] = (
    "Griffie",
    "College van B&W",
    "Gemeenteraad",
    "Commissie Sociaal Domein",
    "Presidium",
    "Agendacommissie",
    "Wijkteam",
    "Beleidsafdeling Sociaal Domein",
)


def owner_is_public(owner_kind: str) -> bool:
    """Whether an owner may be printed in the public variant: only bodies and roles, never persons."""
    return owner_kind == OwnerKind.BODY
