"""Helpers for the command line: a readable Dutch report of the findings in one text, and a JSON-lines
filter that adds the findings to each record. The CLI itself lives in ``casetafel.cli``."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import BinaryIO, TextIO

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


MAX_LINE = 4_000_000  # characters (or bytes, from a binary stream) in one JSON line
MAX_TEXT_FILE = 4_000_000  # bytes of a text file given to ``anon-check``


def _lines(in_stream: TextIO | BinaryIO) -> Iterator[tuple[int, str]]:
    """The stream's lines one by one (never more than ``MAX_LINE`` in memory), decoded when binary."""
    number = 0
    while True:
        line = in_stream.readline(MAX_LINE + 1)
        if not line:
            return
        number += 1
        ending = b"\n" if isinstance(line, bytes) else "\n"
        if len(line) > MAX_LINE and not line.endswith(ending):
            raise ValueError(
                f"Regel {number} is langer dan {MAX_LINE:,} tekens; ".replace(",", ".")
                + "splits de tekst over meer regels."
            )
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                raise ValueError(
                    f"Regel {number} is geen geldige UTF-8-tekst (bij byte {error.start + 1}); "
                    "sla het bestand op als UTF-8."
                ) from error
        yield number, line


def _refuse_constant(name: str) -> None:
    raise ValueError(name)


def _is_plain_id(value: object) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, str | int | bool) or value is None


def check_jsonl(in_stream: TextIO | BinaryIO, out_stream: TextIO) -> int:
    """Read ``{"id", "text"}`` lines, write ``{"id", "findings"}`` lines; return the number of records.

    Line by line: each line's result is written before the next line is read. Blank lines are skipped.
    A malformed line (invalid JSON or UTF-8, too long, nested too deep, an id that is not a plain value)
    raises ValueError with a Dutch message and its number.
    """
    count = 0
    for number, line in _lines(in_stream):
        if not line.strip():
            continue
        try:
            record = json.loads(line, parse_constant=_refuse_constant)
        except json.JSONDecodeError as error:
            raise ValueError(f"Regel {number}: geen geldige JSON ({error.msg}).") from error
        except RecursionError as error:
            raise ValueError(f"Regel {number}: de JSON is te diep genest.") from error
        except ValueError as error:
            raise ValueError(f"Regel {number}: geen geldige JSON ({error} is geen JSON-waarde).") from error
        if not isinstance(record, dict):
            raise ValueError(f'Regel {number}: verwacht een JSON-object met "id" en "text".')
        if "id" not in record:
            raise ValueError(f'Regel {number}: het veld "id" ontbreekt.')
        if not _is_plain_id(record["id"]):
            raise ValueError(f'Regel {number}: het veld "id" moet een tekst of een gewoon getal zijn.')
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError(f'Regel {number}: het veld "text" ontbreekt of is geen tekst.')
        findings = [
            {"start": f.start, "end": f.end, "category": str(f.category), "text": f.text}
            for f in detect(text)
        ]
        result = {"id": record["id"], "findings": findings}
        out_stream.write(json.dumps(result, ensure_ascii=False, allow_nan=False) + "\n")
        out_stream.flush()
        count += 1
    return count
