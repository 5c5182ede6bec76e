"""Managing the case library: create, edit, duplicate, archive, delete, confirm anonymisation.

Confirming runs the identifier detector itself (with the municipality's local place names): every
finding must be replaced in the text or waived with a reason (who, why, when are stored with the case).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, or_, select

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.anonymity import (
    OpenFindingsError,
    Waiver,
    check_waiver,
    covers,
    detect_identifiers,
    merge_waivers,
    open_findings,
    waivers_from_json,
)
from casetafel.services.common import code_list, get_or_fail
from casetafel.services.concurrency import check_version, flush_versioned, get_for_update
from casetafel.services.errors import InUseError, ValidationError, translates_storage_errors
from casetafel.services.taxonomy import TaxonomyService, TermInfo
from casetafel.storage.engine import Database
from casetafel.storage.models import (
    Action,
    AgendaItem,
    Case,
    GovernanceQuestion,
    Observation,
    utc_now,
)

FACT_FIELDS = ("domains", "life_areas", "themes", "age_band", "household_type", "presenter_role")
EDITABLE_FIELDS = ("title", "description", *FACT_FIELDS)
# What the conflict dialog calls each field (see services.concurrency).
FIELD_LABELS = {
    "title": "Titel", "description": "Beschrijving", "domains": "Domeinen", "life_areas": "Leefgebieden",
    "themes": "Thema's", "age_band": "Leeftijd", "household_type": "Huishouden", "presenter_role": "Inbrenger",
}  # fmt: skip
CODE_PATTERN = re.compile(r"^C-(\d{4})-(\d{3,})$")


@dataclass(frozen=True)
class CaseSummary:
    id: int
    code: str
    title: str
    domains: tuple[str, ...]
    themes: tuple[str, ...]
    anonymisation_confirmed: bool
    archived: bool
    updated_at: datetime


@dataclass(frozen=True)
class CaseInfo:
    id: int
    code: str
    title: str
    description: str
    domains: tuple[str, ...]
    life_areas: tuple[str, ...]
    themes: tuple[str, ...]
    age_band: str
    household_type: str
    presenter_role: str
    anonymisation_confirmed_by: str
    anonymisation_confirmed_at: datetime | None
    anonymisation_open_findings: int
    anonymisation_waivers: tuple[Waiver, ...]
    description_removed_at: datetime | None
    archived: bool
    created_at: datetime
    updated_at: datetime
    version: int = 1  # the row's version, named when saving (see services.concurrency)

    @property
    def anonymisation_confirmed(self) -> bool:
        return self.anonymisation_confirmed_at is not None


def case_info(row: Case) -> CaseInfo:
    return CaseInfo(
        id=row.id,
        code=row.code,
        title=row.title,
        description=row.description,
        domains=tuple(row.domains or ()),
        life_areas=tuple(row.life_areas or ()),
        themes=tuple(row.themes or ()),
        age_band=row.age_band,
        household_type=row.household_type,
        presenter_role=row.presenter_role,
        anonymisation_confirmed_by=row.anonymisation_confirmed_by,
        anonymisation_confirmed_at=row.anonymisation_confirmed_at,
        anonymisation_open_findings=row.anonymisation_open_findings,
        anonymisation_waivers=tuple(waivers_from_json(row.anonymisation_waivers)),
        description_removed_at=row.description_removed_at,
        archived=row.archived,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


# The library list asks only for these columns: not the descriptions, waivers and findings of every case.
SUMMARY_COLUMNS = (
    Case.id, Case.code, Case.title, Case.domains, Case.themes, Case.anonymisation_confirmed_at, Case.archived,
    Case.updated_at,
)  # fmt: skip


def case_summary(row) -> CaseSummary:
    """A summary from a ``Case``, a row of ``SUMMARY_COLUMNS`` or a ``CaseInfo`` (after an edit)."""
    return CaseSummary(
        id=row.id,
        code=row.code,
        title=row.title,
        domains=tuple(row.domains or ()),
        themes=tuple(row.themes or ()),
        anonymisation_confirmed=row.anonymisation_confirmed_at is not None,
        archived=row.archived,
        updated_at=row.updated_at,
    )


@translates_storage_errors
class CaseService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._taxonomy = TaxonomyService(db)

    def list_cases(self, *, include_archived: bool = False, text: str = "") -> list[CaseSummary]:
        with self._db.reading() as db_session:
            query = select(*SUMMARY_COLUMNS).order_by(Case.code)
            if not include_archived:
                query = query.where(Case.archived.is_(False))
            if text.strip():
                term = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                pattern = f"%{term}%"
                query = query.where(
                    or_(
                        *(
                            column.ilike(pattern, escape="\\")
                            for column in (Case.title, Case.code, Case.description)
                        )
                    )
                )
            return [case_summary(row) for row in db_session.execute(query)]

    def get_case(self, case_id: int) -> CaseInfo:
        with self._db.reading() as db_session:
            return case_info(get_or_fail(db_session, Case, case_id, "Casus"))

    def next_code(self, year: int | None = None) -> str:
        year = year or datetime.now().year
        with self._db.reading() as db_session:
            return _next_code(db_session, year)

    def create_case(self, title: str = "", description: str = "", **facts) -> CaseInfo:
        unknown = set(facts) - set(FACT_FIELDS)
        if unknown:
            raise ValidationError(f"Onbekende gegevens voor een casus: {', '.join(sorted(unknown))}.")
        with self._db.transaction() as db_session:
            row = Case(code=_next_code(db_session, datetime.now().year), title=title, description=description)
            _apply_facts(row, facts)
            db_session.add(row)
            db_session.flush()
            return case_info(row)

    def update_case(
        self, case_id: int, *, expected_version: int | None = None, was: dict | None = None, **changes
    ) -> CaseInfo:
        """Change fields of a case; a changed description needs its anonymisation confirmed again.
        ``expected_version``/``was``: what this client read (an ``EditConflictError`` when another client
        changed the same fields since; see ``services.concurrency``)."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValidationError(f"Onbekende gegevens voor een casus: {', '.join(sorted(unknown))}.")
        with self._db.transaction() as db_session:
            row = get_for_update(db_session, Case, case_id, "Casus")
            check_version(row, f"Casus {row.code}", changes, expected_version, was, labels=FIELD_LABELS)
            if "title" in changes:
                row.title = str(changes["title"])
            if "description" in changes and changes["description"] != row.description:
                row.description = str(changes["description"])
                row.anonymisation_confirmed_at = None
                row.anonymisation_confirmed_by = ""
            _apply_facts(row, changes)
            flush_versioned(db_session, f"Casus {row.code}", case_id)
            return case_info(row)

    def confirm_anonymisation(
        self, case_id: int, confirmed_by: str, *, waivers: Iterable[Waiver] = ()
    ) -> CaseInfo:
        """Confirm after checking the text: refuses with ``OpenFindingsError`` while a finding is open.

        ``waivers`` are added to the ones already stored. Only waivers that cover a finding in the text
        are kept, so a waived name that was later replaced cannot silently pass when it comes back.
        """
        places = self.local_places()
        waivers = list(waivers)
        for waiver in waivers:
            check_waiver(waiver.category, waiver.reason)
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Case, case_id, "Casus")
            combined = merge_waivers(waivers_from_json(row.anonymisation_waivers), waivers)
            found = detect_identifiers(row.description, places)
            still_open = [f for f in found if not any(covers(w, f) for w in combined)]
            if still_open:
                raise OpenFindingsError(row.code, still_open)
            used = [w for w in combined if any(covers(w, f) for f in found)]
            row.anonymisation_confirmed_by = confirmed_by.strip() or "onbekend"
            row.anonymisation_confirmed_at = utc_now()
            row.anonymisation_open_findings = 0
            row.anonymisation_waivers = [w.as_json() for w in used]
            db_session.flush()
            return case_info(row)

    def waive_finding(self, case_id: int, category: str, text: str, reason: str, by: str) -> CaseInfo:
        """Record that ``text`` (of ``category``) may stay in the case text, with who, why and when."""
        if not reason or not reason.strip():
            raise ValidationError("Geef een reden waarom dit gegeven in de tekst mag blijven staan.")
        check_waiver(str(category), reason)
        if not text:
            raise ValidationError("Er is geen gegeven gekozen om te negeren.")
        waiver = Waiver(
            str(category),
            text,
            reason.strip(),
            by.strip() or "onbekend",
            datetime.now(UTC).isoformat(timespec="seconds"),
        )
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Case, case_id, "Casus")
            merged = merge_waivers(waivers_from_json(row.anonymisation_waivers), [waiver])
            row.anonymisation_waivers = [w.as_json() for w in merged]
            db_session.flush()
            return case_info(row)

    def remove_waiver(self, case_id: int, category: str, text: str) -> CaseInfo:
        """Take a waiver back; a confirmation that relied on it is revoked."""
        places = self.local_places()
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Case, case_id, "Casus")
            waivers = waivers_from_json(row.anonymisation_waivers)
            kept = [w for w in waivers if (w.category, w.text) != (str(category), text)]
            if len(kept) != len(waivers):
                row.anonymisation_waivers = [w.as_json() for w in kept]
                if row.anonymisation_confirmed_at is not None and open_findings(
                    row.description, kept, places
                ):
                    row.anonymisation_confirmed_at = None
                    row.anonymisation_confirmed_by = ""
            db_session.flush()
            return case_info(row)

    def local_places(self) -> list[str]:
        """The municipality's own place names, which the detector looks for in every case text."""
        return self._taxonomy.local_places()

    def add_local_place(self, name: str) -> TermInfo:
        """Add a village, hamlet or neighbourhood of this municipality to the detector's place list."""
        name = " ".join((name or "").split())
        if not name:
            raise ValidationError("Kies eerst het woord dat een plaatsnaam is.")
        if len(name) > 60 or not any(ch.isalpha() for ch in name):
            raise ValidationError(f"‘{name[:60]}’ is geen plaatsnaam.")
        return self._taxonomy.add_term(Vocabulary.LOCAL_PLACE, name)

    def revoke_anonymisation(self, case_id: int) -> CaseInfo:
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Case, case_id, "Casus")
            row.anonymisation_confirmed_at = None
            row.anonymisation_confirmed_by = ""
            db_session.flush()
            return case_info(row)

    def duplicate_case(self, case_id: int) -> CaseInfo:
        """A copy with a new code; its anonymisation must be confirmed again."""
        with self._db.transaction() as db_session:
            source = get_or_fail(db_session, Case, case_id, "Casus")
            row = Case(
                code=_next_code(db_session, datetime.now().year),
                title=f"{source.title} (kopie)",
                description=source.description,
            )
            _apply_facts(row, {name: getattr(source, name) for name in FACT_FIELDS})
            db_session.add(row)
            db_session.flush()
            return case_info(row)

    def set_archived(self, case_id: int, archived: bool = True) -> CaseInfo:
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Case, case_id, "Casus")
            row.archived = archived
            db_session.flush()
            return case_info(row)

    def remove_description(self, case_id: int) -> CaseInfo:
        """Delete the case text (privacy after a final report); the insights stay."""
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Case, case_id, "Casus")
            row.description = ""
            row.description_removed_at = utc_now()
            db_session.flush()
            return case_info(row)

    def delete_case(self, case_id: int) -> None:
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, Case, case_id, "Casus")
            uses = sum(
                db_session.scalar(select(func.count()).select_from(model).where(model.case_id == case_id))
                or 0
                for model in (AgendaItem, Observation, GovernanceQuestion, Action)
            )
            if uses:
                raise InUseError(
                    f"Casus {row.code} staat op de agenda van een bijeenkomst of heeft vastgelegde inzichten. "
                    "Archiveer de casus in plaats van hem te verwijderen."
                )
            db_session.delete(row)


def _apply_facts(row: Case, facts: dict) -> None:
    for name in ("domains", "life_areas", "themes"):
        if name in facts:
            setattr(row, name, code_list(facts[name]))
    for name in ("age_band", "household_type", "presenter_role"):
        if name in facts:
            setattr(row, name, str(facts[name] or ""))


def _next_code(db_session, year: int) -> str:
    codes = db_session.scalars(select(Case.code).where(Case.code.like(f"C-{year}-%")))
    highest = 0
    for code in codes:
        match = CODE_PATTERN.match(code)
        if match:
            highest = max(highest, int(match.group(2)))
    return f"C-{year}-{highest + 1:03d}"
