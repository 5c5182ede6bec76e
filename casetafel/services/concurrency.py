"""Two people, one record: the version check of every save, in one place.

Every editable row carries a ``version`` that each update raises (``version_id_col`` for the ORM, the
Core helper ``update_versioned`` below for plain table updates). A caller that shows a record keeps the
version it read and names it when it saves (``expected_version``), with the values it believed were
stored (``was``). When another client saved in between:

- a field the other client did not touch (its stored value is still what this client read), or that now
  holds exactly what this client wants, is simply saved;
- a field both changed differently is a conflict: nothing is written and ``EditConflictError`` carries,
  per field, what this client wanted to save and what is stored now, with who and when where known. The
  caller keeps the user's text and lets the user choose (keep mine, take the stored one, or a merge),
  then saves again naming the version of the conflict.

``expected_version=None`` saves without a check (the command line, imports, undo of a delete).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from casetafel.services.errors import NotFoundError, ServiceError

UNKNOWN = object()  # what this client believed was stored, when it did not say


@dataclass(frozen=True)
class FieldConflict:
    """One field both clients changed: this client's value and the stored one, also as text to show."""

    field: str
    label: str
    mine: Any
    stored: Any

    @property
    def mine_text(self) -> str:
        return shown(self.mine)

    @property
    def stored_text(self) -> str:
        return shown(self.stored)

    @property
    def is_text(self) -> bool:
        """Free text that a person can merge by editing (not a date, a choice or a list)."""
        return isinstance(self.mine, str) and isinstance(self.stored, str)


class EditConflictError(ServiceError):
    """A save that lost the race: another client changed the same fields since this client read them."""

    def __init__(
        self,
        what: str,
        ident: int,
        version: int,
        fields: tuple[FieldConflict, ...],
        *,
        changed_at: datetime | None = None,
        changed_by: str = "",
    ) -> None:
        self.what = what
        self.ident = ident
        self.version = version  # the stored version: save again naming it to keep a choice
        self.fields = tuple(fields)
        self.changed_at = changed_at
        self.changed_by = changed_by
        who = changed_by or "iemand anders"
        local = changed_at.replace(tzinfo=UTC).astimezone() if changed_at else None
        when = f" (om {local:%H:%M} op {local:%d-%m-%Y})" if local else ""
        super().__init__(
            f"{what} is intussen door {who} gewijzigd{when}; uw tekst is bewaard, kies welke versie blijft."
        )

    def field(self, name: str) -> FieldConflict | None:
        return next((f for f in self.fields if f.field == name), None)


def shown(value: Any) -> str:
    """A stored value as a person reads it in the conflict dialog."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return list(a) == list(b)
    return a == b


def conflicting_fields(
    stored: Mapping[str, Any],
    changes: Mapping[str, Any],
    was: Mapping[str, Any] | None,
    labels: Mapping[str, str] | None = None,
) -> tuple[FieldConflict, ...]:
    """The changed fields that another client changed differently (``stored`` is the row as it is now)."""
    was = was or {}
    labels = labels or {}
    found = []
    for name, mine in changes.items():
        now = stored[name]
        believed = was.get(name, UNKNOWN)
        if _same(now, mine) or (believed is not UNKNOWN and _same(now, believed)):
            continue
        found.append(FieldConflict(name, labels.get(name, name), mine, now))
    return tuple(found)


def check_version(
    row: Any,
    what: str,
    changes: Mapping[str, Any],
    expected_version: int | None,
    was: Mapping[str, Any] | None = None,
    *,
    labels: Mapping[str, str] | None = None,
    changed_by: str = "",
) -> None:
    """Refuse with ``EditConflictError`` when ``row`` (an ORM row or a Core row, read in this transaction)
    moved past ``expected_version`` and another client changed one of ``changes`` differently."""
    if expected_version is None or row.version == expected_version:
        return
    stored = {name: getattr(row, name) for name in changes}
    fields = conflicting_fields(stored, changes, was, labels)
    if fields:
        raise EditConflictError(
            what,
            row.id,
            row.version,
            fields,
            changed_at=getattr(row, "updated_at", None),
            changed_by=changed_by,
        )


def check_unchanged(row: Any, seen: Any, what: str, labels: Mapping[str, str]) -> None:
    """Before deleting ``row`` (the undo of a recording): refuse with ``EditConflictError`` when another
    client changed one of the labelled fields since this client last saw the record as ``seen`` (None: no
    check). The content is compared, not the version: this client's own edit and its undo leave it as
    seen."""
    if seen is None:
        return
    fields = tuple(
        FieldConflict(name, label, getattr(seen, name), getattr(row, name))
        for name, label in labels.items()
        if hasattr(seen, name) and hasattr(row, name) and not _same(getattr(row, name), getattr(seen, name))
    )
    if fields:
        raise EditConflictError(
            what, row.id, row.version, fields, changed_at=getattr(row, "updated_at", None)
        )


def get_for_update(db_session: Session, model: type, ident: int, what: str):
    """The row, locked for this transaction where the database can (``SELECT ... FOR UPDATE`` on a server;
    SQLite lets one writer at a time anyway), so no other client saves between the check and the write."""
    row = db_session.get(model, ident, with_for_update=db_session.bind.dialect.name != "sqlite")
    if row is None:
        raise NotFoundError(what, ident)
    return row


def flush_versioned(db_session: Session, what: str, ident: int) -> None:
    """Flush; an update the ORM found outdated (``version_id_col``) becomes a Dutch conflict message."""
    try:
        db_session.flush()
    except StaleDataError as error:
        raise EditConflictError(what, ident, 0, ()) from error


def update_versioned(
    connection,
    table,
    ident: int,
    values: Mapping[str, Any],
    *,
    what: str,
    expected_version: int | None = None,
    was: Mapping[str, Any] | None = None,
    labels: Mapping[str, str] | None = None,
    changed_by: Callable[[], str] | None = None,
    also: Mapping[str, Any] | None = None,
) -> Any:
    """A Core ``UPDATE`` of one editable row that checks and raises its version. Returns the row as it was
    before (None when it does not exist); writes nothing when no value differs from the stored one, and
    ``also`` (e.g. ``updated_at``) only with a real change."""
    query = select(table).where(table.c.id == ident)
    if connection.dialect.name != "sqlite":
        query = query.with_for_update()
    row = connection.execute(query).first()
    if row is None:
        return None
    if expected_version is not None and row.version != expected_version:
        check_version(
            row, what, values, expected_version, was, labels=labels,
            changed_by=changed_by() if changed_by else "",
        )  # fmt: skip
    if any(not _same(getattr(row, name), value) for name, value in values.items()):
        done = connection.execute(
            table.update()
            .where(table.c.id == ident, table.c.version == row.version)
            .values(**values, **(also or {}), version=row.version + 1)
        ).rowcount
        if not done:  # pragma: no cover - only without a row lock (changed between the read and the write)
            raise EditConflictError(what, ident, row.version, ())
    return row
