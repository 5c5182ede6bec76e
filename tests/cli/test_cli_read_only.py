"""Issue 14 point 7: read-only media. A healthy WAL database on a read-only stick or share is read by the
commands that only read, opened immutable, leaving nothing next to it; commands that write say why not in
Dutch; a read-only data folder gives a Dutch sentence, and the window a dialog instead of an exit.

Root ignores file permissions: as root (CI) the commands run as the unprivileged user "nobody"."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from casetafel.services.container import Services
from tests.unprivileged import give_to_user, run_casetafel, user_folder

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX rights")


@pytest.fixture
def stick():
    """A folder with a healthy casetafel database (WAL mode) that is then made read-only."""
    with user_folder() as folder:
        media = folder / "stick"
        media.mkdir()
        db = media / "archief.sqlite"
        services = Services.open(db)
        meeting = services.meetings.create_meeting("Casustafel maart")
        services.cases.create_case("Schulden", "Mevrouw A. raakte in de schulden.")
        services.close()
        (folder / "uit").mkdir()
        (folder / "home").mkdir()
        give_to_user(folder)
        db.chmod(0o444)
        media.chmod(0o555)
        try:
            yield folder, db, meeting.id
        finally:
            media.chmod(0o755)


@posix_only
def test_reading_commands_work_on_read_only_media(stick) -> None:
    folder, db, meeting_id = stick
    with db.open("rb") as handle:
        assert handle.read(20)[18:20] == b"\x02\x02"  # WAL mode in the header
    before = sorted(p.name for p in db.parent.iterdir())
    home = folder / "home"
    checked = run_casetafel("check", "--db", str(db), home=home)
    assert checked.returncode == 0, checked.stderr
    assert "in orde" in checked.stdout
    listed = run_casetafel("sessions", "--db", str(db), home=home)
    assert listed.returncode == 0, listed.stderr
    assert "Casustafel maart" in listed.stdout
    exported = run_casetafel(
        "export", str(meeting_id), "--db", str(db), "-o", str(folder / "uit" / "s.json"), home=home
    )
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in db.parent.iterdir()) == before


@posix_only
def test_writing_commands_on_read_only_media_say_why_in_dutch(stick) -> None:
    folder, db, _ = stick
    result = run_casetafel("demo", "--db", str(db), home=folder / "home")
    assert result.returncode == 2
    assert "alleen-lezen" in result.stderr and "Traceback" not in result.stderr
    backup = run_casetafel("backup", "--db", str(db), home=folder / "home")
    assert backup.returncode == 2 and "Traceback" not in backup.stderr
    assert "kon niet" in backup.stderr


@posix_only
def test_a_read_only_data_folder_is_a_dutch_sentence(stick) -> None:
    folder, _, _ = stick
    result = run_casetafel("sessions", home=folder / "stick" / "casetafel")
    assert result.returncode == 2
    text = result.stderr
    assert "Traceback" not in text and "Permission" not in text and "()" not in text
    assert text.startswith("casetafel: ") and len(text.strip().splitlines()) == 1


def read_only_file_system(monkeypatch, home: Path) -> None:
    """mkdir under ``home`` fails as on a read-only file system (EROFS: root cannot write there either)."""
    real_mkdir = os.mkdir

    def read_only_mkdir(path, *args, **kwargs):
        if str(path).startswith(str(home)):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", read_only_mkdir)


def test_a_data_folder_on_a_read_only_file_system_is_a_dutch_sentence(
    monkeypatch, tmp_path: Path, capsys
) -> None:
    from casetafel.cli import main

    home = tmp_path / "stick" / "casetafel"
    monkeypatch.setenv("CASETAFEL_HOME", str(home))
    read_only_file_system(monkeypatch, home)
    assert main(["sessions"]) == 2
    text = capsys.readouterr().err
    assert "alleen-lezen" in text and "Read-only" not in text and "()" not in text
    assert text.startswith("casetafel: ") and len(text.strip().splitlines()) == 1


def test_the_window_says_in_a_dialog_why_it_cannot_start(qtbot, monkeypatch, tmp_path: Path) -> None:
    import sys

    import casetafel.app as app
    import casetafel.ui.app_shell.startup as startup

    home = tmp_path / "alleen-lezen"
    monkeypatch.setenv("CASETAFEL_HOME", str(home))
    read_only_file_system(monkeypatch, home)
    shown = []

    def dialog(error, path, parent=None):
        shown.append(str(error))
        return None

    monkeypatch.setattr(startup, "ask_what_next", dialog)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    import casetafel.ui.app_shell.i18n as i18n

    monkeypatch.setattr(i18n, "install_translators", lambda app, language: [])  # other tests expect English
    assert app._run_gui(home / "casetafel.sqlite", "nl") == 1
    assert len(shown) == 1 and "alleen-lezen" in shown[0] and "Read-only" not in shown[0]
