"""The GUI of issue 18: the session editor's Report tab (document control, autosaved, undoable), the
report settings (a validated logo and Word template), Word export from the report dialog, and the owner
kind chosen where an action's owner is entered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from casetafel.domain.capture import CaptureKind
from casetafel.domain.document import COMMON_BODIES
from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.ui.facilitation.capture_bar import CaptureBar
from casetafel.ui.prepare.session_editor import DOCUMENT_TAB
from casetafel.ui.prepare.sessions_page import SessionEditorPage
from casetafel.ui.report.dialog import open_report_dialog
from casetafel.ui.report.settings import LOGO_KEY, TEMPLATE_KEY, ReportSettingsDialog, report_files
from tests.ui.test_report_dialog import finished_meeting_id
from tests.unit.test_document_control import tiny_png


@pytest.fixture
def page(qtbot, services: Services, planned_meeting) -> SessionEditorPage:
    widget = SessionEditorPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.reload()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_report_tab_saves_document_control_and_undo_restores(
    qtbot, page: SessionEditorPage, services
) -> None:
    editor = page.editor
    editor.tabs.setCurrentIndex(DOCUMENT_TAB)
    form = editor.document
    form.version_edit.setFocus()
    qtbot.keyClicks(form.version_edit, "0.3")
    form.reference_edit.setText("Z-2026-0042")
    form.reference_edit.textEdited.emit("Z-2026-0042")
    form.addressee_combo.setCurrentIndex(form.addressee_combo.findText("Commissie Sociaal Domein"))
    form.addressee_combo.activated.emit(form.addressee_combo.currentIndex())
    form.status_combo.setCurrentIndex(1)
    form.adopted_edit.setDate(QDate(2026, 12, 1))
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    info = services.meetings.get_meeting(page.selected_id())
    assert (info.doc_version, info.reference, info.addressee) == (
        "0.3",
        "Z-2026-0042",
        "Commissie Sociaal Domein",
    )
    assert (info.doc_status, info.adopted_on) == ("definitief", date(2026, 12, 1))
    page.undo()  # the adoption date
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    assert services.meetings.get_meeting(page.selected_id()).adopted_on is None
    assert all(
        widget.accessibleName() for widget in (form.status_combo, form.version_edit, form.adopted_edit)
    )


def test_report_settings_validate_the_logo_and_template(qtbot, tmp_path: Path, monkeypatch) -> None:
    settings = QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)
    dialog = ReportSettingsDialog(settings)
    qtbot.addWidget(dialog)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("geen afbeelding")
    assert not dialog.set_logo(str(not_an_image)) and warnings
    logo = tmp_path / "echt.png"
    logo.write_bytes(tiny_png())
    assert dialog.set_logo(str(logo))
    assert not dialog.set_template(str(not_an_image))
    template = tmp_path / "sjabloon.docx"
    docx.Document().save(template)
    assert dialog.set_template(str(template))
    dialog.accept()
    assert settings.value(LOGO_KEY) == str(logo) and settings.value(TEMPLATE_KEY) == str(template)
    assert report_files(settings).logo == str(logo)
    logo.unlink()
    assert report_files(settings).logo == ""  # a logo that went away is not used


def test_word_export_from_the_report_dialog(qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    load_demo(services)
    dialog = open_report_dialog(None, services, finished_meeting_id(services))
    qtbot.addWidget(dialog)
    target = tmp_path / "verslag.docx"
    asked: list[str] = []

    def fake(parent, caption, suggested, file_filter):
        asked.append(suggested)
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    qtbot.mouseClick(dialog.docx_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith(" (vertrouwelijk).docx")
    document = docx.Document(str(target))
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    assert list(
        document.element.body.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
        )
    )
    assert dialog.docx_button.accessibleName() == "Export as Word"
    dialog.close()
    QApplication.processEvents()


def test_owner_kind_is_chosen_with_the_owner(qtbot, services: Services) -> None:
    bar = CaptureBar({kind: kind.value for kind in CaptureKind}, [], [], [], [])
    qtbot.addWidget(bar)
    bar.set_owner_suggestions(["Ingrid Hoekstra"], list(COMMON_BODIES))
    bar.owner_edit.setText("Griffie")
    bar._owner_chosen("Griffie")
    bar.line.setText("a: Griffie agendeert de wachtlijst")
    request = bar.request()
    assert (request.owner, request.owner_kind) == ("Griffie", "orgaan")
    bar._owner_chosen("Ingrid Hoekstra")
    assert bar.request().owner_kind == "persoon"
    bar.owner_edit.setText("")
    assert bar.request().owner_kind == ""
    bar.owner_kind_combo.setFocus()
    qtbot.keyClick(bar.owner_kind_combo, Qt.Key.Key_Down)
    assert bar.owner_kind_combo.currentData() == "orgaan"
