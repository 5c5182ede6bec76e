"""The live list of what was recorded for the current case: an item model over observations,
governance questions and actions, and a table view where F2 (or a double click) edits the text inline
and Delete removes an item. The model never writes: it emits requests that the window turns into
undoable commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from casetafel.ui.facilitation.capture_commands import ACTION, OBSERVATION, QUESTION, Ref
from casetafel.ui.widgets.kind_style import kind_colour, kind_icon, kind_of
from casetafel.ui.widgets.line_findings import finding_marker, findings_tooltip, recorded_text_findings

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
KIND, TEXT, DETAILS, AUTHOR = range(4)
# Looked up once: the view asks ``data()`` for about ten roles per cell at every repaint, and reading
# ``Qt.ItemDataRole.X`` costs more than the rest of the call.
DISPLAY, EDIT, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
DECORATION, FOREGROUND = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole
DESCRIPTION, FONT = Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.FontRole
ICON_SIZE = 16


@dataclass(frozen=True)
class RecordedItem:
    ref: Ref
    kind_label: str
    text: str
    details: str
    author: str
    votes: int
    created_at: datetime
    info: Any
    pending: bool = False  # kept on this computer, not on the shared database yet (see services.outbox)


class RecordedItemsModel(QAbstractTableModel):
    edit_requested = Signal(object, object)  # ref, new text

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[RecordedItem] = []

    def set_items(self, items: list[RecordedItem]) -> tuple[str, list[int]]:
        """Show ``items``; returns what changed: ("reset", []), ("inserted", rows) or ("changed", rows).

        Appending and editing are reported row by row, so the view measures only those rows again:
        with hundreds of items a full reset would make every capture slow.
        """
        items = list(items)
        old = self.items
        same_refs = [a.ref for a in old] == [b.ref for b in items[: len(old)]]
        if same_refs and len(items) > len(old):
            self.beginInsertRows(NO_PARENT, len(old), len(items) - 1)
            self.items = items
            self.endInsertRows()
            changed = [row for row in range(len(old)) if old[row] != items[row]]
            self._rows_changed(changed)
            return "inserted", list(range(len(old), len(items))) + changed
        if same_refs and len(items) == len(old):
            changed = [row for row in range(len(old)) if old[row] != items[row]]
            self.items = items
            self._rows_changed(changed)
            return "changed", changed
        self.beginResetModel()
        self.items = items
        self.endResetModel()
        return "reset", []

    def append(self, item: RecordedItem) -> int:
        """One new item at the end; returns its row."""
        row = len(self.items)
        self.beginInsertRows(NO_PARENT, row, row)
        self.items.append(item)
        self.endInsertRows()
        return row

    def _pending_data(self, item: RecordedItem, role: int):
        """A line not yet on the shared database: said, shown in italics and explained in its tooltip."""
        if not item.pending:
            return None
        if role == FONT:
            font = QFont()
            font.setItalic(True)
            return font
        return self.tr("Not on the shared database yet: kept on this computer and sent as soon as the "
                       "connection is back.")  # fmt: skip

    def replace(self, row: int, item: RecordedItem) -> None:
        """The item of ``row`` again, e.g. a waiting line once the server stored it."""
        self.items[row] = item
        self._rows_changed([row])

    def _rows_changed(self, rows: list[int]) -> None:
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Kind"), self.tr("Text"), self.tr("Details"), self.tr("By"))[section]
        return None

    def data(self, index: Index, role: int = DISPLAY):
        row = index.row()
        if row < 0:
            return None
        if role in (DISPLAY, EDIT):
            item = self.items[row]
            if item.pending and index.column() == KIND and role == DISPLAY:
                return item.kind_label + "\n" + self.tr("not on the server yet")
            return (item.kind_label, item.text, item.details, item.author)[index.column()]
        if role in (DESCRIPTION, FONT) or (role == TOOLTIP and index.column() == KIND):
            return self._pending_data(self.items[row], role)
        if role == TOOLTIP and index.column() == TEXT:
            text = self.items[row].text
            note = findings_tooltip(recorded_text_findings(text))
            return f"{text}\n\n{note}" if note else text
        if role == DECORATION and index.column() == TEXT and recorded_text_findings(self.items[row].text):
            return finding_marker()
        if index.column() == KIND and role in (DECORATION, FOREGROUND):
            item = self.items[row]
            kind = kind_of(item.ref, item.info)
            return kind_icon(kind, ICON_SIZE) if role == DECORATION else kind_colour(kind)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != TEXT:
            return False
        item = self.items[index.row()]
        text = str(value)
        if text.strip() and text != item.text:
            # After the editor has closed: saving refreshes the list, which would tear the editor down.
            QTimer.singleShot(0, lambda: self.edit_requested.emit(item.ref, text))
        return False

    def row_of(self, ref: Ref) -> int:
        for row, item in enumerate(self.items):
            if item.ref == ref:
                return row
        return -1


class RecordedItemsView(QTableView):
    delete_requested = Signal(object)  # ref

    def __init__(self, model: RecordedItemsModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Recorded items"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the list; arrow keys move inside it
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # Sizes are measured when rows come or change (see show_items), not on every repaint: automatic
        # ResizeToContents re-measures all rows at each capture.
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AUTHOR, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(DETAILS, 220)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Rows are measured again when the text column's width changes (the window being laid out or
        # resized, a splitter moved): measured before, they kept the height of a narrow column.
        self._remeasure = QTimer(self)
        self._remeasure.setSingleShot(True)
        self._remeasure.setInterval(0)
        self._remeasure.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(self._on_section_resized)

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == TEXT and self.model().rowCount():
            self._remeasure.start()

    def fit_kind_column(self, labels: list[str]) -> None:
        """Make the kind column wide enough for the longest kind label with its icon."""
        metrics = self.fontMetrics()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 24
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=60)
        self.setColumnWidth(KIND, widest + ICON_SIZE + padding)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != self.State.EditingState
        ):
            row = self.currentIndex().row()
            if 0 <= row < self.model().rowCount():
                self.delete_requested.emit(self.model().items[row].ref)
                return
        super().keyPressEvent(event)

    def append_item(self, item: RecordedItem) -> None:
        """A new item: measure only its row and show it; the selection stays where it was."""
        model: RecordedItemsModel = self.model()
        row = model.append(item)
        self.resizeRowToContents(row)
        self.updateGeometries()  # the scroll range must include the new row before scrolling to it
        self.scrollTo(model.index(row, TEXT))

    def replace_item(self, ref: Ref, item: RecordedItem) -> None:
        """The row of ``ref`` shows ``item`` (a waiting line that reached the server: its number, no mark)."""
        model: RecordedItemsModel = self.model()
        row = model.row_of(ref)
        if row >= 0:
            model.replace(row, item)
            self.resizeRowToContents(row)

    def show_items(self, items: list[RecordedItem]) -> None:
        """Fill the list; keeps the selected item (or row), and shows the newest when one was added."""
        model: RecordedItemsModel = self.model()
        current = self.currentIndex()
        row, column = current.row(), max(current.column(), 0)
        ref = model.items[row].ref if 0 <= row < len(model.items) else None
        grew = len(items) > len(model.items)
        how, rows = model.set_items(items)
        if how == "reset":
            self.resizeColumnToContents(AUTHOR)
            self.resizeRowsToContents()
        else:
            for changed_row in rows:
                self.resizeRowToContents(changed_row)
        if not items:
            return
        if grew:
            self.scrollTo(model.index(len(items) - 1, TEXT))
        if row < 0:
            return
        keep = model.row_of(ref) if ref is not None else -1
        target = keep if keep >= 0 else min(row, len(items) - 1)
        self.setCurrentIndex(model.index(target, column))


__all__ = ["ACTION", "OBSERVATION", "QUESTION", "RecordedItem", "RecordedItemsModel", "RecordedItemsView"]
