"""Without a server: a captured line attributed to a participant by keyboard (Alt+I), shown with the name in
the capture list and Uitkomsten, and "wat neem ik mee" per participant in the evaluation; the public
report shows the role, never the name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from casetafel.report.data import ReportVariant
from casetafel.report.exports import to_json_text
from casetafel.services.member_input import INSIGHT_KIND
from casetafel.ui.app_shell.main_window import MainWindow
from casetafel.ui.facilitation.window import FacilitationWindow
from tests.ui.test_facilitation_flow import ALT, CTRL, FakeClock, Keyboard


@pytest.fixture
def table(qtbot, services, planned_meeting):
    main = FacilitationWindow(services, planned_meeting.id, clock=FakeClock())
    qtbot.addWidget(main)
    qtbot.addWidget(main.presenter)
    main.begin()
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.capture.line.setFocus()
    return main


def test_attribute_a_line_and_collect_what_each_takes_home(
    qtbot, table, services, planned_meeting, tmp_path: Path
):
    window = table
    kb = Keyboard(qtbot, window)
    member = next(p for p in planned_meeting.participants if p.name == "Ingrid Hoekstra")
    kb.key(Qt.Key.Key_I, ALT)  # "Said by"
    assert window.capture.participant_combo.hasFocus()
    kb.key(Qt.Key.Key_Down)
    assert window.capture.participant_combo.currentData() == member.id
    assert window.capture.role_combo.currentData() == "raadslid"  # the participant's role follows
    kb.record("s: Twee loketten voor een gezin")
    line = next(
        o for o in services.records.list_observations(planned_meeting.id) if o.text.startswith("Twee")
    )
    assert line.participant_id == member.id and line.author_role == "raadslid"
    assert window.capture.participant_combo.currentData() is None  # chosen again for the next line
    shown = window.ui.items_view.model().items[-1]
    assert "Ingrid Hoekstra" in shown.author

    # The evaluation: one line per present participant; Enter moves on, the last Enter records.
    while window.step.phase_key != "evaluatie":
        kb.key(Qt.Key.Key_PageDown, CTRL)
    panel = window.ui.takeaways
    assert window.ui.tool_stack.currentWidget() is window.ui.evaluation_tool
    assert len(panel.lines) == 3
    kb.key(Qt.Key.Key_K, ALT)
    assert panel.lines[0][1].hasFocus()
    kb.type("Meer contact met de wijkcoach")
    kb.key(Qt.Key.Key_Return)
    assert panel.lines[1][1].hasFocus()
    kb.key(Qt.Key.Key_Return)  # the wethouder leaves the line empty
    kb.type("Korte lijnen werken")
    kb.key(Qt.Key.Key_Return)
    QApplication.processEvents()
    taken = [o for o in services.records.list_observations(planned_meeting.id) if o.kind == INSIGHT_KIND]
    assert [(o.text, o.author_role, o.phase_key) for o in taken] == [
        ("Meer contact met de wijkcoach", "raadslid", "evaluatie"),
        ("Korte lijnen werken", "professional", "evaluatie"),
    ]
    assert taken[0].participant_id == member.id
    assert all(line.text() == "" for _p, line in panel.lines)
    window.records.undo_stack.undo()  # one step removes the whole round
    assert not [o for o in services.records.list_observations(planned_meeting.id) if o.kind == INSIGHT_KIND]
    window.records.undo_stack.redo()

    # The public report: the evaluation by role, no name; the confidential variant has the same lines.
    public = services.reporting.report_data(planned_meeting.id, ReportVariant.PUBLIC)
    assert {o.text for o in public.closing} >= {"Meer contact met de wijkcoach", "Korte lijnen werken"}
    text = to_json_text(public, variant=ReportVariant.PUBLIC)
    assert "Ingrid" not in text and "Hoekstra" not in text

    # Uitkomsten shows the participant next to the role (the facilitator's own screen).
    main = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    main.sessions_page.select_id(planned_meeting.id)
    tree = main.sessions_page.editor.outcomes.tree
    roles = [
        tree.topLevelItem(g).child(c).text(3)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    ]
    assert roles.count("Raadslid · Ingrid Hoekstra") == 2
