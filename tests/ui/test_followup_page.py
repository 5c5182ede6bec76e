"""The Opvolging page: Ctrl+5 opens it, filters narrow the list, the detail pane saves with undo/redo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.services.followup import KIND_QUESTION
from casetafel.ui.app_shell.main_window import FOLLOWUP, MainWindow
from casetafel.ui.followup.model import DUE


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path) -> MainWindow:
    load_demo(services)
    main = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def open_page(qtbot, window: MainWindow):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.followup_page
    assert window.pages.currentWidget() is page and window.sidebar.currentRow() == FOLLOWUP
    qtbot.waitUntil(lambda: page.all_items is not None)
    return page


def test_every_item_is_listed_overdue_first_and_marked(qtbot, window: MainWindow, services: Services) -> None:
    page = open_page(qtbot, window)
    total = len(services.records.list_questions()) + len(services.records.list_actions())
    assert page.model.rowCount() == total
    first = page.model.items[0]
    if any(item.overdue for item in page.model.items):
        assert first.overdue
        status = page.model.index(0, DUE).data()
        assert "overdue" in status or "te laat" in status
    assert page.detail.item == first  # the first item is shown at once


def test_filters_and_free_text_narrow_the_list(qtbot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    total = page.model.rowCount()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(KIND_QUESTION))
    questions = page.model.rowCount()
    assert 0 < questions < total
    assert all(item.kind == KIND_QUESTION for item in page.model.items)
    page.kind_filter.setCurrentIndex(0)
    page.text_filter.setFocus()
    qtbot.keyClicks(page.text_filter, "schuldhulp")
    narrowed = page.model.rowCount()
    assert 0 < narrowed < total
    assert all("schuldhulp" in item.haystack for item in page.model.items)
    for _ in range(len("schuldhulp")):
        qtbot.keyClick(page.text_filter, Qt.Key.Key_Backspace)
    assert page.model.rowCount() == total  # taken back letter by letter: the whole list again
    qtbot.keyClicks(page.text_filter, "schuldhulp")
    assert page.model.rowCount() == narrowed
    page.status_filter.setCurrentIndex(page.status_filter.findData("beantwoord"))
    assert all(item.status == "beantwoord" for item in page.model.items)
    page.clear_filters()
    assert page.model.rowCount() == total
    owner = page.model.items[0].owner
    page.owner_filter.setCurrentIndex(page.owner_filter.findData(owner))
    assert page.model.rowCount() >= 1 and all(item.owner == owner for item in page.model.items)
    page.clear_filters()
    page.overdue_filter.setChecked(True)
    assert all(item.overdue for item in page.model.items)


def test_answering_saves_with_history_and_undo(qtbot, window: MainWindow, services: Services) -> None:
    page = open_page(qtbot, window)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(KIND_QUESTION))
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    item = page.detail.item
    assert item is not None and item.status == "open"
    detail = page.detail
    detail.status_box.setCurrentIndex(detail.status_box.findData("beantwoord"))
    detail.instrument_box.setCurrentIndex(detail.instrument_box.findData("informatieverzoek"))
    detail.answer_edit.setPlainText("Het college antwoordde in de raadsinformatiebrief van november.")
    qtbot.mouseClick(detail.today_button, Qt.MouseButton.LeftButton)
    detail.reference_edit.setFocus()
    qtbot.keyClicks(detail.reference_edit, "RIB 2026-118")
    qtbot.keyClick(detail.reference_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = services.followup.get_item(KIND_QUESTION, item.id)
    assert stored.status == "beantwoord" and stored.answered_on == date.today()
    assert stored.answer_reference == "RIB 2026-118" and stored.instrument == "informatieverzoek"
    assert detail.history.topLevelItemCount() == 5
    assert page.model.items[page.model.row_of(KIND_QUESTION, item.id)].status == "beantwoord"

    window.undo_action.trigger()
    back = services.followup.get_item(KIND_QUESTION, item.id)
    assert (back.status, back.answer, back.answered_on, back.answer_reference) == ("open", "", None, "")
    assert detail.status_box.currentData() == "open"
    assert detail.history.topLevelItemCount() == 10  # the undo is history too
    window.redo_action.trigger()
    assert services.followup.get_item(KIND_QUESTION, item.id).status == "beantwoord"


def test_select_item_clears_a_filter_that_hides_it(qtbot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    hidden = page.model.items[-1]
    page.text_filter.setText("zzzz-niets")
    assert page.model.rowCount() == 0 and page.detail.item is None
    assert page.select_item(hidden.kind, hidden.id)
    assert page.detail.item.id == hidden.id and page.text_filter.text() == ""
    assert not page.select_item(KIND_QUESTION, 999_999)


def test_export_writes_the_items_shown_as_pdf_and_public_csv(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    page = open_page(qtbot, window)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(KIND_QUESTION))
    shown = page.model.rowCount()
    target = tmp_path / "stand"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "stand.pdf").read_bytes().startswith(b"%PDF")
    page.export.public_box.setChecked(True)
    qtbot.mouseClick(page.export.csv_button, Qt.MouseButton.LeftButton)
    lines = (tmp_path / "stand.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == shown + 1
    owner_column = lines[0].split(";").index("eigenaar")
    assert all(line.split(";")[owner_column] == "" for line in lines[1:] if line.count(";") == 14)


def test_owner_kind_and_route_are_set_after_the_meeting(
    qtbot, window: MainWindow, services: Services
) -> None:
    page = open_page(qtbot, window)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(KIND_QUESTION))
    page.table.setFocus()
    item = page.detail.item
    detail = page.detail
    detail.owner_edit.setText("Commissie Sociaal Domein")
    detail.owner_kind_box.setFocus()
    detail.owner_kind_box.setCurrentIndex(detail.owner_kind_box.findData("orgaan"))
    detail.route_edit.setFocus()
    qtbot.keyClicks(detail.route_edit, "Commissievergadering 12 maart")
    qtbot.keyClick(detail.route_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = services.followup.get_item(KIND_QUESTION, item.id)
    assert (stored.owner, stored.owner_kind, stored.route) == (
        "Commissie Sociaal Domein",
        "orgaan",
        "Commissievergadering 12 maart",
    )
    fields = {change.field for change in services.followup.history(KIND_QUESTION, item.id)}
    assert {"owner", "owner_kind", "route"} <= fields
    report = services.reporting.report_data(stored.meeting_id)
    printed = [q for case in report.cases for q in case.questions] + list(report.session_questions)
    assert any(q.owner_kind == "orgaan" and q.route == "Commissievergadering 12 maart" for q in printed)
    window.undo_action.trigger()
    assert services.followup.get_item(KIND_QUESTION, item.id).route == item.route


def test_possible_identifiers_are_marked_in_the_list_and_underlined_in_the_detail(
    qtbot, window: MainWindow, services: Services
) -> None:
    from PySide6.QtGui import QIcon

    from casetafel.ui.followup.model import TEXT
    from casetafel.ui.widgets.line_findings import recorded_text_findings

    page = open_page(qtbot, window)
    item = page.model.items[0]
    services.followup.update_item(item.kind, item.id, answer="Mevrouw Jansen belde op 06-12345678.")
    page.reload()
    row = page.model.row_of(item.kind, item.id)
    assert isinstance(page.model.index(row, TEXT).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert "06-12345678" in page.model.index(row, TEXT).data(Qt.ItemDataRole.ToolTipRole)
    for other in range(page.model.rowCount()):  # only items with a finding carry the marker
        shown = page.model.items[other]
        marked = page.model.index(other, TEXT).data(Qt.ItemDataRole.DecorationRole) is not None
        assert marked == bool(recorded_text_findings(shown.text) + recorded_text_findings(shown.answer))
    page.detail.owner_edit.setText("mevr. Jansen, 06-12345678")
    assert "telefoon" in {f.category for f in page.detail.underliners[0].run_now()}


def test_one_change_is_counted_in_the_singular(qtbot, window: MainWindow, services: Services) -> None:
    page = open_page(qtbot, window)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(KIND_QUESTION))
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    item = page.detail.item
    assert item is not None and not services.followup.history(KIND_QUESTION, item.id)
    detail = page.detail
    detail.reference_edit.setFocus()
    qtbot.keyClicks(detail.reference_edit, "RIB 2026-119")
    qtbot.keyClick(detail.reference_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert detail.history.topLevelItemCount() == 1
    assert detail.history_label.text() in ("History (1 change)", "Geschiedenis (1 wijziging)")
    detail.answer_edit.setFocus()
    qtbot.keyClicks(detail.answer_edit, "Antwoord volgt.")
    qtbot.keyClick(detail.answer_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert detail.history_label.text() in ("History (2 changes)", "Geschiedenis (2 wijzigingen)")


def test_the_overview_lists_every_page_key_and_each_opens_its_page(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    overview = window.shortcuts_dialog
    table = overview.tables[-1]
    keys = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert "Ctrl+1 … Ctrl+6" in keys
    overview.reject()
    for row, key in enumerate(
        (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6)
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.sidebar.currentRow() == row
