"""Starting "Tafel leiden" from the main window, and offering to resume a session that was running when
the program was closed or crashed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from casetafel.services.anonymity import OpenFindingsError
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError, UnconfirmedCaseError
from casetafel.services.facilitation_plan import index_of
from casetafel.services.meetings import ResumableRun


def start_facilitation(
    parent: QWidget | None, services: Services, meeting_id: int | None, settings: QSettings | None = None
):
    """Open the facilitation window for ``session_id``; a refusal is explained in a message box."""
    if meeting_id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("FacilitationLaunch", "Run the table"),
            QCoreApplication.translate("FacilitationLaunch", "First choose a session in the list."),
        )
        return None
    from casetafel.ui.facilitation.window import FacilitationWindow  # loaded when a session starts

    try:
        window = FacilitationWindow(services, meeting_id, settings=settings)
        window.begin()
    except (UnconfirmedCaseError, OpenFindingsError) as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("FacilitationLaunch", "The session cannot start yet"),
            str(error),
        )
        return None
    except ServiceError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FacilitationLaunch", "The session cannot start"), str(error)
        )
        return None
    window.show()
    window.raise_()
    return window


def offer_resume(
    parent: QWidget | None, services: Services, run: ResumableRun, settings: QSettings | None = None
):
    """Ask whether to continue the session of ``run`` where it was; returns the window or None."""
    where = run.step_key
    try:
        steps = services.facilitation.plan(run.meeting_id).steps
        index = index_of(steps, run.step_key)
        if index is None and steps:  # no position saved yet: the session resumes at its first step
            index = 0
        if index is not None:
            step = steps[index]
            where = f"{step.case_code} — {step.name}" if step.case_code else step.name
    except ServiceError:
        pass
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FacilitationLaunch", "Resume the session?"),
        QCoreApplication.translate(
            "FacilitationLaunch", "The session “%1” was still running (at: %2). Continue where you were?"
        )
        .replace("%1", run.title)
        .replace("%2", where),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return start_facilitation(parent, services, run.meeting_id, settings=settings)
