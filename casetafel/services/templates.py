"""Method templates: the phases of a session, with minutes, guiding questions and what they record."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casetafel.domain.method import PhaseRecord, PhaseScope
from casetafel.services.common import get_or_fail, required_text
from casetafel.services.concurrency import check_version, flush_versioned, get_for_update
from casetafel.services.errors import InUseError, NotFoundError, ValidationError, translates_storage_errors
from casetafel.storage import tables
from casetafel.storage.engine import Database


@dataclass(frozen=True)
class PhaseInfo:
    id: int
    position: int
    key: str
    name: str
    minutes: int
    guiding_question: str
    scope: str
    records: str
    version: int = 1  # the row's version, named when saving (see services.concurrency)


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    description: str
    is_default: bool
    phases: tuple[PhaseInfo, ...]
    version: int = 1  # the row's version, named when saving (see services.concurrency)

    @property
    def per_case_phases(self) -> tuple[PhaseInfo, ...]:
        return tuple(p for p in self.phases if p.scope == PhaseScope.PER_CASE)

    def minutes_for(self, case_count: int) -> int:
        """The planned length of a session with ``case_count`` cases."""
        once = sum(p.minutes for p in self.phases if p.scope != PhaseScope.PER_CASE)
        return once + case_count * sum(p.minutes for p in self.per_case_phases)


def phase_info(p) -> PhaseInfo:
    """From a ``TemplatePhase`` or a row of the phases table (the same names)."""
    return PhaseInfo(
        p.id, p.position, p.key, p.name, p.minutes, p.guiding_question, p.scope, p.records, version=p.version
    )


def template_info(row, phases=None) -> TemplateInfo:
    """From a ``MethodTemplate`` (its phases), or a row of the templates table with its phase rows in order."""
    if phases is None:
        phases = sorted(row.phases, key=lambda p: p.position)
    return TemplateInfo(
        row.id, row.name, row.description, row.is_default, tuple(map(phase_info, phases)), version=row.version
    )


# What the conflict dialog calls each field (see services.concurrency).
TEMPLATE_LABELS = {"name": "Naam van de methode", "description": "Beschrijving"}
PHASE_LABELS = {
    "name": "Naam van de fase", "minutes": "Minuten", "guiding_question": "Leidende vraag",
    "scope": "Wanneer", "records": "Legt vast",
}  # fmt: skip


def _phase_key(name: str, taken: set[str]) -> str:
    """A stable key for a new phase, made from its name: lower case ASCII with underscores."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:40] or "fase"
    key, counter = base, 2
    while key in taken:
        key = f"{base}_{counter}"
        counter += 1
    return key


