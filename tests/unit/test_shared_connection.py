"""The saved connection to a shared database: its parts make a libpq address without a password, and a
test connection changes nothing and says in Dutch what it found. The connection tests need the test
server (CASETAFEL_TEST_POSTGRES; .ci/run starts one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from casetafel.storage.errors import StorageError
from casetafel.storage.server import ServerNotPreparedError, ServerUnreachableError, engine_url, with_password
from casetafel.storage.shared_connection import (
    DEFAULT_SSL_MODE,
    ConnectionDetailsError,
    SharedConnection,
    try_connection,
)

SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
needs_server = pytest.mark.skipif(not SERVER, reason="geen testserver (CASETAFEL_TEST_POSTGRES)")


def test_the_parts_make_an_address_and_back() -> None:
    connection = SharedConnection(host="db.gemeente.nl", port=5433, database="casetafel", user="griffie")
    address = connection.address()
    assert address == "postgresql://griffie@db.gemeente.nl:5433/casetafel?sslmode=verify-full"
    assert SharedConnection.from_address(address) == connection
    assert connection.location() == "griffie@db.gemeente.nl:5433/casetafel"
    assert DEFAULT_SSL_MODE == "verify-full"
    # the default port is left to libpq; a user name with an @ is quoted
    plain = SharedConnection(host="db", port=5432, database="ct", user="a@b", sslmode="require").address()
    assert plain == "postgresql://a%40b@db/ct?sslmode=require"
    assert SharedConnection.from_address(plain).user == "a@b"


def test_a_service_name_replaces_server_and_port() -> None:
    connection = SharedConnection(host="genegeerd", service="casetafel", user="griffie")
    assert connection.address() == "postgresql://griffie@/?service=casetafel"
    assert connection.location() == "service casetafel"
    assert SharedConnection.from_address(connection.address()).service == "casetafel"


def test_a_password_in_an_address_is_never_taken_over() -> None:
    parts = SharedConnection.from_address("postgresql://griffie:geheim@db/casetafel?sslmode=require")
    assert "geheim" not in parts.address() and "geheim" not in repr(parts)


@pytest.mark.parametrize(
    ("connection", "words"),
    [
        (SharedConnection(host=""), "server"),
        (SharedConnection(host="db", database=" "), "database"),
        (SharedConnection(host="db", port=70000), "poortnummer"),
        (SharedConnection(host="db", sslmode="altijd"), "sslmode"),
    ],
)
def test_missing_details_are_one_dutch_sentence(connection: SharedConnection, words: str) -> None:
    with pytest.raises(ConnectionDetailsError) as raised:
        connection.address()
    assert words in str(raised.value) and str(raised.value).endswith(".")


def test_an_unreachable_server_says_so() -> None:
    with pytest.raises(ServerUnreachableError) as raised:
        try_connection("postgresql://niemand@127.0.0.1:1/casetafel?sslmode=disable")
    assert "weigerde" in str(raised.value) and not raised.value.needs_password


@needs_server
def test_a_prepared_database_is_found_and_nothing_changes(server_database: str) -> None:
    said = try_connection(server_database)
    assert said.startswith("Verbonden met") and "klaar voor casetafel" in said
    assert "casetafel_admin" in said


@needs_server
def test_without_a_password_the_test_asks_for_one(server_database: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen_pgpass"))
    url = engine_url(server_database)
    without = SharedConnection(url.host, url.port, url.database, url.username, "disable").address()
    with pytest.raises(ServerUnreachableError) as raised:
        try_connection(without)
    assert raised.value.needs_password and "pgpass" in str(raised.value)


@needs_server
def test_an_empty_database_is_not_set_up_by_a_test(tmp_path: Path) -> None:
    name = f"casetafel_probe_{os.getpid()}"
    admin = create_engine(engine_url(SERVER), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        address = engine_url(SERVER).set(database=name).render_as_string(hide_password=False)
        with pytest.raises(ServerNotPreparedError):
            try_connection(address)
        probe = create_engine(engine_url(address))
        with probe.connect() as connection:
            tables = connection.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
            assert tables.scalar() == 0
        probe.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@needs_server
def test_a_libpq_service_file_is_followed(server_database: str, tmp_path: Path, monkeypatch) -> None:
    url = engine_url(server_database)
    service_file = tmp_path / "pg_service.conf"
    service_file.write_text(
        f"[casetafel]\nhost={url.host}\nport={url.port}\ndbname={url.database}\nsslmode=disable\n",
        encoding="utf-8",
    )
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port}:*:{url.username}:{url.password}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    address = SharedConnection(service="casetafel", user=url.username).address()
    assert "klaar voor casetafel" in try_connection(address)


def test_errors_are_storage_errors() -> None:
    assert issubclass(ConnectionDetailsError, StorageError)


@needs_server
@pytest.mark.parametrize("sslmode", ["require", "verify-full"])
def test_a_server_without_tls_is_refused_when_tls_is_asked(server_database: str, sslmode: str) -> None:
    """The test server speaks no TLS: 'require' and the default 'verify-full' do not go on without it."""
    url = engine_url(server_database)
    address = SharedConnection(url.host, url.port, url.database, url.username, sslmode).address()
    with pytest.raises(ServerUnreachableError) as raised:
        try_connection(with_password(address, url.password))
    assert "TLS" in str(raised.value) and url.password not in str(raised.value)
