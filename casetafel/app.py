"""Composition root of the GUI: paths, log, lock, database, services, translations, main window.

Start-up problems with the database (damaged, foreign, too new, read-only, locked) are shown as a Dutch
dialog with choices; the problem file is never modified.
"""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from casetafel.logging_setup import setup_logging
from casetafel.paths import data_dir, default_db_path, log_dir
from casetafel.storage.errors import DatabaseLockedError, StorageError

log = logging.getLogger(__name__)

# How often a busy Python thread hands the interpreter lock over (CPython's default is 5 ms). While a
# report is built in the background, every event of the window that reaches Python code waits for the
# lock; at 5 ms a turn the window could stand still for a second, at 1 ms it stays within 0.1 s.
SWITCH_INTERVAL_S = 0.001


def run_gui(db_path: Path | str | None = None, language: str | None = None) -> int:
    """Start the window on ``db_path`` (a file or a server's address; given with ``--db``, it always
    wins). None: the shared database saved in the settings (File > Shared database…), else the default
    file."""
    # Start-up creates several hundred thousand long-lived objects (Qt bindings, SQLAlchemy, our modules):
    # the cycle collector would walk them again and again while nothing collectable is made. It is paused
    # until the main window is on screen; then those objects are frozen out of later collections.
    gc.disable()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    try:
        return _run_gui(db_path, language)
    finally:
        gc.enable()


def started() -> None:
    """The main window is on screen: start-up objects stay out of cyclic GC from now on (gc.freeze).

    The little cyclic garbage start-up made (well under 1 MB) is frozen with them: collecting it first
    would walk every start-up object once more, a pause just when the user starts working."""
    gc.freeze()
    gc.enable()


def _run_gui(db_path: Path | str | None, language: str | None) -> int:
    from casetafel.storage.address import is_server_address
    from casetafel.storage.inspection import InspectionInBackground

    from_settings = db_path is None
    if db_path is None:
        db_path = default_db_path()
    # The integrity check of the file runs while the program's modules load (see storage/inspection.py).
    inspection = None if is_server_address(db_path) else InspectionInBackground(db_path)

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from casetafel.ui.app_shell.crash_dialog import install_exception_hook
    from casetafel.ui.app_shell.i18n import DEFAULT_LANGUAGE, install_translators
    from casetafel.ui.app_shell.icon import app_icon
    from casetafel.ui.app_shell.startup import (
        DatabaseLock,
        NoFileLock,
        ask_server_password,
        ask_server_what_next,
        ask_what_next,
    )
    from casetafel.ui.widgets import data_labels

    try:
        log_path = setup_logging()
    except OSError:  # a read-only or full data folder: the program says so below, in a dialog
        log_path = log_dir() / "casetafel.log"
    app = QApplication.instance() or QApplication(sys.argv)
    app.setWindowIcon(app_icon())
    app.setApplicationName("casetafel")
    app.setOrganizationName("casetafel")
    settings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    _settings_private(settings)
    chosen_language = language or str(settings.value("language", DEFAULT_LANGUAGE))
    translators = install_translators(app, chosen_language)
    data_labels.set_language(chosen_language)
    install_exception_hook(log_path)

    services = None
    lock = None
    path = _saved_target(settings) if from_settings else None
    if path is None:
        path = db_path
    else:
        inspection = None
    while services is None:
        on_server = is_server_address(path)
        try:
            lock = NoFileLock() if on_server else DatabaseLock(path)
            lock.acquire()
            services = _open_or_explain(path, inspection)
        except StorageError as error:
            if lock is not None:
                lock.release()
            log.warning("Database kon niet geopend worden: %s", type(error).__name__)
            if on_server and getattr(error, "needs_password", False):
                with_password = ask_server_password(str(path), error)
                if with_password is not None:
                    path = with_password
                    continue
            if on_server:  # try again, or the local file instead; a server has no backups here
                choice = ask_server_what_next(error, path, Path(default_db_path()))
            else:
                choice = ask_what_next(error, path)
            if choice is None:
                return 1
            path = choice
            inspection = None
    first = open_first_window(services, settings, lock)
    QTimer.singleShot(0, started)
    try:
        return app.exec()
    finally:
        _close(getattr(first, "services", services))  # the workspace may have opened another database
        getattr(first, "lock", lock).release()
        _settings_private(settings)
        del translators


