"""Who may do what on a shared database: the three roles of casetafel, declared in one place.

PostgreSQL enforces these itself (GRANTs, row-level security and views), so a login with ``psql`` and its
own password can do no more than the program lets it. ``casetafel server init`` turns this declaration
into SQL (``storage.server_setup``); every table and column is looked up first, so a line for a table
that is not (yet) there is skipped, and running it again after an upgrade brings the rights up to date.

- **gespreksleider**: everything the program does (read and write every table).
- **griffie**: sessions, outcomes and the follow-up: reads everything except a case that is still being
  prepared (row-level security: a case row is visible once it is on the agenda of a session that is not
  in preparation any more), updates the follow-up fields of questions and actions and the document
  control of a session's report. It reads neither the search index rows nor the pseudonyms of such cases.
- **raadslid**: no rights on the tables at all. The schema ``casetafel_raadslid`` holds views with the
  tables' names (its logins have ``search_path = casetafel_raadslid, public``, so the program's queries
  read them unchanged): only the sessions the login attended (``participants.login = current_user``,
  present, no longer in preparation), with the columns that are not public shown empty (case title and
  description, other participants' names, owners who are persons). Its own input (``member_inputs``) is
  row-level secured: its own rows only, new ones only for a session it attended.

To give a new table or column its rights: add it here (a test fails for a column of a raadslid view that
is neither public nor private, so a new column is never shown by accident).
"""

from __future__ import annotations

from dataclasses import dataclass, field

GESPREKSLEIDER = "gespreksleider"
GRIFFIE = "griffie"
RAADSLID = "raadslid"
ROLES = (GESPREKSLEIDER, GRIFFIE, RAADSLID)
GROUP_PREFIX = "casetafel_"
MEMBER_SCHEMA = "casetafel_raadslid"  # the raadslid's views; first in the search path of its logins

SELECT, INSERT, UPDATE, DELETE = "SELECT", "INSERT", "UPDATE", "DELETE"
EVERYTHING = (SELECT, INSERT, UPDATE, DELETE)


def group_name(role: str) -> str:
    """The PostgreSQL group role of a casetafel role (``casetafel_griffie``)."""
    return GROUP_PREFIX + role


@dataclass(frozen=True)
class Access:
    """What one role may do on one table.

    ``privileges`` on the whole table; ``update_columns``: UPDATE on these columns only; ``rows``: per
    command a row condition (row-level security, SQL on the table's own columns), "true" when absent."""

    privileges: tuple[str, ...] = ()
    update_columns: tuple[str, ...] = ()
    rows: dict[str, str] = field(default_factory=dict)

    @property
    def commands(self) -> tuple[str, ...]:
        return self.privileges + ((UPDATE,) if self.update_columns and UPDATE not in self.privileges else ())


@dataclass(frozen=True)
class MemberView:
    """The raadslid's view of one table: which rows (SQL on the table as ``t``), which columns as they
    are (``public``), which shown by an expression (``shown``), and which empty (``private``)."""

    rows: str
    public: tuple[str, ...]
    private: tuple[str, ...] = ()
    shown: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TableRights:
    table: str
    griffie: Access = Access()
    raadslid: MemberView | Access | None = None
    gespreksleider: Access = Access(EVERYTHING)


