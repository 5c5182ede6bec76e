"""Arbitrary Unicode through every service write and back, unchanged (control characters, RTL, emoji,
markup, very long strings)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetafel.services.container import Services
from casetafel.services.errors import StorageFailedError
from casetafel.storage.errors import StorageError, WriteError

# Every code point except lone surrogates, which no UTF-8 file can hold (they are refused, see below).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=300).filter(str.strip)
SPECIAL = st.sampled_from(
    [
        "<b>vet</b> & <i>schuin</i> <weet niet>",
        "<img src='/etc/passwd'/>",
        "\u202eRTL-omkering\u202c en \u05e9\u05dc\u05d5\u05dd",
        "👩‍👩‍👧‍👦 gezin 🏚️ € 1.250,-",
        "regel\r\nregel\x00nul\x07bel\x1b[31m",
        "Ĳsselmeer ĳs coördinatie ïdee",
        "=1+2;@SUM(A1)",
    ]
)
TEXT = st.one_of(ANY_TEXT, SPECIAL)


@pytest.fixture(scope="module")
def shared_services(tmp_path_factory) -> Services:
    services = Services.open(Path(tmp_path_factory.mktemp("hostile")) / "hostile.sqlite")
    yield services
    services.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, description=TEXT, name=TEXT, party=TEXT, observation=TEXT, question=TEXT, answer=TEXT,
       action=TEXT, owner=TEXT)  # fmt: skip
def test_every_write_round_trips(
    shared_services: Services, title, description, name, party, observation, question, answer, action, owner
) -> None:
    services = shared_services
    case = services.cases.create_case(title, description)
    assert services.cases.get_case(case.id).title == title
    assert services.cases.get_case(case.id).description == description
    meeting = services.meetings.create_meeting(title, location=description, facilitator=name, notes=answer)
    stored = services.meetings.get_meeting(meeting.id)
    assert (stored.title, stored.location, stored.facilitator, stored.notes) == (
        title,
        description,
        name,
        answer,
    )
    participant = services.meetings.add_participant(meeting.id, "raadslid", name, party)
    assert (participant.name, participant.party) == (name, party)
    recorded = services.records.record_observation(meeting.id, case.id, "schot", observation)
    assert services.records.list_observations(meeting.id)[0].text == observation == recorded.text
    q = services.records.record_question(meeting.id, case.id, question, owner=owner, answer=answer)
    assert services.records.list_questions(meeting.id)[0] == q
    assert (q.text, q.owner, q.answer) == (question, owner, answer)
    a = services.records.record_action(meeting.id, case.id, action, owner=owner, due_date=date(2027, 1, 1))
    assert services.records.list_actions(meeting.id)[0].text == action == a.text
    services.meetings.delete_meeting(meeting.id)


def test_texts_up_to_the_limits_round_trip_and_a_megabyte_is_refused(
    services: Services, planned_meeting
) -> None:
    from casetafel.storage.limits import MAX_OBSERVATION_CHARS, MAX_TEXT_CHARS

    sample = "Lange tekst met ë, € en <markup> & meer. " * 30_000
    case_text, observation = sample[:MAX_TEXT_CHARS], sample[:MAX_OBSERVATION_CHARS]
    case = services.cases.create_case("Groot", case_text)
    assert services.cases.get_case(case.id).description == case_text
    recorded = services.records.record_observation(planned_meeting.id, None, "signaal", observation)
    assert services.records.list_observations(planned_meeting.id)[0].text == observation == recorded.text
    with pytest.raises(StorageFailedError) as raised:  # issue 14: a megabyte is refused, not stored
        services.cases.create_case("Te groot", sample[:1_000_000])
    assert "te lang" in str(raised.value)
    assert isinstance(raised.value.storage_error, StorageError)


def test_lone_surrogates_are_refused_with_a_dutch_message(services: Services) -> None:
    with pytest.raises(StorageFailedError) as raised:  # the storage layer's WriteError, as a ServiceError
        services.cases.create_case("kapot \ud800 teken", "tekst")
    assert "niet opgeslagen" in str(raised.value)
    assert isinstance(raised.value.storage_error, WriteError)
    assert services.cases.list_cases() == []
