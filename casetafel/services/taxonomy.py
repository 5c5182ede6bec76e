"""The editable lists (kinds, themes, domains, roles, levels, council roles) and their Dutch labels."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.common import get_or_fail, required_text
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


def _info(row: TaxonomyTerm) -> TermInfo:
    return TermInfo(row.id, row.vocabulary, row.code, row.label, row.position, row.active)


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

    def rename_term(self, term_id: int, label: str) -> TermInfo:
        label = required_text(label, "De naam van de term").strip()
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, TaxonomyTerm, term_id, "Term")
            row.label = label
            return _info(row)

    def set_active(self, term_id: int, active: bool) -> TermInfo:
        with self._db.transaction() as db_session:
            row = get_or_fail(db_session, TaxonomyTerm, term_id, "Term")
            row.active = active
            return _info(row)