# The sessions a raadslid attended: listed with its login, present, and no longer in preparation. An
# uncorrelated sub-query, so PostgreSQL finds these few ids once per query (a hashed sub-plan) instead of
# once per row; ``{meeting}`` is the session id of the view's table.
ATTENDED = (
    "{meeting} IN (SELECT p.meeting_id FROM public.participants p JOIN public.meetings m ON m.id = p.meeting_id "
    "WHERE p.login = current_user AND p.present AND m.status <> 'gepland')"
)
# The cases on the agenda of a session that is no longer planned: out of preparation.
CASES_OUT_OF_PREPARATION = (
    "SELECT a.case_id FROM public.agenda_items a JOIN public.meetings m ON m.id = a.meeting_id "
    "WHERE m.status <> 'gepland'"
)
CASE_SHOWN_TO_GRIFFIE = f"id IN ({CASES_OUT_OF_PREPARATION})"
# Pseudonyms hold the real names replaced in a case's text: those of a case only when the case is shown.
PSEUDONYM_SHOWN_TO_GRIFFIE = (
    "scope NOT LIKE 'casus %' OR scope IN (SELECT 'casus ' || a.case_id FROM public.agenda_items a "
    "JOIN public.meetings m ON m.id = a.meeting_id WHERE m.status <> 'gepland')"
)
# The search index holds case titles and descriptions: a case's row only when the case is shown.
SEARCH_SHOWN_TO_GRIFFIE = f"kind <> 'casus' OR ref_id IN ({CASES_OUT_OF_PREPARATION})"
# Row-level security keeps PostgreSQL from using the full-text index for the griffie (``@@`` is not
# leakproof, so it runs only after the policy, row by row): the griffie searches through this function,
# which runs as the owner (no policy) and applies the same rule itself, so it finds what the policy
# shows, with the index. ``newest``: newest first instead of by rank (see services.search).
SEARCH_FUNCTION = "casetafel_search"
SEARCH_FUNCTION_SQL = (
    f"CREATE OR REPLACE FUNCTION {SEARCH_FUNCTION}(q tsquery, lim integer, newest boolean) "
    "RETURNS TABLE (rowid bigint, kind text, ref_id integer, session_id integer, title text, body text) "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
    "SELECT s.rowid, s.kind, s.ref_id, s.session_id, s.title, s.body FROM public.search_index s "
    f"WHERE s.document @@ q AND (s.kind <> 'casus' OR s.ref_id IN ({CASES_OUT_OF_PREPARATION})) "
    "ORDER BY CASE WHEN newest THEN s.rowid END DESC, ts_rank(s.document, q) DESC, s.rowid DESC "
    "LIMIT lim $$"
)
ATTENDED_SESSION = f"meeting_id IN (SELECT id FROM {MEMBER_SCHEMA}.meetings)"
# New input of its own, not yet decided, for a session it attended, about what it can see there, and
# attributed to nobody or to its own place at the table.
OWN_NEW_INPUT = (
    f"author_login = current_user AND status = 'nieuw' AND decided_by = '' AND record_id IS NULL "
    f"AND {ATTENDED_SESSION} "
    f"AND (case_id IS NULL OR case_id IN (SELECT id FROM {MEMBER_SCHEMA}.cases)) "
    f"AND (question_id IS NULL OR question_id IN (SELECT id FROM {MEMBER_SCHEMA}.governance_questions)) "
    f"AND (action_id IS NULL OR action_id IN (SELECT id FROM {MEMBER_SCHEMA}.actions)) "
    f"AND (participant_id IS NULL OR participant_id IN "
    f"(SELECT id FROM {MEMBER_SCHEMA}.participants WHERE login = current_user))"
)

FOLLOWUP_FIELDS = (
    "status", "answer", "answered_on", "instrument", "answer_reference", "owner", "owner_kind", "route",
    "due_date", "updated_at",
)  # fmt: skip
DOCUMENT_CONTROL = (
    "doc_status", "doc_version", "adopted_on", "addressee", "griffie_contact", "reference", "updated_at",
)  # fmt: skip
READ = Access((SELECT,))
WRITE_ONCE = Access((SELECT, INSERT))
TIMESTAMPS = ("created_at", "updated_at")
PERSON_OWNER = "CASE WHEN t.owner_kind = 'orgaan' THEN t.owner ELSE '' END"  # bodies and roles stay
OWN = "CASE WHEN t.login = current_user THEN t.{column} ELSE '' END"


def _attended(meeting: str) -> str:
    return ATTENDED.format(meeting=meeting)


