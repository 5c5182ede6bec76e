"""The services against a real SQLite file: what a user does, and that it is on disk when a call returns."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from casetafel.services.container import Services
from casetafel.services.errors import InUseError, NotFoundError, UnconfirmedCaseError, ValidationError


def raw_count(services: Services, table: str) -> int:
    """Count rows through a separate connection: what is there is committed, on disk (or on the server)."""
    if services.db.is_server:
        from sqlalchemy import create_engine, text

        other = create_engine(services.db.engine.url)
        try:
            with other.connect() as connection:
                return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        finally:
            other.dispose()
    connection = sqlite3.connect(services.path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_defaults_are_seeded(services: Services) -> None:
    kinds = [t.code for t in services.taxonomy.terms("observation_kind")]
    assert kinds == ["schot", "goede_praktijk", "signaal", "vraag", "meenemen"]
    assert services.taxonomy.labels("council_role")["kaderstellend"] == "Kaderstellend"
    template = services.templates.default_template()
    assert [p.key for p in template.phases][:2] == ["opening", "presenteren"]
    assert template.minutes_for(2) == 10 + 5 + 2 * (10 + 10 + 15 + 15 + 5 + 10)


def test_case_lifecycle(services: Services) -> None:
    case = services.cases.create_case(
        "Boerengezin in armoede",
        "Het gezin B. heeft een melkveebedrijf.",
        domains=["inkomen", "inkomen", "schuldhulp"],
        age_band="46-66",
    )
    assert case.code == f"C-{datetime.now().year}-001"
    assert case.domains == ("inkomen", "schuldhulp")
    assert raw_count(services, "cases") == 1
    confirmed = services.cases.confirm_anonymisation(case.id, "Griffier")
    assert confirmed.anonymisation_confirmed and confirmed.anonymisation_confirmed_by == "Griffier"
    same_text = services.cases.update_case(case.id, title="Boerengezin", description=case.description)
    assert same_text.anonymisation_confirmed
    changed = services.cases.update_case(case.id, description="Nieuwe tekst over het gezin B.")
    assert not changed.anonymisation_confirmed
    copy = services.cases.duplicate_case(case.id)
    assert copy.code.endswith("-002") and copy.title == "Boerengezin (kopie)"
    assert copy.domains == ("inkomen", "schuldhulp")
    services.cases.set_archived(copy.id)
    assert [c.id for c in services.cases.list_cases()] == [case.id]
    assert len(services.cases.list_cases(include_archived=True)) == 2
    services.cases.delete_case(copy.id)
    with pytest.raises(NotFoundError):
        services.cases.get_case(copy.id)


def test_confirmation_needs_no_open_findings(services: Services) -> None:
    from casetafel.services.anonymity import OpenFindingsError

    case = services.cases.create_case("X", "Meneer De Boer belt met 06-12345678.")
    with pytest.raises(OpenFindingsError):
        services.cases.confirm_anonymisation(case.id, "Griffier")


def test_case_in_use_cannot_be_deleted(services: Services, planned_meeting) -> None:
    case_id = planned_meeting.agenda[0].case_id
    with pytest.raises(InUseError) as raised:
        services.cases.delete_case(case_id)
    assert "Archiveer" in str(raised.value)


def test_plan_session_with_agenda_and_participants(services: Services, planned_meeting) -> None:
    assert [p.role for p in planned_meeting.participants] == ["raadslid", "wethouder", "professional"]
    first, second = planned_meeting.agenda
    reordered = services.meetings.move_agenda_item(second.id, 0)
    assert [i.id for i in reordered] == [second.id, first.id]
    services.meetings.set_phase_minutes(first.id, "wat_zien_we", 25)
    again = services.meetings.get_meeting(planned_meeting.id)
    assert [i.case_code for i in again.agenda] == [second.case_code, first.case_code]
    assert again.agenda[1].phase_minutes == {"wat_zien_we": 25}
    with pytest.raises(ValidationError):
        services.meetings.add_to_agenda(planned_meeting.id, first.case_id)
    with pytest.raises(ValidationError):
        services.meetings.set_phase_minutes(first.id, "wat_zien_we", 0)
    services.meetings.remove_from_agenda(second.id)
    assert [i.position for i in services.meetings.get_meeting(planned_meeting.id).agenda] == [0]


def test_session_details_and_status(services: Services) -> None:
    starts = datetime(2026, 12, 15, 19, 30)
    meeting = services.meetings.create_meeting(
        "Casustafel", starts_at=starts, ends_at=datetime(2026, 12, 15, 21, 30)
    )
    assert meeting.template_id == services.templates.default_template().id
    services.meetings.update_meeting(meeting.id, location="Dorpshuis", municipality="Wolderveen")
    services.meetings.set_status(meeting.id, "afgerond")
    listed = services.meetings.list_meetings()
    assert listed[0].status == "afgerond" and listed[0].starts_at == starts
    with pytest.raises(ValidationError):
        services.meetings.update_meeting(meeting.id, ends_at=datetime(2026, 12, 15, 18, 0))
    with pytest.raises(ValueError):
        services.meetings.set_status(meeting.id, "onbekend")


def test_copy_participants_skips_duplicates(services: Services, planned_meeting) -> None:
    other = services.meetings.create_meeting("Volgende keer")
    services.meetings.add_participant(other.id, "raadslid", "Ingrid Hoekstra")
    added = services.meetings.copy_participants(planned_meeting.id, other.id)
    assert [p.role for p in added] == ["wethouder", "professional"]
    assert len(services.meetings.get_meeting(other.id).participants) == 3


def test_record_edit_delete_and_restore_observation(services: Services, planned_meeting) -> None:
    case_id = planned_meeting.agenda[0].case_id
    recorded = services.records.record_observation(
        planned_meeting.id, case_id, "schot", "Bewind en schuldhulp werken langs elkaar heen.",
        phase_key="wat_zien_we", domains=["bewind"], actors=["college"], author_role="raadslid",
    )  # fmt: skip
    assert raw_count(services, "observations") == 1
    services.records.set_observation_votes(recorded.id, 4)
    edited = services.records.update_observation(
        recorded.id, text="Bewind & schuldhulp <los>", actors=["raad"]
    )
    assert edited.votes == 4 and edited.actors == ("raad",) and edited.text == "Bewind & schuldhulp <los>"
    deleted = services.records.delete_observation(recorded.id)
    assert raw_count(services, "observations") == 0
    restored = services.records.restore_observation(deleted)
    assert restored == deleted
    assert services.records.list_observations(planned_meeting.id, case_id) == [restored]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_texts_are_refused(services: Services, planned_meeting, text: str) -> None:
    with pytest.raises(ValidationError):
        services.records.record_observation(planned_meeting.id, None, "schot", text)
    with pytest.raises(ValidationError):
        services.records.record_question(planned_meeting.id, None, text)
    with pytest.raises(ValidationError):
        services.records.record_action(planned_meeting.id, None, text)


def test_questions_and_actions(services: Services, planned_meeting) -> None:
    case_id = planned_meeting.agenda[1].case_id
    question = services.records.record_question(
        planned_meeting.id, case_id, "Hoe zorgt het college voor één regisseur?",
        council_role="controlerend", theme="ontschotten", addressed_to="college", instrument="raadsvraag",
    )  # fmt: skip
    assert question.status == "open" and question.instrument == "raadsvraag"
    answered = services.records.update_question(
        question.id, status="beantwoord", answer="Per 1 januari.", due_date=date(2027, 1, 1), owner="griffie"
    )
    assert answered.status == "beantwoord" and answered.due_date == date(2027, 1, 1)
    with pytest.raises(ValidationError):
        services.records.update_question(question.id, status="verdwenen")
    with pytest.raises(ValidationError):
        services.records.set_question_votes(question.id, -1)
    action = services.records.record_action(
        planned_meeting.id, case_id, "Griffie plant vervolg", owner="griffie", due_date=date(2027, 2, 1)
    )
    services.records.update_action(action.id, status="afgerond")
    assert services.records.list_actions(status="afgerond")[0].id == action.id
    assert services.records.list_questions(status="beantwoord")[0].id == question.id
    services.records.delete_action(action.id)
    services.records.delete_question(question.id)
    assert raw_count(services, "actions") == 0 and raw_count(services, "governance_questions") == 0


def test_records_need_existing_session_and_case(services: Services, planned_meeting) -> None:
    with pytest.raises(NotFoundError):
        services.records.record_observation(9999, None, "schot", "tekst")
    with pytest.raises(NotFoundError):
        services.records.record_observation(planned_meeting.id, 9999, "schot", "tekst")


def test_report_data_uses_labels_and_refuses_unconfirmed_cases(services: Services, planned_meeting) -> None:
    first = planned_meeting.agenda[0]
    services.records.record_observation(
        planned_meeting.id,
        first.case_id,
        "goede_praktijk",
        "Korte lijnen werkten.",
        phase_key="wat_zien_we",
        domains=["wmo"],
        actors=["professional"],
    )
    services.records.record_question(
        planned_meeting.id, None, "Wat leren we over de regio?", council_role="kaderstellend"
    )
    data = services.reporting.report_data(planned_meeting.id)
    assert data.template_name == "Casuïstiektafel (standaard)"
    chapter = data.cases[0]
    assert chapter.code == first.case_code
    observation = chapter.observations[0]
    assert (observation.kind, observation.phase, observation.domains, observation.actors) == (
        "Goede praktijk",
        "Wat zien we?",
        ("Wmo 2015",),
        ("Professional",),
    )
    assert data.session_questions[0].council_role == "Kaderstellend"
    services.cases.revoke_anonymisation(first.case_id)
    with pytest.raises(UnconfirmedCaseError) as raised:
        services.reporting.report_data(planned_meeting.id)
    assert first.case_code in str(raised.value)


def test_delete_session_removes_its_records(services: Services, planned_meeting) -> None:
    services.records.record_observation(planned_meeting.id, None, "signaal", "Een signaal")
    services.meetings.delete_meeting(planned_meeting.id)
    assert raw_count(services, "observations") == 0
    assert raw_count(services, "participants") == 0
    assert raw_count(services, "cases") == 2


def test_taxonomy_is_editable(services: Services) -> None:
    term = services.taxonomy.add_term("theme", "Digitale toegankelijkheid")
    assert term.code == "digitale_toegankelijkheid"
    with pytest.raises(ValidationError):
        services.taxonomy.add_term("theme", "Digitale toegankelijkheid")
    services.taxonomy.rename_term(term.id, "Digitale inclusie")
    services.taxonomy.set_active(term.id, False)
    assert "digitale_toegankelijkheid" not in [t.code for t in services.taxonomy.terms("theme")]
    assert services.taxonomy.labels("theme")["digitale_toegankelijkheid"] == "Digitale inclusie"


def test_templates_can_be_copied_and_edited(services: Services) -> None:
    default = services.templates.default_template()
    copy = services.templates.copy_template(default.id)
    assert copy.name == "Casuïstiektafel (standaard) (kopie)" and not copy.is_default
    assert len(copy.phases) == len(default.phases)
    services.templates.update_phase(copy.phases[1].id, minutes=20, guiding_question="Wat gebeurde er?")
    assert services.templates.get_template(copy.id).phases[1].minutes == 20
    assert services.templates.get_template(default.id).phases[1].minutes == 10
    with pytest.raises(InUseError):
        services.templates.delete_template(default.id)
    services.templates.delete_template(copy.id)


def test_report_refuses_a_confirmed_text_that_still_holds_identifiers(
    services: Services, planned_meeting
) -> None:
    from casetafel.services.anonymity import OpenFindingsError
    from casetafel.storage.models import Case

    case_id = planned_meeting.agenda[0].case_id
    with services.db.transaction() as db_session:  # a text changed behind the service's back
        db_session.get(Case, case_id).description = "Mevrouw Jansen woont aan de Dorpsweg 14 in Oosterwolde."
    with pytest.raises(OpenFindingsError) as raised:
        services.reporting.report_data(planned_meeting.id)
    assert "Jansen" in str(raised.value) and "Dorpsweg 14" in str(raised.value)
    with services.db.transaction() as db_session:
        db_session.get(Case, case_id).anonymisation_waivers = [
            {"category": "naam", "text": "Jansen", "reason": "verzonnen naam"},
            {"category": "adres", "text": "Dorpsweg 14", "reason": "bestaat niet"},
            {"category": "plaats", "text": "Oosterwolde", "reason": "elders"},
        ]
    assert (
        services.reporting.report_data(planned_meeting.id).cases[0].description.startswith("Mevrouw Jansen")
    )


def test_a_session_reads_back_as_it_was_written(services: Services, planned_meeting) -> None:
    meetings = services.meetings
    first, second = planned_meeting.agenda
    meetings.set_phase_minutes(second.id, "wat_zien_we", 25)
    meetings.move_agenda_item(second.id, 0)
    extra = meetings.add_participant(planned_meeting.id, "griffier", "Anna", "Griffie")
    updated = meetings.update_meeting(planned_meeting.id, location="Raadzaal & foyer <b>")
    read = meetings.get_meeting(planned_meeting.id)
    assert read == updated  # written and read back give the same data
    assert [item.case_id for item in read.agenda] == [second.case_id, first.case_id]
    assert read.agenda[0].phase_minutes == {"wat_zien_we": 25}
    assert read.agenda[0].case_code == second.case_code and read.agenda[0].anonymisation_confirmed
    assert read.participants[-1] == extra and read.location == "Raadzaal & foyer <b>"
    with pytest.raises(NotFoundError):
        meetings.get_meeting(999_999)
    with pytest.raises(NotFoundError):
        services.templates.get_template(999_999)
    default = services.templates.default_template()
    assert services.templates.get_template(default.id) == default


def test_the_sessions_page_data_needs_no_orm_classes(services, planned_meeting) -> None:
    """Start-up guard (tests/perf/bench_startup.py): what the main window reads to show the newest session
    uses plain table queries on ``storage.tables``, so the ORM classes (about 25 ms to make) and
    SQLAlchemy's one-time set-up of their mappings (about 25 ms more) wait until something is changed.
    A fresh interpreter, since this one has long loaded them."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from casetafel.services.container import Services
        services = Services.open({services.address!r})
        newest = services.meetings.list_meetings()[0]
        info = services.meetings.get_meeting(newest.id)
        services.templates.template_names()
        services.templates.get_template(info.template_id)
        services.meetings.resumable_runs()
        print("loaded" if "casetafel.storage.models" in sys.modules else "not loaded")
        services.meetings.update_meeting(newest.id, notes="changed")  # a change loads them
        print("loaded" if "casetafel.storage.models" in sys.modules else "not loaded")
        services.close()
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines() == ["not loaded", "loaded"], result.stderr
