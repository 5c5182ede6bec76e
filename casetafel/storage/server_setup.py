"""Setting up a shared database's roles: ``casetafel server init`` and the SQL made from ``server_roles``.

Everything runs in one transaction: the raadslid's views are dropped (a migration may change the columns
they show), the schema is brought to the newest revision, the defaults are added, and the groups, GRANTs,
views and row-level security are made again from the declaration. Running it twice changes nothing;
running it after an upgrade of casetafel brings the rights of new tables and columns along.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from casetafel.storage import migrate
from casetafel.storage.errors import DatabaseTooNewError, StorageError
from casetafel.storage.server_roles import (
    DELETE,
    GESPREKSLEIDER,
    GRIFFIE,
    INSERT,
    LOGIN_COLUMN,
    MEMBER_SCHEMA,
    RAADSLID,
    ROLES,
    SEARCH_FUNCTION,
    SEARCH_FUNCTION_SQL,
    SELECT,
    UPDATE,
    Access,
    MemberView,
    TableRights,
    access_of,
    group_name,
    member_view,
    rights_of,
)

SEARCH_PATH = f"{MEMBER_SCHEMA}, public"
INIT_LOCK = 0x6361_7365  # pg_advisory_xact_lock: one ``server init`` at a time
POLICY_PREFIX = "casetafel_"


class ServerSetupError(StorageError):
    """A Dutch sentence about why the roles could not be set up or a login not be made."""


@contextmanager
def refusals_in_dutch(what: str) -> Iterator[None]:
    """A refusal of the server while doing ``what`` ("de rollen inrichten") as one Dutch sentence."""
    try:
        yield
    except DBAPIError as error:
        message = str(getattr(error, "orig", error)).lower()
        if "permission denied" in message or "must be owner" in message or "must have admin" in message:
            reason = (
                "deze login heeft daarvoor niet genoeg rechten; gebruik de eigenaar van de database en haar "
                "tabellen, met het recht CREATEROLE"
            )
        elif "depend" in message:
            reason = "er hangen nog rechten of objecten aan deze login (zie REASSIGN OWNED en DROP OWNED)"
        else:
            reason = "de server weigerde: " + str(getattr(error, "orig", error)).splitlines()[0][:200]
        raise ServerSetupError(f"Het lukte niet om {what}: {reason}. Er is niets veranderd.") from error


@dataclass
class SetupReport:
    """What ``server init`` did: the revision reached and every object it made or granted on."""

    revision: str = ""
    groups_made: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    views: list[str] = field(default_factory=list)
    secured: list[str] = field(default_factory=list)  # tables with row-level security
    unlisted: list[str] = field(default_factory=list)  # tables without a line in server_roles
    blanked: list[str] = field(default_factory=list)  # view columns shown empty without a decision
    statements: list[str] = field(default_factory=list)


def quoted(name: str) -> str:
    """An SQL identifier (names here come from the catalog or from ``server_roles``)."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    not_null: bool


@dataclass
class Catalog:
    """The tables of the ``public`` schema with their columns in order, the sequence behind each ``id``
    and casetafel's row-level policies already there."""

    tables: dict[str, list[Column]] = field(default_factory=dict)
    sequences: dict[str, str] = field(default_factory=dict)
    policies: dict[str, list[str]] = field(default_factory=dict)


def read_catalog(connection: Connection) -> Catalog:
    catalog = Catalog()
    rows = connection.execute(
        text(
            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
            "CASE WHEN a.attname = 'id' THEN pg_get_serial_sequence(c.oid::regclass::text, 'id') END "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum"
        )
    )
    for table, name, type_, not_null, sequence in rows:
        catalog.tables.setdefault(table, []).append(Column(name, type_, bool(not_null)))
        if sequence:
            catalog.sequences[table] = sequence
    for table, policy in connection.execute(
        text(
            "SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public' "
            "AND policyname LIKE :prefix"
        ),
        {"prefix": POLICY_PREFIX + "%"},
    ):
        catalog.policies.setdefault(table, []).append(policy)
    return catalog


def empty_value(column: Column) -> str:
    """What a private column shows in a raadslid's view: empty text, an empty list, false, zero or NULL."""
    type_ = column.type
    if type_ == "text" or type_.startswith("character"):
        return f"''::{type_}"
    if type_ in ("json", "jsonb"):
        return f"'[]'::{type_}"
    if type_ == "boolean":
        return "false"
    if column.not_null and type_ in ("integer", "bigint", "smallint", "double precision", "real"):
        return f"0::{type_}"
    return f"NULL::{type_}"


