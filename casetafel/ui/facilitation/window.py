"""“Tafel leiden”: the facilitator's window while the table runs.

It walks the steps of the session (opening, the per-case phases of each case, evaluation), shows the
case, phase, guiding question and countdown, records what is said through the capture bar, and feeds
the presenter screen. Every change is saved at once (position and timer on each change and every
second while the timer runs; the capture line as a draft every second), so ``begin()`` after a crash
continues at the same step, with the same timer and the same half-typed text.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from casetafel.anonymisation.masking import mask_hard
from casetafel.domain.capture import CaptureKind, default_kind
from casetafel.domain.countdown import TimerState
from casetafel.domain.document import COMMON_BODIES
from casetafel.domain.method import PhaseRecord
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.services.facilitation_plan import Step, index_of, next_group_index, previous_group_index
from casetafel.services.outbox import is_connection_lost
from casetafel.ui.facilitation.capture_bar import CaptureBar, CaptureRequest
from casetafel.ui.facilitation.capture_list import RecordedItem
from casetafel.ui.facilitation.layout import FacilitationLayout
from casetafel.ui.facilitation.presenter import PresenterContent, PresenterWindow
from casetafel.ui.facilitation.records import FacilitationRecords
from casetafel.ui.facilitation.summary import SummaryDialog
from casetafel.ui.widgets import data_labels
from casetafel.ui.widgets.announcer import Announcer
from casetafel.ui.widgets.counted import counted
from casetafel.ui.widgets.line_findings import BlockFindingsHighlighter, LineFindingsUnderliner
from casetafel.ui.widgets.screen_fit import fit_to_screen

SAVE_INTERVAL_MS = 1000
NOTES_ANNOUNCE_INTERVAL = 60.0  # seconds between two "Notes saved" announcements
PRESENTER_DELAY_MS = 40
CAPTURE_FIELDS = ("invoer", "soort", "rol", "raadsrol", "thema", "eigenaar", "deadline", "domeinen")


class FacilitationWindow(QMainWindow):
    finished = Signal(object)  # session id

    def __init__(self, services: Services, meeting_id: int, clock: Callable[[], float] = time.monotonic,
                 parent=None, settings: QSettings | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.clock = clock
        self.announcer = Announcer(self)
        self._notes_announced_at = -1e9
        self.meeting_id = meeting_id
        self.facilitation = services.facilitation
        self.plan = self.facilitation.plan(meeting_id)
        self.steps = [data_labels.step(step) for step in self.plan.steps]  # English names if so chosen
        self.index = 0
        self.case_text = ""
        self.timings: dict[str, tuple[float, int]] = {}
        self.summary: SummaryDialog | None = None
        self._saved_drafts: dict[str, str] = {}
        self.records = FacilitationRecords(services, self.facilitation, meeting_id, self)
        self.capture = CaptureBar(self.capture_kind_labels(), *self._terms())
        # Identifiers underlined as they are typed (checked when typing pauses, never on Enter's path).
        places = services.cases.local_places()
        self.line_check = LineFindingsUnderliner(self.capture.line, places, self)
        self.owner_check = LineFindingsUnderliner(self.capture.owner_edit, places, self)
        participants = services.meetings.get_meeting(meeting_id).participants
        self.capture.set_owner_suggestions([p.name for p in participants], list(COMMON_BODIES))
        self._show_participants(participants)
        self.presenter = PresenterWindow()
        self.ui = FacilitationLayout(self, clock)
        self.ui.takeaways.set_participants(participants, self.records.role_labels)
        self.notes_check = BlockFindingsHighlighter(self.ui.notes.edit.document(), places)
        self.evaluation_check = BlockFindingsHighlighter(self.ui.evaluation.edit.document(), places)
        self.setWindowTitle(self.tr("Run the table — %1").replace("%1", self.plan.meeting.title))
        # Made now, not at the first message: appearing later it pushed the input line up.
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().setFixedHeight(self.statusBar().fontMetrics().height() + 10)  # with or without text
        fit_to_screen(self, 1800, 1100, QGuiApplication.primaryScreen())

        self.capture.submitted.connect(self.record)
        self.capture.kind_changed.connect(self._on_kind_changed)
        self.records.changed.connect(self.refresh_records)
        self.records.appended.connect(self.show_new_record)
        self.records.replaced.connect(self.show_sent_record)
        self.connection_label = None
        if self.records.outbox_signals is not None:
            self._show_connection_state()
        self.ui.tabs.currentChanged.connect(self.refresh_tool_panel)
        self.ui.tool_stack.currentChanged.connect(self.refresh_tool_panel)
        self.records.failed.connect(self.show_problem)
        self.ui.takeaways.submitted.connect(self.record_takeaways)
        self.ui.previous.changed.connect(self.update_presenter)
        self.ui.timer.changed.connect(self._on_timer_changed)
        self.save_timer = QTimer(self)
        self.save_timer.setInterval(SAVE_INTERVAL_MS)
        self.save_timer.timeout.connect(self.save_now)
        # A new record reaches the projector a moment after the facilitator's own list: the input stays
        # instant, and a quick series of records costs one projector refresh.
        self.presenter_timer = QTimer(self)
        self.presenter_timer.setSingleShot(True)
        self.presenter_timer.setInterval(PRESENTER_DELAY_MS)
        self.presenter_timer.timeout.connect(self.update_presenter)

    def _terms(self):
        taxonomy = self.services.taxonomy
        return tuple(
            data_labels.terms(vocabulary, taxonomy.terms(vocabulary))
            for vocabulary in ("participant_role", "council_role", "theme", "domain")
        )

    def capture_kind_labels(self) -> dict[CaptureKind, str]:
        return {
            CaptureKind.BARRIER: self.tr("Barrier"),
            CaptureKind.GOOD_PRACTICE: self.tr("Good practice"),
            CaptureKind.SIGNAL: self.tr("Signal"),
            CaptureKind.QUESTION: self.tr("Question"),
            CaptureKind.GOVERNANCE_QUESTION: self.tr("Governance question"),
            CaptureKind.ACTION: self.tr("Action"),
        }

    # -- starting and resuming --------------------------------------------------------------------
    def begin(self) -> None:
        """Start or resume the run; raises ``UnconfirmedCaseError`` when a case is not confirmed."""
        state = self.facilitation.start(self.meeting_id, self.steps[0].key if self.steps else "")
        self.timings = {k: (t.elapsed_seconds, t.extra_seconds) for k, t in state.timings.items()}
        resumed = bool(state.timings)
        index = index_of(self.steps, state.step_key)
        self.index = index if index is not None else 0
        self.ui.votes.set_budget(state.vote_budget, self.present_count())
        drafts = self.facilitation.drafts(self.meeting_id)
        self.capture.restore_draft(drafts)
        self._saved_drafts = {f: drafts.get(f, "") for f in CAPTURE_FIELDS}
        if self.services.db.is_server:  # read now: the Wi-Fi may fail later in the session
            for case_id in dict.fromkeys(s.case_id for s in self.steps if s.case_id is not None):
                self._case_description(case_id)
        self.ui.notes.set_text(self.plan.meeting.notes)
        self.ui.evaluation.set_text(self.plan.meeting.evaluation)
        self._enter(self.index, running=state.running if resumed else True)
        self.save_timer.start()
        if resumed:
            self.statusBar().showMessage(self.tr("Resumed where you were."), 8000)
            self.announcer.announce(self.tr("Resumed where you were."))
        self.focus_capture()

    def focus_capture(self) -> None:
        """The keyboard goes to the input line: what is typed next is recorded, nothing else changes."""
        self.capture.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_shortcuts(self) -> None:
        from casetafel.ui.app_shell.shortcuts_dialog import show_shortcuts  # loaded when asked for

        self.shortcuts_dialog = show_shortcuts(self)
        self.shortcuts_dialog.finished.connect(lambda _result: self.focus_capture())

    def present_count(self) -> int:
        return sum(1 for p in self.services.meetings.get_meeting(self.meeting_id).participants if p.present)

    # -- navigation -------------------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.steps[self.index]

    def go_to(self, index: int) -> None:
        if not self.steps or not 0 <= index < len(self.steps) or index == self.index:
            return
        target = self.steps[index]
        if target.case_id is not None:
            try:
                self._case_description(target.case_id)
            except ServiceError as error:
                QMessageBox.warning(self, self.tr("This case cannot be shown"), str(error))
                self.focus_capture()
                return
        running = self.ui.timer.countdown.running
        self._remember_timer()
        self._save_position()
        self._enter(index, running=running)

    def _case_description(self, case_id: int) -> str:
        """The case's projectable text, read once per run: moving between phases needs no connection to a
        shared database (the cases of the agenda are read when the run begins)."""
        texts = self.__dict__.setdefault("_case_texts", {})
        if case_id not in texts:
            texts[case_id] = self.facilitation.projectable_case(case_id).description
        return texts[case_id]

    def next_phase(self) -> None:
        self.go_to(self.index + 1)

    def previous_phase(self) -> None:
        self.go_to(self.index - 1)

    def next_case(self) -> None:
        self.go_to(next_group_index(self.steps, self.index))

    def previous_case(self) -> None:
        self.go_to(previous_group_index(self.steps, self.index))

    def _enter(self, index: int, running: bool) -> None:
        self.index = index
        step = self.step
        elapsed, extra = self.timings.get(step.key, (0.0, 0))
        self.ui.timer.load(step.planned_seconds, elapsed, extra, running)
        self.case_text = ""
        if step.case_id is not None:
            self.case_text = self._case_description(step.case_id)
        self.ui.show_step(step, self.case_text)
        self.capture.set_default_kind(default_kind(step.records))
        if step.records == PhaseRecord.ATTENDANCE:
            self.refresh_attendance()
            try:
                self.ui.previous.load(self.meeting_id)
            except ServiceError as error:  # a shared database out of reach
                self.show_problem(str(error))
        self.refresh_records()
        self._save_position()
        self.announcer.announce(self.ui.phase_label.text() + ". " + step.guiding_question)
        self.focus_capture()

    # -- timer ------------------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        running = self.ui.timer.toggle()
        self._save_position()
        self.announcer.announce(self.tr("Timer running") if running else self.tr("Timer paused"))

    def add_minute(self) -> None:
        self.ui.timer.add_minute()
        self._save_position()

    def _on_timer_changed(self, text: str, state: str) -> None:
        running = self.ui.timer.countdown.running
        self.ui.show_timer(text, state, running)
        self.presenter.show_timer(text, state, running)
        previous, self._timer_state = getattr(self, "_timer_state", state), state
        if state != previous and state == TimerState.WARNING:
            self.announcer.announce(self.ui.spoken_time(text, running))
        elif state != previous and state == TimerState.OVERTIME:
            self.announcer.announce(self.tr("Time is up for this phase"), assertive=True)

    def _on_kind_changed(self, label: str) -> None:
        self.announcer.announce(self.tr("Kind: %1").replace("%1", label))

    def _remember_timer(self) -> None:
        countdown = self.ui.timer.countdown
        self.timings[self.step.key] = (countdown.elapsed(), countdown.extra_seconds)

    def _save_position(self) -> None:
        if not self.steps:
            return
        countdown = self.ui.timer.countdown
        try:
            self.facilitation.save_position(
                self.meeting_id, self.step, elapsed_seconds=countdown.elapsed(),
                extra_seconds=countdown.extra_seconds, running=countdown.running,
            )  # fmt: skip
        except ServiceError as error:
            self.show_problem(str(error))

    # -- saving every second ----------------------------------------------------------------------
    def save_now(self) -> None:
        """Save the running timer, the changed draft fields, the notes and the evaluation."""
        if self.ui.timer.countdown.running:
            self._save_position()
        self.save_drafts()
        changes = {}
        if self.ui.notes.dirty:
            changes["notes"] = self.ui.notes.text()
        if self.ui.evaluation.dirty:
            changes["evaluation"] = self.ui.evaluation.text()
        if changes:
            try:
                self.services.meetings.update_meeting(self.meeting_id, **changes)
                self.ui.notes.dirty = self.ui.evaluation.dirty = False
            except ServiceError as error:
                self.show_problem(str(error))
                return
            if self.clock() - self._notes_announced_at > NOTES_ANNOUNCE_INTERVAL:  # not at every pause
                self._notes_announced_at = self.clock()
                self.announcer.announce(self.tr("Notes saved"))

    def save_drafts(self) -> None:
        state = self.capture.draft_state()
        changed = {f: v for f, v in state.items() if self._saved_drafts.get(f) != v}
        if not changed:
            return
        try:
            self.facilitation.save_drafts(self.meeting_id, changed)
        except ServiceError as error:
            self.show_problem(str(error))
            return
        self._saved_drafts.update(changed)

    # -- records ----------------------------------------------------------------------------------
    def record(self, request: CaptureRequest) -> None:
        """Store the item and the emptied input line as its draft in one transaction, then empty the line."""
        cleared = self.capture.draft_state_after_clear()
        drafts = {f: v for f, v in cleared.items() if self._saved_drafts.get(f) != v}
        if self.records.record(self.step, request, drafts):
            self._saved_drafts.update(drafts)
            self.capture.clear_text()
            kind = self.capture.kind_labels[request.kind].lower()
            if self.records.items and self.records.items[-1].pending:  # kept here, not on the server yet
                message = self.tr("Kept on this computer, not on the server yet: %1").replace("%1", kind)
            else:
                message = self.tr("Recorded: %1").replace("%1", kind)
            remaining = self.ui.timer.countdown.remaining()
            if remaining >= 60:
                message = (
                    self.tr("%1, %2 minutes left")
                    .replace("%1", message)
                    .replace("%2", str(int(remaining // 60)))
                )
            self.statusBar().showMessage(message, 4000)
            self.announcer.announce(message)
        self.focus_capture()

    def refresh_records(self) -> None:
        items = self.records.load(self.step.case_id)
        self.ui.items_view.show_items(items)
        self._stale_panels = {self.ui.votes, self.ui.actors}
        self.refresh_tool_panel()
        self.update_presenter()

    def show_new_record(self, item: RecordedItem) -> None:
        self.ui.items_view.append_item(item)
        self._stale_panels = {self.ui.votes, self.ui.actors}
        self.refresh_tool_panel()
        if self.presenter.isVisible() and not self.presenter_timer.isActive():
            self.presenter_timer.start()

    def show_sent_record(self, ref, item: RecordedItem) -> None:
        """A line that waited for the shared database is stored: its row loses the mark, gets its number."""
        self.ui.items_view.replace_item(ref, item)
        self._stale_panels = {self.ui.votes, self.ui.actors}
        self.refresh_tool_panel()

    # -- the connection to a shared database ----------------------------------------------------------
    def _show_connection_state(self) -> None:
        """A line in the status bar while lines wait for the shared database (see services.outbox)."""
        from PySide6.QtWidgets import QLabel

        self.connection_label = QLabel(self)
        self.connection_label.setAccessibleName(self.tr("Connection to the shared database"))
        self.connection_label.hide()
        self.statusBar().addPermanentWidget(self.connection_label)
        signals = self.records.outbox_signals
        signals.state.connect(self.on_connection_state)
        signals.sent.connect(lambda _line, _info: self.on_connection_state(self.records.outbox.state()))
        signals.rejected.connect(self.on_line_rejected)
        self.on_connection_state(self.records.outbox.state())

    def on_connection_state(self, state) -> None:
        label = self.connection_label
        if not state.online:
            text = counted(
                state.waiting,
                self.tr("Connection to the shared database lost — 1 line waiting"),
                self.tr("Connection to the shared database lost — %1 lines waiting"),
            )
            if label.text() != text:
                label.setText(text)
                label.setAccessibleDescription(text)
                label.show()
                self.announcer.announce(text)
        elif label.isVisible() and not state.waiting:
            text = self.tr("Connection to the shared database restored — every line is stored")
            label.setText(text)
            label.setAccessibleDescription(text)
            self.announcer.announce(text)
            QTimer.singleShot(8000, self._hide_connection_label)

    def _hide_connection_label(self) -> None:
        outbox = self.records.outbox
        if outbox.online and not outbox.state().waiting:
            self.connection_label.hide()

    def on_line_rejected(self, line, reason: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Line not stored"),
            self.tr("The shared database refused this line: %1\n\n%2\n\nIt is kept aside on this computer; "
                    "copy it if you still need it.").replace("%1", reason).replace("%2", line.text),
        )  # fmt: skip
        self.refresh_records()

    def refresh_tool_panel(self, *_args) -> None:
        """Fill the votes or who-can-act panel only while it is shown: with hundreds of items a refresh
        of a hidden panel would slow down every capture."""
        shown = self.ui.tool_stack.currentWidget()
        stale = getattr(self, "_stale_panels", set())
        if shown not in stale or self.ui.tabs.currentWidget() is not self.ui.tool_stack:
            return
        if shown is self.ui.votes:
            self.ui.votes.set_items(self.records.votable())
        else:
            self.ui.actors.set_items(self.records.observations())
        stale.discard(shown)

    def refresh_attendance(self) -> None:
        try:
            meeting = self.services.meetings.get_meeting(self.meeting_id)
        except ServiceError as error:  # a shared database out of reach: the list stays as it was
            self.show_problem(str(error))
            return
        self.ui.attendance.set_participants(meeting.participants, self.records.role_labels)
        self._show_participants(meeting.participants)
        self.ui.votes.set_budget(
            self.ui.votes.budget.value(), sum(1 for p in meeting.participants if p.present)
        )

    def _show_participants(self, participants) -> None:
        """Who a line can be attributed to, and the evaluation's line per present participant."""
        self.records.participant_names = {p.id: p.name for p in participants if p.name}
        self.capture.set_participants(participants, self.records.role_labels)
        if hasattr(self, "ui"):
            self.ui.takeaways.set_participants(participants, self.records.role_labels)

    def record_takeaways(self, lines: list) -> None:
        if self.records.record_takeaways(self.step, lines):
            self.ui.takeaways.clear()
            self.statusBar().showMessage(self.tr("Recorded what each takes home."), 4000)

    def set_presence(self, participant_id: int, present: bool) -> None:
        try:
            self.services.meetings.update_participant(participant_id, present=present)
        except ServiceError as error:
            self.show_problem(str(error))
        self.refresh_attendance()

    def set_vote_budget(self, dots: int) -> None:
        try:
            self.facilitation.set_vote_budget(self.meeting_id, dots)
        except ServiceError as error:
            self.show_problem(str(error))

    def show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        outbox = self.records.outbox
        if outbox is not None and (not outbox.online or is_connection_lost(message)):
            outbox.retry_now()  # the sender finds out and the connection line says so
            return  # no message box every second while the connection is down
        QMessageBox.warning(self, self.tr("Not saved"), message)
        self.focus_capture()

    # -- presenter --------------------------------------------------------------------------------
    def presenter_content(self) -> PresenterContent:
        step = self.step
        heading = mask_hard(self.plan.meeting.title)
        if step.case_id is not None:
            heading = (
                self.tr("Case %1 of %2: %3")
                .replace("%1", str(step.group))
                .replace("%2", str(len(self.plan.meeting.agenda)))
                .replace("%3", mask_hard(step.case_title))
            )
        by_votes = step.records == PhaseRecord.VOTES
        insights = self.records.insights(by_votes)
        if step.records == PhaseRecord.ATTENDANCE and self.ui.previous.on_presenter:
            insights = self.ui.previous.insights()  # "Vorige keer": public fields only
        return PresenterContent(
            heading=heading,
            phase=step.name,
            question=step.guiding_question,
            case_text=self.case_text if step.case_id is not None else "",
            insights=insights,
            case_first=step.records in (PhaseRecord.NOTHING, PhaseRecord.QUESTIONS),
        )

    def update_presenter(self) -> None:
        """The presenter shows the newest content; while it is closed, it is filled when it opens."""
        self.presenter_timer.stop()
        if self.presenter.isVisible():
            self.presenter.show_content(self.presenter_content())

    def toggle_presenter(self, show: bool) -> None:
        if show:
            self.presenter.show_content(self.presenter_content())
            self.presenter.show_on(self.ui.chosen_screen())
            self.activateWindow()  # the keyboard stays with the facilitator
            if len(QGuiApplication.screens()) < 2:
                message = self.tr(
                    "No second screen found: the presenter screen opens as a window on this screen. "
                    "Connect the projector and choose its screen in the toolbar."
                )
                self.statusBar().showMessage(message, 15000)
                self.announcer.announce(message)
            self.focus_capture()
        else:
            self.presenter.hide()

    # -- closing ----------------------------------------------------------------------------------
    def finish_meeting(self, *, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Finish the session"),
                self.tr("Finish this session? It is marked as finished and you see a summary."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ui.timer.countdown.pause()
        self._remember_timer()
        self.save_now()
        self._save_position()
        try:
            self.facilitation.finish(self.meeting_id)
        except ServiceError as error:
            self.show_problem(str(error))
            return
        self.summary = SummaryDialog(self.services, self.meeting_id)
        self.summary.show()
        self.finished.emit(self.meeting_id)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.records.outbox is not None:
            from casetafel.ui.facilitation.outbox_link import may_close_with_unsent_lines

            if not may_close_with_unsent_lines(self, self.records.outbox):
                event.ignore()
                self.focus_capture()
                return
            self.records.detach()
        self.save_timer.stop()
        if self.summary is None:
            self.save_now()
            self._save_position()
        self.ui.timer.stop()
        self.ui.splits.save()
        self.records.undo_stack.clear()
        self.presenter.close()
        super().closeEvent(event)
