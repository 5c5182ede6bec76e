"""Two people, one record: two clients (two ``Services`` on the same file) save the same row."""

from __future__ import annotations

import pytest

from casetafel.domain.records import RecordKind
from casetafel.services.concurrency import EditConflictError, conflicting_fields
from casetafel.services.container import Services
from casetafel.services.followup import KIND_ACTION, KIND_QUESTION


@pytest.fixture
def other(services):
    """A second client on the same database (the file lock is per program: services open it directly)."""
    opened = Services.open(services.address)
    yield opened
    opened.close()


def test_a_case_saved_over_a_newer_version_is_a_conflict_with_both_texts(services, other) -> None:
    case = services.cases.create_case("Schulden", "De oorspronkelijke tekst.")
    assert case.version == 1
    theirs = other.cases.update_case(case.id, expected_version=1, was={"description": case.description},
                                     description="De tekst van de ander.")  # fmt: skip
    assert theirs.version == 2
    with pytest.raises(EditConflictError) as caught:
        services.cases.update_case(
            case.id, expected_version=1, was={"description": case.description}, description="Mijn tekst."
        )
    conflict = caught.value
    assert conflict.version == 2
    assert [(f.field, f.label, f.mine, f.stored) for f in conflict.fields] == [
        ("description", "Beschrijving", "Mijn tekst.", "De tekst van de ander.")
    ]
    assert conflict.fields[0].is_text
    assert "intussen" in str(conflict) and case.code in str(conflict)
    assert services.cases.get_case(case.id).description == "De tekst van de ander."  # nothing written
    # keep mine: save again naming the stored version
    kept = services.cases.update_case(case.id, expected_version=conflict.version, description="Mijn tekst.")
    assert (kept.description, kept.version) == ("Mijn tekst.", 3)


def test_a_field_the_other_did_not_touch_is_saved_without_a_conflict(services, other) -> None:
    case = services.cases.create_case("Schulden", "Tekst.")
    other.cases.update_case(case.id, expected_version=1, was={"description": "Tekst."}, description="Nieuw.")
    saved = services.cases.update_case(
        case.id, expected_version=1, was={"title": "Schulden"}, title="Andere titel"
    )
    assert (saved.title, saved.description, saved.version) == ("Andere titel", "Nieuw.", 3)
    # the same value as the other saved is no conflict either
    same = services.cases.update_case(case.id, expected_version=1, was={"description": "Tekst."},
                                      description="Nieuw.")  # fmt: skip
    assert same.description == "Nieuw."


def test_every_orm_update_raises_the_version(services) -> None:
    case = services.cases.create_case("Schulden", "Tekst.")
    assert services.cases.set_archived(case.id).version == 2
    meeting = services.meetings.create_meeting("Tafel")
    assert meeting.version == 1
    assert services.meetings.update_meeting(meeting.id, location="Zaal").version == 2
    assert services.meetings.set_status(meeting.id, "afgerond").version == 3


def test_session_details_conflict(services, other) -> None:
    meeting = services.meetings.create_meeting("Tafel", notes="begin")
    other.meetings.update_meeting(meeting.id, expected_version=1, notes="hun notities")
    with pytest.raises(EditConflictError) as caught:
        services.meetings.update_meeting(meeting.id, expected_version=1, was={"notes": "begin"}, notes="mijn")
    assert caught.value.field("notes").stored == "hun notities"
    assert caught.value.field("notes").label == "Notities"


def test_records_conflict_through_the_record_api(services, other, planned_meeting) -> None:
    case_id = planned_meeting.agenda[0].case_id
    question = services.records.record_question(planned_meeting.id, case_id, "Wie betaalt?")
    other.records.update(RecordKind.QUESTION, question.id, expected_version=question.version,
                         was={"text": question.text}, text="Wie betaalt de schuld?")  # fmt: skip
    with pytest.raises(EditConflictError) as caught:
        services.records.update(
            RecordKind.QUESTION,
            question.id,
            expected_version=question.version,
            was={"text": question.text},
            text="Wie betaalt dit?",
        )
    assert caught.value.fields[0].stored == "Wie betaalt de schuld?"
    assert question.number in str(caught.value)
    observation = services.records.record_observation(
        planned_meeting.id, case_id, "signaal", "Lange wachtlijst"
    )
    other.records.update_observation(observation.id, expected_version=1, text="Wachtlijst van een jaar")
    with pytest.raises(EditConflictError):
        services.records.update_observation(observation.id, expected_version=1, was={"text": "Lange wachtlijst"},
                                            text="Wachtlijst")  # fmt: skip


