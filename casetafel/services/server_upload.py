"""Moving to the server: copy a whole local database into the shared database, in one transaction.

Every row gets a new id on the server (the server may already hold other people's sessions), and every
reference is carried over: foreign keys, and the few places that name an id inside a text (the scope of
a pseudonym, the step of a timer, the item of a publication decision, the item of a follow-up change).
What people quote stays the same: the numbers of governance questions and actions (BV-2026-014) and the
codes of cases are kept; only a number or code the server already uses for something else gets a new
one, and the summary lists each such change. Shared lists are merged, not doubled: a taxonomy term
with the same vocabulary and code, and a method with the same name, are the server's own.

Nothing is written unless everything is: one transaction on the server; the local file is only read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Table, inspect, select

from casetafel.services.errors import ValidationError, translates_storage_errors
from casetafel.services.numbering import Series, next_number, parse_number, raise_counter
from casetafel.storage import tables
from casetafel.storage.engine import Database

# Kept for a moment on the laptop that held them; never copied: where a running table stood is the
# laptop's, and a lock belongs to the program that took it.
NOT_COPIED = {"session_locks", "number_counters", "search_index"}
MERGED = {"taxonomy_terms", "method_templates", "template_phases"}
BATCH = 2000

_STEP = re.compile(r"^casus(\d+):(.*)$")
_SCOPE = re.compile(r"^(casus|bijeenkomst) (\d+)$")
_ITEM = re.compile(r"^(bijeenkomst|observatie|vraag|actie) (\d+)$")
_ITEM_TABLE = {
    "bijeenkomst": "meetings",
    "observatie": "observations",
    "vraag": "governance_questions",
    "actie": "actions",
    "afspraak": "actions",
}
_SCOPE_TABLE = {"casus": "cases", "bijeenkomst": "meetings"}


@dataclass(frozen=True)
class UploadSummary:
    counts: dict[str, int] = field(default_factory=dict)  # table → rows copied
    renumbered: tuple[tuple[str, str], ...] = ()  # (old, new) numbers and case codes
    merged_terms: int = 0  # taxonomy terms the server had already
    merged_methods: tuple[str, ...] = ()  # method names the server had already

    @property
    def sessions(self) -> int:
        return self.counts.get("meetings", 0)


@translates_storage_errors
class ServerUploadService:
    """Copies a local database (``source``) into the shared one (``target``)."""

    def __init__(self, target: Database) -> None:
        if not target.is_server:
            raise ValidationError("Kies als doel een gedeelde database (postgresql://…), geen bestand.")
        self._target = target

    def upload(self, source: Database, progress: Callable[[str], None] = lambda _step: None) -> UploadSummary:
        tally = _Tally()
        with source.reading() as reading, self._target.transaction() as db_session:
            copier = _Copier(reading.connection(), db_session.connection(), tally, progress)
            copier.run()
        self._gather_statistics()
        return UploadSummary(
            counts=dict(tally.counts),
            renumbered=tuple(tally.renumbered),
            merged_terms=tally.merged_terms,
            merged_methods=tuple(tally.merged_methods),
        )

    def _gather_statistics(self) -> None:
        """ANALYZE after the bulk copy, so the planner knows the new sizes at once instead of after the
        server's autovacuum (a login that does not own the tables gets a warning, not an error)."""
        with self._target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")


