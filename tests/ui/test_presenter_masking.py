"""Hard identifiers never reach the projector: not from a waived case text, not from a captured line."""

from __future__ import annotations

from casetafel.storage.models import Case
from casetafel.ui.facilitation.window import FacilitationWindow

CASE_TEXT = "Mevrouw A. betaalde via NL20INGB0001234567 en belde vanaf 0687654321."


def test_presenter_masks_waived_iban_and_typed_bsn(qtbot, services, planned_meeting) -> None:
    case_id = planned_meeting.agenda[0].case_id
    with services.db.transaction() as db_session:  # waived before hard kinds could no longer be waived
        row = db_session.get(Case, case_id)
        row.description = CASE_TEXT
        row.anonymisation_waivers = [
            {"category": "iban", "text": "NL20INGB0001234567", "reason": "test", "by": "x", "at": ""},
            {"category": "telefoon", "text": "0687654321", "reason": "test", "by": "x", "at": ""},
        ]
    window = FacilitationWindow(services, planned_meeting.id)
    qtbot.addWidget(window)
    qtbot.addWidget(window.presenter)
    window.begin()
    window.show()
    window.next_phase()
    window.toggle_presenter(True)
    window.capture.line.setText("Haar BSN is 111222333, zei de wijkcoach")
    window.capture.line.returnPressed.emit()
    window.update_presenter()
    shown = window.presenter.visible_text()
    assert "Mevrouw A. betaalde via [IBAN]" in shown
    for value in ("NL20INGB0001234567", "0687654321", "111222333"):
        assert value not in shown
    # the facilitator's own list keeps what was typed (the editor of the item)
    assert any("111222333" in item.text for item in window.records.items)
