"""The export row of the Opvolging page: "Stand van zaken" of the items shown, as PDF or CSV, confidential
or public. Written through the exports' atomic writer, like the session report."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from casetafel.services.container import Services
from casetafel.services.followup import FollowupItem


def default_name(public: bool, suffix: str, today: date | None = None) -> str:
    day = (today or date.today()).isoformat()
    return f"Stand van zaken {day}{' (openbaar)' if public else ''}.{suffix}"


class FollowupExport(QWidget):
    """A button and a 'public' switch; exports what ``shown_items()`` returns."""

    def __init__(
        self, services: Services, shown_items: Callable[[], list[FollowupItem]], parent=None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.shown_items = shown_items
        self.last_dir = str(Path.home())
        self.public_box = QCheckBox(self.tr("Publ&ic variant (no names, no case texts)"))
        self.pdf_button = QPushButton(self.tr("Status report as &PDF…"))
        self.csv_button = QPushButton(self.tr("Status report as &CSV…"))
        self.pdf_button.setToolTip(self.tr("‘Stand van zaken’ of the items shown, per theme, overdue first"))
        self.csv_button.setToolTip(self.pdf_button.toolTip())
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.public_box)
        layout.addStretch(1)
        layout.addWidget(self.pdf_button)
        layout.addWidget(self.csv_button)

    def ask_path(self, suffix: str) -> str:
        suggested = os.path.join(self.last_dir, default_name(self.public_box.isChecked(), suffix))
        file_filter = self.tr("PDF files (*.pdf)") if suffix == "pdf" else self.tr("CSV files (*.csv)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, file_filter)
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        if path:
            self.last_dir = os.path.dirname(path)
        return path

    def export(self, suffix: str) -> str | None:
        from casetafel.report.exports import write_atomically
        from casetafel.report.standing import build_standing_pdf, write_standing_csv

        path = self.ask_path(suffix)
        if not path:
            return None
        data = self.services.followup.standing_data(
            public=self.public_box.isChecked(), items=self.shown_items()
        )
        write = build_standing_pdf if suffix == "pdf" else write_standing_csv
        try:
            write_atomically(path, lambda part: write(data, part))
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Status report"), f"{self.tr('Not saved')}: {error}")
            return None
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Status report saved: %1").replace("%1", path), 8000)
        return path
