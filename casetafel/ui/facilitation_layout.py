"""The widgets, toolbar and shortcuts of the facilitation window, wired to the window's methods.

Keys: PageDown / Ctrl+Right next phase, PageUp / Ctrl+Left previous phase, Ctrl+PageDown / Ctrl+PageUp
next / previous case, F7 the phase overview (Enter jumps), F8 the phase's tool (who can act, dots,
attendance), Ctrl+Shift+N the notes, Ctrl+L the input line, Ctrl+P pause / resume, Ctrl+M one more minute, Ctrl+Shift+P the
presenter screen, Ctrl+Z / Ctrl+Shift+Z undo / redo, Ctrl+Shift+E finish.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casetafel.domain.countdown import format_seconds
from casetafel.domain.method import PhaseRecord
from casetafel.services.facilitation_plan import Step
from casetafel.ui.capture_list import RecordedItemsModel, RecordedItemsView
from casetafel.ui.facilitation_actors import ActorsPanel
from casetafel.ui.facilitation_panels import AttendancePanel, TextPanel
from casetafel.ui.facilitation_votes import VotesPanel
from casetafel.ui.presenter_window import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from casetafel.ui.previous_items import OpeningTool, PreviousItemsPanel
from casetafel.ui.timer_driver import TimerDriver, timer_style


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
        _sized(self.phase_label, 9, bold=True)
        self.question_label = QLabel()
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setWordWrap(True)
        _sized(self.question_label, 3, italic=True)
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Timer"))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _sized(self.timer_label, 22, bold=True)
        self.timer_hint = QLabel()
        self.timer_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_body(self, window) -> None:
        self.overview = QListWidget()
        self.overview.setAccessibleName(self.tr("Phases"))
        self.overview.setMaximumWidth(320)
        self.overview.setWordWrap(True)
        self.overview.setMinimumWidth(280)
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
            self.overview_rows[step.index] = self.overview.row(item)

        self.case_view = QTextBrowser()
        self.case_view.setAccessibleName(self.tr("Case description"))
        _sized(self.case_view, 4)
        self.attendance = AttendancePanel()
        self.attendance.presence_changed.connect(window.set_presence)
        self.previous = PreviousItemsPanel(window.services)  # "Vorige keer": open items of earlier sessions
        self.opening = OpeningTool(self.attendance, self.previous)
        self.actors = ActorsPanel(window.services.taxonomy.terms("actor_level"))
        self.actors.actors_requested.connect(window.records.set_actors)
        self.votes = VotesPanel()
        self.votes.votes_requested.connect(window.records.set_votes)
        self.votes.budget_changed.connect(window.set_vote_budget)
        self.evaluation = TextPanel(self.tr("What do we take to the next session?"), self.tr("Evaluation"))
        self.notes = TextPanel(
            self.tr("Your own notes. They are saved, but never shown on the presenter screen."),
            self.tr("Facilitator notes"),
        )
        self.tool_stack = QStackedWidget()
        self.empty_tool = QLabel(self.tr("This phase has no extra tool: record with the input line."))
        self.empty_tool.setWordWrap(True)
        self.empty_tool.setAlignment(Qt.AlignmentFlag.AlignTop)
        for widget in (self.empty_tool, self.opening, self.actors, self.votes, self.evaluation):
            self.tool_stack.addWidget(widget)
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

        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.addWidget(self.case_view)
        middle.addWidget(self.tabs)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(middle)
        self.vertical.addWidget(self.items_view)
        self.vertical.setStretchFactor(0, 3)
        self.vertical.setStretchFactor(1, 2)
        right = QVBoxLayout()
        right.addLayout(header)
        right.addWidget(self.vertical, 1)
        right.addWidget(window.capture)
        outer = QHBoxLayout(self)
        outer.addWidget(self.overview)
        outer.addLayout(right, 1)

    def _build_toolbar(self, window) -> None:
        bar = QToolBar(self.tr("Table"))
        bar.setObjectName("facilitation_toolbar")
        bar.setMovable(False)
        window.addToolBar(bar)

        def action(text: str, keys: tuple[str, ...], slot, tip: str = "") -> QAction:
            made = QAction(text, window)
            made.setShortcuts([QKeySequence(k) for k in keys])
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.setToolTip(f"{tip or text} ({', '.join(keys)})")
            made.triggered.connect(slot)
            window.addAction(made)
            return made

        self.previous_action = action(self.tr("Previous phase"), ("PgUp", "Ctrl+Left"), window.previous_phase)
        self.next_action = action(self.tr("Next phase"), ("PgDown", "Ctrl+Right"), window.next_phase)
        self.previous_case_action = action(self.tr("Previous case"), ("Ctrl+PgUp",), window.previous_case)
        self.next_case_action = action(self.tr("Next case"), ("Ctrl+PgDown",), window.next_case)
        self.pause_action = action(self.tr("Pause"), ("Ctrl+P",), window.toggle_timer)
        self.minute_action = action(self.tr("+1 minute"), ("Ctrl+M",), window.add_minute)
        self.presenter_action = action(
            self.tr("Presenter screen"), ("Ctrl+Shift+P",), window.toggle_presenter
        )
        self.presenter_action.setCheckable(True)
        # triggered(checked) must not reach finish_session's ``confirm``: finishing always asks first.
        self.finish_action = action(self.tr("Finish…"), ("Ctrl+Shift+E",), lambda: window.finish_session())
        action(self.tr("Phase overview"), ("F7",), self.overview.setFocus)
        action(self.tr("Phase tool"), ("F8",), self.focus_tool)
        action(self.tr("Input line"), ("Ctrl+L",), window.capture.line.setFocus)
        action(self.tr("Notes"), ("Ctrl+Shift+N",), self.focus_notes)
        action(self.tr("Scroll case down"), ("Ctrl+Down",), lambda: window.presenter.scroll_case_text(1))
        action(self.tr("Scroll case up"), ("Ctrl+Up",), lambda: window.presenter.scroll_case_text(-1))
        undo = window.records.undo_stack.createUndoAction(window, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = window.records.undo_stack.createRedoAction(window, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        window.addActions([undo, redo])

        for item in (self.previous_action, self.next_action, None, self.previous_case_action,
                     self.next_case_action, None, self.pause_action, self.minute_action, None):  # fmt: skip
            bar.addAction(item) if item else bar.addSeparator()
        bar.addAction(self.presenter_action)
        self.screen_combo = QComboBox()
        self.screen_combo.setAccessibleName(self.tr("Screen for the presenter"))
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            self.screen_combo.addItem(f"{number}: {screen.name()} ({size.width()}×{size.height()})")
        if self.screen_combo.count() > 1:
            self.screen_combo.setCurrentIndex(1)
        bar.addWidget(self.screen_combo)
        self.size_spin = QSpinBox()
        self.size_spin.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
        self.size_spin.setValue(DEFAULT_POINT_SIZE)
        self.size_spin.setSuffix(" pt")
        self.size_spin.setAccessibleName(self.tr("Text size on the presenter screen"))
        self.size_spin.setToolTip(self.tr("Text size on the presenter screen"))
        self.size_spin.valueChanged.connect(window.presenter.set_point_size)
        bar.addWidget(self.size_spin)
        self.contrast_action = QAction(self.tr("High contrast"), window, checkable=True)
        self.contrast_action.toggled.connect(window.presenter.set_high_contrast)
        bar.addAction(self.contrast_action)
        bar.addSeparator()
        bar.addAction(undo)
        bar.addSeparator()
        bar.addAction(self.finish_action)

    # -- showing ----------------------------------------------------------------------------------
    def _overview_text(self, step: Step) -> str:
        indent = "    " if step.case_id is not None else ""
        return f"{indent}{step.name}  ({step.planned_seconds // 60}′)"

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
            self.overview.item(self.overview_rows[other.index]).setText(
                mark + self._overview_text(other) + used
            )
        if step.case_id is None:
            self.case_line.setText(window.plan.session.title)
        else:
            self.case_line.setText(
                self.tr("Case %1 of %2: %3 — %4")
                .replace("%1", str(step.group))
                .replace("%2", str(len(window.plan.session.agenda)))
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
        self.case_view.setPlainText(case_text or self.tr("(No case in this phase.)"))
        tool = {
            PhaseRecord.ATTENDANCE: self.opening,
            PhaseRecord.ACTORS_AND_QUESTIONS: self.actors,
            PhaseRecord.VOTES: self.votes,
            PhaseRecord.EVALUATION: self.evaluation,
        }.get(step.records, self.empty_tool)
        self.tool_stack.setCurrentWidget(tool)
        self.tabs.setCurrentIndex(1 if tool is self.empty_tool else 0)
        self.previous_action.setEnabled(step.index > 0)
        self.next_action.setEnabled(step.index < len(window.steps) - 1)

    def show_timer(self, text: str, state: str, running: bool) -> None:
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet(timer_style(state))
        self.pause_action.setText(self.tr("Pause") if running else self.tr("Resume"))
        self.timer_hint.setText("" if running else self.tr("paused"))

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