def view_sql(table: str, view: MemberView, columns: list[Column], has_login: bool) -> tuple[str, list[str]]:
    """``CREATE VIEW`` of the raadslid's view of ``table`` and the columns shown empty without a
    decision in ``server_roles`` (a new column is never shown by accident)."""
    parts, undecided = [], []
    for column in columns:
        name = column.name
        if name in view.public:
            expression = f"t.{quoted(name)}"
        elif name in view.shown and (has_login or "t.login" not in view.shown[name]):
            expression = view.shown[name]
        else:
            expression = empty_value(column)
            if name not in view.private and name not in view.shown:
                undecided.append(f"{table}.{name}")
        parts.append(f"{expression} AS {quoted(name)}")
    rows = view.rows if has_login or view.rows == "true" else "false"
    sql = (
        f"CREATE VIEW {MEMBER_SCHEMA}.{quoted(table)} WITH (security_barrier) AS "
        f"SELECT {', '.join(parts)} FROM public.{quoted(table)} t WHERE {rows}"
    )
    return sql, undecided


def _table_statements(table: str, rights: TableRights, catalog: Catalog) -> tuple[list[str], bool]:
    """GRANTs, sequence rights and row-level security of one table; whether it is row-level secured."""
    names = {column.name for column in catalog.tables[table]}
    target = f"public.{quoted(table)}"
    groups = ", ".join(quoted(group_name(role)) for role in ROLES)
    statements = [f"REVOKE ALL ON {target} FROM {groups}"]
    sequence = catalog.sequences.get(table)
    secured = any(access_of(rights, role).rows for role in ROLES)
    for role in ROLES:
        access = access_of(rights, role)
        group = quoted(group_name(role))
        if access.privileges:
            statements.append(f"GRANT {', '.join(access.privileges)} ON {target} TO {group}")
        columns_here = [quoted(c) for c in access.update_columns if c in names]
        if columns_here and UPDATE not in access.privileges:
            statements.append(f"GRANT UPDATE ({', '.join(columns_here)}) ON {target} TO {group}")
        if INSERT in access.privileges and sequence:
            statements.append(f"GRANT USAGE ON SEQUENCE {sequence} TO {group}")  # as regclass::text
    statements += [f"DROP POLICY {quoted(name)} ON {target}" for name in catalog.policies.get(table, ())]
    if not secured:
        statements.append(f"ALTER TABLE {target} DISABLE ROW LEVEL SECURITY")
        return statements, False
    statements.append(f"ALTER TABLE {target} ENABLE ROW LEVEL SECURITY")
    for role in ROLES:
        access = access_of(rights, role)
        for command in access.commands:
            statements.append(_policy(target, role, command, access))
    return statements, True


def _policy(target: str, role: str, command: str, access: Access) -> str:
    condition = access.rows.get(command, "true")
    name = quoted(f"{POLICY_PREFIX}{role}_{command.lower()}")
    clause = f"USING ({condition})" if command in (SELECT, DELETE) else f"WITH CHECK ({condition})"
    if command == UPDATE:
        clause = f"USING ({condition}) WITH CHECK ({condition})"
    return f"CREATE POLICY {name} ON {target} FOR {command} TO {quoted(group_name(role))} {clause}"


def role_statements(catalog: Catalog, database: str, report: SetupReport) -> list[str]:
    """Every statement that gives the three roles their rights on the tables in ``catalog``."""
    groups = [quoted(group_name(role)) for role in ROLES]
    statements = [
        f"REVOKE ALL ON DATABASE {quoted(database)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {quoted(database)} TO {', '.join(groups)}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {', '.join(groups)}",
        f"CREATE SCHEMA {MEMBER_SCHEMA}",
        f"REVOKE ALL ON SCHEMA {MEMBER_SCHEMA} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {MEMBER_SCHEMA} TO {quoted(group_name(RAADSLID))}",
    ]
    has_login = LOGIN_COLUMN[1] in {c.name for c in catalog.tables.get(LOGIN_COLUMN[0], [])}
    secured_later: list[str] = []
    for table in sorted(catalog.tables):
        rights = rights_of(table)
        if rights is None:  # a table without a line: the program (gespreksleider) may use it, no one else
            report.unlisted.append(table)
            rights = TableRights(table)
        made, secured = _table_statements(table, rights, catalog)
        report.tables.append(table)
        if secured:
            report.secured.append(table)
            secured_later += made  # its policies may read the raadslid's views: after those
        else:
            statements += made
        view = member_view(rights)
        if view is not None:
            sql, undecided = view_sql(table, view, catalog.tables[table], has_login)
            statements += [
                sql,
                f"GRANT SELECT ON {MEMBER_SCHEMA}.{quoted(table)} TO {quoted(group_name(RAADSLID))}",
            ]
            report.views.append(f"{MEMBER_SCHEMA}.{table}")
            report.blanked += undecided
    griffie = quoted(group_name(GRIFFIE))
    signature = f"{SEARCH_FUNCTION}(tsquery, integer, boolean)"
    statements += [
        SEARCH_FUNCTION_SQL,
        f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {signature} TO {griffie}",
    ]
    return statements + secured_later


