"""The kinds of record a session holds: what the table saw, what it asks the council, what it agreed."""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    OBSERVATION = "observation"
    QUESTION = "question"
    ACTION = "action"

    @property
    def numbered(self) -> bool:
        """Governance questions and actions carry a stable number (BV-2026-014, A-2026-031)."""
        return self is not RecordKind.OBSERVATION
