"""Who makes a change, as the history, decisions and session events record it: on a shared database the
server login (PostgreSQL's ``current_user``, the name the griffie and facilitators know each other by),
on a file the operating-system user. One answer for every service."""

from __future__ import annotations

import getpass

from sqlalchemy import text


def operating_system_user() -> str:
    """The name the person logged in to the computer with; empty when the system does not say."""
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no user name in the environment or the password database
        return ""


def acting_user(connection) -> str:
    """Who makes the change written through ``connection``: the server login on PostgreSQL, else the
    operating-system user (empty when neither is known)."""
    if connection.dialect.name == "postgresql":
        return str(connection.execute(text("SELECT current_user")).scalar() or "")
    return operating_system_user()
