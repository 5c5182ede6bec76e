"""The run state of "Tafel leiden" against a real SQLite file: plan, gate, position, drafts, finish."""

from __future__ import annotations

import pytest

from casetafel.domain.capture import CaptureKind, split_prefix
from casetafel.services.container import Services
from casetafel.services.errors import NotFoundError, UnconfirmedCaseError, ValidationError
from casetafel.services.facilitation import CAPTURE_DRAFT, FacilitationService
from casetafel.services.facilitation_plan import next_group_index, previous_group_index
from casetafel.services.facilitation_summary import run_summary


@pytest.fixture
def facilitation(services: Services) -> FacilitationService:
    return FacilitationService(services.db)


def test_plan_walks_opening_then_each_case_then_evaluation(services, planned_meeting, facilitation) -> None:
    first = planned_meeting.agenda[0]
    services.meetings.set_phase_minutes(first.id, "wat_zien_we", 20)
    steps = facilitation.plan(planned_meeting.id).steps
    assert [s.phase_key for s in steps[:3]] == ["opening", "presenteren", "verhelderen"]
    assert len(steps) == 1 + 2 * 6 + 1
    assert steps[-1].phase_key == "evaluatie" and steps[-1].case_id is None
    assert {s.case_id for s in steps[1:7]} == {first.case_id}
    by_key = {s.key: s for s in steps}
    assert by_key[f"casus{first.case_id}:wat_zien_we"].planned_seconds == 20 * 60
    second = planned_meeting.agenda[1]
    assert by_key[f"casus{second.case_id}:wat_zien_we"].planned_seconds == 15 * 60
    assert next_group_index(steps, 0) == 1
    assert next_group_index(steps, 3) == 7
    assert next_group_index(steps, 12) == 13
    assert previous_group_index(steps, 9) == 1
    assert previous_group_index(steps, 1) == 0
    assert previous_group_index(steps, 13) == 7


def test_start_sets_the_status_and_refuses_unconfirmed_cases(services, planned_meeting, facilitation) -> None:
    case_id = planned_meeting.agenda[1].case_id
    services.cases.revoke_anonymisation(case_id)
    with pytest.raises(UnconfirmedCaseError) as refused:
        facilitation.start(planned_meeting.id)
    assert planned_meeting.agenda[1].case_code in str(refused.value)
    assert "Anonimisering bevestigen" in str(refused.value)
    assert services.meetings.get_meeting(planned_meeting.id).status == "gepland"
    with pytest.raises(UnconfirmedCaseError):
        facilitation.projectable_case(case_id)
    services.cases.confirm_anonymisation(case_id, "Griffier")
    state = facilitation.start(planned_meeting.id, "sessie:opening")
    assert state.step_key == "sessie:opening" and not state.running and state.vote_budget == 3
    assert services.meetings.get_meeting(planned_meeting.id).status == "bezig"
    assert facilitation.projectable_case(case_id).description.startswith("De zoon")


def test_position_and_timer_are_saved_and_a_restart_keeps_them(
    services, planned_meeting, facilitation, db_path
) -> None:
    steps = facilitation.plan(planned_meeting.id).steps
    facilitation.start(planned_meeting.id, steps[0].key)
    facilitation.save_position(
        planned_meeting.id, steps[0], elapsed_seconds=610.25, extra_seconds=0, running=False
    )
    facilitation.save_position(
        planned_meeting.id, steps[4], elapsed_seconds=42.5, extra_seconds=60, running=True
    )
    facilitation.set_vote_budget(planned_meeting.id, 4)
    facilitation.save_draft(planned_meeting.id, CAPTURE_DRAFT, "Half getypt: wachtlijst")
    address = services.address
    services.close()

    reopened = Services.open(address)
    try:
        again = FacilitationService(reopened.db)
        state = again.run_state(planned_meeting.id)
        assert state.step_key == steps[4].key and state.running and state.vote_budget == 4
        timing = state.timing(steps[4].key)
        assert (timing.elapsed_seconds, timing.extra_seconds) == (42.5, 60)
        assert timing.planned_seconds == steps[4].planned_seconds and timing.case_id == steps[4].case_id
        assert state.timing(steps[0].key).elapsed_seconds == 610.25
        assert again.drafts(planned_meeting.id) == {CAPTURE_DRAFT: "Half getypt: wachtlijst"}
        resumable = reopened.meetings.resumable_runs()
        assert [r.meeting_id for r in resumable] == [planned_meeting.id]
        assert resumable[0].step_key == steps[4].key
    finally:
        reopened.close()