def test_follow_up_conflict_names_who_changed_it_and_keeps_history(services, other, planned_meeting) -> None:
    action = services.records.record_action(planned_meeting.id, None, "Brief aan het college")
    item = services.followup.get_item(KIND_ACTION, action.id)
    assert item.version == 1
    changed = other.followup.update_item(KIND_ACTION, action.id, expected_version=1, was={"answer": ""},
                                         answer="Beantwoord in de raadsinformatiebrief.")  # fmt: skip
    assert changed.version == 2
    with pytest.raises(EditConflictError) as caught:
        services.followup.update_item(KIND_ACTION, action.id, expected_version=1,
                                      was={"answer": "", "status": "open"},
                                      answer="Nog niet beantwoord.", status="in_behandeling")  # fmt: skip
    conflict = caught.value
    assert [f.field for f in conflict.fields] == ["answer"]  # the status was not changed by the other
    assert conflict.changed_by  # the operating-system user of the other client's history row
    assert conflict.field("answer").label == "Antwoord"
    assert services.followup.get_item(KIND_ACTION, action.id).status == "open"  # nothing of it was written
    saved = services.followup.update_item(KIND_ACTION, action.id, expected_version=conflict.version,
                                          answer="Nog niet beantwoord.", status="in_behandeling")  # fmt: skip
    assert saved.version == 3
    assert [c.field for c in services.followup.history(KIND_ACTION, action.id)] == [
        "answer",
        "answer",
        "status",
    ]


def test_outcomes_update_checks_the_version(services, other, planned_meeting) -> None:
    question = services.records.record_question(planned_meeting.id, None, "Wat vraagt de raad?")
    version = services.outcomes.update(KIND_QUESTION, question.id, expected_version=1, owner="Griffie")
    assert version == 2
    other.outcomes.update(
        KIND_QUESTION, question.id, expected_version=2, was={"owner": "Griffie"}, owner="Wethouder"
    )
    with pytest.raises(EditConflictError) as caught:
        services.outcomes.update(KIND_QUESTION, question.id, expected_version=2, was={"owner": "Griffie"},
                                 owner="Raadslid")  # fmt: skip
    assert caught.value.field("owner").stored == "Wethouder"
    groups = services.outcomes.session_outcomes(planned_meeting.id)
    assert {item.version for group in groups for item in group.items} == {3}


def test_conflicting_fields_compares_lists_as_lists() -> None:
    assert conflicting_fields({"themes": ["a", "b"]}, {"themes": ("a", "b")}, {"themes": ()}) == ()
    (found,) = conflicting_fields({"themes": ["c"]}, {"themes": ("a",)}, {"themes": ()})
    assert (found.mine_text, found.stored_text, found.is_text) == ("a", "c", False)


def test_a_delete_that_names_what_it_saw_refuses_when_another_client_changed_it(
    services, other, planned_meeting
) -> None:
    """The undo of a recording: another client's change is never deleted silently."""
    seen = services.records.record_observation(planned_meeting.id, None, "signaal", "Lange wachtlijst")
    other.records.update(RecordKind.OBSERVATION, seen.id, text="Wachtlijst van een jaar")
    with pytest.raises(EditConflictError) as caught:
        services.records.delete(RecordKind.OBSERVATION, seen.id, unchanged_since=seen)
    assert caught.value.field("text").stored == "Wachtlijst van een jaar"
    assert services.records.list_observations(planned_meeting.id)[-1].text == "Wachtlijst van een jaar"
    # this client's own edit, undone again, leaves it as seen: no refusal
    question = services.records.record_question(planned_meeting.id, None, "Wie betaalt?")
    services.records.update(RecordKind.QUESTION, question.id, text="Wie betaalt de schuld?")
    services.records.update(RecordKind.QUESTION, question.id, text="Wie betaalt?")
    services.records.delete(RecordKind.QUESTION, question.id, unchanged_since=question)
    assert services.records.list_questions(planned_meeting.id) == []
