"""The anonymisation guard in the case editor: findings underlined as you type, replaced, waived with a
reason, confirmed; undo of a replacement; a local place name; and the projection gate for a text that
changed behind the editor's back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip

from casetafel.services.container import Services
from casetafel.storage.models import Case
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.cases.library import CaseLibraryPage
from casetafel.ui.cases.waiver_dialog import WaiverDialog
from casetafel.ui.facilitation.launch import start_facilitation
from casetafel.ui.facilitation.window import FacilitationWindow

TEXT = "Mevrouw Jansen woont in Oosterwolde. Jansen heeft schulden."
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def page(qtbot, services: Services, settings: QSettings) -> CaseLibraryPage:
    widget = CaseLibraryPage(services, settings)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.reload()
    widget.show()
    widget.new_item()
    return widget


def underlined(editor) -> list[str]:
    text = editor.description.text()
    return [text[start:end] for start, end in editor.description.text_edit.highlighted_spans()]


def choose(qtbot, editor, wanted: str) -> None:
    """Click the open finding ``wanted`` in the findings panel."""
    panel = editor.findings
    row = next(i for i, item in enumerate(panel.items) if item.finding.text == wanted and item.is_open)
    panel.list.scrollToItem(panel.list.item(row))
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.list.currentRow() == row


def test_type_replace_replace_all_waive_and_confirm(
    qtbot, page: CaseLibraryPage, services, monkeypatch
) -> None:
    editor = page.editor
    text_edit = editor.description.text_edit
    text_edit.setPlainText(TEXT)  # Dutch text: setText, then type ASCII
    text_edit.moveCursor(text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(text_edit, " Bel haar op 06-12345678.")
    qtbot.waitUntil(lambda: "06-12345678" in underlined(editor), timeout=2000)
    assert underlined(editor) == ["Mevrouw Jansen", "Oosterwolde", "Jansen", "06-12345678"]
    assert editor.findings.summary_label.text() == "4 open, 0 ignored"
    assert not editor.confirm_button.isEnabled()
    assert "4 possible identifiers are still open" in editor.confirm_button.toolTip()

    choose(qtbot, editor, "Oosterwolde")  # choosing a finding selects it in the text
    assert text_edit.textCursor().selectedText() == "Oosterwolde"

    choose(qtbot, editor, "06-12345678")
    qtbot.mouseClick(editor.findings.replace_button, Qt.MouseButton.LeftButton)
    assert "[TELEFOON]" in editor.description.text() and "06-12345678" not in editor.description.text()

    choose(qtbot, editor, "Mevrouw Jansen")  # the form of address is part of the finding
    qtbot.keyClick(editor.findings.list, Qt.Key.Key_Return, SHIFT)  # Shift+Enter: every occurrence
    assert "Jansen" not in editor.description.text() and editor.description.text().count("[NAAM]") == 2
    assert underlined(editor) == ["Oosterwolde"]

    asked = []
    monkeypatch.setattr(
        WaiverDialog,
        "ask",
        classmethod(lambda cls, *a: asked.append(a) or ("Ligt buiten de gemeente", "Griffier")),
    )
    choose(qtbot, editor, "Oosterwolde")
    qtbot.mouseClick(editor.findings.waive_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0][1:3] == ("Place name", "Oosterwolde")
    assert editor.findings.summary_label.text() == "0 open, 1 ignored"
    assert underlined(editor) == ["Oosterwolde"]  # still marked, as waived (grey dots)
    assert editor.findings.waive_button.text() == "Stop &ignoring"
    assert editor.confirm_button.isEnabled()

    monkeypatch.setattr(
        "casetafel.ui.cases.anonymisation.QInputDialog.getText", lambda *a, **k: ("Griffier", True)
    )
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert "Griffier" in editor.anonymisation_label.text()
    stored = services.cases.get_case(editor.case_id)
    assert stored.anonymisation_confirmed and stored.anonymisation_confirmed_by == "Griffier"
    assert (
        stored.description
        == "Mevrouw [NAAM] woont in Oosterwolde. [NAAM] heeft schulden. Bel haar op [TELEFOON]."
    )
    with services.db.reading() as db_session:
        raw = db_session.get(Case, editor.case_id).anonymisation_waivers
    assert len(raw) == 1 and raw[0]["text"] == "Oosterwolde" and raw[0]["category"] == "plaats"
    assert raw[0]["reason"] == "Ligt buiten de gemeente" and raw[0]["by"] == "Griffier" and raw[0]["at"]


def test_tooltip_names_the_category_and_the_placeholder(qtbot, page: CaseLibraryPage) -> None:
    editor = page.editor
    text_edit = editor.description.text_edit
    text_edit.setPlainText(TEXT)
    qtbot.waitUntil(lambda: len(underlined(editor)) == 3, timeout=2000)
    cursor = text_edit.textCursor()
    cursor.setPosition(10)  # inside the first "Jansen"
    where = text_edit.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, text_edit.viewport().mapToGlobal(where))
    QApplication.sendEvent(text_edit.viewport(), event)
    assert QToolTip.text() == "Name — suggested replacement: Mevrouw [NAAM]"
    assert editor.guard.highlighter.item_at(25).tooltip() == "Place name — suggested replacement: [PLAATS]"


def test_undo_restores_a_replaced_name(qtbot, services: Services, settings: QSettings) -> None:
    case = services.cases.create_case("Schulden", TEXT)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.cases_page
    page.select_id(case.id)
    editor = page.editor
    assert underlined(editor) == ["Mevrouw Jansen", "Oosterwolde", "Jansen"]  # checked at once when shown
    text_edit = editor.description.text_edit
    text_edit.setFocus()
    text_edit.moveCursor(text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(text_edit, " Extra")  # typing just before the replacement stays its own step
    choose(qtbot, editor, "Mevrouw Jansen")
    qtbot.keyClick(editor.findings.list, Qt.Key.Key_Return)  # Enter: this occurrence only
    expected = "Mevrouw [NAAM] woont in Oosterwolde. Jansen heeft schulden. Extra"
    assert editor.description.text() == expected
    assert services.cases.get_case(case.id).description == expected
    text_edit.setFocus()
    qtbot.keyClick(text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.description.text() == TEXT + " Extra"
    assert services.cases.get_case(case.id).description == TEXT + " Extra"
    assert underlined(editor) == ["Mevrouw Jansen", "Oosterwolde", "Jansen"]
    qtbot.keyClick(text_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert services.cases.get_case(case.id).description == expected


def test_a_word_becomes_a_local_place_name(qtbot, page: CaseLibraryPage, services: Services) -> None:
    editor = page.editor
    text_edit = editor.description.text_edit
    text_edit.setPlainText("Ze gaat elke week naar de markt van Veldhoek.")
    editor.guard.highlighter.run_now()
    assert underlined(editor) == [] and editor.confirm_button.isEnabled()
    assert "no possible identifiers" in editor.findings.summary_label.text()
    cursor = text_edit.textCursor()
    cursor.setPosition(37)
    text_edit.setTextCursor(cursor)  # the text cursor inside the word is enough
    qtbot.mouseClick(editor.findings.place_button, Qt.MouseButton.LeftButton)
    assert services.taxonomy.local_places() == ["Veldhoek"]
    assert underlined(editor) == ["Veldhoek"] and not editor.confirm_button.isEnabled()
    text_edit.place_name_requested.emit("Markt")  # what the context menu does
    assert services.cases.local_places() == ["Veldhoek", "Markt"]


def test_projection_is_refused_for_a_text_changed_behind_the_editor(
    qtbot, services: Services, planned_meeting, monkeypatch
) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text)))
    first, second = planned_meeting.agenda
    with services.db.transaction() as db_session:  # still confirmed, but the text now names someone
        db_session.get(Case, first.case_id).description = "Mevrouw Jansen woont aan de Dorpsweg 14."
    assert services.cases.get_case(first.case_id).anonymisation_confirmed
    assert start_facilitation(None, services, planned_meeting.id) is None
    title, text = warnings[-1]
    assert title == "The session cannot start yet"
    assert first.case_code in text and "Jansen" in text and "Negeren" in text
    assert services.meetings.get_meeting(planned_meeting.id).status == "gepland"

    with services.db.transaction() as db_session:  # repaired: the run starts ...
        db_session.get(Case, first.case_id).description = "Mevrouw [NAAM] woont aan de [ADRES]."
    window = FacilitationWindow(services, planned_meeting.id)
    qtbot.addWidget(window)
    qtbot.addWidget(window.presenter)
    window.begin()
    with services.db.transaction() as db_session:  # ... and the second case changes while it runs
        db_session.get(Case, second.case_id).description = "De zoon Tim belt met 06-12345678."
    target = next(i for i, step in enumerate(window.steps) if step.case_id == second.case_id)
    before = window.index
    window.go_to(target)
    assert window.index == before and "Tim" not in window.case_text
    assert warnings[-1][0] == "This case cannot be shown" and "06-12345678" in warnings[-1][1]


def test_stop_ignoring_reopens_a_finding_and_a_confirmed_text_warns(
    qtbot, page: CaseLibraryPage, services: Services, monkeypatch
) -> None:
    editor = page.editor
    editor.description.text_edit.setPlainText("Ze woont in Oosterwolde en gaat naar de markt van Veldhoek.")
    page.flush()
    editor.guard.highlighter.run_now()
    monkeypatch.setattr(
        WaiverDialog, "ask", classmethod(lambda cls, *a: ("Grote plaats, herkent niemand", "Griffier"))
    )
    choose(qtbot, editor, "Oosterwolde")
    qtbot.mouseClick(editor.findings.waive_button, Qt.MouseButton.LeftButton)
    assert editor.confirm_button.isEnabled()
    qtbot.mouseClick(editor.findings.waive_button, Qt.MouseButton.LeftButton)  # now "Stop ignoring"
    assert services.cases.get_case(editor.case_id).anonymisation_waivers == ()
    assert (
        not editor.confirm_button.isEnabled() and editor.findings.summary_label.text() == "1 open, 0 ignored"
    )
    assert "1 possible identifiers are still open" in editor.anonymisation_label.text()

    qtbot.mouseClick(editor.findings.waive_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(
        "casetafel.ui.cases.anonymisation.QInputDialog.getText", lambda *a, **k: ("Griffier", True)
    )
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert services.cases.get_case(editor.case_id).anonymisation_confirmed
    editor.description.text_edit.place_name_requested.emit("Veldhoek")  # a place name added later
    assert "but the text now holds 1 open findings" in editor.anonymisation_label.text()
    assert editor.revoke_button.isEnabled() and not editor.confirm_button.isEnabled()
