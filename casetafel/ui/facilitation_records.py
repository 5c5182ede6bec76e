"""The records side of the facilitation window: storing what the capture bar sends, loading what was
recorded for the current case, and every change to it as an undoable command on one QUndoStack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack

from casetafel.domain.capture import CaptureKind
from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.facilitation import FacilitationService
from casetafel.services.facilitation_plan import Step
from casetafel.storage.errors import StorageError
from casetafel.ui.capture_bar import CaptureRequest
from casetafel.ui.capture_commands import (
    ACTION,
    OBSERVATION,
    QUESTION,
    RecordStore,
    Ref,
    changed,
    deleted,
    recorded,
)
from casetafel.ui.capture_list import RecordedItem
from casetafel.ui.facilitation_hooks import Hook
from casetafel.ui.presenter_window import Insight


class FacilitationRecords(QObject):
    def __init__(self, services: Services, facilitation: FacilitationService, session_id: int, parent=None):
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.facilitation = facilitation
        self.changed = Hook()  # anything may have changed: load again
        self.appended = Hook()  # RecordedItem: one new item at the end, nothing else changed
        self.failed = Hook()
        self._pushing_new = False
        self.store = RecordStore(services, facilitation)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_undo_index)
        labels = services.taxonomy.all_labels()
        self.kind_labels = labels.get(Vocabulary.OBSERVATION_KIND.value, {})
        self.role_labels = labels.get(Vocabulary.PARTICIPANT_ROLE.value, {})
        self.level_labels = labels.get(Vocabulary.ACTOR_LEVEL.value, {})
        self.council_labels = labels.get(Vocabulary.COUNCIL_ROLE.value, {})
        self.theme_labels = labels.get(Vocabulary.THEME.value, {})
        self.domain_labels = labels.get(Vocabulary.DOMAIN.value, {})
        self.items: list[RecordedItem] = []

    def _on_undo_index(self, _index: int) -> None:
        if not self._pushing_new:
            self.changed.emit()

    # -- recording --------------------------------------------------------------------------------
    def record(self, step: Step, request: CaptureRequest, drafts: dict[str, str] | None = None) -> bool:
        """Store what the capture bar sent, and ``drafts`` (the emptied input line) with it in one
        transaction: a crash can then never leave a stored item and its text still in the draft."""
        try:
            with self.services.together():
                table, info = self._store_new(step, request)
                if drafts:
                    self.facilitation.save_drafts(self.session_id, drafts)
        except (ServiceError, StorageError) as error:
            self.failed.emit(str(error))
            return False
        # A new item goes at the end of the list: the window adds that one row instead of loading the
        # case's items again (the capture must stay instant with hundreds of items per case).
        self._pushing_new = True
        try:
            self.undo_stack.push(
                recorded(self.store, table, info, QCoreApplication.translate("FacilitationRecords", "record"))
            )
        finally:
            self._pushing_new = False
        item = self._item(table, info)
        self.items.append(item)
        self.appended.emit(item)
        return True

    def _store_new(self, step: Step, request: CaptureRequest) -> tuple[str, object]:
        records = self.services.records
        if request.kind.is_observation:
            return OBSERVATION, records.record_observation(
                self.session_id, step.case_id, request.kind.value, request.text,
                phase_key=step.phase_key, domains=request.domains, author_role=request.author_role,
            )  # fmt: skip
        if request.kind == CaptureKind.GOVERNANCE_QUESTION:
            return QUESTION, records.record_question(
                self.session_id, step.case_id, request.text, phase_key=step.phase_key,
                council_role=request.council_role, theme=request.theme,
            )  # fmt: skip
        return ACTION, records.record_action(
            self.session_id, step.case_id, request.text, owner=request.owner, due_date=request.due_date,
            owner_kind=request.owner_kind,
        )  # fmt: skip

    def edit_text(self, ref: Ref, text: str) -> None:
        item = next((i for i in self.items if i.ref == ref), None)
        if item is not None:
            self._change(
                ref,
                {"text": item.text},
                {"text": text},
                QCoreApplication.translate("FacilitationRecords", "edit"),
            )

    def delete(self, ref: Ref) -> None:
        try:
            info = self.store.delete(ref)
        except (ServiceError, StorageError) as error:
            self.failed.emit(str(error))
            return
        self.undo_stack.push(
            deleted(self.store, ref[0], info, QCoreApplication.translate("FacilitationRecords", "delete"))
        )

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
        try:
            self.store.update(ref, **new)
        except (ServiceError, StorageError) as error:
            self.failed.emit(str(error))
            return
        self.undo_stack.push(changed(self.store, ref, old, new, text))

    # -- loading ----------------------------------------------------------------------------------
    def load(self, case_id: int | None) -> list[RecordedItem]:
        """What was recorded in this session for ``case_id`` (None: the session itself), oldest first."""
        records = self.services.records
        sid = self.session_id
        if case_id is None:
            observations = [o for o in records.list_observations(sid) if o.case_id is None]
            questions = [q for q in records.list_questions(sid) if q.case_id is None]
        else:
            observations = records.list_observations(sid, case_id)
            questions = records.list_questions(sid, case_id)
        rows = [(OBSERVATION, o) for o in observations]
        rows += [(QUESTION, q) for q in questions]
        rows += [(ACTION, a) for a in records.list_actions(sid) if a.case_id == case_id]
        rows.sort(key=lambda r: (r[1].created_at, r[0], r[1].id))
        self.items = [self._item(table, info) for table, info in rows]
        return self.items

    def _item(self, table: str, info) -> RecordedItem:
        if table == OBSERVATION:
            parts = []
            if info.actors:
                parts.append(", ".join(self.level_labels.get(c, c) for c in info.actors))
            if info.domains:
                parts.append(", ".join(self.domain_labels.get(c, c) for c in info.domains))
            if info.votes:
                parts.append("● " + str(info.votes))
            kind = self.kind_labels.get(info.kind, info.kind)
            author = self.role_labels.get(info.author_role, info.author_role)
            return RecordedItem((table, info.id), kind, info.text, " · ".join(parts), author, info.votes,
                                info.created_at, info)  # fmt: skip
        if table == QUESTION:
            parts = [self.council_labels.get(info.council_role, ""), self.theme_labels.get(info.theme, "")]
            if info.votes:
                parts.append("● " + str(info.votes))
            kind = QCoreApplication.translate("FacilitationRecords", "Governance question")
            details = " · ".join(p for p in parts if p)
            return RecordedItem(
                (table, info.id), kind, info.text, details, "", info.votes, info.created_at, info
            )
        due = info.due_date.strftime("%d-%m-%Y") if info.due_date else ""
        details = " · ".join(p for p in (info.owner, due) if p)
        kind = QCoreApplication.translate("FacilitationRecords", "Action")
        return RecordedItem((table, info.id), kind, info.text, details, "", 0, info.created_at, info)

    def votable(self) -> list[RecordedItem]:
        return [i for i in self.items if i.ref[0] in (OBSERVATION, QUESTION)]

    def observations(self) -> list[RecordedItem]:
        return [i for i in self.items if i.ref[0] == OBSERVATION]

    def insights(self, by_votes: bool) -> tuple[Insight, ...]:
        """For the presenter: kind and text only (no author role, no owner), newest first."""
        shown = []
        for item in reversed(self.items):
            kind = item.kind_label
            if item.ref[0] == QUESTION and item.info.council_role:
                kind = f"{kind} · {self.council_labels.get(item.info.council_role, item.info.council_role)}"
            if item.ref[0] == OBSERVATION and item.info.actors:
                kind = f"{kind} · {', '.join(self.level_labels.get(c, c) for c in item.info.actors)}"
            shown.append(Insight(kind, item.text, item.votes if item.ref[0] != ACTION else None))
        if by_votes:
            shown.sort(key=lambda i: -(i.votes or 0))
        return tuple(shown)
