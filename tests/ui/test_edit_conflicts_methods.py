"""Two people editing one method: its name and a phase saved over a second client's change (a second
``Services`` on the same database); dialogs are answered through ``when_modal``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from casetafel.services.container import Services
from casetafel.ui.prepare.templates_page import TemplateEditorPage
from tests.ui.modal import when_modal
from tests.ui.test_edit_conflicts import press, when_dialog


@pytest.fixture
def other(services):
    opened = Services.open(services.address)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, services: Services) -> TemplateEditorPage:
    widget = TemplateEditorPage(services)
    qtbot.addWidget(widget)
    widget.reload()
    widget.show()
    qtbot.waitExposed(widget)
    widget.new_item()  # a copy of the default: that one can be edited
    return widget


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_method_name_keep_mine(qtbot, page, services, other) -> None:
    ident = page.editor.info.id
    other.templates.rename_template(ident, "Methode van de ander")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.keep_mine))
    type_into(qtbot, page.editor.name_edit, "Mijn methode")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert seen[0].stored["name"] == "Methode van de ander"
    assert services.templates.get_template(ident).name == "Mijn methode"
    assert page.editor.name_edit.text() == "Mijn methode"


def test_method_name_take_stored_shows_it(qtbot, page, services, other) -> None:
    ident = page.editor.info.id
    other.templates.rename_template(ident, "Methode van de ander")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.take_stored))
    type_into(qtbot, page.editor.name_edit, "Mijn methode")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert page.editor.name_edit.text() == "Methode van de ander"
    assert services.templates.get_template(ident).name == "Methode van de ander"
    qtbot.keyClicks(page.editor.name_edit, " 2")  # a later edit saves without asking
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    assert services.templates.get_template(ident).name == "Methode van de ander 2"


def test_phase_take_stored_shows_it(qtbot, page, services, other) -> None:
    editor = page.editor
    editor.phase_table.setCurrentIndex(editor.phase_model.index(1, 1))
    phase = editor.current_phase()
    other.templates.update_phase(phase.id, name="Verkennen")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.take_stored))
    type_into(qtbot, editor.phase_name, "Mijn fase")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert seen[0].stored["name"] == "Verkennen"
    assert editor.phase_name.text() == "Verkennen"
    assert editor.phase_model.phases[1].name == "Verkennen"


def test_phase_keep_mine(qtbot, page, services, other) -> None:
    editor = page.editor
    editor.phase_table.setCurrentIndex(editor.phase_model.index(1, 1))
    phase = editor.current_phase()
    other.templates.update_phase(phase.id, name="Verkennen")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.keep_mine))
    type_into(qtbot, editor.phase_name, "Mijn fase")
    qtbot.waitUntil(lambda: bool(seen) and not page.autosaver.has_pending(), timeout=3000)
    seen.check()
    assert services.templates.get_template(editor.info.id).phases[1].name == "Mijn fase"


def test_a_phase_the_other_removed_is_reported_with_what_was_typed(qtbot, page, services, other) -> None:
    editor = page.editor
    editor.phase_table.setCurrentIndex(editor.phase_model.index(1, 1))
    phase = editor.current_phase()
    other.templates.remove_phase(phase.id)
    told = when_modal(QMessageBox, lambda box: box.accept(), note=lambda box: box.text())
    type_into(qtbot, editor.phase_name, "Mijn fase")
    qtbot.waitUntil(lambda: bool(told) and not page.autosaver.has_pending(), timeout=3000)
    told.check()
    assert "Mijn fase" in told[0]
    assert phase.id not in [p.id for p in editor.phase_model.phases]