class _Tally:
    """What the copy did, counted while it runs."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.renumbered: list[tuple[str, str]] = []
        self.merged_terms = 0
        self.merged_methods: list[str] = []


class _Copier:
    def __init__(self, source, target, summary: _Tally, progress: Callable[[str], None]) -> None:
        self.source = source
        self.target = target
        self.summary = summary
        self.progress = progress
        self.ids: dict[str, dict[int, int]] = {}
        self._source_schema = inspect(source)  # one inspector: it caches what it read of the file
        self._in_use: dict[str, set[str]] = {}
        self._renumber: dict[str, dict[int, str]] = {}  # table → old id → the number it had
        self._kept: list[str] = []
        self._counters_read = False

    def run(self) -> None:
        self._merge_terms()
        self._merge_methods()
        # Council members' input names what it became (record_id, no foreign key): copied after those rows.
        for table in sorted(tables.metadata.sorted_tables, key=lambda t: t.name == "member_inputs"):
            if table.name in NOT_COPIED | MERGED or not self._exists_in_source(table):
                continue
            self.progress(table.name)
            self._copy(table)
        self._raise_counters()

    # -- shared lists ------------------------------------------------------------------------------
    def _merge_terms(self) -> None:
        terms = tables.taxonomy_terms
        known = {
            (row.vocabulary, row.code): row.id
            for row in self.target.execute(select(terms.c.id, terms.c.vocabulary, terms.c.code))
        }
        mapping = self.ids.setdefault("taxonomy_terms", {})
        new_rows, old_ids = [], []
        for row in self.source.execute(select(terms)).mappings():
            key = (row["vocabulary"], row["code"])
            if key in known:
                mapping[row["id"]] = known[key]
                self.summary.merged_terms += 1
            else:
                new_rows.append(_without_id(row))
                old_ids.append(row["id"])
        self._insert(terms, new_rows, old_ids)

    def _merge_methods(self) -> None:
        methods, phases = tables.method_templates, tables.template_phases
        known = {row.name: row.id for row in self.target.execute(select(methods.c.id, methods.c.name))}
        mapping = self.ids.setdefault("method_templates", {})
        new_rows, old_ids = [], []
        for row in self.source.execute(select(methods)).mappings():
            if row["name"] in known:
                mapping[row["id"]] = known[row["name"]]
                self.summary.merged_methods.append(row["name"])
            else:
                values = _without_id(row)
                values["is_default"] = False  # the server keeps its own default method
                new_rows.append(values)
                old_ids.append(row["id"])
        self._insert(methods, new_rows, old_ids)
        copied = set(old_ids)
        phase_rows = [
            row
            for row in self.source.execute(select(phases).order_by(phases.c.id)).mappings()
            if row["template_id"] in copied
        ]
        self._insert(
            phases,
            [dict(_without_id(row), template_id=mapping[row["template_id"]]) for row in phase_rows],
            [row["id"] for row in phase_rows],
        )

    # -- every other table -------------------------------------------------------------------------
    def _exists_in_source(self, table: Table) -> bool:
        return self._source_schema.has_table(table.name)

    def _copy(self, table: Table) -> None:
        source_columns = {column["name"] for column in self._source_schema.get_columns(table.name)}
        columns = [column for column in table.columns if column.name in source_columns]
        rows = self.source.execute(select(*columns).order_by(table.c.id)).mappings().all()
        fix = getattr(self, f"_fix_{table.name}", None)
        prepared, old_ids = [], []
        for row in rows:
            values = _without_id(row)
            for column in table.columns:
                for key in column.foreign_keys:
                    if values.get(column.name) is not None:
                        values[column.name] = self.ids[key.column.table.name][values[column.name]]
            if fix is not None:
                fix(values, row["id"])
            prepared.append(values)
            old_ids.append(row["id"])
        self._insert(table, prepared, old_ids)
        self.summary.counts[table.name] = len(prepared)
        if table.name in ("governance_questions", "actions"):
            self._number_the_rest(table)

    def _insert(self, table: Table, rows: list[dict], old_ids: list[int]) -> None:
        mapping = self.ids.setdefault(table.name, {})
        for start in range(0, len(rows), BATCH):
            part = rows[start : start + BATCH]
            statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
            new_ids = self.target.execute(statement, part).scalars().all()
            mapping.update(zip(old_ids[start : start + BATCH], new_ids, strict=True))

    # -- ids inside texts, numbers and codes -------------------------------------------------------
    def _used(self, table: Table, column: str) -> set[str]:
        key = f"{table.name}.{column}"
        if key not in self._in_use:
            rows = self.target.execute(select(table.c[column]).where(table.c[column].is_not(None)))
            self._in_use[key] = {value for (value,) in rows}
        return self._in_use[key]

    def _fix_cases(self, values: dict, old_id: int) -> None:  # noqa: ARG002 - the fixers' signature
        code, used = values["code"], self._used(tables.cases, "code")
        if code in used:
            year = values["created_at"].year if isinstance(values.get("created_at"), datetime) else 2000
            values["code"] = _free_code(used, year)
            self.summary.renumbered.append((code, values["code"]))
        used.add(values["code"])

    def _fix_governance_questions(self, values: dict, old_id: int) -> None:
        self._keep_number(values, old_id, tables.governance_questions)

    def _fix_actions(self, values: dict, old_id: int) -> None:
        self._keep_number(values, old_id, tables.actions)

    def _keep_number(self, values: dict, old_id: int, table: Table) -> None:
        number, used = values.get("number"), self._used(table, "number")
        if not number:
            return
        if number in used or parse_number(number) is None:
            values["number"] = None  # a new one after the insert (see _number_the_rest)
            self._renumber.setdefault(table.name, {})[old_id] = number
        else:
            used.add(number)
            self._kept.append(number)

    def _number_the_rest(self, table: Table) -> None:
        """Rows whose number the server already used (or that had none) get the next free number of
        their session's year; the summary lists each changed number."""
        series = Series.QUESTION if table.name == "governance_questions" else Series.ACTION
        self._raise_counters()  # first past the numbers kept, so no new number repeats one
        old_numbers = {
            self.ids[table.name][old]: number for old, number in self._renumber.pop(table.name, {}).items()
        }
        rows = self.target.execute(
            select(table.c.id, table.c.meeting_id)
            .where(table.c.number.is_(None), table.c.id.in_(self.ids[table.name].values()))
            .order_by(table.c.id)
        ).all()
        for ident, meeting_id in rows:
            number = next_number(self.target, series, meeting_id)
            self.target.execute(table.update().where(table.c.id == ident).values(number=number))
            if ident in old_numbers:
                self.summary.renumbered.append((old_numbers[ident], number))

    def _fix_phase_timings(self, values: dict, _old_id: int) -> None:
        values["step_key"] = self._step(values["step_key"])

    def _fix_facilitation_runs(self, values: dict, _old_id: int) -> None:
        values["step_key"] = self._step(values["step_key"])

    def _step(self, key: str) -> str:
        match = _STEP.match(key or "")
        if match is None:
            return key
        return f"casus{self.ids['cases'][int(match.group(1))]}:{match.group(2)}"

    def _fix_pseudonyms(self, values: dict, _old_id: int) -> None:
        match = _SCOPE.match(values["scope"] or "")
        if match is not None:
            new = self.ids[_SCOPE_TABLE[match.group(1)]].get(int(match.group(2)))
            if new is not None:
                values["scope"] = f"{match.group(1)} {new}"

    def _fix_publication_waivers(self, values: dict, _old_id: int) -> None:
        match = _ITEM.match(values["item"] or "")
        if match is not None:
            new = self.ids.get(_ITEM_TABLE[match.group(1)], {}).get(int(match.group(2)))
            if new is not None:
                values["item"] = f"{match.group(1)} {new}"

    def _fix_item_changes(self, values: dict, _old_id: int) -> None:
        table = _ITEM_TABLE.get(values["item_kind"])
        new = self.ids.get(table, {}).get(values["item_id"]) if table else None
        if new is not None:
            values["item_id"] = new

    def _fix_member_inputs(self, values: dict, _old_id: int) -> None:
        """Accepted input keeps pointing at the observation or question it became (``record_kind``)."""
        table = _ITEM_TABLE.get(values.get("record_kind") or "")
        if table and values.get("record_id") is not None:
            values["record_id"] = self.ids.get(table, {}).get(values["record_id"])

    def _raise_counters(self) -> None:
        """The server's counters go past every number that came along (kept numbers, and the local
        counters, which remember deleted items' numbers too), so no number is given twice."""
        highest: dict[tuple[str, int], int] = {}
        for number in self._kept:
            series, year, count = parse_number(number)
            highest[(series.value, year)] = max(highest.get((series.value, year), 0), count)
        if not self._counters_read:
            counters = tables.number_counters
            for row in self.source.execute(select(counters)).mappings():
                key = (row["series"], row["year"])
                highest[key] = max(highest.get(key, 0), row["last"])
            self._counters_read = True
        for (series, year), last in highest.items():
            raise_counter(self.target, series, year, last)
        self._kept.clear()


def _free_code(used: set[str], year: int) -> str:
    """The next case code of ``year`` that is not in ``used``."""
    from casetafel.services.cases import CODE_PATTERN

    highest = 0
    for code in used:
        match = CODE_PATTERN.match(code)
        if match and int(match.group(1)) == year:
            highest = max(highest, int(match.group(2)))
    return f"C-{year}-{highest + 1:03d}"


def _without_id(row) -> dict:
    return {key: value for key, value in dict(row).items() if key != "id"}
