"""Service additions for preparing a session: case search in the text, phases added, removed and moved."""

from __future__ import annotations

import pytest

from casetafel.services.container import Services
from casetafel.services.errors import InUseError, ValidationError


def test_case_search_looks_in_the_description_and_takes_percent_literally(services: Services) -> None:
    first = services.cases.create_case("Schulden", "Het gezin woont in een tiny house aan de rand.")
    services.cases.create_case("Jeugdzorg", "Een moeder vraagt om 100% ondersteuning.")
    assert [c.id for c in services.cases.list_cases(text="tiny house")] == [first.id]
    assert [c.title for c in services.cases.list_cases(text="100%")] == ["Jeugdzorg"]
    assert services.cases.list_cases(text="%") and len(services.cases.list_cases(text="_")) == 0


def test_add_phase_makes_a_unique_key_and_keeps_positions(services: Services) -> None:
    copy = services.templates.copy_template(services.templates.default_template().id)
    count = len(copy.phases)
    changed = services.templates.add_phase(
        copy.id, "Reflectie op de rol", 7, guiding_question="Wat leerden we?"
    )
    assert len(changed.phases) == count + 1
    last = changed.phases[-1]
    assert (last.key, last.name, last.minutes, last.scope) == (
        "reflectie_op_de_rol",
        "Reflectie op de rol",
        7,
        "per_casus",
    )
    again = services.templates.add_phase(copy.id, "Reflectie op de rol", 5, position=0)
    assert again.phases[0].key == "reflectie_op_de_rol_2"
    assert [p.position for p in again.phases] == list(range(count + 2))
    accents = services.templates.add_phase(copy.id, "Ervaringen één-op-één", 5, scope="sessie_eind")
    assert accents.phases[-1].key == "ervaringen_een_op_een" and accents.phases[-1].scope == "sessie_eind"


@pytest.mark.parametrize(
    ("name", "minutes", "scope"), [("", 5, "per_casus"), ("Fase", 0, "per_casus"), ("Fase", 5, "nergens")]
)
def test_add_phase_refuses_bad_input(services: Services, name: str, minutes: int, scope: str) -> None:
    template = services.templates.default_template()
    with pytest.raises((ValidationError, ValueError)):
        services.templates.add_phase(template.id, name, minutes, scope=scope)
    assert len(services.templates.get_template(template.id).phases) == len(template.phases)


def test_move_and_remove_phase(services: Services) -> None:
    copy = services.templates.copy_template(services.templates.default_template().id)
    keys = [p.key for p in copy.phases]
    moved = services.templates.move_phase(copy.phases[1].id, 3)
    assert [p.key for p in moved.phases] == [keys[0], keys[2], keys[3], keys[1], *keys[4:]]
    assert [p.position for p in moved.phases] == list(range(len(keys)))
    removed = services.templates.remove_phase(moved.phases[0].id)
    assert [p.key for p in removed.phases] == [keys[2], keys[3], keys[1], *keys[4:]]
    assert [p.position for p in removed.phases] == list(range(len(keys) - 1))


def test_last_phase_cannot_be_removed(services: Services) -> None:
    copy = services.templates.copy_template(services.templates.default_template().id)
    for phase in copy.phases[:-1]:
        services.templates.remove_phase(phase.id)
    with pytest.raises(ValidationError):
        services.templates.remove_phase(copy.phases[-1].id)


def test_phase_with_recorded_observations_cannot_be_removed(services: Services, planned_meeting) -> None:
    template = services.templates.get_template(planned_meeting.template_id)
    phase = next(p for p in template.phases if p.key == "wat_zien_we")
    case_id = planned_meeting.agenda[0].case_id
    services.records.record_observation(
        planned_meeting.id, case_id, "schot", "Het budget stopt bij 18 jaar.", phase_key="wat_zien_we"
    )
    with pytest.raises(InUseError):
        services.templates.remove_phase(phase.id)
    assert len(services.templates.get_template(template.id).phases) == len(template.phases)


def test_template_names_match_the_templates_by_name(services: Services) -> None:
    default = services.templates.default_template()
    services.templates.copy_template(default.id, "Aangepaste tafel")
    services.templates.copy_template(default.id, "Korte tafel")
    templates = services.templates.list_templates()
    assert services.templates.template_names() == [(t.id, t.name) for t in templates]
    assert [name for _, name in services.templates.template_names()] == sorted(t.name for t in templates)
    assert all(len(t.phases) == len(default.phases) for t in templates)  # phases read along (one query)
