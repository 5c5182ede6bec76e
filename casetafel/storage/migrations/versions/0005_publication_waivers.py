"""publication waivers: findings in a session's texts that may stay in the public report

One row per waived finding (soft kinds only): the session, the item ("observatie 12") and field, the
category and text of the finding, the reason, who decided and when.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-06 04:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publication_waivers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=80), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_publication_waivers_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication_waivers")),
    )
    with op.batch_alter_table("publication_waivers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_publication_waivers_meeting_id"), ["meeting_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("publication_waivers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publication_waivers_meeting_id"))
    op.drop_table("publication_waivers")
