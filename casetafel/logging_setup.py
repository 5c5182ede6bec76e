"""A rotating log file in the platformdirs log folder; it records events and errors, never case content."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from casetafel.paths import ensure_private_dir, log_dir

LOG_FILENAME = "casetafel.log"


def setup_logging(folder: Path | None = None) -> Path:
    """Log to ``casetafel.log`` (1 MB, 5 files kept); returns the file's path."""
    folder = folder or log_dir()
    ensure_private_dir(folder)
    path = folder / LOG_FILENAME
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
