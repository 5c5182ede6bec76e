"""The Qt user interface of casetafel; importing it applies the PySide6 workarounds first and installs
the faster check PySide6 runs on every module imported after it (see ``pyside_import_check``)."""

import PySide6  # noqa: F401 - loads the feature check that install() speeds up

from casetafel.ui import pyside_import_check
from casetafel.ui.pyside_workarounds import guard_singleton_refcounts

guard_singleton_refcounts()
pyside_import_check.install()
