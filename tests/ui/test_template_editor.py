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


def test_the_english_interface_shows_the_standard_phases_in_english(
    qtbot, services: Services, tmp_path, monkeypatch
) -> None:
    """The method editor and the agenda's minutes per phase; the data stays Dutch, a renamed phase as written."""
    from PySide6.QtCore import QSettings, Qt

    from casetafel.services.demo import load_demo
    from casetafel.ui.app_shell.main_window import MainWindow
    from casetafel.ui.prepare.session_editor import AGENDA_TAB
    from casetafel.ui.widgets import data_labels

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    load_demo(services)
    default = services.templates.default_template()
    data_labels.set_language("en")
    try:
        page = TemplateEditorPage(services)
        qtbot.addWidget(page)
        page.reload()
        page.show()
        page.new_item()
        editor = page.editor
        names = [editor.phase_model.index(row, 1).data() for row in range(editor.phase_model.rowCount())]
        assert names[0] == "Opening and ground rules" and "What do we see?" in names
        assert "Opening en spelregels" not in names
        editor.phase_table.setCurrentIndex(editor.phase_model.index(1, 1))
        assert editor.phase_name.text() == "Presenting the case"
        assert editor.phase_question.toPlainText() == "What happened, and where did it get stuck?"
        assert (
            editor.phase_model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
            == editor.phase_question.toPlainText()
        )
        editor.phase_name.clear()
        qtbot.keyClicks(editor.phase_name, "Eigen inbreng")
        qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=2000)
        assert editor.phase_model.index(1, 1).data() == "Eigen inbreng"  # renamed: shown as written
        assert editor.info.phases[1].key == default.phases[1].key

        window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        window.sessions_page.editor.tabs.setCurrentIndex(AGENDA_TAB)
        agenda = window.sessions_page.editor.agenda
        agenda.view.setCurrentIndex(agenda.model.index(0, 1))
        shown = [agenda.minutes_model.index(row, 0).data() for row in range(agenda.minutes_model.rowCount())]
        assert "Presenting the case" in shown and "What do we see?" in shown
    finally:
        data_labels.set_language("nl")
    assert [p.name for p in services.templates.default_template().phases] == [p.name for p in default.phases]
    assert default.phases[0].name == "Opening en spelregels"  # stored Dutch
