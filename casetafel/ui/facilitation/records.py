"""The records side of the facilitation window: storing what the capture bar sends, loading what was
recorded for the current case, and every change to it as an undoable command on one QUndoStack."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from casetafel.anonymisation.masking import mask_hard
from casetafel.domain.capture import CaptureKind
from casetafel.domain.records import RecordKind
from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.concurrency import EditConflictError
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.facilitation import FacilitationService
from casetafel.services.facilitation_plan import Step
from casetafel.services.records import ActionInfo, ObservationInfo, QuestionInfo
from casetafel.services.timeline import RecordLabels
from casetafel.ui.facilitation.capture_bar import CaptureRequest
from casetafel.ui.facilitation.capture_commands import (
    ACTION,
    OBSERVATION,
    QUESTION,
    ChangedCommand,
    DeletedCommand,
    RecordedCommand,
    RecordStore,
    Ref,
    recorded,
)
from casetafel.ui.facilitation.capture_list import RecordedItem
from casetafel.ui.facilitation.presenter import Insight
from casetafel.ui.widgets import data_labels
from casetafel.ui.widgets.conflict_dialog import resolve_conflict, save_checked

CONFIRM_WAIT_SECONDS = 0.25  # on a shared database: how long a capture waits for the server's answer


class FacilitationRecords(QObject):
    changed = Signal()  # anything may have changed: load again
    appended = Signal(object)  # RecordedItem: one new item at the end, nothing else changed
    replaced = Signal(object, object)  # ref, RecordedItem: a waiting line that the server stored
    failed = Signal(object)

    def __init__(self, services: Services, facilitation: FacilitationService, meeting_id: int, parent=None):
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.facilitation = facilitation
        self._pushing_new = False
        self.store = RecordStore(services)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_undo_index)
        # resolved once, by the services' labels; built-in labels in the interface's language
        self.labels = RecordLabels(data_labels.all_labels(services.taxonomy.all_labels()))
        self.role_labels = self.labels.vocabulary(Vocabulary.PARTICIPANT_ROLE)
        self.items: list[RecordedItem] = []
        self.participant_names: dict[int, str] = {}  # shown next to the role of an attributed line
        # On a shared database every line goes through the outbox (see services.outbox); on a file: None.
        self.outbox = services.capture_outbox
        self.outbox_signals = None
        if self.outbox is not None:
            from casetafel.ui.facilitation.outbox_link import OutboxSignals

            self.outbox_signals = OutboxSignals(self.outbox, self)
            self.outbox_signals.sent.connect(self._on_sent_later)
            self.outbox.start()

    def detach(self) -> None:
        """The window closes: no more news from the sender (it goes on sending for the program)."""
        if self.outbox_signals is not None:
            self.outbox_signals.detach()

    def _on_undo_index(self, _index: int) -> None:
        if not self._pushing_new:
            self.changed.emit()

    # -- recording --------------------------------------------------------------------------------
    def record(self, step: Step, request: CaptureRequest, drafts: dict[str, str] | None = None) -> bool:
        """Store what the capture bar sent, and ``drafts`` (the emptied input line) with it in one
        transaction: a crash can then never leave a stored item and its text still in the draft.

        On a shared database the line is kept in the outbox first (see ``_record_through_outbox``)."""
        if self.outbox is not None:
            return self._record_through_outbox(step, request, drafts)
        try:
            with self.services.together():
                table, info = self._store_new(step, request)
                if drafts:
                    self.facilitation.save_drafts(self.meeting_id, drafts)
        except ServiceError as error:
            self.failed.emit(str(error))
            return False
        self._append_stored(table, info)
        return True

    def _append_stored(self, table: RecordKind, info) -> None:
        # A new item goes at the end of the list: the window adds that one row instead of loading the
        # case's items again (the capture must stay instant with hundreds of items per case).
        self._pushing_new = True
        try:
            text = QCoreApplication.translate("FacilitationRecords", "record")
            self.undo_stack.push(RecordedCommand(self.store, table, info, text, self._refused))
        finally:
            self._pushing_new = False
        item = self._item(table, info)
        self.items.append(item)
        self.appended.emit(item)

    def _record_through_outbox(
        self, step: Step, request: CaptureRequest, drafts: dict[str, str] | None
    ) -> bool:
        """Keep the line on this computer (synced), then give the server a moment to store it: the normal
        case shows the stored item at once; without an answer the line is shown as waiting and the sender
        stores it when the server is back (``_on_sent_later``). The emptied input line is saved apart."""
        kind, fields = self._capture_fields(step, request)
        try:
            line = self.outbox.capture(kind, self.meeting_id, step.case_id, request.text, **fields)
        except ServiceError as error:
            self.failed.emit(str(error))
            return False
        info = self.outbox.wait_for(line, CONFIRM_WAIT_SECONDS if self.outbox.online else 0.0)
        if info is not None:
            self._append_stored(kind, info)
        else:
            item = self._pending_item(line)
            self.items.append(item)
            self.appended.emit(item)
        if drafts:
            try:
                self.facilitation.save_drafts(self.meeting_id, drafts)
            except ServiceError:
                drafts.clear()  # not saved: the window saves the changed draft fields again every second
        return True

    def _pending_item(self, line) -> RecordedItem:
        """A line in the outbox, shown as its stored item would be (id -seq: no stored item has it)."""
        kind, fields = RecordKind(line.kind), dict(line.fields)
        common = {"id": -line.seq, "meeting_id": line.meeting_id, "case_id": line.case_id, "text": line.text,
                  "created_at": line.captured_at}  # fmt: skip
        if kind is RecordKind.OBSERVATION:
            info = ObservationInfo(**common, phase_key=fields.get("phase_key", ""), kind=fields["kind_code"],
                                   domains=tuple(fields.get("domains") or ()), actors=(),
                                   author_role=fields.get("author_role", ""), votes=0)  # fmt: skip
        elif kind is RecordKind.QUESTION:
            info = QuestionInfo(**common, phase_key=fields.get("phase_key", ""),
                                council_role=fields.get("council_role", ""), theme=fields.get("theme", ""),
                                addressed_to="", instrument="geen", status="open", owner="", due_date=None,
                                answer="", votes=0)  # fmt: skip
        else:
            info = ActionInfo(**common, owner=fields.get("owner", ""), due_date=fields.get("due_date"),
                              status="open", owner_kind=fields.get("owner_kind", ""))  # fmt: skip
        return replace(self._item(kind, info), pending=True)

    def _on_sent_later(self, line, info) -> None:
        """The sender stored a line that was shown as waiting: show it as stored, with its number."""
        ref = (RecordKind(line.kind), -line.seq)
        for row, item in enumerate(self.items):
            if item.pending and item.ref == ref:
                self.items[row] = stored = self._item(ref[0], info)
                self.replaced.emit(ref, stored)
                return

    def _refuse_pending(self, ref: Ref) -> bool:
        """A waiting line cannot be changed yet (it has no stored item to change): say so."""
        if ref[1] >= 0:
            return False
        self.failed.emit(
            QCoreApplication.translate(
                "FacilitationRecords",
                "This line is not on the shared database yet. You can change or delete it once it has been "
                "sent (the mark “not on the server yet” disappears).",
            )
        )
        return True

    def _store_new(self, step: Step, request: CaptureRequest) -> tuple[RecordKind, object]:
        kind, fields = self._capture_fields(step, request)
        return kind, self.services.records.record(kind, self.meeting_id, step.case_id, request.text, **fields)

    @staticmethod
    def _capture_fields(step: Step, request: CaptureRequest) -> tuple[RecordKind, dict]:
        if request.kind.is_observation:
            kind, fields = RecordKind.OBSERVATION, {"kind_code": request.kind.value, "phase_key": step.phase_key,
                                                    "domains": request.domains, "author_role": request.author_role,
                                                    "participant_id": request.participant_id}  # fmt: skip
        elif request.kind == CaptureKind.GOVERNANCE_QUESTION:
            kind, fields = RecordKind.QUESTION, {"phase_key": step.phase_key, "council_role": request.council_role,
                                                 "theme": request.theme, "participant_id": request.participant_id}  # fmt: skip
        else:
            kind, fields = RecordKind.ACTION, {"owner": request.owner, "due_date": request.due_date,
                                               "owner_kind": request.owner_kind}  # fmt: skip
        return kind, fields

    def edit_text(self, ref: Ref, text: str) -> None:
        if self._refuse_pending(ref):
            return
        item = next((i for i in self.items if i.ref == ref), None)
        if item is not None:
            self._change(
                ref,
                {"text": item.text},
                {"text": text},
                QCoreApplication.translate("FacilitationRecords", "edit"),
            )

    def delete(self, ref: Ref) -> None:
        if self._refuse_pending(ref):
            return
        try:
            info = self.store.delete(ref)
        except ServiceError as error:
            self.failed.emit(str(error))
            return
        text = QCoreApplication.translate("FacilitationRecords", "delete")
        self.undo_stack.push(DeletedCommand(self.store, ref[0], info, text, self._refused))

    def set_votes(self, ref: Ref, old: int, new: int) -> None:
        self._change(
            ref, {"votes": old}, {"votes": new}, QCoreApplication.translate("FacilitationRecords", "dots")
        )

    def set_actors(self, ref: Ref, old: tuple, new: tuple) -> None:
        self._change(
            ref,
            {"actors": list(old)},
            {"actors": list(new)},
            QCoreApplication.translate("FacilitationRecords", "who can act"),
        )

    def _change(self, ref: Ref, old: dict, new: dict, text: str) -> None:
        """Save a change of one item naming the version shown; another client's save of the same field
        opens the conflict dialog (over the window this belongs to)."""
        if self._refuse_pending(ref):
            return
        item = next((i for i in self.items if i.ref == ref), None)
        version = getattr(item.info, "version", None) if item is not None else None
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        records = self.services.records
        try:
            info, new = save_checked(
                parent, new, version, old,
                lambda values, expected, was: records.update(*ref, expected_version=expected, was=was, **values),
                lambda: None,
            )  # fmt: skip
        except EditConflictError as error:  # left for later: the message keeps the text that was typed
            typed = " ".join(str(value) for value in new.values())
            self.failed.emit(
                QCoreApplication.translate("FacilitationRecords", "%1 Not saved: “%2”")
                .replace("%1", str(error))
                .replace("%2", typed)
            )
            return
        except ServiceError as error:
            self.failed.emit(str(error))
            return
        version = getattr(info, "version", None)
        resolve = lambda conflict, save: resolve_conflict(parent, conflict, save)  # noqa: E731
        self.undo_stack.push(ChangedCommand(self.store, ref, old, new, text, version, resolve, self._refused))

    def _refused(self, message: str, undoing: bool) -> None:
        """An undo or redo step that was not done: say why (nothing when the user kept the stored value)."""
        if message:
            text = (
                QCoreApplication.translate("FacilitationRecords", "Not undone: %1")
                if undoing
                else QCoreApplication.translate("FacilitationRecords", "Not redone: %1")
            )
            self.failed.emit(text.replace("%1", message))

    # -- loading ----------------------------------------------------------------------------------
    def load(self, case_id: int | None) -> list[RecordedItem]:
        """What was recorded in this session for ``case_id`` (None: the session itself), oldest first."""
        if self.outbox is None:
            entries = self.services.records.timeline(self.meeting_id, case_id, labels=self.labels)
            self.items = [self._shown(entry) for entry in entries]
            return self.items
        # On a shared database: the stored items, then the lines still waiting in the outbox. Without a
        # connection the items already shown stay (and the waiting ones), instead of an error.
        try:
            entries = self.services.records.timeline(self.meeting_id, case_id, labels=self.labels)
            stored = [self._shown(entry) for entry in entries]
        except ServiceError:
            stored = [i for i in self.items if not i.pending and i.info.case_id == case_id]
        waiting = [self._pending_item(line) for line in self.outbox.pending(self.meeting_id)
                   if line.case_id == case_id]  # fmt: skip
        self.items = stored + waiting
        return self.items

    def _item(self, kind: RecordKind, info) -> RecordedItem:
        return self._shown(self.labels.entry(kind, info))

    def _shown(self, entry) -> RecordedItem:
        """A numbered item shows its number before its kind: "BV-2026-014 · Bestuurlijke vraag"; an
        attributed line shows the participant after the role (the facilitator's screen only)."""
        kind = f"{entry.number} · {entry.kind_label}" if entry.number else entry.kind_label
        name = self.participant_names.get(getattr(entry.info, "participant_id", None) or 0, "")
        author = " · ".join(part for part in (entry.author, name) if part)
        return RecordedItem(entry.ref, kind, entry.text, entry.details, author, entry.votes,
                            entry.created_at, entry.info)  # fmt: skip

    def record_takeaways(self, step: Step, lines: list[tuple[int, str, str]]) -> bool:
        """Store "wat neem ik mee" of each participant (id, role code, text) as observations of the kind
        ``meenemen`` in this step, together; one undo step removes them all."""
        from casetafel.services.member_input import INSIGHT_KIND

        try:
            with self.services.together():
                made = [
                    self.services.records.record_observation(
                        self.meeting_id,
                        step.case_id,
                        INSIGHT_KIND,
                        text,
                        phase_key=step.phase_key,
                        author_role=role,
                        participant_id=participant_id,
                    )  # fmt: skip
                    for participant_id, role, text in lines
                ]
        except ServiceError as error:
            self.failed.emit(str(error))
            return False
        self.undo_stack.beginMacro(QCoreApplication.translate("FacilitationRecords", "what each takes home"))
        for info in made:
            self.undo_stack.push(recorded(self.store, OBSERVATION, info, ""))
        self.undo_stack.endMacro()
        self.changed.emit()
        return True

    def votable(self) -> list[RecordedItem]:
        return [i for i in self.items if i.ref[0] in (OBSERVATION, QUESTION) and not i.pending]

    def observations(self) -> list[RecordedItem]:
        return [i for i in self.items if i.ref[0] == OBSERVATION and not i.pending]

    def insights(self, by_votes: bool) -> tuple[Insight, ...]:
        """For the presenter: kind and text only (no author role, no owner), newest first."""
        shown = []
        for item in reversed(self.items):
            kind = self.labels.public_kind(item.ref[0], item.info)
            text = mask_hard(item.text)  # never a BSN, IBAN, phone number ... on the projector
            shown.append(Insight(kind, text, item.votes if item.ref[0] != ACTION else None))
        if by_votes:
            shown.sort(key=lambda i: -(i.votes or 0))
        return tuple(shown)
