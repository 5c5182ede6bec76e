"""A shared PostgreSQL database ("Gedeelde database"): connecting, checking and migrating it.

The same program runs on a server as on a file: the engine differs, the tables and services do not.
Connection details follow libpq's conventions, because psycopg hands them to libpq: a URL
``postgresql://user@host:port/database?sslmode=verify-full`` or ``postgresql:///?service=casetafel``
(``~/.pg_service.conf``), and the password from ``~/.pgpass`` or typed in; casetafel never writes one
down. ``location`` shows a connection to people without its password.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from casetafel.storage import migrate
from casetafel.storage.address import SCHEMES, is_server_address  # noqa: F401 - part of this module's API
from casetafel.storage.engine import Database, _limit_text
from casetafel.storage.errors import DatabaseTooNewError, MigrationError, StorageError
from casetafel.storage.seed import seed_defaults

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 5


def engine_url(address: str):
    """The SQLAlchemy URL of a libpq ``postgresql://`` address (driver psycopg 3)."""
    url = make_url(address.strip())
    return url.set(drivername="postgresql+psycopg")


def describe_location(address: str) -> str:
    """``user@host:port/database`` (or ``service NAME``) for titles and messages: never the password."""
    try:
        url = make_url(address.strip())
    except Exception:  # noqa: BLE001 - an unreadable address is shown as "gedeelde database"
        return "gedeelde database"
    service = url.query.get("service")
    host = url.host or "localhost"
    where = f"{host}:{url.port}" if url.port else host
    who = f"{url.username}@" if url.username else ""
    if service and not url.host:
        return f"service {service}"
    return f"{who}{where}/{url.database or ''}"


class ServerUnreachableError(StorageError):
    def __init__(self, location: str, reason: str) -> None:
        self.location = location
        self.needs_password = reason in (NO_PASSWORD, WRONG_PASSWORD)
        super().__init__(f"De gedeelde database ({location}) is niet bereikbaar: {reason}.")


NO_PASSWORD = "er is geen wachtwoord opgegeven (zet het in ~/.pgpass of typ het in)"
WRONG_PASSWORD = "de gebruikersnaam of het wachtwoord klopt niet"


def with_password(address: str, password: str) -> str:
    """``address`` with ``password`` (for this run only: it is never written anywhere)."""
    return make_url(address.strip()).set(password=password).render_as_string(hide_password=False)


class ServerNotPreparedError(StorageError):
    def __init__(self, location: str) -> None:
        super().__init__(
            f"De gedeelde database ({location}) is nog niet ingericht voor casetafel. De beheerder richt "
            "haar eenmalig in met ‘casetafel server init’."
        )


class ServerNeedsUpgradeError(StorageError):
    def __init__(self, location: str, revision: str) -> None:
        super().__init__(
            f"De gedeelde database ({location}) heeft een oudere opbouw (versie {revision}). De beheerder "
            "werkt haar bij met ‘casetafel server init’; daarna kunt u verder."
        )


def describe_connection_failure(error: Exception) -> str:
    """One Dutch clause for why a connection failed (no password, wrong host, TLS, refused, ...)."""
    message = str(getattr(error, "orig", error)).lower()
    if "password authentication failed" in message:
        return WRONG_PASSWORD
    if "no password supplied" in message or "fe_sendauth" in message:
        return NO_PASSWORD
    if "does not exist" in message and "database" in message:
        return "die database bestaat niet op de server"
    if "role" in message and "does not exist" in message:
        return "die gebruiker bestaat niet op de server"
    if "ssl" in message or "certificate" in message:
        return "de beveiligde verbinding (TLS) kwam niet tot stand; controleer sslmode en het certificaat"
    if "timeout" in message or "timed out" in message:
        return "de server antwoordde niet op tijd"
    if "refused" in message or "could not connect" in message or "connection" in message:
        return "de server weigerde de verbinding of is uit"
    if "service" in message and "not found" in message:
        return "die service staat niet in het servicebestand (pg_service.conf)"
    return "de server gaf een fout"


def make_server_engine(address: str) -> Engine:
    """An engine on the server named by ``address``; connections are checked before use, so a server
    that came back after a network drop is used again without restarting the program."""
    engine = create_engine(
        engine_url(address),
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=4,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "casetafel"},
    )
    event.listen(engine, "before_cursor_execute", _limit_text)
    return engine


def open_server_database(address: str, *, migrate_if_needed: bool = True) -> Database:
    """Connect to the shared database at ``address`` and check its schema.

    An empty database is given the schema and the defaults when the login may create them
    (``migrate_if_needed``: the tests and ``casetafel server init``); otherwise a Dutch error says that
    the administrator sets it up. A schema made by a newer casetafel is never touched."""
    location = describe_location(address)
    try:
        engine = make_server_engine(address)
    except Exception as error:  # noqa: BLE001 - an address SQLAlchemy cannot read
        raise ServerUnreachableError(location, "het adres is niet te lezen") from error
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            has_tables = migrate.has_user_tables(connection)
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        raise ServerUnreachableError(location, describe_connection_failure(error)) from error
    try:
        if revision is not None and revision not in migrate.known_revisions():
            raise DatabaseTooNewError(location, revision)  # type: ignore[arg-type]
        if revision != migrate.SCHEMA_HEAD:
            if not migrate_if_needed:
                if revision is None and not has_tables:
                    raise ServerNotPreparedError(location)
                raise ServerNeedsUpgradeError(location, revision or "leeg")
            from casetafel.storage.server_setup import upgrade_server

            try:
                upgrade_server(engine)  # with the roles set up: their rights made again afterwards
            except ProgrammingError as error:
                if "permission denied" in str(error).lower() or "must be owner" in str(error).lower():
                    if revision is None:
                        raise ServerNotPreparedError(location) from error
                    raise ServerNeedsUpgradeError(location, revision) from error
                raise MigrationError(
                    location,
                    type(error).__name__ + ": " + str(error)[:200],
                    None,  # type: ignore[arg-type]
                ) from error
        database = Database(None, engine, location=location, address=address)
        if may_seed(engine):
            with database.transaction() as db_session:
                seed_defaults(db_session)
    except Exception:
        engine.dispose()
        raise
    return database


def may_seed(engine: Engine) -> bool:
    """Whether this login may add the default lists (a council member's login may not)."""
    with engine.connect() as connection:
        return bool(
            connection.execute(
                text(
                    "SELECT has_table_privilege('taxonomy_terms', 'INSERT') "
                    "AND has_table_privilege('method_templates', 'INSERT')"
                )
            ).scalar()
        )
