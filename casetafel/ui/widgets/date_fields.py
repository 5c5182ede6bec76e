"""Date and time fields where Tab goes to the next field. Qt's own date edits use Tab to walk through
their sections (day, month, year, hours, minutes), so a person tabbing through a form typed the next
field's text into a date. Here the sections are walked with Left and Right (as in Qt's edits anyway)
and Tab leaves the field."""

from __future__ import annotations

from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget


class DateTimeField(QDateTimeEdit):
    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, next_)


class TimeField(QTimeEdit):
    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, next_)
