"""Follow-up across sessions: listing, filtering, setting answers and the history of every change."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from casetafel.services.errors import NotFoundError, ValidationError
from casetafel.services.followup import (
    KIND_ACTION,
    KIND_QUESTION,
    STILL_OPEN_FILTER,
    FollowupFilter,
    FollowupService,
    filter_items,
    item_label,
)

TODAY = date(2026, 12, 6)


@pytest.fixture
def followup(services, planned_meeting):
    """Two questions and two actions in one session, one action overdue; the service's day is fixed."""
    meeting_id = planned_meeting.id
    first_case = planned_meeting.agenda[0].case_id
    records = services.records
    records.record_question(
        meeting_id, first_case, "Hoe vaak stapelen schulden zich op na een scheiding?", theme="ontschotten",
        council_role="kaderstellend", owner="Griffie", due_date=date(2027, 1, 15),
    )  # fmt: skip
    records.record_question(meeting_id, None, "Wat kost een maatwerkvoorziening?", theme="rol_raad")
    records.record_action(meeting_id, first_case, "Cijfers opvragen bij de GKB", owner="Wethouder Bos",
                          due_date=date(2026, 11, 1))  # fmt: skip
    records.record_action(meeting_id, None, "Terugkoppeling in de volgende tafel", owner="Griffie")
    return FollowupService(services.db, services.taxonomy, today=lambda: TODAY)


def test_lists_every_item_of_every_session_overdue_first(services, followup) -> None:
    items = followup.list_items()
    assert len(items) == 4
    assert items[0].kind == KIND_ACTION and items[0].overdue
    assert items[0].text == "Cijfers opvragen bij de GKB"
    assert items[0].case_code.startswith("C-")
    assert [item.overdue for item in items].count(True) == 1
    question = next(item for item in items if item.kind == KIND_QUESTION and item.case_id)
    assert question.theme_label == "Ontschot budget of verordening"
    stored = services.records.list_questions(question.meeting_id)
    number = next(q.number for q in stored if q.id == question.id)
    assert number.startswith("BV-") and question.label == number == item_label(
        KIND_QUESTION, question.id, number
    )
    assert question.session_title == "Casustafel november"


def test_filters_narrow_the_list(followup) -> None:
    items = followup.list_items()
    assert len(filter_items(items, FollowupFilter(overdue_only=True))) == 1
    assert len(filter_items(items, FollowupFilter(owner="Griffie"))) == 2
    assert len(filter_items(items, FollowupFilter(theme="rol_raad"))) == 1
    assert len(filter_items(items, FollowupFilter(council_role="kaderstellend"))) == 1
    assert len(filter_items(items, FollowupFilter(kind=KIND_ACTION))) == 2
    assert len(filter_items(items, FollowupFilter(text="gkb CIJFERS"))) == 1
    assert len(filter_items(items, FollowupFilter(text="gkb maatwerkvoorziening"))) == 0
    case_id = items[0].case_id
    assert len(filter_items(items, FollowupFilter(case_id=case_id))) == 2
    assert len(filter_items(items, FollowupFilter(meeting_id=items[0].meeting_id))) == 4
    assert len(filter_items(items, FollowupFilter(meeting_id=-1))) == 0
    assert len(filter_items(items, FollowupFilter(status=STILL_OPEN_FILTER))) == 4
    assert len(filter_items(items, FollowupFilter(status="beantwoord"))) == 0


def test_answering_keeps_a_history_with_the_user(services, followup, monkeypatch) -> None:
    monkeypatch.setattr("casetafel.services.actor.operating_system_user", lambda: "griffier")
    who = services.login or "griffier"  # on a shared database the server login, on a file the computer's user
    action = next(item for item in followup.list_items() if item.overdue)
    updated = followup.update_item(
        KIND_ACTION, action.id, status="afgerond", answer="De GKB leverde de cijfers op 20 november.",
        answered_on=date(2026, 11, 20), instrument="informatieverzoek", answer_reference="RIB 2026-118",
    )  # fmt: skip
    assert updated.status_label == "Afgerond" and not updated.overdue
    assert updated.instrument_label == "Informatieverzoek"
    assert updated.answered_on == date(2026, 11, 20)
    history = followup.history(KIND_ACTION, action.id)
    assert {change.field for change in history} == {
        "status", "answer", "answered_on", "instrument", "answer_reference"
    }  # fmt: skip
    status = next(change for change in history if change.field == "status")
    assert (status.old_value, status.new_value, status.changed_by) == ("open", "afgerond", who)
    assert status.field_label == "Status" and (status.old_text, status.new_text) == ("Open", "Afgerond")
    followup.update_item(KIND_ACTION, action.id, status="afgerond")  # unchanged: no new history
    assert len(followup.history(KIND_ACTION, action.id)) == 5
    assert followup.history(KIND_QUESTION, action.id) == []


def test_wrong_values_are_refused_in_dutch(followup) -> None:
    question = next(item for item in followup.list_items() if item.kind == KIND_QUESTION)
    with pytest.raises(ValidationError, match="status"):
        followup.update_item(KIND_QUESTION, question.id, status="afgerond")  # an action's status
    with pytest.raises(ValidationError, match="instrument"):
        followup.update_item(KIND_QUESTION, question.id, instrument="brief")
    with pytest.raises(ValidationError, match="datum"):
        followup.update_item(KIND_QUESTION, question.id, answered_on="gisteren")
    with pytest.raises(ValidationError, match="veld"):
        followup.update_item(KIND_QUESTION, question.id, text="nieuw")
    with pytest.raises(ValidationError, match="soort"):
        followup.update_item("observatie", question.id, status="open")
    with pytest.raises(ValidationError, match="soort eigenaar"):
        followup.update_item(KIND_QUESTION, question.id, owner_kind="misschien")
    with pytest.raises(NotFoundError):
        followup.update_item(KIND_QUESTION, 999_999, status="open")
    assert followup.history(KIND_QUESTION, question.id) == []


@pytest.mark.sqlite_only
def test_search_index_still_follows_questions_after_the_migration(services, followup) -> None:
    question = next(item for item in followup.list_items() if item.kind == KIND_QUESTION)
    services.records.update_question(question.id, answer="Ongeveer veertig keer per jaar volgens de GKB.")
    assert any(hit.ref_id == question.id for hit in services.search.search("veertig"))
    connection = sqlite3.connect(services.path)
    triggers = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    connection.close()
    assert "search_governance_questions_update" in triggers


def test_the_container_offers_the_service(services) -> None:
    assert services.followup.list_items() == []


def test_actions_are_found_by_text_and_answer(services, followup) -> None:
    action = next(item for item in followup.list_items() if item.kind == KIND_ACTION and item.overdue)
    hits = services.search.search("GKB")
    assert any(hit.kind == "afspraak" and hit.ref_id == action.id for hit in hits)
    followup.update_item(KIND_ACTION, action.id, answer="Geleverd door de kredietbank in november.")
    assert any(
        hit.ref_id == action.id and hit.kind == "afspraak" for hit in services.search.search("kredietbank")
    )
    services.records.delete_action(action.id)
    assert not any(hit.kind == "afspraak" for hit in services.search.search("kredietbank"))
