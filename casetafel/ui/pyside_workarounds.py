"""Workarounds for defects of the PySide6 release we ship with.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``True`` on every ``Signal.emit()`` called from
Python, and in other calls one to ``None``. After a few thousand calls the count reaches zero and CPython
aborts with "bool_dealloc" or "none_dealloc" — in the middle of a session. ``True``, ``False`` and
``None`` must never be freed anyway (from CPython 3.12 they are immortal), so we give them a very large
number of extra references once, at import of ``casetafel.ui``.
"""

from __future__ import annotations

import ctypes
import sys

EXTRA_REFERENCES = 1 << 40  # a trillion emits per process before the guard would run out


def guard_singleton_refcounts() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for value in (True, False, None):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(value))
        if count.value < EXTRA_REFERENCES:
            count.value += EXTRA_REFERENCES
