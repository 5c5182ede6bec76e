"""``casetafel server init / add-user / users / remove-user`` on the test server (CASETAFEL_TEST_POSTGRES):
idempotent set-up, passwords only from standard input and hashed before they are sent, Dutch refusals
with exit code 2."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from casetafel import cli_server
from casetafel.storage.server import engine_url
from casetafel.storage.server_setup import ServerSetupError
from tests.unit.server_roles_setup import run_cli

SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
needs_server = pytest.mark.skipif(not SERVER, reason="geen testserver (CASETAFEL_TEST_POSTGRES)")
PASSWORD = "een-goed-wachtwoord"


def libpq(address: str) -> str:
    return make_url(address).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def admin(server_database: str):
    """The administrator's libpq address of a fresh database; the logins made are removed afterwards."""
    made: list[str] = []
    yield libpq(server_database), made
    engine = create_engine(engine_url(server_database), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for name in made:
            if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
                connection.execute(text(f'DROP OWNED BY "{name}"'))  # its rights on this database
                connection.execute(text(f'DROP ROLE "{name}"'))
    engine.dispose()


def _name(made: list[str], word: str) -> str:
    name = f"c{os.getpid()}_{len(made)}_{word}"
    made.append(name)
    return name


@needs_server
def test_init_twice_then_logins_are_added_listed_and_removed(admin, private_home: Path) -> None:
    address, made = admin
    first = run_cli("server", "init", "--db", address, home=private_home)
    assert first.returncode == 0, first.stderr
    assert "ingericht" in first.stdout and "rijbeveiliging op cases" in first.stdout
    again = run_cli("server", "init", "--db", address, home=private_home)
    assert again.returncode == 0, again.stderr
    assert "rollen gemaakt" not in again.stdout  # nothing new the second time

    engine = create_engine(engine_url(address), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:  # every statement of this database in the server's log
        name = connection.execute(text("SELECT current_database()")).scalar()
        connection.execute(text(f"ALTER DATABASE \"{name}\" SET log_statement = 'all'"))
    engine.dispose()
    member = _name(made, "raad")
    added = run_cli(
        "server",
        "add-user",
        member,
        "--role",
        "raadslid",
        "--db",
        address,
        home=private_home,
        stdin=PASSWORD + "\n",
    )
    assert added.returncode == 0, added.stderr
    clerk = _name(made, "griffie")
    added = run_cli(
        "server", "add-user", clerk, "--role", "griffie", "--db", address, home=private_home, stdin=PASSWORD
    )
    assert added.returncode == 0, added.stderr
    listed = run_cli("server", "users", "--db", address, home=private_home)
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line.split()[1] for line in listed.stdout.splitlines()[1:]}
    assert rows[member] == "raadslid" and rows[clerk] == "griffie"

    engine = create_engine(engine_url(address))
    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": member}
        ).scalar()
        setting = connection.execute(
            text(
                "SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting s JOIN pg_roles r "
                "ON r.oid = s.setrole WHERE r.rolname = :n"
            ),
            {"n": member},
        ).scalar()
    engine.dispose()
    assert stored.startswith("SCRAM-SHA-256$") and PASSWORD not in stored
    log = Path(os.environ.get("CASETAFEL_TEST_POSTGRES_DIR", "-"), "server.log")
    if log.is_file() and os.access(log, os.R_OK):
        logged = log.read_text(encoding="utf-8", errors="replace")
        assert "CREATE ROLE" in logged and "SCRAM-SHA-256$" in logged  # only the hash reached the server
        assert PASSWORD not in logged
    assert setting == "search_path=casetafel_raadslid, public"
    import psycopg

    own = make_url(address).set(username=member, password=PASSWORD).render_as_string(hide_password=False)
    with psycopg.connect(own) as connection:  # the piped password is the login's password
        assert connection.execute("SELECT current_user").fetchone()[0] == member

    removed = run_cli("server", "remove-user", member, "--db", address, home=private_home)
    assert removed.returncode == 0, removed.stderr
    assert "verwijderd" in removed.stdout
    listed = run_cli("server", "--db", address, "users", home=private_home)  # --db before the subcommand
    assert listed.returncode == 0, listed.stderr
    assert member not in listed.stdout and clerk in listed.stdout


