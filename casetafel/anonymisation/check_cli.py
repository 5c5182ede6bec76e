"""Helpers for the command line: a readable Dutch report of the findings in one text, and a JSON-lines
filter that adds the findings to each record. The CLI itself lives in ``casetafel.cli``."""

from __future__ import annotations

import json
from typing import TextIO

from .detector import detect
from .quasi import quasi_identifier_warnings

CLOSING_LINE = (
    "Vervang de gevonden gegevens en lees de tekst zelf nog eens na: dat geeft een verminderd risico op "
    "herkenning, geen gegarandeerde anonimiteit."
)


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a str offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def check_text_report(text: str) -> str:
    """A Dutch multi-line report: one line per finding, then the quasi-identifier warnings."""
    findings = detect(text)
    lines = []
    if findings:
        lines.append(f"Mogelijk herleidbare gegevens: {len(findings)}")
        for finding in findings:
            line, column = line_and_column(text, finding.start)
            shown = finding.text.replace("\n", " ")
            lines.append(
                f'  {line}:{column}  {finding.label}: "{shown}" -> vervang door {finding.placeholder}'
            )
    else:
        lines.append("Geen herleidbare gegevens gevonden.")
    for warning in quasi_identifier_warnings(text, findings):
        lines.append(f"Combinatie van kenmerken: {warning.message}")
    lines.append(CLOSING_LINE)
    return "\n".join(lines)


def check_jsonl(in_stream: TextIO, out_stream: TextIO) -> int:
    """Read ``{"id", "text"}`` lines, write ``{"id", "findings"}`` lines; return the number of records.

    Blank lines are skipped. A malformed line raises ValueError with a Dutch message and its number.
    """
    count = 0
    for number, line in enumerate(in_stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"Regel {number}: geen geldige JSON ({error.msg}).") from error
        if not isinstance(record, dict):
            raise ValueError(f'Regel {number}: verwacht een JSON-object met "id" en "text".')
        if "id" not in record:
            raise ValueError(f'Regel {number}: het veld "id" ontbreekt.')
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError(f'Regel {number}: het veld "text" ontbreekt of is geen tekst.')
        findings = [
            {"start": f.start, "end": f.end, "category": str(f.category), "text": f.text}
            for f in detect(text)
        ]
        out_stream.write(json.dumps({"id": record["id"], "findings": findings}, ensure_ascii=False) + "\n")
        count += 1
    return count
