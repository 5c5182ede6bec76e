"""The anonymisation part of the case editor: the status line with "Anonimisering bevestigen", the live
check of the description and the findings panel, and what their buttons do.

Replacements go through the editor (one undo step each, autosaved like any edit); waivers and local
place names go straight to the services. Confirming is possible only when every finding is replaced or
waived, and the service checks the text once more. The wording speaks of a lower risk of recognition,
never of guaranteed anonymity.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from casetafel.anonymisation import Category, replace_all, replace_finding
from casetafel.anonymisation.pseudonyms import NameStyle, styled_placeholder, with_placeholder
from casetafel.services.errors import ServiceError
from casetafel.services.pseudonyms import case_scope
from casetafel.ui.cases.findings_highlighter import CheckedFinding, FindingsHighlighter, category_label
from casetafel.ui.cases.findings_panel import FindingsPanel
from casetafel.ui.cases.placeholder_style import PlaceholderStyleBox
from casetafel.ui.cases.waiver_dialog import WaiverDialog

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance

    from casetafel.services.cases import CaseInfo
    from casetafel.services.container import Services
    from casetafel.ui.cases.description import DescriptionEditor


class GuardedEditor(Protocol):
    """What the guard uses of the case editor that owns it (the editor imports the guard, not back)."""

    services: Services
    settings: QSettings | None
    description: DescriptionEditor
    case_changed: SignalInstance
    info: CaseInfo | None

    @property
    def case_id(self) -> int | None: ...

    def replace_description(self, text: str, what: str) -> None: ...


CONFIRMER_KEY = "case_editor/confirmer"


def local_time(moment: datetime) -> datetime:
    """A stored UTC moment (naive) in the computer's time zone."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class AnonymisationGuard(QObject):
    def __init__(self, editor: GuardedEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.services = editor.services
        self.confirmer = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.confirm_button = QPushButton(QCoreApplication.translate("CaseEditor", "&Confirm anonymisation…"))
        self.revoke_button = QPushButton(QCoreApplication.translate("CaseEditor", "Revo&ke confirmation"))
        self.bar = QFrame()
        self.bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.bar)
        row.addWidget(self.label, 1)
        row.addWidget(self.confirm_button)
        row.addWidget(self.revoke_button)
        self.highlighter = FindingsHighlighter(editor.description.text_edit, self)
        self.panel = FindingsPanel()
        self.style_box = PlaceholderStyleBox(editor.settings)
        self.panel.layout().addWidget(self.style_box)

        self.confirm_button.clicked.connect(self.confirm)
        self.revoke_button.clicked.connect(self.revoke)
        self.highlighter.checked.connect(self._on_checked)
        self.panel.chosen.connect(self.highlighter.set_current)
        self.panel.replace_requested.connect(self.replace)
        self.panel.replace_all_requested.connect(self.replace_everywhere)
        self.panel.waive_requested.connect(self.waive)
        self.panel.unwaive_requested.connect(self.unwaive)
        self.panel.place_requested.connect(lambda: self.add_place(""))
        editor.description.text_edit.place_name_requested.connect(self.add_place)

    # -- state ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """A case was loaded: check its text with its waivers and the current local place names."""
        info = self.editor.info
        waivers = info.anonymisation_waivers if info else ()
        self.highlighter.set_context(waivers, self.services.cases.local_places() if info else ())
        self.highlighter.current = None
        self.highlighter.run_now()

    def _on_checked(self, result) -> None:
        self.panel.show_result(result)
        self.refresh()

    def refresh(self) -> None:
        """The status line, and whether confirming is possible (with a tooltip that says why not)."""
        info = self.editor.info
        has_text = bool(self.editor.description.text().strip())
        open_count = self.highlighter.result.open_count
        confirmed = info is not None and info.anonymisation_confirmed
        if confirmed and open_count:
            text = (
                self.tr("⚠ Confirmed by %1, but the text now holds %2 open findings: replace or ignore each one before the case is shown or exported")
                .replace("%1", info.anonymisation_confirmed_by)
                .replace("%2", str(open_count))
            )  # fmt: skip
        elif confirmed:
            when = local_time(info.anonymisation_confirmed_at).strftime("%d-%m-%Y %H:%M")
            text = (
                QCoreApplication.translate("CaseEditor", "✔ Anonymisation confirmed by %1 on %2")
                .replace("%1", info.anonymisation_confirmed_by)
                .replace("%2", when)
            )
        elif has_text and open_count:
            text = self.tr("⚠ Not confirmed: %1 possible identifiers are still open (see the list)").replace(
                "%1", str(open_count)
            )
        elif has_text:
            text = QCoreApplication.translate(
                "CaseEditor", "⚠ Anonymisation not confirmed: check the text for names and details"
            )
        else:
            text = QCoreApplication.translate(
                "CaseEditor", "⚠ Anonymisation not confirmed; write the description first"
            )
        self.label.setText(text)
        if not has_text:
            why = self.tr("Write the description first.")
        elif confirmed:
            why = self.tr("The anonymisation of this text is confirmed.")
        elif open_count:
            why = self.tr(
                "Not yet possible: %1 possible identifiers are still open. Replace each one, or ignore it with a reason."
            ).replace("%1", str(open_count))
        else:
            why = self.tr(
                "Confirm that you read the text yourself. The check lowers the risk of recognition but does not catch everything."
            )
        self.confirm_button.setEnabled(info is not None and has_text and not confirmed and not open_count)
        self.confirm_button.setToolTip(why)
        self.confirm_button.setAccessibleDescription(why)
        self.revoke_button.setEnabled(confirmed)

    def _show_info(self, info) -> None:
        """A service call changed the case (waivers, confirmation): show it and check again."""
        self.editor.info = info
        self.highlighter.set_context(info.anonymisation_waivers, self.highlighter.local_places)
        self.highlighter.run_now()
        self.editor.case_changed.emit(info)

    def _call(self, change):
        try:
            return change()
        except ServiceError as error:
            QMessageBox.warning(
                self.editor, QCoreApplication.translate("CaseEditor", "Anonymisation"), str(error)
            )
            return None

    # -- replacing --------------------------------------------------------------------------------
    def replace(self, item: CheckedFinding) -> None:
        self._replace(item, replace_finding, self.tr("replacement of ‘%1’"))

    def replace_everywhere(self, item: CheckedFinding) -> None:
        self._replace(item, replace_all, self.tr("replacement of every ‘%1’"))

    def _replace(self, item: CheckedFinding, how, what: str) -> None:
        fresh = self._fresh(item)
        if self.editor.case_id is None or fresh is None:
            return
        text = self.editor.description.text()
        try:
            changed = how(text, self._styled(text, fresh.finding))
        except ValueError:
            self.highlighter.run_now()
            return
        self.editor.replace_description(changed, what.replace("%1", fresh.finding.text))
        self.highlighter.run_now()
        self.highlighter.set_current(self.panel.current())

    def _styled(self, text: str, finding):
        """``finding`` with the placeholder of the chosen style (an initial kept per person and case)."""
        style = self.style_box.style()
        letter = ""
        if finding.category is Category.NAAM and style.names is NameStyle.INITIAL:
            case_id = self.editor.case_id
            letter = self._call(
                lambda: self.services.pseudonyms.letter_for(case_scope(case_id), finding.text, [text])
            )
            if letter is None:
                return finding
        return with_placeholder(finding, styled_placeholder(text, finding, style, letter))

    def _fresh(self, item: CheckedFinding) -> CheckedFinding | None:
        """``item`` in a check of the text as it is now (typed into since the last check, if need be):
        the same occurrence of the same text and category."""
        if self.editor.description.text() == self.highlighter.result.text:
            return item
        key = (item.finding.category, item.finding.text)
        same = [
            i.finding for i in self.highlighter.result.items if (i.finding.category, i.finding.text) == key
        ]
        ordinal = same.index(item.finding) if item.finding in same else 0
        now = self.highlighter.run_now()
        same_now = [i for i in now.items if (i.finding.category, i.finding.text) == key]
        return same_now[ordinal] if ordinal < len(same_now) else None

    # -- waivers and place names ------------------------------------------------------------------
    def waive(self, item: CheckedFinding) -> None:
        case_id = self.editor.case_id
        if case_id is None:
            return
        finding = item.finding
        answer = WaiverDialog.ask(
            self.editor, category_label(finding.category), finding.text, self.who_default()
        )
        if answer is None:
            return
        reason, who = answer
        self.remember(who)
        info = self._call(
            lambda: self.services.cases.waive_finding(
                case_id, str(finding.category), finding.text, reason, who
            )
        )
        if info is not None:
            self._show_info(info)

    def unwaive(self, item: CheckedFinding) -> None:
        case_id, waiver = self.editor.case_id, item.waiver
        if case_id is None or waiver is None:
            return
        info = self._call(lambda: self.services.cases.remove_waiver(case_id, waiver.category, waiver.text))
        if info is not None:
            self._show_info(info)

    def add_place(self, word: str) -> None:
        """Add ``word`` (or the word selected in the text) to the municipality's place names."""
        word = word or self.editor.description.text_edit.word_for_place()
        if not word:
            QMessageBox.information(
                self.editor,
                self.tr("Place names"),
                self.tr("Select the place name in the text first, then choose this again."),
            )
            return
        if self._call(lambda: self.services.cases.add_local_place(word)) is not None:
            self.highlighter.set_context(self.highlighter.waivers, self.services.cases.local_places())
            self.highlighter.run_now()

    # -- confirming -------------------------------------------------------------------------------
    def who_default(self) -> str:
        settings = self.editor.settings
        remembered = str(settings.value(CONFIRMER_KEY, "")) if settings is not None else ""
        return self.confirmer or remembered or QCoreApplication.translate("CaseEditor", "Facilitator")

    def remember(self, who: str) -> None:
        self.confirmer = who.strip()
        if self.editor.settings is not None and self.confirmer:
            self.editor.settings.setValue(CONFIRMER_KEY, self.confirmer)

    def confirm(self) -> None:
        editor = self.editor
        if editor.case_id is None or not editor.autosaver.flush():
            return
        if not editor.description.text().strip() or self.highlighter.run_now().open_count:
            return
        if not self.confirmer:
            who, ok = QInputDialog.getText(
                editor,
                QCoreApplication.translate("CaseEditor", "Confirm anonymisation"),
                QCoreApplication.translate(
                    "CaseEditor", "Who confirms? Your role or name is stored with the confirmation:"
                ),
                QLineEdit.EchoMode.Normal,
                self.who_default(),
            )
            if not ok or not who.strip():
                return
            self.remember(who)
        case_id = editor.case_id
        info = self._call(lambda: self.services.cases.confirm_anonymisation(case_id, self.confirmer))
        if info is not None:
            self._show_info(info)

    def revoke(self) -> None:
        case_id = self.editor.case_id
        if case_id is not None:
            info = self._call(lambda: self.services.cases.revoke_anonymisation(case_id))
            if info is not None:
                self._show_info(info)
