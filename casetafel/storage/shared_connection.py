"""The saved connection to a shared database ("Gedeelde database"): its parts, its address, and a test.

The window keeps the parts a person fills in (server, port, database, user name, TLS mode, or a libpq
service name instead of server and port) and turns them into a libpq address ``postgresql://…``, the same
address ``--db`` takes. A password is never part of it: libpq finds it in ``~/.pgpass``, or the person
types it and it stays in memory (``storage.server.with_password``).

``try_connection`` connects once without changing anything (no schema, no defaults) and says in one
Dutch sentence what it found, or raises the ``StorageError`` that says why not.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from casetafel.storage import migrate
from casetafel.storage.errors import DatabaseTooNewError, StorageError
from casetafel.storage.server import (
    ServerNeedsUpgradeError,
    ServerNotPreparedError,
    ServerUnreachableError,
    describe_connection_failure,
    describe_location,
    make_server_engine,
)

# libpq's sslmode values, safest first. verify-full is the default: the connection is encrypted and the
# server proves with its certificate that it is the server named, so nobody in between reads along.
SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
DEFAULT_SSL_MODE = "verify-full"
DEFAULT_PORT = 5432


class ConnectionDetailsError(StorageError):
    """The details filled in do not make an address (a Dutch sentence says what is missing)."""


@dataclass(frozen=True)
class SharedConnection:
    """Where the shared database is. ``service``: a name in the libpq service file (pg_service.conf),
    used instead of ``host``/``port``/``database``/``sslmode``, which that file then holds."""

    host: str = ""
    port: int | None = None
    database: str = "casetafel"
    user: str = ""
    sslmode: str = DEFAULT_SSL_MODE
    service: str = ""

    def problem(self) -> str | None:
        """What is missing or wrong, as one Dutch sentence; None when the details make an address."""
        if self.service.strip():
            return None
        if not self.host.strip():
            return "Vul de server in (of de naam van een service uit pg_service.conf)."
        if not self.database.strip():
            return "Vul de naam van de database in."
        if self.port is not None and not 0 < self.port < 65536:
            return "Het poortnummer ligt tussen 1 en 65535."
        if self.sslmode not in SSL_MODES:
            return "Kies een van de beveiligingsstanden (sslmode)."
        return None

    def address(self) -> str:
        """The libpq address, without a password; ``ConnectionDetailsError`` when details are missing."""
        problem = self.problem()
        if problem is not None:
            raise ConnectionDetailsError(problem)
        user = self.user.strip() or None
        if self.service.strip():
            url = URL.create(
                "postgresql", username=user, database="", query={"service": self.service.strip()}
            )
        else:
            url = URL.create(
                "postgresql",
                username=user,
                host=self.host.strip(),
                port=self.port if self.port not in (None, DEFAULT_PORT) else None,
                database=self.database.strip(),
                query={"sslmode": self.sslmode},
            )
        return url.render_as_string(hide_password=True)

    def location(self) -> str:
        """``user@host/database`` (or ``service NAME``) for people."""
        return describe_location(self.address())

    @classmethod
    def from_address(cls, address: str) -> SharedConnection:
        """The parts of a ``postgresql://`` address (its password, if any, is left out)."""
        url = make_url(address.strip())
        query = {key: (value[0] if isinstance(value, tuple) else value) for key, value in url.query.items()}
        return cls(
            host=url.host or "",
            port=url.port,
            database=url.database or "",
            user=url.username or "",
            sslmode=query.get("sslmode", DEFAULT_SSL_MODE),
            service=query.get("service", ""),
        )


def try_connection(address: str) -> str:
    """Connect to ``address`` once and look at its schema, changing nothing.

    Returns a Dutch sentence when casetafel can work there; raises ``ServerUnreachableError`` (with
    ``needs_password``), ``ServerNotPreparedError``, ``ServerNeedsUpgradeError`` or
    ``DatabaseTooNewError`` otherwise. Waits at most ``server.CONNECT_TIMEOUT_SECONDS`` for the server."""
    location = describe_location(address)
    try:
        engine = make_server_engine(address)
    except Exception as error:  # noqa: BLE001 - an address SQLAlchemy cannot read
        raise ServerUnreachableError(location, "het adres is niet te lezen") from error
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            has_tables = migrate.has_user_tables(connection)
            login = connection.exec_driver_sql("SELECT current_user").scalar()
    except (OperationalError, DBAPIError) as error:
        raise ServerUnreachableError(location, describe_connection_failure(error)) from error
    finally:
        engine.dispose()
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseTooNewError(location, revision)  # type: ignore[arg-type]
    if revision is None and not has_tables:
        raise ServerNotPreparedError(location)
    if revision != migrate.SCHEMA_HEAD:
        raise ServerNeedsUpgradeError(location, revision or "leeg")
    return f"Verbonden met {location} als {login}: de database is klaar voor casetafel."
