"""The shared database on PostgreSQL: connecting, the schema's upgrades with data, and search that finds
the same as on a file. Needs the test server (CASETAFEL_TEST_POSTGRES; .ci/run starts one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.storage import migrate
from casetafel.storage.server import (
    ServerNotPreparedError,
    ServerUnreachableError,
    describe_location,
    engine_url,
    is_server_address,
    open_server_database,
    with_password,
)

SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
needs_server = pytest.mark.skipif(not SERVER, reason="geen testserver (CASETAFEL_TEST_POSTGRES)")


def test_addresses_are_recognised_and_shown_without_password() -> None:
    assert is_server_address("postgresql://griffie@db.gemeente.nl/casetafel")
    assert is_server_address("postgres://x@y/z") and not is_server_address("/home/a/casetafel.sqlite")
    assert not is_server_address(Path("postgresql:/x"))
    shown = describe_location("postgresql://griffie:geheim@db.gemeente.nl:5433/casetafel?sslmode=verify-full")
    assert shown == "griffie@db.gemeente.nl:5433/casetafel" and "geheim" not in shown
    assert describe_location("postgresql:///?service=casetafel") == "service casetafel"
    assert "geheim" in with_password("postgresql://griffie@db/casetafel", "geheim")
    assert engine_url("postgresql://a@b/c").drivername == "postgresql+psycopg"


def test_an_unreachable_server_is_one_dutch_sentence() -> None:
    with pytest.raises(ServerUnreachableError) as raised:
        open_server_database("postgresql://niemand@127.0.0.1:1/casetafel")
    assert "niet bereikbaar" in str(raised.value) and "weigerde" in str(raised.value)
    assert not raised.value.needs_password


@needs_server
def test_a_wrong_password_asks_for_the_password(server_database: str) -> None:
    wrong = engine_url(server_database).set(password="fout").render_as_string(hide_password=False)
    with pytest.raises(ServerUnreachableError) as raised:
        open_server_database(wrong)
    assert raised.value.needs_password and "wachtwoord" in str(raised.value)
    assert "fout" not in str(raised.value)


def _admin():
    return create_engine(engine_url(SERVER), isolation_level="AUTOCOMMIT")


@pytest.fixture
def empty_database():
    name = f"casetafel_leeg_{os.getpid()}"
    admin = _admin()
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield engine_url(SERVER).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@needs_server
def test_an_empty_database_is_not_set_up_by_a_normal_start(empty_database: str) -> None:
    with pytest.raises(ServerNotPreparedError) as raised:
        open_server_database(empty_database, migrate_if_needed=False)
    assert "casetafel server init" in str(raised.value)


@needs_server
@pytest.mark.parametrize("start", ["0002", "0004", "0006"])
def test_an_older_server_schema_with_data_is_upgraded_without_loss(empty_database: str, start: str) -> None:
    """The frozen-schema upgrade on PostgreSQL: a database at an older revision, holding a session with
    a case, an observation and a question, is brought to the newest schema and keeps all of it."""
    from alembic import command

    from casetafel.storage.revisions import alembic_config

    engine = create_engine(engine_url(empty_database))
    config = alembic_config(migrate.MIGRATIONS_DIR)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, start)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (code, title, description, domains, life_areas, themes, age_band, "
                "household_type, presenter_role, anonymisation_confirmed_by, anonymisation_open_findings, "
                "anonymisation_waivers, archived, created_at, updated_at) VALUES ('C-1', 'Schulden', "
                "'Coördinatie ontbreekt', '[]', '[]', '[]', '', '', '', 'griffier', 0, '[]', false, now(), now())"
            )
        )
        connection.execute(
            text(
                "INSERT INTO meetings (title, location, municipality, facilitator, status, notes, "
                "evaluation, created_at, updated_at, starts_at) VALUES ('Tafel', '', '', '', 'afgerond', '', '', "
                "now(), now(), '2026-03-04 19:30')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO observations (meeting_id, phase_key, kind, text, domains, actors, author_role, "
                "votes, created_at, updated_at) VALUES (1, 'wat_zien_we', 'schot', 'Wachtlijst schuldhulp', "
                "'[]', '[]', '', 2, now(), now())"
            )
        )
        connection.execute(
            text(
                "INSERT INTO governance_questions (meeting_id, phase_key, text, council_role, theme, "
                "addressed_to, instrument, status, owner, answer, votes, created_at, updated_at) VALUES "
                "(1, 'vraag', 'Hoe lang is de wachtlijst?', 'controlerend', '', 'college', 'geen', 'open', '', '', "
                "0, now(), now())"
            )
        )
    engine.dispose()
    services = Services(open_server_database(empty_database))
    try:
        assert services.meetings.list_meetings()[0].title == "Tafel"
        questions = services.followup.standing_data(public=False).items
        assert [item.text for item in questions] == ["Hoe lang is de wachtlijst?"]
        if start < "0004":  # numbered by the upgrade that brought numbers; later rows by the program
            assert questions[0].label == "BV-2026-001"
        assert {hit.kind for hit in services.search.search("coordinatie")} == {"casus"}
        assert {hit.kind for hit in services.search.search("wachtl")} == {"observatie", "vraag"}
    finally:
        services.close()


SEARCHES = [
    "schuld",
    "schulden",
    "coordinatie",
    "coördinatie",
    "wachtlijst",
    "jeugd zorg",
    "dagbesteding",
    "mantelzorg",
    "boer",
    "Wmo",
    "energie",
    "huur achterstand",
    "BV-2026",
    "xq",
    "wijkteam",
    "'; DROP TABLE cases; --",
    'a "b" c',
]


@needs_server
def test_search_finds_the_same_on_both_databases(server_database: str, db_path: Path) -> None:
    on_file = Services.open(db_path)
    on_server = Services.open(server_database)
    try:
        for services in (on_file, on_server):
            load_demo(services, "small")
            services.cases.create_case(
                "Coördinatie-overleg", "Geen regie; de coördinatie van zorg ontbreekt."
            )
        found_something = 0
        for words in SEARCHES:
            found_file = {(h.kind, h.ref_id) for h in on_file.search.search(words, limit=5000)}
            found_server = {(h.kind, h.ref_id) for h in on_server.search.search(words, limit=5000)}
            assert found_file == found_server, words
            found_something += bool(found_file)
        assert found_something >= 10
        assert on_server.search.search("coordinatie")
        snippet = on_server.search.search("wachtlijst")[0].snippet
        assert "«" in snippet and "»" in snippet
    finally:
        on_file.close()
        on_server.close()


@needs_server
def test_a_service_file_and_pgpass_connect_without_a_password_anywhere(
    server_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libpq's conventions: the server named in a service file, the password in a 0600 .pgpass."""
    url = engine_url(server_database)
    (tmp_path / "pg_service.conf").write_text(
        f"[casetafel]\nhost={url.host}\nport={url.port}\ndbname={url.database}\nuser={url.username}\n",
        encoding="utf-8",
    )
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port}:*:{url.username}:{url.password}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "pg_service.conf"))
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    services = Services.open("postgresql:///?service=casetafel")
    try:
        assert services.location == "service casetafel"
        assert services.path is None and services.db.is_server
        assert services.taxonomy.terms("observation_kind")
    finally:
        services.close()


@needs_server
def test_a_schema_from_a_newer_casetafel_is_refused_and_left_alone(server_database: str) -> None:
    from casetafel.storage.errors import DatabaseTooNewError

    engine = create_engine(engine_url(server_database))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNewError) as raised:
        open_server_database(server_database)
    assert "nieuwere versie" in str(raised.value) and "bestand" not in str(raised.value)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()
