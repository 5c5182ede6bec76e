"""The case library: search and filters, autosave with a failing disk, undo, archive and delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.services.errors import StorageFailedError
from casetafel.storage.errors import WriteError
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.cases.library import CaseLibraryPage


@pytest.fixture
def page(qtbot, services: Services, tmp_path: Path) -> CaseLibraryPage:
    load_demo(services)
    widget = CaseLibraryPage(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.reload()
    widget.show()
    return widget


def shown_codes(page: CaseLibraryPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def test_search_as_you_type_looks_in_the_text_and_filters_combine(qtbot, page: CaseLibraryPage) -> None:
    assert len(shown_codes(page)) == 12
    qtbot.keyClicks(page.search, "wasmachine")  # only in the description of C-2026-001
    qtbot.waitUntil(lambda: shown_codes(page) == ["C-2026-001"])
    assert page.count_label.text() == "1 of 12 cases"
    page.search.clear()
    page.apply_filter()
    page.domain_filter.setCurrentIndex(page.domain_filter.findData("jeugdwet"))
    codes = shown_codes(page)
    assert codes and all(
        "jeugdwet"
        in page.services.cases.get_case(
            page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).id
        ).domains
        for r in range(len(codes))
    )
    page.status_filter.setCurrentIndex(page.status_filter.findData("unconfirmed"))
    assert shown_codes(page) == []


def test_failed_write_keeps_the_text_and_retries_on_the_next_edit(
    qtbot, page: CaseLibraryPage, services: Services, monkeypatch
) -> None:
    messages = []
    page.autosaver.failed.connect(messages.append)
    real = services.cases.update_case

    def full_disk(*args, **kwargs):
        raise StorageFailedError(WriteError("de schijf is vol"))  # what a service raises

    monkeypatch.setattr(services.cases, "update_case", full_disk)
    editor = page.editor
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Nieuwe titel")
    qtbot.waitUntil(lambda: bool(messages), timeout=2000)
    assert "Opslaan is mislukt: de schijf is vol" in messages[0]
    assert editor.title_edit.text() == "Nieuwe titel" and page.autosaver.has_pending()
    monkeypatch.setattr(services.cases, "update_case", real)
    qtbot.keyClicks(editor.title_edit, "!")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=2000)
    assert services.cases.get_case(editor.case_id).title == "Nieuwe titel!"


def test_undo_and_redo_in_the_window(qtbot, services: Services, tmp_path: Path) -> None:
    load_demo(services)
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    editor = window.cases_page.editor
    original = editor.title_edit.text()
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, " extra")
    combo = editor.fact_combos["age_band"]
    combo.setCurrentIndex(1)
    assert services.cases.get_case(editor.case_id).age_band == combo.itemData(1)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the combo
    assert services.cases.get_case(editor.case_id).age_band != combo.itemData(1)
    assert services.cases.get_case(editor.case_id).title == original + " extra"
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing
    assert editor.title_edit.text() == original
    assert services.cases.get_case(editor.case_id).title == original
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert services.cases.get_case(editor.case_id).title == original + " extra"
    assert window.statusBar().currentMessage().startswith("Saved at ")


def test_confirmation_needs_a_description_and_is_revoked_by_an_edit(
    qtbot, page: CaseLibraryPage, monkeypatch
) -> None:
    page.new_item()
    editor = page.editor
    assert not editor.confirm_button.isEnabled()
    editor.description.text_edit.setPlainText("Een gezin met vier kinderen in een klein dorp.")
    assert editor.confirm_button.isEnabled()
    asked = []
    monkeypatch.setattr(
        "casetafel.ui.cases.anonymisation.QInputDialog.getText",
        lambda *a, **k: asked.append(1) or ("Griffier", True),
    )
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert "Griffier" in editor.anonymisation_label.text() and editor.revoke_button.isEnabled()
    editor.description.text_edit.appendPlainText("Nog een zin.")
    page.flush()
    assert not page.services.cases.get_case(editor.case_id).anonymisation_confirmed
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert asked == [1]  # the confirming person is asked once
    qtbot.mouseClick(editor.revoke_button, Qt.MouseButton.LeftButton)
    assert not page.services.cases.get_case(editor.case_id).anonymisation_confirmed


def test_archive_duplicate_and_delete(qtbot, page: CaseLibraryPage, services: Services, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    page.select_id(page.model.row_at(0).id)
    used = page.editor.info
    page.delete_case()  # C-2026-001 is on an agenda
    assert warnings and "Archiveer de casus" in warnings[0]
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert services.cases.get_case(used.id).archived and used.code not in shown_codes(page)
    page.archived_check.setChecked(True)
    assert used.code in shown_codes(page)
    page.select_id(used.id)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy = page.editor.info
    assert copy.title == used.title + " (kopie)" and page.selected_id() == copy.id
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert all(c.id != copy.id for c in services.cases.list_cases(include_archived=True))
