"""All services on one open database, built once by the composition root (GUI or CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casetafel.services.cases import CaseService
from casetafel.services.records import RecordService
from casetafel.services.reporting import ReportingService
from casetafel.services.search import SearchService
from casetafel.services.sessions import SessionService
from casetafel.services.taxonomy import TaxonomyService
from casetafel.services.templates import TemplateService
from casetafel.storage.engine import Database
from casetafel.storage.opening import InspectionInBackground, open_database


@dataclass(frozen=True)
class Services:
    db: Database
    cases: CaseService
    sessions: SessionService
    records: RecordService
    templates: TemplateService
    taxonomy: TaxonomyService
    reporting: ReportingService
    search: SearchService

    @classmethod
    def on(cls, db: Database) -> Services:
        taxonomy = TaxonomyService(db)
        return cls(
            db=db,
            cases=CaseService(db),
            sessions=SessionService(db),
            records=RecordService(db),
            templates=TemplateService(db),
            taxonomy=taxonomy,
            reporting=ReportingService(db, taxonomy),
            search=SearchService(db),
        )

    @classmethod
    def open(cls, path: Path, inspection: InspectionInBackground | None = None) -> Services:
        """Open (create, migrate, seed) the database at ``path`` and build the services on it;
        ``inspection`` is the read-only check of the file when it was started earlier."""
        return cls.on(open_database(path, inspection=inspection))

    @property
    def path(self) -> Path:
        return self.db.path

    def together(self):
        """A block in which several service calls are saved as one: ``with services.together(): ...``.
        Either all of them are stored, with a single commit at the end of the block, or none."""
        return self.db.together()

    def close(self) -> None:
        self.db.close()
