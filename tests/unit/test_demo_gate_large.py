"""The large demo passes its own gate: no case text holds a finding (such as "K. Twee", glued together
from two sampled sentences), so every session reports in both variants; every tenth session is built."""

from __future__ import annotations

from sqlalchemy import select

from casetafel.anonymisation import detect
from casetafel.report.data import ReportVariant
from casetafel.services.container import Services
from casetafel.services.demo import load_demo
from casetafel.storage.models import Case


def test_every_large_demo_case_passes_the_gate_and_sessions_report(services: Services) -> None:
    load_demo(services, "large")
    with services.db.reading() as db_session:
        descriptions = list(db_session.scalars(select(Case.description)))
    assert len(descriptions) >= 1500
    assert [d[:60] for d in descriptions if detect(d)] == []
    meetings = services.meetings.list_meetings()
    for summary in meetings[::10]:
        for variant in ReportVariant:
            assert services.reporting.report_data(summary.id, variant).session_id == summary.id
