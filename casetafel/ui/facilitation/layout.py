"""The widgets, toolbar and shortcuts of the facilitation window, wired to the window's methods.

Keys: PageDown / Ctrl+Right next phase, PageUp / Ctrl+Left previous phase, Ctrl+PageDown / Ctrl+PageUp
next / previous case, F7 the phase overview (Enter jumps), F8 the phase's tool (who can act, dots,
attendance), Ctrl+Shift+N the notes, Ctrl+L the input line, Ctrl+P pause / resume, Ctrl+M one more
minute, Ctrl+Shift+P the presenter screen, Ctrl+Z / Ctrl+Shift+Z undo / redo, Ctrl+Shift+E finish, F1 the
list of these keys. Esc in the phase overview, a tool, the list or the notes goes back to the input line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casetafel.domain.countdown import format_seconds
from casetafel.domain.method import PhaseRecord
from casetafel.services.facilitation_plan import Step
from casetafel.ui.facilitation.actors import ActorsPanel
from casetafel.ui.facilitation.capture_list import RecordedItemsModel, RecordedItemsView
from casetafel.ui.facilitation.panels import AttendancePanel, TextPanel
from casetafel.ui.facilitation.splits import SplitMemory
from casetafel.ui.facilitation.takeaways import EvaluationTool, TakeawaysPanel
from casetafel.ui.facilitation.timer_driver import TimerDriver, timer_style
from casetafel.ui.facilitation.toolbar import build_toolbar
from casetafel.ui.facilitation.votes import VotesPanel
from casetafel.ui.followup.previous_items import OpeningTool, PreviousItemsPanel
from casetafel.ui.widgets import data_labels


class EscapeToLine(QObject):
    """Esc in a list, tool or notes field gives the focus back to the input line (unless a cell is
    being edited: then Esc first cancels the edit, as usual)."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window_ = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
            and not (
                isinstance(watched, QAbstractItemView)
                and watched.state() == QAbstractItemView.State.EditingState
            )
        ):
            self.window_.focus_capture()
            return True
        return super().eventFilter(watched, event)


