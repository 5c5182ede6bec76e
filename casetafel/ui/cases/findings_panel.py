"""The findings panel of the case editor: the possible identifiers in the description, one per line, with
"Vervangen", "Alles vervangen" and "Negeren…" for the chosen one, the quasi-identifier warnings in plain
Dutch, and a reminder that replacing lowers the risk of recognition but guarantees nothing.

The panel only shows and asks; the case editor's ``AnonymisationGuard`` carries the requests out.
Keys in the list: Enter replaces the chosen finding, Shift+Enter replaces every occurrence.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casetafel.anonymisation.masking import is_hard
from casetafel.ui.cases.findings_highlighter import CheckedFinding, CheckResult, category_label
from casetafel.ui.widgets.accessibility import name_fields_from_labels


class FindingsPanel(QWidget):
    chosen = Signal(object)  # CheckedFinding, chosen by the user (click or arrow keys)
    replace_requested = Signal(object)  # CheckedFinding
    replace_all_requested = Signal(object)
    waive_requested = Signal(object)
    unwaive_requested = Signal(object)
    place_requested = Signal()  # add the selected word of the text to the local place names

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[CheckedFinding] = []
        self._filling = False
        title = QLabel(self.tr("Possible identifiers"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.summary_label = QLabel()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Possible identifiers"))
        self.list.setMinimumHeight(90)
        self.list.setUniformItemSizes(True)
        self.list.installEventFilter(self)
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.waive_button = QPushButton(self.tr("&Ignore…"))
        self.place_button = QPushButton(self.tr("Add as place name"))
        self.replace_button.setToolTip(self.tr("Replace the chosen occurrence by the placeholder (Enter)"))
        self.replace_all_button.setToolTip(
            self.tr("Replace every occurrence of this text by the placeholder (Shift+Enter)")
        )
        self.waive_button.setToolTip(self.tr("Leave it in the text and record why (who and when are stored)"))
        self.place_button.setToolTip(
            self.tr(
                "Add the word selected in the text to the place names of this municipality, so the check finds it in every case"
            )
        )
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label.setStyleSheet("QLabel { color: #8a4b08; }")
        self.warnings_area = QScrollArea()  # a long warning scrolls instead of squeezing the list
        self.warnings_area.setWidget(self.warnings_label)
        self.warnings_area.setWidgetResizable(True)
        self.warnings_area.setFrameShape(QFrame.Shape.NoFrame)
        self.warnings_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.warnings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings_area.setMaximumHeight(100)
        self.note = QLabel(
            self.tr("Replacing lowers the risk of recognition; read the text yourself as well.")
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.summary_label)
        buttons = QVBoxLayout()
        for button in (self.replace_button, self.replace_all_button, self.waive_button, self.place_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addWidget(self.warnings_area)
        layout.addWidget(self.note)

        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list.itemClicked.connect(lambda _item: self.chosen.emit(self.current()))  # also the current row
        self.replace_button.clicked.connect(lambda: self._request(self.replace_requested))
        self.replace_all_button.clicked.connect(lambda: self._request(self.replace_all_requested))
        self.waive_button.clicked.connect(self._on_waive_clicked)
        self.place_button.clicked.connect(self.place_requested)
        name_fields_from_labels(self)
        self.show_result(CheckResult())

    # -- showing ----------------------------------------------------------------------------------
    def show_result(self, result: CheckResult) -> None:
        """Show the findings of a check; the chosen row stays where it was (the next one after a
        replacement), without selecting anything in the text."""
        row = max(self.list.currentRow(), 0)
        self._filling = True
        self.list.clear()
        self.items = list(result.items)
        for item in self.items:
            self.list.addItem(self._list_item(item))
        if self.items:
            self.list.setCurrentRow(min(row, len(self.items) - 1))
        self._filling = False
        if not result.items:
            summary = self.tr("The check found no possible identifiers")
        else:
            summary = (
                self.tr("%1 open, %2 ignored")
                .replace("%1", str(result.open_count))
                .replace("%2", str(result.waived_count))
            )
        self.summary_label.setText(summary)
        self.warnings_label.setText("\n".join(f"⚠ {w.message}" for w in result.warnings))
        self.warnings_label.setToolTip("\n".join(f"• {r}" for w in result.warnings for r in w.reasons))
        self.warnings_area.setVisible(bool(result.warnings))
        self._update_buttons()

    def _list_item(self, item: CheckedFinding) -> QListWidgetItem:
        label = category_label(item.finding.category)
        if item.is_open:
            text = (
                self.tr("%1: %2 → %3")
                .replace("%1", label)
                .replace("%2", item.finding.text)
                .replace("%3", item.finding.placeholder)
            )
        else:
            text = self.tr("%1: %2 — ignored").replace("%1", label).replace("%2", item.finding.text)
        row = QListWidgetItem(text)
        row.setToolTip(item.tooltip())
        if not item.is_open:
            row.setForeground(QBrush(QColor("#6b7778")))
            font = row.font()
            font.setItalic(True)
            row.setFont(font)
        return row

    def current(self) -> CheckedFinding | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        item = self.current()
        self.replace_button.setEnabled(item is not None and item.is_open)
        self.replace_all_button.setEnabled(item is not None and item.is_open)
        waived = item is not None and not item.is_open
        hard = item is not None and is_hard(item.finding.category)
        self.waive_button.setEnabled(item is not None and (waived or not hard))
        self.waive_button.setToolTip(
            self.tr(
                "A BSN, IBAN, phone number, e-mail address, postcode, licence plate or client number cannot be ignored: replace it"
            )
            if hard and not waived
            else self.tr("Leave it in the text and record why (who and when are stored)")
        )
        self.waive_button.setText(self.tr("Stop &ignoring") if waived else self.tr("&Ignore…"))
        self.waive_button.setAccessibleName(self.waive_button.text().replace("&", "").rstrip("…"))

    # -- requests ---------------------------------------------------------------------------------
    def _on_row_changed(self, _row: int) -> None:
        self._update_buttons()
        if not self._filling:
            self.chosen.emit(self.current())

    def _request(self, signal) -> None:
        item = self.current()
        if item is not None and item.is_open:
            signal.emit(item)

    def _on_waive_clicked(self) -> None:
        item = self.current()
        if item is not None:
            (self.waive_requested if item.is_open else self.unwaive_requested).emit(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            everywhere = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._request(self.replace_all_requested if everywhere else self.replace_requested)
            return True
        return super().eventFilter(watched, event)
