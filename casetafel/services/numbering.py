"""Stable numbers of governance questions and actions: BV-2026-014 and A-2026-031.

A number is given when the item is recorded and kept for good: counted per series and calendar year
of the session date, over all sessions, and never given again (also not after a delete). The counter is
raised by one statement (an upsert with RETURNING) that takes the database's write lock, so two
programs recording at the same moment never get the same number; the unique index on ``number``
guards it as well.
"""

from __future__ import annotations

import re
from enum import StrEnum

from sqlalchemy import text

from casetafel.domain.records import RecordKind


class Series(StrEnum):
    QUESTION = "BV"
    ACTION = "A"


SERIES_OF_KIND = {RecordKind.QUESTION: Series.QUESTION, RecordKind.ACTION: Series.ACTION}

NUMBER_PATTERN = re.compile(r"^(BV|A)-(\d{4})-(\d{3,6})$")


def _year_of(expression: str, dialect: str) -> str:
    """SQL for the calendar year of a date-time ``expression`` as an integer, in either database."""
    if dialect == "postgresql":
        return f"CAST(EXTRACT(YEAR FROM {expression}) AS INTEGER)"
    return f"CAST(strftime('%Y', {expression}) AS INTEGER)"


def _statements(dialect: str) -> tuple:
    """The counter's upsert (next number) and raise (keep a claimed number) for ``dialect``."""
    session_year = (
        f"SELECT {_year_of('coalesce(starts_at, created_at)', dialect)} FROM meetings WHERE id = :meeting"
    )
    this_year = _year_of("CURRENT_TIMESTAMP", dialect)
    greatest = "greatest" if dialect == "postgresql" else "max"
    return (
        text(
            "INSERT INTO number_counters (series, year, last) "
            f"VALUES (:series, coalesce(({session_year}), {this_year}), 1) "
            "ON CONFLICT (series, year) DO UPDATE SET last = number_counters.last + 1 "
            "RETURNING year, last"
        ),
        text(
            "INSERT INTO number_counters (series, year, last) VALUES (:series, :year, :last) "
            f"ON CONFLICT (series, year) DO UPDATE SET last = {greatest}(number_counters.last, excluded.last)"
        ),
    )


_STATEMENTS = {dialect: _statements(dialect) for dialect in ("sqlite", "postgresql")}


def _dialect(connection) -> str:
    bind = connection.get_bind() if hasattr(connection, "get_bind") else connection
    return bind.dialect.name


_TABLES = {Series.QUESTION: "governance_questions", Series.ACTION: "actions"}


def format_number(series: Series | str, year: int, count: int) -> str:
    return f"{Series(series).value}-{year}-{count:03d}"


def parse_number(number: str) -> tuple[Series, int, int] | None:
    """``(series, year, count)`` of a well-formed number, else None."""
    match = NUMBER_PATTERN.match(number or "")
    if match is None:
        return None
    return Series(match.group(1)), int(match.group(2)), int(match.group(3))


def next_number(connection, series: Series, meeting_id: int) -> str:
    """Give out the next number of ``series`` for the year of the session (inside the caller's
    transaction: a rollback gives the number back)."""
    statement = _STATEMENTS[_dialect(connection)][0]
    year, last = connection.execute(statement, {"series": series.value, "meeting": meeting_id}).one()
    return format_number(series, year, last)


def claim_number(connection, series: Series, number: str) -> bool:
    """Keep ``number`` (from an imported file) if it is well formed, of this series and not in use; the
    counter of its year is raised past it. False: the caller gives the item a new number."""
    parsed = parse_number(number)
    if parsed is None or parsed[0] != series:
        return False
    in_use = connection.execute(
        text(f"SELECT 1 FROM {_TABLES[series]} WHERE number = :number"), {"number": number}
    ).first()
    if in_use is not None:
        return False
    raise_counter(connection, series, parsed[1], parsed[2])
    return True


def raise_counter(connection, series: Series | str, year: int, last: int) -> None:
    """The counter of ``series`` and ``year`` to at least ``last`` (never lowered)."""
    statement = _STATEMENTS[_dialect(connection)][1]
    connection.execute(statement, {"series": Series(series).value, "year": year, "last": last})


def number_missing(connection) -> int:
    """Give every question and action without a number one (rows written in bulk, like the demo), in a
    stable order: session date, session id, item id. Returns how many were numbered."""
    done = 0
    dialect = _dialect(connection)
    year = _year_of("coalesce(m.starts_at, m.created_at)", dialect)
    for series, table in _TABLES.items():
        rows = connection.execute(
            text(
                f"SELECT r.id, {year} "
                f"FROM {table} r JOIN meetings m ON m.id = r.meeting_id WHERE r.number IS NULL "
                f"ORDER BY coalesce(m.starts_at, m.created_at), m.id, r.id"
            )
        ).all()
        last = dict(
            connection.execute(
                text("SELECT year, last FROM number_counters WHERE series = :series"),
                {"series": series.value},
            ).all()
        )
        updates = []
        for ident, year in rows:
            last[year] = last.get(year, 0) + 1
            updates.append({"number": format_number(series, year, last[year]), "id": ident})
        if updates:
            connection.execute(text(f"UPDATE {table} SET number = :number WHERE id = :id"), updates)
            connection.execute(
                _STATEMENTS[dialect][1],
                [{"series": series.value, "year": year, "last": count} for year, count in last.items()],
            )
        done += len(updates)
    return done
