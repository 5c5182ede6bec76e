"""The tables of casetafel as SQLAlchemy Core ``Table`` objects: the schema in one place.

The ORM classes in ``models`` are mapped onto these tables. Reading needs only the tables, so the start
of the program (sessions list, the shown session, its method) runs plain table queries and never loads
the ORM classes: making the 13 mapped classes costs about as much again as these tables themselves.

A session of the case table is called ``meetings`` here, to keep it apart from a database session.
Multi-valued codes (domains, life areas, who can act) are JSON lists of taxonomy codes. Every row that
a person edits has ``created_at`` and ``updated_at`` in UTC. ``tests/unit/test_migrations.py`` checks
that these tables match what the migrations make.
"""

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _timestamps() -> tuple[Column, Column]:
    return (
        Column("created_at", DateTime, nullable=False, default=utc_now),
        Column("updated_at", DateTime, nullable=False, default=utc_now, onupdate=utc_now),
    )


def _text(name: str, length: int | None = None, **options) -> Column:
    """A text column that is never NULL (empty text instead)."""
    return Column(name, String(length) if length else Text, nullable=False, **options)


def _meeting_id(ondelete: str = "CASCADE", **options) -> Column:
    return Column(
        "meeting_id", Integer, ForeignKey("meetings.id", ondelete=ondelete), nullable=False, **options
    )


def _case_id(ondelete: str = "RESTRICT") -> Column:
    return Column("case_id", Integer, ForeignKey("cases.id", ondelete=ondelete), nullable=True, index=True)


