"""The front of the report: the cover (title, Dutch date and time, place, municipality, the prominent
marking and the BOB line), the contents list and the participants by role. Names of participants and of
the facilitator appear only in the confidential variant with names switched on.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Spacer, Table

from casetafel.domain.document import DOCUMENT_STATUS_LABELS, DocumentStatus
from casetafel.report import styles as st
from casetafel.report.data import ReportData
from casetafel.report.layout import PageNumberRef, heading
from casetafel.report.paragraph import Paragraph
from casetafel.report.story import StoryContext, TocEntry, data_table, fractions
from casetafel.report.text import EMPTY, dutch_date_long, dutch_datetime, para, plain

BOB_LINE = "Beeldvorming: op deze bijeenkomst is niets besloten."
BOB_EXPLANATION = (
    "Een casuïstiektafel is beeldvorming. Voorstellen uit dit verslag gaan als \u2018voor oordeelsvorming\u2019 "
    "naar het gewone proces van de raad."
)
CONFIDENTIAL_NOTE = (
    "Vertrouwelijk verslag voor de deelnemers. Bevat casusbeschrijvingen; niet doorsturen, niet publiceren."
)
PUBLIC_NOTE = "Openbare versie: zonder casusbeschrijvingen, aantekeningen en namen; geschikt voor publicatie."

ROLE_ORDER = (
    "raadslid",
    "wethouder",
    "professional",
    "beleidsmedewerker",
    "griffier",
    "gespreksleider",
    "ervaringsdeskundige",
    "overig",
)


def document_kind(data: ReportData) -> str:
    """What the document is: the report of a held session, or the preparation of a planned one."""
    return "Voorbereiding casuïstiektafel" if data.status_code == "gepland" else "Verslag casuïstiektafel"


def municipality_label(name: str) -> str:
    """ "Gemeente Oirschot", unless the name already says "gemeente"."""
    name = name.strip()
    if not name:
        return ""
    return name if name.lower().startswith("gemeente") else f"Gemeente {name}"


def cover(ctx: StoryContext) -> list[Flowable]:
    data, styles = ctx.data, ctx.styles
    marking = "Openbaar" if ctx.public else "Vertrouwelijk"
    colour = st.PUBLIC if ctx.public else st.CONFIDENTIAL
    badge = Table(
        [[Paragraph(marking.upper(), styles.cover_marking)]],
        colWidths=[62 * mm],
        hAlign="LEFT",
        style=st.table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        ),
    )
    info_rows = [
        ("Datum en tijd", dutch_datetime(data.starts_at) or "nog niet gepland"),
        ("Plaats", data.location),
        ("Gemeente", data.municipality),
        ("Werkvorm", data.template_name),
        ("Bijeenkomst", data.status),
    ]
    if data.revised_at is not None:
        info_rows.append(
            (
                "Versie",
                f"herziene versie van {dutch_datetime(data.revised_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))}",
            )
        )
    if ctx.show_names and data.facilitator.strip():
        info_rows.append(("Gespreksleider", data.facilitator))
    info_rows += document_control_rows(data)
    info = Table(
        [
            [Paragraph(para(label), styles.cover_label), Paragraph(para(value) or EMPTY, styles.cover_info)]
            for label, value in info_rows
        ],
        colWidths=[32 * mm, st.FRAME_WIDTH - 32 * mm],
        hAlign="LEFT",
        splitInRow=1,
        style=st.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )
    bob = Table(
        [
            [Paragraph(f"<b>{para(BOB_LINE)}</b>", styles.bob)],
            [Paragraph(para(BOB_EXPLANATION), styles.small)],
            [Paragraph(para(PUBLIC_NOTE if ctx.public else CONFIDENTIAL_NOTE), styles.small)],
        ],
        colWidths=[st.FRAME_WIDTH],
        hAlign="LEFT",
        style=st.table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
            ]
        ),
    )
    generated = dutch_datetime(data.generated_at)
    top: Flowable = badge
    logo = logo_image(ctx.options.logo_path)
    if logo is not None:
        top = Table(
            [[badge, logo]],
            colWidths=[st.FRAME_WIDTH - LOGO_BOX[0], LOGO_BOX[0]],
            hAlign="LEFT",
            style=st.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    *[(side, (0, 0), (-1, -1), 0) for side in PADDINGS],
                ]
            ),
        )
    return [
        top,
        Spacer(1, 34 * mm),
        Paragraph(document_kind(data), styles.cover_kicker),
        Spacer(1, 3 * mm),
        Paragraph(para(data.title) or "Bijeenkomst zonder titel", styles.cover_title),
        Spacer(1, 4 * mm),
        info,
        Spacer(1, 14 * mm),
        bob,
        Spacer(1, 10 * mm),
        Paragraph(para(f"Gemaakt met casetafel op {generated}."), styles.meta),
    ]


LOGO_BOX = (45 * mm, 22 * mm)  # the largest the municipal logo is drawn on the cover
PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")


def document_control_rows(data: ReportData) -> list[tuple[str, str]]:
    """Status, version, adoption, addressee, griffie contact and reference, as cover rows."""
    final = data.doc_status == DocumentStatus.FINAL
    status = DOCUMENT_STATUS_LABELS.get(data.doc_status, data.doc_status)
    if data.doc_version.strip():
        status += f", versie {data.doc_version.strip()}"
    if final and data.adopted_on:
        status += f", vastgesteld door de deelnemers op {dutch_date_long(data.adopted_on)}"
    elif not final:
        status += " (nog niet vastgesteld door de deelnemers)"
    return [
        ("Status verslag", status),
        ("Bestemd voor", data.addressee),
        ("Contact griffie", data.griffie_contact),
        ("Kenmerk", data.reference),
    ]


def logo_image(path: str) -> Flowable | None:
    """The municipal logo scaled into ``LOGO_BOX``, or None when no readable image is set (a report is
    never refused for a logo: the settings check the file when it is chosen)."""
    if not path:
        return None
    try:
        reader = ImageReader(path)
        width, height = reader.getSize()
    except Exception:  # noqa: BLE001 - an unreadable or vanished image leaves the slot empty
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    return Image(path, width * scale, height * scale, hAlign="RIGHT")


def contents(ctx: StoryContext, entries: list[TocEntry]) -> list[Flowable]:
    """The contents list: chapters and cases with the page they start on, linked to them."""
    styles = ctx.styles
    flowables: list[Flowable] = [heading("Inhoud", styles.h1, key="inhoud", outline="Inhoud", level=0)]
    if not entries:
        return flowables
    rows, commands = (
        [],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ],
    )
    for index, entry in enumerate(entries):
        style = styles.toc_0 if entry.level == 0 else styles.toc_1
        number = f"{para(entry.number)}\u2003" if entry.number else ""
        title = f'<a href="#{entry.key}">{number}{para(plain(entry.title, 300))}</a>'
        rows.append([Paragraph(title, style), PageNumberRef(entry.key, style)])
        if entry.level == 0:
            commands.append(("TOPPADDING", (0, index), (-1, index), 7 if index else 1.5))
            commands.append(("LINEBELOW", (0, index), (-1, index), 0.4, st.RULE))
    flowables.append(
        Table(
            rows,
            colWidths=fractions(88, 12),
            hAlign="LEFT",
            repeatRows=0,
            splitInRow=1,
            style=st.table_style(commands),
        )
    )
    return flowables


def _role_rank(role: str) -> tuple[int, str]:
    key = role.strip().lower()
    return (ROLE_ORDER.index(key) if key in ROLE_ORDER else len(ROLE_ORDER), key)


def participant_rows(ctx: StoryContext) -> tuple[tuple[str, ...], list[list[str]], int]:
    """(header, plain rows with a total row, number of people) of the participants table, for the DOCX."""
    people = ctx.data.participants
    by_role: dict[str, list] = defaultdict(list)
    for person in people:
        by_role[person.role.strip() or "Onbekende rol"].append(person)
    header = ("Rol", "Aantal", "Namen") if ctx.show_names else ("Rol", "Aantal", "Partij of organisatie")
    rows = []
    for role in sorted(by_role, key=_role_rank):
        members = by_role[role]
        if ctx.show_names:
            detail = "\n".join(
                (p.name.strip() or "naam niet vermeld") + (f" ({p.party.strip()})" if p.party.strip() else "")
                for p in members
            )
        else:
            detail = ", ".join(sorted({p.party.strip() for p in members if p.party.strip()}, key=str.lower))
        rows.append([role, str(len(members)), detail])
    if rows:
        rows.append(["Totaal", str(len(people)), ""])
    return header, rows, len(people)


def participants(ctx: StoryContext) -> list[Flowable]:
    data, styles = ctx.data, ctx.styles
    flowables = ctx.chapter("Deelnemers", new_page=False)
    people = data.participants
    if not people:
        flowables.append(Paragraph("Er zijn voor deze bijeenkomst geen deelnemers vastgelegd.", styles.body))
        return flowables
    counts = Counter(p.role.strip() or "Onbekende rol" for p in people)
    by_role: dict[str, list] = defaultdict(list)
    for person in people:
        by_role[person.role.strip() or "Onbekende rol"].append(person)
    total = len(people)
    flowables.append(
        Paragraph(
            f"Aan deze bijeenkomst namen {total} {'persoon' if total == 1 else 'mensen'} deel, "
            f"in {len(counts)} {'rol' if len(counts) == 1 else 'rollen'}.",
            styles.body,
        )
    )
    if ctx.show_names:
        header = ("Rol", "Aantal", "Namen")
        widths = fractions(26, 10, 64)
    else:
        header = ("Rol", "Aantal", "Partij of organisatie")
        widths = fractions(30, 10, 60)
    rows = []
    for role in sorted(counts, key=_role_rank):
        members = by_role[role]
        if ctx.show_names:
            lines = []
            for person in members:
                name = para(person.name) if person.name.strip() else "<i>naam niet vermeld</i>"
                lines.append(f"{name} ({para(person.party)})" if person.party.strip() else name)
            detail = Paragraph("<br/>".join(lines), styles.cell)
        else:
            parties = sorted({p.party.strip() for p in members if p.party.strip()}, key=str.lower)
            detail = ctx.cell(", ".join(parties))
        rows.append([ctx.cell(role, bold=True), ctx.number_cell(counts[role]), detail])
    rows.append(
        [ctx.cell("Totaal", bold=True), Paragraph(f"<b>{total}</b>", styles.cell_right), ctx.cell("")]
    )
    table = data_table(header, rows, widths, numeric_columns=(1,))
    table.setStyle(st.table_style([("LINEABOVE", (0, -1), (-1, -1), 0.8, st.ACCENT)]))
    flowables.append(table)
    if not ctx.public and not ctx.show_names:
        flowables.append(Spacer(1, 6))
        flowables.append(Paragraph("Namen zijn op verzoek van de gespreksleider weggelaten.", styles.meta))
    return flowables
