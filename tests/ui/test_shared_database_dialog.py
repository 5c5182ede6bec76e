"""File > Shared database…: the details typed with the keyboard, a test connection on a worker thread
(a wrong and a right password against the test server), Save keeps the address and never the password,
and the running program switches to the chosen database and back."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from casetafel.services.container import Services
from casetafel.storage.server import engine_url
from casetafel.ui.app_shell import shared_database_dialog as module
from casetafel.ui.app_shell.shared_database_dialog import SharedDatabaseDialog, saved_connection
from casetafel.ui.app_shell.workspace import Workspace

SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
needs_server = pytest.mark.skipif(not SERVER, reason="geen testserver (CASETAFEL_TEST_POSTGRES)")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot, settings: QSettings) -> SharedDatabaseDialog:
    shown = SharedDatabaseDialog(settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


@pytest.fixture
def no_pgpass(tmp_path: Path, monkeypatch) -> None:
    """No ~/.pgpass of this machine helps: the password has to be typed."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen_pgpass"))


def choose(qtbot, dialog: SharedDatabaseDialog, letter: Qt.Key, button) -> None:
    """Alt+letter on a radio button (a button's mnemonic clicks it a moment later, animated)."""
    qtbot.keyClick(dialog, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(button.isChecked)


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def fill_in(qtbot, dialog: SharedDatabaseDialog, address: str) -> None:
    url = engine_url(address)
    choose(qtbot, dialog, Qt.Key.Key_H, dialog.server_button)  # S&hared database on a server
    assert dialog.server_button.isChecked() and dialog.host_edit.isEnabled()
    type_into(qtbot, dialog.host_edit, url.host)
    type_into(qtbot, dialog.port_spin.lineEdit(), str(url.port))
    type_into(qtbot, dialog.database_edit, url.database)
    type_into(qtbot, dialog.user_edit, url.username)
    dialog.sslmode_combo.setFocus()
    qtbot.keyClick(dialog.sslmode_combo, Qt.Key.Key_End)  # the test server has no TLS: disable
    assert dialog.sslmode_combo.currentData() == "disable"


def result_of_test(qtbot, dialog: SharedDatabaseDialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    return dialog.result_label.text()


def test_the_defaults_are_the_local_file_and_a_verified_connection(dialog: SharedDatabaseDialog) -> None:
    assert dialog.local_button.isChecked() and not dialog.server_box.isEnabled()
    assert not dialog.test_button.isEnabled()
    assert dialog.sslmode_combo.currentData() == "verify-full"
    assert "root certificate" in dialog.sslmode_combo.toolTip()
    assert not dialog.password_edit.isVisible()
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password


def test_missing_details_are_said_and_nothing_is_saved(qtbot, dialog, settings: QSettings) -> None:
    choose(qtbot, dialog, Qt.Key.Key_H, dialog.server_button)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Vul de server in" in dialog.result_label.text()
    assert settings.value("shared_database/use") is None


def test_a_service_name_disables_the_server_fields(qtbot, dialog: SharedDatabaseDialog) -> None:
    choose(qtbot, dialog, Qt.Key.Key_H, dialog.server_button)
    type_into(qtbot, dialog.service_edit, "casetafel")
    assert not dialog.host_edit.isEnabled() and not dialog.sslmode_combo.isEnabled()
    assert dialog.target() == "postgresql:///?service=casetafel"


def test_an_unreachable_server_is_said_in_dutch(qtbot, dialog: SharedDatabaseDialog) -> None:
    fill_in(qtbot, dialog, "postgresql://niemand@127.0.0.1:1/casetafel")
    said = result_of_test(qtbot, dialog)
    assert "niet bereikbaar" in said and "weigerde" in said
    assert dialog.announcer.last == said  # a screen reader hears it too
    assert not dialog.password_edit.isVisible()


def test_a_server_that_does_not_answer_stops_the_wait(qtbot, dialog, monkeypatch) -> None:
    release = threading.Event()
    monkeypatch.setattr(module, "try_connection", lambda address: release.wait(30) and "te laat")
    monkeypatch.setattr(module, "WATCHDOG_MS", 100)
    fill_in(qtbot, dialog, "postgresql://niemand@db.invalid/casetafel")
    assert "did not answer" in result_of_test(qtbot, dialog)
    release.set()
    qtbot.wait(50)
    assert "te laat" not in dialog.result_label.text()


def test_choosing_the_local_file_again_is_saved(qtbot, dialog, settings: QSettings) -> None:
    settings.setValue("shared_database/use", "server")
    choose(qtbot, dialog, Qt.Key.Key_L, dialog.local_button)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.target() is None
    assert settings.value("shared_database/use") == "local" and saved_connection(settings) is None


@needs_server
def test_a_password_is_asked_used_and_never_saved(
    qtbot, dialog: SharedDatabaseDialog, settings: QSettings, server_database: str, no_pgpass
) -> None:
    password = engine_url(server_database).password
    fill_in(qtbot, dialog, server_database)
    said = result_of_test(qtbot, dialog)
    assert "geen wachtwoord" in said and dialog.password_edit.isVisible()
    assert dialog.password_edit.hasFocus() and "pgpass" in dialog.password_note.text()
    qtbot.keyClicks(dialog.password_edit, "fout")
    assert "klopt niet" in result_of_test(qtbot, dialog)
    type_into(qtbot, dialog.password_edit, password)
    said = result_of_test(qtbot, dialog)
    assert "klaar voor casetafel" in said and password not in said
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Save
    assert not dialog.isVisible()
    assert password in dialog.target()  # for this run, in memory
    settings.sync()
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    assert password not in stored and "fout" not in stored
    saved = saved_connection(settings)
    assert saved.host == "127.0.0.1" and saved.sslmode == "disable" and saved.database in server_database
    assert password not in saved.address()


@needs_server
def test_the_running_program_switches_to_the_server_and_back(
    qtbot, monkeypatch, db_path: Path, tmp_path: Path, server_database: str
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: pytest.fail("not switched: " + str(args)))
    services = Services.open(db_path)
    services.cases.create_case("Alleen lokaal", "tekst")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    space = Workspace(services, settings, Services.open)
    try:
        first = space.window
        assert "shared" not in first.windowTitle()
        first.database_action.trigger()
        dialog = first.database_dialog
        qtbot.waitUntil(dialog.isActiveWindow)
        fill_in(qtbot, dialog, server_database)
        type_into(qtbot, dialog.password_edit, engine_url(server_database).password)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert space.window is not first and space.services.path is None
        assert "shared database" in space.window.windowTitle()
        assert "Shared database:" in space.window.database_label.text()
        assert [c.title for c in space.services.cases.list_cases()] == []
        assert not hasattr(space.window, "restore_action")
        second = space.window
        second.database_action.trigger()
        dialog = second.database_dialog
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.server_button.isChecked()
        choose(qtbot, dialog, Qt.Key.Key_L, dialog.local_button)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert space.window is not second and space.services.path is not None
        assert settings.value("shared_database/use") == "local"
    finally:
        space.window.close()
        space.services.close()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_control_has_a_name_and_its_own_alt_letter(qtbot, settings: QSettings, language: str) -> None:
    import re

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    from casetafel.ui.app_shell.i18n import install_translators
    from tests.ui.test_accessibility import nameless_controls

    locale = QLocale()
    translators = install_translators(QApplication.instance(), language)
    try:
        shown = SharedDatabaseDialog(settings)
        qtbot.addWidget(shown)
        shown.server_button.setChecked(True)
        shown._show_password_row(True)
        shown.show()
        assert nameless_controls(shown) == []
        texts = [b.text() for b in shown.findChildren(QAbstractButton)]
        texts += [label.text() for label in shown.findChildren(QLabel) if label.buddy() is not None]
        letters = [found.group(1).lower() for text in texts if (found := re.search(r"&(\w)", text))]
        assert len(letters) == len(set(letters)) >= 10, texts
        if language == "nl":
            assert shown.windowTitle() == "Gedeelde database"
            assert shown.local_button.text() == "&Lokaal bestand op deze computer"
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
        QLocale.setDefault(locale)


def test_nothing_switches_while_the_table_runs_or_when_opening_fails(
    qtbot, monkeypatch, db_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    services = Services.open(db_path)
    space = Workspace(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), Services.open)
    try:
        first = space.window
        table = QWidget()
        qtbot.addWidget(table)
        table.show()
        first.facilitation_window = table
        assert space.switch_to("postgresql://niemand@127.0.0.1:1/casetafel?sslmode=disable") is False
        assert space.window is first and "next start" in told[-1]
        table.close()
        assert space.switch_to("postgresql://niemand@127.0.0.1:1/casetafel?sslmode=disable") is False
        assert space.window is first and space.services is services
        assert "niet bereikbaar" in told[-1] and "saved for the next start" in told[-1]
        assert services.cases.list_cases() == []  # the open database still works
    finally:
        space.window.close()
        space.services.close()


def test_a_server_opened_with_db_is_shown_without_its_password(qtbot, settings: QSettings) -> None:
    shown = SharedDatabaseDialog(
        settings, current_server="postgresql://griffie:geheim@db.gemeente.nl:5433/ct?sslmode=require"
    )
    qtbot.addWidget(shown)
    assert shown.server_button.isChecked()
    assert (shown.host_edit.text(), shown.port_spin.value(), shown.database_edit.text()) == (
        "db.gemeente.nl",
        5433,
        "ct",
    )
    assert shown.user_edit.text() == "griffie" and shown.sslmode_combo.currentData() == "require"
    assert shown.password_edit.text() == "" and "geheim" not in shown.target()
