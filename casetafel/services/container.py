"""All services on one open database, built once by the composition root (GUI or CLI).

Each service is made (and its module imported) the first time it is used: the main window needs only a
few of them to show the sessions, so reporting, search and the records stay unloaded until asked for.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from casetafel.services.errors import storage_errors_translated
from casetafel.storage.engine import Database
from casetafel.storage.opening import open_database

if TYPE_CHECKING:
    from casetafel.services.capabilities import Capabilities
    from casetafel.services.cases import CaseService
    from casetafel.services.facilitation import FacilitationService
    from casetafel.services.followup import FollowupService
    from casetafel.services.meetings import MeetingService
    from casetafel.services.member_input import MemberInputService
    from casetafel.services.outbox import CaptureOutbox
    from casetafel.services.outcomes import OutcomesService
    from casetafel.services.patterns import PatternsService
    from casetafel.services.pseudonyms import PseudonymService
    from casetafel.services.publication import PublicationService
    from casetafel.services.records import RecordService
    from casetafel.services.reporting import ReportingService
    from casetafel.services.search import SearchService
    from casetafel.services.session_locks import SessionLockService
    from casetafel.services.taxonomy import TaxonomyService
    from casetafel.services.templates import TemplateService
    from casetafel.storage.inspection import InspectionInBackground


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(
        cls, path: Path | str, inspection: InspectionInBackground | None = None, *, read_only: bool = False
    ) -> Services:
        """Open (create, migrate, seed) the database at ``path`` and build the services on it;
        ``inspection`` is the read-only check of the file when it was started earlier. ``read_only``:
        an up-to-date file only, nothing written (see ``storage.opening``). A ``postgresql://`` address
        opens the shared database on that server instead (see ``storage.server``)."""
        from casetafel.storage.address import is_server_address

        if is_server_address(path):
            from casetafel.storage.server import open_server_database

            return cls(open_server_database(str(path)))
        return cls(open_database(Path(path), inspection=inspection, read_only=read_only))

    @cached_property
    def cases(self) -> CaseService:
        from casetafel.services.cases import CaseService

        return CaseService(self.db)

    @cached_property
    def meetings(self) -> MeetingService:
        from casetafel.services.meetings import MeetingService

        return MeetingService(self.db)

    @cached_property
    def records(self) -> RecordService:
        from casetafel.services.records import RecordService

        return RecordService(self.db)

    @cached_property
    def facilitation(self) -> FacilitationService:
        from casetafel.services.facilitation import FacilitationService

        return FacilitationService(self.db)

    @cached_property
    def session_locks(self) -> SessionLockService:
        from casetafel.services.session_locks import SessionLockService

        return SessionLockService(self.db)

    @cached_property
    def templates(self) -> TemplateService:
        from casetafel.services.templates import TemplateService

        return TemplateService(self.db)

    @cached_property
    def taxonomy(self) -> TaxonomyService:
        from casetafel.services.taxonomy import TaxonomyService

        return TaxonomyService(self.db)

    @cached_property
    def reporting(self) -> ReportingService:
        from casetafel.services.reporting import ReportingService

        return ReportingService(self.db, self.taxonomy)

    @cached_property
    def followup(self) -> FollowupService:
        from casetafel.services.followup import FollowupService

        return FollowupService(self.db, self.taxonomy)

    @cached_property
    def outcomes(self) -> OutcomesService:
        from casetafel.services.outcomes import OutcomesService

        return OutcomesService(self.db, self.taxonomy)

    @cached_property
    def patterns(self) -> PatternsService:
        from casetafel.services.patterns import PatternsService

        return PatternsService(self.db, self.taxonomy)

    @cached_property
    def publication(self) -> PublicationService:
        from casetafel.services.publication import PublicationService

        return PublicationService(self.db, self.taxonomy)

    @cached_property
    def pseudonyms(self) -> PseudonymService:
        from casetafel.services.pseudonyms import PseudonymService

        return PseudonymService(self.db)

    @cached_property
    def member_input(self) -> MemberInputService:
        from casetafel.services.member_input import MemberInputService

        return MemberInputService(self.db, self.taxonomy, self.reporting)

    @cached_property
    def search(self) -> SearchService:
        from casetafel.services.search import SearchService

        return SearchService(self.db, through_function=self.role == "griffie")

    @cached_property
    def capture_outbox(self) -> CaptureOutbox | None:
        """On a shared database: the outbox that keeps captured lines locally until the server has them
        (one file per server location in the data folder; see ``services.outbox``). None on a file."""
        if not self.db.is_server:
            return None
        from casetafel.paths import outbox_dir
        from casetafel.services.outbox import CaptureOutbox
        from casetafel.storage.outbox import Outbox, outbox_file

        return CaptureOutbox(self.records, Outbox(outbox_file(outbox_dir(), self.db.location)))

    @cached_property
    def role(self) -> str | None:
        """The role of this login on a shared database: "gespreksleider", "griffie" or "raadslid" (see
        ``storage.server_roles``). None on a file and for the server's administrator, who may do
        everything a gespreksleider may."""
        if not self.db.is_server:
            return None
        from casetafel.storage.server_logins import current_role

        with storage_errors_translated(), self.db.engine.connect() as connection:
            return current_role(connection)

    @cached_property
    def capabilities(self) -> Capabilities:
        """What this login may do in the program, from its role (see ``services.capabilities``): a window
        offers only these changes."""
        from casetafel.services.capabilities import capabilities_for

        return capabilities_for(self.role)

    @cached_property
    def login(self) -> str:
        """The login name on a shared database (what ``participants.login`` and ``member_inputs.author_login``
        hold); empty on a file."""
        if not self.db.is_server:
            return ""
        from sqlalchemy import text

        with storage_errors_translated(), self.db.engine.connect() as connection:
            return str(connection.execute(text("SELECT current_user")).scalar())

    @property
    def path(self) -> Path | None:
        """The database file; None on a shared server database (see ``location``)."""
        return self.db.path

    @property
    def location(self) -> str:
        """The file, or ``user@host:port/database`` of a server: what the window and messages show."""
        return self.db.location

    @property
    def address(self) -> str:
        """What opens this database again (``Services.open(services.address)``)."""
        return self.db.address

    @contextmanager
    def together(self) -> Iterator[None]:
        """A block in which several service calls are saved as one: ``with services.together(): ...``.
        Either all of them are stored, with a single commit at the end of the block, or none."""
        with storage_errors_translated(), self.db.together():
            yield

    def close(self) -> None:
        outbox = self.__dict__.get("capture_outbox")
        if outbox is not None:
            outbox.close()
        self.db.close()
