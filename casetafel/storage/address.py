"""Whether ``--db`` (or a saved choice) names a shared database on a server or a file.

Kept apart from ``storage.server`` so that deciding costs nothing at start-up: the window's start on a
file must not wait for SQLAlchemy and the migrations to load (they load beside the file check later).
"""

from __future__ import annotations

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_address(target: object) -> bool:
    """Whether ``target`` names a server (a ``postgresql://`` URL) rather than a file."""
    return isinstance(target, str) and target.strip().lower().startswith(SCHEMES)
