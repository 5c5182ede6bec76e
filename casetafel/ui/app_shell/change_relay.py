"""Other clients' changes, brought to the UI thread: lists refresh within two seconds.

The storage listener (``storage.notifications``, PostgreSQL only) calls back on its own thread; the
``arrived`` signal carries each change to the thread of this object (Qt queues a signal emitted on
another thread), where changes are gathered for ``GATHER_MS`` and announced together as ``changed``
(the set of changed tables), so a burst of saves refreshes a list once. On SQLite nothing listens and
``changed`` is never emitted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from casetafel.storage.engine import Database
from casetafel.storage.notifications import Change, listen_for_changes

GATHER_MS = 300


class ChangeRelay(QObject):
    arrived = Signal(object)  # a Change, emitted on the listener's thread
    changed = Signal(object)  # frozenset of table names, on the UI thread

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tables: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._announce)
        self.arrived.connect(self._gather)
        self.listener = listen_for_changes(db, self.arrived.emit)

    @property
    def listening(self) -> bool:
        return self.listener is not None and self.listener.running

    def _gather(self, change: Change) -> None:
        self._tables.add(change.table)
        if not self._timer.isActive():
            self._timer.start()

    def _announce(self) -> None:
        tables, self._tables = frozenset(self._tables), set()
        if tables:
            self.changed.emit(tables)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
