"""The methods page: copy the default, edit phases (autosaved, undoable), add, move, delete."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from casetafel.services.container import Services
from casetafel.ui.prepare.templates_page import TemplateEditorPage


@pytest.fixture
def page(qtbot, services: Services) -> TemplateEditorPage:
    widget = TemplateEditorPage(services)
    qtbot.addWidget(widget)
    widget.reload()
    widget.show()
    return widget


def test_copy_edit_and_undo_a_phase(qtbot, page: TemplateEditorPage, services: Services) -> None:
    page.new_item()
    editor = page.editor
    copy = editor.info
    assert not copy.is_default and page.model.rowCount() == 2
    editor.phase_table.setCurrentIndex(editor.phase_model.index(1, 1))
    editor.phase_minutes.setValue(20)
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=2000)
    assert services.templates.get_template(copy.id).phases[1].minutes == 20
    assert services.templates.default_template().phases[1].minutes == 10
    page.undo()
    assert services.templates.get_template(copy.id).phases[1].minutes == 10
    assert editor.phase_minutes.value() == 10


def test_add_move_and_remove_phases(qtbot, page: TemplateEditorPage, services: Services, monkeypatch) -> None:
    page.new_item()
    editor = page.editor
    count = len(editor.info.phases)
    editor.add_phase()
    assert editor.phase_name.hasFocus() and len(editor.phase_model.phases) == count + 1
    editor.phase_name.setText("Terugblik")
    editor.phase_name.textEdited.emit("Terugblik")
    page.flush()
    editor.move_phase(-1)
    names = [p.name for p in services.templates.get_template(editor.info.id).phases]
    assert names[-2] == "Terugblik"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.remove_phase()
    assert "Terugblik" not in [p.name for p in services.templates.get_template(editor.info.id).phases]


def test_default_cannot_be_deleted_but_a_copy_can(
    qtbot, page: TemplateEditorPage, services, monkeypatch
) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert page.editor.info.is_default and not page.delete_button.isEnabled()
    page.delete_template()
    assert "standaardmethode" in warnings[0]
    page.new_item()
    page.editor.name_edit.setText("Kort formaat (60 minuten)")
    page.editor.name_edit.textEdited.emit("Kort formaat (60 minuten)")
    page.flush()
    assert "Kort formaat (60 minuten)" in [t.name for t in services.templates.list_templates()]
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    assert len(services.templates.list_templates()) == 1
