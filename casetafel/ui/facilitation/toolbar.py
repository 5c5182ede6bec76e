"""The toolbar of the facilitation window, in groups with icons: phases, cases, timer, undo, finish, and
then the presenter screen's settings. At 1280 pixels wide everything fits: the undo button keeps one
short text (what it would undo is in its tooltip), and the presenter settings come last, so if anything
ever goes into the overflow it is those, never "Finish". Every button can be reached with Tab and has
an accessible name; each action also works by its shortcut (see the F1 overview)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import QComboBox, QSizePolicy, QSpinBox, QStyle, QToolBar, QToolButton, QWidget

from casetafel.ui.facilitation.presenter import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from casetafel.ui.widgets.accessibility import label_unlabelled


def _icon(widget: QWidget, theme: QIcon.ThemeIcon | None, fallback: QStyle.StandardPixmap) -> QIcon:
    standard = widget.style().standardIcon(fallback)
    return QIcon.fromTheme(theme, standard) if theme is not None else standard


def build_toolbar(layout, window) -> QToolBar:
    """Make the toolbar and the window's shortcut actions; the actions are kept on ``layout``."""
    bar = QToolBar(QCoreApplication.translate("FacilitationToolbar", "Table"))
    bar.setObjectName("facilitation_toolbar")
    bar.setAccessibleName(QCoreApplication.translate("FacilitationToolbar", "Table toolbar"))
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(bar)
    sp = QStyle.StandardPixmap
    theme = QIcon.ThemeIcon

    def action(text: str, keys: tuple[str, ...], slot, icon: QIcon | None = None, tip: str = "") -> QAction:
        made = QAction(text, window)
        made.setShortcuts([QKeySequence(k) for k in keys])
        made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shown_keys = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        made.setToolTip(f"{tip or text} ({shown_keys})")
        if icon is not None:
            made.setIcon(icon)
        made.triggered.connect(lambda _checked=False: slot())
        window.addAction(made)
        return made

    layout.previous_action = action(
        QCoreApplication.translate("FacilitationToolbar", "Previous phase"), ("PgUp", "Ctrl+Left"), window.previous_phase,
        _icon(layout, theme.GoPrevious, sp.SP_ArrowLeft),
    )  # fmt: skip
    layout.next_action = action(
        QCoreApplication.translate("FacilitationToolbar", "Next phase"), ("PgDown", "Ctrl+Right"), window.next_phase,
        _icon(layout, theme.GoNext, sp.SP_ArrowRight),
    )  # fmt: skip
    layout.previous_case_action = action(
        QCoreApplication.translate("FacilitationToolbar", "Previous case"), ("Ctrl+PgUp",), window.previous_case,
        _icon(layout, theme.MediaSkipBackward, sp.SP_MediaSkipBackward),
    )  # fmt: skip
    layout.next_case_action = action(
        QCoreApplication.translate("FacilitationToolbar", "Next case"), ("Ctrl+PgDown",), window.next_case,
        _icon(layout, theme.MediaSkipForward, sp.SP_MediaSkipForward),
    )  # fmt: skip
    layout.pause_icons = (_icon(layout, None, sp.SP_MediaPause), _icon(layout, None, sp.SP_MediaPlay))
    layout.pause_action = action(
        QCoreApplication.translate("FacilitationToolbar", "Pause"),
        ("Ctrl+P",),
        window.toggle_timer,
        layout.pause_icons[0],
    )
    layout.minute_action = action(QCoreApplication.translate("FacilitationToolbar", "+1 min"), ("Ctrl+M",), window.add_minute,
                                  tip=QCoreApplication.translate("FacilitationToolbar", "One more minute"))  # fmt: skip
    layout.finish_action = action(
        QCoreApplication.translate("FacilitationToolbar", "Finish…"), ("Ctrl+Shift+E",), window.finish_meeting,
        _icon(layout, None, sp.SP_DialogApplyButton), QCoreApplication.translate("FacilitationToolbar", "Finish the session"),
    )  # fmt: skip
    layout.presenter_action = QAction(
        QCoreApplication.translate("FacilitationToolbar", "Presenter"), window, checkable=True
    )
    layout.presenter_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    layout.presenter_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    layout.presenter_action.setIcon(_icon(layout, None, sp.SP_DesktopIcon))
    layout.presenter_action.setToolTip(
        QCoreApplication.translate("FacilitationToolbar", "Presenter screen (Ctrl+Shift+P)")
    )
    layout.presenter_action.toggled.connect(window.toggle_presenter)
    window.addAction(layout.presenter_action)
    action(
        QCoreApplication.translate("FacilitationToolbar", "Phase overview"), ("F7",), layout.overview.setFocus
    )
    action(QCoreApplication.translate("FacilitationToolbar", "Phase tool"), ("F8",), layout.focus_tool)
    action(QCoreApplication.translate("FacilitationToolbar", "Input line"), ("Ctrl+L",), window.focus_capture)
    action(QCoreApplication.translate("FacilitationToolbar", "Notes"), ("Ctrl+Shift+N",), layout.focus_notes)
    action(
        QCoreApplication.translate("FacilitationToolbar", "Keyboard shortcuts"),
        ("F1",),
        window.show_shortcuts,
    )
    action(
        QCoreApplication.translate("FacilitationToolbar", "Scroll case down"),
        ("Ctrl+Down",),
        lambda: window.presenter.scroll_case_text(1),
    )
    action(
        QCoreApplication.translate("FacilitationToolbar", "Scroll case up"),
        ("Ctrl+Up",),
        lambda: window.presenter.scroll_case_text(-1),
    )

    # Undo and redo with a fixed text: the stack's own actions rename themselves ("Undo record"), which
    # made the toolbar wider after the first capture and pushed "Finish" into the overflow.
    stack = window.records.undo_stack
    layout.undo_action = action(
        QCoreApplication.translate("FacilitationToolbar", "Undo"),
        (),
        stack.undo,
        _icon(layout, theme.EditUndo, sp.SP_ArrowBack),
    )
    layout.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    layout.redo_action = action(QCoreApplication.translate("FacilitationToolbar", "Redo"), (), stack.redo)
    layout.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    layout.undo_action.setEnabled(stack.canUndo())
    layout.redo_action.setEnabled(stack.canRedo())
    stack.canUndoChanged.connect(layout.undo_action.setEnabled)
    stack.canRedoChanged.connect(layout.redo_action.setEnabled)

    def undo_tip(text: str) -> None:
        label = (
            QCoreApplication.translate("FacilitationToolbar", "Undo: %1").replace("%1", text)
            if text
            else QCoreApplication.translate("FacilitationToolbar", "Nothing to undo")
        )
        layout.undo_action.setToolTip(f"{label} (Ctrl+Z)")

    stack.undoTextChanged.connect(undo_tip)
    undo_tip("")

    groups = (
        (layout.previous_action, layout.next_action),
        (layout.previous_case_action, layout.next_case_action),
        (layout.pause_action, layout.minute_action),
        (layout.undo_action,),
        (layout.finish_action,),
    )
    for number, group in enumerate(groups):
        if number:
            bar.addSeparator()
        for item in group:
            bar.addAction(item)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addAction(layout.presenter_action)
    layout.screen_combo = QComboBox()
    layout.screen_combo.setAccessibleName(
        QCoreApplication.translate("FacilitationToolbar", "Screen for the presenter")
    )
    layout.screen_combo.setToolTip(
        QCoreApplication.translate("FacilitationToolbar", "Screen for the presenter")
    )
    for number, screen in enumerate(QGuiApplication.screens(), start=1):
        size = screen.geometry()
        layout.screen_combo.addItem(f"{number}: {size.width()}×{size.height()}")  # the name is in the tooltip
        layout.screen_combo.setItemData(number - 1, screen.name(), Qt.ItemDataRole.ToolTipRole)
        layout.screen_combo.setItemData(
            number - 1,
            QCoreApplication.translate("FacilitationToolbar", "Screen %1, %2 by %3 pixels")
            .replace("%1", str(number)).replace("%2", str(size.width())).replace("%3", str(size.height())),
            Qt.ItemDataRole.AccessibleTextRole,
        )  # fmt: skip
    if layout.screen_combo.count() > 1:
        layout.screen_combo.setCurrentIndex(1)
    bar.addWidget(layout.screen_combo)
    label_unlabelled(
        layout.screen_combo, QCoreApplication.translate("FacilitationToolbar", "Screen for the presenter")
    )
    layout.size_spin = QSpinBox()
    layout.size_spin.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
    layout.size_spin.setValue(DEFAULT_POINT_SIZE)
    layout.size_spin.setSuffix(" pt")
    layout.size_spin.setAccessibleName(
        QCoreApplication.translate("FacilitationToolbar", "Text size on the presenter screen, in points")
    )
    layout.size_spin.setToolTip(
        QCoreApplication.translate("FacilitationToolbar", "Text size on the presenter screen")
    )
    layout.size_spin.valueChanged.connect(window.presenter.set_point_size)
    bar.addWidget(layout.size_spin)
    layout.contrast_action = QAction(
        QCoreApplication.translate("FacilitationToolbar", "High contrast"), window, checkable=True
    )
    layout.contrast_action.setToolTip(
        QCoreApplication.translate("FacilitationToolbar", "High contrast on the presenter screen")
    )
    layout.contrast_action.toggled.connect(window.presenter.set_high_contrast)
    bar.addAction(layout.contrast_action)

    for act in (*[a for group in groups for a in group], layout.presenter_action, layout.contrast_action):
        button = bar.widgetForAction(act)
        if isinstance(button, QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the toolbar can be reached with Tab
            button.setAccessibleName(act.text().rstrip("…"))
            button.setAccessibleDescription(act.toolTip())
    for act in (layout.previous_case_action, layout.next_case_action):
        # Less used than the phase buttons: icons with tooltips, so everything fits at 1280 px in Dutch too.
        bar.widgetForAction(act).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return bar
