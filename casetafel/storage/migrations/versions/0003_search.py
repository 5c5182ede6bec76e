"""search: a full-text index (FTS5) over cases, observations and governance questions

The index is kept up to date by triggers. Note for later migrations: a batch migration that recreates
cases, observations or governance_questions drops their triggers; re-create them with
``create_triggers()`` from this module's SQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 02:15:00
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# rowid = id * 4 + kind number, so each source row has exactly one index row.
SOURCES = {
    "cases": (1, "'casus'", "NULL", "NEW.code || ' ' || NEW.title", "NEW.title || ' ' || NEW.description"),
    "observations": (2, "'observatie'", "NEW.meeting_id", "''", "NEW.text"),
    "governance_questions": (3, "'vraag'", "NEW.meeting_id", "''", "NEW.text || ' ' || NEW.answer"),
}


def trigger_sql() -> list[str]:
    statements = []
    for table, (number, kind, session, title, body) in SOURCES.items():
        insert = (
            f"INSERT INTO search_index (rowid, kind, ref_id, session_id, title, body) "
            f"VALUES (NEW.id * 4 + {number}, {kind}, NEW.id, {session}, {title}, {body});"
        )
        delete = f"DELETE FROM search_index WHERE rowid = OLD.id * 4 + {number};"
        statements += [
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {delete} END",
        ]
    return statements


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, session_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, (number, kind, session, title, body) in SOURCES.items():
        select = ", ".join(part.replace("NEW.", "") for part in (f"id * 4 + {number}", kind, "id", session, title, body))
        op.execute(f"INSERT INTO search_index (rowid, kind, ref_id, session_id, title, body) SELECT {select} FROM {table}")
    for statement in trigger_sql():
        op.execute(statement)


def downgrade() -> None:
    for table in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
