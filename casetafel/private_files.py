"""The one way casetafel writes a file: privately (0600 on POSIX) and atomically.

Every file the program writes (reports, exports, backups, a restored database, the lock, the log) goes
through here. A new file is first written under an unpredictable name in a private temporary folder
that is made exclusively inside the target folder (``tempfile.mkdtemp``: mode 0700, never following a
link someone planted; plain bytes go through ``tempfile.mkstemp``: ``O_EXCL``, mode 0600). It is
flushed to disk and only then renamed over the target, so the target is either the old file or the
complete new one, and nobody else can read or redirect the file on the way. A failure (disk full, an
exception while building) leaves nothing behind.

Overwriting: ``overwrite=False`` refuses an existing target (checked again at the moment of the rename
where the file system allows: a hard link fails when the name is taken).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
TEMP_PREFIX = ".casetafel-"


class TargetExistsError(FileExistsError):
    """The target exists and the caller asked not to overwrite it (message in Dutch)."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            errno.EEXIST,
            f"Het bestand {target} bestaat al. Kies een andere naam of geef --overschrijven.",
            str(target),
        )

    def __str__(self) -> str:
        return str(self.strerror)


def _fsync_path(path: Path, directory: bool = False) -> None:
    flags = (
        (os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if directory else os.O_RDWR
    )  # Windows: a write handle
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:
            return  # Windows cannot open a folder; its rename is durable enough
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Mode 0600 on a file casetafel made (no-op off POSIX)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE_MODE)


@contextlib.contextmanager
def private_temp_folder(near: Path) -> Iterator[Path]:
    """A new private folder (0700, unpredictable name) inside ``near``, removed with all it holds."""
    folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=near))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _put_in_place(part: Path, target: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(part, target)
        return
    try:
        os.link(part, target)  # fails when the name is taken, at the moment of putting in place
    except FileExistsError as error:
        raise TargetExistsError(target) from error
    except OSError:  # no hard links on this file system: check, then rename
        if os.path.lexists(target):
            raise TargetExistsError(target) from None
        os.replace(part, target)
    else:
        part.unlink()


def write_privately(target: str | os.PathLike, write: Callable[[Path], T], *, overwrite: bool = True) -> T:
    """Call ``write(part)`` with a path in a private temporary folder next to ``target``, then put the
    complete, synced, 0600 file in place of ``target``; returns what ``write`` returned.

    The part path has the target's own name (so SQLite's journal files and the like land in the private
    folder too). ``overwrite=False`` refuses an existing ``target`` with ``TargetExistsError``.
    """
    target = Path(target)
    if not overwrite and os.path.lexists(target):
        raise TargetExistsError(target)
    with private_temp_folder(target.parent) as folder:
        part = folder / target.name
        create_private_file(part)  # 0600 from the first byte; writers open it again by name
        result = write(part)
        make_private(part)
        _fsync_path(part)
        _put_in_place(part, target, overwrite)
        _fsync_path(target.parent, directory=True)
    return result


def write_bytes_privately(target: str | os.PathLike, content: bytes, *, overwrite: bool = True) -> Path:
    """Write ``content`` to ``target`` privately and atomically (``tempfile.mkstemp``: O_EXCL, 0600)."""
    target = Path(target)
    if not overwrite and os.path.lexists(target):
        raise TargetExistsError(target)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=target.parent)
    part = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        _put_in_place(part, target, overwrite)
        _fsync_path(target.parent, directory=True)
    finally:
        part.unlink(missing_ok=True)
    return target


def create_private_file(path: Path) -> bool:
    """Create an empty file at ``path`` with mode 0600 (``O_EXCL``, not through a link); returns False
    when it already exists. Used for files that are then opened by others (the database, the log)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def open_private_append(path: Path) -> Any:
    """A text stream appending to ``path``, created 0600 when new; never follows a link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.fchmod(fd, PRIVATE_FILE_MODE)  # a log an older version made with the umask's rights
    return os.fdopen(fd, "a", encoding="utf-8")


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` and missing parents, each new one readable by the user alone (0700 on POSIX).

    A folder that already exists is never changed: a shared folder keeps its rights and sticky bit."""
    path = Path(path)
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            continue  # made meanwhile by someone else: leave it as it is
        if os.name == "posix":
            os.chmod(folder, PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "geen map", str(path))
