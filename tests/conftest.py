"""Shared test set-up: Qt offscreen, a private CASETAFEL_HOME per test, services on a real SQLite file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools  # noqa: E402
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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The per-test time limit (pyproject's ``timeout``, a guard against a hang) is not for benchmarks."""
    tests = Path(__file__).resolve().parent
    for item in items:
        if any(Path(str(item.path)).resolve().is_relative_to(tests / name) for name in ON_DEMAND):
            item.add_marker(pytest.mark.timeout(0))


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the user's real database."""
    home = tmp_path / "home"
    monkeypatch.setenv("CASETAFEL_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def modal_watchdog(request: pytest.FixtureRequest):
    """In a test with Qt: a modal dialog nobody answers is closed after a minute and fails the test, and a
    failed answer from ``tests.ui.modal.when_modal`` fails it too, instead of hanging the whole run."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qtbot")  # the QApplication first
    from tests.ui import modal

    modal.ANSWERS.clear()
    watchdog = modal.ModalWatchdog()
    yield
    watchdog.stop()
    for answer in modal.ANSWERS:
        answer.stopped = True
    errors = [error for answer in modal.ANSWERS for error in answer.errors]
    modal.ANSWERS.clear()
    if watchdog.stuck:
        pytest.fail("a modal dialog stayed open and was closed: " + "; ".join(watchdog.stuck))
    if errors:
        pytest.fail("; ".join(errors))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "casetafel.sqlite"


# A throwaway PostgreSQL server (``eval "$(bash .ci/postgres.sh start)"``; .ci/run starts one): with it the
# service and command-line tests run on both databases, without it on SQLite alone.
SERVER = os.environ.get("CASETAFEL_TEST_POSTGRES", "")
BOTH_DATABASES = ("unit", "cli")  # the folders under tests/ whose `services` tests run on both
_numbers = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself (paths, backups, locks)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames or not SERVER:
        return
    folder = (
        Path(str(metafunc.definition.path)).resolve().relative_to(Path(__file__).resolve().parent).parts[0]
    )
    if folder in BOTH_DATABASES and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test's services run on: "sqlite" (a file) or "postgresql" (a test server)."""
    return getattr(request, "param", "sqlite")


def _admin_engine():
    from sqlalchemy import create_engine

    from casetafel.storage.server import engine_url

    return create_engine(engine_url(SERVER), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def server_template() -> str:
    """A database at the newest schema with the defaults, copied for every test (CREATE ... TEMPLATE)."""
    from sqlalchemy import text

    from casetafel.storage.server import open_server_database

    if not SERVER:
        pytest.skip("geen testserver (CASETAFEL_TEST_POSTGRES)")
    name = f"casetafel_template_{os.getpid()}"
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    open_server_database(server_address(name)).close()
    yield name
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def server_address(database: str) -> str:
    """The test server's address with another database."""
    from casetafel.storage.server import engine_url

    return engine_url(SERVER).set(database=database).render_as_string(hide_password=False)


@pytest.fixture
def server_database(server_template: str):
    """The address of a new database on the test server (a copy of the template), dropped afterwards."""
    from sqlalchemy import text

    name = f"casetafel_t_{os.getpid()}_{next(_numbers)}"
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {server_template}"))
    yield server_address(name)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def services(backend: str, db_path: Path, request: pytest.FixtureRequest):
    if backend == "postgresql":
        from casetafel.storage.server import open_server_database

        opened = Services(open_server_database(request.getfixturevalue("server_database")))
    else:
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
