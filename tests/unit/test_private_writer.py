"""Issue 14 points 2, 3 and 4: one private atomic writer. No predictable part file that a planted link
could redirect, every file casetafel writes 0600 (WAL and SHM included), an existing folder never
chmod-ed, nothing left behind on failure."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from casetafel.logging_setup import LogFile, setup_logging
from casetafel.private_files import TargetExistsError, write_bytes_privately, write_privately
from casetafel.services.container import Services
from casetafel.services.maintenance import backup_now, restore
from casetafel.storage.lock import DatabaseLock, lock_path
from tests.cli.test_cli import run

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX rights")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix_only
def test_a_planted_part_link_receives_nothing(private_home: Path, tmp_path: Path) -> None:
    assert run("demo", home=private_home).returncode == 0
    shared = tmp_path / "griffie"
    shared.mkdir()
    victim = tmp_path / "eigen.txt"
    victim.write_text("van de gebruiker")
    stolen = tmp_path / "buit.pdf"
    for name in ("s.json", "s.csv", "v.pdf"):
        (shared / f"{name}.part").symlink_to(victim if name != "v.pdf" else stolen)
    for args in (
        ("export", "1", "-o", "s.json"),
        ("export", "1", "-o", "s.csv"),
        ("report", "1", "-o", "v.pdf"),
    ):
        result = run(*args[:-1], str(shared / args[-1]), home=private_home)
        assert result.returncode == 0, result.stderr
        assert mode(shared / args[-1]) == 0o600
    assert victim.read_text() == "van de gebruiker"
    assert not stolen.exists()


@posix_only
@pytest.mark.sqlite_only
def test_every_file_written_is_private(services: Services, tmp_path: Path) -> None:
    services.meetings.create_meeting("Casustafel")
    db = services.path
    for suffix in ("", "-wal", "-shm"):
        assert mode(db.with_name(db.name + suffix)) == 0o600, suffix
    assert mode(backup_now(db)) == 0o600
    assert mode(backup_now(db, tmp_path / "kopie.sqlite")) == 0o600
    new = tmp_path / "nieuw" / "hersteld.sqlite"
    new.parent.mkdir()
    restore(new, tmp_path / "kopie.sqlite")
    assert mode(new) == 0o600
    lock = DatabaseLock(tmp_path / "x.sqlite")
    lock.acquire()
    assert mode(lock_path(tmp_path / "x.sqlite")) == 0o600
    lock.release()
    log = setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("test").info("regel")
        assert mode(log) == 0o600
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, LogFile)]:
            root.removeHandler(handler)
            handler.close()


def test_a_failure_leaves_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"oud")

    def half(part: Path) -> None:
        part.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_privately(target, half)
    assert target.read_bytes() == b"oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.pdf"]
    with pytest.raises(TargetExistsError):
        write_bytes_privately(target, b"nieuw", overwrite=False)
    write_bytes_privately(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.pdf"]


@posix_only
def test_an_existing_folder_is_never_chmodded(tmp_path: Path) -> None:
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    services = Services.open(shared / "casetafel.sqlite")
    services.close()
    assert mode(shared) == 0o1777
    made = tmp_path / "nieuw" / "diep"
    Services.open(made / "casetafel.sqlite").close()
    assert mode(made) == 0o700 and mode(made.parent) == 0o700
