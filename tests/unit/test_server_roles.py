"""The roles of a shared database, enforced by PostgreSQL itself: each test connects as a login of one
role (made with ``casetafel server add-user``, the password piped) and tries what that role may and may
not do, with plain psycopg as a person with psql would, and through the program's services.

Needs the test server (CASETAFEL_TEST_POSTGRES; .ci/run starts one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casetafel.storage import server_roles
from casetafel.storage.server_setup import Column, view_sql
from tests.unit.server_roles_setup import SECRETS, RolesWorld, drop_logins, make_world

SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
needs_server = pytest.mark.skipif(not SERVER, reason="geen testserver (CASETAFEL_TEST_POSTGRES)")


@pytest.fixture
def world(server_database: str, private_home: Path):
    made = make_world(server_database, private_home)
    yield made
    drop_logins(made)


def connect(world: RolesWorld, role: str):
    import psycopg

    return psycopg.connect(world.libpq(role), autocommit=True)


def everything_readable(connection) -> tuple[str, list[str]]:
    """All text this login can read from every table and view outside the system catalogs (and the
    planner statistics), and the relations it could read."""
    import psycopg

    relations = connection.execute(
        "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
    ).fetchall()
    seen, readable = [], []
    for schema, name in relations:
        try:
            rows = connection.execute(f'SELECT * FROM "{schema}"."{name}"').fetchall()
        except psycopg.errors.InsufficientPrivilege:
            continue
        readable.append(f"{schema}.{name}")
        seen += [str(value) for row in rows for value in row]
    stats = connection.execute("SELECT * FROM pg_stats WHERE schemaname NOT IN ('pg_catalog')").fetchall()
    seen += [str(value) for row in stats for value in row]
    return "\n".join(seen), readable


@needs_server
def test_a_council_member_reads_no_description_or_name_anywhere(world: RolesWorld) -> None:
    import psycopg

    with psycopg.connect(world.libpq("gespreksleider"), autocommit=True) as admin_like:
        admin_like.execute("SELECT 1")
    from sqlalchemy import create_engine, text

    from casetafel.storage.server import engine_url

    admin = create_engine(engine_url(world.admin), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("ANALYZE"))  # planner statistics hold sample values
    admin.dispose()
    with connect(world, "raadslid") as connection:
        seen, readable = everything_readable(connection)
    assert "casetafel_raadslid.meetings" in readable and "casetafel_raadslid.cases" in readable
    assert "public.search_index" not in readable and "public.cases" not in readable
    assert not [name for name in readable if name.startswith("public.") and name not in (
        "public.alembic_version", "public.member_inputs")]  # fmt: skip
    for key, secret in SECRETS.items():
        assert secret.lower() not in seen.lower(), key
    assert "Tafel schulden" in seen and "Regels botsen" in seen  # the public fields of the attended session
    assert "Ingrid Hoekstra" in seen  # their own name


@needs_server
def test_a_council_member_sees_only_the_sessions_attended(world: RolesWorld) -> None:
    import psycopg

    with connect(world, "raadslid") as connection:
        meetings = connection.execute("SELECT id, title, status FROM meetings").fetchall()
        assert meetings == [(world.attended, "Tafel schulden", "afgerond")]
        questions = connection.execute("SELECT id, owner FROM governance_questions").fetchall()
        assert questions == [(world.question, "")]  # a person as owner is not public
        assert connection.execute("SELECT owner FROM actions").fetchall() == [("college",)]  # a body is
        cases = connection.execute("SELECT id, code, title, description FROM cases").fetchall()
        assert [(row[0], row[2], row[3]) for row in cases] == [(world.held_case, "", "")] and cases[0][1]
        names = sorted(row[0] for row in connection.execute("SELECT name FROM participants"))
        assert names == ["", "Ingrid Hoekstra"]
        # The history of the attended session (the report shows it): when, not who or why.
        events = connection.execute("SELECT meeting_id, who, reason FROM session_events").fetchall()
        assert all(row[0] == world.attended and row[1:] == ("", "") for row in events)
        for table in ("search_index", "item_changes", "drafts", "public.cases", "public.session_events"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"SELECT * FROM {table}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE meetings SET title = 'x'")
        with pytest.raises(psycopg.Error):
            connection.execute("INSERT INTO cases (code, title) VALUES ('X', 'x')")


@needs_server
def test_a_council_member_adds_their_own_input_and_no_one_elses(world: RolesWorld) -> None:
    import psycopg

    login = world.logins["raadslid"]
    insert = (
        "INSERT INTO member_inputs (meeting_id, author_login, kind, text, status, created_at, updated_at) "
        "VALUES (%s, %s, 'inzicht', %s, %s, now(), now()) RETURNING id, status, created_at"
    )
    with connect(world, "raadslid") as connection:
        made = connection.execute(insert, (world.attended, login, "Wat ik meeneem", "nieuw")).fetchone()
        assert made[0] and made[1] == "nieuw" and made[2] is not None  # the sequence works through RLS
        connection.execute(
            "UPDATE member_inputs SET text = 'Wat ik meeneem (aangevuld)' WHERE id = %s", (made[0],)
        )
        refused = (
            (world.attended, "iemand_anders", "Namens een ander", "nieuw"),
            (world.elsewhere, login, "Bij een tafel waar ik niet was", "nieuw"),
            (world.planned, login, "Bij een tafel in voorbereiding", "nieuw"),
            (world.attended, login, "Meteen aanvaard", "geaccepteerd"),
        )
        for values in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # row-level security
                connection.execute(insert, values)
        for column, value in (("question_id", world.other_question), ("case_id", world.prepared_case)):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # about what it cannot see
                connection.execute(
                    f"INSERT INTO member_inputs (meeting_id, author_login, kind, text, {column}, created_at, "
                    "updated_at) VALUES (%s, %s, 'vraag', 'Over iets van elders', %s, now(), now())",
                    (world.attended, login, value),
                )
        about = connection.execute(
            "INSERT INTO member_inputs (meeting_id, author_login, kind, text, question_id, participant_id, "
            "created_at, updated_at) VALUES (%s, %s, 'opmerking', 'Over de vraag', %s, "
            "(SELECT id FROM participants WHERE login = current_user), now(), now()) RETURNING participant_id",
            (world.attended, login, world.question),
        ).fetchone()
        assert about[0] is not None  # attributed to their own place at the table
        connection.execute("DELETE FROM member_inputs WHERE text = 'Over de vraag'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE member_inputs SET status = 'geaccepteerd' WHERE id = %s", (made[0],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "UPDATE member_inputs SET author_login = 'iemand_anders' WHERE id = %s", (made[0],)
            )
    with connect(world, "gespreksleider") as leader:
        leader.execute(insert, (world.attended, "iemand_anders", "Van een ander raadslid", "nieuw"))
        assert leader.execute("SELECT count(*) FROM member_inputs").fetchone()[0] == 2
    with connect(world, "raadslid") as connection:
        rows = connection.execute("SELECT author_login, text FROM member_inputs").fetchall()
        assert rows == [(login, "Wat ik meeneem (aangevuld)")]


@needs_server
def test_the_griffie_does_not_see_a_case_in_preparation(world: RolesWorld) -> None:
    import psycopg

    with connect(world, "griffie") as connection:
        cases = dict(connection.execute("SELECT id, description FROM cases").fetchall())
        assert world.prepared_case not in cases
        assert cases[world.held_case] == SECRETS["held_description"]
        indexed = " ".join(row[0] for row in connection.execute("SELECT body FROM search_index"))
        assert SECRETS["prepared_description"] not in indexed and SECRETS["held_description"] in indexed
        assert connection.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3
        names = " ".join(row[0] for row in connection.execute("SELECT name_key FROM pseudonyms")).lower()
        assert "prinsgeheim" not in names and "heldgeheim" in names  # replaced names of a prepared case
        connection.execute(
            "UPDATE governance_questions SET status = 'beantwoord', answer = 'Zie de brief' WHERE id = %s",
            (world.other_question,),
        )
        for statement in (
            "UPDATE governance_questions SET text = 'anders'",
            "UPDATE cases SET description = 'anders'",
            "INSERT INTO cases (code, title) VALUES ('X', 'x')",
            "DELETE FROM observations",
            "SELECT * FROM drafts",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)


@needs_server
def test_the_main_pages_work_for_the_griffie(world: RolesWorld) -> None:
    from casetafel.services.container import Services
    from casetafel.services.errors import ServiceError

    services = Services.open(world.address("griffie"))
    try:
        assert services.role == "griffie"
        listed = {meeting.id for meeting in services.meetings.list_meetings()}
        assert listed == {world.attended, world.elsewhere, world.planned}
        groups = services.outcomes.session_outcomes(world.attended)
        shown = {(item.kind, item.id) for group in groups for item in group.items}
        assert ("vraag", world.question) in shown and ("afspraak", world.action) in shown
        items = services.followup.list_items()
        assert {item.id for item in items if item.kind == "vraag"} == {world.question, world.other_question}
        data = services.reporting.report_data(world.attended)
        assert SECRETS["held_description"] in str(data)
        standing = services.followup.standing_data(public=True)
        assert standing.items
        changed = services.followup.update_item(
            "vraag", world.question, status="beantwoord", answer="Zie brief"
        )
        assert changed.status == "beantwoord"
        assert services.followup.history("vraag", world.question)  # its history was written too
        adopted = services.meetings.update_meeting(world.attended, doc_status="definitief", reference="RV-1")
        assert adopted.doc_status == "definitief"  # the report's document control
        with pytest.raises(ServiceError):
            services.meetings.update_meeting(world.attended, title="Anders")
        assert not services.search.search("VOORBEREIDINGSGEHEIM")
        assert services.search.search("BESCHRIJVINGGEHEIM")
        # The griffie searches through casetafel_search (the index stays usable under row-level
        # security); it finds exactly what a plain query under the policy finds, in the same order.
        from casetafel.services.search import SearchService

        under_policy = SearchService(services.db, through_function=False)
        for words in ("casus", "GEHEIM", "VOORBEREIDINGSGEHEIM", "regels 18", "ti", "schulden"):
            assert [(h.kind, h.ref_id) for h in services.search.search(words)] == [
                (h.kind, h.ref_id) for h in under_policy.search(words)
            ], words
        with pytest.raises(ServiceError):
            services.cases.create_case("Nieuw", "Mag niet")
        with pytest.raises(ServiceError):
            services.records.update_question(world.question, text="anders")
    finally:
        services.close()


@needs_server
def test_the_facilitator_may_do_everything(world: RolesWorld) -> None:
    from casetafel.services.container import Services

    services = Services.open(world.address("gespreksleider"))
    try:
        assert services.role == "gespreksleider"
        assert len(services.meetings.list_meetings()) == 3
        made = services.cases.create_case("Nieuwe casus", "Een nieuwe beschrijving")
        assert services.search.search("VOORBEREIDINGSGEHEIM")
        meeting = services.meetings.create_meeting("Nog een tafel")
        services.meetings.add_to_agenda(meeting.id, made.id)
        services.records.record_question(meeting.id, made.id, "Een nieuwe vraag")
        services.records.record_action(meeting.id, made.id, "Een nieuwe afspraak")
        services.records.update_question(world.question, text="Aangepast")
        services.meetings.delete_meeting(meeting.id)
    finally:
        services.close()
    admin = Services.open(world.admin)
    try:
        assert admin.role is None  # the administrator: everything, like a gespreksleider
    finally:
        admin.close()


@needs_server
def test_a_council_members_program_opens_on_the_views(world: RolesWorld) -> None:
    from casetafel.services.container import Services

    services = Services.open(world.address("raadslid"))
    try:
        assert services.role == "raadslid"
        assert [meeting.id for meeting in services.meetings.list_meetings()] == [world.attended]
        assert {item.id for item in services.followup.list_items()} == {world.question, world.action}
    finally:
        services.close()


def test_every_column_of_a_council_members_view_is_decided() -> None:
    """A column that is neither public, shown nor private would be shown empty: each needs a decision."""
    from casetafel.storage import tables

    for rights in server_roles.TABLES:
        view = server_roles.member_view(rights)
        if view is None or rights.table not in tables.metadata.tables:
            continue
        columns = [
            Column(c.name, "text", c.nullable is False) for c in tables.metadata.tables[rights.table].columns
        ]
        _sql, undecided = view_sql(rights.table, view, columns, has_login=True)
        assert not undecided, undecided


def test_without_the_login_column_a_council_member_attended_nothing() -> None:
    view = server_roles.member_view(server_roles.rights_of("meetings"))
    sql, _undecided = view_sql("meetings", view, [Column("id", "integer", True)], has_login=False)
    assert sql.endswith("WHERE false")
    participants = server_roles.member_view(server_roles.rights_of("participants"))
    sql, _ = view_sql("participants", participants, [Column("name", "text", True)], has_login=False)
    assert "t.login" not in sql and "''::text AS \"name\"" in sql


@needs_server
def test_an_upgrade_brings_the_rights_along(server_database: str) -> None:
    """A database with the roles at an older revision: opening it as the administrator upgrades it, with
    the council members' views made again for the new columns (also what ``server init`` does)."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from casetafel.storage import migrate
    from casetafel.storage.server import engine_url, open_server_database
    from casetafel.storage.server_setup import SetupReport, apply_roles, drop_member_views, initialise

    engine = create_engine(engine_url(server_database))
    initialise(engine, "test")
    with engine.begin() as connection:
        drop_member_views(connection)
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
        apply_roles(connection, SetupReport())
    columns = "SELECT column_name FROM information_schema.columns WHERE table_schema = 'casetafel_raadslid' AND table_name = 'actions'"
    with engine.connect() as connection:
        assert "answered_on" not in set(connection.execute(text(columns)).scalars())
    open_server_database(server_database).close()
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.SCHEMA_HEAD
        assert "answered_on" in set(connection.execute(text(columns)).scalars())
    engine.dispose()


def test_a_council_member_works_in_the_program_through_the_views(world: RolesWorld) -> None:
    """The program itself as a raadslid's login: "Mijn inbreng" reads the attended session's public
    outcomes through the views and adds input, which the facilitator then accepts."""
    from casetafel.services.container import Services
    from casetafel.services.member_input import Author

    member = Services.open(world.address("raadslid"))
    facilitator = Services.open(world.address("gespreksleider"))
    try:
        assert member.role == "raadslid" and member.login == world.logins["raadslid"]
        author = Author(login=member.login)
        attended = [session.meeting_id for session in member.member_input.attended(author)]
        assert attended == [world.attended]
        outcomes = member.member_input.public_outcomes(author, world.attended)
        assert outcomes  # the public lines of that session
        made = member.member_input.add(author, world.attended, "inzicht", "De wachtlijst neem ik mee.")
        assert made.status == "nieuw" and made.author_login == member.login
        waiting = facilitator.member_input.pending(world.attended)
        assert [item.id for item in waiting] == [made.id]
        accepted = facilitator.member_input.accept(made.id, by="Gespreksleider")
        assert accepted.status == "geaccepteerd" and accepted.record_id is not None
    finally:
        member.close()
        facilitator.close()