@translates_storage_errors
class TemplateService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_templates(self) -> list[TemplateInfo]:
        from casetafel.storage.models import MethodTemplate

        with self._db.reading() as db_session:
            rows = db_session.scalars(
                select(MethodTemplate)
                .order_by(MethodTemplate.name)
                .options(selectinload(MethodTemplate.phases))
            )
            return [template_info(row) for row in rows]

    def template_names(self) -> list[tuple[int, str]]:
        """Id and name of every method, by name: what a choice list shows (the phases are not read)."""
        columns = tables.method_templates.c  # a plain table query, as get_template
        with self._db.reading() as db_session:
            return [
                (r.id, r.name)
                for r in db_session.execute(select(columns.id, columns.name).order_by(columns.name))
            ]

    def get_template(self, template_id: int) -> TemplateInfo:
        # Plain table queries: the session editor reads the session's method at start-up, before
        # anything needs the ORM classes (see storage/tables.py).
        templates, phases = tables.method_templates, tables.template_phases
        with self._db.reading() as db_session:
            row = db_session.execute(select(templates).where(templates.c.id == template_id)).one_or_none()
            if row is None:
                raise NotFoundError("Methode", template_id)
            rows = db_session.execute(
                select(phases).where(phases.c.template_id == template_id).order_by(phases.c.position)
            )
            return template_info(row, rows)

    def default_template(self) -> TemplateInfo:
        from casetafel.storage.models import MethodTemplate

        with self._db.reading() as db_session:
            row = db_session.scalar(
                select(MethodTemplate).order_by(MethodTemplate.is_default.desc(), MethodTemplate.id)
            )
            if row is None:
                raise ValidationError("Er is nog geen methode. Maak eerst een methode aan.")
            return template_info(row)

    def copy_template(self, template_id: int, name: str = "") -> TemplateInfo:
        from casetafel.storage.models import MethodTemplate, TemplatePhase

        with self._db.transaction() as db_session:
            source = get_or_fail(db_session, MethodTemplate, template_id, "Methode")
            names = set(db_session.scalars(select(MethodTemplate.name)))
            new_name = name.strip() or f"{source.name} (kopie)"
            counter = 2
            base = new_name
            while new_name in names:
                new_name = f"{base} {counter}"
                counter += 1
            row = MethodTemplate(name=new_name, description=source.description, is_default=False)
            row.phases = [
                TemplatePhase(
                    position=p.position,
                    key=p.key,
                    name=p.name,
                    minutes=p.minutes,
                    guiding_question=p.guiding_question,
                    scope=p.scope,
                    records=p.records,
                )
                for p in source.phases
            ]
            db_session.add(row)
            db_session.flush()
            return template_info(row)

    def rename_template(
        self,
        template_id: int,
        name: str | None,
        description: str | None = None,
        *,
        expected_version: int | None = None,
        was: dict | None = None,
    ) -> TemplateInfo:
        """Change the name (None keeps it) and the description (None keeps it); ``expected_version``/``was``:
        what this client read (an ``EditConflictError`` when another client changed the same field since)."""
        from casetafel.storage.models import MethodTemplate

        with self._db.transaction() as db_session:
            row = get_for_update(db_session, MethodTemplate, template_id, "Methode")
            changes = {} if name is None else {"name": required_text(name, "De naam van de methode").strip()}
            if description is not None:
                changes["description"] = description
            name = changes.get("name", row.name)
            what = f"Methode ‘{row.name}’"
            check_version(row, what, changes, expected_version, was, labels=TEMPLATE_LABELS)
            clash = db_session.scalar(
                select(MethodTemplate).where(MethodTemplate.name == name, MethodTemplate.id != template_id)
            )
            if clash:
                raise ValidationError(f"Er is al een methode met de naam ‘{name}’.")
            row.name = name
            if description is not None:
                row.description = description
            flush_versioned(db_session, what, template_id)
            return template_info(row)

    def update_phase(
        self, phase_id: int, *, expected_version: int | None = None, was: dict | None = None, **changes
    ) -> PhaseInfo:
        """Change fields of a phase; ``expected_version``/``was``: what this client read (an
        ``EditConflictError`` when another client changed the same field since, ``NotFoundError`` when
        another client removed the phase)."""
        from casetafel.storage.models import TemplatePhase

        allowed = {"name", "minutes", "guiding_question", "scope", "records"}
        if set(changes) - allowed:
            raise ValidationError("Onbekend gegeven voor een fase.")
        if "minutes" in changes and not (0 < int(changes["minutes"]) <= 600):
            raise ValidationError("Het aantal minuten van een fase ligt tussen 1 en 600.")
        if "scope" in changes:
            PhaseScope(changes["scope"])
        if "records" in changes:
            PhaseRecord(changes["records"])
        changes = {name: int(value) if name == "minutes" else str(value) for name, value in changes.items()}
        with self._db.transaction() as db_session:
            row = get_for_update(db_session, TemplatePhase, phase_id, "Fase")
            what = f"Fase ‘{row.name}’"
            check_version(row, what, changes, expected_version, was, labels=PHASE_LABELS)
            for name, value in changes.items():
                setattr(row, name, value)
            flush_versioned(db_session, what, phase_id)
            return phase_info(row)

    def add_phase(
        self,
        template_id: int,
        name: str,
        minutes: int = 10,
        *,
        scope: str = PhaseScope.PER_CASE,
        records: str = PhaseRecord.NOTHING,
        guiding_question: str = "",
        position: int | None = None,
    ) -> TemplateInfo:
        """Add a phase (at the end, or at ``position``); its key is made from the name and never changes."""
        from casetafel.storage.models import MethodTemplate, TemplatePhase

        name = required_text(name, "De naam van de fase").strip()
        if not (0 < int(minutes) <= 600):
            raise ValidationError("Het aantal minuten van een fase ligt tussen 1 en 600.")
        scope, records = PhaseScope(scope), PhaseRecord(records)
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, MethodTemplate, template_id, "Methode")
            phases = sorted(row.phases, key=lambda p: p.position)
            phase = TemplatePhase(
                key=_phase_key(name, {p.key for p in phases}),
                name=name,
                minutes=int(minutes),
                guiding_question=guiding_question,
                scope=scope.value,
                records=records.value,
                position=0,
            )
            at = len(phases) if position is None else max(0, min(int(position), len(phases)))
            phases.insert(at, phase)
            row.phases.append(phase)
            for number, item in enumerate(phases):
                item.position = number
            db_session.flush()
            return template_info(row)

    def remove_phase(self, phase_id: int) -> TemplateInfo:
        """Remove a phase, unless observations were recorded in it or it is the template's last phase."""
        from casetafel.storage.models import Meeting, Observation, TemplatePhase

        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, TemplatePhase, phase_id, "Fase")
            template = row.template
            if len(template.phases) == 1:
                raise ValidationError("Een methode heeft minstens één fase.")
            recorded = db_session.scalar(
                select(Observation.id)
                .join(Meeting, Meeting.id == Observation.meeting_id)
                .where(Meeting.template_id == template.id, Observation.phase_key == row.key)
                .limit(1)
            )
            if recorded:
                raise InUseError(
                    f"In de fase ‘{row.name}’ zijn al observaties vastgelegd. "
                    "Maak een kopie van de methode om een variant zonder deze fase te maken."
                )
            template.phases.remove(row)
            db_session.flush()
            for number, item in enumerate(sorted(template.phases, key=lambda p: p.position)):
                item.position = number
            db_session.flush()
            return template_info(template)

    def move_phase(self, phase_id: int, new_position: int) -> TemplateInfo:
        """Move a phase to ``new_position`` (0-based, clamped) within its template."""
        from casetafel.storage.models import TemplatePhase

        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, TemplatePhase, phase_id, "Fase")
            template = row.template
            phases = sorted(template.phases, key=lambda p: p.position)
            phases.remove(row)
            phases.insert(max(0, min(int(new_position), len(phases))), row)
            for number, item in enumerate(phases):
                item.position = number
            db_session.flush()
            return template_info(template)

    def delete_template(self, template_id: int) -> None:
        from casetafel.storage.models import Meeting, MethodTemplate

        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, MethodTemplate, template_id, "Methode")
            if row.is_default:
                raise InUseError(
                    "De standaardmethode kan niet verwijderd worden; maak een kopie om te variëren."
                )
            used = db_session.scalar(select(Meeting.id).where(Meeting.template_id == template_id).limit(1))
            if used:
                raise InUseError(f"De methode ‘{row.name}’ wordt gebruikt door een bijeenkomst.")
            db_session.delete(row)
