"""Stable numbers (BV-2026-014, A-2026-031) and a session's history (finished, reopened with a reason)."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest

from casetafel.services.container import Services
from casetafel.services.errors import NotFoundError, ValidationError
from casetafel.services.facilitation import FacilitationService
from casetafel.services.numbering import Series, claim_number, format_number, parse_number

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_numbers_count_per_year_of_the_session_over_all_sessions(services: Services, planned_meeting) -> None:
    sid = planned_meeting.id
    services.meetings.update_meeting(sid, starts_at=datetime(2026, 3, 1, 19, 0))
    other = services.meetings.create_meeting("Later", datetime(2026, 10, 1, 19, 0)).id
    older = services.meetings.create_meeting("Vorig jaar", datetime(2025, 11, 1, 19, 0)).id
    records = services.records
    assert records.record_question(sid, None, "Eerste").number == "BV-2026-001"
    assert records.record_question(other, None, "Tweede").number == "BV-2026-002"
    assert records.record_question(older, None, "Oud").number == "BV-2025-001"
    assert records.record_action(sid, None, "Afspraak").number == "A-2026-001"
    assert records.record_action(other, None, "Nog een").number == "A-2026-002"


def test_a_number_is_never_given_again_and_comes_back_with_undo(services: Services, planned_meeting) -> None:
    sid = planned_meeting.id
    first = services.records.record_question(sid, None, "Een")
    second = services.records.record_question(sid, None, "Twee")
    gone = services.records.delete(services.records.kind_of(second), second.id)
    restored = services.records.restore(services.records.kind_of(gone), gone)
    assert restored.number == second.number
    services.records.delete_question(second.id)
    third = services.records.record_question(sid, None, "Drie")
    assert parse_number(third.number)[2] == parse_number(second.number)[2] + 1
    assert [q.number for q in services.records.list_questions(sid)] == [first.number, third.number]
    services.records.update_question(first.id, text="Een, aangepast")
    assert services.records.list_questions(sid)[0].number == first.number


def test_a_refused_record_gives_its_number_back(services: Services, planned_meeting) -> None:
    with pytest.raises(ValidationError):
        services.records.record_question(planned_meeting.id, None, "  ")
    with pytest.raises(NotFoundError):
        services.records.record_question(planned_meeting.id, 999_999, "Casus bestaat niet")
    assert services.records.record_question(planned_meeting.id, None, "Wel").number.endswith("-001")


@pytest.mark.sqlite_only
def test_two_programs_recording_at_once_never_share_a_number(db_path: Path, planned_meeting) -> None:
    numbers: list[str] = []
    lock = threading.Lock()

    def record(count: int) -> None:
        own = Services.open(db_path)
        try:
            for index in range(count):
                info = own.records.record_action(planned_meeting.id, None, f"Afspraak {index}")
                with lock:
                    numbers.append(info.number)
        finally:
            own.close()

    threads = [threading.Thread(target=record, args=(25,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(numbers) == 75 and len(set(numbers)) == 75
    assert sorted(parse_number(n)[2] for n in numbers) == list(range(1, 76))


def test_claiming_a_number_keeps_a_free_one_and_refuses_a_used_one(
    services: Services, planned_meeting
) -> None:
    taken = services.records.record_question(planned_meeting.id, None, "Bestaand").number
    with services.db.transaction() as db_session:
        connection = db_session.connection()
        assert not claim_number(connection, Series.QUESTION, taken)
        assert not claim_number(connection, Series.QUESTION, "A-2026-001")
        assert not claim_number(connection, Series.QUESTION, "rommel")
        assert claim_number(connection, Series.QUESTION, format_number("BV", 2026, 40))
    next_one = services.records.record_question(planned_meeting.id, None, "Nieuw").number
    assert next_one == "BV-2026-041"


def test_upgrade_back_fills_numbers_in_a_stable_order(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0003.sqlite", path)
    Services.open(path).close()
    connection = sqlite3.connect(path)
    try:
        questions = connection.execute("SELECT number FROM governance_questions ORDER BY id").fetchall()
        counters = connection.execute("SELECT series, last FROM number_counters").fetchall()
    finally:
        connection.close()
    assert questions and all(parse_number(n) for (n,) in questions)
    assert [parse_number(n)[2] for (n,) in questions] == list(range(1, len(questions) + 1))
    assert ("BV", len(questions)) in counters


def test_reopening_needs_a_reason_and_is_kept_in_the_history(services: Services, planned_meeting) -> None:
    facilitation = FacilitationService(services.db)
    sid = planned_meeting.id
    with pytest.raises(ValidationError):
        facilitation.reopen(sid, "Dringend")  # not finished yet
    facilitation.finish(sid)
    with pytest.raises(ValidationError):
        facilitation.reopen(sid, "   ")
    reopened = facilitation.reopen(sid, "Eigenaar van de afspraak aanvullen.")
    assert reopened.status == "bezig"
    facilitation.start(sid, facilitation.plan(sid).steps[0].key)
    assert facilitation.run_state(sid).finished_at is None
    assert [run.meeting_id for run in services.meetings.resumable_runs()] == [sid]
    facilitation.finish(sid)
    events = facilitation.history(sid)
    assert [e.event for e in events] == ["afgerond", "heropend", "afgerond"]
    assert events[1].reason == "Eigenaar van de afspraak aanvullen."
    assert events[1].who and events[1].at is not None


def test_the_demo_numbers_its_items_and_shows_a_reopened_session(services: Services) -> None:
    from casetafel.services.demo import load_demo

    load_demo(services)
    questions = services.records.list_questions()
    actions = services.records.list_actions()
    assert questions and all(parse_number(q.number) for q in questions)
    assert actions and all(parse_number(a.number) for a in actions)
    assert len({q.number for q in questions}) == len(questions)
    reopened = [
        s for s in services.meetings.list_meetings()
        if any(e.event == "heropend" and e.reason for e in services.facilitation.history(s.id))
    ]  # fmt: skip
    assert len(reopened) == 1
    report = services.reporting.report_data(reopened[0].id)
    assert report.revised_at is not None and report.opening and len(report.closing) == 2
    # the next question of 2026 continues after the demo's
    new = services.records.record_question(reopened[0].id, None, "Nog een vraag")
    assert (
        parse_number(new.number)[2]
        == max(parse_number(q.number)[2] for q in questions if "2026" in q.number) + 1
    )