def run_member_input(services, author, language: str | None = None) -> int:
    """Only the "Mijn inbreng" window of ``author`` on open ``services`` (``casetafel mijn-inbreng``)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from casetafel.ui.app_shell.i18n import DEFAULT_LANGUAGE, install_translators
    from casetafel.ui.app_shell.icon import app_icon
    from casetafel.ui.member_input.window import open_member_input_window
    from casetafel.ui.widgets import data_labels

    app = QApplication.instance() or QApplication(sys.argv)
    app.setWindowIcon(app_icon())
    app.setApplicationName("casetafel")
    settings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    chosen_language = language or str(settings.value("language", DEFAULT_LANGUAGE))
    translators = install_translators(app, chosen_language)
    data_labels.set_language(chosen_language)
    window = open_member_input_window(services, author)
    try:
        return app.exec()
    finally:
        del window, translators


def _saved_target(settings) -> str | None:
    """The address of the shared database saved in the settings, or None for the local file."""
    if settings.value("shared_database/use") != "server":  # the usual case: nothing more to load
        return None
    from casetafel.storage.shared_connection import ConnectionDetailsError
    from casetafel.ui.app_shell.shared_database_dialog import saved_connection

    saved = saved_connection(settings)
    if saved is None:
        return None
    try:
        return saved.address()
    except ConnectionDetailsError:
        log.warning("Opgeslagen gedeelde database onvolledig; het lokale bestand wordt gebruikt")
        return None


def open_first_window(services, settings, lock):
    """The window a login starts in, by its role on a shared database (``services.role``).

    A council member (raadslid) gets the "Mijn inbreng" window of issue 21 point 4
    (``casetafel.ui.member_input.open_member_input_window(services, author)``, imported only then);
    everyone else (gespreksleider, griffie, the administrator, and always on a file) the main window.
    Returns the window's owner: the ``Workspace`` (whose ``services`` and ``lock`` may change when the
    user switches databases), or the council member's window."""
    from PySide6.QtCore import QTimer

    if services.role == "raadslid":
        from casetafel.services.member_input import Author
        from casetafel.ui.member_input.window import open_member_input_window

        return open_member_input_window(services, Author(login=services.login))
    from casetafel.ui.app_shell.workspace import Workspace

    workspace = Workspace(services, settings, _open_or_explain, lock=lock, close_services=_close)
    # Once the main window is on screen: the question about a running session appears in front of it.
    QTimer.singleShot(0, workspace.window.resume_table)
    return workspace


def _settings_private(settings) -> None:
    """The settings file (recent folders, window state) is private like every file casetafel writes."""
    from casetafel.private_files import make_private

    settings.sync()
    try:
        if Path(settings.fileName()).exists():
            make_private(Path(settings.fileName()))
    except OSError:
        log.warning("Rechten van het instellingenbestand niet aangepast")


def _open_or_explain(path: Path | str, inspection=None):
    """``_open``, with an operating-system error (read-only or full disk) as a Dutch ``StorageError``."""
    from casetafel.storage.errors import os_error_sentence

    try:
        return _open(path, inspection)
    except OSError as error:
        raise StorageError(
            f"casetafel kan de database {path} niet openen. {os_error_sentence(error)}"
        ) from error


def _open(path: Path, inspection=None):
    from casetafel.services.container import Services

    return Services.open(path, inspection)


def _close(services) -> None:
    from casetafel.storage.backup import backup_at_close

    path = services.path
    services.close()
    if path is None:  # a server database: its backups are the server's business
        return
    try:
        backup_at_close(path)
    except (OSError, StorageError):
        log.exception("Reservekopie bij afsluiten mislukt")


__all__ = ["DatabaseLockedError", "run_gui"]
