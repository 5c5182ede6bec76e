"""A faster answer to the question PySide6 asks of every module imported after it.

PySide6 (PYSIDE-2029, ``shibokensupport/feature.py``) decides for each newly imported module whether it
uses PySide, by searching the module's source for "PySide6" with ``inspect.getsource``. That tokenises
each file through ``linecache``: about 0.3 ms a module, some 300 modules at our start (SQLAlchemy and our
own), ≈30 ms of every start-up. ``install()`` replaces that check by one that reads the file and searches
the same text, with the same answer; modules without a ``.py`` file (built-ins, a bundle's archive) still
go to PySide's own check. If a PySide version no longer has the check, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = "_casetafel_fast"


def feature_module() -> ModuleType | None:
    """PySide6's feature module (where the check lives), if PySide6 is imported."""
    return sys.modules.get("shibokensupport.feature") or sys.modules.get("PySide6.support.feature")


def install() -> bool:
    """Install the faster check; returns whether it is in place (also when it already was)."""
    feature = feature_module()
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def mod_uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                with open(file, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(mod_uses_pyside, _MARK, True)
    mod_uses_pyside.__wrapped__ = original
    feature._mod_uses_pyside = mod_uses_pyside
    return True
