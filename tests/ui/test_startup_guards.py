"""One program per database, the dialog for a database that cannot be opened, and unexpected errors."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from casetafel.storage.errors import DatabaseLockedError, NotADatabaseError
from casetafel.ui.app_shell import crash_dialog, startup
from casetafel.ui.app_shell.startup import DatabaseLock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    app.setApplicationName("casetafel")
    from casetafel.ui.app_shell.startup import DatabaseLock
    lock = DatabaseLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    time.sleep(60)
    """
)


def start_holder(db_path: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "locked"
    return process


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_second_start_is_refused_and_a_stale_lock_is_reclaimed(tmp_path: Path) -> None:
    db_path = tmp_path / "casetafel.sqlite"
    holder = start_holder(db_path)
    try:
        with pytest.raises(DatabaseLockedError) as raised:
            DatabaseLock(db_path).acquire()
        message = str(raised.value)
        assert f"proces {holder.pid}" in message and "al geopend" in message
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    lock = DatabaseLock(db_path)
    lock.acquire()  # the killed holder's lock is stale and is taken over
    lock.release()


def test_cannot_open_dialog_offers_backup_other_file_and_quit(qtbot, monkeypatch, tmp_path: Path) -> None:
    db_path = tmp_path / "stuk.sqlite"
    db_path.write_bytes(b"kapot")
    shown = {}

    def fake_exec(box: QMessageBox) -> int:
        shown["text"] = box.text()
        shown["buttons"] = [b.text() for b in box.buttons()]
        box.setProperty("clicked", None)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.escapeButton())
    choice = startup.ask_what_next(NotADatabaseError(db_path), db_path)
    assert choice is None  # Escape = quit
    assert "niet gewijzigd" in shown["text"]
    assert len(shown["buttons"]) == 2  # no backups yet: other file, quit
    assert db_path.read_bytes() == b"kapot"


def test_unexpected_error_is_logged_without_content_and_shown(qtbot, monkeypatch, tmp_path: Path) -> None:
    from casetafel.logging_setup import setup_logging

    log_path = setup_logging(tmp_path / "logs")
    shown = {}
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.update(title=title, text=text)
    )
    crash_dialog.install_exception_hook(log_path)
    try:
        raise ValueError("Mevrouw Jansen uit Oosterwolde, Dorpsweg 14")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "ValueError" in logged and "test_startup_guards.py" in logged
    assert "Jansen" not in logged and "Dorpsweg" not in logged
    assert str(log_path) in shown["text"]
