"""Report settings chosen once for the whole program: the municipal logo on the cover and the
municipality's Word template for the DOCX report. Both are checked when chosen (a readable PNG or JPEG
of sensible size; a .docx or .dotx that Word can open) and stored in the program's settings."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

LOGO_KEY = "report/logo"
TEMPLATE_KEY = "report/word_template"
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_LOGO_SIDE = 6000


def logo_problem(path: str) -> str:
    """Why ``path`` cannot be the logo (a translated sentence), or "" when it can."""
    file = Path(path)
    if not file.is_file():
        return QCoreApplication.translate("ReportSettings", "The file does not exist.")
    if file.stat().st_size > MAX_LOGO_BYTES:
        return QCoreApplication.translate("ReportSettings", "The image is larger than 5 MB.")
    reader = QImageReader(str(file))
    if bytes(reader.format()).decode().lower() not in ("png", "jpg", "jpeg"):
        return QCoreApplication.translate("ReportSettings", "Choose a PNG or JPEG image.")
    size = reader.size()
    if not size.isValid() or size.width() > MAX_LOGO_SIDE or size.height() > MAX_LOGO_SIDE:
        return QCoreApplication.translate("ReportSettings", "The image cannot be read or is too large.")
    if reader.read().isNull():
        return QCoreApplication.translate("ReportSettings", "The image cannot be read or is too large.")
    return ""


def template_problem(path: str) -> str:
    """Why ``path`` cannot be the Word template, or "" when it can."""
    file = Path(path)
    if not file.is_file():
        return QCoreApplication.translate("ReportSettings", "The file does not exist.")
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile):
        return QCoreApplication.translate(
            "ReportSettings", "This is not a Word document or template (.docx or .dotx)."
        )
    if "word/document.xml" not in names or "word/styles.xml" not in names:
        return QCoreApplication.translate(
            "ReportSettings", "This is not a Word document or template (.docx or .dotx)."
        )
    return ""


@dataclass(frozen=True)
class ReportFiles:
    logo: str = ""
    word_template: str = ""


def report_files(settings: QSettings | None) -> ReportFiles:
    """The logo and template from the settings, each only while the file is still there."""
    if settings is None:
        return ReportFiles()
    logo = str(settings.value(LOGO_KEY, "") or "")
    template = str(settings.value(TEMPLATE_KEY, "") or "")
    return ReportFiles(
        logo if logo and Path(logo).is_file() else "",
        template if template and Path(template).is_file() else "",
    )


class ReportSettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Report settings"))
        self.logo_edit = QLineEdit(str(settings.value(LOGO_KEY, "") or ""))
        self.template_edit = QLineEdit(str(settings.value(TEMPLATE_KEY, "") or ""))
        form = QFormLayout(self)
        for label, edit, choose in (
            (self.tr("Municipal &logo"), self.logo_edit, self.choose_logo),
            (self.tr("&Word template"), self.template_edit, self.choose_template),
        ):
            edit.setReadOnly(True)
            edit.setAccessibleName(label.replace("&", ""))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            button = QPushButton(self.tr("Choose…"))
            button.setAccessibleName(self.tr("Choose %1").replace("%1", label.replace("&", "")))
            button.clicked.connect(choose)
            clear = QPushButton(self.tr("Remove"))
            clear.setAccessibleName(self.tr("Remove %1").replace("%1", label.replace("&", "")))
            clear.clicked.connect(edit.clear)
            row.addWidget(button)
            row.addWidget(clear)
            form.addRow(label, row)
            form.labelForField(row).setBuddy(edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def set_logo(self, path: str) -> bool:
        problem = logo_problem(path)
        if problem:
            QMessageBox.warning(self, self.tr("Municipal logo"), problem)
            return False
        self.logo_edit.setText(path)
        return True

    def set_template(self, path: str) -> bool:
        problem = template_problem(path)
        if problem:
            QMessageBox.warning(self, self.tr("Word template"), problem)
            return False
        self.template_edit.setText(path)
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Municipal logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo(path)

    def choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Word template"), "", self.tr("Word documents and templates (*.dotx *.docx)")
        )
        if path:
            self.set_template(path)

    def accept(self) -> None:
        self.settings.setValue(LOGO_KEY, self.logo_edit.text())
        self.settings.setValue(TEMPLATE_KEY, self.template_edit.text())
        super().accept()
