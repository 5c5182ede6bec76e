"""Fill a new database with the Dutch default taxonomies and the default method template."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casetafel.domain.method import DEFAULT_METHOD_DESCRIPTION, DEFAULT_METHOD_NAME, DEFAULT_PHASES
from casetafel.domain.vocabulary import DEFAULT_TERMS
from casetafel.storage.models import MethodTemplate, TaxonomyTerm, TemplatePhase


def seed_defaults(session: Session) -> bool:
    """Add the defaults to an empty database; returns whether anything was added."""
    added = False
    # Plain table counts: opening the database needs no ORM set-up when there is nothing to add.
    if not session.execute(select(func.count()).select_from(TaxonomyTerm.__table__)).scalar():
        for vocabulary, terms in DEFAULT_TERMS.items():
            for position, term in enumerate(terms):
                session.add(
                    TaxonomyTerm(
                        vocabulary=vocabulary.value, code=term.code, label=term.label, position=position
                    )
                )
        added = True
    if not session.execute(select(func.count()).select_from(MethodTemplate.__table__)).scalar():
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
        session.add(template)
        added = True
    return added
