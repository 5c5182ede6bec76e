"""Undoable changes to recorded items (QUndoStack): record, edit, delete, votes and who-can-act.

Each command has already been done once when it is pushed (so a refused change never enters the
stack; the editors' ``CallbackCommand``); undo and redo call the services again. ``RecordStore``
deletes, restores and updates an observation, governance question or action by its reference
``(kind, id)``.

Undo and redo of a change (``ChangedCommand``) name the version this client saved and the values it saved:
when another client changed the same field since, the conflict dialog asks which value stays; when the
user keeps the stored value or decides later, the step leaves the stack (``setObsolete``) and a Dutch
message says so, so the stack never claims what is not stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from casetafel.domain.records import RecordKind
from casetafel.services.concurrency import EditConflictError
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.ui.widgets.undo_commands import AppliedCommand, CallbackCommand

# The kinds, by the names the capture list uses.
OBSERVATION = RecordKind.OBSERVATION
QUESTION = RecordKind.QUESTION
ACTION = RecordKind.ACTION

Ref = tuple[RecordKind, int]
# resolve(conflict, save) runs the conflict dialog and returns a Resolution (None: decided later)
Resolve = Callable[[EditConflictError, Callable[[dict[str, Any], int], Any]], Any]
Refused = Callable[[str, bool], None]  # (message, undoing): a step that was not done


class RecordStore:
    """Delete, restore and update an item by its reference, through the services' one record API."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def delete(self, ref: Ref, unchanged_since=None):
        return self.services.records.delete(*ref, unchanged_since=unchanged_since)

    def restore(self, kind: RecordKind, info):
        return self.services.records.restore(kind, info)

    def update(self, ref: Ref, **changes):
        return self.services.records.update(*ref, **changes)


class RecordedCommand(AppliedCommand):
    """A new item: undo deletes it, but not when another client changed it since (the step then leaves
    the stack and ``refused`` says why: their change is never deleted silently); redo puts it back with
    the same id."""

    def __init__(self, store: RecordStore, table: RecordKind, info, text: str, refused: Refused) -> None:
        super().__init__(text)
        self.store = store
        self.table = table
        self.info = info
        self._refused = refused

    def undo(self) -> None:
        self._delete(undoing=True)

    def do(self) -> None:
        self._restore(undoing=False)

    def _delete(self, *, undoing: bool) -> None:
        try:
            self.store.delete((self.table, self.info.id), unchanged_since=self.info)
        except EditConflictError as conflict:
            theirs = conflict.field("text")
            self.setObsolete(True)
            self._refused(
                QCoreApplication.translate(
                    "FacilitationRecords",
                    "someone else changed this line meanwhile (%1); delete it yourself if it should go.",
                ).replace("%1", f"“{theirs.stored_text}”" if theirs else str(conflict)),
                undoing,
            )
        except ServiceError as error:  # e.g. another client deleted it already
            self.setObsolete(True)
            self._refused(str(error), undoing)

    def _restore(self, *, undoing: bool) -> None:
        try:
            self.store.restore(self.table, self.info)
        except ServiceError as error:
            self.setObsolete(True)
            self._refused(str(error), undoing)


class DeletedCommand(RecordedCommand):
    """A deleted item: undo puts it back with the same id; redo deletes it again, but not when another
    client changed it since it came back."""

    def undo(self) -> None:
        self._restore(undoing=True)

    def do(self) -> None:
        self._delete(undoing=False)


def recorded(store: RecordStore, table: str, info, text: str) -> CallbackCommand:
    """Undo removes the new item; redo puts it back with the same id (the lines of a macro, which cannot
    leave the stack one by one)."""
    ref = (table, info.id)
    return CallbackCommand(text, redo=lambda: store.restore(table, info), undo=lambda: store.delete(ref))


class ChangedCommand(AppliedCommand):
    """Fields of one item changed from ``old`` to ``new``; undo and redo save naming the version and the
    values this client saved last. ``refused(message)`` reports a step that was not done (and left the
    stack): another client's newer value stayed, or the item is gone (``undoing`` says which step)."""

    def __init__(
        self,
        store: RecordStore,
        ref: Ref,
        old: dict,
        new: dict,
        text: str,
        version: int | None,
        resolve: Resolve,
        refused: Refused,
    ) -> None:
        super().__init__(text)
        self.store = store
        self.ref = ref
        self.old = old
        self.new = new
        self.version = version
        self._resolve = resolve
        self._refused = refused

    def undo(self) -> None:
        self._save(self.old, self.new, undoing=True)

    def do(self) -> None:
        self._save(self.new, self.old, undoing=False)

    def _save(self, values: dict, shown: dict, *, undoing: bool) -> None:
        # Without a known version (the stored value was taken) 0 makes the fields be compared: versions
        # start at 1, so only a field another client changed since differs from ``shown``.
        try:
            info = self.store.update(self.ref, expected_version=self.version or 0, was=shown, **values)
        except EditConflictError as conflict:
            update = self.store.update
            resolution = self._resolve(
                conflict,
                lambda chosen, version: update(self.ref, expected_version=version, **{**values, **chosen}),
            )
            if resolution is None or resolution.result is None:  # decided later, or kept the stored value
                self.setObsolete(True)
                self._refused(str(conflict) if resolution is None else "", undoing)
                return
            info = resolution.result
        except ServiceError as error:  # e.g. another client deleted the item
            self.setObsolete(True)
            self._refused(str(error), undoing)
            return
        self.version = info.version
