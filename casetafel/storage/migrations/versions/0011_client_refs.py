"""client references: a captured line is stored exactly once, however often it is sent

observations, governance_questions and actions get ``client_ref`` (TEXT, NULL, unique): the UUID the
capturing program gave a line before it reached the database. A line kept in the program's outbox while
the shared database was out of reach is sent again until it is confirmed; a second insert with the same
``client_ref`` finds the first row instead of making a copy. Lines typed on a file database, imported or
older lines keep NULL (a unique index allows any number of NULLs, on SQLite and PostgreSQL alike).

Only a column and an index per table (``ALTER TABLE ... ADD COLUMN``, no table recreated), so the search
triggers stay in place.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-06 07:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("observations", "governance_questions", "actions")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("client_ref", sa.Text(), nullable=True))
        op.create_index(f"ix_{table}_client_ref", table, ["client_ref"], unique=True)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_client_ref", table_name=table)
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("client_ref")
