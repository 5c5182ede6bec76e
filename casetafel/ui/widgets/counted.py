"""Counts in a sentence: "1 wijziging", "3 wijzigingen". Both Dutch and English have one form for one and
one for the rest, so each call site passes two translated sentences and this picks one."""

from __future__ import annotations


def counted(count: int, one: str, many: str) -> str:
    """``one`` (the translated sentence for exactly one) or ``many`` with "%1" replaced by ``count``."""
    return one if count == 1 else many.replace("%1", str(count))
