"""Undoable changes to recorded items (QUndoStack): record, edit, delete, votes and who-can-act.

Each command has already been done once when it is pushed (so a refused change never enters the
stack); undo and redo call the services again. ``RecordStore`` deletes, restores and updates an
observation, governance question or action by its reference ``(kind, id)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from casetafel.domain.records import RecordKind
from casetafel.services.container import Services

# The kinds, by the names the capture list uses.
OBSERVATION = RecordKind.OBSERVATION
QUESTION = RecordKind.QUESTION
ACTION = RecordKind.ACTION

Ref = tuple[RecordKind, int]


class RecordStore:
    """Delete, restore and update an item by its reference, through the services' one record API."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def delete(self, ref: Ref):
        return self.services.records.delete(*ref)

    def restore(self, kind: RecordKind, info):
        return self.services.records.restore(kind, info)

    def update(self, ref: Ref, **changes):
        return self.services.records.update(*ref, **changes)


class DoneCommand(QUndoCommand):
    """A change that was already made; ``undo``/``redo`` repeat it through the callables."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


def recorded(store: RecordStore, table: str, info, text: str) -> DoneCommand:
    """Undo removes the new item; redo puts it back with the same id."""
    ref = (table, info.id)
    return DoneCommand(text, redo=lambda: store.restore(table, info), undo=lambda: store.delete(ref))


def deleted(store: RecordStore, table: str, info, text: str) -> DoneCommand:
    ref = (table, info.id)
    return DoneCommand(text, redo=lambda: store.delete(ref), undo=lambda: store.restore(table, info))


def changed(store: RecordStore, ref: Ref, old: dict, new: dict, text: str) -> DoneCommand:
    return DoneCommand(text, redo=lambda: store.update(ref, **new), undo=lambda: store.update(ref, **old))
