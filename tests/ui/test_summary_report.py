"""The closing summary of a session offers the report, which opens the report dialog."""

from __future__ import annotations

from casetafel.services.demo import load_demo
from casetafel.ui.facilitation.summary import SummaryDialog
from casetafel.ui.report.dialog import ReportDialog


def test_summary_opens_the_report_dialog(qtbot, services) -> None:
    load_demo(services)
    finished = services.meetings.list_meetings(status="afgerond")[0]
    summary = SummaryDialog(services, finished.id)
    qtbot.addWidget(summary)
    assert summary.report_button is not None
    summary.report_button.click()
    assert isinstance(summary.report_dialog, ReportDialog)
    assert summary.report_dialog.isVisible()
    qtbot.waitUntil(lambda: summary.report_dialog.document.pageCount() > 0, timeout=60000)
