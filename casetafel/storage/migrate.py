"""Schema migrations in-process: read the revision, refuse newer databases, upgrade transactionally."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

if TYPE_CHECKING:
    pass

from casetafel.storage.inspection import SCHEMA_HEAD  # noqa: F401 - used by callers
from casetafel.storage.revisions import MIGRATIONS_DIR, alembic_config, known_revisions  # noqa: F401


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ARG001 - Alembic's signature
    """Leave the full-text index (``search_*`` tables, made by hand in SQL) out of autogenerate."""
    return not (type_ == "table" and name and name.startswith(("search_", "sqlite_")))


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def has_user_tables(connection: Connection) -> bool:
    names = [n for n in inspect(connection).get_table_names() if not n.startswith("sqlite_")]
    return bool(names)


def upgrade(engine: Engine, script_location: Path = MIGRATIONS_DIR) -> None:
    """Upgrade to head in one transaction: on any error nothing of the upgrade remains."""
    from alembic import command

    config = alembic_config(script_location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
