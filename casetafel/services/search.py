"""Full-text search over cases, observations, governance questions and actions.

The index ``search_index`` is kept up to date by triggers (see the migration that creates it): SQLite's
FTS5 on a file, PostgreSQL's full-text search (configuration ``casetafel_nl``: unaccent, no stemming) on
a server, with the same results. Dutch diacritics are folded, so "coordinatie" finds "coördinatie".
User input is never passed on as query syntax: every word is quoted and matched as a prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from casetafel.services.errors import translates_storage_errors
from casetafel.storage.engine import Database

KIND_CASE = "casus"
KIND_OBSERVATION = "observatie"
KIND_QUESTION = "vraag"
KIND_ACTION = "afspraak"  # indexed since schema 0007 (text and answer)
MAX_TERMS = 12
RANK_AT_MOST = 1000  # matches; a query with more shows the newest matches first

# How many rows match, counting no further than :cap (stops early: about 1 ms for a common prefix).
COUNT_UP_TO = text(
    "SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH :query LIMIT :cap)"
)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "casus", "observatie", "vraag" or "afspraak"
    ref_id: int
    meeting_id: int | None
    title: str
    snippet: str  # with the matches between the markers « and »


def typed_words(user_input: str) -> list[str]:
    """The words a search looks for: printable, at most ``MAX_TERMS``; a single letter typed after other
    words waits for the next keystroke."""
    printable = "".join(ch if ch.isprintable() else " " for ch in user_input)
    words = printable.split()[:MAX_TERMS]
    if len(words) > 1:
        words = [word for word in words if len(word) > 1] or words
    return words


def fts_query(user_input: str) -> str:
    """A safe FTS5 query: each word quoted (quotes doubled) and matched as a prefix, all words required."""
    terms = []
    for word in typed_words(user_input):
        cleaned = word.replace('"', '""')
        if cleaned.strip('"'):
            terms.append(f'"{cleaned}"*')
    return " ".join(terms)


# PostgreSQL: the words of the input as FTS5's unicode61 tokenizer splits them (letters and digits), each
# a quoted prefix term, all required. The snippet (ts_headline) is made for the returned rows only.
_TOKEN = re.compile(r"\w+", re.UNICODE)
PG_HEADLINE = (
    "StartSel=«, StopSel=», MaxWords=12, MinWords=4, ShortWord=0, MaxFragments=1, FragmentDelimiter=…"
)


def pg_query(user_input: str) -> str:
    """A safe ``to_tsquery`` text: each word's letters and digits as a quoted prefix term, all required."""
    words = typed_words(user_input)
    terms = [token.replace("_", " ").strip() for word in words for token in _TOKEN.findall(word)]
    return " & ".join(f"'{term}':*" for term in terms if term and " " not in term)


@translates_storage_errors
class SearchService:
    """``through_function``: search through ``casetafel_search`` (a griffie's login on a shared
    database, where row-level security would keep the full-text index unused; see
    ``storage.server_roles.SEARCH_FUNCTION_SQL``)."""

    def __init__(self, db: Database, *, through_function: bool = False) -> None:
        self._db = db
        self._through_function = through_function

    def search(self, user_input: str, *, limit: int = 50) -> list[SearchHit]:
        if self._db.dialect == "postgresql":
            return self._search_server(user_input, limit)
        query = fts_query(user_input)
        if not query:
            return []
        # Ranking needs every match scored (about 2 ms per 1,000 matches). A prefix of one or two letters,
        # or a word so common that it matches more than RANK_AT_MOST rows (a few letters of "schulden" in a
        # database of years), shows the newest matches instead: each keystroke stays fast at any size,
        # and the ranking returns as soon as the typed words narrow the matches down.
        newest_first = any(len(word) < 3 for word in user_input.split()[:MAX_TERMS])
        with self._db.reading() as db_session:
            if not newest_first:
                matches = db_session.execute(COUNT_UP_TO, {"query": query, "cap": RANK_AT_MOST + 1}).scalar()
                newest_first = matches > RANK_AT_MOST
            order = "rowid DESC" if newest_first else "rank"
            statement = text(
                "SELECT kind, ref_id, session_id, title, "
                "snippet(search_index, 4, '«', '»', '…', 12) AS snippet "
                f"FROM search_index WHERE search_index MATCH :query ORDER BY {order} LIMIT :limit"
            )
            rows = db_session.execute(statement, {"query": query, "limit": limit})
            return [SearchHit(r.kind, r.ref_id, r.session_id, r.title, r.snippet) for r in rows]

    def _search_server(self, user_input: str, limit: int) -> list[SearchHit]:
        query = pg_query(user_input)
        if not query:
            return []
        newest_first = any(len(word) < 3 for word in user_input.split()[:MAX_TERMS])
        if self._through_function:
            count = "SELECT count(*) FROM casetafel_search(to_tsquery('casetafel_nl', :query), :cap, true)"
        else:
            count = (
                "SELECT count(*) FROM (SELECT 1 FROM search_index "
                "WHERE document @@ to_tsquery('casetafel_nl', :query) LIMIT :cap) AS found"
            )
        with self._db.reading() as db_session:
            if not newest_first:
                values = {"query": query, "cap": RANK_AT_MOST + 1}
                newest_first = db_session.execute(text(count), values).scalar() > RANK_AT_MOST
            if self._through_function:  # the function's order, kept by its ordinality
                found = (
                    "SELECT kind, ref_id, session_id, title, body, q, n AS place FROM casetafel_search("
                    "to_tsquery('casetafel_nl', :query), :limit, :newest) WITH ORDINALITY "
                    "AS s(rowid, kind, ref_id, session_id, title, body, n), to_tsquery('casetafel_nl', :query) AS q"
                )
                order = "place"
            else:
                rank = "ts_rank(document, q) DESC, rowid DESC"
                found = (
                    "SELECT kind, ref_id, session_id, title, body, q, rowid, ts_rank(document, q) AS rank "
                    "FROM search_index, to_tsquery('casetafel_nl', :query) AS q "
                    f"WHERE document @@ q ORDER BY {'rowid DESC' if newest_first else rank} LIMIT :limit"
                )
                order = "rowid DESC" if newest_first else "rank DESC, rowid DESC"
            statement = text(
                "SELECT kind, ref_id, session_id, title, "
                f"ts_headline('casetafel_nl', body, q, '{PG_HEADLINE}') AS snippet FROM ({found}) AS found "
                f"ORDER BY {order}"
            )
            rows = db_session.execute(statement, {"query": query, "limit": limit, "newest": newest_first})
            return [SearchHit(r.kind, r.ref_id, r.session_id, r.title, r.snippet) for r in rows]
