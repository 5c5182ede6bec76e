"""Recurring patterns: the service counts knelpunten by domain, theme and period; the page shows them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from casetafel.services.demo import load_demo
from casetafel.services.patterns import VILLAGE_DEAL
from casetafel.ui.app_shell.main_window import PATTERNS, MainWindow


def test_patterns_recur_across_cases_and_sessions(services) -> None:
    load_demo(services)
    data = services.patterns.patterns()
    barriers = [
        o for s in services.meetings.list_meetings() for o in services.records.list_observations(s.id)
    ]
    assert data.barriers == sum(1 for o in barriers if o.kind == "schot")
    assert [row.theme for row in data.village_deal] == [code for code, _question in VILLAGE_DEAL]
    recurring = [row for row in data.domains if row.recurs]
    assert recurring and all(row.cases >= 2 and row.meetings >= 2 for row in recurring)
    assert all(sum(row.per_period) == row.barriers for row in data.domains)
    assert data.periods == ("2026 K2", "2026 K4")  # under three years: quarters
    assert services.patterns.patterns(since=date(2100, 1, 1)).barriers == 0


def test_the_page_shows_the_four_questions_a_chart_and_the_table(qtbot, services, tmp_path: Path) -> None:
    load_demo(services)
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == PATTERNS
    page = window.pages.currentWidget()
    assert page.village.rowCount() == 4
    assert page.village.item(0, 0).text() == VILLAGE_DEAL[0][1]
    assert len(page.chart.series) == 4 and page.chart.periods
    assert page.chart.accessibleDescription()
    domains = page.table.rowCount()
    assert domains > 0 and page.table.horizontalHeaderItem(0).text() in ("Domain", "Domein")
    page.view_box.setCurrentIndex(page.view_box.findData("themes"))
    assert page.table.horizontalHeaderItem(0).text() in ("Theme", "Thema")
    recurs = [page.table.item(r, 4).text() for r in range(page.table.rowCount())]
    assert any(recurs)
    page.grab()  # the chart paints without errors
