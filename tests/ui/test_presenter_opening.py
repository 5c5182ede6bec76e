"""The presenter screen shows the current phase the moment it opens (not only after the next change)."""

from __future__ import annotations

from casetafel.ui.facilitation.presenter import Insight, PresenterContent, PresenterWindow
from casetafel.ui.facilitation.window import FacilitationWindow


def test_presenter_is_filled_when_it_opens(qtbot, services, planned_meeting) -> None:
    window = FacilitationWindow(services, planned_meeting.id)
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


def test_presenter_renders_the_insights_that_fit_and_more_when_it_grows(qtbot) -> None:
    presenter = PresenterWindow()
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    qtbot.waitExposed(presenter)
    insights = tuple(Insight("Knelpunt", f"Inzicht nummer {n} over schotten") for n in range(300, 0, -1))
    presenter.show_content(PresenterContent(heading="Casus 1", phase="Wat zien we?", insights=insights))

    def shown() -> list[str]:
        return [n for n in (f"nummer {n} " for n in range(1, 301)) if n in presenter.visible_text()]

    qtbot.waitUntil(lambda: len(shown()) >= 4)  # laid out once the window has its size
    small = shown()
    assert "nummer 300 " in small  # the newest first
    assert 4 <= len(small) < 60  # only what fits (no scroll bar); a capture does not lay out 300 items

    presenter.set_point_size(12)  # smaller type: more fit, and are rendered
    assert len(shown()) > len(small)
    presenter.set_point_size(26)
    presenter.resize(1280, 1400)  # a taller screen: more fit, and are rendered
    qtbot.waitUntil(lambda: len(shown()) > len(small))
    # Only whole insights: nothing runs below the pane, and the rest is counted.
    assert presenter.insights.verticalScrollBar().maximum() == 0
    assert f"and {300 - len(shown())} more" in presenter.visible_text()
