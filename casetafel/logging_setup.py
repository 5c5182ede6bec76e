"""The log file in the platformdirs log folder; it records events and errors, never case content.

The log is turned over when the program starts: a file of 1 MB or more becomes ``casetafel.log.1`` (the
older ones move up, five are kept). The program logs a few lines a session, so turning over at start is
enough (a session does not turn it over, however much it logs), and ``logging.handlers`` stays out of
the start-up.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from casetafel.paths import ensure_private_dir, log_dir
from casetafel.private_files import open_private_append

LOG_FILENAME = "casetafel.log"
MAX_BYTES = 1_000_000
KEEP = 5


class LogFile(logging.FileHandler):
    """The program's log file (a type of its own, so a second set-up does not add it twice); made 0600
    and never opened through a symbolic link (``casetafel.private_files``)."""

    def _open(self):  # noqa: ANN202 - logging.FileHandler's hook
        return open_private_append(Path(self.baseFilename))


def turn_over(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """Move ``path`` to ``path.1`` (and ``.1`` to ``.2`` …, the oldest dropped) when it is ``max_bytes``
    or larger. A log that cannot be moved (open in a second copy of the program, on Windows) is left as
    it is, and so are the older ones: logging goes on in the same file."""
    moving = path.with_name(path.name + ".draaien")
    try:
        if path.stat().st_size < max_bytes:
            return
        os.replace(path, moving)  # first the current log: if that fails, nothing has moved
    except OSError:
        return
    try:
        for number in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    finally:
        os.replace(moving, path.with_name(f"{path.name}.1"))


def setup_logging(folder: Path | None = None) -> Path:
    """Log to ``casetafel.log`` in ``folder`` (the log folder by default); returns the file's path."""
    folder = folder or log_dir()
    ensure_private_dir(folder)
    path = folder / LOG_FILENAME
    root = logging.getLogger()
    if not any(isinstance(h, LogFile) and Path(h.baseFilename) == path for h in root.handlers):
        turn_over(path)
        handler = LogFile(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
