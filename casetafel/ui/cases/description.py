"""The case description editor: a plain-text editor for 300 to 2,000 words with a live word count.

Identifier findings are underlined with Qt's extra selections (``set_highlights``), which leave the
document and its undo alone; ``replace_text`` changes only the part of the text that differs, so a
replacement keeps the scroll position. The context menu offers to add a word to the municipality's
list of place names. The live check itself is in ``findings_highlighter``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

OPEN, WAIVED, CURRENT = "open", "waived", "current"


def word_count(text: str) -> int:
    return len(text.split())


def qt_length(text: str) -> int:
    """The length of ``text`` in UTF-16 code units, as Qt counts positions in a document."""
    return len(text.encode("utf-16-le")) // 2


def highlight_format(style: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    if style == WAIVED:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor("#7f8c8d"))
    else:
        fmt.setUnderlineColor(QColor("#c0392b"))
    if style == CURRENT:
        fmt.setBackground(QColor("#fdebd0"))
    return fmt


class DescriptionTextEdit(QPlainTextEdit):
    """Wraps at word boundaries, uses a comfortable reading size, and never accepts rich text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # undo goes through the editor's undo stack
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.document().setDocumentMargin(8)

    place_name_requested = Signal(str)  # a word to add to the municipality's place names

    def set_highlights(self, spans: Iterable[tuple]) -> None:
        """Underline the ranges ``(start, end)`` or ``(start, end, style)`` (Qt positions, UTF-16);
        style is ``OPEN`` (red wave, the default), ``WAIVED`` (grey dots) or ``CURRENT`` (also shaded)."""
        selections = []
        formats: dict[str, QTextCharFormat] = {}
        length = self.document().characterCount() - 1
        for span in spans:
            start, end = span[0], span[1]
            style = span[2] if len(span) > 2 else OPEN
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(max(0, min(start, length)))
            cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = formats.setdefault(style, highlight_format(style))
            selections.append(selection)
        self.setExtraSelections(selections)

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """The underlined ranges (Qt positions), for tests and the tooltip."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.extraSelections()]

    def select_range(self, start: int, end: int) -> None:
        """Select ``start``..``end`` (Qt positions) and scroll it into view, without taking the focus."""
        length = self.document().characterCount() - 1
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def word_for_place(self, cursor: QTextCursor | None = None) -> str:
        """The selected text, or else the word under ``cursor`` (the text cursor when not given)."""
        selected = self.textCursor().selectedText().replace("\u2029", " ").strip()
        if selected:
            return selected
        cursor = QTextCursor(cursor or self.textCursor())
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        return cursor.selectedText().strip(" .,;:!?()[]\"'")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu(event.pos())
        word = self.word_for_place(self.cursorForPosition(event.pos()))
        menu.addSeparator()
        action = menu.addAction(
            QCoreApplication.translate(
                "DescriptionTextEdit", "Add ‘%1’ as a place name of this municipality"
            ).replace("%1", word[:40])
        )
        action.setEnabled(bool(word) and not self.isReadOnly())
        action.triggered.connect(lambda: self.place_name_requested.emit(word))
        menu.exec(event.globalPos())
        menu.deleteLater()


class DescriptionEditor(QWidget):
    """The description text with its word count underneath."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text_edit = DescriptionTextEdit()
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count_label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.count_label)
        self.text_edit.textChanged.connect(self._update_count)
        self._update_count()

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def replace_text(self, text: str) -> None:
        """Change the text to ``text`` by editing only the part that differs (keeps the scroll position);
        emits ``textChanged`` like typing does."""
        old = self.text()
        if old == text:
            return
        prefix = 0
        limit = min(len(old), len(text))
        while prefix < limit and old[prefix] == text[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old[-1 - suffix] == text[-1 - suffix]:
            suffix += 1
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(qt_length(old[:prefix]))
        cursor.setPosition(qt_length(old[: len(old) - suffix]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text[prefix : len(text) - suffix])

    def set_text(self, text: str) -> None:
        """Show ``text`` without emitting an edit."""
        blocked = self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(text)
        self.text_edit.blockSignals(blocked)
        self._update_count()

    def _update_count(self) -> None:
        count = word_count(self.text_edit.toPlainText())
        self.count_label.setText(
            QCoreApplication.translate("DescriptionEditor", "%1 words (300 to 2,000 works well)").replace(
                "%1", str(count)
            )
        )
