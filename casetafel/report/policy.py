"""What each variant of a report or export may show about people (pure rules, no reportlab): owners that
are bodies or roles stay in every variant, persons only in the confidential variant with names on; in the
public variant a role held by one person that day is not printed as the source of a statement.
"""

from __future__ import annotations

from collections.abc import Iterable

from casetafel.domain.document import owner_is_public
from casetafel.report.data import ParticipantData

PERSON_LEFT_OUT = "(persoon)"


def shown_owner(item, show_names: bool) -> str:
    """The owner as a report may print it; a person left out shows as "(persoon)" so the griffie sees
    that there is an owner."""
    owner = item.owner.strip()
    if not owner or show_names or owner_is_public(item.owner_kind):
        return owner
    return PERSON_LEFT_OUT


def role_counts(participants: Iterable[ParticipantData]) -> dict[str, int]:
    """How many people held each role (lower-cased label) at the session."""
    counts: dict[str, int] = {}
    for person in participants:
        key = person.role.strip().lower()
        counts[key] = counts.get(key, 0) + 1
    return counts


def shown_source(role: str, public: bool, counts: dict[str, int]) -> str:
    """The role a statement came from, or "" in the public variant when one person held that role."""
    role = role.strip()
    if not role or not public:
        return role
    return role if counts.get(role.lower(), 0) != 1 else ""
