"""Paragraph and table styles, colours and page geometry of the session report, made once per process.
All styles use the embedded family from ``fonts``; headings keep with the content that follows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from casetafel.report.fonts import register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
ACCENT = colors.HexColor("#1f4e79")
ACCENT_LIGHT = colors.HexColor("#e8eef5")
RULE = colors.HexColor("#c5ced8")
ZEBRA = colors.HexColor("#f5f7f9")
CONFIDENTIAL = colors.HexColor("#a4161a")
PUBLIC = colors.HexColor("#1b6e3a")
CHART_BAR = colors.HexColor("#4a7db3")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    bullet_meta: ParagraphStyle
    question: ParagraphStyle
    question_meta: ParagraphStyle
    answer: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    h4: ParagraphStyle
    phase: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_marking: ParagraphStyle
    cover_info: ParagraphStyle
    cover_label: ParagraphStyle
    bob: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    toc_0: ParagraphStyle
    toc_1: ParagraphStyle


CELL_SIZE = 9.0  # table cells hold the decisive fields (council role, addressee, owner, due date): >= 9 pt
CELL_LEADING = 11.5


def dutch_hyphenation():
    """A hyphenator for reportlab's paragraphs (a word -> (head, tail) pairs callable) with the Dutch
    dictionary of pyphen, so narrow table cells break "agenda-|commissie" with a hyphen; None (no
    hyphenation, long words split as before) when pyphen is not installed."""
    try:
        import pyphen
    except ImportError:  # pragma: no cover - pyphen is a dependency
        return None
    dictionary = pyphen.Pyphen(lang="nl_NL")

    @lru_cache(maxsize=4096)
    def pairs(word: str) -> tuple[tuple[str, str], ...]:
        return tuple(dictionary.iterate(word))

    return pairs


@lru_cache(maxsize=1)
def get_styles() -> Styles:
    """The report's paragraph styles (built once; reportlab styles are not mutated while building)."""
    fonts = register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=5,
        splitLongWords=1,
        alignment=TA_LEFT,
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **overrides) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **overrides)

    hyphenate = {"hyphenationLang": dutch_hyphenation(), "hyphenationMinWordLength": 7}
    heading = {"textColor": ACCENT, "keepWithNext": 1, "allowWidows": 1, "allowOrphans": 1}
    minor = {**heading, "keepWithNext": 0}  # minor headings keep their space with layout.minor_heading
    return Styles(
        body=base,
        small=derive("small", fontSize=8.5, leading=11.5),
        meta=derive("meta", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0),
        note=derive("note", fontName=fonts.italic, fontSize=9, leading=12.5, textColor=MUTED),
        bullet=derive("bullet", leftIndent=11, bulletIndent=1, bulletFontName=fonts.regular, spaceAfter=1),
        bullet_meta=derive(
            "bullet_meta", fontSize=7.5, leading=10, textColor=MUTED, leftIndent=11, spaceAfter=5
        ),
        question=derive("question", leftIndent=22, bulletIndent=0, bulletFontName=fonts.bold, spaceAfter=1),
        question_meta=derive(  # council role, addressee, owner, due date: at least 9 pt, contrast 5.9:1
            "question_meta", fontSize=9, leading=12, textColor=MUTED, leftIndent=22, spaceAfter=0
        ),
        answer=derive("answer", leftIndent=22, fontSize=9, leading=12.5, spaceBefore=3, spaceAfter=0),
        h1=derive(
            "h1", fontName=fonts.bold, fontSize=17, leading=21, spaceBefore=18, spaceAfter=10, **heading
        ),
        h2=derive(
            "h2", fontName=fonts.bold, fontSize=13, leading=16.5, spaceBefore=16, spaceAfter=6, **heading
        ),
        h3=derive(
            "h3", fontName=fonts.bold, fontSize=10.5, leading=13.5, spaceBefore=8, spaceAfter=4, **minor
        ),
        h4=derive(
            "h4",
            fontName=fonts.bold_italic,
            fontSize=9,
            leading=12,
            spaceBefore=3,
            spaceAfter=3,
            **{**heading, "textColor": MUTED, "keepWithNext": 0},
        ),
        phase=derive(
            "phase",
            fontName=fonts.italic,
            fontSize=8,
            leading=10.5,
            textColor=MUTED,
            spaceBefore=1,
            spaceAfter=2,
            leftIndent=11,
        ),
        cover_kicker=derive("cover_kicker", fontName=fonts.bold, fontSize=11, leading=14, textColor=MUTED),
        cover_title=derive(
            "cover_title", fontName=fonts.bold, fontSize=26, leading=31, textColor=ACCENT, spaceAfter=14
        ),
        cover_marking=derive(
            "cover_marking", fontName=fonts.bold, fontSize=15, leading=18, textColor=colors.white
        ),
        cover_info=derive("cover_info", fontSize=11, leading=15, spaceAfter=0),
        cover_label=derive("cover_label", fontSize=9, leading=15, textColor=MUTED, spaceAfter=0),
        bob=derive("bob", fontSize=10, leading=14, spaceAfter=0),
        cell=derive("cell", fontSize=CELL_SIZE, leading=CELL_LEADING, spaceAfter=0, **hyphenate),
        cell_bold=derive(
            "cell_bold",
            fontName=fonts.bold,
            fontSize=CELL_SIZE,
            leading=CELL_LEADING,
            spaceAfter=0,
            **hyphenate,
        ),
        cell_right=derive(
            "cell_right", fontSize=CELL_SIZE, leading=CELL_LEADING, spaceAfter=0, alignment=TA_RIGHT
        ),
        cell_head=derive(
            "cell_head", fontName=fonts.bold, fontSize=8, leading=10.5, spaceAfter=0, textColor=colors.white
        ),
        cell_head_right=derive(
            "cell_head_right",
            fontName=fonts.bold,
            fontSize=8,
            leading=10.5,
            spaceAfter=0,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        toc_0=derive("toc_0", fontName=fonts.bold, fontSize=10.5, leading=14, spaceAfter=0),
        toc_1=derive("toc_1", fontSize=9.5, leading=12.5, spaceAfter=0, leftIndent=14),
    )


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle on the embedded font (reportlab sets a cell font even for Paragraph cells, and its
    default Helvetica would end up in the PDF as a font that is not embedded)."""
    fonts = register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular), *commands])


def data_table_style(
    *, header: bool = True, numeric_columns: tuple[int, ...] = (), bold_first_column: bool = False
) -> TableStyle:
    """The look of every data table: a coloured header row, light zebra rows, thin rules. Plain string
    cells (numbers, dates, the report's own labels) are drawn in the cell font, much faster than
    Paragraph cells."""
    fonts = register_fonts()
    commands: list[tuple] = [
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA]),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    for column in numeric_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if bold_first_column:
        commands.append(("FONTNAME", (0, 1 if header else 0), (0, -1), fonts.bold))
    return table_style(commands)
