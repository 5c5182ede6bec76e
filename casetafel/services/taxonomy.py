"""The editable lists (kinds, themes, domains, roles, levels, council roles) and their Dutch labels."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.common import required_text
from casetafel.services.concurrency import check_version, flush_versioned, get_for_update
from casetafel.services.errors import ValidationError, translates_storage_errors
from casetafel.storage.engine import Database
from casetafel.storage.models import TaxonomyTerm


@dataclass(frozen=True)
class TermInfo:
    id: int
    vocabulary: str
    code: str
    label: str
    position: int
    active: bool
    version: int = 1  # the row's version, named when saving (see services.concurrency)


TERM_LABELS = {"label": "Naam", "active": "In gebruik"}


def _info(row: TaxonomyTerm) -> TermInfo:
    return TermInfo(
        row.id, row.vocabulary, row.code, row.label, row.position, row.active, version=row.version
    )


@translates_storage_errors
class TaxonomyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def terms(self, vocabulary: Vocabulary | str, *, include_inactive: bool = False) -> list[TermInfo]:
        with self._db.reading() as db_session:
            query = (
                select(TaxonomyTerm)
                .where(TaxonomyTerm.vocabulary == str(vocabulary))
                .order_by(TaxonomyTerm.position, TaxonomyTerm.id)
            )
            if not include_inactive:
                query = query.where(TaxonomyTerm.active.is_(True))
            return [_info(row) for row in db_session.scalars(query)]

    def labels(self, vocabulary: Vocabulary | str) -> dict[str, str]:
        """Code to label for every term, inactive ones included (old records keep their label)."""
        return {t.code: t.label for t in self.terms(vocabulary, include_inactive=True)}

    def all_labels(self) -> dict[str, dict[str, str]]:
        with self._db.reading() as db_session:
            result: dict[str, dict[str, str]] = {}
            for row in db_session.scalars(select(TaxonomyTerm).order_by(TaxonomyTerm.position)):
                result.setdefault(row.vocabulary, {})[row.code] = row.label
            return result

    def local_places(self) -> list[str]:
        """The municipality's own place names, which the identifier detector also looks for."""
        return [term.label for term in self.terms(Vocabulary.LOCAL_PLACE)]

    def add_term(self, vocabulary: Vocabulary | str, label: str, code: str = "") -> TermInfo:
        label = required_text(label, "De naam van de term").strip()
        code = (code or label).strip().lower().replace(" ", "_")
        with self._db.transaction() as db_session:
            exists = db_session.scalar(
                select(TaxonomyTerm).where(
                    TaxonomyTerm.vocabulary == str(vocabulary), TaxonomyTerm.code == code
                )
            )
            if exists:
                raise ValidationError(f"‘{label}’ staat al in deze lijst.")
            position = db_session.scalar(
                select(func.coalesce(func.max(TaxonomyTerm.position), -1)).where(
                    TaxonomyTerm.vocabulary == str(vocabulary)
                )
            )
            row = TaxonomyTerm(vocabulary=str(vocabulary), code=code, label=label, position=position + 1)
            db_session.add(row)
            db_session.flush()
            return _info(row)

    def rename_term(
        self, term_id: int, label: str, *, expected_version: int | None = None, was: dict | None = None
    ) -> TermInfo:
        """Rename a term; ``expected_version``/``was``: what this client read (an ``EditConflictError``
        when another client renamed it differently since)."""
        return self._change(term_id, {"label": required_text(label, "De naam van de term").strip()},
                            expected_version, was)  # fmt: skip

    def set_active(
        self, term_id: int, active: bool, *, expected_version: int | None = None, was: dict | None = None
    ) -> TermInfo:
        return self._change(term_id, {"active": bool(active)}, expected_version, was)

    def _change(
        self, term_id: int, changes: dict, expected_version: int | None, was: dict | None
    ) -> TermInfo:
        with self._db.transaction() as db_session:
            row = get_for_update(db_session, TaxonomyTerm, term_id, "Term")
            what = f"Term ‘{row.label}’"
            check_version(row, what, changes, expected_version, was, labels=TERM_LABELS)
            for name, value in changes.items():
                setattr(row, name, value)
            flush_versioned(db_session, what, term_id)
            return _info(row)
