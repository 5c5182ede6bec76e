"""The cross-case synthesis: recurring barriers (observations of kind "schot") by domain, governance
questions per council role and per theme, and observations per domain. Each count is always given as a
small table and, when charts are switched on, also drawn as a bar chart above it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from casetafel.report import styles as st
from casetafel.report.cases import numbered_questions
from casetafel.report.charts import MAX_BARS, bar_chart
from casetafel.report.data import ObservationData, ReportData
from casetafel.report.layout import HeadingKeeper, heading, minor_heading
from casetafel.report.paragraph import Paragraph
from casetafel.report.story import StoryContext, data_table, fractions
from casetafel.report.text import EMPTY, para

NO_DOMAIN = "(geen domein)"
NO_ROLE = "(geen raadsrol)"
NO_THEME = "(geen thema)"
MAX_EXAMPLES = 5
COUNT_TABLE_WIDTH = st.FRAME_WIDTH * 0.7
SHORT_TABLE_ROWS = 16
MIN_CHART_ITEMS = 5  # fewer bars than this show no more than the table beside them


@dataclass
class DomainCount:
    observations: int = 0
    barriers: int = 0
    cases: set[str] = field(default_factory=set)
    barrier_cases: set[str] = field(default_factory=set)
    barrier_items: list[tuple[ObservationData, str]] = field(default_factory=list)


def is_barrier(observation: ObservationData) -> bool:
    return observation.kind_code.strip().lower() == "schot"


def main_domain(observation: ObservationData) -> str:
    """The domain an observation is counted under: its first (main) domain, so each observation counts
    once in a table and the column adds up to the number of observations."""
    return next((d.strip() for d in observation.domains if d.strip()), NO_DOMAIN)


def domain_counts(data: ReportData) -> dict[str, DomainCount]:
    """Per main domain: observations, barriers, and the cases they come from ("casussen" means one thing
    everywhere: the cases with at least one such observation)."""
    counts: dict[str, DomainCount] = defaultdict(DomainCount)
    for index, case in enumerate(data.cases):
        case_key = case.code.strip() or f"casus {index + 1}"
        for observation in case.observations:
            entry = counts[main_domain(observation)]
            entry.observations += 1
            entry.cases.add(case_key)
            if is_barrier(observation):
                entry.barriers += 1
                entry.barrier_cases.add(case_key)
                entry.barrier_items.append((observation, case_key))
    return dict(counts)


def _ranked(counter: Counter, votes: Counter) -> list[tuple[str, int, int]]:
    return sorted(((k, counter[k], votes[k]) for k in counter), key=lambda t: (-t[1], -t[2], t[0].lower()))


def _figure(
    ctx: StoryContext, head: list[Flowable], items: list[tuple[str, int]], table: Table
) -> list[Flowable]:
    """The sub-chapter's heading and introduction, the chart (when switched on) and the table, kept
    together when the table is short, else kept together until the table starts."""
    block = head[1:]
    items = [
        (label, count) for label, count in items if not label.startswith("(")
    ]  # "(geen domein)" not drawn
    if ctx.options.show_charts and len(items) >= MIN_CHART_ITEMS:  # a few bars say no more than the table
        block.append(bar_chart(items, width=st.FRAME_WIDTH * 0.85))
        if len(items) > MAX_BARS:
            block.append(
                Paragraph("De grafiek toont de eerste twaalf; de tabel geeft alles.", ctx.styles.meta)
            )
        block.append(Spacer(1, 4))
    block.append(table)
    keeper = KeepTogether if len(table._cellvalues) <= SHORT_TABLE_ROWS else HeadingKeeper
    return [head[0], keeper(block)]


def synthesis_chapter(ctx: StoryContext) -> list[Flowable]:
    data, styles = ctx.data, ctx.styles
    flowables = ctx.chapter("Synthese over de casussen")
    observations = [o for case in data.cases for o in case.observations]
    questions = [entry.item for entry in numbered_questions(data)]
    flowables.append(
        Paragraph(
            f"Wat over de casussen heen terugkomt, geteld over {len(data.cases)} "
            f"{'casus' if len(data.cases) == 1 else 'casussen'}, {len(observations)} "
            f"{'observatie' if len(observations) == 1 else 'observaties'} en {len(questions)} "
            f"{'bestuurlijke vraag' if len(questions) == 1 else 'bestuurlijke vragen'}. "
            "Elke observatie telt één keer, bij haar eerste (hoofd)domein; \u2018casussen\u2019 zijn steeds de "
            "casussen waarin zo\u2019n observatie voorkomt; terugkerend is wat in twee of meer casussen "
            "voorkomt.",
            styles.body,
        )
    )
    counts = domain_counts(data)
    flowables += _barriers(ctx, counts)
    flowables += _questions_by(
        ctx, questions, "council_role", "Bestuurlijke vragen per raadsrol", "Raadsrol", NO_ROLE
    )
    flowables += _questions_by(ctx, questions, "theme", "Bestuurlijke vragen per thema", "Thema", NO_THEME)
    flowables += _domains(ctx, counts)
    return flowables


def _subchapter(ctx: StoryContext, title: str) -> list[Flowable]:
    return [CondPageBreak(st.FRAME_HEIGHT * 0.25), heading(para(title), ctx.styles.h2)]


def _barriers(ctx: StoryContext, counts: dict[str, DomainCount]) -> list[Flowable]:
    styles = ctx.styles
    flowables = _subchapter(ctx, "Terugkerende knelpunten")
    ranked = sorted(
        ((d, c) for d, c in counts.items() if c.barriers),
        key=lambda t: (-len(t[1].barrier_cases), -t[1].barriers, t[0].lower()),
    )
    if not ranked:
        flowables.append(Paragraph("Er zijn geen knelpunten (schotten) vastgelegd.", styles.body))
        return flowables
    flowables.append(
        Paragraph(
            "Observaties van de soort \u2018schot / knelpunt\u2019 per hoofddomein; een domein met knelpunten "
            "in twee of meer casussen is een terugkerend knelpunt.",
            styles.body,
        )
    )
    rows = [
        [
            ctx.cell(domain, bold=True),
            ctx.number_cell(c.barriers),
            ctx.number_cell(len(c.barrier_cases)),
            ctx.cell(", ".join(sorted(c.barrier_cases))),
        ]
        for domain, c in ranked
    ]
    table = data_table(
        ("Hoofddomein", "Knelpunten", "Casussen", "In casus"),
        rows,
        fractions(30, 13, 12, 45),
        numeric_columns=(1, 2),
    )
    flowables = _figure(ctx, flowables, [(domain, c.barriers) for domain, c in ranked], table)
    recurring = [(domain, c) for domain, c in ranked if len(c.barrier_cases) > 1]
    if not recurring:
        flowables.append(Spacer(1, 6))
        flowables.append(Paragraph("Geen domein heeft knelpunten in twee of meer casussen.", styles.note))
        return flowables
    title = (
        "Terugkerend, met de meeste stemmen eerst"
        if ctx.show_votes
        else "Terugkerend in twee of meer casussen"
    )
    flowables += minor_heading(title, styles.h3)
    for domain, c in recurring:
        flowables += minor_heading(f"{para(domain)} \u00b7 {len(c.barrier_cases)} casussen", styles.h4)
        examples = sorted(c.barrier_items, key=lambda t: (-t[0].votes if ctx.show_votes else 0, t[0].id))[
            :MAX_EXAMPLES
        ]
        for observation, case_key in examples:
            votes = f", {ctx.votes(observation.votes)}" if ctx.show_votes and observation.votes else ""
            flowables.append(
                Paragraph(
                    f'{para(observation.text) or EMPTY} <font size="7.5" color="#5b6673">({para(case_key)}{votes})</font>',
                    styles.bullet,
                    bulletText="\u2022",
                )
            )
        if len(c.barrier_items) > MAX_EXAMPLES:
            flowables.append(
                Paragraph(f"En nog {len(c.barrier_items) - MAX_EXAMPLES} bij de casussen.", styles.meta)
            )
    return flowables


def _questions_by(ctx: StoryContext, questions: list, attribute: str, title: str, label: str, empty: str):
    flowables = _subchapter(ctx, title)
    if not questions:
        flowables.append(Paragraph("Er zijn geen bestuurlijke vragen vastgelegd.", ctx.styles.body))
        return flowables
    counter: Counter = Counter()
    votes: Counter = Counter()
    for question in questions:
        key = getattr(question, attribute).strip() or empty
        counter[key] += 1
        votes[key] += question.votes
    ranked = _ranked(counter, votes)
    header = (label, "Vragen", "Stemmen") if ctx.show_votes else (label, "Vragen")
    widths = (
        fractions(60, 20, 20, width=COUNT_TABLE_WIDTH)
        if ctx.show_votes
        else fractions(75, 25, width=COUNT_TABLE_WIDTH)
    )
    rows = []
    for key, count, vote_total in ranked:
        row = [ctx.cell(key, bold=True), ctx.number_cell(count)]
        if ctx.show_votes:
            row.append(ctx.number_cell(vote_total))
        rows.append(row)
    table = data_table(header, rows, widths, numeric_columns=(1, 2) if ctx.show_votes else (1,))
    return _figure(ctx, flowables, [(key, count) for key, count, _ in ranked], table)


def _domains(ctx: StoryContext, counts: dict[str, DomainCount]) -> list[Flowable]:
    flowables = _subchapter(ctx, "Observaties per domein")
    ranked = sorted(counts.items(), key=lambda t: (-t[1].observations, -len(t[1].cases), t[0].lower()))
    if not ranked:
        flowables.append(Paragraph("Er zijn geen observaties of domeinen vastgelegd.", ctx.styles.body))
        return flowables
    rows = [
        [
            ctx.cell(domain, bold=True),
            ctx.number_cell(c.observations),
            ctx.number_cell(c.barriers),
            ctx.number_cell(len(c.cases)),
        ]
        for domain, c in ranked
    ]
    table = data_table(
        ("Hoofddomein", "Observaties", "Waarvan knelpunten", "Casussen"),
        rows,
        fractions(43, 19, 19, 19, width=st.FRAME_WIDTH * 0.85),
        numeric_columns=(1, 2, 3),
    )
    return _figure(
        ctx, flowables, [(domain, c.observations) for domain, c in ranked if c.observations], table
    )
