"""The report dialog shows what the public variant masks; the publication review replaces, leaves in
(with a reason) and undoes, item by item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from casetafel.report.data import ReportVariant
from casetafel.ui.cases.waiver_dialog import WaiverDialog
from casetafel.ui.report.dialog import ReportDialog
from casetafel.ui.report.publication_review import PublicationReview

TYPED = "Meneer Dijkstra van de Beukenlaan 4 belde met 0623456789"


@pytest.fixture
def typed(services, planned_meeting):
    case_id = planned_meeting.agenda[0].case_id
    observation = services.records.record_observation(planned_meeting.id, case_id, "signaal", TYPED)
    return planned_meeting, observation


def children(review: PublicationReview) -> list[tuple[str, str]]:
    result = []
    for i in range(review.tree.topLevelItemCount()):
        top = review.tree.topLevelItem(i)
        for j in range(top.childCount()):
            result.append((top.text(0), top.child(j).text(2)))
    return result


def choose(review: PublicationReview, found: str) -> None:
    for i in range(review.tree.topLevelItemCount()):
        top = review.tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).text(2) == found:
                review.tree.setCurrentItem(top.child(j))
                return
    raise AssertionError(found)


def test_report_dialog_counts_what_the_public_variant_masks(qtbot, services, typed) -> None:
    meeting, _observation = typed
    dialog = ReportDialog(services, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.masked.total >= 2
    assert "telefoon 1" in dialog.masked_label.text()
    assert str(dialog.masked.total) in dialog.masked_label.text()


def test_review_replaces_leaves_in_and_undoes(qtbot, services, typed, monkeypatch) -> None:
    meeting, observation = typed
    review = PublicationReview(services, meeting.id)
    qtbot.addWidget(review)
    review.show()
    item = f"observatie {observation.id} · tekst"
    found = children(review)
    assert (item, "0623456789") in found
    choose(review, "0623456789")
    assert not review.waive_button.isEnabled()  # hard: only replace
    qtbot.mouseClick(review.replace_button, Qt.MouseButton.LeftButton)
    stored = services.records.list_observations(meeting.id)[-1].text
    assert "0623456789" not in stored and "[TELEFOON]" in stored
    assert (item, "0623456789") not in children(review)

    soft = next(text for label, text in children(review) if label == item)
    choose(review, soft)
    assert review.waive_button.isEnabled()
    monkeypatch.setattr(
        WaiverDialog, "ask", classmethod(lambda cls, *a: ("de wethouder zelf, geen inwoner", "Griffier"))
    )
    qtbot.mouseClick(review.waive_button, Qt.MouseButton.LeftButton)
    assert (item, soft) not in children(review)
    (waiver,) = services.publication.waivers(meeting.id)
    assert waiver.reason == "de wethouder zelf, geen inwoner" and waiver.decided_by == "Griffier"
    public = services.reporting.report_data(meeting.id, ReportVariant.PUBLIC)
    assert soft in public.cases[0].observations[-1].text

    qtbot.mouseClick(review.undo_button, Qt.MouseButton.LeftButton)  # the waiver goes
    assert services.publication.waivers(meeting.id) == []
    assert (item, soft) in children(review)
    review.undo_stack.undo()  # and the replacement
    assert services.records.list_observations(meeting.id)[-1].text == TYPED
    assert (item, "0623456789") in children(review)


def test_review_has_names_for_every_control(qtbot, services, typed) -> None:
    from tests.ui.test_accessibility import nameless_controls

    review = PublicationReview(services, typed[0].id)
    qtbot.addWidget(review)
    assert nameless_controls(review) == []
