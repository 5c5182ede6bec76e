"""Initial pseudonyms kept per case: the first time a name is replaced "in the natural style" the person
gets the next free letter ("mevrouw A."), and keeps it in the case text and in every item recorded for
that case. Items without a case share the letters of their session. Letters the case text already uses
by hand ("meneer K.") are never given to someone else.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from casetafel.anonymisation.pseudonyms import name_key, next_letter, used_letters
from casetafel.services.errors import translates_storage_errors
from casetafel.storage.engine import Database
from casetafel.storage.models import Case, Pseudonym, utc_now


def case_scope(case_id: int) -> str:
    return f"casus {case_id}"


def session_scope(meeting_id: int) -> str:
    return f"bijeenkomst {meeting_id}"


@translates_storage_errors
class PseudonymService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def letters(self, scope: str) -> dict[str, str]:
        """name key → letter in ``scope``."""
        with self._db.reading() as db_session:
            rows = db_session.scalars(select(Pseudonym).where(Pseudonym.scope == scope))
            return {row.name_key: row.letter for row in rows}

    def letter_for(self, scope: str, name: str, texts: Iterable[str] = ()) -> str:
        """The letter of the person ``name`` in ``scope``, given now if it had none. ``texts`` (the case
        text, the item) may hold letters used by hand; those are skipped. For a case scope the case
        description is looked at as well."""
        key = name_key(name)
        with self._db.transaction() as db_session:
            rows = list(db_session.scalars(select(Pseudonym).where(Pseudonym.scope == scope)))
            for row in rows:
                if row.name_key == key:
                    return row.letter
            seen = list(texts)
            if scope.startswith("casus "):
                case = db_session.get(Case, int(scope.split()[1]))
                if case is not None:
                    seen += [case.description, case.title]
            letter = next_letter({row.letter for row in rows} | used_letters(seen))
            db_session.add(Pseudonym(scope=scope, name_key=key, letter=letter, created_at=utc_now()))
            db_session.flush()
            return letter
