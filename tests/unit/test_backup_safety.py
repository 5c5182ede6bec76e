"""Issue 14 point 5: safety copies survive rotation (30 days, never fewer than three), an interrupted
backup leaves nothing readable, and a backup stamped in the future does not stop automatic backups."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from casetafel.services.container import Services
from casetafel.services.maintenance import restore
from casetafel.storage.backup import backup_at_close, list_backups, make_backup
from tests.unprivileged import IS_ROOT, run_unprivileged, user_folder

pytestmark = pytest.mark.sqlite_only  # about the database file itself


def test_safety_copies_survive_rotation(services: Services, tmp_path: Path) -> None:
    start = datetime(2026, 1, 5, 10, 0)
    for day, reason in ((0, "voor_migratie_0002"), (1, "handmatig"), (2, "voor_herstel"), (3, "handmatig")):
        make_backup(services.path, reason, start + timedelta(days=day))
    recent = make_backup(services.path, "voor_herstel", start + timedelta(days=50))
    for day in range(40, 80):
        backup_at_close(services.path, start + timedelta(days=day))
    kept = {b.path for b in list_backups(services.path) if b.is_safety_copy}
    assert recent in kept
    assert len(kept) == 3  # older than 30 days, but the newest three are kept
    services.close()
    kept_by_restore = restore(services.path, recent)
    assert kept_by_restore is not None
    backup_at_close(services.path, datetime.now() + timedelta(hours=2))
    assert kept_by_restore in {b.path for b in list_backups(services.path)}  # "eerst bewaard" holds


def test_a_backup_stamped_in_the_future_does_not_stop_backups(services: Services) -> None:
    now = datetime.now()
    make_backup(services.path, "afsluiten", now + timedelta(days=400))  # a clock that was wrong once
    assert backup_at_close(services.path, now) is not None
    assert backup_at_close(services.path, now + timedelta(minutes=90)) is not None
    future = [b for b in list_backups(services.path) if b.made_at > now + timedelta(days=1)]
    assert len(future) == 1  # kept, counted for nothing


KILLED_HALFWAY = """
import os, sys
from pathlib import Path
import casetafel.storage.backup as backup

def copy_then_die(source, destination):
    destination.write_bytes(Path(source).read_bytes())
    os._exit(9)

backup.copy_database = copy_then_die
backup.backup_to(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_an_interrupted_backup_leaves_nothing_readable(services: Services) -> None:
    services.cases.create_case("Schulden", "Mevrouw A. raakte in de schulden.")
    with user_folder() as shared:
        target = shared / "kopie.sqlite"
        old = os.umask(0o022)
        try:
            subprocess.run(
                [sys.executable, "-c", KILLED_HALFWAY, str(services.path), str(target)], timeout=60
            )
        finally:
            os.umask(old)
        assert not target.exists()
        leftovers = [p for p in shared.rglob("*") if p.is_file()]
        assert leftovers, "the simulated kill left its part file"
        for part in leftovers:
            assert stat.S_IMODE(part.stat().st_mode) & 0o077 == 0
            assert stat.S_IMODE(part.parent.stat().st_mode) & 0o077 == 0 or part.parent == shared
            if IS_ROOT:
                assert run_unprivileged(["cat", str(part)]).returncode != 0
