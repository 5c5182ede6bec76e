"""The faster "does this module use PySide6?" check answers as PySide6's own one does."""

from __future__ import annotations

import sys

import casetafel.ui  # noqa: F401 - installs the check
import casetafel.ui.app_shell.main_window
from casetafel.storage import models
from casetafel.ui import pyside_import_check


def test_the_check_is_installed_once() -> None:
    check = pyside_import_check.feature_module()._mod_uses_pyside
    assert pyside_import_check.install() is True
    assert pyside_import_check.feature_module()._mod_uses_pyside is check
    assert getattr(check, "__wrapped__", None) is not None


def test_it_gives_pyside_s_answer_for_every_loaded_module() -> None:
    check = pyside_import_check.feature_module()._mod_uses_pyside
    original = check.__wrapped__
    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 200
    differing = [m.__name__ for m in modules if check(m) != original(m)]
    assert differing == []
    assert check(casetafel.ui.app_shell.main_window) is True
    assert check(models) is False
    assert check(sys) is False  # built in: no source
