"""The sessions and cases pages of the main window: a sortable list with a read-only detail pane."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casetafel.domain.vocabulary import Vocabulary
from casetafel.services.container import Services
from casetafel.ui.list_models import (
    SESSION_STATUS_TEXT,
    SORT_ROLE,
    CaseListModel,
    SessionListModel,
    _RowsModel,
)


def _paragraphs(text: str) -> str:
    """User text as HTML paragraphs: escaped, never interpreted as markup."""
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n") if part.strip())


class _ListPage(QWidget):
    """A table of rows on the left and the selected row's details on the right."""

    selection_changed = Signal(int)

    def __init__(self, services: Services, model: _RowsModel, name: str, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(name)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Details"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row()).id

    def reload(self) -> None:
        keep = self.selected_id()
        self.model.set_rows(self.load_rows())
        row = self.model.row_of_id(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        else:
            self.detail.setHtml(self.empty_html())

    def _on_current_changed(self, current, _previous) -> None:
        if not current.isValid():
            self.detail.setHtml(self.empty_html())
            return
        ident = self.model.row_at(self.proxy.mapToSource(current).row()).id
        self.detail.setHtml(self.detail_html(ident))
        self.selection_changed.emit(ident)

    def load_rows(self) -> list:
        raise NotImplementedError

    def detail_html(self, ident: int) -> str:
        raise NotImplementedError

    def empty_html(self) -> str:
        raise NotImplementedError


class SessionsPage(_ListPage):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(services, SessionListModel(), "", parent)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def load_rows(self) -> list:
        return self.services.sessions.list_sessions()

    def empty_html(self) -> str:
        return "<p>" + escape(self.tr("No sessions yet. Try ‘casetafel demo’ for example data.")) + "</p>"

    def detail_html(self, ident: int) -> str:
        info = self.services.sessions.get_session(ident)
        roles = self.services.taxonomy.labels(Vocabulary.PARTICIPANT_ROLE)
        when = info.starts_at.strftime("%d-%m-%Y %H:%M") if info.starts_at else self.tr("no date yet")
        status = QCoreApplication.translate("ListModels", SESSION_STATUS_TEXT.get(info.status, info.status))
        rows = [
            (self.tr("Date"), when),
            (self.tr("Location"), info.location),
            (self.tr("Municipality"), info.municipality),
            (self.tr("Facilitator"), info.facilitator),
            (self.tr("Status"), status),
        ]
        html = [f"<h2>{escape(info.title)}</h2><table cellpadding='3'>"]
        html += [f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows if v]
        html.append("</table>")
        participants_heading = self.tr("Participants")
        html.append(f"<h3>{escape(participants_heading)} ({len(info.participants)})</h3><ul>")
        for p in info.participants:
            extra = ", ".join(x for x in (p.name, p.party) if x)
            role = roles.get(p.role, p.role)
            html.append(f"<li>{escape(role)}{' — ' + escape(extra) if extra else ''}</li>")
        agenda_heading = self.tr("Agenda")
        html.append(f"</ul><h3>{escape(agenda_heading)} ({len(info.agenda)})</h3><ol>")
        for item in info.agenda:
            mark = (
                "" if item.anonymisation_confirmed else " ⚠ " + escape(self.tr("anonymisation not confirmed"))
            )
            html.append(f"<li>{escape(item.case_code)} — {escape(item.case_title)}{mark}</li>")
        html.append("</ol>")
        return "".join(html)


class CasesPage(_ListPage):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(services, CaseListModel(), "", parent)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def load_rows(self) -> list:
        return self.services.cases.list_cases()

    def empty_html(self) -> str:
        return "<p>" + escape(self.tr("No cases yet.")) + "</p>"

    def detail_html(self, ident: int) -> str:
        info = self.services.cases.get_case(ident)
        labels = self.services.taxonomy.all_labels()

        def names(vocabulary: Vocabulary, codes) -> str:
            return ", ".join(labels.get(vocabulary.value, {}).get(c, c) for c in codes)

        if info.anonymisation_confirmed:
            when = info.anonymisation_confirmed_at.strftime("%d-%m-%Y")
            anonymisation = (
                self.tr("confirmed by %1 on %2")
                .replace("%1", info.anonymisation_confirmed_by)
                .replace("%2", when)
            )
        else:
            anonymisation = self.tr("not confirmed")
        rows = [
            (self.tr("Domains"), names(Vocabulary.DOMAIN, info.domains)),
            (self.tr("Themes"), names(Vocabulary.THEME, info.themes)),
            (self.tr("Life areas"), names(Vocabulary.LIFE_AREA, info.life_areas)),
            (self.tr("Age band"), names(Vocabulary.AGE_BAND, [info.age_band] if info.age_band else [])),
            (
                self.tr("Household"),
                names(Vocabulary.HOUSEHOLD_TYPE, [info.household_type] if info.household_type else []),
            ),
            (
                self.tr("Presented by"),
                names(Vocabulary.PARTICIPANT_ROLE, [info.presenter_role] if info.presenter_role else []),
            ),
            (self.tr("Anonymisation"), anonymisation),
        ]
        html = [f"<h2>{escape(info.code)} — {escape(info.title)}</h2><table cellpadding='3'>"]
        html += [f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows if v]
        html.append("</table>")
        html.append(_paragraphs(info.description))
        return "".join(html)
