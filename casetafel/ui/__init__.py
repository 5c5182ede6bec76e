"""The Qt user interface of casetafel; importing it applies the PySide6 workarounds first."""

from casetafel.ui.pyside_workarounds import guard_singleton_refcounts

guard_singleton_refcounts()
