"""Alembic environment: runs on the connection (and inside the transaction) that casetafel passes in.

No ``fileConfig``: it would silence the application's loggers. Batch mode and the naming convention
make SQLite table changes work; FTS tables are excluded from autogenerate comparisons.
"""

from __future__ import annotations

from alembic import context

from casetafel.storage.migrate import include_object
from casetafel.storage.tables import metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("casetafel runs its migrations in-process with a connection")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
