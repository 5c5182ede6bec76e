"""Issue 14 point 1: the running program never writes into a database file that was replaced (or
removed) under it: it notices by the file's identity, stops writing and says so; the text stays."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from casetafel.services.container import Services
from casetafel.services.errors import StorageFailedError

pytestmark = pytest.mark.sqlite_only  # about the database file itself


def test_a_replaced_file_is_not_written(services: Services, tmp_path: Path) -> None:
    case = services.cases.create_case("Schulden", "Mevrouw A. raakte in de schulden.")
    other = tmp_path / "ander.sqlite"
    elsewhere = Services.open(other)
    elsewhere.cases.create_case("Iets anders", "Een andere casus.")
    elsewhere.close()
    replacement = tmp_path / "vervanging.sqlite"
    shutil.copy(other, replacement)
    os.replace(replacement, services.path)
    before = hashlib.sha256(services.path.read_bytes()).hexdigest()
    with pytest.raises(StorageFailedError) as raised:
        services.cases.update_case(case.id, description="Tekst voor de ene bewoner.")
    assert "vervangen" in str(raised.value) and "opnieuw" in str(raised.value)
    with pytest.raises(StorageFailedError):  # and it stays stopped
        services.cases.create_case("Nog een", "tekst")
    assert hashlib.sha256(services.path.read_bytes()).hexdigest() == before


def test_a_removed_file_is_not_made_again(services: Services) -> None:
    services.path.unlink()
    with pytest.raises(StorageFailedError):
        services.cases.create_case("Schulden", "tekst")
