"""The presenter screen shows the current phase the moment it opens (not only after the next change)."""

from __future__ import annotations

from casetafel.ui.facilitation_window import FacilitationWindow


def test_presenter_is_filled_when_it_opens(qtbot, services, planned_session) -> None:
    window = FacilitationWindow(services, planned_session.id)
    qtbot.addWidget(window)
    qtbot.addWidget(window.presenter)
    window.begin()
    window.show()
    window.next_phase()
    assert not window.presenter.isVisible()
    window.toggle_presenter(True)
    text = window.presenter.visible_text()
    assert window.step.name in text and window.step.guiding_question in text
    assert "Mevrouw A. raakte na de scheiding" in text
