"""The guard against PySide6's lost references to True: many emits from Python must not abort."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import casetafel.ui  # applies the workarounds
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    app = QCoreApplication([])

    class Emitter(QObject):
        changed = Signal(int)

    emitter = Emitter()
    received = []
    emitter.changed.connect(received.append)
    for number in range(50_000):
        emitter.changed.emit(number)
    print(len(received))
    """
)


def test_fifty_thousand_emits_do_not_abort() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "50000"
