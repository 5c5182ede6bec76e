"""Fill a new database with the Dutch default taxonomies and the default method template."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casetafel.domain.method import DEFAULT_METHOD_DESCRIPTION, DEFAULT_METHOD_NAME, DEFAULT_PHASES
from casetafel.domain.vocabulary import DEFAULT_TERMS
from casetafel.storage import tables


def seed_defaults(db_session: Session) -> bool:
    """Add the defaults to an empty database; returns whether anything was added."""
    # Plain table counts: opening a database that has its defaults needs no ORM classes.
    no_terms = not db_session.execute(select(func.count()).select_from(tables.taxonomy_terms)).scalar()
    no_method = not db_session.execute(select(func.count()).select_from(tables.method_templates)).scalar()
    if not (no_terms or no_method):
        return False
    from casetafel.storage.models import MethodTemplate, TaxonomyTerm, TemplatePhase

    if no_terms:
        for vocabulary, terms in DEFAULT_TERMS.items():
            for position, term in enumerate(terms):
                db_session.add(
                    TaxonomyTerm(
                        vocabulary=vocabulary.value, code=term.code, label=term.label, position=position
                    )
                )
    if no_method:
        template = MethodTemplate(
            name=DEFAULT_METHOD_NAME, description=DEFAULT_METHOD_DESCRIPTION, is_default=True
        )
        template.phases = [
            TemplatePhase(
                position=position,
                key=phase.key,
                name=phase.name,
                minutes=phase.minutes,
                guiding_question=phase.guiding_question,
                scope=phase.scope.value,
                records=phase.records.value,
            )
            for position, phase in enumerate(DEFAULT_PHASES)
        ]
        db_session.add(template)
    return True
