"""document control: status, version, adoption, addressee, griffie contact and reference of a session's
report; whether an owner is a person or a body, and the route of a question or action

meetings: doc_status ("concept"/"definitief"), doc_version, adopted_on, addressee, griffie_contact,
reference (kenmerk or zaaknummer). governance_questions and actions: owner_kind ("" not recorded,
"persoon", "orgaan") and route (the committee or council meeting it goes to).

Columns are added with ALTER TABLE (no table is recreated), so the search triggers of revision 0003 stay.

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-06 04:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

MEETING_COLUMNS = (
    ("doc_status", sa.String(20), "concept"),
    ("doc_version", sa.String(20), ""),
    ("addressee", sa.Text(), ""),
    ("griffie_contact", sa.Text(), ""),
    ("reference", sa.Text(), ""),
)
ITEM_COLUMNS = (("owner_kind", sa.String(20), ""), ("route", sa.Text(), ""))


def upgrade() -> None:
    for name, kind, default in MEETING_COLUMNS:
        op.add_column("meetings", sa.Column(name, kind, nullable=False, server_default=default))
    op.add_column("meetings", sa.Column("adopted_on", sa.Date(), nullable=True))
    for table in ("governance_questions", "actions"):
        for name, kind, default in ITEM_COLUMNS:
            op.add_column(table, sa.Column(name, kind, nullable=False, server_default=default))


def downgrade() -> None:
    for table in ("governance_questions", "actions"):
        with op.batch_alter_table(table) as batch:
            for name, _kind, _default in ITEM_COLUMNS:
                batch.drop_column(name)
    with op.batch_alter_table("meetings") as batch:
        for name, _kind, _default in MEETING_COLUMNS:
            batch.drop_column(name)
        batch.drop_column("adopted_on")
