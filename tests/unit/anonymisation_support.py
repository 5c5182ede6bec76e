"""Shared helpers for the anonymisation tests: what detect() finds as (category, text) pairs, the
assertions "no finding" and "this part is still found", and the parametrized test that a set of clean
texts about nobody yields no finding at all."""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

import pytest

from casetafel.anonymisation import detect

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "perf"))
import anonymisation_eval  # noqa: E402

__all__ = [
    "anonymisation_eval",
    "assert_found",
    "assert_no_finding",
    "clean_text_test",
    "found",
    "texts",
]


def found(text: str) -> list[tuple[str, str]]:
    """Every finding in ``text`` as (category, text)."""
    return [(f.category.value, f.text) for f in detect(text)]


def texts(text: str, category: str | None = None) -> list[str]:
    """The text of every finding in ``text``, or of every finding of ``category`` (its value, "naam")."""
    return [f.text for f in detect(text) if category is None or f.category.value == category]


def assert_no_finding(text: str) -> None:
    assert found(text) == []


def assert_found(sentence: str, part: str) -> None:
    """``part`` of ``sentence`` is covered by a finding (as the evaluation counts it)."""
    assert anonymisation_eval.part_found(sentence, part), found(sentence)


def clean_text_test(
    clean_texts: Mapping[str, str],
    words: tuple[int, int] = (80, 160),
    known_findings: Collection[str] = (),
    reason: str = "",
) -> Callable[[str], None]:
    """The test "a clean text yields no finding", one case per text in ``clean_texts`` (sorted by name).

    Each text must hold between ``words[0]`` and ``words[1]`` words; the names in ``known_findings`` are
    known failures, marked as strict xfail with ``reason``. Assign the result to a module-level name
    starting with ``test_`` so that pytest collects it."""
    low, high = words

    @pytest.mark.parametrize(
        "name",
        [
            pytest.param(n, marks=pytest.mark.xfail(reason=reason, strict=True)) if n in known_findings else n
            for n in sorted(clean_texts)
        ],
    )
    def test_a_clean_text_yields_no_finding(name: str) -> None:
        text = clean_texts[name]
        assert low <= len(text.split()) <= high
        assert_no_finding(text)

    return test_a_clean_text_yields_no_finding
