"""Logins on a shared database: ``casetafel server add-user``, ``users`` and ``remove-user``, and which
role the current login has.

A login is a PostgreSQL role that may log in, member of one group (``casetafel_griffie`` ...). Its password
is hashed here with libpq's SCRAM-SHA-256 before it is sent, so the plain password never reaches the
server or its log; names are checked and quoted as identifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from casetafel.storage.server_roles import GESPREKSLEIDER, GRIFFIE, RAADSLID, ROLES, group_name
from casetafel.storage.server_setup import (
    ServerSetupError,
    groups_missing,
    member_search_path,
    quoted,
    refusals_in_dutch,
    run_statement,
)

NAME_PATTERN = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
RESERVED_PREFIXES = ("pg_", "casetafel_")
MIN_PASSWORD = 8


@dataclass(frozen=True)
class Login:
    name: str
    role: str  # gespreksleider, griffie or raadslid
    can_log_in: bool


def check_login_name(name: str) -> str:
    """A login name as PostgreSQL stores it: lower case letters, digits, ``_ . -``, up to 63 characters."""
    if not NAME_PATTERN.fullmatch(name) or name.startswith(RESERVED_PREFIXES):
        raise ServerSetupError(
            f"‘{name[:80]}’ kan geen loginnaam zijn. Gebruik kleine letters, cijfers, punt, streepje of "
            "liggend streepje (hoogstens 63 tekens, beginnend met een letter, niet met pg_ of casetafel_)."
        )
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ServerSetupError(f"Het wachtwoord is te kort; kies er een van minstens {MIN_PASSWORD} tekens.")
    if "\x00" in password:
        raise ServerSetupError("Het wachtwoord bevat een teken dat niet kan (een nulteken).")
    return password


def _require_groups(connection: Connection) -> None:
    if groups_missing(connection):
        raise ServerSetupError(
            "Op deze database zijn de rollen van casetafel nog niet ingericht; voer eerst "
            "‘casetafel server init’ uit."
        )


def _role_of_login(connection: Connection, name: str) -> str | None:
    """The casetafel role of an existing login (None: it exists but is no casetafel login); raises
    when there is no such role at all."""
    row = connection.execute(text("SELECT oid FROM pg_roles WHERE rolname = :name"), {"name": name}).first()
    if row is None:
        raise ServerSetupError(f"Er is geen login ‘{name}’ op deze server.")
    for role in ROLES:
        direct = connection.execute(
            text(
                "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE m.member = :member AND g.rolname = :group"
            ),
            {"member": row[0], "group": group_name(role)},
        ).first()
        if direct:
            return role
    return None


def add_user(engine: Engine, name: str, role: str, password: str) -> None:
    """A new login ``name`` in the group of ``role``, with ``password`` (hashed before sending)."""
    check_login_name(name)
    check_password(password)
    if role not in ROLES:
        raise ServerSetupError(f"Onbekende rol ‘{role}’; kies gespreksleider, griffie of raadslid.")
    with refusals_in_dutch(f"de login ‘{name}’ te maken"), engine.begin() as connection:
        _require_groups(connection)
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
            raise ServerSetupError(f"De login ‘{name}’ bestaat al op deze server.")
        driver = connection.connection.driver_connection
        hashed = driver.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()
        from psycopg import sql

        statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(hashed), sql.Identifier(group_name(role))
        )
        with driver.cursor() as cursor:  # no parameters: nothing in the statement is read as a placeholder
            cursor.execute(statement)
        if role == RAADSLID:
            database = connection.execute(text("SELECT current_database()")).scalar()
            run_statement(connection, member_search_path(name, database))


def remove_user(engine: Engine, name: str) -> str:
    """Remove the login ``name`` (only a casetafel login, never the one running this); its role."""
    check_login_name(name)
    with refusals_in_dutch(f"de login ‘{name}’ te verwijderen"), engine.begin() as connection:
        role = _role_of_login(connection, name)
        if role is None:
            raise ServerSetupError(f"‘{name}’ is geen login van casetafel; casetafel verwijdert die niet.")
        if connection.execute(text("SELECT current_user")).scalar() == name:
            raise ServerSetupError("U kunt de login waarmee u nu werkt niet zelf verwijderen.")
        run_statement(connection, f"DROP ROLE {quoted(name)}")
    return role


def list_users(engine: Engine) -> list[Login]:
    """Every login in one of casetafel's groups, by name."""
    with engine.connect() as connection:
        _require_groups(connection)
        rows = connection.execute(
            text(
                "SELECT r.rolname, g.rolname, r.rolcanlogin FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
                "WHERE g.rolname = ANY(:groups) ORDER BY r.rolname"
            ),
            {"groups": [group_name(role) for role in ROLES]},
        ).all()
    prefix = len(group_name(""))
    return [Login(name, group[prefix:], bool(can)) for name, group, can in rows]


RANK = (GESPREKSLEIDER, GRIFFIE, RAADSLID)


def current_role(connection: Connection) -> str | None:
    """The casetafel role of the login on ``connection``: None for the administrator (a superuser or the
    database's owner: everything, like a gespreksleider) and for a login in none of the groups;
    otherwise the widest of its groups."""
    row = connection.execute(
        text(
            "SELECT r.rolsuper OR d.datdba = r.oid, "
            "ARRAY(SELECT g.rolname FROM pg_roles g WHERE g.rolname = ANY(:groups) "
            "AND pg_has_role(r.oid, g.oid, 'MEMBER')) "
            "FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()"
        ),
        {"groups": [group_name(role) for role in ROLES]},
    ).first()
    if row is None or row[0]:
        return None
    groups = set(row[1] or ())
    return next((role for role in RANK if group_name(role) in groups), None)
