"""The "Samenvatting voor de raad" right after the cover: in plain language (B1), what stood out (the most
recurring barriers with their domains), the governance questions grouped per council role with
addressee, instrument, route and owner, and what the council is asked to do ("ter kennisname" or "voor
oordeelsvorming"). One or two pages; questions are listed in tables per role, never one to a page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from casetafel.report.cases import Numbered, numbered_questions
from casetafel.report.layout import TABLE_FOLLOW, heading, minor_heading
from casetafel.report.paragraph import Paragraph
from casetafel.report.story import StoryContext, TocEntry, data_table, fractions
from casetafel.report.synthesis import domain_counts
from casetafel.report.text import dutch_date_long, para

SUMMARY_TITLE = "Samenvatting voor de raad"
SUMMARY_KEY = "samenvatting"
MAX_FINDINGS = 5
ROLE_ORDER = ("kaderstellend", "controlerend", "volksvertegenwoordigend")
ROLE_EXPLANATION = {
    "kaderstellend": "De raad stelt de kaders: wat wil de gemeente bereiken, met welk geld en welke regels.",
    "controlerend": "De raad controleert of het college doet wat is afgesproken, en of het werkt.",
    "volksvertegenwoordigend": "De raad vertegenwoordigt de inwoners: hun ervaringen horen in het debat.",
}
NO_ROLE = "Zonder raadsrol"
# Instruments that ask the council to form an opinion (the rest is for information).
FOR_OPINION = ("agendering", "motie_idee")


def role_key(question) -> str:
    code = (question.council_role_code or question.council_role).strip().lower()
    return code


def for_opinion(question) -> bool:
    code = (question.instrument_code or question.instrument).strip().lower().replace("-", "_")
    return code in FOR_OPINION


def council_summary(ctx: StoryContext) -> list[Flowable]:
    """The summary chapter (unnumbered, in the contents and the bookmarks)."""
    data, styles = ctx.data, ctx.styles
    ctx.toc.append(TocEntry(0, "", SUMMARY_TITLE, SUMMARY_KEY))
    flowables: list[Flowable] = [
        heading(para(SUMMARY_TITLE), styles.h1, key=SUMMARY_KEY, outline=SUMMARY_TITLE, level=0)
    ]
    cases, people = len(data.cases), len(data.participants)
    day = dutch_date_long(data.starts_at.date()) if data.starts_at else ""
    if data.status_code == "gepland":
        flowables.append(
            Paragraph(
                f"Deze bijeenkomst is nog niet gehouden{f' (gepland op {day})' if day else ''}. Dit document "
                f"is de voorbereiding: de agenda met {cases} {'casus' if cases == 1 else 'casussen'}. Er zijn "
                "nog geen bevindingen of vragen.",
                styles.body,
            )
        )
        return flowables
    when = f"Op {day}" if day else "Tijdens deze bijeenkomst"
    flowables.append(
        Paragraph(
            f"{when} spraken {people} {'deelnemer' if people == 1 else 'deelnemers'} over {cases} "
            f"{'casus' if cases == 1 else 'casussen'} uit de praktijk. Het doel was beeldvorming: de raad "
            "kijkt mee en leert, er is niets besloten. Hieronder staat wat opviel, welke vragen de raad "
            "kan stellen en wat de raad nu wordt gevraagd.",
            styles.body,
        )
    )
    flowables += _findings(ctx)
    questions = numbered_questions(data)
    flowables += _questions_per_role(ctx, questions)
    flowables += _asked(ctx, questions)
    return flowables


def _findings(ctx: StoryContext) -> list[Flowable]:
    styles = ctx.styles
    flowables = minor_heading("Wat opviel", styles.h3)
    ranked = sorted(
        (
            (domain, c)
            for domain, c in domain_counts(ctx.data).items()
            if c.barriers and not domain.startswith("(")
        ),
        key=lambda t: (-len(t[1].barrier_cases), -t[1].barriers, t[0].lower()),
    )[:MAX_FINDINGS]
    if not ranked:
        flowables.append(Paragraph("Er zijn geen knelpunten vastgelegd.", styles.body))
        return flowables
    for domain, c in ranked:
        count = len(c.barrier_cases)
        example = max(c.barrier_items, key=lambda t: (t[0].votes, -t[0].id))[0].text.strip()
        where = f"knelpunt in {count} casussen" if count > 1 else "knelpunt in één casus"
        line = f"<b>{para(domain)}</b>: {where}."
        if example:
            line += f" Bijvoorbeeld: \u2018{para(example)}\u2019"
        flowables.append(Paragraph(line, styles.bullet, bulletText="\u2022"))
    return flowables


def _questions_per_role(ctx: StoryContext, questions: list[Numbered]) -> list[Flowable]:
    styles = ctx.styles
    flowables = minor_heading("Vragen voor de raad, per rol", styles.h3)
    if not questions:
        flowables.append(Paragraph("Er zijn geen bestuurlijke vragen vastgelegd.", styles.body))
        return flowables
    groups: dict[str, list[Numbered]] = {}
    labels: dict[str, str] = {}
    for entry in questions:
        key = role_key(entry.item) or ""
        groups.setdefault(key, []).append(entry)
        labels.setdefault(key, entry.item.council_role.strip() or NO_ROLE)
    order = sorted(
        groups, key=lambda k: (ROLE_ORDER.index(k) if k in ROLE_ORDER else len(ROLE_ORDER), k == "")
    )
    widths = fractions(7, 37, 14, 14, 14, 14)
    for key in order:
        entries = groups[key]
        flowables += minor_heading(f"{para(labels[key])} ({len(entries)})", styles.h4, follow=TABLE_FOLLOW)
        if key in ROLE_EXPLANATION:
            flowables.append(Paragraph(para(ROLE_EXPLANATION[key]), styles.meta))
            flowables.append(Spacer(1, 3))
        rows = [
            [
                entry.label,
                ctx.cell(entry.item.text),
                ctx.short_cell(entry.item.addressed_to, widths[2]),
                ctx.short_cell(entry.item.instrument, widths[3]),
                ctx.short_cell(entry.item.route, widths[4]),
                ctx.short_cell(ctx.owner(entry.item), widths[5]),
            ]
            for entry in entries
        ]
        flowables.append(
            data_table(
                ("Nr.", "Vraag", "Gericht aan", "Instrument", "Route", "Eigenaar"),
                rows,
                widths,
                bold_first_column=True,
            )
        )
    return flowables


def _asked(ctx: StoryContext, questions: list[Numbered]) -> list[Flowable]:
    styles = ctx.styles
    flowables = minor_heading("Wat de raad wordt gevraagd", styles.h3)
    opinion = [entry for entry in questions if for_opinion(entry.item)]
    flowables.append(
        Paragraph(
            "<b>Ter kennisname:</b> dit verslag van de beeldvorming.", styles.bullet, bulletText="\u2022"
        )
    )
    if opinion:
        labels = ", ".join(entry.label for entry in opinion)
        flowables.append(
            Paragraph(
                f"<b>Voor oordeelsvorming:</b> {labels}. Deze vragen gaan via het gewone proces van de raad "
                "(agendering of een motie), niet via de casuïstiektafel.",
                styles.bullet,
                bulletText="\u2022",
            )
        )
    rest = len(questions) - len(opinion)
    if rest:
        flowables.append(
            Paragraph(
                f"<b>Ter kennisname:</b> {rest} {'vraag' if rest == 1 else 'vragen'} die de griffie of het "
                "college zelf oppakt (zie de actie- en opvolglijst).",
                styles.bullet,
                bulletText="\u2022",
            )
        )
    return flowables
