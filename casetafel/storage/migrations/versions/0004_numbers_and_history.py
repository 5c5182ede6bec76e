"""numbers and session history: stable numbers for governance questions and actions, session events

governance_questions.number and actions.number (unique; BV-2026-014, A-2026-031), counted per calendar
year of the session date over all sessions; number_counters keeps the last number given out per series
and year; session_events keeps what happened to a session after it was held (finished, reopened with a
reason, by whom, when). Existing rows get their numbers in a stable order: session date, session id,
item id.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 04:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SERIES = (("governance_questions", "BV"), ("actions", "A"))


def upgrade() -> None:
    for table, _series in SERIES:
        op.add_column(table, sa.Column("number", sa.String(length=20), nullable=True))
        op.create_index(f"ix_{table}_number", table, ["number"], unique=True)
    op.create_table(
        "number_counters",
        sa.Column("series", sa.String(length=4), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name="pk_number_counters"),
    )
    op.create_table(
        "session_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_session_events_meeting_id_meetings", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_session_events"),
    )
    op.create_index("ix_session_events_meeting_id", "session_events", ["meeting_id"], unique=False)
    _back_fill()


def _back_fill() -> None:
    connection = op.get_bind()
    when = "coalesce(m.starts_at, m.created_at)"
    if connection.dialect.name == "postgresql":
        year = f"CAST(EXTRACT(YEAR FROM {when}) AS INTEGER)"
    else:
        year = f"CAST(strftime('%Y', {when}) AS INTEGER)"
    for table, series in SERIES:
        rows = connection.execute(
            sa.text(
                f"SELECT r.id, {year} "
                f"FROM {table} r JOIN meetings m ON m.id = r.meeting_id "
                f"ORDER BY coalesce(m.starts_at, m.created_at), m.id, r.id"
            )
        ).all()
        last: dict[int, int] = {}
        for ident, year in rows:
            last[year] = last.get(year, 0) + 1
            connection.execute(
                sa.text(f"UPDATE {table} SET number = :number WHERE id = :id"),
                {"number": f"{series}-{year}-{last[year]:03d}", "id": ident},
            )
        for year, count in last.items():
            connection.execute(
                sa.text("INSERT INTO number_counters (series, year, last) VALUES (:series, :year, :last)"),
                {"series": series, "year": year, "last": count},
            )


def downgrade() -> None:
    op.drop_index("ix_session_events_meeting_id", table_name="session_events")
    op.drop_table("session_events")
    op.drop_table("number_counters")
    for table, _series in SERIES:
        op.drop_index(f"ix_{table}_number", table_name=table)
        # Not a batch: recreating governance_questions would drop its full-text triggers (see 0003).
        op.execute(f"ALTER TABLE {table} DROP COLUMN number")
