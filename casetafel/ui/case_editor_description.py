"""The case description editor: a plain-text editor for 300 to 2,000 words with a live word count.

Identifier findings (``casetafel.anonymisation.detect``) will be shown here: ``set_highlights`` already
underlines character ranges with Qt's extra selections, which leaves the document and its undo alone.
The findings panel belongs next to this widget in the case editor.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget


def word_count(text: str) -> int:
    return len(text.split())


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

    def set_highlights(self, spans: Iterable[tuple[int, int]]) -> None:
        """Underline the character ranges ``(start, end)``, e.g. identifiers found in the text."""
        selections = []
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#c0392b"))
        length = len(self.toPlainText())
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(max(0, min(start, length)))
            cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)


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
