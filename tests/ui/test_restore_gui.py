"""Restoring a backup from the File menu: a copy of the current file first, then the restored data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casetafel.services.container import Services
from casetafel.services.maintenance import backup_now
from casetafel.ui.app_shell.workspace import Workspace


@pytest.fixture
def workspace(qtbot, db_path: Path, tmp_path: Path):
    services = Services.open(db_path)
    services.cases.create_case("Voor de kopie", "tekst")
    space = Workspace(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), Services.open)
    yield space
    space.window.close()
    space.services.close()


def titles(services: Services) -> list[str]:
    return [c.title for c in services.cases.list_cases()]


def test_restore_from_the_file_menu(qtbot, monkeypatch, workspace: Workspace, tmp_path: Path) -> None:
    backup = backup_now(workspace.services.path, tmp_path / "kopie.sqlite")
    workspace.services.cases.create_case("Na de kopie", "tekst")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    old_window = workspace.window
    old_window.restore_action.trigger()
    assert workspace.window is not old_window and workspace.window.isVisible()
    assert titles(workspace.services) == ["Voor de kopie"]
    kept = [p for p in (workspace.services.path.parent / "backups").glob("*voor_herstel*.sqlite")]
    assert len(kept) == 1
    connection = sqlite3.connect(kept[0])
    assert connection.execute("SELECT count(*) FROM cases").fetchone()[0] == 2
    connection.close()
    assert "kopie.sqlite" in workspace.window.statusBar().currentMessage()


def test_a_damaged_backup_changes_nothing(qtbot, monkeypatch, workspace: Workspace, tmp_path: Path) -> None:
    damaged = tmp_path / "stuk.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    old_window = workspace.window
    assert workspace.restore_from(damaged) is False
    assert workspace.window is old_window
    assert warnings and "niet gewijzigd" in warnings[0]
    assert titles(workspace.services) == ["Voor de kopie"]


def test_the_window_replaced_by_a_restore_is_freed(
    qtbot, monkeypatch, workspace: Workspace, tmp_path: Path
) -> None:
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    from casetafel.app import started

    backup = backup_now(workspace.services.path, tmp_path / "kopie.sqlite")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    for row in (1, 2, 3, 0):  # a window in use: every page built, the session tabs opened
        workspace.window.sidebar.setCurrentRow(row)
    for tab in (1, 2):
        workspace.window.sessions_page.editor.tabs.setCurrentIndex(tab)
    old_window = weakref.ref(workspace.window)
    old_page = weakref.ref(workspace.window.sessions_page)
    started()  # as after a real start: the first window's objects are frozen out of collection
    try:
        assert workspace.restore_from(backup)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        assert old_page() is None and old_window() is None
    finally:
        gc.unfreeze()
