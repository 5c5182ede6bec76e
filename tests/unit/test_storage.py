"""The database file: pragmas, permissions, refusing damaged and foreign files without changing them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import event, text

from casetafel.storage.engine import Database
from casetafel.storage.errors import (
    DatabaseDamagedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NotADatabaseError,
    WriteError,
)
from casetafel.storage.inspection import (
    SCHEMA_HEAD,
    EmptyFileError,
    ForeignDatabaseError,
    InspectionInBackground,
)
from casetafel.storage.opening import open_database


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_valid_database(path: Path) -> None:
    open_database(path).close()


def test_pragmas_are_set_on_every_connection(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        database.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_folder_and_file_are_private(db_path: Path) -> None:
    make_valid_database(db_path)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700


def test_transaction_rolls_back_completely_on_error(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        with pytest.raises(RuntimeError), database.transaction() as db_session:
            db_session.execute(
                text(
                    "INSERT INTO taxonomy_terms (vocabulary, code, label, position, active) "
                    "VALUES ('theme', 'x', 'X', 99, 1)"
                )
            )
            raise RuntimeError("stop")
        with database.reading() as db_session:
            assert (
                db_session.execute(text("SELECT count(*) FROM taxonomy_terms WHERE code='x'")).scalar() == 0
            )
    finally:
        database.close()


def test_ddl_is_transactional(db_path: Path) -> None:
    """The pysqlite recipe: a CREATE TABLE inside a failed transaction leaves nothing behind."""
    database = open_database(db_path)
    try:
        with pytest.raises(RuntimeError), database.engine.begin() as connection:
            connection.execute(text("CREATE TABLE half_done (id INTEGER)"))
            raise RuntimeError("stop")
        with database.engine.connect() as connection:
            names = connection.execute(text("SELECT name FROM sqlite_master WHERE name='half_done'")).all()
        assert names == []
    finally:
        database.close()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyFileError),
        (b"Dit is een boodschappenlijst, geen database.\n", NotADatabaseError),
        (os.urandom(8192), NotADatabaseError),
    ],
    ids=["zero-bytes", "text-file", "random-bytes"],
)
def test_foreign_files_are_refused_and_unchanged(tmp_path: Path, content: bytes, error: type) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    before = checksum(path)
    with pytest.raises(error) as raised:
        open_database(path)
    assert "niet gewijzigd" in str(raised.value)
    assert checksum(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.sqlite"]


def test_truncated_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "full.sqlite"
    make_valid_database(path)
    data = path.read_bytes()
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(data[: len(data) // 2])
    before = checksum(damaged)
    with pytest.raises(DatabaseDamagedError):
        open_database(damaged)
    assert checksum(damaged) == before


def test_corrupted_pages_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite"
    make_valid_database(path)
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 997):
        data[offset] = (data[offset] + 0x5A) % 256
    path.write_bytes(bytes(data))
    before = checksum(path)
    with pytest.raises(DatabaseDamagedError):
        open_database(path)
    assert checksum(path) == before


def test_other_programs_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    before = checksum(path)
    with pytest.raises(ForeignDatabaseError):
        open_database(path)
    assert checksum(path) == before


def test_newer_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    make_valid_database(path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = checksum(path)
    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(path)
    assert "nieuwere versie" in str(raised.value)
    assert checksum(path) == before


READ_ONLY_CHECK = """
import sys
from pathlib import Path
from casetafel.storage.errors import DatabaseReadOnlyError
from casetafel.storage.opening import open_database
try:
    open_database(Path(sys.argv[1]))
except DatabaseReadOnlyError:
    sys.exit(7)
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX rights")
def test_read_only_file_is_refused() -> None:
    """Root ignores file permissions: as root the check runs as an ordinary user (tests/unprivileged.py)."""
    import sys

    from tests.unprivileged import give_to_user, run_unprivileged, user_folder

    with user_folder() as folder:
        path = folder / "ro.sqlite"
        make_valid_database(path)
        give_to_user(folder)
        path.chmod(0o400)
        result = run_unprivileged([sys.executable, "-c", READ_ONLY_CHECK, str(path)])
        assert result.returncode == 7, result.stderr


def test_read_only_is_detected_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ro.sqlite"
    make_valid_database(path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode))
    with pytest.raises(DatabaseReadOnlyError) as raised:
        open_database(path)
    assert "alleen-lezen" in str(raised.value)


def test_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c" / "casetafel.sqlite"
    open_database(path).close()
    assert path.exists()


