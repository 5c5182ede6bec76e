"""Start-up with a shared database saved in the settings: used without --db, a password asked when the
server wants one, and when the server cannot be reached a choice between trying again, the local file,
another file and quitting. --db always wins. Dialogs are stubbed; the window is real."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

import casetafel.app as app
import casetafel.ui.app_shell.i18n as i18n
import casetafel.ui.app_shell.startup as startup
from casetafel import cli
from casetafel.paths import data_dir, default_db_path
from casetafel.storage.server import ServerUnreachableError, engine_url, with_password
from casetafel.storage.shared_connection import SharedConnection
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.app_shell.shared_database_dialog import save_choice

SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
needs_server = pytest.mark.skipif(not SERVER, reason="geen testserver (CASETAFEL_TEST_POSTGRES)")
UNREACHABLE = SharedConnection(
    host="127.0.0.1", port=1, database="casetafel", user="niemand", sslmode="disable"
)


@pytest.fixture
def saved(private_home: Path):
    """Saves a shared database in the settings file the program reads at start-up."""

    def save(connection: SharedConnection) -> None:
        settings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
        save_choice(settings, connection)
        del settings

    data_dir().mkdir(parents=True, exist_ok=True)
    return save


@pytest.fixture
def started(qtbot, monkeypatch) -> list[str]:
    """Runs the window without its event loop: the titles of the main windows that were shown."""
    titles: list[str] = []

    def run_once(_app) -> int:
        qtbot.wait(20)  # the timers of the first paint (resume a running session) run here
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                titles.append(widget.windowTitle())
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_once)
    monkeypatch.setattr(app, "started", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(i18n, "install_translators", lambda application, language: [])
    return titles


def test_an_unreachable_saved_server_offers_the_local_file(qtbot, monkeypatch, saved, started) -> None:
    saved(UNREACHABLE)
    asked = []

    def choose_local(error, address, local_path, parent=None):
        asked.append((str(error), address, local_path))
        return local_path

    monkeypatch.setattr(startup, "ask_server_what_next", choose_local)
    assert app._run_gui(None, "en") == 0
    assert len(asked) == 1
    error, address, local_path = asked[0]
    assert "niet bereikbaar" in error and address == UNREACHABLE.address()
    assert local_path == default_db_path() and local_path.exists()
    assert started == ["casetafel — case table"]


def test_trying_again_tries_the_server_again(qtbot, monkeypatch, saved, started) -> None:
    saved(UNREACHABLE)
    answers = iter([UNREACHABLE.address(), None])  # try again, then quit
    asked = []

    def answer(error, address, local_path, parent=None):
        asked.append(address)
        return next(answers)

    monkeypatch.setattr(startup, "ask_server_what_next", answer)
    assert app._run_gui(None, "en") == 1
    assert asked == [UNREACHABLE.address()] * 2 and started == []
    assert not default_db_path().exists()  # the local file was not made behind the user's back


@needs_server
def test_the_saved_server_is_used_and_its_password_asked(
    qtbot, monkeypatch, saved, started, server_database: str, tmp_path: Path
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen_pgpass"))
    url = engine_url(server_database)
    connection = SharedConnection(url.host, url.port, url.database, url.username, "disable")
    saved(connection)
    asked = []

    def password(address, error, parent=None):
        asked.append((address, str(error)))
        return with_password(address, url.password)

    monkeypatch.setattr(startup, "ask_server_password", password)
    monkeypatch.setattr(
        startup, "ask_server_what_next", lambda *args, **kwargs: pytest.fail("the server was reachable")
    )
    assert app._run_gui(None, "en") == 0
    assert asked and asked[0][0] == connection.address() and "wachtwoord" in asked[0][1]
    assert started == [f"casetafel — case table — shared database {connection.location()}"]
    assert not default_db_path().exists()
    stored = (data_dir() / "settings.ini").read_text(encoding="utf-8")
    assert url.password not in stored


def test_db_on_the_command_line_wins(monkeypatch, saved, tmp_path: Path) -> None:
    saved(UNREACHABLE)
    opened = []
    monkeypatch.setattr(app, "run_gui", lambda db_path, language: opened.append(db_path) or 0)
    file = tmp_path / "ander.sqlite"
    assert cli.main(["--db", str(file)]) == 0
    assert cli.main([]) == 0  # without --db: the window reads the saved choice
    assert opened == [file, None]


def test_the_start_up_choice_for_a_server(qtbot, monkeypatch, tmp_path: Path) -> None:
    shown = {}
    local = tmp_path / "casetafel.sqlite"

    def pick(text: str):
        def fake_exec(box: QMessageBox) -> int:
            shown["buttons"] = [button.text() for button in box.buttons()]
            shown["default"] = box.defaultButton().text()
            shown["text"] = box.text()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        monkeypatch.setattr(
            QMessageBox, "clickedButton", lambda box: next(b for b in box.buttons() if b.text() == text)
        )

    error = ServerUnreachableError("griffie@db/casetafel", "de server weigerde de verbinding of is uit")
    pick("Use the &local file")
    assert startup.ask_server_what_next(error, "postgresql://griffie@db/casetafel", local) == local
    assert sorted(shown["buttons"]) == ["&Try again", "Choose another file…", "Quit", "Use the &local file"]
    assert shown["default"] == "&Try again" and "niet bereikbaar" in shown["text"]
    pick("&Try again")
    assert startup.ask_server_what_next(error, "postgresql://griffie@db/casetafel", local) == (
        "postgresql://griffie@db/casetafel"
    )
    pick("Quit")
    assert startup.ask_server_what_next(error, "postgresql://griffie@db/casetafel", local) is None