def groups_missing(connection: Connection) -> list[str]:
    present = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": [group_name(role) for role in ROLES]},
        ).scalars()
    )
    return [group_name(role) for role in ROLES if group_name(role) not in present]


def roles_installed(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text("SELECT 1 FROM pg_namespace WHERE nspname = :schema"), {"schema": MEMBER_SCHEMA}
        ).first()
    )


def _check_administrator(connection: Connection) -> None:
    may = connection.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not may:
        raise ServerSetupError(
            "Deze login mag geen rollen maken. Voer ‘casetafel server init’ uit als de eigenaar van de "
            "database met het recht CREATEROLE (of als beheerder van de server)."
        )


def run_statement(connection: Connection, statement: str) -> None:
    """One statement as written, in the connection's transaction: without parameters, so a ``%`` in it
    (``LIKE 'casus %'``) is not read as a placeholder."""
    with connection.connection.driver_connection.cursor() as cursor:
        cursor.execute(statement)


def apply_roles(connection: Connection, report: SetupReport) -> None:
    """Make the groups (when missing) and every GRANT, view and policy again (inside the caller's
    transaction, after ``drop_member_views``)."""
    for group in groups_missing(connection):
        statement = f"CREATE ROLE {quoted(group)} NOLOGIN"
        run_statement(connection, statement)
        report.groups_made.append(group)
        report.statements.append(statement)
    database = connection.execute(text("SELECT current_database()")).scalar()
    for statement in role_statements(read_catalog(connection), database, report):
        run_statement(connection, statement)
        report.statements.append(statement)
    members = connection.execute(
        text(
            "SELECT r.rolname FROM pg_roles r WHERE r.rolcanlogin AND "
            "pg_has_role(r.oid, :group, 'MEMBER') AND NOT r.rolsuper"
        ),
        {"group": group_name(RAADSLID)},
    ).scalars()
    for member in list(members):  # logins made by hand too read the views
        statement = member_search_path(member, database)
        run_statement(connection, statement)
        report.statements.append(statement)


def member_search_path(login: str, database: str) -> str:
    return f"ALTER ROLE {quoted(login)} IN DATABASE {quoted(database)} SET search_path = {SEARCH_PATH}"


def drop_member_views(connection: Connection) -> None:
    run_statement(connection, f"DROP SCHEMA IF EXISTS {MEMBER_SCHEMA} CASCADE")


def _upgrade_on(connection: Connection) -> None:
    from alembic import command

    config = migrate.alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def upgrade_server(engine: Engine) -> None:
    """Bring a server's schema to the newest revision; where the roles are set up, their views are
    dropped first and every right made again afterwards, all in one transaction."""
    with engine.begin() as connection:
        if not roles_installed(connection):
            _upgrade_on(connection)
            return
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": INIT_LOCK})
        drop_member_views(connection)
        _upgrade_on(connection)
        apply_roles(connection, SetupReport())


def initialise(engine: Engine, location: str) -> SetupReport:
    """``casetafel server init``: schema to head, defaults, groups, GRANTs, views and row-level security,
    in one transaction (idempotent)."""
    from casetafel.storage.seed import seed_defaults

    report = SetupReport()
    with refusals_in_dutch("de database in te richten"), engine.begin() as connection:
        _check_administrator(connection)
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": INIT_LOCK})
        revision = migrate.current_revision(connection)
        if revision is not None and revision not in migrate.known_revisions():
            raise DatabaseTooNewError(location, revision)  # type: ignore[arg-type]
        drop_member_views(connection)
        _upgrade_on(connection)
        with Session(bind=connection, join_transaction_mode="create_savepoint") as db_session:
            seed_defaults(db_session)
            db_session.commit()  # releases its savepoint; the whole commits below
        apply_roles(connection, report)
        report.revision = migrate.current_revision(connection) or ""
    return report


__all__ = ["GESPREKSLEIDER", "ServerSetupError", "SetupReport", "initialise", "upgrade_server"]
