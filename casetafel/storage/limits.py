"""Limits on text a user would never meet, refused with a Dutch sentence before anything is written.

An observation is a few sentences; a case description a few pages. Without limits one pasted megabyte
makes a report of hundreds of pages that takes minutes. Every text value written to the database is
checked (an engine event, so no service can forget it); observations have their own, smaller limit.
"""

from __future__ import annotations

from typing import Any

from casetafel.storage.errors import StorageError

MAX_OBSERVATION_CHARS = 5_000
MAX_TEXT_CHARS = 50_000  # a case description, and any other single text


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


class TextTooLongError(StorageError):
    def __init__(self, what: str, length: int, limit: int) -> None:
        self.length = length
        self.limit = limit
        super().__init__(
            f"{what} is te lang ({_thousands(length)} tekens; ten hoogste {_thousands(limit)}). "
            "Maak de tekst korter of verdeel hem over meer stukken; er is niets opgeslagen."
        )


def check_observation(text: str) -> str:
    if isinstance(text, str) and len(text) > MAX_OBSERVATION_CHARS:
        raise TextTooLongError("Een observatie", len(text), MAX_OBSERVATION_CHARS)
    return text


def check_parameters(parameters: Any) -> None:
    """Refuse any text value longer than ``MAX_TEXT_CHARS`` in a statement's parameters."""
    if isinstance(parameters, dict):
        values = parameters.values()
    elif isinstance(parameters, list | tuple):
        values = parameters
    else:
        return
    for value in values:
        if isinstance(value, str):
            if len(value) > MAX_TEXT_CHARS:
                raise TextTooLongError("Een tekst", len(value), MAX_TEXT_CHARS)
        elif isinstance(value, list | tuple | dict):
            check_parameters(value)
