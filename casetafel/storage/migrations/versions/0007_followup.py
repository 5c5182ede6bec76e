"""follow-up: the answer to governance questions and actions, and the history of every change

governance_questions and actions get ``answered_on`` (date) and ``answer_reference`` (a link or the
reference of the college's letter); actions also get ``answer`` and ``instrument`` (questions had them).
``item_changes`` keeps each change made in the follow-up: field, old and new value, when and by whom.

Only columns are added (``ALTER TABLE ... ADD COLUMN``, no table is recreated), so the search triggers on
governance_questions stay in place. Actions join the search index (text and answer; kind "afspraak",
rowid = id * 4, the number 0 that revision 0003 left free), so a search hit on an action opens it.

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-06 04:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

EMPTY = sa.text("''")


def _answer_columns(table: str, *, with_answer: bool) -> None:
    with op.batch_alter_table(table, recreate="never") as batch:
        if with_answer:
            batch.add_column(sa.Column("answer", sa.Text(), nullable=False, server_default=EMPTY))
            batch.add_column(
                sa.Column("instrument", sa.String(length=40), nullable=False, server_default=sa.text("'geen'"))
            )
        batch.add_column(sa.Column("answered_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("answer_reference", sa.Text(), nullable=False, server_default=EMPTY))


def upgrade() -> None:
    _answer_columns("governance_questions", with_answer=False)
    _answer_columns("actions", with_answer=True)
    op.create_table(
        "item_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_kind", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_changes")),
    )
    op.create_index("ix_item_changes_item", "item_changes", ["item_kind", "item_id"], unique=False)
    _index_actions()


# The search index row of an action, as revision 0003 keeps those of cases, observations and questions.
ACTION_ROW = (
    "INSERT INTO search_index (rowid, kind, ref_id, session_id, title, body) "
    "VALUES (NEW.id * 4, 'afspraak', NEW.id, NEW.meeting_id, '', NEW.text || ' ' || NEW.answer);"
)
ACTION_DELETE = "DELETE FROM search_index WHERE rowid = OLD.id * 4;"


def action_trigger_sql() -> list[str]:
    return [
        f"CREATE TRIGGER search_actions_insert AFTER INSERT ON actions BEGIN {ACTION_ROW} END",
        f"CREATE TRIGGER search_actions_update AFTER UPDATE ON actions BEGIN {ACTION_DELETE} {ACTION_ROW} END",
        f"CREATE TRIGGER search_actions_delete AFTER DELETE ON actions BEGIN {ACTION_DELETE} END",
    ]


def _index_actions() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from importlib import import_module

        search = import_module("casetafel.storage.migrations.versions.0003_search")
        source = (0, "'afspraak'", "NEW.meeting_id", "''", "NEW.text || ' ' || NEW.answer")
        op.execute(
            "INSERT INTO search_index (rowid, kind, ref_id, session_id, title, body) "
            "SELECT id * 4, 'afspraak', id, meeting_id, '', text || ' ' || answer FROM actions"
        )
        for statement in search.pg_trigger_sql("actions", *source):
            op.execute(statement)
        return
    op.execute(
        "INSERT INTO search_index (rowid, kind, ref_id, session_id, title, body) "
        "SELECT id * 4, 'afspraak', id, meeting_id, '', text || ' ' || answer FROM actions"
    )
    for statement in action_trigger_sql():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS search_actions_sync ON actions")
        op.execute("DROP FUNCTION IF EXISTS search_actions_sync()")
    else:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_actions_{event}")
    op.execute("DELETE FROM search_index WHERE kind = 'afspraak'")
    op.drop_index("ix_item_changes_item", table_name="item_changes")
    op.drop_table("item_changes")
    with op.batch_alter_table("actions", recreate="never") as batch:
        for column in ("answer_reference", "answered_on", "instrument", "answer"):
            batch.drop_column(column)
    with op.batch_alter_table("governance_questions", recreate="never") as batch:
        for column in ("answer_reference", "answered_on"):
            batch.drop_column(column)
