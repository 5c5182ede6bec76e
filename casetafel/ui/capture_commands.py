"""Undoable changes to recorded items (QUndoStack): record, edit, delete, votes and who-can-act.

Each command has already been done once when it is pushed (so a refused change never enters the
stack); undo and redo call the services again. ``RecordStore`` knows how to delete, restore and update
an observation, governance question or action by its reference ``(table, id)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from casetafel.services.container import Services
from casetafel.services.facilitation import FacilitationService

OBSERVATION = "observation"
QUESTION = "question"
ACTION = "action"

Ref = tuple[str, int]


class RecordStore:
    def __init__(self, services: Services, facilitation: FacilitationService) -> None:
        self.services = services
        self.facilitation = facilitation

    def delete(self, ref: Ref):
        table, ident = ref
        records = self.services.records
        return {
            OBSERVATION: records.delete_observation,
            QUESTION: records.delete_question,
            ACTION: records.delete_action,
        }[table](ident)

    def restore(self, table: str, info):
        return {
            OBSERVATION: self.services.records.restore_observation,
            QUESTION: self.facilitation.restore_question,
            ACTION: self.facilitation.restore_action,
        }[table](info)

    def update(self, ref: Ref, **changes):
        table, ident = ref
        records = self.services.records
        return {
            OBSERVATION: records.update_observation,
            QUESTION: records.update_question,
            ACTION: records.update_action,
        }[table](ident, **changes)


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
