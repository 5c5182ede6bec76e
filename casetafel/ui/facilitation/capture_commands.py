"""Undoable changes to recorded items (QUndoStack): record, edit, delete, votes and who-can-act.

Each command has already been done once when it is pushed (so a refused change never enters the
stack; the editors' ``CallbackCommand``); undo and redo call the services again. ``RecordStore``
deletes, restores and updates an observation, governance question or action by its reference
``(kind, id)``.
"""

from __future__ import annotations

from casetafel.domain.records import RecordKind
from casetafel.services.container import Services
from casetafel.ui.widgets.undo_commands import CallbackCommand

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


def recorded(store: RecordStore, table: str, info, text: str) -> CallbackCommand:
    """Undo removes the new item; redo puts it back with the same id."""
    ref = (table, info.id)
    return CallbackCommand(text, redo=lambda: store.restore(table, info), undo=lambda: store.delete(ref))


def deleted(store: RecordStore, table: str, info, text: str) -> CallbackCommand:
    ref = (table, info.id)
    return CallbackCommand(text, redo=lambda: store.delete(ref), undo=lambda: store.restore(table, info))


def changed(store: RecordStore, ref: Ref, old: dict, new: dict, text: str) -> CallbackCommand:
    return CallbackCommand(text, redo=lambda: store.update(ref, **new), undo=lambda: store.update(ref, **old))
