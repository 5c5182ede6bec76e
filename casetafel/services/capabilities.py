"""What this login may do in the program: one answer, derived from its role on a shared database.

PostgreSQL enforces the rights itself (``storage.server_roles``); this says the same in the program's own
terms, so a window offers only what will be allowed instead of refusing it afterwards. On a file, and for
the server's administrator (``Services.role`` None), and for a gespreksleider: everything. The griffie
reads everything it can see, searches, makes reports, and changes only the follow-up fields of questions
and actions and the document control of a session's report. A raadslid works in its own *Mijn inbreng*
window and may change nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from casetafel.storage.server_roles import GESPREKSLEIDER, GRIFFIE, RAADSLID


@dataclass(frozen=True)
class Capabilities:
    """``role``: the login's role (None: a file or the administrator). Each flag is one kind of change."""

    role: str | None
    plan_sessions: bool  # new, delete and import sessions; details, participants and agenda
    edit_cases: bool  # new, delete and archive cases; texts, facts, anonymisation
    edit_methods: bool  # method templates and their phases
    run_table: bool  # Tafel leiden, reopen a finished session, input on behalf of a participant
    edit_outcomes: bool  # Uitkomsten: the recorded texts, owners and due dates, deleting an item
    review_member_input: bool  # accept or reject a council member's input
    update_followup: bool  # Opvolging: status, answer, dates, instrument, reference, owner, route
    document_control: bool  # the report's concept/definitief, version, adoption, addressee, kenmerk
    make_reports: bool  # preview, export and print the session report and the Stand van zaken

    @property
    def read_only(self) -> bool:
        """True when some of the program's records may be read but not changed by this login."""
        return not (self.plan_sessions and self.edit_cases and self.edit_methods)


EVERYTHING = Capabilities(
    role=None,
    plan_sessions=True,
    edit_cases=True,
    edit_methods=True,
    run_table=True,
    edit_outcomes=True,
    review_member_input=True,
    update_followup=True,
    document_control=True,
    make_reports=True,
)
NOTHING = Capabilities(
    role=None,
    plan_sessions=False,
    edit_cases=False,
    edit_methods=False,
    run_table=False,
    edit_outcomes=False,
    review_member_input=False,
    update_followup=False,
    document_control=False,
    make_reports=False,
)
GRIFFIE_MAY = replace(NOTHING, update_followup=True, document_control=True, make_reports=True)
_BY_ROLE = {GESPREKSLEIDER: EVERYTHING, GRIFFIE: GRIFFIE_MAY, RAADSLID: NOTHING}


def capabilities_for(role: str | None) -> Capabilities:
    """What a login of ``role`` may do (None: a file or the administrator: everything). An unknown role
    may do nothing: a login the program does not know gets no controls it cannot use."""
    if role is None:
        return EVERYTHING
    return replace(_BY_ROLE.get(role, NOTHING), role=role)
