"""The placeholder style is a setting: with initials, "Mevrouw Jansen" becomes "Mevrouw A." in the case
text, and the same person becomes "A." in the case's items in the publication review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from casetafel.ui.cases.library import CaseLibraryPage
from casetafel.ui.cases.placeholder_style import load_style
from casetafel.ui.report.publication_review import PublicationReview

TEXT = "Mevrouw Jansen woont in Oosterwolde. Jansen heeft schulden en meneer K. helpt haar."


def test_initials_in_the_case_and_its_items(qtbot, services, planned_meeting, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = CaseLibraryPage(services, settings)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.reload()
    page.show()
    page.new_item()
    editor = page.editor
    box = editor.guard.style_box
    box.names_combo.setCurrentIndex(box.names_combo.findData("initial"))
    box.places_combo.setCurrentIndex(box.places_combo.findData("village"))
    assert load_style(settings) == box.style()  # kept in the settings
    editor.description.text_edit.setPlainText(TEXT)
    editor.guard.highlighter.run_now()
    panel = editor.findings
    panel.list.setCurrentRow(next(i for i, it in enumerate(panel.items) if it.finding.text == "Jansen"))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # replace all
    panel.list.setCurrentRow(next(i for i, it in enumerate(panel.items) if it.finding.text == "Oosterwolde"))
    qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    text = editor.description.text()
    assert text == "Mevrouw A. woont in het dorp. A. heeft schulden en meneer K. helpt haar."

    # an item of the same case in a session: the same person gets the same letter
    case_id = editor.case_id
    meeting = services.meetings.create_meeting("Casustafel juni")
    services.meetings.add_to_agenda(meeting.id, case_id)
    services.records.record_observation(meeting.id, case_id, "schot", "Mevrouw Jansen wacht al maanden.")
    services.records.record_observation(meeting.id, case_id, "schot", "Ook Pieter de Groot wacht.")
    review = PublicationReview(services, meeting.id, None, settings)
    qtbot.addWidget(review)
    for name in ("Jansen", "Pieter de Groot"):
        for i in range(review.tree.topLevelItemCount()):
            top = review.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).text(2) == name:
                    review.tree.setCurrentItem(top.child(j))
        review.replace_current()
    texts = sorted(o.text for o in services.records.list_observations(meeting.id))
    assert texts == ["Mevrouw A. wacht al maanden.", "Ook B. wacht."]
