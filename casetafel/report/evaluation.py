"""The evaluation of a session, structured: what worked, what to change, and what to take to the next
session. Lines are sorted by their start ("+", "Werkte:", "Goed:" / "-", "Anders:", "Verbeter:" / ">",
"Volgende keer:", "Meenemen:"); other lines are kept as remarks. Evaluation lines recorded during the
session (one per line) drop in the same way. No lines: "Geen evaluatie vastgelegd."
"""

from __future__ import annotations

NO_EVALUATION = "Geen evaluatie vastgelegd."
WORKED = "Wat werkte"
CHANGE = "Wat kan anders"
NEXT = "Meenemen naar de volgende bijeenkomst"
REMARKS = "Overige opmerkingen"
PREFIXES: tuple[tuple[str, str], ...] = (
    ("werkte goed:", WORKED),
    ("werkte:", WORKED),
    ("goed:", WORKED),
    ("+", WORKED),
    ("anders:", CHANGE),
    ("verbeter:", CHANGE),
    ("verbeterpunt:", CHANGE),
    ("-", CHANGE),
    ("volgende keer:", NEXT),
    ("meenemen:", NEXT),
    (">", NEXT),
)
ORDER = (WORKED, CHANGE, NEXT, REMARKS)


def classify(line: str) -> tuple[str, str]:
    """(section, text without its prefix) of one evaluation line."""
    stripped = line.strip()
    lowered = stripped.lower()
    for prefix, section in PREFIXES:
        if lowered.startswith(prefix):
            rest = stripped[len(prefix) :].strip()
            if rest:
                return section, rest
    return REMARKS, stripped


def evaluation_sections(lines: tuple[str, ...] | list[str]) -> list[tuple[str, list[str]]]:
    """The evaluation as (section title, lines), in the order worked, change, next, remarks; empty
    sections left out. When there are only remarks, their section has no title ("")."""
    sections: dict[str, list[str]] = {}
    for line in lines:
        if line.strip():
            section, rest = classify(line)
            sections.setdefault(section, []).append(rest)
    if set(sections) == {REMARKS}:
        return [("", sections[REMARKS])]
    return [(title, sections[title]) for title in ORDER if title in sections]