TABLES: tuple[TableRights, ...] = (
    TableRights(
        "meetings",
        griffie=Access((SELECT,), update_columns=DOCUMENT_CONTROL),
        raadslid=MemberView(
            _attended("t.id"),
            public=(
                "id",
                "title",
                "starts_at",
                "ends_at",
                "location",
                "municipality",
                "template_id",
                "status",
                *TIMESTAMPS,
                "doc_status",
                "doc_version",
                "adopted_on",
                "addressee",
                "reference",
            ),
            private=("facilitator", "notes", "evaluation", "griffie_contact"),
        ),  # fmt: skip
    ),
    TableRights(
        "participants",
        griffie=READ,
        raadslid=MemberView(
            _attended("t.meeting_id"),
            public=("id", "meeting_id", "position", "role", "present"),
            shown={"name": OWN.format(column="name"), "party": OWN.format(column="party")},
        ),
    ),
    TableRights(
        "cases",
        griffie=Access((SELECT,), rows={SELECT: CASE_SHOWN_TO_GRIFFIE}),
        raadslid=MemberView(
            "t.id IN (SELECT a.case_id FROM public.agenda_items a WHERE " + _attended("a.meeting_id") + ")",
            public=("id", "code", "domains", "life_areas", "themes", "archived", *TIMESTAMPS),
            private=(
                "title",
                "description",
                "age_band",
                "household_type",
                "presenter_role",
                "anonymisation_confirmed_by",
                "anonymisation_confirmed_at",
                "anonymisation_open_findings",
                "anonymisation_waivers",
                "description_removed_at",
            ),
        ),  # fmt: skip
    ),
    TableRights(
        "agenda_items",
        griffie=READ,
        raadslid=MemberView(
            _attended("t.meeting_id"), public=("id", "meeting_id", "case_id", "position", "phase_minutes")
        ),
    ),
    TableRights(
        "observations",
        griffie=READ,
        raadslid=MemberView(
            _attended("t.meeting_id"),
            public=(
                "id",
                "meeting_id",
                "case_id",
                "phase_key",
                "kind",
                "text",
                "domains",
                "actors",
                "author_role",
                "votes",
                *TIMESTAMPS,
            ),
        ),  # fmt: skip
    ),
    TableRights(
        "governance_questions",
        griffie=Access((SELECT,), update_columns=FOLLOWUP_FIELDS),
        raadslid=MemberView(
            _attended("t.meeting_id"),
            public=(
                "id",
                "meeting_id",
                "case_id",
                "phase_key",
                "text",
                "council_role",
                "theme",
                "addressed_to",
                "instrument",
                "status",
                "due_date",
                "answer",
                "votes",
                *TIMESTAMPS,
                "number",
                "answered_on",
                "answer_reference",
                "owner_kind",
                "route",
            ),
            shown={"owner": PERSON_OWNER},
        ),  # fmt: skip
    ),
    TableRights(
        "actions",
        griffie=Access((SELECT,), update_columns=FOLLOWUP_FIELDS),
        raadslid=MemberView(
            _attended("t.meeting_id"),
            public=(
                "id",
                "meeting_id",
                "case_id",
                "text",
                "due_date",
                "status",
                *TIMESTAMPS,
                "answer",
                "instrument",
                "answered_on",
                "answer_reference",
                "owner_kind",
                "route",
                "number",
            ),
            shown={"owner": PERSON_OWNER},
        ),  # fmt: skip
    ),
    TableRights(
        "taxonomy_terms",
        griffie=READ,
        raadslid=MemberView("true", public=("id", "vocabulary", "code", "label", "position", "active")),
    ),
    TableRights(
        "method_templates",
        griffie=READ,
        raadslid=MemberView("true", public=("id", "name", "description", "is_default", *TIMESTAMPS)),
    ),
    TableRights(
        "template_phases",
        griffie=READ,
        raadslid=MemberView(
            "true",
            public=(
                "id",
                "template_id",
                "position",
                "key",
                "name",
                "minutes",
                "guiding_question",
                "scope",
                "records",
            ),
        ),  # fmt: skip
    ),
    TableRights("alembic_version", griffie=READ, raadslid=READ, gespreksleider=READ),
    TableRights("number_counters", griffie=READ),
    TableRights(
        "session_events",  # finished and reopened: the report's history; who and why are not public
        griffie=READ,
        raadslid=MemberView(
            _attended("t.meeting_id"), public=("id", "meeting_id", "event", "at"), private=("reason", "who")
        ),
    ),
    TableRights("facilitation_runs", griffie=READ),
    TableRights("phase_timings", griffie=READ),
    TableRights("drafts"),
    TableRights("item_changes", griffie=WRITE_ONCE),  # the history of the follow-up fields it changes
    TableRights(
        "publication_waivers",  # what may stay in the public report: the public outcomes need them too
        griffie=Access((SELECT, INSERT, DELETE)),
        raadslid=MemberView(
            _attended("t.meeting_id"),
            public=("id", "meeting_id", "item", "field", "category", "text", "created_at"),
            private=("reason", "decided_by"),
        ),
    ),
    TableRights(  # given out in the publication review of a session's report
        "pseudonyms",
        griffie=Access(
            (SELECT, INSERT), rows={SELECT: PSEUDONYM_SHOWN_TO_GRIFFIE, INSERT: PSEUDONYM_SHOWN_TO_GRIFFIE}
        ),
    ),
    TableRights("search_index", griffie=Access((SELECT,), rows={SELECT: SEARCH_SHOWN_TO_GRIFFIE})),
    # ---- Tables and columns of the branches merged alongside this one (issue 21 points 2 and 4, see the
    # agreed schema). Each line is skipped while its table or column is not there, so they are harmless
    # before the merge and take effect at the next ``casetafel server init`` after it. ----
    TableRights(
        "member_inputs",  # council members' own input: their own rows, new input for a session they attended
        griffie=READ,
        raadslid=Access(
            EVERYTHING,
            rows={
                SELECT: "author_login = current_user",
                INSERT: OWN_NEW_INPUT,
                UPDATE: OWN_NEW_INPUT,
                DELETE: "author_login = current_user AND status = 'nieuw'",
            },
        ),
        gespreksleider=Access(EVERYTHING),
    ),
    TableRights("session_locks", griffie=READ),  # who runs a session now (point 2)
)

