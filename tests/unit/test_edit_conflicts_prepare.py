"""Two people, one record, in preparing a session: a participant and a case's minutes per phase saved by
two clients (two ``Services`` on the same database)."""

from __future__ import annotations

import pytest

from casetafel.services.concurrency import EditConflictError
from casetafel.services.container import Services
from casetafel.services.errors import NotFoundError


@pytest.fixture
def other(services):
    opened = Services.open(services.address)
    yield opened
    opened.close()


def test_a_participant_saved_over_a_newer_version_is_a_conflict(services, other, planned_meeting) -> None:
    mine = planned_meeting.participants[0]
    assert mine.version == 1
    other.meetings.update_participant(mine.id, expected_version=1, was={"party": ""}, party="Dorpsbelang")
    with pytest.raises(EditConflictError) as caught:
        services.meetings.update_participant(mine.id, expected_version=1, was={"party": ""}, party="VVD")
    conflict = caught.value
    assert conflict.version == 2 and "Ingrid Hoekstra" in str(conflict)
    assert [(f.field, f.label, f.mine, f.stored) for f in conflict.fields] == [
        ("party", "Partij of organisatie", "VVD", "Dorpsbelang")
    ]
    assert services.meetings.get_meeting(planned_meeting.id).participants[0].party == "Dorpsbelang"
    kept = services.meetings.update_participant(mine.id, expected_version=conflict.version, party="VVD")
    assert (kept.party, kept.version) == ("VVD", 3)


def test_a_participant_field_the_other_did_not_touch_is_saved(services, other, planned_meeting) -> None:
    mine = planned_meeting.participants[0]
    other.meetings.update_participant(mine.id, expected_version=1, was={"party": ""}, party="Dorpsbelang")
    saved = services.meetings.update_participant(
        mine.id, expected_version=1, was={"name": mine.name}, name="Ingrid de Vries"
    )
    assert (saved.name, saved.party, saved.version) == ("Ingrid de Vries", "Dorpsbelang", 3)
    # without a version (the command line, older callers) nothing is checked
    assert services.meetings.update_participant(mine.id, party="CDA").party == "CDA"


def test_a_participant_removed_by_the_other_is_not_found(services, other, planned_meeting) -> None:
    mine = planned_meeting.participants[1]
    other.meetings.remove_participant(mine.id)
    with pytest.raises(NotFoundError):
        services.meetings.update_participant(mine.id, expected_version=1, was={"name": mine.name}, name="X")


def phase_key(services, meeting) -> str:
    return services.templates.get_template(meeting.template_id).per_case_phases[0].key


def test_minutes_of_the_same_phase_set_by_both_are_a_conflict(services, other, planned_meeting) -> None:
    item = planned_meeting.agenda[0]
    key = phase_key(services, planned_meeting)
    other.meetings.set_phase_minutes(item.id, key, 25, expected_version=item.version, was=None)
    with pytest.raises(EditConflictError) as caught:
        services.meetings.set_phase_minutes(item.id, key, 40, expected_version=item.version, was=None)
    conflict = caught.value
    assert [(f.mine, f.stored) for f in conflict.fields] == [(40, 25)]
    assert conflict.fields[0].label.startswith("Minuten voor ") and item.case_code in str(conflict)
    assert services.meetings.get_meeting(planned_meeting.id).agenda[0].phase_minutes == {key: 25}
    kept = services.meetings.set_phase_minutes(item.id, key, 40, expected_version=conflict.version, was=25)
    assert kept.phase_minutes == {key: 40}


def test_minutes_of_another_phase_or_a_move_are_no_conflict(services, other, planned_meeting) -> None:
    item = planned_meeting.agenda[0]
    phases = services.templates.get_template(planned_meeting.template_id).per_case_phases
    other.meetings.set_phase_minutes(item.id, phases[0].key, 25, expected_version=item.version, was=None)
    other.meetings.move_agenda_item(item.id, 1)
    saved = services.meetings.set_phase_minutes(
        item.id, phases[1].key, 12, expected_version=item.version, was=None
    )
    assert saved.phase_minutes == {phases[0].key: 25, phases[1].key: 12}


