"""Lists refresh within two seconds when another client changes something (a server); on SQLite nothing
listens. The record being edited keeps what was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from casetafel.services.container import Services
from casetafel.ui.app_shell.main_window import MainWindow


def open_window(qtbot, services: Services, tmp_path: Path) -> MainWindow:
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_on_sqlite_nothing_listens(qtbot, services: Services, tmp_path: Path) -> None:
    window = open_window(qtbot, services, tmp_path)
    assert window.change_relay.listener is None and not window.change_relay.listening


def test_the_case_list_shows_another_clients_title_within_two_seconds(
    qtbot, server_database, tmp_path
) -> None:
    services = Services.open(server_database)
    other = Services.open(server_database)
    try:
        first = services.cases.create_case("Schulden", "Tekst.")
        second = services.cases.create_case("Wonen", "Tekst.")
        window = open_window(qtbot, services, tmp_path)
        assert window.change_relay.listening
        page = window.cases_page
        page.reload()
        page.select_id(first.id)
        editor = page.editor
        editor.title_edit.setFocus()
        qtbot.keyClicks(editor.title_edit, " en meer")  # typed, not yet saved
        other.cases.update_case(second.id, title="Wonen en zorg")
        with qtbot.waitSignal(window.change_relay.changed, timeout=2000) as heard:
            pass
        assert "cases" in heard.args[0]
        titles = {row.id: row.title for row in page.model.table_rows()}
        assert titles[second.id] == "Wonen en zorg"
        assert editor.title_edit.text() == "Schulden en meer" and editor.case_id == first.id
        window.close()
        assert not window.change_relay.listening
    finally:
        other.close()
        services.close()