def test_saving_before_starting_is_refused(planned_meeting, facilitation) -> None:
    step = facilitation.plan(planned_meeting.id).steps[0]
    with pytest.raises(ValidationError):
        facilitation.save_position(planned_meeting.id, step, elapsed_seconds=1, extra_seconds=0, running=True)
    with pytest.raises(ValidationError):
        facilitation.set_vote_budget(planned_meeting.id, 3)


def test_drafts_are_kept_per_session_and_field(services, planned_meeting, facilitation) -> None:
    other = services.meetings.create_meeting("Andere bijeenkomst")
    facilitation.save_draft(planned_meeting.id, CAPTURE_DRAFT, "een")
    facilitation.save_draft(planned_meeting.id, CAPTURE_DRAFT, "een twee")
    facilitation.save_draft(planned_meeting.id, "rol", "raadslid")
    facilitation.save_draft(other.id, CAPTURE_DRAFT, "ander")
    assert facilitation.drafts(planned_meeting.id) == {CAPTURE_DRAFT: "een twee", "rol": "raadslid"}
    assert facilitation.drafts(other.id) == {CAPTURE_DRAFT: "ander"}
    with pytest.raises(NotFoundError):
        facilitation.save_drafts(999_999, {CAPTURE_DRAFT: "weg"})


def test_deleted_questions_and_actions_come_back_with_their_id(
    services, planned_meeting, facilitation
) -> None:
    case_id = planned_meeting.agenda[0].case_id
    question = services.records.record_question(
        planned_meeting.id, case_id, "Wat kost ontschotten?", council_role="kaderstellend", votes=2
    )
    action = services.records.record_action(planned_meeting.id, case_id, "Notitie maken", owner="Griffie")
    gone_q = services.records.delete_question(question.id)
    gone_a = services.records.delete_action(action.id)
    assert services.records.restore_question(gone_q) == question
    assert services.records.restore_action(gone_a) == action


def test_finish_marks_the_session_and_summarises_it(services, planned_meeting, facilitation) -> None:
    steps = facilitation.plan(planned_meeting.id).steps
    facilitation.start(planned_meeting.id, steps[0].key)
    facilitation.save_position(
        planned_meeting.id, steps[0], elapsed_seconds=300, extra_seconds=0, running=False
    )
    case_id = planned_meeting.agenda[0].case_id
    for kind in ("schot", "schot", "signaal"):
        services.records.record_observation(planned_meeting.id, case_id, kind, "iets")
    services.records.record_question(planned_meeting.id, case_id, "Vraag aan de raad")
    facilitation.finish(planned_meeting.id)
    assert services.meetings.get_meeting(planned_meeting.id).status == "afgerond"
    assert services.meetings.resumable_runs() == []
    assert facilitation.run_state(planned_meeting.id).finished_at is not None
    summary = run_summary(services.db, planned_meeting.id)
    counts = dict(summary.counts)
    assert counts["Schot / knelpunt"] == 2 and counts["Signaal"] == 1 and counts["Goede praktijk"] == 0
    assert len(summary.questions) == 1 and summary.actions == ()
    assert summary.times[0].spent_seconds == 300 and summary.times[0].planned_seconds == 600
    assert summary.planned_seconds == sum(s.planned_seconds for s in steps)
    with pytest.raises(ValidationError):
        facilitation.start(planned_meeting.id)


@pytest.mark.parametrize(
    ("typed", "kind", "rest"),
    [
        ("s: te veel loketten", CaptureKind.BARRIER, "te veel loketten"),
        ("G:korte lijnen", CaptureKind.GOOD_PRACTICE, "korte lijnen"),
        ("si: meer jongeren", CaptureKind.SIGNAL, "meer jongeren"),
        ("v: wie betaalt?", CaptureKind.QUESTION, "wie betaalt?"),
        ("bv : wat kost het?", CaptureKind.GOVERNANCE_QUESTION, "wat kost het?"),
        ("a: notitie maken", CaptureKind.ACTION, "notitie maken"),
        ("sociaal: geen prefix", None, "sociaal: geen prefix"),
        ("gewoon tekst", None, "gewoon tekst"),
    ],
)
def test_typed_prefixes_choose_the_kind(typed, kind, rest) -> None:
    assert split_prefix(typed) == (kind, rest)
