"""'Vorige keer' in the opening: open items of earlier sessions, status set live, presenter without owners."""

from __future__ import annotations

from casetafel.domain.vocabulary import MeetingStatus
from casetafel.services.demo import load_demo
from casetafel.ui.facilitation.window import FacilitationWindow


def test_the_opening_shows_what_is_still_open_and_sets_status_live(qtbot, services) -> None:
    load_demo(services)
    planned = next(s for s in services.meetings.list_meetings() if s.status == MeetingStatus.PLANNED)
    window = FacilitationWindow(services, planned.id)
    qtbot.addWidget(window)
    qtbot.addWidget(window.presenter)
    window.begin()
    window.show()
    panel = window.ui.previous
    assert window.ui.tool_stack.currentWidget() is window.ui.opening and panel.isVisible()
    expected = services.followup.open_from_earlier_sessions(planned.id)
    assert expected and panel.model.rowCount() == len(expected)
    assert all(item.still_open and item.meeting_id != planned.id for item in panel.model.items)
    assert panel.model.items[0].overdue == any(item.overdue for item in expected)

    item = panel.current_item()
    panel.table.setFocus()
    done = "beantwoord" if item.kind == "vraag" else "afgerond"
    index = panel.status_box.findData(done)
    panel.status_box.setCurrentIndex(index)
    panel.status_box.activated.emit(index)
    assert services.followup.get_item(item.kind, item.id).status == done
    assert services.followup.history(item.kind, item.id)[-1].new_value == done

    items = panel.model.items
    owner = next(i.owner for i in items if i.owner and all(i.owner not in j.text for j in items))
    panel.presenter_box.setChecked(True)
    window.toggle_presenter(True)
    text = window.presenter.visible_text()
    assert panel.model.items[0].text[:40] in text
    assert owner not in text
