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


# PostgreSQL: a table with a generated tsvector in the configuration casetafel_nl: PostgreSQL's "simple"
# dictionary behind "unaccent". Like FTS5's unicode61 with remove_diacritics it lower-cases and folds
# diacritics without stemming or stop words, so a search finds the same rows on both databases. The
# trigger functions run as their owner (SECURITY DEFINER), so a login that may change an item need not
# be able to read or write the index of everything.
PG_SETUP = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION casetafel_nl (COPY = simple)",
    "ALTER TEXT SEARCH CONFIGURATION casetafel_nl ALTER MAPPING FOR asciiword, word, numword, asciihword, "
    "hword, numhword, hword_asciipart, hword_part, hword_numpart WITH unaccent, simple",
    "CREATE TABLE search_index (rowid BIGINT PRIMARY KEY, kind TEXT NOT NULL, ref_id INTEGER NOT NULL, "
    "session_id INTEGER, title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', "
    "document tsvector GENERATED ALWAYS AS "
    "(to_tsvector('casetafel_nl'::regconfig, title || ' ' || body)) STORED)",
    "CREATE INDEX ix_search_index_document ON search_index USING gin (document)",
]


def pg_trigger_sql(table: str, number: int, kind: str, session: str, title: str, body: str) -> list[str]:
    """The PostgreSQL trigger keeping one source table's rows in ``search_index`` (rowid as in SQLite)."""
    return [
        f"CREATE FUNCTION search_{table}_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        f"SET search_path = public, pg_temp AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN DELETE FROM search_index WHERE rowid = OLD.id * 4 + {number}; END IF; "
        f"IF TG_OP <> 'DELETE' THEN INSERT INTO search_index (rowid, kind, ref_id, session_id, title, body) "
        f"VALUES (NEW.id * 4 + {number}, {kind}, NEW.id, {session}, {title}, {body}); END IF; "
        f"RETURN NULL; END $$",
        f"CREATE TRIGGER search_{table}_sync AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION search_{table}_sync()",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SETUP:
            op.execute(statement)
        for table, source in SOURCES.items():
            for statement in pg_trigger_sql(table, *source):
                op.execute(statement)
        _fill_from_sources()
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, session_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    _fill_from_sources()
    for statement in trigger_sql():
        op.execute(statement)


def _fill_from_sources() -> None:
    """Index the rows that are already there."""
    for table, (number, kind, session, title, body) in SOURCES.items():
        select = ", ".join(part.replace("NEW.", "") for part in (f"id * 4 + {number}", kind, "id", session, title, body))
        op.execute(f"INSERT INTO search_index (rowid, kind, ref_id, session_id, title, body) SELECT {select} FROM {table}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in SOURCES:
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_sync ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS search_{table}_sync()")
        op.execute("DROP TABLE IF EXISTS search_index")
        op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS casetafel_nl")
        return
    for table in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
