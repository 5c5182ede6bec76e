"""One error vocabulary for the UI: services raise ServiceError only, storage failures included."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import casetafel.services
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError, StorageFailedError
from casetafel.storage.errors import WriteError

UI = Path(casetafel.services.__file__).resolve().parent.parent / "ui"


def service_classes() -> list[type]:
    found = []
    for module in pkgutil.iter_modules(casetafel.services.__path__, prefix="casetafel.services."):
        loaded = importlib.import_module(module.name)
        for _name, value in inspect.getmembers(loaded, inspect.isclass):
            if value.__module__ == loaded.__name__ and value.__name__.endswith("Service"):
                found.append(value)
    return found


def test_every_service_translates_storage_errors() -> None:
    classes = service_classes()
    assert len(classes) >= 8
    assert [c.__name__ for c in classes if not getattr(c, "translates_storage_errors", False)] == []


def test_a_storage_failure_reaches_the_caller_as_a_service_error(services: Services, monkeypatch) -> None:
    def full_disk():
        raise WriteError("de schijf is vol")

    monkeypatch.setattr(services.db, "transaction", full_disk)
    with pytest.raises(StorageFailedError) as raised:
        services.cases.create_case("Titel", "tekst")
    assert isinstance(raised.value, ServiceError) and "de schijf is vol" in str(raised.value)


def test_a_failing_together_block_is_a_service_error(services: Services, monkeypatch) -> None:
    def broken():
        raise WriteError("de schijf is vol")

    monkeypatch.setattr(services.db, "together", broken)
    with pytest.raises(StorageFailedError), services.together():
        pass


def test_the_ui_catches_service_errors_only() -> None:
    """Storage is the business of the app shell (opening, backups); screens talk to services."""
    offenders = []
    for path in UI.rglob("*.py"):
        if "app_shell" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            module = getattr(node, "module", None) if isinstance(node, ast.ImportFrom) else None
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [module or ""]
            if any(name.startswith("casetafel.storage") for name in names):
                offenders.append(path.relative_to(UI).as_posix())
    assert offenders == []