def test_write_failure_becomes_dutch_write_error(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA max_page_count=1")  # only affects this connection
        with pytest.raises(WriteError) as raised, database.transaction() as db_session:
            db_session.connection().exec_driver_sql("PRAGMA max_page_count=1")
            db_session.execute(
                text(
                    "INSERT INTO taxonomy_terms (vocabulary, code, label, position, active) "
                    "VALUES ('theme', 'vol', :label, 1, 1)"
                ),
                {"label": "x" * 40_000},  # more than one page, less than the limit on a text
            )
        assert "schijf is vol" in str(raised.value)
        with database.transaction() as db_session:  # retry after the disk has room again
            db_session.connection().exec_driver_sql("PRAGMA max_page_count=1073741823")
            db_session.execute(
                text(
                    "INSERT INTO taxonomy_terms (vocabulary, code, label, position, active) "
                    "VALUES ('theme', 'vol', 'kort', 1, 1)"
                )
            )
        with database.reading() as db_session:
            assert (
                db_session.execute(text("SELECT label FROM taxonomy_terms WHERE code='vol'")).scalar()
                == "kort"
            )
    finally:
        database.close()


def test_database_object_reports_its_path(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        assert isinstance(database, Database)
        assert database.path == db_path.absolute()
    finally:
        database.close()


INSERT_TERM = "INSERT INTO taxonomy_terms (vocabulary, code, label, position, active) VALUES ('theme', :code, 'X', 99, 1)"


def stored_codes(database: Database) -> set[str]:
    with database.reading() as db_session:
        return set(db_session.execute(text("SELECT code FROM taxonomy_terms WHERE position = 99")).scalars())


def test_together_saves_several_transactions_with_one_commit(db_path: Path) -> None:
    database = open_database(db_path)
    commits: list[int] = []
    try:
        event.listen(database.engine, "commit", lambda _conn: commits.append(1))
        with database.together():
            with database.transaction() as db_session:
                db_session.execute(text(INSERT_TERM), {"code": "een"})
            with database.together(), database.transaction() as db_session:  # nested: joins the outer one
                db_session.execute(text(INSERT_TERM), {"code": "twee"})
            assert stored_codes(database) == set()  # another connection sees nothing before the end
        assert stored_codes(database) == {"een", "twee"}
        assert len(commits) == 1
    finally:
        database.close()


def test_together_saves_nothing_when_one_part_fails(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        with pytest.raises(RuntimeError), database.together():
            with database.transaction() as db_session:
                db_session.execute(text(INSERT_TERM), {"code": "een"})
            with database.transaction() as db_session:
                db_session.execute(text(INSERT_TERM), {"code": "twee"})
                raise RuntimeError("stop")
        assert stored_codes(database) == set()

        # Even when the caller catches the failure of a part inside the block, nothing is saved.
        with pytest.raises(WriteError) as raised, database.together():
            with database.transaction() as db_session:
                db_session.execute(text(INSERT_TERM), {"code": "drie"})
            try:
                with database.transaction() as db_session:
                    raise RuntimeError("stop")
            except RuntimeError:
                pass
        assert "niets opgeslagen" in str(raised.value)
        assert stored_codes(database) == set()

        with database.transaction() as db_session:  # afterwards transactions are on their own again
            db_session.execute(text(INSERT_TERM), {"code": "vier"})
        assert stored_codes(database) == {"vier"}
    finally:
        database.close()


def test_inspection_in_background_gives_the_same_answer_and_looks_again_after_a_change(
    tmp_path: Path,
) -> None:
    good = tmp_path / "goed.sqlite"
    make_valid_database(good)
    pending = InspectionInBackground(good)
    assert pending.revision(good) == SCHEMA_HEAD
    open_database(good, inspection=InspectionInBackground(good)).close()

    damaged = tmp_path / "kapot.sqlite"
    damaged.write_bytes(good.read_bytes()[:8192])  # cut short: the header claims more pages
    with pytest.raises(DatabaseDamagedError):
        InspectionInBackground(damaged).revision(damaged)
    before = checksum(damaged)
    with pytest.raises(DatabaseDamagedError):
        open_database(damaged, inspection=InspectionInBackground(damaged))
    assert checksum(damaged) == before

    # The file changes between the check and the opening (another program): it is looked at again.
    changing = tmp_path / "wisselt.sqlite"
    make_valid_database(changing)
    pending = InspectionInBackground(changing)
    pending._thread.join()
    changing.write_bytes(b"geen database, maar tekst die er lang genoeg voor is" * 10)
    with pytest.raises(NotADatabaseError):
        pending.revision(changing)
    # Another path than the one inspected is inspected on the spot.
    assert pending.revision(good) == SCHEMA_HEAD


NEWER_IN_A_FRESH_PROGRAM = """
import sys
from pathlib import Path
from casetafel.storage.errors import DatabaseTooNewError
from casetafel.storage.inspection import InspectionInBackground

path = Path(sys.argv[1])
pending = InspectionInBackground(path)
pending._thread.join()
assert "alembic" not in sys.modules and "sqlalchemy" not in sys.modules, "the thread imported them"
try:
    pending.revision(path)
except DatabaseTooNewError as error:
    print("REFUSED", error)
"""


def test_a_newer_file_is_refused_without_importing_in_the_background_thread(tmp_path: Path) -> None:
    """The inspection thread only reads the file: importing Alembic there while the main thread imports
    SQLAlchemy broke the start on a newer database ("partially initialized module" traceback)."""
    import subprocess
    import sys

    newer = tmp_path / "nieuwer.sqlite"
    make_valid_database(newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    result = subprocess.run(
        [sys.executable, "-c", NEWER_IN_A_FRESH_PROGRAM, str(newer)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("REFUSED") and "nieuwere versie" in result.stdout
