"""Lists refresh when another client changes something: PostgreSQL's NOTIFY reaches the listener of the
first client within two seconds; this program's own changes are left out; on SQLite nothing listens."""

from __future__ import annotations

import queue

import pytest

from casetafel.services.container import Services
from casetafel.storage.notifications import Change, listen_for_changes


def test_payloads_are_parsed() -> None:
    assert Change.parse("cases:12:") == Change("cases", 12, None)
    assert Change.parse("observations:3:7") == Change("observations", 3, 7)
    assert Change.parse("nonsense") is None


def test_on_sqlite_nothing_listens(services, backend) -> None:
    if backend != "sqlite":
        pytest.skip("about SQLite")
    assert listen_for_changes(services.db, lambda change: None) is None


def test_a_change_by_another_client_arrives_within_two_seconds(services, backend, planned_meeting) -> None:
    if backend != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    heard: queue.Queue[Change] = queue.Queue()
    listener = listen_for_changes(services.db, heard.put)
    other = Services.open(services.address)
    try:
        services.cases.update_case(planned_meeting.agenda[0].case_id, title="Eigen wijziging")  # not heard
        observation = other.records.record_observation(
            planned_meeting.id, None, "signaal", "Lange wachtlijst"
        )
        change = heard.get(timeout=2)
        assert change == Change("observations", observation.id, planned_meeting.id)
        other.meetings.update_meeting(planned_meeting.id, notes="Van de ander")
        assert heard.get(timeout=2) == Change("meetings", planned_meeting.id, planned_meeting.id)
        other.cases.update_case(planned_meeting.agenda[1].case_id, title="Andere titel")
        assert heard.get(timeout=2) == Change("cases", planned_meeting.agenda[1].case_id, None)
        assert heard.empty()  # the own change above was left out
    finally:
        other.close()
        listener.stop()
    assert not listener.running
