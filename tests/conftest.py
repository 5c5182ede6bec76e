"""Shared test set-up: Qt offscreen, a private CASETAFEL_HOME per test, services on a real SQLite file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from casetafel.services.container import Services  # noqa: E402

ON_DEMAND = ("perf", "stress")  # benchmarks and the kill test: only when their folder is named


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """``python -m pytest`` leaves tests/perf and tests/stress out; ``python -m pytest tests/perf`` runs them."""
    tests = Path(__file__).resolve().parent
    for name in ON_DEMAND:
        folder = tests / name
        if collection_path.resolve().is_relative_to(folder):
            named = [Path(arg.split("::")[0]).resolve() for arg in config.args]
            return not any(arg.is_relative_to(folder) for arg in named)
    return None


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the user's real database."""
    home = tmp_path / "home"
    monkeypatch.setenv("CASETAFEL_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "casetafel.sqlite"


@pytest.fixture
def services(db_path: Path):
    opened = Services.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def planned_meeting(services: Services):
    """A session with two confirmed cases on its agenda and three participants."""
    first = services.cases.create_case(
        "Schulden na een scheiding", "Mevrouw A. raakte na de scheiding in de schulden."
    )
    second = services.cases.create_case(
        "Dagbesteding stopt bij 18", "De zoon van het gezin K. wordt achttien."
    )
    for case in (first, second):
        services.cases.confirm_anonymisation(case.id, "Griffier")
    meeting = services.meetings.create_meeting("Casustafel november", location="Raadzaal")
    for role, name in (("raadslid", "Ingrid Hoekstra"), ("wethouder", "Pieter Bos"), ("professional", "")):
        services.meetings.add_participant(meeting.id, role, name)
    services.meetings.add_to_agenda(meeting.id, first.id)
    services.meetings.add_to_agenda(meeting.id, second.id)
    return services.meetings.get_meeting(meeting.id)