def _participant_id() -> Column:
    return Column(
        "participant_id",
        Integer,
        ForeignKey("participants.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
    )


def _version() -> Column:
    """The row's version (revision 0012): raised on every update, so a save over a newer row is noticed."""
    return Column("version", Integer, nullable=False, default=1, server_default="1")


def _json_list(name: str) -> Column:
    return Column(name, JSON, nullable=False, default=list)


taxonomy_terms = Table(
    "taxonomy_terms",
    metadata,
    _id(),
    _text("vocabulary", 40, index=True),
    _text("code", 60),
    _text("label", 200),
    Column("position", Integer, nullable=False, default=0),
    Column("active", Boolean, nullable=False, default=True),
    UniqueConstraint("vocabulary", "code", name="uq_taxonomy_terms_vocabulary_code"),
    _version(),
)

method_templates = Table(
    "method_templates",
    metadata,
    _id(),
    _text("name", 200, unique=True),
    _text("description", default=""),
    Column("is_default", Boolean, nullable=False, default=False),
    *_timestamps(),
    _version(),
)

template_phases = Table(
    "template_phases",
    metadata,
    _id(),
    Column(
        "template_id",
        Integer,
        ForeignKey("method_templates.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("position", Integer, nullable=False),
    _text("key", 60),
    _text("name", 200),
    Column("minutes", Integer, nullable=False),
    _text("guiding_question", default=""),
    _text("scope", 20),
    _text("records", 30),
    _version(),
)

cases = Table(
    "cases",
    metadata,
    _id(),
    _text("code", 40, unique=True),
    _text("title", default=""),
    _text("description", default=""),
    _json_list("domains"),
    _json_list("life_areas"),
    _json_list("themes"),
    _text("age_band", 20, default=""),
    _text("household_type", 60, default=""),
    _text("presenter_role", 60, default=""),
    _text("anonymisation_confirmed_by", 200, default=""),
    Column("anonymisation_confirmed_at", DateTime, nullable=True, default=None),
    Column("anonymisation_open_findings", Integer, nullable=False, default=0),
    _json_list("anonymisation_waivers"),
    Column("description_removed_at", DateTime, nullable=True, default=None),
    Column("archived", Boolean, nullable=False, default=False, index=True),
    *_timestamps(),
    _version(),
)

meetings = Table(
    "meetings",
    metadata,
    _id(),
    _text("title", default=""),
    Column("starts_at", DateTime, nullable=True, default=None, index=True),
    Column("ends_at", DateTime, nullable=True, default=None),
    _text("location", default=""),
    _text("municipality", default=""),
    _text("facilitator", default=""),
    Column(
        "template_id",
        Integer,
        ForeignKey("method_templates.id", ondelete="SET NULL"),
        nullable=True,
        default=None,
    ),
    _text("status", 20, default="gepland", index=True),
    _text("notes", default=""),
    _text("evaluation", default=""),
    *_timestamps(),
    # document control of the report (revision 0006)
    _text("doc_status", 20, default="concept", server_default="concept"),
    _text("doc_version", 20, default="", server_default=""),
    Column("adopted_on", Date, nullable=True, default=None),
    _text("addressee", default="", server_default=""),
    _text("griffie_contact", default="", server_default=""),
    _text("reference", default="", server_default=""),
    _version(),
)

participants = Table(
    "participants",
    metadata,
    _id(),
    _meeting_id(index=True),
    Column("position", Integer, nullable=False, default=0),
    _text("role", 60),
    _text("name", default=""),
    _text("party", default=""),
    Column("present", Boolean, nullable=False, default=True),
    _text("login", default="", server_default=""),  # server login of a council member (revision 0009)
    _version(),
)

agenda_items = Table(
    "agenda_items",
    metadata,
    _id(),
    _meeting_id(index=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("position", Integer, nullable=False, default=0),
    Column("phase_minutes", JSON, nullable=False, default=dict),
    UniqueConstraint("meeting_id", "case_id", name="uq_agenda_items_meeting_case"),
    _version(),
)


def _client_ref(table: str) -> tuple:
    """The UUID a program gave a captured line before sending it (revision 0011): a line sent twice from
    the outbox is stored once. NULL for lines that never went through an outbox."""
    return Column("client_ref", Text, nullable=True), Index(
        f"ix_{table}_client_ref", "client_ref", unique=True
    )


observations = Table(
    "observations",
    metadata,
    _id(),
    _meeting_id(index=True),
    _case_id(),
    _text("phase_key", 60, default=""),
    _text("kind", 60),
    _text("text"),
    _json_list("domains"),
    _json_list("actors"),
    _text("author_role", 60, default=""),
    Column("votes", Integer, nullable=False, default=0),
    *_timestamps(),
    _participant_id(),  # who said it, from the attendance list (revision 0009)
    *_client_ref("observations"),
    _version(),
)

governance_questions = Table(
    "governance_questions",
    metadata,
    _id(),
    _meeting_id(index=True),
    _case_id(),
    _text("phase_key", 60, default=""),
    _text("text"),
    _text("council_role", 60, default=""),
    _text("theme", 60, default=""),
    _text("addressed_to", 60, default=""),
    _text("instrument", 40, default="geen"),
    _text("status", 30, default="open", index=True),
    _text("owner", default=""),
    Column("due_date", Date, nullable=True, default=None),
    _text("answer", default=""),
    Column("votes", Integer, nullable=False, default=0),
    *_timestamps(),
    Column("number", String(20), nullable=True, default=None),
    Index("ix_governance_questions_number", "number", unique=True),
    Column("answered_on", Date, nullable=True, default=None),  # follow-up (0007): date of the answer
    _text("answer_reference", default=""),  # a link or the reference of the college's letter
    _text("owner_kind", 20, default="", server_default=""),  # "", "persoon", "orgaan" (revision 0006)
    _text("route", default="", server_default=""),
    _participant_id(),  # who asked it, from the attendance list (revision 0009)
    *_client_ref("governance_questions"),
    _version(),
)

actions = Table(
    "actions",
    metadata,
    _id(),
    _meeting_id(index=True),
    _case_id(),
    _text("text"),
    _text("owner", default=""),
    Column("due_date", Date, nullable=True, default=None),
    _text("status", 30, default="open", index=True),
    *_timestamps(),
    # follow-up (0007): what came of the action, the council instrument used, when and where to find it
    _text("answer", default=""),
    _text("instrument", 40, default="geen"),
    Column("answered_on", Date, nullable=True, default=None),
    _text("answer_reference", default=""),
    _text("owner_kind", 20, default="", server_default=""),  # "", "persoon", "orgaan" (revision 0006)
    _text("route", default="", server_default=""),
    Column("number", String(20), nullable=True, default=None),
    Index("ix_actions_number", "number", unique=True),
    *_client_ref("actions"),
    _version(),
)

# The last number given out per series ("BV" governance questions, "A" actions) and calendar year: a
# number (BV-2026-014) is given once, when the item is recorded, and never again, even after a delete.
number_counters = Table(
    "number_counters",
    metadata,
    Column("series", String(4), nullable=False),
    Column("year", Integer, nullable=False),
    Column("last", Integer, nullable=False, default=0),
    PrimaryKeyConstraint("series", "year", name="pk_number_counters"),
)

# What happened to a session after it was held: finished, reopened (with the reason), by whom (the
# server login, on a file the operating-system user name) and when (UTC).
session_events = Table(
    "session_events",
    metadata,
    _id(),
    _meeting_id(index=True),
    _text("event", 30),
    _text("reason", default=""),
    _text("who", 200, default=""),
    Column("at", DateTime, nullable=False, default=utc_now),
)

# Where a running session stands: the current step of the method and whether its timer runs. Saved on
# every change during "Tafel leiden", so a session can be resumed after a crash.
facilitation_runs = Table(
    "facilitation_runs",
    metadata,
    _id(),
    _meeting_id(unique=True),
    _text("step_key", 80, default=""),
    Column("running", Boolean, nullable=False, default=False),
    Column("vote_budget", Integer, nullable=False, default=3),
    Column("started_at", DateTime, nullable=False, default=utc_now),
    Column("updated_at", DateTime, nullable=False, default=utc_now, onupdate=utc_now),
    Column("finished_at", DateTime, nullable=True, default=None),
)

# The planned and the actually spent time of one step (a phase, for one case or the session).
phase_timings = Table(
    "phase_timings",
    metadata,
    _id(),
    _meeting_id(index=True),
    _text("step_key", 80),
    _case_id(ondelete="CASCADE"),
    _text("phase_key", 60, default=""),
    Column("planned_seconds", Integer, nullable=False, default=0),
    Column("elapsed_seconds", Float, nullable=False, default=0.0),
    Column("extra_seconds", Integer, nullable=False, default=0),
    Column("updated_at", DateTime, nullable=False, default=utc_now, onupdate=utc_now),
    UniqueConstraint("meeting_id", "step_key", name="uq_phase_timings_meeting_step"),
)

# Text that is being typed (the capture line, notes), saved every second so a crash loses nothing.
drafts = Table(
    "drafts",
    metadata,
    _id(),
    _meeting_id(index=True),
    _text("field", 60),
    _text("text", default=""),
    Column("updated_at", DateTime, nullable=False, default=utc_now, onupdate=utc_now),
    UniqueConstraint("meeting_id", "field", name="uq_drafts_meeting_field"),
)

# Every change made in the follow-up of a governance question or an action (status, answer, date,
# instrument, reference, owner, due date): which field, the old and new value as text, when (UTC) and by
# whom (the server login, on a file the operating-system user name). ``item_kind`` is "vraag" or "afspraak"; there is no foreign key,
# so the history of an item outlives a mistaken delete.
item_changes = Table(
    "item_changes",
    metadata,
    _id(),
    _text("item_kind", 20),
    Column("item_id", Integer, nullable=False),
    _text("field", 40),
    _text("old_value", default=""),
    _text("new_value", default=""),
    Column("changed_at", DateTime, nullable=False, default=utc_now),
    _text("changed_by", default=""),
    Index("ix_item_changes_item", "item_kind", "item_id"),
)

# Findings in a session's texts that a person decided may stay in the public report (soft kinds only:
# names, places, ...; hard identifiers are always masked), with who, why and when.
publication_waivers = Table(
    "publication_waivers",
    metadata,
    _id(),
    _meeting_id(index=True),
    _text("item", 80),
    _text("field", 40),
    _text("category", 30),
    _text("text"),
    _text("reason"),
    _text("decided_by", 200, default=""),
    Column("created_at", DateTime, nullable=False, default=utc_now),
)

# Who runs a session ("Tafel leiden") now: the login or operating-system user, the computer, since when,
# and the last sign of life (revision 0012). A lock without a recent heartbeat may be taken over.
session_locks = Table(
    "session_locks",
    metadata,
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("holder", String(200), nullable=False),
    Column("host", String(200), nullable=False),
    Column("acquired_at", DateTime, nullable=False, default=utc_now),
    Column("heartbeat_at", DateTime, nullable=False, default=utc_now),
    PrimaryKeyConstraint("meeting_id", name="pk_session_locks"),
)

# Initial pseudonyms ("mevrouw A.") given to persons, per case ("casus 12") or per session for items
# without a case ("bijeenkomst 7"), so the same person gets the same letter in the case and its items.
pseudonyms = Table(
    "pseudonyms",
    metadata,
    _id(),
    _text("scope", 40),
    _text("name_key", 200),
    _text("letter", 8),
    Column("created_at", DateTime, nullable=False, default=utc_now),
    UniqueConstraint("scope", "name_key", name="uq_pseudonyms_scope_name_key"),
)

# What a council member adds after a session ("Mijn inbreng"): an insight ("wat neem ik mee"), a question
# for the follow-up or a comment on a follow-up item (``question_id``/``action_id``). It waits for the
# facilitator (status "nieuw") and reaches the report only once accepted; ``record_kind``/``record_id``
# name the observation or governance question it became (revision 0009).
member_inputs = Table(
    "member_inputs",
    metadata,
    _id(),
    _meeting_id(index=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="SET NULL"), nullable=True),
    Column("question_id", Integer, ForeignKey("governance_questions.id", ondelete="SET NULL"), nullable=True),
    Column("action_id", Integer, ForeignKey("actions.id", ondelete="SET NULL"), nullable=True),
    Column("participant_id", Integer, ForeignKey("participants.id", ondelete="SET NULL"), nullable=True),
    _text("author_login", default="", server_default=""),
    _text("author_name", default="", server_default=""),
    _text("kind", 20),
    _text("text"),
    _text("status", 20, default="nieuw", server_default="nieuw", index=True),
    _text("decided_by", default="", server_default=""),
    Column("decided_at", DateTime, nullable=True, default=None),
    _text("record_kind", 20, default="", server_default=""),
    Column("record_id", Integer, nullable=True, default=None),
    *_timestamps(),
    _version(),
)
