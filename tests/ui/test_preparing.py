"""Preparing a session: forms you can tab through, remembered details, lists you can read, the window
sized to the screen, shortcuts overview, names for screen readers on Linux."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.app_shell.shortcuts_dialog import ShortcutsDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, services: Services, settings: QSettings, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    load_demo(services)
    main = MainWindow(services, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def test_tab_goes_from_the_date_to_the_next_field(qtbot, window: MainWindow) -> None:
    editor = window.sessions_page.editor
    editor.text_edits["title"].setFocus()
    qtbot.waitUntil(lambda: editor.text_edits["title"].hasFocus())
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        order.append(widget.parentWidget() if widget.objectName() == "qt_spinbox_lineedit" else widget)
    assert order == [editor.starts_edit, editor.ends_edit, editor.text_edits["location"],
                     editor.text_edits["municipality"]]  # fmt: skip


def test_a_new_session_remembers_municipality_and_facilitator(qtbot, window: MainWindow) -> None:
    page = window.sessions_page
    page.new_item()
    info = page.editor.info
    assert info.municipality == "Gemeente Wolderveen" and info.facilitator == "Ingrid Hoekstra"
    assert page.editor.text_edits["municipality"].text() == "Gemeente Wolderveen"


def test_start_the_table_from_the_session_page(qtbot, window: MainWindow, services: Services) -> None:
    page = window.sessions_page
    planned = next(s for s in services.meetings.list_meetings() if s.status == "gepland")
    page.select_id(planned.id)
    assert page.run_button.isEnabled()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    run = window.facilitation_window
    qtbot.addWidget(run)
    qtbot.addWidget(run.presenter)
    assert run is not None and run.meeting_id == planned.id
    qtbot.waitUntil(lambda: run.focusWidget() is run.capture.line)
    run.close()
    finished = next(s for s in services.meetings.list_meetings() if s.status == "afgerond")
    page.select_id(finished.id)
    assert not page.run_button.isEnabled()


def test_f1_shows_the_shortcuts(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    texts = {dialog.tables[1].item(r, 0).text() for r in range(dialog.tables[1].rowCount())}
    assert "F9 / Ctrl+Enter" in texts
    dialog.reject()


def test_choosing_the_language_in_use_asks_nothing(window: MainWindow, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    window.choose_language("nl")
    assert shown == []
    window.choose_language("en")
    assert len(shown) == 1 and window.settings.value("language") == "en"


def test_case_filters_are_labelled_for_linux_screen_readers(window: MainWindow) -> None:
    window.sidebar.setCurrentRow(1)
    page = window.cases_page
    for combo in (page.domain_filter, page.theme_filter, page.status_filter):
        labels = QAccessible.queryAccessibleInterface(combo).relations(QAccessible.Relation.Label)
        assert [label.text(QAccessible.Text.Name) for label, _rel in labels] == [combo.accessibleName()]


def test_tab_leaves_the_search_results(window: MainWindow) -> None:
    window.sidebar.setCurrentRow(3)
    assert not window.search_page.table.tabKeyNavigation()


def test_the_window_fits_the_screen(qtbot, services: Services, settings: QSettings) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert window.width() >= min(1200, int(area.width() * 0.9))


def test_case_picker_puts_title_matches_first_and_says_what_it_knows(qtbot, services: Services) -> None:
    from casetafel.ui.prepare.agenda_case_picker import CasePickerDialog

    text_only = services.cases.create_case("Schulden na een scheiding", "Zij woont in een huurwoning.")
    title = services.cases.create_case("Huurachterstand na ontslag", "Zonder werk liep de schuld op.")
    services.cases.confirm_anonymisation(title.id, "Griffier")
    earlier = services.meetings.create_meeting("Vorige keer")
    services.meetings.add_to_agenda(earlier.id, title.id)
    services.meetings.set_status(earlier.id, "afgerond")
    dialog = CasePickerDialog(services, set())
    qtbot.addWidget(dialog)
    dialog.search.setText("huur")
    rows = [dialog.list.item(r) for r in range(dialog.list.count())]
    assert [r.data(Qt.ItemDataRole.UserRole) for r in rows] == [title.id, text_only.id]
    assert "discussed" in rows[0].text() and "anonymisation confirmed" in rows[0].text()
    assert "discussed" not in rows[1].text() and "not confirmed" in rows[1].text()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.selected_case_ids() == [title.id]


def test_one_click_on_a_role_opens_the_roles(qtbot, window: MainWindow) -> None:
    from casetafel.ui.prepare.session_editor import PARTICIPANTS_TAB

    editor = window.sessions_page.editor
    editor.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    table = editor.participants.table
    qtbot.waitUntil(lambda: table.isVisible() and table.visualRect(table.model().index(1, 0)).height() > 0)
    rect = table.visualRect(table.model().index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    editor_widget = table.indexWidget(table.model().index(1, 0))  # the role list is open after one click
    assert editor_widget is not None and editor_widget.accessibleName() == "Role"


def test_the_method_hint_tells_how_long_one_two_and_three_cases_take(window: MainWindow) -> None:
    hint = window.sessions_page.editor.method_hint.text()
    assert "one case takes 1:20, two cases 2:25, three cases 3:30" in hint


def mnemonic_clashes(window: MainWindow) -> dict[str, list[str]]:
    """Alt+letter keys that more than one visible control or menu answers to."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters: dict[str, list[str]] = {}

    def add(text: str) -> None:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            letters.setdefault(found.group(1).lower(), []).append(text)

    for action in window.menuBar().actions():
        add(action.text())
    for widget in window.findChildren(QLabel):
        if widget.buddy() is not None and widget.isVisibleTo(window):
            add(widget.text())
    for widget in window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window):
            add(widget.text())
    return {letter: texts for letter, texts in letters.items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_mnemonic_clashes_on_the_session_page(qtbot, services: Services, settings, language, monkeypatch):
    from casetafel.ui.app_shell.i18n import install_translators
    from casetafel.ui.prepare.session_editor import AGENDA_TAB, DETAILS_TAB, PARTICIPANTS_TAB

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    from PySide6.QtCore import QLocale

    load_demo(services)
    locale = QLocale()
    translators = install_translators(QApplication.instance(), language)
    try:
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        tabs = window.sessions_page.editor.tabs
        for tab in (DETAILS_TAB, PARTICIPANTS_TAB, AGENDA_TAB):
            tabs.setCurrentIndex(tab)
            assert mnemonic_clashes(window) == {}, (language, tab, mnemonic_clashes(window))
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
        QLocale.setDefault(locale)


def test_session_list_shows_whole_titles_place_and_a_downward_arrow_for_newest_first(window) -> None:
    from PySide6.QtWidgets import QStyleOptionHeader

    from casetafel.ui.widgets.sort_arrow import FLIPPED, SortArrowStyle

    page = window.sessions_page
    index = page.proxy.index(0, 1)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == page.model.row_at(page.proxy.mapToSource(index).row()).title
    assert "Dorpshuis" in tip or len(tip.splitlines()) >= 2
    assert page.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    header = page.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert isinstance(header.style(), SortArrowStyle)
    assert FLIPPED[QStyleOptionHeader.SortIndicator.SortUp] == QStyleOptionHeader.SortIndicator.SortDown


def test_an_empty_case_library_says_what_to_do(qtbot, services: Services, settings: QSettings) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(1)
    page = window.cases_page
    assert page.right.currentWidget() is page.empty_hint and "Ctrl+N" in page.empty_hint.text()
    page.new_item()
    assert page.right.currentWidget() is page.editor and page.editor.isEnabled()
    page.search.setText("zzzz")
    page.apply_filter()
    assert page.right.currentWidget() is page.empty_hint and "matches" in page.empty_hint.text()


def test_f9_after_adding_a_case_starts_the_table_once(
    qtbot, window: MainWindow, services: Services, monkeypatch
):
    from casetafel.ui.prepare.agenda_case_picker import CasePickerDialog
    from casetafel.ui.prepare.session_editor import AGENDA_TAB

    page = window.sessions_page
    planned = next(s for s in services.meetings.list_meetings() if s.status == "gepland")
    page.select_id(planned.id)
    page.editor.tabs.setCurrentIndex(AGENDA_TAB)

    def pick_first(dialog: CasePickerDialog) -> int:
        dialog.list.setCurrentRow(0)
        return CasePickerDialog.DialogCode.Accepted

    monkeypatch.setattr(CasePickerDialog, "exec", pick_first)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    page.editor.agenda.add_cases()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    run = window.facilitation_window
    assert run is not None and run.isVisible()
    qtbot.addWidget(run)
    qtbot.addWidget(run.presenter)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.facilitation_window is run  # not a second window on the same session
    run.close()
