"""The first window by role: a council member's login on a shared database opens the "Mijn inbreng"
window (issue 21 point 4), everyone else the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from casetafel import app


class CouncilMemberServices:
    """Stands in for the services of a raadslid's login (the role comes from the server)."""

    role = "raadslid"
    login = "j.devries"


def test_a_council_member_gets_the_member_window(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    import casetafel.ui.member_input.window as member_window
    from casetafel.services.member_input import Author

    opened = []
    monkeypatch.setattr(
        member_window,
        "open_member_input_window",
        lambda services, author: opened.append((services, author)) or "venster",
    )
    services = CouncilMemberServices()
    assert app.open_first_window(services, None, None) == "venster"
    assert opened == [(services, Author(login="j.devries"))]


def test_on_a_file_the_main_window_opens(services, tmp_path: Path, qtbot) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert services.role is None and services.login == ""
    workspace = app.open_first_window(services, settings, None)
    qtbot.addWidget(workspace.window)
    assert workspace.services is services and workspace.window.isVisible()
