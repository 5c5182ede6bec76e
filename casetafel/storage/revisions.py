"""Where the Alembic revisions live and which ones exist.

Both the read-only inspection (``inspection.py``, which must not load Alembic for an up-to-date file)
and the migrations (``migrate.py``) ask this module; Alembic is imported only inside the functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def known_revisions(script_location: Path = MIGRATIONS_DIR) -> set[str]:
    """Every revision id of the scripts in ``script_location`` (loads Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location))
    return {rev.revision for rev in script.walk_revisions()}