def _sized(widget: QWidget, delta: int, bold: bool = False, italic: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(font.pointSize() + delta)
    font.setBold(bold)
    font.setItalic(italic)
    widget.setFont(font)


class FacilitationLayout(QWidget):
    def __init__(self, window, clock) -> None:
        super().__init__(window)
        self.window_ = window
        self.timer = TimerDriver(clock, self)
        self._build_header()
        self._build_body(window)
        self._build_toolbar(window)
        window.setCentralWidget(self)

    # -- building ---------------------------------------------------------------------------------
    def _build_header(self) -> None:
        self.case_line = QLabel()
        self.case_line.setTextFormat(Qt.TextFormat.PlainText)
        self.phase_label = QLabel()
        self.phase_label.setTextFormat(Qt.TextFormat.PlainText)
        self.phase_label.setWordWrap(True)  # with large text it wraps instead of going under the timer
        _sized(self.phase_label, 9, bold=True)
        self.question_label = QLabel()
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setWordWrap(True)
        _sized(self.question_label, 3, italic=True)
        self.timer_label = QLabel()
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _sized(self.timer_label, 22, bold=True)
        self.timer_hint = QLabel()
        self.timer_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_body(self, window) -> None:
        self.overview = QListWidget()
        self.overview.setAccessibleName(self.tr("Phases"))
        self.overview.setMaximumWidth(300)
        self.overview.setWordWrap(True)
        self.overview.setMinimumWidth(200)
        self.overview.itemActivated.connect(self._on_overview_activated)
        self.overview_rows: dict[int, int] = {}
        group = 0
        for step in window.steps:
            if step.case_id is not None and step.group != group:
                header = QListWidgetItem(f"{step.group}. {step.case_code} — {step.case_title}", self.overview)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
            group = step.group
            item = QListWidgetItem(self._overview_text(step), self.overview)
            item.setData(Qt.ItemDataRole.UserRole, step.index)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._overview_spoken(step, "", 0))
            self.overview_rows[step.index] = self.overview.row(item)

        self.case_view = QTextBrowser()
        self.case_view.setAccessibleName(self.tr("Case description"))
        _sized(self.case_view, 4)
        self.attendance = AttendancePanel()
        self.attendance.presence_changed.connect(window.set_presence)
        self.previous = PreviousItemsPanel(window.services)  # "Vorige keer": open items of earlier sessions
        self.opening = OpeningTool(self.attendance, self.previous)
        self.actors = ActorsPanel(
            data_labels.terms("actor_level", window.services.taxonomy.terms("actor_level"))
        )
        self.actors.actors_requested.connect(window.records.set_actors)
        self.votes = VotesPanel()
        self.votes.votes_requested.connect(window.records.set_votes)
        self.votes.budget_changed.connect(window.set_vote_budget)
        self.votes.refused.connect(lambda message: window.announcer.announce(message, assertive=True))
        self.evaluation = TextPanel(self.tr("What do we take to the next session?"), self.tr("Evaluation"))
        self.takeaways = TakeawaysPanel(window.services.cases.local_places())
        self.evaluation_tool = EvaluationTool(self.evaluation, self.takeaways)
        self.notes = TextPanel(
            self.tr("Your own notes. They are saved, but never shown on the presenter screen."),
            self.tr("Facilitator notes"),
        )
        self.tool_stack = QStackedWidget()
        self.empty_tool = QLabel(self.tr("This phase has no extra tool: record with the input line."))
        self.empty_tool.setWordWrap(True)
        self.empty_tool.setAlignment(Qt.AlignmentFlag.AlignTop)
        for widget in (self.empty_tool, self.opening, self.actors, self.votes, self.evaluation_tool):
            self.tool_stack.addWidget(widget)
        # The stack asks only the shown tool for its minimum size: the opening's attendance and
        # "Vorige keer" must not take height from the captured list in the other phases.
        self.tool_stack.currentChanged.connect(self._size_to_shown_tool)
        self._size_to_shown_tool(self.tool_stack.currentIndex())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tool_stack, self.tr("Phase tool"))
        self.tabs.addTab(self.notes, self.tr("Notes"))

        self.items_model = RecordedItemsModel(self)
        self.items_model.edit_requested.connect(window.records.edit_text)
        self.items_view = RecordedItemsView(self.items_model)
        self.items_view.delete_requested.connect(window.records.delete)

        timer_box = QVBoxLayout()
        timer_box.addWidget(self.timer_label)
        timer_box.addWidget(self.timer_hint)
        titles = QVBoxLayout()
        titles.addWidget(self.case_line)
        titles.addWidget(self.phase_label)
        titles.addWidget(self.question_label)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addLayout(timer_box)

        self.middle = QSplitter(Qt.Orientation.Horizontal)
        self.middle.addWidget(self.case_view)
        self.middle.addWidget(self.tabs)
        self.middle.setStretchFactor(0, 3)
        self.middle.setStretchFactor(1, 2)
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(self.middle)
        self.vertical.addWidget(self.items_view)
        self.vertical.setStretchFactor(0, 2)
        self.vertical.setStretchFactor(1, 3)
        for splitter in (self.middle, self.vertical):
            splitter.setChildrenCollapsible(False)
        self.splits = SplitMemory(self.middle, self.vertical, getattr(window, "settings", None))
        self.items_view.fit_kind_column(list(window.capture.kind_labels.values()))
        self.escape_filter = EscapeToLine(window, self)
        for widget in (self.overview, self.items_view, self.actors.view, self.votes.view,
                       self.attendance.list, self.notes.edit, self.evaluation.edit, self.case_view):  # fmt: skip
            widget.installEventFilter(self.escape_filter)
        right = QVBoxLayout()
        right.addLayout(header)
        right.addWidget(self.vertical, 1)
        right.addWidget(window.capture)
        outer = QHBoxLayout(self)
        outer.addWidget(self.overview)
        outer.addLayout(right, 1)

    def _build_toolbar(self, window) -> None:
        self.toolbar = build_toolbar(self, window)

    # -- showing ----------------------------------------------------------------------------------
    def _overview_text(self, step: Step) -> str:
        indent = "    " if step.case_id is not None else ""
        return f"{indent}{step.name}  ({step.planned_seconds // 60}′)"

    def _overview_spoken(self, step: Step, state: str, spent: float) -> str:
        """What a screen reader says for a row of the phase overview (instead of "▶" and "′")."""
        minutes = step.planned_seconds // 60
        text = self.tr("%1, %2 minutes").replace("%1", step.name).replace("%2", str(minutes))
        if state == "current":
            text = self.tr("Current phase: %1").replace("%1", text)
        elif state == "done":
            text = self.tr("%1, done, time used %2").replace("%1", text).replace("%2", format_seconds(spent))
        return text

    def _on_overview_activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None:
            self.window_.go_to(int(index))

    def show_step(self, step: Step, case_text: str) -> None:
        window = self.window_
        self.overview.setCurrentRow(self.overview_rows[step.index])
        for other in window.steps:
            spent = window.timings.get(other.key, (0.0, 0))[0]
            current = other.index == step.index
            mark = "▶ " if current else ("✓ " if spent else "   ")
            used = f"  [{format_seconds(spent)}]" if spent and not current else ""
            row = self.overview.item(self.overview_rows[other.index])
            row.setText(mark + self._overview_text(other) + used)
            state = "current" if current else ("done" if spent else "")
            row.setData(Qt.ItemDataRole.AccessibleTextRole, self._overview_spoken(other, state, spent))
        if step.case_id is None:
            self.case_line.setText(window.plan.meeting.title)
        else:
            self.case_line.setText(
                self.tr("Case %1 of %2: %3 — %4")
                .replace("%1", str(step.group))
                .replace("%2", str(len(window.plan.meeting.agenda)))
                .replace("%3", step.case_code)
                .replace("%4", step.case_title)
            )
        self.phase_label.setText(
            self.tr("Phase %1 of %2: %3")
            .replace("%1", str(step.index + 1))
            .replace("%2", str(len(window.steps)))
            .replace("%3", step.name)
        )
        self.question_label.setText(step.guiding_question)
        self.case_view.setPlainText(case_text)
        self.case_view.setVisible(bool(case_text))  # no empty case pane in the opening and evaluation
        if step.case_id is not None and step.records in (PhaseRecord.NOTHING, PhaseRecord.QUESTIONS):
            self.splits.set_mode("case")
        elif step.records in (
            PhaseRecord.ATTENDANCE, PhaseRecord.ACTORS_AND_QUESTIONS, PhaseRecord.VOTES, PhaseRecord.EVALUATION
        ):  # fmt: skip
            self.splits.set_mode("tool")
        else:
            self.splits.set_mode("capture")
        tool = {
            PhaseRecord.ATTENDANCE: self.opening,
            PhaseRecord.ACTORS_AND_QUESTIONS: self.actors,
            PhaseRecord.VOTES: self.votes,
            PhaseRecord.EVALUATION: self.evaluation_tool,
        }.get(step.records, self.empty_tool)
        self.tool_stack.setCurrentWidget(tool)
        self.tabs.setCurrentIndex(1 if tool is self.empty_tool else 0)
        self.previous_action.setEnabled(step.index > 0)
        self.next_action.setEnabled(step.index < len(window.steps) - 1)

    def show_timer(self, text: str, state: str, running: bool) -> None:
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet(timer_style(state))
        self.timer_label.setAccessibleName(self.spoken_time(text, running))
        self.pause_action.setText(self.tr("Pause") if running else self.tr("Resume"))
        self.pause_action.setIcon(self.pause_icons[0 if running else 1])
        button = self.toolbar.widgetForAction(self.pause_action)
        if button is not None:
            button.setAccessibleName(self.pause_action.text())
        self.timer_hint.setText("" if running else self.tr("paused"))

    def spoken_time(self, text: str, running: bool) -> str:
        """The countdown as a screen reader says it: "Time left 12:30" or "Over time by 02:10", paused."""
        spoken = (
            self.tr("Over time by %1").replace("%1", text.lstrip("+-"))
            if text.startswith(("+", "-"))
            else self.tr("Time left %1").replace("%1", text)
        )
        return spoken if running else self.tr("%1, paused").replace("%1", spoken)

    def focus_tool(self) -> None:
        self.tabs.setCurrentIndex(0)
        widget = self.tool_stack.currentWidget()
        if hasattr(widget, "focus_list"):
            widget.focus_list()

    def focus_notes(self) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.focus_list()

    def chosen_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        index = self.screen_combo.currentIndex()
        return screens[index] if 0 <= index < len(screens) else None

    def _size_to_shown_tool(self, index: int) -> None:
        for position in range(self.tool_stack.count()):
            policy = QSizePolicy.Policy.Preferred if position == index else QSizePolicy.Policy.Ignored
            self.tool_stack.widget(position).setSizePolicy(policy, policy)
