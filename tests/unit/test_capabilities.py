"""What a login may do in the program (``Services.capabilities``), per role on the test server and on a
file, and that it never promises a change PostgreSQL refuses (``storage.server_roles``)."""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

import pytest

from casetafel.services.capabilities import EVERYTHING, Capabilities, capabilities_for
from casetafel.services.container import Services
from casetafel.storage import server_roles
from tests.unit.server_roles_setup import RolesWorld, drop_logins, make_world

SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
needs_server = pytest.mark.skipif(not SERVER, reason="geen testserver (CASETAFEL_TEST_POSTGRES)")
FLAGS = [flag.name for flag in fields(Capabilities) if flag.name != "role"]
GRIFFIE_MAY = {"update_followup", "document_control", "make_reports"}


@pytest.fixture
def world(server_database: str, private_home: Path):
    made = make_world(server_database, private_home)
    yield made
    drop_logins(made)


def allowed(capabilities: Capabilities) -> set[str]:
    return {flag for flag in FLAGS if getattr(capabilities, flag)}


@pytest.mark.sqlite_only
def test_on_a_file_everything_is_allowed(services: Services) -> None:
    assert services.role is None
    assert services.capabilities == EVERYTHING
    assert allowed(services.capabilities) == set(FLAGS) and not services.capabilities.read_only


def test_each_role_gets_its_own_capabilities() -> None:
    assert capabilities_for(None) == EVERYTHING
    assert allowed(capabilities_for("gespreksleider")) == set(FLAGS)
    griffie = capabilities_for("griffie")
    assert allowed(griffie) == GRIFFIE_MAY and griffie.read_only and griffie.role == "griffie"
    assert allowed(capabilities_for("raadslid")) == set()
    assert allowed(capabilities_for("onbekend")) == set()  # an unknown role is offered nothing


def test_the_griffie_is_promised_only_what_postgresql_lets_it_write() -> None:
    def griffie(table: str) -> server_roles.Access:
        return server_roles.rights_of(table).griffie

    for table in ("governance_questions", "actions"):
        assert set(server_roles.FOLLOWUP_FIELDS) <= set(griffie(table).update_columns)
        assert "text" not in griffie(table).update_columns  # the recorded text is not the griffie's
    assert set(server_roles.DOCUMENT_CONTROL) <= set(griffie("meetings").update_columns)
    assert "title" not in griffie("meetings").update_columns
    for table in ("meetings", "cases", "participants", "agenda_items", "method_templates", "observations"):
        assert not {"INSERT", "DELETE"} & set(griffie(table).privileges), table
    assert "UPDATE" not in griffie("member_inputs").privileges
    assert server_roles.INSERT in griffie("item_changes").privileges  # the follow-up history


@needs_server
def test_every_login_on_the_server_gets_the_capabilities_of_its_role(world: RolesWorld) -> None:
    for role, expected in (
        ("gespreksleider", set(FLAGS)),
        ("griffie", GRIFFIE_MAY),
        ("raadslid", set()),
    ):
        services = Services.open(world.address(role))
        try:
            assert services.role == role
            assert services.capabilities.role == role
            assert allowed(services.capabilities) == expected, role
        finally:
            services.close()
    administrator = Services.open(world.admin)
    try:
        assert administrator.capabilities == EVERYTHING  # the owner may do everything
    finally:
        administrator.close()
