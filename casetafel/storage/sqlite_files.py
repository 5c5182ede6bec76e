"""How casetafel addresses an SQLite file: always as a properly quoted ``file:`` URI (or by plain path).

A ``#``, ``?`` or ``%`` in a folder or file name must never become part of SQLite's URI syntax: an
unquoted ``#`` cuts the name off (an empty database in its place), a ``?`` starts parameters (another
file is made), a ``%`` is read as an escape. ``Path.as_uri`` quotes every one of them.

A file on read-only media (a stick, a share, an archive folder) is opened ``immutable``: SQLite then
makes no ``-wal``/``-shm``/journal next to it and needs no lock, so nothing is left behind.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def place_is_writable(path: Path) -> bool:
    """Whether casetafel could write the file ``path`` and the files SQLite keeps next to it."""
    folder = Path(path).absolute().parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not Path(path).exists() or os.access(path, os.W_OK)


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """The ``file:`` URI of ``path`` with every special character quoted."""
    uri = Path(path).absolute().as_uri()
    params = []
    if read_only or immutable:
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    return uri + ("?" + "&".join(params) if params else "")


def connect_read_only(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A read-only connection to ``path``; immutable when its place cannot be written (read-only
    media), so nothing is made next to the file."""
    immutable = not place_is_writable(path)
    return sqlite3.connect(
        sqlite_uri(path, read_only=True, immutable=immutable), uri=True, check_same_thread=check_same_thread
    )
