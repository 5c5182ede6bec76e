"""Autosave for the editors: writes are debounced, a failed write is kept and retried on the next edit.

An editor gives the ``Autosaver`` one write per field (a callable that reads the widget and calls a
service). Text edits are scheduled (``schedule``: written after a pause of about half a second), choices
are written at once (``save_now``). A write that raises a ``ServiceError`` (storage failures included) stays
pending: the message is reported through ``failed``, the text stays in its widget, and the write is tried
again on the next edit or ``flush``. ``SaveStatus`` shows the outcome in the status line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from datetime import datetime

from PySide6.QtCore import QObject, QSettings, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetafel.services.container import Services
from casetafel.services.errors import ServiceError
from casetafel.ui.widgets.list_models import SORT_ROLE, SourceSortingProxy, _RowsModel

log = logging.getLogger(__name__)

DEBOUNCE_MS = 500

Write = Callable[[], None]


class Autosaver(QObject):
    saved = Signal(datetime)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Write] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, key: Hashable, write: Write) -> None:
        """Write after a short pause; a later write for the same key replaces this one."""
        self._pending.pop(key, None)
        self._pending[key] = write
        self._timer.start()

    def save_now(self, key: Hashable, write: Write) -> bool:
        """Write at once, together with everything that is still pending (including failed writes)."""
        self._pending.pop(key, None)
        self._pending[key] = write
        return self.flush()

    def flush(self) -> bool:
        """Run the pending writes in order; stop at the first failure and keep it. True if all succeeded."""
        self._timer.stop()
        if not self._pending:
            return True
        while self._pending:
            key, write = next(iter(self._pending.items()))
            try:
                write()
            except ServiceError as error:
                log.warning("Autosave failed: %s", type(error).__name__)
                self.failed.emit(str(error))
                return False
            # A write may have scheduled a follow-up under the same key; keep that one.
            if self._pending.get(key) is write:
                del self._pending[key]
        self.saved.emit(datetime.now())
        return True


class SaveStatus(QObject):
    """Reports the autosavers' outcome in a status bar: 'Saved at 14:32' or the Dutch error message."""

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self.last_message = ""

    def watch(self, autosaver: Autosaver) -> None:
        autosaver.saved.connect(self._on_saved)
        autosaver.failed.connect(self._on_failed)

    def _on_saved(self, moment: datetime) -> None:
        self._show(self.tr("Saved at %1").replace("%1", moment.strftime("%H:%M")))

    def _on_failed(self, message: str) -> None:
        self._show(message)

    def _show(self, message: str) -> None:
        self.last_message = message
        self._status_bar.showMessage(message)


