"""What happened to a session after it was held: finished, reopened with a reason; who (the
server login, on a file the operating-system user name) and when. A reopened session's report is a revised version ("herziene
versie") of the date it was last reopened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import insert, select

from casetafel.services.actor import acting_user
from casetafel.storage import tables
from casetafel.storage.tables import utc_now


class SessionEventKind(StrEnum):
    FINISHED = "afgerond"
    REOPENED = "heropend"


@dataclass(frozen=True)
class SessionEvent:
    meeting_id: int
    event: str
    reason: str
    who: str
    at: datetime  # UTC


def add_event(connection, meeting_id: int, event: SessionEventKind, reason: str = "", *, who: str | None = None,
              at: datetime | None = None) -> None:  # fmt: skip
    connection.execute(
        insert(tables.session_events).values(
            meeting_id=meeting_id,
            event=event.value,
            reason=reason,
            who=acting_user(connection) if who is None else who,
            at=at or utc_now(),
        )  # fmt: skip
    )


def events_of(connection, meeting_id: int) -> list[SessionEvent]:
    t = tables.session_events
    rows = connection.execute(select(t).where(t.c.meeting_id == meeting_id).order_by(t.c.at, t.c.id))
    return [SessionEvent(r.meeting_id, r.event, r.reason, r.who, r.at) for r in rows]
