"""Every folder and resource path of casetafel, in one place.

The data folder comes from platformdirs and can be overridden with the environment variable
``CASETAFEL_HOME`` (portable use, tests) or, for the database file alone, with ``--db PATH``.
Resources are found the same way from a source checkout, an installed wheel and a frozen bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "casetafel"
APP_AUTHOR = "casetafel"
DB_FILENAME = "casetafel.sqlite"


def data_dir() -> Path:
    """The folder that holds the database, backups and drafts."""
    home = os.environ.get("CASETAFEL_HOME")
    if home:
        return Path(home).expanduser()
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


def log_dir() -> Path:
    """The folder for the log file and its older copies."""
    home = os.environ.get("CASETAFEL_HOME")
    if home:
        return Path(home).expanduser() / "logs"
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, APP_AUTHOR)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def outbox_dir() -> Path:
    """The outboxes of shared databases: lines typed at the table that the server has not confirmed yet."""
    return data_dir() / "outbox"


def backup_dir(db_path: Path) -> Path:
    """Backups live next to the database they protect."""
    return db_path.parent / "backups"


def resources_dir() -> Path:
    """The shipped resources: fonts, translations, icons, anonymisation word lists."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "casetafel" / "resources"
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder inside the shipped resources, e.g. ``resource_path("fonts", "x.ttf")``."""
    return resources_dir().joinpath(*parts)


def ensure_private_dir(path: Path) -> None:
    """Create a folder (and parents) readable by the user alone on POSIX; an existing folder is never
    changed (see ``casetafel.private_files``)."""
    from casetafel.private_files import ensure_private_dir as ensure

    ensure(path)