class EditingPage(QWidget):
    """A sortable list of records with the selected record's editor next to it, autosaved and undoable.

    Subclasses fill ``self.model`` (a ``_RowsModel``), add their editor to ``self.splitter`` and implement
    ``load_rows`` and ``show_record``. Changing the selection flushes pending writes and starts a fresh
    undo history: undo never changes a record that is not on screen.
    """

    record_shown = Signal(object)

    def __init__(self, services: Services, model: _RowsModel, settings_key: str, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = model
        self.settings_key = settings_key
        self.autosaver = Autosaver(self)
        self.undo_stack = QUndoStack(self)
        self._shown_count = 0  # how often a record was shown (reload uses it to show it only once)
        self.proxy = self.make_proxy()
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        # Arrows that point down for newest first: set right after the first paint (the proxy style's
        # classes cost several ms to load, and the list shows no arrow until it is sorted).
        QTimer.singleShot(0, self.table, self._natural_sort_arrows)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def _natural_sort_arrows(self) -> None:
        from casetafel.ui.widgets.sort_arrow import use_natural_sort_arrows

        use_natural_sort_arrows(self.table.horizontalHeader())

    def list_pane(self, buttons, *, above=(), below=()) -> QWidget:
        """The left pane: rows ``above`` the list (widgets or layouts), the list, a row of ``buttons``,
        and widgets ``below``."""
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        for item in above:
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        for widget in below:
            layout.addWidget(widget)
        return pane

    def add_delete_shortcut(self, text: str, delete: Callable[[], None]) -> None:
        """The Delete key on the list deletes the selected record (with the page's own confirmation)."""
        action = QAction(text, self.table)
        action.setShortcut(QKeySequence.StandardKey.Delete)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(delete)
        self.table.addAction(action)

    def add_panes(self, left: QWidget, editor: QWidget, sizes: tuple[int, int]) -> None:
        """The list pane and the editor (in a scroll area, so a small window still shows all of it)."""
        left.setMinimumWidth(220)
        scroll = QScrollArea()
        scroll.setWidget(editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes(list(sizes))
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(60)  # measure a sample of rows, not all of a long list
        for column in range(self.model.columnCount()):
            title = getattr(self, "title_column", 1)
            mode = (
                QHeaderView.ResizeMode.Stretch if column == title else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def make_proxy(self) -> QSortFilterProxyModel:
        return SourceSortingProxy(self)

    # -- selection --------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row()).id

    def select_id(self, ident: int | None) -> bool:
        row = self.model.row_of_id(ident) if ident is not None else -1
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            return False
        self.table.setCurrentIndex(proxy_index)
        self.table.scrollTo(proxy_index)
        return True

    def reload(self) -> None:
        keep = self.selected_id()
        self.flush()
        shown = self._shown_count
        self.model.set_rows(self.load_rows())
        if not self.select_id(keep) and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        if self._shown_count == shown:  # a changed selection has already shown its record
            self._show_current()

    def refresh_list(self) -> None:
        """Another client changed something: the list shows the rows as stored, the selection stays and
        the record in the editor is left as it is (what is typed there is not disturbed)."""
        keep = self.selected_id()
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            self.model.set_rows(self.load_rows())
            self.select_id(keep)
        finally:
            selection.blockSignals(blocked)
        self.table.viewport().update()

    def _on_current_changed(self, _current, _previous) -> None:
        self._show_current()

    def _show_current(self) -> None:
        self._shown_count += 1
        self.flush()
        self.undo_stack.clear()
        ident = self.selected_id()
        self.show_record(ident)
        self.record_shown.emit(ident)

    def replace_row(self, row) -> None:
        """Show changed data of one row without losing the selection."""
        number = self.model.row_of_id(row.id)
        if number >= 0:
            self.model.replace_row(number, row)

    # -- saving and undo --------------------------------------------------------------------------
    def flush(self) -> bool:
        return self.autosaver.flush()

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    # -- window state -----------------------------------------------------------------------------
    def header_views(self) -> dict[str, QHeaderView]:
        return {"table": self.table.horizontalHeader()}

    def splitters(self) -> dict[str, QSplitter]:
        return {}

    def save_state(self, settings: QSettings) -> None:
        for name, header in self.header_views().items():
            settings.setValue(f"{self.settings_key}/{name}_header", header.saveState())
        for name, splitter in self.splitters().items():
            settings.setValue(f"{self.settings_key}/{name}", splitter.saveState())

    def restore_state(self, settings: QSettings, names: set[str] | None = None) -> None:
        """Apply the saved column widths and splitters (only those in ``names``, when given)."""
        for name, header in self.header_views().items():
            state = settings.value(f"{self.settings_key}/{name}_header")
            if state is not None and (names is None or name in names):
                header.restoreState(state)
        for name, splitter in self.splitters().items():
            state = settings.value(f"{self.settings_key}/{name}")
            if state is not None and (names is None or name in names):
                splitter.restoreState(state)

    # -- for subclasses ---------------------------------------------------------------------------
    def load_rows(self) -> list:
        raise NotImplementedError

    def show_record(self, ident: int | None) -> None:
        raise NotImplementedError

    def new_item(self) -> None:
        """Ctrl+N on this page."""

    def focus_search(self) -> None:
        """Ctrl+F on this page."""
        self.table.setFocus()
