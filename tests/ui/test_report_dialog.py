"""The report dialog on the demo data: preview, variants, PDF/CSV/JSON export, print, refusals."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casetafel.report.data import ReportVariant
from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.report.dialog import ReportDialog, default_file_name, open_report_dialog, safe_file_name
from tests.ui.test_accessibility import nameless_controls


def finished_meeting_id(services: Services) -> int:
    finished = [s for s in services.meetings.list_meetings() if s.status == "afgerond"]
    counts = {
        s.id: sum(len(c.observations) for c in services.reporting.report_data(s.id).cases) for s in finished
    }
    return max(counts, key=counts.get)


@pytest.fixture
def dialog(qtbot, services: Services) -> ReportDialog:
    load_demo(services)
    made = open_report_dialog(None, services, finished_meeting_id(services))
    assert made is not None
    qtbot.addWidget(made)
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: made.document.pageCount() > 0, timeout=15000)
    return made


def save_to(monkeypatch, path: Path, asked: list) -> None:
    def fake(parent, caption, suggested, file_filter):
        asked.append(suggested)
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 30]


def test_preview_shows_the_confidential_report(dialog: ReportDialog) -> None:
    assert dialog.pdf_options.variant == ReportVariant.CONFIDENTIAL
    assert dialog.pdf.startswith(b"%PDF")
    assert dialog.document.pageCount() > 1
    assert dialog.names_box.isEnabled() and dialog.names_box.isChecked()
    assert str(dialog.document.pageCount()) in dialog.status_label.text()


def test_public_variant_rebuilds_and_exports_without_descriptions(
    qtbot, dialog: ReportDialog, monkeypatch, tmp_path: Path
) -> None:
    dialog.public.click()
    assert not dialog.names_box.isEnabled() and not dialog.names_box.isChecked()
    assert dialog.json_button.isEnabled()  # the public JSON carries no names, descriptions or identifiers
    qtbot.waitUntil(lambda: dialog.pdf_options.variant == ReportVariant.PUBLIC, timeout=15000)
    target = tmp_path / "verslag.pdf"
    asked: list[str] = []
    save_to(monkeypatch, target, asked)
    dialog.export_pdf()
    qtbot.waitUntil(target.exists, timeout=15000)
    assert Path(asked[0]).name.endswith(" (openbaar).pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert not target.with_name("verslag.pdf.part").exists()
    text = " ".join(pdf_text(target).split())
    assert "OPENBAAR" in text.upper()  # the marking, set in capitals
    for case in dialog.data.cases:
        for sentence in sentences(case.description):
            assert " ".join(sentence.split()) not in text
    dialog.confidential.click()
    assert dialog.names_box.isEnabled() and dialog.names_box.isChecked()  # the choice comes back


def test_pdf_is_built_for_options_the_preview_has_not_caught_up_with(
    qtbot, dialog: ReportDialog, monkeypatch, tmp_path: Path
) -> None:
    dialog.charts_box.setChecked(False)
    target = tmp_path / "zonder grafieken"
    save_to(monkeypatch, target, [])
    dialog.export_pdf()  # right away, before the debounced preview rebuild
    saved = tmp_path / "zonder grafieken.pdf"
    qtbot.waitUntil(saved.exists, timeout=15000)
    assert saved.read_bytes().startswith(b"%PDF")


def test_csv_and_json_export(qtbot, dialog: ReportDialog, monkeypatch, tmp_path: Path) -> None:
    csv_path = tmp_path / "verslag.csv"
    asked: list[str] = []
    save_to(monkeypatch, csv_path, asked)
    dialog.export_csv()
    content = csv_path.read_bytes().decode("utf-8")
    assert content.startswith(
        "\ufeffclassificatie;datum bijeenkomst;bijeenkomst;soort;nummer;casus;titel casus;fase"
    )
    assert "\r\nVERTROUWELIJK;" in content
    observation = dialog.data.cases[0].observations[0].text
    assert observation.split("\n")[0] in content
    assert Path(asked[0]).name.startswith("Verslag casustafel 2026-")
    json_path = tmp_path / "verslag.json"
    save_to(monkeypatch, json_path, asked)
    dialog.export_json()
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert document["format"] == "casetafel-sessie"
    assert document["title"] == dialog.data.title


def test_a_failed_save_says_so_and_keeps_the_old_file(
    qtbot, dialog: ReportDialog, monkeypatch, tmp_path: Path
) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    missing = tmp_path / "bestaat niet" / "verslag.csv"
    save_to(monkeypatch, missing, [])
    dialog.export_csv()
    assert len(warnings) == 1 and str(missing) in warnings[0]
    existing = tmp_path / "verslag.pdf"
    existing.write_bytes(b"oud")
    save_to(monkeypatch, existing, [])
    monkeypatch.setattr(Path, "write_bytes", lambda self, data: (_ for _ in ()).throw(OSError("schijf vol")))
    dialog.export_pdf()
    assert len(warnings) == 2 and "schijf vol" in warnings[1]
    assert existing.read_bytes() == b"oud"
    assert not existing.with_name("verslag.pdf.part").exists()


def test_print_renders_every_page_into_the_printer(dialog: ReportDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "afdruk.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(96)
    pages = dialog.print_pdf(dialog.pdf, printer)
    assert pages == dialog.document.pageCount()
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == pages


def test_open_in_reader_writes_a_temporary_pdf(qtbot, dialog: ReportDialog, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_in_reader()
    qtbot.waitUntil(lambda: bool(opened))
    path = Path(opened[0].toLocalFile())
    assert path.read_bytes().startswith(b"%PDF")
    assert path.name == default_file_name(dialog.data, dialog.options(), "pdf")


def test_every_control_has_a_name(dialog: ReportDialog) -> None:
    assert nameless_controls(dialog) == []


def test_unconfirmed_case_blocks_only_the_confidential_variant(
    qtbot, services: Services, monkeypatch
) -> None:
    case = services.cases.create_case("Nog niet bevestigd", "Een beschrijving.")
    meeting = services.meetings.create_meeting("Casustafel")
    services.meetings.add_to_agenda(meeting.id, case.id)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = open_report_dialog(None, services, meeting.id)
    assert dialog is not None and warnings == []
    qtbot.addWidget(dialog)
    assert dialog.public.isChecked() and not dialog.confidential.isEnabled()
    assert case.code in dialog.confidential.toolTip() and dialog.blocked_label.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.pdf_options is not None, timeout=15000)
    assert dialog.pdf_options.variant == ReportVariant.PUBLIC and dialog.pdf.startswith(b"%PDF")


def test_menu_opens_the_report_of_the_selected_session(qtbot, services: Services, tmp_path: Path) -> None:
    load_demo(services)
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.report_action.trigger()
    dialog = window.report_dialog
    assert isinstance(dialog, ReportDialog) and dialog.meeting_id == window.selected_meeting_id()
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=15000)
    dialog.close()


def test_default_file_names() -> None:
    assert safe_file_name('a/b: "c"? <d>|e*\\f') == "a-b- -c-- -d--e--f"
    assert safe_file_name("naam. ") == "naam"
