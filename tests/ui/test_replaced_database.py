"""Issue 14 point 1 in the window: the database file is replaced under the running program (a restore
by another program); the next autosave does not write into it, the text stays and the user is told."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings

from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.ui.cases.library import CaseLibraryPage


def test_the_window_stops_writing_into_a_replaced_file(qtbot, services: Services, tmp_path: Path) -> None:
    load_demo(services)
    page = CaseLibraryPage(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.reload()
    page.show()
    messages = []
    page.autosaver.failed.connect(messages.append)
    other = Services.open(tmp_path / "ander.sqlite")
    load_demo(other)  # another municipality's cases with the same ids
    other.close()
    shutil.copy(tmp_path / "ander.sqlite", tmp_path / "kopie.sqlite")
    os.replace(tmp_path / "kopie.sqlite", services.path)
    before = hashlib.sha256(services.path.read_bytes()).hexdigest()
    editor = page.editor
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Tekst van de ene bewoner")
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)
    assert "vervangen" in messages[0] and "kopieer" in messages[0]
    assert editor.title_edit.text() == "Tekst van de ene bewoner" and page.autosaver.has_pending()
    assert hashlib.sha256(services.path.read_bytes()).hexdigest() == before
