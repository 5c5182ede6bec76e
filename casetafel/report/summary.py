"""The "Samenvatting voor de raad" right after the cover: in plain language (B1), what stood out (the most
recurring barriers with their domains), the governance questions grouped per council role with
addressee, instrument, route and owner, and what the council is asked to do ("ter kennisname" or "voor
oordeelsvorming"). One or two pages; questions are listed in tables per role, never one to a page.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Spacer

from casetafel.report.cases import Numbered, numbered_questions
from casetafel.report.data import ReportData
from casetafel.report.layout import TABLE_FOLLOW, heading, minor_heading
from casetafel.report.paragraph import Paragraph
from casetafel.report.story import StoryContext, TocEntry, data_table, fractions
from casetafel.report.synthesis import NO_DOMAIN, domain_counts
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


SUMMARY_QUESTION_HEADER = ("Nr.", "Vraag", "Gericht aan", "Instrument", "Route", "Eigenaar")


def role_key(question) -> str:
    return (question.council_role_code or question.council_role).strip().lower()


def for_opinion(question) -> bool:
    code = (question.instrument_code or question.instrument).strip().lower().replace("-", "_")
    return code in FOR_OPINION


@dataclass(frozen=True)
class Finding:
    domain: str
    cases: int  # in how many cases a barrier in this domain came up
    example: str  # the barrier with the most votes


@dataclass(frozen=True)
class RoleGroup:
    key: str  # council role code, "" for questions without one
    label: str
    explanation: str
    entries: tuple[Numbered, ...]


def findings(data: ReportData) -> list[Finding]:
    """The three to five main findings: barrier domains, those in the most cases first."""
    ranked = sorted(
        ((domain, c) for domain, c in domain_counts(data).items() if c.barriers and domain != NO_DOMAIN),
        key=lambda t: (-len(t[1].barrier_cases), -t[1].barriers, t[0].lower()),
    )[:MAX_FINDINGS]
    return [
        Finding(
            domain, len(c.barrier_cases), max(c.barrier_items, key=lambda t: (t[0].votes, -t[0].id))[0].text
        )
        for domain, c in ranked
    ]


def finding_sentence(finding: Finding) -> tuple[str, str]:
    """(domain, plain-language rest of the sentence) of a finding."""
    where = f"knelpunt in {finding.cases} casussen" if finding.cases > 1 else "knelpunt in één casus"
    example = finding.example.strip()
    return finding.domain, f"{where}." + (f" Bijvoorbeeld: \u2018{example}\u2019" if example else "")


def role_groups(questions: list[Numbered]) -> list[RoleGroup]:
    """The governance questions grouped per council role, in the order kaderstellend, controlerend,
    volksvertegenwoordigend, other roles, and last the questions without a role."""
    groups: dict[str, list[Numbered]] = {}
    labels: dict[str, str] = {}
    for entry in questions:
        key = role_key(entry.item)
        groups.setdefault(key, []).append(entry)
        labels.setdefault(key, entry.item.council_role.strip() or NO_ROLE)
    order = sorted(
        groups, key=lambda k: (ROLE_ORDER.index(k) if k in ROLE_ORDER else len(ROLE_ORDER), k == "")
    )
    return [RoleGroup(k, labels[k], ROLE_EXPLANATION.get(k, ""), tuple(groups[k])) for k in order]


def asked_lines(questions: list[Numbered]) -> list[tuple[str, str]]:
    """What the council is asked: (bold lead, rest) lines."""
    opinion = [entry for entry in questions if for_opinion(entry.item)]
    lines = [("Ter kennisname:", "dit verslag van de beeldvorming.")]
    if opinion:
        lines.append(
            (
                "Voor oordeelsvorming:",
                f"{', '.join(entry.label for entry in opinion)}. Deze vragen gaan via het gewone proces van de "
                "raad (agendering of een motie), niet via de casuïstiektafel.",
            )
        )
    rest = len(questions) - len(opinion)
    if rest:
        lines.append(
            (
                "Ter kennisname:",
                f"{rest} {'vraag' if rest == 1 else 'vragen'} die de griffie of het college zelf oppakt (zie de "
                "actie- en opvolglijst).",
            )
        )
    return lines


def introduction(data: ReportData) -> str:
    """The opening sentences of the summary (plain language), honest about a session not held yet."""
    cases, people = len(data.cases), len(data.participants)
    day = dutch_date_long(data.starts_at.date()) if data.starts_at else ""
    case_word = "casus" if cases == 1 else "casussen"
    if data.status_code == "gepland":
        return (
            f"Deze bijeenkomst is nog niet gehouden{f' (gepland op {day})' if day else ''}. Dit document is de "
            f"voorbereiding: de agenda met {cases} {case_word}. Er zijn nog geen bevindingen of vragen."
        )
    when = f"Op {day}" if day else "Tijdens deze bijeenkomst"
    return (
        f"{when} spraken {people} {'deelnemer' if people == 1 else 'deelnemers'} over {cases} {case_word} uit "
        "de praktijk. Het doel was beeldvorming: de raad kijkt mee en leert, er is niets besloten. Hieronder "
        "staat wat opviel, welke vragen de raad kan stellen en wat de raad nu wordt gevraagd."
    )


def council_summary(ctx: StoryContext) -> list[Flowable]:
    """The summary chapter (unnumbered, in the contents and the bookmarks)."""
    data, styles = ctx.data, ctx.styles
    ctx.toc.append(TocEntry(0, "", SUMMARY_TITLE, SUMMARY_KEY))
    flowables: list[Flowable] = [
        heading(para(SUMMARY_TITLE), styles.h1, key=SUMMARY_KEY, outline=SUMMARY_TITLE, level=0),
        Paragraph(para(introduction(data)), styles.body),
    ]
    if data.status_code == "gepland":
        return flowables
    questions = numbered_questions(data)
    flowables += _findings(ctx)
    flowables += _questions_per_role(ctx, questions)
    flowables += _asked(ctx, questions)
    return flowables


def _findings(ctx: StoryContext) -> list[Flowable]:
    styles = ctx.styles
    flowables = minor_heading("Wat opviel", styles.h3)
    found = findings(ctx.data)
    if not found:
        flowables.append(Paragraph("Er zijn geen knelpunten vastgelegd.", styles.body))
    for finding in found:
        domain, rest = finding_sentence(finding)
        flowables.append(
            Paragraph(f"<b>{para(domain)}</b>: {para(rest)}", styles.bullet, bulletText="\u2022")
        )
    return flowables


def _questions_per_role(ctx: StoryContext, questions: list[Numbered]) -> list[Flowable]:
    styles = ctx.styles
    flowables = minor_heading("Vragen voor de raad, per rol", styles.h3)
    if not questions:
        flowables.append(Paragraph("Er zijn geen bestuurlijke vragen vastgelegd.", styles.body))
        return flowables
    widths = fractions(7, 37, 14, 14, 14, 14)
    for group in role_groups(questions):
        flowables += minor_heading(
            f"{para(group.label)} ({len(group.entries)})", styles.h4, follow=TABLE_FOLLOW
        )
        if group.explanation:
            flowables.append(Paragraph(para(group.explanation), styles.meta))
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
            for entry in group.entries
        ]
        flowables.append(data_table(SUMMARY_QUESTION_HEADER, rows, widths, bold_first_column=True))
    return flowables


def _asked(ctx: StoryContext, questions: list[Numbered]) -> list[Flowable]:
    styles = ctx.styles
    flowables = minor_heading("Wat de raad wordt gevraagd", styles.h3)
    for lead, rest in asked_lines(questions):
        flowables.append(Paragraph(f"<b>{para(lead)}</b> {para(rest)}", styles.bullet, bulletText="\u2022"))
    return flowables
