"""Convert the marked-up corpus sources into JSON lines with exact character offsets.

Run ``python tests/data/anonymisation/build_corpus.py`` after editing ``corpus_src.txt`` or
``heldout_src.txt`` (and the varied corpora of issue 20, ``varied_src.txt`` and
``varied_heldout_src.txt``, and the blind corpora ``blind_src.txt``, ``blind2_src.txt``, ``blind3_src.txt``,
``blind4_src.txt``, ``blind5_src.txt``, ``blind6_src.txt``, ``blind7_src.txt``, ``blind8_src.txt``, ``blind9_src.txt``,
``blind10_src.txt`` to ``blind16_src.txt``). A
source file holds blocks
that
start with ``### id``; inside a block an identifier is written as ``{categorie:tekst}``. The script
strips the markup, computes the Python string offsets of every span and writes ``corpus.jsonl`` and ``heldout.jsonl`` next to itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\{([a-z]+):([^{}]+)\}")
CATEGORIES = {
    "naam",
    "plaats",
    "adres",
    "postcode",
    "bsn",
    "iban",
    "telefoon",
    "email",
    "url",
    "datum",
    "leeftijd",
    "instelling",
    "nummer",
    "kenteken",
}


def parse_blocks(source: str) -> list[tuple[str, str]]:
    """Split a source file into (id, marked text) pairs; lines starting with '# ' are comments."""
    blocks: list[tuple[str, str]] = []
    current_id: str | None = None
    lines: list[str] = []
    for line in source.splitlines():
        if line.startswith("### "):
            if current_id is not None:
                blocks.append((current_id, "\n".join(lines).strip()))
            current_id, lines = line[4:].strip(), []
        elif line.startswith("# ") and current_id is None:
            continue
        else:
            lines.append(line)
    if current_id is not None:
        blocks.append((current_id, "\n".join(lines).strip()))
    return blocks


def unmark(marked: str) -> tuple[str, list[dict]]:
    """Strip the markup and return the plain text with its spans."""
    parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for match in MARK.finditer(marked):
        before = marked[pos : match.start()]
        parts.append(before)
        length += len(before)
        category, value = match.group(1), match.group(2)
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        spans.append({"start": length, "end": length + len(value), "category": category})
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "{" in text or "}" in text:
        raise ValueError(f"unbalanced markup in: {text[:60]!r}")
    return text, spans


def build(source_name: str, target_name: str) -> int:
    records = []
    for record_id, marked in parse_blocks((HERE / source_name).read_text(encoding="utf-8")):
        text, spans = unmark(marked)
        records.append({"id": record_id, "text": text, "spans": spans})
    with (HERE / target_name).open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


if __name__ == "__main__":
    for src, dst in (
        ("corpus_src.txt", "corpus.jsonl"),
        ("heldout_src.txt", "heldout.jsonl"),
        ("varied_src.txt", "varied.jsonl"),
        ("varied_heldout_src.txt", "varied_heldout.jsonl"),
        ("blind_src.txt", "blind.jsonl"),
        ("blind2_src.txt", "blind2.jsonl"),
        ("blind3_src.txt", "blind3.jsonl"),
        ("blind4_src.txt", "blind4.jsonl"),
        ("blind5_src.txt", "blind5.jsonl"),
        ("blind6_src.txt", "blind6.jsonl"),
        ("blind7_src.txt", "blind7.jsonl"),
        ("blind8_src.txt", "blind8.jsonl"),
        ("blind9_src.txt", "blind9.jsonl"),
        ("blind10_src.txt", "blind10.jsonl"),
        ("blind11_src.txt", "blind11.jsonl"),
        ("blind12_src.txt", "blind12.jsonl"),
        ("blind13_src.txt", "blind13.jsonl"),
        ("blind14_src.txt", "blind14.jsonl"),
        ("blind15_src.txt", "blind15.jsonl"),
        ("blind16_src.txt", "blind16.jsonl"),
    ):
        print(f"{dst}: {build(src, dst)} texts")
