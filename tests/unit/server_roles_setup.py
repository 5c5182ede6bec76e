"""A shared test database with the roles set up, three sessions and a login per role (made with the
command ``casetafel server add-user``, the password piped), for the role tests."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from casetafel.services.container import Services
from casetafel.services.pseudonyms import case_scope
from casetafel.storage.server import engine_url

PASSWORD = "tafel-wachtwoord-1"
_numbers = itertools.count(1)

# What a raadslid must never read anywhere, and what the griffie must not read of a case in preparation.
SECRETS = {
    "prepared_description": "VOORBEREIDINGSGEHEIM over de familie",
    "prepared_title": "Casus in voorbereiding TITELVOORB",
    "held_description": "BESCHRIJVINGGEHEIM van mevrouw A.",
    "held_title": "Besproken casus TITELGEHEIM",
    "other_title": "Andere casus TITELANDERS",
    "other_description": "ANDERSGEHEIM beschrijving",
    "wethouder": "Pieter Bosgeheim",
    "other_member": "Raadslid Elders",
    "person_owner": "Jan Jansengeheim",
    "other_observation": "OBSERVATIE van een andere tafel",
    "facilitator": "Gespreksleider Geheimnaam",
    "notes": "NOTITIEGEHEIM",
    "prepared_pseudonym": "Prinsgeheim",
    "held_pseudonym": "Heldgeheim",
}


@dataclass
class RolesWorld:
    admin: str  # SQLAlchemy address of the administrator
    logins: dict[str, str]  # role -> login name
    attended: int  # session the raadslid attended (finished)
    elsewhere: int  # finished session without the raadslid
    planned: int  # session in preparation (with the raadslid listed)
    prepared_case: int
    held_case: int
    question: int  # of the attended session, owner a person
    action: int  # of the attended session, owner a body
    other_question: int

    def address(self, role: str) -> str:
        """The SQLAlchemy address of the login of ``role`` (with its password)."""
        url = make_url(self.admin).set(username=self.logins[role], password=PASSWORD)
        return url.render_as_string(hide_password=False)

    def libpq(self, role: str) -> str:
        """The same as a plain libpq URL (for psycopg, as a person with psql would connect)."""
        return make_url(self.address(role)).set(drivername="postgresql").render_as_string(hide_password=False)


def run_cli(*args: str, home: Path, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, CASETAFEL_HOME=str(home), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "casetafel", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def fill(services: Services) -> dict[str, int]:
    """Three sessions: one attended and finished, one finished elsewhere, one in preparation."""
    cases, meetings, records = services.cases, services.meetings, services.records
    prepared = cases.create_case(SECRETS["prepared_title"], SECRETS["prepared_description"])
    held = cases.create_case(SECRETS["held_title"], SECRETS["held_description"])
    other = cases.create_case(SECRETS["other_title"], SECRETS["other_description"])
    for case in (held, other):
        cases.confirm_anonymisation(case.id, "Griffier")
    for case, name in ((prepared, "prepared_pseudonym"), (held, "held_pseudonym")):
        services.pseudonyms.letter_for(case_scope(case.id), SECRETS[name])
    attended = meetings.create_meeting("Tafel schulden", facilitator=SECRETS["facilitator"])
    meetings.update_meeting(attended.id, notes=SECRETS["notes"])
    elsewhere = meetings.create_meeting("Tafel elders")
    planned = meetings.create_meeting("Tafel in voorbereiding")
    member = meetings.add_participant(attended.id, "raadslid", "Ingrid Hoekstra", "Lokaal Belang")
    meetings.add_participant(attended.id, "wethouder", SECRETS["wethouder"])
    meetings.add_participant(elsewhere.id, "raadslid", SECRETS["other_member"])
    planned_member = meetings.add_participant(planned.id, "raadslid", "Ingrid Hoekstra")
    meetings.add_to_agenda(attended.id, held.id)
    meetings.add_to_agenda(elsewhere.id, other.id)
    meetings.add_to_agenda(planned.id, prepared.id)
    records.record_observation(attended.id, held.id, "signaal", "Regels botsen bij de overgang naar 18")
    records.record_observation(elsewhere.id, other.id, "signaal", SECRETS["other_observation"])
    question = records.record_question(
        attended.id, held.id, "Hoe vaak gebeurt dit?", owner=SECRETS["person_owner"], owner_kind="persoon"
    )
    action = records.record_action(
        attended.id, held.id, "Brief aan het college", owner="college", owner_kind="orgaan"
    )
    other_question = records.record_question(elsewhere.id, other.id, "Een vraag van elders")
    for meeting in (attended, elsewhere):
        services.meetings.set_status(meeting.id, "afgerond")
    return {
        "attended": attended.id,
        "elsewhere": elsewhere.id,
        "planned": planned.id,
        "prepared_case": prepared.id,
        "held_case": held.id,
        "question": question.id,
        "action": action.id,
        "other_question": other_question.id,
        "member": member.id,
        "planned_member": planned_member.id,
    }


def make_world(admin_address: str, home: Path) -> RolesWorld:
    admin = create_engine(engine_url(admin_address))
    services = Services.open(admin_address)
    try:
        ids = fill(services)
    finally:
        services.close()
    suffix = f"{os.getpid()}_{next(_numbers)}"
    logins = {role: f"t{suffix}_{role}" for role in ("gespreksleider", "griffie", "raadslid")}
    with admin.begin() as connection:
        for key in ("member", "planned_member"):
            connection.execute(
                text("UPDATE participants SET login = :login WHERE id = :id"),
                {"login": logins["raadslid"], "id": ids[key]},
            )
    admin.dispose()
    libpq = make_url(admin_address).set(drivername="postgresql").render_as_string(hide_password=False)
    made = run_cli("server", "init", "--db", libpq, home=home)
    assert made.returncode == 0, made.stderr
    for role, login in logins.items():
        added = run_cli(
            "server", "add-user", login, "--role", role, "--db", libpq, home=home, stdin=PASSWORD + "\n"
        )
        assert added.returncode == 0, added.stderr
    world_ids = {key: value for key, value in ids.items() if key not in ("member", "planned_member")}
    return RolesWorld(admin=admin_address, logins=logins, **world_ids)


def drop_logins(world: RolesWorld) -> None:
    admin = create_engine(engine_url(world.admin), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for login in world.logins.values():
            connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    admin.dispose()
