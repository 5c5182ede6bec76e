"""two people, one record: a version on every editable row, the session lock, change notifications

Every table whose rows a person edits gets ``version`` (INTEGER NOT NULL DEFAULT 1): SQLAlchemy's
``version_id_col`` raises it on each update, and a save that names an older version than the stored one
is a conflict the user resolves (see ``services.concurrency``). ``session_locks`` names who runs a
session ("Tafel leiden") from which computer, since when, with a heartbeat.

On PostgreSQL each editable table also gets a trigger that sends ``pg_notify('casetafel',
'<table>:<id>:<meeting_id>')`` after a change, so other clients refresh their lists; SQLite has one
program per file and gets no trigger.

Only columns are added (``ALTER TABLE ... ADD COLUMN``, no table is recreated), so the search triggers
stay in place.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 06:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"  # after the outbox's client references (0011), merged first
branch_labels = None
depends_on = None

# The editable tables, with the column that names their session ("" when they have none).
VERSIONED = {
    "cases": "",
    "meetings": "id",
    "participants": "meeting_id",
    "agenda_items": "meeting_id",
    "observations": "meeting_id",
    "governance_questions": "meeting_id",
    "actions": "meeting_id",
    "method_templates": "",
    "template_phases": "",
    "taxonomy_terms": "",
    "member_inputs": "meeting_id",
}

NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION casetafel_notify_change() RETURNS trigger AS $$
DECLARE
    changed record;
    session_id text;
BEGIN
    IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
    IF TG_ARGV[0] = '' THEN
        session_id := '';
    ELSE
        session_id := COALESCE(to_jsonb(changed) ->> TG_ARGV[0], '');
    END IF;
    PERFORM pg_notify('casetafel', TG_TABLE_NAME || ':' || changed.id || ':' || session_id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))
    op.create_table(
        "session_locks",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("acquired_at", sa.DateTime(), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_session_locks_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_session_locks")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(NOTIFY_FUNCTION)
        for table, session_column in VERSIONED.items():
            op.execute(
                f"CREATE TRIGGER casetafel_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION casetafel_notify_change('{session_column}')"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in VERSIONED:
            op.execute(f"DROP TRIGGER IF EXISTS casetafel_notify_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS casetafel_notify_change()")
    op.drop_table("session_locks")
    for table in VERSIONED:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("version")
