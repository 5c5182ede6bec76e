"""Recurring patterns across sessions: which knelpunten (observations of kind 'schot') come back in more
than one case and session, by domain and by theme, per year, and through the four questions of the
Village Deal (ontschot budget, rol van de raad, bewonersinitiatieven, wat professionals nodig hebben).

An observation's domains are its own, or its case's when it has none; its themes are its case's. A
pattern 'recurs' when it is seen in at least two cases in at least two sessions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from casetafel.domain.vocabulary import QuestionStatus, Vocabulary
from casetafel.services.errors import translates_storage_errors
from casetafel.services.taxonomy import TaxonomyService
from casetafel.storage import tables
from casetafel.storage.engine import Database

BARRIER_KIND = "schot"
# The four questions of the Village Deal and the theme each one is recorded under.
VILLAGE_DEAL = (
    ("ontschotten", "Hoe ontschotten we budget en verordening?"),
    ("rol_raad", "Wat is de rol van de raad?"),
    ("bewonersinitiatieven", "Welke invloed hebben bewonersinitiatieven?"),
    ("professionals", "Wat hebben professionals nodig?"),
)
ANSWERED = {QuestionStatus.ANSWERED.value, QuestionStatus.CLOSED.value}


@dataclass(frozen=True)
class PatternRow:
    code: str
    label: str
    barriers: int  # knelpunten (observations of kind 'schot')
    cases: int
    meetings: int
    per_period: tuple[int, ...]  # barriers per period of ``PatternsData.periods``
    first_seen: date | None
    last_seen: date | None

    @property
    def recurs(self) -> bool:
        return self.cases >= 2 and self.meetings >= 2


@dataclass(frozen=True)
class VillageDealRow:
    theme: str
    question: str
    pattern: PatternRow
    questions_open: int  # governance questions under this theme still open
    questions_answered: int


@dataclass(frozen=True)
class PatternsData:
    periods: tuple[str, ...]  # years ("2025"), or quarters ("2026 K2") when the data spans under 3 years
    domains: tuple[PatternRow, ...]  # most barriers first
    themes: tuple[PatternRow, ...]
    village_deal: tuple[VillageDealRow, ...]
    barriers: int
    meetings: int


@translates_storage_errors
class PatternsService:
    def __init__(self, db: Database, taxonomy: TaxonomyService) -> None:
        self._db = db
        self._taxonomy = taxonomy

    def patterns(self, since: date | None = None) -> PatternsData:
        labels = self._taxonomy.all_labels()
        domain_labels = labels.get(Vocabulary.DOMAIN.value, {})
        theme_labels = labels.get(Vocabulary.THEME.value, {})
        o, c, m, q = tables.observations, tables.cases, tables.meetings, tables.governance_questions
        with self._db.reading() as db_session:
            connection = db_session.connection()
            rows = connection.execute(
                select(o.c.meeting_id, o.c.case_id, o.c.domains, c.c.domains, c.c.themes, m.c.starts_at)
                .join(m, m.c.id == o.c.meeting_id)
                .outerjoin(c, c.c.id == o.c.case_id)
                .where(o.c.kind == BARRIER_KIND)
            ).all()
            question_rows = connection.execute(
                select(q.c.theme, q.c.status, m.c.starts_at).join(m, m.c.id == q.c.meeting_id)
            ).all()
        seen: dict[str, dict[str, list]] = {"domain": defaultdict(list), "theme": defaultdict(list)}
        days: set[date] = set()
        meetings: set[int] = set()
        count = 0
        for meeting_id, case_id, own_domains, case_domains, case_themes, starts_at in rows:
            day = starts_at.date() if starts_at else None
            if since is not None and (day is None or day < since):
                continue
            count += 1
            meetings.add(meeting_id)
            if day:
                days.add(day)
            sighting = (meeting_id, case_id, day)
            for code in own_domains or case_domains or ():
                seen["domain"][code].append(sighting)
            for code in case_themes or ():
                seen["theme"][code].append(sighting)
        by_year = len({day.year for day in days}) >= 3

        def period(day: date) -> str:
            return str(day.year) if by_year else f"{day.year} K{(day.month - 1) // 3 + 1}"

        periods = tuple(sorted({period(day) for day in days}))

        def row(code: str, label: str, sightings: list) -> PatternRow:
            counts = defaultdict(int)
            for _meeting, _case, day in sightings:
                if day:
                    counts[period(day)] += 1
            dated = [day for _m, _c, day in sightings if day]
            return PatternRow(
                code, label, len(sightings), len({case for _m, case, _d in sightings if case is not None}),
                len({meeting for meeting, _c, _d in sightings}), tuple(counts[p] for p in periods),
                min(dated) if dated else None, max(dated) if dated else None,
            )  # fmt: skip

        def rows_of(kind: str, names: dict[str, str]) -> tuple[PatternRow, ...]:
            made = [row(code, names.get(code, code), sightings) for code, sightings in seen[kind].items()]
            return tuple(sorted(made, key=lambda r: (-r.barriers, r.label.casefold())))

        themes = rows_of("theme", theme_labels)
        by_theme = {r.code: r for r in themes}
        village = []
        for code, question in VILLAGE_DEAL:
            chosen = [
                status for theme, status, starts in question_rows
                if theme == code and (since is None or (starts is not None and starts.date() >= since))
            ]  # fmt: skip
            answered = sum(1 for status in chosen if status in ANSWERED)
            pattern = by_theme.get(code) or row(code, theme_labels.get(code, code), [])
            village.append(VillageDealRow(code, question, pattern, len(chosen) - answered, answered))
        return PatternsData(
            periods, rows_of("domain", domain_labels), themes, tuple(village), count, len(meetings)
        )
