"""The summary after finishing a session: what was recorded (counts per kind, governance questions,
actions) and the time per phase against the plan; and where to make the report."""

from __future__ import annotations

import importlib.util
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout

from casetafel.domain.countdown import format_seconds
from casetafel.services.container import Services
from casetafel.services.facilitation_summary import RunSummary, run_summary


def report_dialog_class():
    """The report dialog, when it exists in this build; else None (then no button is shown)."""
    if importlib.util.find_spec("casetafel.ui.report.dialog") is None:
        return None
    module = importlib.import_module("casetafel.ui.report.dialog")
    return getattr(module, "ReportDialog", None)


def _minutes(seconds: float) -> str:
    return format_seconds(seconds).lstrip("+")


class SummaryDialog(QDialog):
    def __init__(self, services: Services, meeting_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.data = run_summary(services.db, meeting_id)
        self.report_available = report_dialog_class() is not None
        self.setWindowTitle(self.tr("Session finished"))
        self.resize(760, 680)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Summary"))
        self.text.setHtml(self.summary_html(self.data))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.report_button: QPushButton | None = None
        if self.report_available:
            self.report_button = buttons.addButton(
                self.tr("Make the report…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.report_button.clicked.connect(self.open_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def summary_html(self, data: RunSummary) -> str:
        finished = self.tr("The session is marked as finished.")
        recorded = self.tr("Recorded")
        questions = self.tr("Governance questions")
        actions = self.tr("Actions")
        per_phase = self.tr("Time per phase")
        phase, planned, spent_text, total = (
            self.tr("Phase"),
            self.tr("Planned"),
            self.tr("Spent"),
            self.tr("Total"),
        )
        report = self.tr("The report is available from the menu “Report” in the main window.")
        html = [f"<h2>{escape(data.title)}</h2>"]
        html.append(f"<p>{escape(finished)}</p>")
        html.append(f"<h3>{escape(recorded)}</h3><table cellpadding='3'>")
        rows = [*data.counts, (questions, len(data.questions)), (actions, len(data.actions))]
        for label, count in rows:
            html.append(f"<tr><td>{escape(label)}</td><td align='right'><b>{count}</b></td></tr>")
        html.append("</table>")
        if data.questions:
            html.append(f"<h3>{escape(questions)}</h3><ul>")
            html += [f"<li><b>{escape(q.number)}</b> {escape(q.text)}</li>" for q in data.questions]
            html.append("</ul>")
        if data.actions:
            html.append(f"<h3>{escape(actions)}</h3><ul>")
            for a in data.actions:
                extra = " — ".join(
                    x for x in (a.owner, a.due_date.strftime("%d-%m-%Y") if a.due_date else "") if x
                )
                html.append(
                    f"<li><b>{escape(a.number)}</b> {escape(a.text)}{' (' + escape(extra) + ')' if extra else ''}</li>"
                )
            html.append("</ul>")
        html.append(f"<h3>{escape(per_phase)}</h3><table cellpadding='3'>")
        html.append(
            f"<tr><th align='left'>{escape(phase)}</th><th>{escape(planned)}</th><th>{escape(spent_text)}</th></tr>"
        )
        for t in (*data.times,):
            over = t.spent_seconds > t.planned_seconds
            spent = _minutes(t.spent_seconds)
            html.append(
                f"<tr><td>{escape(t.label)}</td><td align='right'>{_minutes(t.planned_seconds)}</td>"
                f"<td align='right'>{'<b>' + spent + '</b>' if over else spent}</td></tr>"
            )
        html.append(
            f"<tr><td><b>{escape(total)}</b></td><td align='right'><b>{_minutes(data.planned_seconds)}"
            f"</b></td><td align='right'><b>{_minutes(data.spent_seconds)}</b></td></tr></table>"
        )
        if not self.report_available:
            html.append(f"<p>{escape(report)}</p>")
        return "".join(html)

    def open_report(self) -> None:
        """The report dialog, or a Dutch message why there can be no report yet."""
        from casetafel.ui.report.dialog import open_report_dialog

        self.report_dialog = open_report_dialog(self, self.services, self.meeting_id)