# Columns added to existing tables by those branches: where each belongs in the raadslid's views (a
# column that does not exist is left out), and which the griffie may update.
MERGED_PUBLIC_COLUMNS: dict[str, tuple[str, ...]] = {
    table: ("version",)
    for table in (
        "meetings",
        "participants",
        "agenda_items",
        "observations",
        "governance_questions",
        "actions",
        "method_templates",
        "template_phases",
        "taxonomy_terms",
        "cases",
    )  # fmt: skip
} | {
    "observations": ("version", "participant_id"),
    "governance_questions": ("version", "participant_id"),
}
MERGED_SHOWN_COLUMNS: dict[str, dict[str, str]] = {"participants": {"login": OWN.format(column="login")}}
# The outbox's client references (point 5): of no use to a council member, blanked in the views.
MERGED_PRIVATE_COLUMNS: dict[str, tuple[str, ...]] = {
    table: ("client_ref",) for table in ("observations", "governance_questions", "actions")
}
MERGED_GRIFFIE_UPDATES: dict[str, tuple[str, ...]] = {
    "meetings": ("version",),
    "governance_questions": ("version",),
    "actions": ("version",),
}
# Without the participants' login column (before point 4 is merged) a raadslid attended nothing.
LOGIN_COLUMN = ("participants", "login")


def rights_of(table: str) -> TableRights | None:
    return next((rights for rights in TABLES if rights.table == table), None)


def member_view(rights: TableRights) -> MemberView | None:
    """The raadslid's view of a table, with the merged columns added (None: no view)."""
    view = rights.raadslid
    if not isinstance(view, MemberView):
        return None
    extra = MERGED_PUBLIC_COLUMNS.get(rights.table, ())
    shown = dict(view.shown) | MERGED_SHOWN_COLUMNS.get(rights.table, {})
    private = view.private + tuple(
        c for c in MERGED_PRIVATE_COLUMNS.get(rights.table, ()) if c not in view.private
    )
    return MemberView(
        view.rows, view.public + tuple(c for c in extra if c not in view.public), private, shown
    )


def griffie_access(rights: TableRights) -> Access:
    extra = MERGED_GRIFFIE_UPDATES.get(rights.table, ())
    if not rights.griffie.update_columns or not extra:
        return rights.griffie
    return Access(rights.griffie.privileges, rights.griffie.update_columns + extra, rights.griffie.rows)


def access_of(rights: TableRights, role: str) -> Access:
    """What ``role`` may do on the table itself (a raadslid with a view: nothing on the table)."""
    if role == GESPREKSLEIDER:
        return rights.gespreksleider
    if role == GRIFFIE:
        return griffie_access(rights)
    return rights.raadslid if isinstance(rights.raadslid, Access) else Access()
