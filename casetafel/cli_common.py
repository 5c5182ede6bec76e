"""What every ``casetafel`` command shares: exit codes, the one ``-o`` rule, Dutch user errors, and the
database a command works on (a file, opened read-only beside a running program when it only reads, or a
shared database on a server).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from casetafel.paths import default_db_path

EXIT_OK = 0
EXIT_USER_ERROR = 2
EXIT_DAMAGED = 3


# The one rule for every -o: an existing file is never overwritten unless asked.
O_RULE = "een bestaand bestand wordt niet overschreven, tenzij u --overschrijven geeft"
OVERWRITE_HELP = "vervang een bestaand bestand (het oude blijft heel tot het nieuwe compleet is)"


class CliError(Exception):
    """An error whose message is shown to the user as it is."""

    def __init__(self, message: str, code: int = EXIT_USER_ERROR) -> None:
        super().__init__(message)
        self.code = code


def db_path(args: argparse.Namespace) -> Path:
    """The database file of a command that needs a file (backup, restore, check)."""
    if server_address(args):
        raise CliError(SERVER_HAS_NO_FILE)
    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def server_address(args: argparse.Namespace) -> str | None:
    """The ``postgresql://`` address given with ``--db``, or None for a file."""
    from casetafel.storage.address import is_server_address

    address = getattr(args, "db", None)
    return address if is_server_address(address) else None


def db_target(args: argparse.Namespace) -> Path | str:
    """What ``--db`` names: a server's address, or a file (the default file without ``--db``)."""
    return server_address(args) or db_path(args)


SERVER_HAS_NO_FILE = (
    "Dit is een gedeelde database op een server: reservekopieën, herstel en controle daarvan zijn het werk "
    "van de beheerder van de server (pg_dump en pg_restore; zie ‘Gedeelde database’ in de README). "
    "casetafel maakt daarvan zelf geen kopie."
)


@contextmanager
def command_services(args: argparse.Namespace, *, write: bool) -> Iterator:
    """The services on the database for one command.

    Commands that write hold the database's lock while they run and refuse when another program (the
    GUI, another command) holds it. Commands that only read take no lock: an up-to-date file is opened
    read-only (beside a running program, or on read-only media); a missing or older file is opened as
    a writer would (it is made or upgraded), which needs the lock too."""
    from casetafel.services.container import Services
    from casetafel.storage.errors import DatabaseNeedsWritingError
    from casetafel.storage.lock import DatabaseLock
    from casetafel.storage.opening import tidy_after_reading
    from casetafel.storage.sqlite_files import place_is_writable

    address = server_address(args)
    if address is not None:  # a server keeps its own locks and transactions
        services = Services.open(address)
        try:
            yield services
        finally:
            services.close()
        return
    path = db_path(args)
    services = None
    if not write:
        try:
            services = Services.open(path, read_only=True)
        except DatabaseNeedsWritingError:
            if path.exists() and not place_is_writable(path):
                raise
    if services is not None:
        try:
            yield services
        finally:
            services.close()
            tidy_after_reading(path)
        return
    with DatabaseLock(path):
        services = Services.open(path)
        try:
            yield services
        finally:
            services.close()


@contextmanager
def local_for_reading(source: Path) -> Iterator:
    """The services on a local file, read-only; a file at an older schema is brought up to date in a
    temporary copy first (the file itself is never changed)."""
    import tempfile

    from casetafel.services.container import Services
    from casetafel.services.maintenance import backup_now
    from casetafel.storage.errors import DatabaseNeedsWritingError

    try:
        services = Services.open(source, read_only=True)
    except DatabaseNeedsWritingError:
        with tempfile.TemporaryDirectory(prefix="casetafel-upload-") as folder:
            copy = Path(folder) / "kopie.sqlite"
            backup_now(source, copy)  # SQLite's own copy: consistent, with what is still in the WAL
            services = Services.open(copy)
            try:
                yield services
            finally:
                services.close()
        return
    try:
        yield services
    finally:
        services.close()


def write_atomically(target: Path, write: Callable[[Path], int | None], overwrite: bool) -> int | None:
    """Write privately and atomically (``casetafel.private_files``) into an existing folder; an existing
    ``target`` is refused unless ``overwrite`` (the one ``-o`` rule of every command)."""
    from casetafel.private_files import write_privately

    if target.is_dir():
        raise CliError(f"{target} is een map; geef een bestandsnaam achter -o.")
    if not target.parent.is_dir():
        raise CliError(f"De map {target.parent} bestaat niet; maak die eerst of kies een andere map.")
    from casetafel.private_files import TargetExistsError
    from casetafel.storage.errors import describe_os_error

    try:
        return write_privately(target, write, overwrite=overwrite)
    except TargetExistsError:
        raise
    except OSError as error:
        error.filename = None  # the part file's name means nothing to the user
        raise CliError(
            f"Het bestand {target} kon niet geschreven worden: {describe_os_error(error)}."
        ) from error


MAX_ID = 2**63 - 1  # SQLite's largest integer


def session_id_of(args: argparse.Namespace) -> int:
    """The session id given on the command line: a whole number SQLite can hold."""
    text = str(args.session_id).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 19 and 0 < int(text) <= MAX_ID):
        raise CliError(f"{text} is geen id van een bijeenkomst; kies een id uit ‘casetafel sessions’.")
    return int(text)


def require_existing(path: Path) -> None:
    if not path.exists():
        raise CliError(f"Het bestand {path} bestaat niet.")