@needs_server
def test_refusals_are_one_dutch_sentence_with_exit_code_2(admin, private_home: Path) -> None:
    address, made = admin
    assert run_cli("server", "init", "--db", address, home=private_home).returncode == 0
    clerk = _name(made, "griffie")
    cases = [
        (("add-user", clerk, "--role", "griffie"), "kort\n", "te kort"),
        (("add-user", "Robert'); DROP TABLE cases; --", "--role", "griffie"), PASSWORD, "geen loginnaam"),
        (("add-user", "casetafel_griffie", "--role", "griffie"), PASSWORD, "geen loginnaam"),
        (("add-user", clerk, "--role", "griffie"), "", "geen wachtwoord"),
        (("remove-user", "niemand_hier"), "", "geen login"),
    ]
    for args, stdin, expected in cases:
        result = run_cli("server", *args, "--db", address, home=private_home, stdin=stdin)
        assert result.returncode == 2, (args, result.stderr)
        assert expected in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert (
        run_cli(
            "server",
            "add-user",
            clerk,
            "--role",
            "griffie",
            "--db",
            address,
            home=private_home,
            stdin=PASSWORD,
        ).returncode
        == 0
    )
    twice = run_cli(
        "server", "add-user", clerk, "--role", "raadslid", "--db", address, home=private_home, stdin=PASSWORD
    )
    assert twice.returncode == 2 and "bestaat al" in twice.stderr
    flag = run_cli(
        "server",
        "add-user",
        "x",
        "--role",
        "griffie",
        "--password",
        PASSWORD,
        "--db",
        address,
        home=private_home,
    )
    assert flag.returncode == 2  # there is no way to give a password on the command line


@needs_server
def test_a_login_that_is_no_casetafel_login_is_not_removed(admin, private_home: Path) -> None:
    address, made = admin
    assert run_cli("server", "init", "--db", address, home=private_home).returncode == 0
    other = _name(made, "ander")
    engine = create_engine(engine_url(address), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{other}" LOGIN'))
    engine.dispose()
    result = run_cli("server", "remove-user", other, "--db", address, home=private_home)
    assert result.returncode == 2 and "geen login van casetafel" in result.stderr


def test_the_server_commands_need_a_server(private_home: Path, tmp_path: Path) -> None:
    for args in (("init",), ("users",), ("add-user", "anna", "--role", "griffie")):
        result = run_cli(
            "server", *args, "--db", str(tmp_path / "a.sqlite"), home=private_home, stdin=PASSWORD
        )
        assert result.returncode == 2 and "postgresql://" in result.stderr, result.stderr
    unreachable = run_cli(
        "server", "init", "--db", "postgresql://beheer@127.0.0.1:1/casetafel", home=private_home
    )
    assert unreachable.returncode == 2 and "niet bereikbaar" in unreachable.stderr


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_password_is_asked_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["geheim-een", "geheim-een", "geheim-een", "anders-twee"])
    monkeypatch.setattr(cli_server.getpass, "getpass", lambda prompt: next(answers))
    monkeypatch.setattr(cli_server.sys, "stdin", Terminal())
    assert cli_server.read_password("anna") == "geheim-een"
    with pytest.raises(ServerSetupError, match="verschillen"):
        cli_server.read_password("anna")


def test_piped_the_password_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_server.sys, "stdin", io.StringIO("met spaties en é \r\nen een tweede regel\n"))
    assert cli_server.read_password("anna") == "met spaties en é "


@needs_server
def test_only_the_owner_sets_up_the_database(admin, private_home: Path) -> None:
    address, made = admin
    assert run_cli("server", "init", "--db", address, home=private_home).returncode == 0
    clerk = _name(made, "griffie")
    stdin = PASSWORD + "\n"
    assert (
        run_cli(
            "server", "add-user", clerk, "--role", "griffie", "--db", address, home=private_home, stdin=stdin
        ).returncode
        == 0
    )
    as_clerk = make_url(address).set(username=clerk, password=PASSWORD).render_as_string(hide_password=False)
    refused = run_cli("server", "init", "--db", as_clerk, home=private_home)
    assert refused.returncode == 2 and "mag geen rollen maken" in refused.stderr, refused.stderr
    manager = _name(made, "rollenbeheer")  # may make roles, but owns neither the database nor its tables
    engine = create_engine(engine_url(address), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"CREATE ROLE \"{manager}\" LOGIN CREATEROLE PASSWORD '{PASSWORD}'"))
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{make_url(address).database}" TO "{manager}"'))
    engine.dispose()
    as_manager = (
        make_url(address).set(username=manager, password=PASSWORD).render_as_string(hide_password=False)
    )
    refused = run_cli("server", "init", "--db", as_manager, home=private_home)
    assert refused.returncode == 2 and "niet genoeg rechten" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
