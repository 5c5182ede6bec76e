"""publication waivers and pseudonyms

publication_waivers: one row per finding in a session's texts that may stay in the public report (soft
kinds only): the session, the item ("observatie 12") and field, the category and text of the finding,
the reason, who decided and when. pseudonyms: the initial pseudonym ("mevrouw A.") given to a person
within a case or a session's own items, so the same person keeps the same letter.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-06 04:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
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
    op.create_table(
        "pseudonyms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("letter", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pseudonyms")),
        sa.UniqueConstraint("scope", "name_key", name="uq_pseudonyms_scope_name_key"),
    )


def downgrade() -> None:
    op.drop_table("pseudonyms")
    with op.batch_alter_table("publication_waivers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publication_waivers_meeting_id"))
    op.drop_table("publication_waivers")
