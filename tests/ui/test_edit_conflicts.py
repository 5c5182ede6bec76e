"""The conflict dialog: another client saved the same field; the user keeps theirs, takes the stored
text or merges, by keyboard. Two clients are two ``Services`` on the same file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from casetafel.services.concurrency import EditConflictError, FieldConflict
from casetafel.services.container import Services
from casetafel.ui.cases.library import CaseLibraryPage
from casetafel.ui.widgets.conflict_dialog import ConflictDialog
from tests.ui.modal import ModalAnswer, when_modal


@pytest.fixture
def other(services):
    opened = Services.open(services.address)
    yield opened
    opened.close()


@dataclass(frozen=True)
class Seen:
    """What a conflict dialog showed (the program deletes the dialog once it closed)."""

    stored: dict[str, str]
    parent: object


def when_dialog(qtbot, act) -> ModalAnswer:
    """Run ``act(dialog)`` once the conflict dialog is open (it is modal: the test goes on inside it);
    ``answer[0]`` is what the first dialog showed, a ``Seen``."""

    def note(dialog: ConflictDialog) -> Seen:
        return Seen({name: box.toPlainText() for name, box in dialog.stored.items()}, dialog.parent())

    return when_modal(ConflictDialog, act, note=note)


def press(qtbot, button) -> None:
    """Tab to a button and press Space (the buttons also have Alt mnemonics)."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def conflict() -> EditConflictError:
    return EditConflictError(
        "Casus C-2026-001", 1, 4,
        (FieldConflict("description", "Beschrijving", "Mijn tekst", "Hun tekst"),
         FieldConflict("themes", "Thema's", ("wonen",), ["zorg"])),
        changed_by="bert",
    )  # fmt: skip


def test_the_dialog_shows_both_texts_side_by_side_with_accessible_names(qtbot) -> None:
    dialog = ConflictDialog(conflict())
    qtbot.addWidget(dialog)
    assert dialog.mine["description"].toPlainText() == "Mijn tekst"
    assert dialog.stored["description"].toPlainText() == "Hun tekst"
    assert dialog.mine["description"].isReadOnly() and dialog.stored["description"].isReadOnly()
    assert dialog.merged["description"].toPlainText() == "Mijn tekst"
    assert "themes" not in dialog.merged  # a list of choices is kept or taken, not merged
    assert dialog.stored["themes"].toPlainText() == "zorg"
    assert dialog.stored["description"].accessibleName() == "Beschrijving: Stored now"
    assert dialog.keep_mine.accessibleName() == "Keep mine"
    assert "door bert" in dialog.message.text()


def test_merging_by_keyboard(qtbot) -> None:
    dialog = ConflictDialog(conflict())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    merged = dialog.merged["description"]
    merged.setFocus()
    qtbot.keyClick(merged, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(merged, " en hun tekst")
    press(qtbot, dialog.save_merged)
    assert dialog.choice == "merged"
    assert dialog.values() == {"description": "Mijn tekst en hun tekst", "themes": ("wonen",)}


@pytest.fixture
def page(qtbot, services: Services, tmp_path: Path) -> CaseLibraryPage:
    services.cases.create_case("Schulden", "De oorspronkelijke tekst.")
    widget = CaseLibraryPage(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(widget)
    widget.reload()
    widget.show()
    return widget


def type_title(qtbot, page: CaseLibraryPage, text: str) -> None:
    editor = page.editor
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, text)


def test_keep_mine_saves_over_the_other_clients_text(qtbot, page, services, other) -> None:
    case_id = page.editor.case_id
    other.cases.update_case(case_id, title="Titel van de ander")
    seen = when_dialog(qtbot, lambda d: press(qtbot, d.keep_mine))
    type_title(qtbot, page, "Mijn titel")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    assert seen and seen[0].stored["title"] == "Titel van de ander"
    assert services.cases.get_case(case_id).title == "Mijn titel"
    assert page.editor.title_edit.text() == "Mijn titel"
    assert page.editor.info.version == 3


def test_take_stored_shows_the_stored_text_and_a_later_edit_saves_without_asking(
    qtbot, page, services, other
) -> None:
    case_id = page.editor.case_id
    other.cases.update_case(case_id, title="Titel van de ander")
    when_dialog(qtbot, lambda d: press(qtbot, d.take_stored))
    type_title(qtbot, page, "Mijn titel")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    assert page.editor.title_edit.text() == "Titel van de ander"
    assert services.cases.get_case(case_id).title == "Titel van de ander"
    qtbot.keyClicks(page.editor.title_edit, "!")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    assert services.cases.get_case(case_id).title == "Titel van de ander!"


def test_decide_later_keeps_the_text_in_the_form_and_the_write_pending(qtbot, page, services, other) -> None:
    case_id = page.editor.case_id
    other.cases.update_case(case_id, title="Titel van de ander")
    messages = []
    page.autosaver.failed.connect(messages.append)
    when_dialog(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))  # Escape decides later
    type_title(qtbot, page, "Mijn titel")
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)
    assert "intussen" in messages[0]
    assert page.editor.title_edit.text() == "Mijn titel" and page.autosaver.has_pending()
    assert services.cases.get_case(case_id).title == "Titel van de ander"


def test_an_edit_of_another_field_is_no_conflict(qtbot, page, services, other) -> None:
    case_id = page.editor.case_id
    other.cases.update_case(case_id, description="Hun beschrijving.")
    type_title(qtbot, page, "Mijn titel")
    qtbot.waitUntil(lambda: not page.autosaver.has_pending(), timeout=3000)
    stored = services.cases.get_case(case_id)
    assert (stored.title, stored.description) == ("Mijn titel", "Hun beschrijving.")
