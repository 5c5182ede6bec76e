"""council members' own input: a login per participant, attribution of a recorded line, member_inputs

``participants.login`` is the server login name of a council member ('' = none). Observations and
governance questions get ``participant_id`` (who said it, from the attendance list; SET NULL when the
participant is removed). ``member_inputs`` holds what a council member adds after the session (an insight,
a question for the follow-up, a comment on a follow-up item) until the facilitator accepts or rejects it;
``record_kind``/``record_id`` name what it became once accepted.

The observation kind ``meenemen`` ("Wat neem ik mee", the evaluation's line per participant) is added to
a database that already has observation kinds; a new database gets it from the seed.

Only columns and a table are added (no table is recreated), so the search triggers stay in place. Valid
on SQLite and PostgreSQL.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-06 06:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None

EMPTY = sa.text("''")
KIND_CODE = "meenemen"
KIND_LABEL = "Wat neem ik mee"


def _participant_column(table: str) -> None:
    with op.batch_alter_table(table, recreate="never") as batch:
        batch.add_column(sa.Column("participant_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            f"fk_{table}_participant_id_participants", "participants", ["participant_id"], ["id"],
            ondelete="SET NULL",
        )  # fmt: skip
        batch.create_index(f"ix_{table}_participant_id", ["participant_id"], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("participants", recreate="never") as batch:
        batch.add_column(sa.Column("login", sa.Text(), nullable=False, server_default=EMPTY))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot add a foreign key to an existing table without recreating it (which would drop
        # the search triggers): the column is added with its reference in one ALTER TABLE instead.
        for table in ("observations", "governance_questions"):
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN participant_id INTEGER "
                f"CONSTRAINT fk_{table}_participant_id_participants "
                "REFERENCES participants (id) ON DELETE SET NULL"
            )
            op.create_index(f"ix_{table}_participant_id", table, ["participant_id"], unique=False)
    else:
        for table in ("observations", "governance_questions"):
            _participant_column(table)
    op.create_table(
        "member_inputs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("author_login", sa.Text(), nullable=False, server_default=EMPTY),
        sa.Column("author_name", sa.Text(), nullable=False, server_default=EMPTY),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False, server_default=sa.text("'nieuw'")),
        sa.Column("decided_by", sa.Text(), nullable=False, server_default=EMPTY),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("record_kind", sa.String(length=20), nullable=False, server_default=EMPTY),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_member_inputs_meeting_id_meetings"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_member_inputs_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["question_id"], ["governance_questions.id"],
            name=op.f("fk_member_inputs_question_id_governance_questions"), ondelete="SET NULL",
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["action_id"], ["actions.id"], name=op.f("fk_member_inputs_action_id_actions"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participants.id"],
            name=op.f("fk_member_inputs_participant_id_participants"), ondelete="SET NULL",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_inputs")),
    )
    op.create_index("ix_member_inputs_meeting_id", "member_inputs", ["meeting_id"], unique=False)
    op.create_index("ix_member_inputs_status", "member_inputs", ["status"], unique=False)
    # The new observation kind, at the end of an existing list (an empty database is seeded later).
    op.execute(
        "INSERT INTO taxonomy_terms (vocabulary, code, label, position, active) "
        f"SELECT 'observation_kind', '{KIND_CODE}', '{KIND_LABEL}', MAX(position) + 1, TRUE "
        "FROM taxonomy_terms WHERE vocabulary = 'observation_kind' "
        f"HAVING COUNT(*) > 0 AND SUM(CASE WHEN code = '{KIND_CODE}' THEN 1 ELSE 0 END) = 0"
    )


def downgrade() -> None:
    op.execute(
        f"DELETE FROM taxonomy_terms WHERE vocabulary = 'observation_kind' AND code = '{KIND_CODE}' "
        f"AND NOT EXISTS (SELECT 1 FROM observations WHERE kind = '{KIND_CODE}')"
    )
    op.drop_index("ix_member_inputs_status", table_name="member_inputs")
    op.drop_index("ix_member_inputs_meeting_id", table_name="member_inputs")
    op.drop_table("member_inputs")
    for table in ("governance_questions", "observations"):
        op.drop_index(f"ix_{table}_participant_id", table_name=table)
        with op.batch_alter_table(table, recreate="never") as batch:
            if op.get_bind().dialect.name != "sqlite":
                batch.drop_constraint(f"fk_{table}_participant_id_participants", type_="foreignkey")
            batch.drop_column("participant_id")
    with op.batch_alter_table("participants", recreate="never") as batch:
        batch.drop_column("login")
