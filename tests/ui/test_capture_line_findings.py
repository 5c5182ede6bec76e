"""The capture line is checked as the facilitator types (underline and tooltip), Enter is never held up
by the check, and a recorded item with possible identifiers carries a marker in the live list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from casetafel.ui.facilitation.capture_list import TEXT
from casetafel.ui.facilitation.window import FacilitationWindow

SPOKEN = "Meneer Visser van de Populierenlaan 9 belde 0612345678 over zijn BSN 111222333"


def open_window(qtbot, services, meeting_id) -> FacilitationWindow:
    window = FacilitationWindow(services, meeting_id)
    qtbot.addWidget(window)
    qtbot.addWidget(window.presenter)
    window.begin()
    window.show()
    qtbot.waitExposed(window)
    while window.step.phase_key != "wat_zien_we":
        window.next_phase()
    return window


def red_pixels(image: QImage) -> int:
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.red() > 150 and colour.green() < 90 and colour.blue() < 90:
                count += 1
    return count


def test_typing_underlines_and_names_the_findings(qtbot, services, planned_meeting) -> None:
    window = open_window(qtbot, services, planned_meeting.id)
    line = window.capture.line
    line.setFocus()
    qtbot.keyClicks(line, "Bel mevrouw op 0687654321 ")
    assert window.line_check.is_pending()  # the keystrokes only started the timer
    qtbot.waitUntil(lambda: not window.line_check.is_pending(), timeout=3000)
    assert [f.text for f in window.line_check.findings] == ["0687654321"]
    assert "0687654321" in line.toolTip() and "[TELEFOON]" in line.toolTip()
    assert red_pixels(line.grab().toImage()) > 5  # the red wave under the number
    line.setText("Niets bijzonders gezegd")
    window.line_check.run_now()
    assert window.line_check.findings == () and "TELEFOON" not in line.toolTip()
    assert red_pixels(line.grab().toImage()) == 0


def test_enter_records_at_once_and_the_list_marks_the_item(qtbot, services, planned_meeting) -> None:
    window = open_window(qtbot, services, planned_meeting.id)
    line = window.capture.line
    line.setFocus()
    line.setText(SPOKEN)
    assert window.line_check.is_pending()
    before = len(window.records.items)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert len(window.records.items) == before + 1  # stored without waiting for the check
    assert line.text() == "" and window.line_check.findings == ()
    model = window.ui.items_view.model()
    row = model.row_of(window.records.items[-1].ref)
    index = model.index(row, TEXT)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "111222333" in tooltip and "[BSN]" in tooltip
    line.setText("De regels van Wmo en Jeugdwet botsen")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    clean = model.index(model.row_of(window.records.items[-1].ref), TEXT)
    assert model.data(clean, Qt.ItemDataRole.DecorationRole) is None


def test_owner_field_is_checked_too(qtbot, services, planned_meeting) -> None:
    window = open_window(qtbot, services, planned_meeting.id)
    window.capture.owner_edit.setText("Karin de Boer, 0612345678")
    findings = window.owner_check.run_now()
    assert any(f.text == "0612345678" for f in findings)


def test_notes_evaluation_and_titles_are_checked(qtbot, services, planned_meeting, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from casetafel.ui.cases.library import CaseLibraryPage

    window = open_window(qtbot, services, planned_meeting.id)
    for panel in (window.ui.notes, window.ui.evaluation):
        panel.edit.setPlainText("Niets aan de hand.\nTerugbellen op 0612345678 morgen")
        block = panel.edit.document().findBlockByNumber(1)
        spans = [
            (r.start, r.length)
            for r in block.layout().formats()
            if r.format.fontUnderline() or r.format.underlineStyle() != r.format.underlineStyle().NoUnderline
        ]
        assert spans == [(len("Terugbellen op "), len("0612345678"))]
        assert not panel.edit.document().findBlockByNumber(0).layout().formats()
    page = CaseLibraryPage(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.reload()
    page.new_item()
    page.editor.title_edit.setText("Gezin Yilmaz, 06-11223344")
    assert any(f.text == "06-11223344" for f in page.editor.title_check.run_now())


def test_the_session_title_is_checked_once_the_window_shows(qtbot, services, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from casetafel.ui.app_shell.main_window import MainWindow

    services.meetings.create_meeting("Casustafel maart")
    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    editor = window.sessions_page.editor
    qtbot.waitUntil(lambda: editor.title_check is not None)  # set up right after the first paint
    editor.text_edits["title"].setText("Gesprek met mevrouw Jansen, 06-11223344")
    assert any(f.text == "06-11223344" for f in editor.title_check.run_now())
