"""The "Report" tab of the session editor: document control of the session's report (status concept or
final, version, the date the participants adopted it, addressee, griffie contact, reference). The fields
are saved and undone by the session editor like its other details; this module only builds the form.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from casetafel.domain.document import REPORT_ADDRESSEES, DocumentStatus

NOT_ADOPTED = QDate(2000, 1, 1)  # the earliest date of the field shows "(not adopted)"
LINE_FIELDS = ("doc_version", "griffie_contact", "reference")  # plain line edits
DOCUMENT_TEXT_FIELDS = (*LINE_FIELDS, "addressee")  # text saved after a pause (addressee: editable combo)


class DocumentControlForm(QWidget):
    """Status, version, adoption date, addressee, griffie contact and reference of the report."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Concept"), DocumentStatus.CONCEPT.value)
        self.status_combo.addItem(self.tr("Final (adopted by the participants)"), DocumentStatus.FINAL.value)
        self.version_edit = QLineEdit()
        self.version_edit.setMaxLength(20)
        self.version_edit.setPlaceholderText(self.tr("e.g. 0.2 or 1.0"))
        self.adopted_edit = QDateEdit()
        self.adopted_edit.setCalendarPopup(True)
        self.adopted_edit.setDisplayFormat("d MMMM yyyy")
        self.adopted_edit.setMinimumDate(NOT_ADOPTED)
        self.adopted_edit.setSpecialValueText(self.tr("(not adopted)"))
        self.addressee_combo = QComboBox()
        self.addressee_combo.setEditable(True)
        self.addressee_combo.addItems(["", *REPORT_ADDRESSEES])
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("name, e-mail or phone of the griffie"))
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("kenmerk or zaaknummer"))
        form = QFormLayout(self)
        form.addRow(self.tr("Report s&tatus"), self.status_combo)
        form.addRow(self.tr("Vers&ion"), self.version_edit)
        form.addRow(self.tr("Ado&pted on"), self.adopted_edit)
        form.addRow(self.tr("&Addressee"), self.addressee_combo)
        form.addRow(self.tr("Griffie c&ontact"), self.contact_edit)
        form.addRow(self.tr("Referen&ce"), self.reference_edit)
        hint = QLabel(
            self.tr(
                "Printed on the cover of the report. A concept carries ‘CONCEPT’ on every page. "
                "The municipal logo is chosen once under Report > Report settings."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)

    def line_edits(self) -> dict[str, QLineEdit]:
        """The text fields by their session detail name (the addressee's editable line included)."""
        return {
            "doc_version": self.version_edit,
            "griffie_contact": self.contact_edit,
            "reference": self.reference_edit,
            "addressee": self.addressee_combo.lineEdit(),
        }
