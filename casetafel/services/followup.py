"""Follow-up across sessions: every governance question and action, what became of it, and its history.

``list_items`` reads all of them at once with plain table queries (a few milliseconds on years of data),
with codes turned into Dutch labels; ``filter_items`` narrows that list in memory, so the Opvolging page
answers a keystroke without asking the database again. ``update_item`` sets the status, the answer and
its date, the council instrument and the reference (and owner and due date), and writes one history row
per changed field: old and new value, when, and who made the change (``services.actor``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, cached_property

from sqlalchemy import Date, Integer, and_, bindparam, case, func, literal, select, union_all

from casetafel.domain.vocabulary import (
    ACTION_STATUS_LABELS,
    ADDRESSEES,
    INSTRUMENT_LABELS,
    QUESTION_STATUS_LABELS,
    ActionStatus,
    FollowUpInstrument,
    QuestionStatus,
    Vocabulary,
)
from casetafel.report.standing import StandingData, StandingItem
from casetafel.services.actor import acting_user
from casetafel.services.concurrency import update_versioned
from casetafel.services.errors import NotFoundError, ValidationError, translates_storage_errors
from casetafel.services.taxonomy import TaxonomyService
from casetafel.storage import tables
from casetafel.storage.engine import Database
from casetafel.storage.tables import utc_now

KIND_QUESTION = "vraag"
KIND_ACTION = "afspraak"
KINDS = (KIND_QUESTION, KIND_ACTION)

# Statuses that still need something; "nog_open" in a filter means any of them.
STILL_OPEN = frozenset({QuestionStatus.OPEN.value, QuestionStatus.IN_PROGRESS.value})
STILL_OPEN_FILTER = "nog_open"
EDITABLE_FIELDS = (
    "status", "answer", "answered_on", "instrument", "answer_reference", "owner", "owner_kind", "route", "due_date",
)  # fmt: skip
OWNER_KINDS = ("", "persoon", "orgaan")  # not recorded, a person, a body or role (stays in public reports)
FIELD_LABELS = {
    "text": "Tekst",
    "status": "Status",
    "answer": "Antwoord",
    "answered_on": "Datum antwoord",
    "instrument": "Instrument",
    "answer_reference": "Verwijzing",
    "owner": "Eigenaar",
    "owner_kind": "Soort eigenaar",
    "route": "Route",
    "due_date": "Uiterlijk",
}
OWNER_KIND_LABELS = {"": "niet vastgelegd", "persoon": "persoon", "orgaan": "orgaan of rol"}


def item_label(kind: str, item_id: int, number: str | None = None) -> str:
    """The label an item is shown with everywhere: its stable number (BV-2026-014, A-2026-031), and
    for a row that has none yet (never, once the schema has numbered every item) its kind and id."""
    return number or f"{'BV' if kind == KIND_QUESTION else 'A'}-{item_id}"


def status_label(kind: str, status: str) -> str:
    labels = QUESTION_STATUS_LABELS if kind == KIND_QUESTION else ACTION_STATUS_LABELS
    return labels.get(status, status)


def status_choices(kind: str) -> list[tuple[str, str]]:
    """(code, label) of the statuses an item of ``kind`` can have."""
    enum = QuestionStatus if kind == KIND_QUESTION else ActionStatus
    return [(member.value, status_label(kind, member.value)) for member in enum]


def instrument_choices() -> list[tuple[str, str]]:
    return [
        (member.value, INSTRUMENT_LABELS.get(member.value, member.value)) for member in FollowUpInstrument
    ]


@dataclass(frozen=True)
class FollowupItem:
    kind: str  # KIND_QUESTION or KIND_ACTION
    id: int
    label: str
    meeting_id: int
    session_title: str
    session_date: date | None
    case_id: int | None
    case_code: str  # empty for an item of the session as a whole
    case_title: str
    phase_key: str
    text: str
    status: str  # code
    status_label: str
    owner: str
    due_date: date | None
    instrument: str  # code
    instrument_label: str
    theme: str  # code (questions only)
    theme_label: str
    council_role: str  # code (questions only)
    council_role_label: str
    addressed_to: str  # label (questions only)
    votes: int
    answer: str
    answered_on: date | None
    answer_reference: str
    overdue: bool
    owner_kind: str = ""  # "", "persoon" or "orgaan"
    route: str = ""  # the committee or council meeting it goes to
    version: int = 1  # the row's version, named when saving (see services.concurrency)

    @cached_property
    def haystack(self) -> str:
        """Lower-case text of everything the free-text filter looks in (made once, when first asked)."""
        parts = (
            self.label, self.text, self.owner, self.answer, self.answer_reference, self.case_code,
            self.case_title, self.session_title, self.theme_label, self.council_role_label,
            self.status_label, self.instrument_label,
        )  # fmt: skip
        return " ".join(parts).casefold()

    @property
    def still_open(self) -> bool:
        return self.status in STILL_OPEN


@dataclass(frozen=True)
class ItemChange:
    field: str
    field_label: str
    old_value: str
    new_value: str
    changed_at: datetime  # UTC
    changed_by: str
    old_text: str = ""  # the values as shown: labels for status and instrument, dates as dd-mm-jjjj
    new_text: str = ""


@dataclass(frozen=True)
class FollowupFilter:
    """What the Opvolging page narrows the list to; empty values mean 'all'."""

    status: str = ""  # a status code, or STILL_OPEN_FILTER
    owner: str = ""  # exact owner
    overdue_only: bool = False
    theme: str = ""
    council_role: str = ""
    meeting_id: int | None = None
    case_id: int | None = None
    kind: str = ""
    text: str = ""  # free text: every word must occur somewhere in the item
    since: date | None = None  # sessions on or after this date


def sort_key(item: FollowupItem) -> tuple:
    """Overdue first (oldest deadline first), then still open by deadline, then the rest; within that the
    newest session first. ``list_items`` sorts the same way in SQL (see ``_items_query``)."""
    due = item.due_date.toordinal() if item.due_date else 10**7
    meeting = item.session_date.toordinal() if item.session_date else 0
    return (not item.overdue, not item.still_open, due, -meeting, item.kind == KIND_ACTION, item.id)


@cache
def _items_query(one_session: bool, limited: bool):
    """Questions and actions as one UNION ALL in ``sort_key`` order (sorting in SQLite is cheap), made
    once; the parameters are ``today``, ``session_id`` and ``limit``."""
    today = bindparam("today", type_=Date)
    meetings, cases = tables.meetings, tables.cases
    parts = []
    for kind, table in ((KIND_QUESTION, tables.governance_questions), (KIND_ACTION, tables.actions)):
        is_question = kind == KIND_QUESTION
        still_open = table.c.status.in_(sorted(STILL_OPEN))
        overdue = and_(table.c.due_date.is_not(None), table.c.due_date < today, still_open)
        empty = literal("")
        query = (
            select(
                literal(kind).label("kind"), table.c.id, table.c.meeting_id, table.c.case_id, table.c.text,
                table.c.status, table.c.owner, table.c.due_date, table.c.instrument, table.c.answer,
                table.c.answered_on, table.c.answer_reference, table.c.number, table.c.owner_kind,
                table.c.route,
                meetings.c.title.label("session_title"),
                meetings.c.starts_at, cases.c.code.label("case_code"), cases.c.title.label("case_title"),
                table.c.phase_key if is_question else empty.label("phase_key"),
                table.c.theme if is_question else empty.label("theme"),
                table.c.council_role if is_question else empty.label("council_role"),
                table.c.addressed_to if is_question else empty.label("addressed_to"),
                table.c.votes if is_question else literal(0).label("votes"),
                case((overdue, 1), else_=0).label("overdue"),
                case((still_open, 1), else_=0).label("still_open"),
                table.c.version,
            )
            .join(meetings, meetings.c.id == table.c.meeting_id)
            .outerjoin(cases, cases.c.id == table.c.case_id)
        )  # fmt: skip
        if one_session:
            query = query.where(table.c.meeting_id == bindparam("session_id"))
        parts.append(query)
    united = union_all(*parts).subquery()
    c = united.c
    ordered = select(united).order_by(
        c.overdue.desc(), c.still_open.desc(), c.due_date.is_(None), c.due_date,
        c.starts_at.is_(None), func.date(c.starts_at).desc(),
        c.kind == KIND_ACTION, c.id,
    )  # fmt: skip
    return ordered.limit(bindparam("limit", type_=Integer)) if limited else ordered


def filter_items(items: Iterable[FollowupItem], wanted: FollowupFilter) -> list[FollowupItem]:
    """The items that pass every filter of ``wanted``, in the order given."""
    words = wanted.text.casefold().split()
    result = []
    for item in items:
        if wanted.status:
            if wanted.status == STILL_OPEN_FILTER:
                if not item.still_open:
                    continue
            elif item.status != wanted.status:
                continue
        if wanted.overdue_only and not item.overdue:
            continue
        if wanted.kind and item.kind != wanted.kind:
            continue
        if wanted.owner and item.owner != wanted.owner:
            continue
        if wanted.theme and item.theme != wanted.theme:
            continue
        if wanted.council_role and item.council_role != wanted.council_role:
            continue
        if wanted.meeting_id is not None and item.meeting_id != wanted.meeting_id:
            continue
        if wanted.case_id is not None and item.case_id != wanted.case_id:
            continue
        if wanted.since is not None and (item.session_date is None or item.session_date < wanted.since):
            continue
        if words and not all(word in item.haystack for word in words):
            continue
        result.append(item)
    return result


def _shown(kind: str, field: str, value: str) -> str:
    """A stored history value as a person reads it."""
    if field == "status":
        return status_label(kind, value)
    if field == "instrument":
        return INSTRUMENT_LABELS.get(value, value)
    if field == "owner_kind":
        return OWNER_KIND_LABELS.get(value, value)
    if field in ("due_date", "answered_on") and value:
        try:
            return date.fromisoformat(value).strftime("%d-%m-%Y")
        except ValueError:
            return value
    return value


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@translates_storage_errors
class FollowupService:
    def __init__(self, db: Database, taxonomy: TaxonomyService, *, today=date.today) -> None:
        self._db = db
        self._taxonomy = taxonomy
        self._today = today  # a function, so tests can fix the day

    # -- reading ------------------------------------------------------------------------------------
    def list_items(
        self, meeting_id: int | None = None, *, limit: int | None = None, labels: dict | None = None
    ) -> list[FollowupItem]:
        """Every governance question and action (of one session when given), in ``sort_key`` order:
        overdue first. With ``limit`` only the first ones, for a first screen before the whole list.
        ``labels`` are the taxonomy labels when the caller has them already."""
        labels = self._taxonomy.all_labels() if labels is None else labels
        themes = labels.get(Vocabulary.THEME.value, {})
        council = labels.get(Vocabulary.COUNCIL_ROLE.value, {})
        addressees = {term.code: term.label for term in ADDRESSEES}
        today = self._today()
        query = _items_query(meeting_id is not None, limit is not None)
        parameters = {"today": today, "session_id": meeting_id, "limit": limit}
        items: list[FollowupItem] = []
        with self._db.reading() as db_session:
            for row in db_session.connection().execute(query, parameters):
                (kind, ident, meeting_id, case_id, text, status, owner, due, instrument, answer, answered_on,
                 reference, number, owner_kind, route, session_title, starts_at, case_code, case_title,
                 phase_key, theme, role, addressed, votes, overdue, _open, version) = row  # fmt: skip
                items.append(
                    FollowupItem(
                        kind, ident, item_label(kind, ident, number), meeting_id, session_title,
                        starts_at.date() if starts_at else None, case_id, case_code or "", case_title or "",
                        phase_key, text, status, status_label(kind, status), owner, due, instrument,
                        INSTRUMENT_LABELS.get(instrument, instrument), theme, themes.get(theme, theme),
                        role, council.get(role, role), addressees.get(addressed, addressed), votes, answer,
                        answered_on, reference, bool(overdue), owner_kind, route, version,
                    )
                )  # fmt: skip
        return items

    def open_from_earlier_sessions(self, meeting_id: int) -> list[FollowupItem]:
        """What is still open from the sessions before this one ("Vorige keer" in the opening), overdue
        first. Sessions without a date count as earlier when this one has a date."""
        meetings = tables.meetings
        with self._db.reading() as db_session:
            starts = db_session.connection().scalar(
                select(meetings.c.starts_at).where(meetings.c.id == meeting_id)
            )
        day = starts.date() if starts else None
        return [
            item
            for item in self.list_items()
            if item.still_open
            and item.meeting_id != meeting_id
            and (day is None or item.session_date is None or item.session_date <= day)
        ]

    def standing_data(
        self,
        *,
        public: bool = False,
        only_open: bool = False,
        since: date | None = None,
        items: list[FollowupItem] | None = None,
    ) -> StandingData:
        """The data of the Stand van zaken report (``items``: these instead of all, e.g. as filtered on the
        Opvolging page). An action has no theme of its own: it is listed under its case's first theme.
        The public variant leaves owners (names) and case titles out."""
        chosen = self.list_items() if items is None else items
        chosen = filter_items(
            chosen, FollowupFilter(status=STILL_OPEN_FILTER if only_open else "", since=since)
        )
        labels = self._taxonomy.all_labels().get(Vocabulary.THEME.value, {})
        case_ids = {item.case_id for item in chosen if item.kind == KIND_ACTION and item.case_id is not None}
        case_themes: dict[int, str] = {}
        if case_ids:
            cases = tables.cases
            with self._db.reading() as db_session:
                query = select(cases.c.id, cases.c.themes).where(cases.c.id.in_(case_ids))
                for ident, themes in db_session.connection().execute(query):
                    case_themes[ident] = labels.get(themes[0], themes[0]) if themes else ""
        municipality = ""
        with self._db.reading() as db_session:
            meetings = tables.meetings
            query = (
                select(meetings.c.municipality)
                .where(meetings.c.municipality != "")
                .order_by(meetings.c.id.desc())
            )
            municipality = db_session.connection().scalar(query.limit(1)) or ""
        shown = _standing_masker(public, self._taxonomy.local_places())
        result = []
        for item in chosen:
            theme = item.theme_label if item.kind == KIND_QUESTION else case_themes.get(item.case_id, "")
            # The public variant keeps owners that are bodies or roles (accountability), never persons.
            owner = item.owner if not public or item.owner_kind == "orgaan" else ""
            result.append(
                StandingItem(
                    item.label, "Bestuurlijke vraag" if item.kind == KIND_QUESTION else "Afspraak", theme,
                    shown(item.text), item.status_label, item.overdue, item.still_open, shown(item.session_title),
                    item.session_date, item.case_code, "" if public else shown(item.case_title),
                    item.instrument_label, shown(owner), item.due_date, shown(item.answer), item.answered_on,
                    shown(item.answer_reference),
                )
            )  # fmt: skip
        return StandingData(tuple(result), public, municipality, since, only_open)

    def get_item(self, kind: str, item_id: int) -> FollowupItem:
        table = _table(kind)
        with self._db.reading() as db_session:
            meeting_id = db_session.connection().scalar(
                select(table.c.meeting_id).where(table.c.id == item_id)
            )
        if meeting_id is None:
            raise NotFoundError(_what(kind), item_id)
        for item in self.list_items(meeting_id):
            if item.kind == kind and item.id == item_id:
                return item
        raise NotFoundError(_what(kind), item_id)  # pragma: no cover - deleted in between

    def history(self, kind: str, item_id: int) -> list[ItemChange]:
        """The changes of one item, oldest first."""
        changes = tables.item_changes
        query = (
            select(changes)
            .where(changes.c.item_kind == kind, changes.c.item_id == item_id)
            .order_by(changes.c.changed_at, changes.c.id)
        )
        with self._db.reading() as db_session:
            return [
                ItemChange(
                    r.field,
                    FIELD_LABELS.get(r.field, r.field),
                    r.old_value,
                    r.new_value,
                    r.changed_at,
                    r.changed_by,
                    _shown(kind, r.field, r.old_value),
                    _shown(kind, r.field, r.new_value),
                )  # fmt: skip
                for r in db_session.connection().execute(query)
            ]

    # -- changing -----------------------------------------------------------------------------------
    def update_item(
        self, kind: str, item_id: int, *, expected_version: int | None = None, was: dict | None = None,
        **changes,
    ) -> FollowupItem:  # fmt: skip
        """Set follow-up fields of one item; every changed field gets a history row (one transaction).
        ``expected_version`` and ``was``: the version and values this client read (``EditConflictError``
        when another client changed the same fields since; see ``services.concurrency``)."""
        values = {name: self._checked(kind, name, value) for name, value in changes.items()}
        with self._db.transaction() as db_session:
            written = write_with_history(
                db_session.connection(), kind, item_id, values, expected_version=expected_version, was=was
            )
            if written is None:
                raise NotFoundError(_what(kind), item_id)
        return self.get_item(kind, item_id)

    @staticmethod
    def _checked(kind: str, name: str, value: object) -> object:
        if name not in EDITABLE_FIELDS:
            raise ValidationError(f"Het veld ‘{name}’ kan in de opvolging niet gewijzigd worden.")
        if name == "status":
            allowed = {code for code, _label in status_choices(kind)}
            if value not in allowed:
                raise ValidationError(f"‘{value}’ is geen status van een {_what(kind).lower()}.")
            return value
        if name == "instrument":
            if value not in {code for code, _label in instrument_choices()}:
                raise ValidationError(f"‘{value}’ is geen instrument van de raad.")
            return value
        if name == "owner_kind":
            if value not in OWNER_KINDS:
                raise ValidationError(f"‘{value}’ is geen soort eigenaar (persoon of orgaan).")
            return value
        if name in ("answered_on", "due_date"):
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise ValidationError("Een datum in de opvolging moet een dag zijn (jjjj-mm-dd).")
            return value
        return "" if value is None else str(value)


def write_with_history(
    connection, kind: str, item_id: int, values: dict, *, expected_version: int | None = None,
    was: dict | None = None,
) -> dict | None:  # fmt: skip
    """Write ``values`` to one question or action (version checked and raised) and a history row for each
    field that changed (by ``acting_user``, now); returns the changed fields, or None when the
    item does not exist."""
    table = _table(kind)
    now, by = utc_now(), acting_user(connection)
    row = update_versioned(
        connection, table, item_id, values, what=_what(kind), expected_version=expected_version, was=was,
        labels=FIELD_LABELS, changed_by=lambda: last_changed_by(connection, kind, item_id),
        also={"updated_at": now},
    )  # fmt: skip
    if row is None:
        return None
    changed = {name: value for name, value in values.items() if getattr(row, name) != value}
    if changed:
        connection.execute(
            tables.item_changes.insert(),
            [
                {
                    "item_kind": kind, "item_id": item_id, "field": name,
                    "old_value": _as_text(getattr(row, name)), "new_value": _as_text(value),
                    "changed_at": now, "changed_by": by,
                }
                for name, value in changed.items()
            ],
        )  # fmt: skip
    return changed


def last_changed_by(connection, kind: str, item_id: int) -> str:
    """Who made the newest change in the history of one item ("" when none is kept)."""
    changes = tables.item_changes
    return (
        connection.scalar(
            select(changes.c.changed_by)
            .where(changes.c.item_kind == kind, changes.c.item_id == item_id)
            .order_by(changes.c.changed_at.desc(), changes.c.id.desc())
            .limit(1)
        )
        or ""
    )


def _table(kind: str):
    if kind == KIND_QUESTION:
        return tables.governance_questions
    if kind == KIND_ACTION:
        return tables.actions
    raise ValidationError(f"‘{kind}’ is geen soort item in de opvolging (vraag of afspraak).")


def _what(kind: str) -> str:
    return "Bestuurlijke vraag" if kind == KIND_QUESTION else "Afspraak"


def _standing_masker(public: bool, local_places) -> Callable[[str], str]:
    """What the Stand van zaken prints of a typed text: hard identifiers (BSN, IBAN, phone, …) are masked
    in both variants, every possible identifier in the public one (as in the public session report)."""
    from casetafel.anonymisation.masking import mask_findings, mask_hard

    if not public:
        return mask_hard
    places = tuple(local_places)
    return lambda text: mask_findings(text, local_places=places) if text else text
