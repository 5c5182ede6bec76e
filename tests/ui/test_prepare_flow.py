"""Preparing a session end to end on real widgets, then quitting and starting again: everything is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from casetafel.services.container import Services
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.prepare.agenda_case_picker import CasePickerDialog
from casetafel.ui.prepare.session_editor import AGENDA_TAB, PARTICIPANTS_TAB

DESCRIPTION_1 = "Mevrouw A. (midden dertig) raakte na de scheiding in de schulden; de cliënt wil geen bewind."
DESCRIPTION_2 = (
    "De zoon van gezin K. wordt achttien; de dagbesteding uit de Jeugdwet stopt, de Wmo-indicatie niet."
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def saved(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)


def make_case(qtbot, window: MainWindow, title: str, description: str, domain_row: int) -> None:
    page = window.cases_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor.title_edit.hasFocus() and editor.title_edit.selectedText() == "New case"
    qtbot.keyClicks(editor.title_edit, title)
    editor.description.text_edit.setPlainText(description)  # Dutch text: setText, not keyClicks
    editor.fact_lists["domains"].item(domain_row).setCheckState(Qt.CheckState.Checked)
    editor.fact_combos["presenter_role"].setCurrentIndex(
        editor.fact_combos["presenter_role"].findData("professional")
    )
    saved(qtbot, page)
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert "Griffier" in editor.anonymisation_label.text()


def test_prepare_a_session_quit_and_start_again(
    qtbot, services: Services, settings: QSettings, db_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Griffier", True))

    def pick_all(dialog: CasePickerDialog) -> int:
        dialog.list.selectAll()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CasePickerDialog, "exec", pick_all)
    window = open_window(qtbot, services, settings)

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    make_case(qtbot, window, "Schulden na de scheiding", DESCRIPTION_1, 3)
    make_case(qtbot, window, "Net achttien", DESCRIPTION_2, 1)
    assert window.cases_page.proxy.rowCount() == 2

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.sessions_page
    editor = page.editor
    qtbot.keyClicks(editor.text_edits["title"], "Casustafel november")
    editor.text_edits["location"].setText("Raadzaal, gemeentehuis Ommelân")
    editor.text_edits["location"].textEdited.emit("Raadzaal, gemeentehuis Ommelân")
    saved(qtbot, page)

    bar = editor.tabs.tabBar()  # the participants tab is built when it is first opened
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(PARTICIPANTS_TAB).center())
    participants = editor.participants
    for name in ("Ingrid", "Pieter", ""):
        qtbot.mouseClick(participants.add_button, Qt.MouseButton.LeftButton)
        if name:
            participants.table.setCurrentIndex(participants.model.index(participants.model.rowCount() - 1, 1))
            qtbot.keyClick(participants.table, Qt.Key.Key_F2)
            cell = QApplication.focusWidget()
            qtbot.keyClicks(cell, name)
            qtbot.keyClick(cell, Qt.Key.Key_Return)
    participants.model.setData(participants.model.index(1, 0), "wethouder")
    assert participants.model.rowCount() == 3

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(AGENDA_TAB).center())
    agenda = editor.agenda
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    assert [i.case_title for i in agenda.model.items] == ["Schulden na de scheiding", "Net achttien"]
    agenda.view.setFocus()
    agenda.view.setCurrentIndex(agenda.model.index(0, 1))
    qtbot.keyClick(agenda.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [i.case_title for i in agenda.model.items] == ["Net achttien", "Schulden na de scheiding"]
    agenda.view.setCurrentIndex(agenda.model.index(0, 1))
    assert agenda.minutes_model.setData(agenda.minutes_model.index(0, 1), 25)
    # 10 + 5 once, 2 x 65 per case, 15 extra; planned 19:30-21:30
    assert agenda.total_label.text() == "Total 2:40 — planned until 21:30, 40 minutes too long"
    meeting_id = page.selected_id()
    window.close()

    again = Services.open(db_path)
    try:
        second = open_window(qtbot, again, settings)
        cases = {c.title: again.cases.get_case(c.id) for c in again.cases.list_cases()}
        assert cases["Schulden na de scheiding"].description == DESCRIPTION_1
        assert cases["Schulden na de scheiding"].domains == ("schuldhulp",)
        assert cases["Net achttien"].presenter_role == "professional"
        assert all(c.anonymisation_confirmed_by == "Griffier" for c in cases.values())
        assert second.selected_meeting_id() == meeting_id
        shown = second.sessions_page.editor
        assert shown.text_edits["title"].text() == "Casustafel november"
        assert shown.text_edits["location"].text() == "Raadzaal, gemeentehuis Ommelân"
        assert [(p.role, p.name) for p in shown.participants.model.rows] == [
            ("raadslid", "Ingrid"),
            ("wethouder", "Pieter"),
            ("raadslid", ""),
        ]
        assert [i.case_title for i in shown.agenda.model.items] == [
            "Net achttien",
            "Schulden na de scheiding",
        ]
        assert shown.agenda.model.items[0].phase_minutes == {"presenteren": 25}
        second.close()
    finally:
        again.close()
