"""The Word building blocks of the DOCX report: opening the municipality's template (.docx or .dotx) or
python-docx's plain one, the document language and core properties, real heading styles, tables whose
header row repeats on every page, page fields in the footer, and chart images with alternative text.
Every text goes in as a run's plain text (never as markup); characters XML cannot hold are dropped.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import SubElement

from casetafel.report.text import clean

LANGUAGE = "nl-NL"
W_R, W_RPR, W_B, W_COLOR, W_BR, W_T, W_VAL = (
    qn(f"w:{tag}") for tag in ("r", "rPr", "b", "color", "br", "t", "val")
)
# The elements that come before w:autoHyphenation in w:settings (the schema's order; Word insists on it).
SETTINGS_BEFORE_HYPHENATION = {
    qn(f"w:{tag}")
    for tag in [
        "writeProtection",
        "view",
        "zoom",
        "removePersonalInformation",
        "removeDateAndTime",
        "doNotDisplayPageBoundaries",
        "displayBackgroundShape",
        "printPostScriptOverText",
        "printFractionalCharacterWidth",
        "printFormsData",
        "embedTrueTypeFonts",
        "embedSystemFonts",
        "saveSubsetFonts",
        "saveFormsData",
        "mirrorMargins",
        "alignBordersAndEdges",
        "bordersDoNotSurroundHeader",
        "bordersDoNotSurroundFooter",
        "gutterAtTop",
        "hideSpellingErrors",
        "hideGrammaticalErrors",
        "activeWritingStyle",
        "proofState",
        "formsDesign",
        "attachedTemplate",
        "linkStyles",
        "stylePaneFormatFilter",
        "stylePaneSortMethod",
        "documentType",
        "mailMerge",
        "revisionView",
        "trackRevisions",
        "doNotTrackMoves",
        "doNotTrackFormatting",
        "documentProtection",
        "autoFormatOverride",
        "styleLockTheme",
        "styleLockQFSet",
        "defaultTabStop",
    ]
}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x5B, 0x66, 0x73)
CONFIDENTIAL = RGBColor(0xA4, 0x16, 0x1A)
PUBLIC = RGBColor(0x1B, 0x6E, 0x3A)


class TemplateError(ValueError):
    """The Word template cannot be used (the message is one Dutch sentence)."""


def open_document(template: str | None) -> DocxDocument:
    """A new document on the municipality's template (its styles, header and footer; its body text is
    removed) or, without one, on python-docx's plain built-in template."""
    if not template:
        document = Document()
        for section in document.sections:  # python-docx's own template is US Letter
            section.page_width, section.page_height = Mm(210), Mm(297)
            section.left_margin = section.right_margin = Mm(22)
            section.top_margin = section.bottom_margin = Mm(20)
        return document
    path = Path(template)
    try:
        raw = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise TemplateError(f"{path.name} is geen Word-sjabloon.")
            content_types = archive.read("[Content_Types].xml")
            if TEMPLATE_TYPE in content_types:  # a .dotx: open it as the document it becomes
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
                    for item in archive.infolist():
                        data = archive.read(item.filename)
                        if item.filename == "[Content_Types].xml":
                            data = data.replace(TEMPLATE_TYPE, DOCUMENT_TYPE)
                        out.writestr(item, data)
                raw = buffer.getvalue()
        document = Document(io.BytesIO(raw))
    except TemplateError:
        raise
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TemplateError(f"Het Word-sjabloon {path.name} kan niet worden gebruikt.") from error
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def set_language(document: DocxDocument) -> None:
    """Dutch (nl-NL) as the language of every text, in the document defaults and the properties."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    document.core_properties.language = LANGUAGE
    settings = document.settings.element
    if settings.find(qn("w:autoHyphenation")) is None:  # Word hyphenates Dutch words in narrow cells
        before = [index for index, child in enumerate(settings) if child.tag in SETTINGS_BEFORE_HYPHENATION]
        settings.insert(before[-1] + 1 if before else 0, OxmlElement("w:autoHyphenation"))


def heading_style(document: DocxDocument, level: int) -> str:
    """The name of the real heading style of ``level`` (0 = Title), made when the template lacks it."""
    name = "Title" if level == 0 else f"Heading {level}"
    try:
        document.styles[name]
        return name
    except KeyError:
        pass
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.bold = True
    style.font.size = Pt({0: 24, 1: 16, 2: 13, 3: 11}.get(level, 11))
    style.paragraph_format.keep_with_next = True
    if level:
        ppr = style.element.get_or_add_pPr()
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), str(level - 1))
        ppr.append(outline)
    return name


def optional_style(document: DocxDocument, name: str) -> str | None:
    """``name`` if the document has that style, else None (the default style is used)."""
    try:
        document.styles[name]
    except KeyError:
        return None
    return name


def text(value: str | None) -> str:
    """User text that XML can hold (control characters dropped; newlines kept as line breaks)."""
    return clean(value).replace("\r", "")


def add_runs(paragraph: Paragraph, parts: list[tuple[str, bool]], *, colour: RGBColor | None = None) -> None:
    """(text, bold) runs appended to ``paragraph``; a newline becomes a line break. The run elements are
    made directly (python-docx's run text setter goes character by character, too slow for big reports)."""
    for value, bold in parts:
        append_run(paragraph._p, text(value), bold=bold, colour=colour)


def append_run(parent, value: str, *, bold: bool = False, colour: RGBColor | None = None) -> None:
    run = SubElement(parent, W_R)
    if bold or colour is not None:
        properties = SubElement(run, W_RPR)
        if bold:
            SubElement(properties, W_B)
        if colour is not None:
            SubElement(properties, W_COLOR).set(W_VAL, str(colour))
    for index, line in enumerate(value.split("\n")):
        if index:
            SubElement(run, W_BR)
        if line:
            element = SubElement(run, W_T)
            element.text = line
            if line != line.strip():
                element.set(XML_SPACE, "preserve")


def repeat_header(table: Table) -> None:
    """Mark the first row as the header row that Word repeats on every page (and reads as header)."""
    trpr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def data_table(
    document: DocxDocument,
    header: tuple[str, ...],
    rows: list[list[str]],
    *,
    widths: tuple[float, ...] = (),
    usable: int | None = None,
) -> Table:
    """A table with a bold header row that repeats on every page, rows that do not split, plain texts."""
    table = document.add_table(rows=1, cols=len(header))
    style = optional_style(document, "Table Grid")
    if style:
        table.style = style
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        paragraph = cell.paragraphs[0]
        add_runs(paragraph, [(label, True)])
    repeat_header(table)
    for values in rows:
        row = table.add_row()
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
        for cell, value in zip(row.cells, values, strict=True):
            append_run(cell.paragraphs[0]._p, text(value) or "\u2014")
    if widths:
        if usable is None:
            section = document.sections[-1]
            usable = section.page_width - section.left_margin - section.right_margin
        set_widths(table, [int(usable * part / sum(widths)) for part in widths])
    return table


def set_widths(table: Table, widths: list[int]) -> None:
    """Fixed column widths (EMU) on the grid, every cell and the table, so Word and LibreOffice keep them."""
    table.autofit = False  # a fixed layout
    properties = table._tbl.tblPr
    width = properties.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        properties.append(width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(widths) // 635))
    for column, value in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = value
    for row in table._tbl.tr_lst:
        for cell, value in zip(row.tc_lst, widths, strict=False):
            cell.width = value


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the document out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    value = OxmlElement("w:t")
    value.text = placeholder
    run.append(value)
    field.append(run)
    paragraph._p.append(field)


def page_break(document: DocxDocument) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def picture_with_alt_text(document: DocxDocument, png: bytes, width, alt_text: str) -> None:
    """A chart image with its alternative text (what a screen reader says), as title and description."""
    document.add_picture(io.BytesIO(png), width=width)
    picture_alt(document, alt_text)


def picture_alt(document: DocxDocument, alt_text: str) -> None:
    """Alternative text for the picture just added (the last paragraph)."""
    for properties in document.paragraphs[-1]._p.xpath(".//wp:docPr"):
        properties.set("descr", text(alt_text))
        properties.set("title", text(alt_text)[:120])
