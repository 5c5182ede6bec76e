"""The session report as PDF: ``build_pdf`` puts the cover, contents, participants, case chapters,
synthesis, follow-up list and closing notes together and lays them out in one pass with an embedded font,
a bookmark outline, Dutch metadata without personal names, and the confidential or public variant's rules.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from casetafel.domain.document import DocumentStatus
from casetafel.report import styles as st
from casetafel.report.cases import cases_chapter
from casetafel.report.data import ReportData, ReportOptions, ReportVariant
from casetafel.report.followup import (
    closing_chapters,
    followup_chapter,
    opening_chapter,
    session_items_chapter,
)
from casetafel.report.front import contents, cover, document_kind, municipality_label, participants
from casetafel.report.layout import PageContext, ReportDocTemplate
from casetafel.report.story import StoryContext
from casetafel.report.summary import council_summary
from casetafel.report.synthesis import synthesis_chapter
from casetafel.report.text import dutch_date_long, plain

REPORT_SUBJECT = "Verslag casuïstiektafel"


def build_story(ctx: StoryContext) -> list[Flowable]:
    """All flowables of the report in order; fills ``ctx.toc`` on the way."""
    summary = council_summary(ctx)
    body: list[Flowable] = []
    body += participants(ctx)
    body += opening_chapter(ctx)
    body += list(cases_chapter(ctx))
    if ctx.data.status_code != "gepland":  # a planned session is a preparation: agenda and cases only
        body += session_items_chapter(ctx)
        body += synthesis_chapter(ctx)
        body += followup_chapter(ctx)
        body += closing_chapters(ctx)
    front = [
        *cover(ctx),
        NextPageTemplate("body"),
        PageBreak(),
        *summary,
        PageBreak(),
        *contents(ctx, ctx.toc),
    ]
    return front + body


def page_context(data: ReportData, options: ReportOptions) -> PageContext:
    public = options.variant == ReportVariant.PUBLIC
    municipality = plain(municipality_label(data.municipality), 60)
    day = dutch_date_long(data.starts_at.date()) if data.starts_at else ""
    return PageContext(
        title=plain(data.title) or REPORT_SUBJECT,
        date_line=day,
        marking="Openbaar" if public else "Vertrouwelijk",
        marking_color=st.PUBLIC if public else st.CONFIDENTIAL,
        footer_note=" \u00b7 ".join(part for part in (document_kind(data), municipality) if part),
        concept=data.doc_status != DocumentStatus.FINAL,
    )


def document_metadata(data: ReportData, options: ReportOptions) -> dict[str, str]:
    """Title, author (the municipality, not the program), subject and keywords that say what this is."""
    public = options.variant == ReportVariant.PUBLIC
    variant = "openbare versie" if public else "vertrouwelijke versie"
    status = "definitief" if data.doc_status == DocumentStatus.FINAL else "concept"
    subject = f"{document_kind(data)} (beeldvorming), {variant}, {status}"
    keywords = ["casuïstiektafel", "beeldvorming", "verslag", "gemeenteraad", variant, status]
    keywords += [part for part in (plain(data.reference, 80), plain(data.addressee, 80)) if part]
    return {
        "title": plain(data.title, 200) or REPORT_SUBJECT,
        "author": plain(municipality_label(data.municipality), 80) or "Griffie",
        "subject": subject,
        "keywords": ", ".join(keywords),
    }


def build_pdf(
    data: ReportData,
    options: ReportOptions,
    out: str | os.PathLike | BinaryIO,
    *,
    progress: Callable[[int, int], None] | None = None,
    invariant: bool = False,
) -> int:
    """Write the session report as PDF to a path or binary stream and return its number of pages.

    ``progress(done, total)`` is called while the pages are laid out (once per chapter and per case, and
    at the end with ``done == total``); ``invariant`` makes the output byte-for-byte reproducible.
    """
    ctx = StoryContext(data, options)
    story = build_story(ctx)
    doc = ReportDocTemplate(
        out,
        context=page_context(data, options),
        metadata=document_metadata(data, options),
        progress=progress,
        progress_total=len(ctx.toc) + 2,  # chapters and cases, the contents page, and writing the file
        invariant=invariant,
    )
    if progress is not None:
        progress(0, doc.progress_total)
    pages = doc.build_story(story)
    doc.report_progress(finished=True)
    return pages
