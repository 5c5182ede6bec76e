"""Labels of recorded items, resolved in one place: the facilitation window, the report and the exports
show the same kind, role, domain, council role and theme labels, and the same stable number.

``RecordLabels`` is made once (one read of the taxonomy) and turns a stored item into a
``TimelineEntry``: the item itself plus its labels, ready to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from casetafel.domain.records import RecordKind
from casetafel.domain.vocabulary import (
    ACTION_STATUS_LABELS,
    ADDRESSEES,
    INSTRUMENT_LABELS,
    QUESTION_STATUS_LABELS,
    Vocabulary,
)

KIND_LABELS = {RecordKind.QUESTION: "Bestuurlijke vraag", RecordKind.ACTION: "Afspraak"}


@dataclass(frozen=True)
class TimelineEntry:
    kind: RecordKind
    info: object  # ObservationInfo, QuestionInfo or ActionInfo
    number: str  # BV-2026-014 / A-2026-031; empty for an observation
    kind_label: str  # "Schot / knelpunt", "Bestuurlijke vraag", "Afspraak"
    text: str
    details: str  # one line: who can act and domains, council role and theme, owner and deadline
    author: str  # role label of the author (observations)
    votes: int
    created_at: datetime

    @property
    def ref(self) -> tuple[RecordKind, int]:
        return self.kind, self.info.id


class RecordLabels:
    def __init__(self, labels: dict[str, dict[str, str]]) -> None:
        self._labels = labels
        self.addressees = {term.code: term.label for term in ADDRESSEES}

    def label(self, vocabulary: Vocabulary, code: str) -> str:
        return self._labels.get(vocabulary.value, {}).get(code, code) if code else ""

    def labels(self, vocabulary: Vocabulary, codes) -> tuple[str, ...]:
        return tuple(self.label(vocabulary, code) for code in codes or ())

    def kind_label(self, kind: RecordKind, info) -> str:
        if kind is RecordKind.OBSERVATION:
            return self.label(Vocabulary.OBSERVATION_KIND, info.kind)
        return KIND_LABELS[kind]

    def vocabulary(self, vocabulary: Vocabulary) -> dict[str, str]:
        """Every code of one vocabulary with its label (for lists that show many, such as participants)."""
        return dict(self._labels.get(vocabulary.value, {}))

    def public_kind(self, kind: RecordKind, info) -> str:
        """The kind as the presenter screen shows it: with the council role of a question, or who can act
        for an observation (never the author or an owner)."""
        label = self.kind_label(kind, info)
        if kind is RecordKind.QUESTION and info.council_role:
            return f"{label} · {self.label(Vocabulary.COUNCIL_ROLE, info.council_role)}"
        if kind is RecordKind.OBSERVATION and info.actors:
            return f"{label} · {', '.join(self.labels(Vocabulary.ACTOR_LEVEL, info.actors))}"
        return label

    def addressee(self, code: str) -> str:
        return self.addressees.get(code, code)

    @staticmethod
    def instrument(code: str) -> str:
        return INSTRUMENT_LABELS.get(code, code)

    @staticmethod
    def status(kind: RecordKind, code: str) -> str:
        table = QUESTION_STATUS_LABELS if kind is RecordKind.QUESTION else ACTION_STATUS_LABELS
        return table.get(code, code)

    def entry(self, kind: RecordKind, info) -> TimelineEntry:
        if kind is RecordKind.OBSERVATION:
            parts = [", ".join(self.labels(Vocabulary.ACTOR_LEVEL, info.actors)),
                     ", ".join(self.labels(Vocabulary.DOMAIN, info.domains))]  # fmt: skip
            author = self.label(Vocabulary.PARTICIPANT_ROLE, info.author_role)
            votes = info.votes
        elif kind is RecordKind.QUESTION:
            parts = [
                self.label(Vocabulary.COUNCIL_ROLE, info.council_role),
                self.label(Vocabulary.THEME, info.theme),
            ]
            author, votes = "", info.votes
        else:
            due = info.due_date.strftime("%d-%m-%Y") if info.due_date else ""
            parts = [info.owner, due]
            author, votes = "", 0
        if votes:
            parts.append("● " + str(votes))
        number = getattr(info, "number", "")
        return TimelineEntry(kind, info, number, self.kind_label(kind, info), info.text,
                             " · ".join(p for p in parts if p), author, votes, info.created_at)  # fmt: skip
