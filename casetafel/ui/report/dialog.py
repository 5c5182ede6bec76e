"""The report of a session: choose the variant and what it shows, see the PDF, export, print or open it.

The session's ``ReportData`` is fetched once per variant, on the GUI thread, already masked for it (hard
identifiers always, every unresolved finding in the public variant); PDFs are built from it to bytes on
a worker thread (``run_in_background``). A case that blocks the confidential variant (not confirmed,
an open finding in its text) leaves the public variant available. The dialog shows how many findings
the public variant masks and opens the publication review. The preview rebuilds 300 ms after the last change of an option.
Files are written atomically: first to ``<name>.part``, then renamed.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casetafel.report.data import ReportData, ReportOptions, ReportVariant
from casetafel.report.exports import write_atomically, write_csv, write_json
from casetafel.report.pdf import build_pdf
from casetafel.services.anonymity import OpenFindingsError
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError, UnconfirmedCaseError
from casetafel.ui.report.publication_review import PublicationReview
from casetafel.ui.report.settings import report_files
from casetafel.ui.widgets.background import run_in_background

DEBOUNCE_MS = 300
PRINT_DPI_LIMIT = 300
INVALID_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def safe_file_name(text: str, limit: int = 150) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux: invalid characters become '-'."""
    cleaned = INVALID_IN_FILE_NAMES.sub("-", text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    return cleaned[:limit].rstrip(" .")


def default_file_name(data: ReportData, options: ReportOptions, suffix: str) -> str:
    """ "Verslag casustafel YYYY-MM-DD <title> (openbaar|vertrouwelijk).<suffix>" with invalid characters
    replaced: the classification is in every file name."""
    parts = ["Verslag casustafel"]
    if data.starts_at is not None:
        parts.append(data.starts_at.date().isoformat())
    if data.title.strip():
        parts.append(data.title)
    name = " ".join(parts)
    name += " (openbaar)" if options.variant == ReportVariant.PUBLIC else " (vertrouwelijk)"
    return f"{safe_file_name(name)}.{suffix}"


def pdf_bytes(data: ReportData, options: ReportOptions, progress=None) -> bytes:
    """The report as PDF bytes (runs on a worker thread)."""
    buffer = io.BytesIO()
    build_pdf(data, options, buffer, progress=progress)
    return buffer.getvalue()


def open_report_dialog(
    parent: QWidget | None, services: Services, meeting_id: int | None, settings: QSettings | None = None
):
    """Show the report dialog for a session, or say why there is no report (unconfirmed cases, open
    identifiers). Returns the dialog or None."""
    if meeting_id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ReportDialog", "Session report"),
            QCoreApplication.translate("ReportDialog", "Select a session first."),
        )
        return None
    blocked = ""
    try:
        data = services.reporting.report_data(meeting_id)
    except (UnconfirmedCaseError, OpenFindingsError) as error:
        data, blocked = None, str(error)  # only the confidential variant prints case texts
    except ServiceError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ReportDialog", "No report possible"), str(error)
        )
        return None
    if settings is None and isinstance(getattr(parent, "settings", None), QSettings):
        settings = parent.settings  # the program's settings: the placeholder style of the review
    dialog = ReportDialog(services, meeting_id, parent, data=data, blocked=blocked, settings=settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class ReportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        data: ReportData | None = None,
        blocked: str = "",
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.files = report_files(settings)
        self.services = services
        self.meeting_id = meeting_id
        self.blocked = blocked  # why the confidential variant is not possible ("" when it is)
        if data is None and not blocked:
            data = services.reporting.report_data(meeting_id)
        self.public_data, self.masked = services.reporting.masked_report_data(
            meeting_id, ReportVariant.PUBLIC
        )
        self.data = data if data is not None else self.public_data  # the confidential data
        self.pdf: bytes | None = None  # the PDF of ``pdf_options``, shown in the preview
        self.pdf_options: ReportOptions | None = None
        self._building = False
        self._last_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.setWindowTitle(self.tr("Session report: %1").replace("%1", self.public_data.title))
        self.resize(1100, 800)
        self._build_ui()
        if self.blocked:
            self.public.setChecked(True)
            self.confidential.setEnabled(False)
            self.confidential.setToolTip(self.blocked)
        self._show_masked()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.rebuild_preview)
        for control in (self.confidential, self.public, self.names_box, self.votes_box, self.charts_box):
            control.toggled.connect(self._options_changed)
        self._options_changed()

    # -- layout -----------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        variant_box = QGroupBox(self.tr("Variant"))
        self.confidential = QRadioButton(self.tr("&Confidential"))
        self.confidential.setToolTip(self.tr("For the participants: names and case descriptions included."))
        self.public = QRadioButton(self.tr("&Public"))
        self.public.setToolTip(self.tr("For publication: no names and no case descriptions."))
        self.confidential.setChecked(True)
        self.variant_group = QButtonGroup(self)
        self.variant_group.addButton(self.confidential)
        self.variant_group.addButton(self.public)
        variant_layout = QVBoxLayout(variant_box)
        variant_layout.addWidget(self.confidential)
        variant_layout.addWidget(self.public)
        self.blocked_label = QLabel(self.tr("Confidential not possible: %1").replace("%1", self.blocked))
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setVisible(bool(self.blocked))
        self.masked_label = QLabel()
        self.masked_label.setWordWrap(True)
        self.masked_label.setAccessibleName(self.tr("Findings masked in the public variant"))
        self.review_button = QPushButton(self.tr("Re&view findings…"))
        self.review_button.setToolTip(
            self.tr("Replace or leave in each possible identifier before a public report or export")
        )
        self.review_button.clicked.connect(self.open_review)
        variant_layout.addWidget(self.blocked_label)
        variant_layout.addWidget(self.masked_label)
        variant_layout.addWidget(self.review_button)

        show_box = QGroupBox(self.tr("Show"))
        self.names_box = QCheckBox(self.tr("&Names of participants"))
        self.votes_box = QCheckBox(self.tr("&Votes"))
        self.charts_box = QCheckBox(self.tr("C&harts"))
        show_layout = QVBoxLayout(show_box)
        for box in (self.names_box, self.votes_box, self.charts_box):
            box.setChecked(True)
            show_layout.addWidget(box)
        self._names_wanted = True

        self.pdf_button = QPushButton(self.tr("Export as &PDF…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.open_button = QPushButton(self.tr("&Open in PDF reader"))
        self.csv_button = QPushButton(self.tr("Export as C&SV…"))
        self.json_button = QPushButton(self.tr("Export as &JSON…"))
        self.docx_button = QPushButton(self.tr("Export as &Word…"))
        self.docx_button.setToolTip(
            self.tr(
                "The report as an editable Word document, on the municipality's template when one is set."
            )
        )
        self.docx_button.clicked.connect(self.export_docx)
        self.csv_button.setToolTip(
            self.tr(
                "Observations, questions and actions as one table for Excel; owners only when names are shown."
            )
        )
        self.pdf_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_report)
        self.open_button.clicked.connect(self.open_in_reader)
        self.csv_button.clicked.connect(self.export_csv)
        self.json_button.clicked.connect(self.export_json)
        actions_box = QGroupBox(self.tr("Output"))
        actions_layout = QVBoxLayout(actions_box)
        for button in (
            self.pdf_button,
            self.docx_button,
            self.print_button,
            self.open_button,
            self.csv_button,
            self.json_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)  # Enter does not start an export by surprise
            actions_layout.addWidget(button)

        side = QVBoxLayout()
        side.addWidget(variant_box)
        side.addWidget(show_box)
        side.addWidget(actions_box)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(280)

        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Preview status"))
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.preview = QPdfView(self)
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setDocument(self.document)
        preview_layout = QVBoxLayout()
        preview_layout.addWidget(self.status_label)
        preview_layout.addWidget(self.preview, 1)

        body = QHBoxLayout()
        body.addWidget(side_widget)
        body.addLayout(preview_layout, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        for control in (
            self.confidential,
            self.public,
            self.names_box,
            self.votes_box,
            self.charts_box,
            self.review_button,
        ):
            control.setAccessibleName(control.text().replace("&", "").rstrip("…"))
        self.names_box.toggled.connect(self._remember_names)

    # -- options and preview ----------------------------------------------------------------------
    def options(self) -> ReportOptions:
        public = self.public.isChecked()
        return ReportOptions(
            variant=ReportVariant.PUBLIC if public else ReportVariant.CONFIDENTIAL,
            show_names=self.names_box.isChecked() and not public,
            show_votes=self.votes_box.isChecked(),
            show_charts=self.charts_box.isChecked(),
            logo_path=self.files.logo,
            word_template=self.files.word_template,
        )

    def data_for(self, options: ReportOptions) -> ReportData:
        """The data of the variant of ``options``, masked for it."""
        return self.public_data if options.variant == ReportVariant.PUBLIC else self.data

    def _show_masked(self) -> None:
        total = self.masked.total
        self.masked_label.setText(
            self.tr("The public variant masks %1 possible identifiers (%2).")
            .replace("%1", str(total))
            .replace("%2", self.masked.summary())
            if total
            else self.tr("The public variant masks no identifiers.")
        )

    def open_review(self) -> None:
        """The publication review; afterwards the data, the count and the preview are made again."""
        review = PublicationReview(self.services, self.meeting_id, self, self.settings)
        review.exec()
        review.deleteLater()
        self.public_data, self.masked = self.services.reporting.masked_report_data(
            self.meeting_id, ReportVariant.PUBLIC
        )
        if not self.blocked:
            self.data = self.services.reporting.report_data(self.meeting_id)
        self._show_masked()
        self.pdf = None
        self.pdf_options = None
        self._debounce.start()

    def _remember_names(self, checked: bool) -> None:
        if self.names_box.isEnabled():
            self._names_wanted = checked

    def _options_changed(self, *_args) -> None:
        public = self.public.isChecked()
        if public and self.names_box.isEnabled():
            self.names_box.setEnabled(False)
            self.names_box.setChecked(False)
        elif not public and not self.names_box.isEnabled():
            self.names_box.setEnabled(True)
            self.names_box.setChecked(self._names_wanted)
        self.names_box.setToolTip(self.tr("The public report never shows names.") if public else "")
        self.json_button.setToolTip(
            self.tr("The session as data without names and case descriptions, identifiers masked.")
            if public
            else self.tr("The whole session as data, names and case descriptions included.")
        )
        self.status_label.setText(self.tr("Updating the preview…"))
        self._debounce.start()

    def rebuild_preview(self) -> None:
        """Build the PDF of the current options in the background (one build at a time)."""
        if self._building:
            return  # the running build starts another one when it finds the options changed
        self._building = True
        options = self.options()
        data = self.data_for(options)
        run_in_background(
            self,
            lambda progress: pdf_bytes(data, options, progress),
            lambda result: self._preview_built(options, result),
            self._preview_failed,
            label=None,
        )

    def _preview_built(self, options: ReportOptions, result: bytes) -> None:
        self._building = False
        if options != self.options():
            self.rebuild_preview()
            return
        self.pdf, self.pdf_options = result, options
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = self.document.pageCount()
        marking = self.tr("Public") if options.variant == ReportVariant.PUBLIC else self.tr("Confidential")
        self.status_label.setText(
            self.tr("%1 report, pages: %2").replace("%1", marking).replace("%2", str(pages))
        )

    def _preview_failed(self, error: BaseException) -> None:
        self._building = False
        self.status_label.setText(self.tr("The preview could not be made: %1").replace("%1", str(error)))

    def _with_pdf(self, then) -> None:
        """Call ``then(pdf_bytes, options)`` with the PDF of the current options, building it if needed."""
        options = self.options()
        if self.pdf is not None and self.pdf_options == options:
            then(self.pdf, options)
            return
        data = self.data_for(options)
        run_in_background(
            self,
            lambda progress: pdf_bytes(data, options, progress),
            lambda result: then(result, options),
            lambda error: self._fail(self.tr("The report could not be made."), error),
            label=self.tr("Making the report…"),
        )

    # -- output -----------------------------------------------------------------------------------
    def _ask_path(self, options: ReportOptions, suffix: str, file_filter: str) -> str:
        suggested = os.path.join(self._last_dir, default_file_name(self.data_for(options), options, suffix))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, file_filter)
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        if path:
            self._last_dir = os.path.dirname(path)
        return path

    def _fail(self, message: str, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Session report"), f"{message}\n\n{error}")

    def export_pdf(self) -> None:
        options = self.options()
        path = self._ask_path(options, "pdf", self.tr("PDF files (*.pdf)"))
        if path:
            self._with_pdf(lambda pdf, _options: self._save_bytes(path, pdf))

    def _save_bytes(self, path: str, content: bytes) -> None:
        try:
            write_atomically(path, lambda part: part.write_bytes(content))
        except OSError as error:
            self._fail(self.tr("The file could not be saved: %1").replace("%1", path), error)
            return
        self._saved(path)

    def _saved(self, path: str) -> None:
        self.status_label.setText(self.tr("Saved: %1").replace("%1", path))

    def export_csv(self) -> None:
        options = self.options()
        path = self._ask_path(options, "csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            data = self.data_for(options)
            write_atomically(
                path,
                lambda part: write_csv(
                    data, part, include_owners=options.show_names, variant=options.variant
                ),
            )
        except (OSError, ValueError) as error:
            self._fail(self.tr("The file could not be saved: %1").replace("%1", path), error)
            return
        self._saved(path)

    def export_docx(self) -> None:
        """The report as DOCX (built on the GUI thread: a few seconds at most for 50 cases)."""
        from casetafel.report.docx import build_docx
        from casetafel.report.docx_base import TemplateError
        from casetafel.ui.report.chart_image import chart_png

        options = self.options()
        path = self._ask_path(options, "docx", self.tr("Word documents (*.docx)"))
        if not path:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self.data_for(options)
            write_atomically(path, lambda part: build_docx(data, options, part, chart_image=chart_png))
        except (OSError, ValueError, TemplateError) as error:
            QApplication.restoreOverrideCursor()
            self._fail(self.tr("The file could not be saved: %1").replace("%1", path), error)
            return
        QApplication.restoreOverrideCursor()
        self._saved(path)

    def export_json(self) -> None:
        options = self.options()
        path = self._ask_path(options, "json", self.tr("JSON files (*.json)"))
        if not path:
            return
        data = self.data_for(options)
        try:
            write_atomically(path, lambda part: write_json(data, part, variant=options.variant))
        except (OSError, ValueError) as error:
            self._fail(self.tr("The file could not be saved: %1").replace("%1", path), error)
            return
        self._saved(path)

    def open_in_reader(self) -> None:
        self._with_pdf(self._open_bytes)

    def _open_bytes(self, pdf: bytes, options: ReportOptions) -> None:
        try:
            # A new private folder (0700) each time: a fixed name in the shared temporary folder could be
            # made beforehand by someone else, who could then read the report.
            folder = Path(tempfile.mkdtemp(prefix="casetafel-verslag-"))
            path = folder / default_file_name(self.data_for(options), options, "pdf")
            write_atomically(path, lambda part: part.write_bytes(pdf))
        except OSError as error:
            self._fail(self.tr("The report could not be opened."), error)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("Session report"),
                self.tr("No PDF reader could be started. The report is saved as %1").replace("%1", str(path)),
            )

    def print_report(self) -> None:
        self._with_pdf(self._ask_printer)

    def _ask_printer(self, pdf: bytes, _options: ReportOptions) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_pdf(pdf, printer)

    def print_pdf(self, pdf: bytes, printer: QPrinter) -> int:
        """Render the PDF page by page onto the printer; returns the number of pages printed."""
        document = QPdfDocument()
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        painter = QPainter()
        if not painter.begin(printer):
            self._fail(self.tr("The printer could not be started."), OSError(printer.printerName()))
            return 0
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        printed = 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for page in range(document.pageCount()):
                if page > 0:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), size), image)
                printed += 1
        finally:
            QApplication.restoreOverrideCursor()
            painter.end()
            document.close()
        return printed
