"""One program writes a database at a time: a lock file next to it, held by the GUI for its whole run
and by every command that writes, for as long as it writes.

The lock is an operating-system lock on ``<database>.lock`` (``flock`` on POSIX, ``msvcrt.locking`` on
Windows), so it disappears with the process that held it: a crash or kill never leaves a stale lock.
The file itself (0600) names the holder, "casetafel (proces N op HOST)", for the message another copy
shows. Commands that only read take no lock: they read a consistent snapshot beside the holder.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from casetafel.private_files import PRIVATE_FILE_MODE, ensure_private_dir
from casetafel.storage.errors import DatabaseLockedError

if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt
else:
    import fcntl

LOCK_SUFFIX = ".lock"


def lock_path(db_path: Path) -> Path:
    """The lock file next to the file ``db_path`` names (through symbolic links: one lock per file)."""
    real = Path(db_path).expanduser().absolute().resolve()
    return real.with_name(real.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    try:
        if os.name == "nt":  # pragma: no cover - Windows
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":  # pragma: no cover - Windows
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(db_path: Path) -> str:
    """Who holds the lock, as the message names it."""
    try:
        info = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return f"{info.get('app') or 'casetafel'} (proces {int(info['pid'])} op {info.get('host') or '?'})"
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "een ander casetafel-programma"


class DatabaseLock:
    """The lock of one database file; ``acquire`` raises ``DatabaseLockedError`` naming the holder."""

    def __init__(self, db_path: Path, app: str = "casetafel") -> None:
        self.db_path = Path(db_path)
        self.app = app
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        path = lock_path(self.db_path)
        try:
            ensure_private_dir(path.parent)
        except OSError:
            return  # the folder cannot be made: opening reports that itself
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        for _attempt in range(5):
            try:
                fd = os.open(path, flags, PRIVATE_FILE_MODE)
            except OSError:
                return  # no lock possible here (read-only folder): opening reports the folder itself
            if not _try_lock(fd):
                os.close(fd)
                raise DatabaseLockedError(self.db_path, read_holder(self.db_path))
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except OSError:
                same = False
            if not same:  # removed by the holder that just let go: lock the file that is there now
                _unlock(fd)
                os.close(fd)
                continue
            info = {"app": self.app, "pid": os.getpid(), "host": host_name()}
            try:
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, json.dumps(info).encode("utf-8"))
                if os.name == "posix":
                    os.fchmod(fd, PRIVATE_FILE_MODE)
            except OSError:
                pass  # the lock holds without the description (a full disk)
            self._fd = fd
            return
        raise DatabaseLockedError(self.db_path, read_holder(self.db_path))

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            lock_path(self.db_path).unlink(missing_ok=True)
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def host_name() -> str:
    """This computer's name, for the lock's "held by … on HOST" (``socket`` costs a few ms at every start,
    so it is imported only where the operating system has no ``uname``: Windows)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()