def test_minutes_of_a_case_taken_off_the_agenda_by_the_other_are_not_found(
    services, other, planned_meeting
) -> None:
    item = planned_meeting.agenda[1]
    other.meetings.remove_from_agenda(item.id)
    with pytest.raises(NotFoundError):
        services.meetings.set_phase_minutes(
            item.id, phase_key(services, planned_meeting), 30, expected_version=item.version, was=None
        )


def test_a_method_renamed_by_both_is_a_conflict_and_a_description_alone_is_not(services, other) -> None:
    template = services.templates.copy_template(services.templates.default_template().id, "Eigen methode")
    other.templates.rename_template(template.id, "Methode van de ander", expected_version=template.version)
    with pytest.raises(EditConflictError) as caught:
        services.templates.rename_template(
            template.id, "Mijn methode", expected_version=template.version, was={"name": "Eigen methode"}
        )
    assert [(f.label, f.mine, f.stored) for f in caught.value.fields] == [
        ("Naam van de methode", "Mijn methode", "Methode van de ander")
    ]
    saved = services.templates.rename_template(
        template.id,
        None,
        "Mijn beschrijving",
        expected_version=template.version,
        was={"description": template.description},
    )
    assert (saved.name, saved.description) == ("Methode van de ander", "Mijn beschrijving")
    assert saved.version == template.version + 2


def test_a_phase_changed_by_both_is_a_conflict(services, other) -> None:
    template = services.templates.copy_template(services.templates.default_template().id, "Eigen methode")
    phase = template.phases[0]
    other.templates.update_phase(phase.id, expected_version=phase.version, minutes=15)
    with pytest.raises(EditConflictError) as caught:
        services.templates.update_phase(
            phase.id, expected_version=phase.version, was={"minutes": phase.minutes}, minutes=20
        )
    assert [(f.field, f.mine, f.stored) for f in caught.value.fields] == [("minutes", 20, 15)]
    other_field = services.templates.update_phase(
        phase.id, expected_version=phase.version, was={"name": phase.name}, name="Welkom"
    )
    assert (other_field.name, other_field.minutes) == ("Welkom", 15)
    assert services.templates.update_phase(phase.id, minutes=20).minutes == 20  # no version: no check


def test_a_phase_removed_by_the_other_is_not_found(services, other) -> None:
    template = services.templates.copy_template(services.templates.default_template().id, "Eigen methode")
    phase = template.phases[-1]
    other.templates.remove_phase(phase.id)
    with pytest.raises(NotFoundError):
        services.templates.update_phase(
            phase.id, expected_version=phase.version, was={"name": phase.name}, name="X"
        )


def test_a_term_renamed_by_both_is_a_conflict(services, other) -> None:
    """The editable lists have no editor in the window yet; their service checks versions already."""
    term = services.taxonomy.add_term("observation_kind", "Zorgpunt")
    other.taxonomy.rename_term(term.id, "Zorgsignaal", expected_version=term.version)
    with pytest.raises(EditConflictError) as caught:
        services.taxonomy.rename_term(term.id, "Aandachtspunt", expected_version=term.version,
                                      was={"label": "Zorgpunt"})  # fmt: skip
    assert [(f.label, f.mine, f.stored) for f in caught.value.fields] == [
        ("Naam", "Aandachtspunt", "Zorgsignaal")
    ]
    off = services.taxonomy.set_active(term.id, False, expected_version=term.version, was={"active": True})
    assert (off.label, off.active, off.version) == ("Zorgsignaal", False, term.version + 2)
    assert services.taxonomy.rename_term(term.id, "Aandachtspunt").label == "Aandachtspunt"  # no version
