"""A session's outcomes: grouped by case and session part, edited after the meeting, deleted and restored."""

from __future__ import annotations

from datetime import date

import pytest

from casetafel.services.errors import NotFoundError, ValidationError
from casetafel.services.followup import KIND_ACTION, KIND_QUESTION
from casetafel.services.outcomes import KIND_OBSERVATION, PART_EVALUATION, PART_OPENING, PART_SYNTHESIS


@pytest.fixture
def recorded(services, planned_meeting):
    meeting_id = planned_meeting.id
    first, second = (item.case_id for item in planned_meeting.agenda)
    records = services.records
    records.record_observation(meeting_id, None, "signaal", "Iedereen is er.", phase_key="opening")
    records.record_observation(meeting_id, first, "schot", "Twee loketten.", phase_key="wat_zien_we",
                               author_role="professional")  # fmt: skip
    records.record_question(
        meeting_id, first, "Hoe vaak?", phase_key="wie_kan_wat", council_role="kaderstellend"
    )
    records.record_question(meeting_id, None, "Wat leren we?", phase_key="wie_kan_wat")
    records.record_action(meeting_id, second, "Cijfers opvragen", owner="Griffie", due_date=date(2027, 1, 1))
    records.record_observation(
        meeting_id, None, "signaal", "Meer tijd voor Wie kan wat.", phase_key="evaluatie"
    )
    return planned_meeting


def test_items_are_grouped_by_case_and_session_part(services, recorded) -> None:
    groups = services.outcomes.session_outcomes(recorded.id)
    keys = [group.key for group in groups]
    first, second = (f"case:{item.case_id}" for item in recorded.agenda)
    assert keys == [first, second, PART_OPENING, PART_SYNTHESIS, PART_EVALUATION]
    by_key = {group.key: group for group in groups}
    assert by_key[first].title.startswith("C-")
    observation = next(i for i in by_key[first].items if i.kind == KIND_OBSERVATION)
    assert (observation.kind_label, observation.phase, observation.role) == (
        "Schot / knelpunt", "Wat zien we?", "Professional"
    )  # fmt: skip
    question = next(i for i in by_key[first].items if i.kind == KIND_QUESTION)
    assert question.needs_owner_or_due and question.council_role == "Kaderstellend"
    action = by_key[second].items[0]
    assert action.kind == KIND_ACTION and not action.needs_owner_or_due
    assert [i.text for i in by_key[PART_OPENING].items] == ["Iedereen is er."]
    assert [i.text for i in by_key[PART_EVALUATION].items] == ["Meer tijd voor Wie kan wat."]
    assert [i.text for i in by_key[PART_SYNTHESIS].items] == ["Wat leren we?"]


def test_owner_and_due_date_filled_in_after_the_meeting(services, recorded) -> None:
    question = services.records.list_questions(recorded.id)[0]
    services.outcomes.update(KIND_QUESTION, question.id, owner="Wethouder", due_date=date(2027, 2, 1))
    item = next(
        i for g in services.outcomes.session_outcomes(recorded.id) for i in g.items if i.id == question.id
        and i.kind == KIND_QUESTION
    )  # fmt: skip
    assert (item.owner, item.due_date, item.needs_owner_or_due) == ("Wethouder", date(2027, 2, 1), False)
    with pytest.raises(ValidationError):
        services.outcomes.update(KIND_OBSERVATION, 1, owner="x")
    with pytest.raises(ValidationError):
        services.outcomes.update(KIND_QUESTION, question.id, text="  ")
    with pytest.raises(NotFoundError):
        services.outcomes.update(KIND_QUESTION, 999, owner="x")


def test_delete_and_restore_keep_the_whole_row(services, recorded) -> None:
    action = services.records.list_actions(recorded.id)[0]
    services.followup.update_item(KIND_ACTION, action.id, answer="Geleverd.", instrument="informatieverzoek")
    row = services.outcomes.delete(KIND_ACTION, action.id)
    assert services.records.list_actions(recorded.id) == []
    services.outcomes.restore(KIND_ACTION, row)
    back = services.followup.get_item(KIND_ACTION, action.id)
    assert (back.answer, back.instrument, back.owner) == ("Geleverd.", "informatieverzoek", "Griffie")
    observation = services.records.list_observations(recorded.id)[0]
    row = services.outcomes.delete(KIND_OBSERVATION, observation.id)
    assert not any(hit.ref_id == observation.id for hit in services.search.search("Iedereen"))
    services.outcomes.restore(KIND_OBSERVATION, row)
    assert any(hit.ref_id == observation.id for hit in services.search.search("Iedereen"))


def test_edits_of_questions_and_actions_keep_a_history(services, recorded, monkeypatch) -> None:
    monkeypatch.setattr("casetafel.services.actor.operating_system_user", lambda: "griffier")
    who = services.login or "griffier"  # on a shared database the server login, on a file the computer's user
    action = services.records.list_actions(recorded.id)[0]
    services.outcomes.update(KIND_ACTION, action.id, owner="Wethouder", text="Cijfers opvragen bij de GKB")
    history = services.followup.history(KIND_ACTION, action.id)
    assert {(c.field, c.old_value, c.new_value, c.changed_by) for c in history} == {
        ("owner", "Griffie", "Wethouder", who),
        ("text", "Cijfers opvragen", "Cijfers opvragen bij de GKB", who),
    }
