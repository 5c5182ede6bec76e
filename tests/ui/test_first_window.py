"""The first window by role: a council member's login on a shared database opens the "Mijn inbreng"
window (issue 21 point 4), everyone else the main window."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from casetafel import app


class CouncilMemberServices:
    """Stands in for the services of a raadslid's login (the role comes from the server)."""

    role = "raadslid"
    login = "j.devries"


def test_a_council_member_gets_the_member_window(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    opened = []
    module = types.ModuleType("casetafel.ui.member_input")
    module.open_member_input_window = lambda services, author: opened.append((services, author)) or "venster"
    monkeypatch.setitem(sys.modules, "casetafel.ui.member_input", module)
    services = CouncilMemberServices()
    assert app.open_first_window(services, None) == "venster"
    assert opened == [(services, "j.devries")]


def test_without_the_member_window_a_council_member_is_told(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    monkeypatch.setitem(sys.modules, "casetafel.ui.member_input", None)  # importing it fails
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    assert app.open_first_window(CouncilMemberServices(), None) is None
    assert len(told) == 1 and ("raadslid" in told[0].lower() or "council member" in told[0].lower())


def test_on_a_file_the_main_window_opens(services, tmp_path: Path, qtbot) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert services.role is None and services.login == ""
    workspace = app.open_first_window(services, settings)
    qtbot.addWidget(workspace.window)
    assert workspace.services is services and workspace.window.isVisible()
