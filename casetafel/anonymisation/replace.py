"""Replacing findings in a text by their placeholders: one span (``replace_finding``) or every
word-bounded occurrence of the same matched text (``replace_all``), so "Anke" disappears from the
whole case description at once."""

from __future__ import annotations

import re

from .model import Category, Finding
from .pseudonyms import LEADING_TITLE_RE


def replace_finding(text: str, finding: Finding) -> str:
    """``text`` with the span of ``finding`` replaced by its placeholder.

    Raises ValueError when the finding does not belong to this text (the span no longer holds
    ``finding.text``), so a stale finding cannot damage an edited text.
    """
    if text[finding.start : finding.end] != finding.text:
        raise ValueError("deze vondst hoort niet (meer) bij deze tekst")
    return text[: finding.start] + finding.placeholder + text[finding.end :]


def replace_all(text: str, finding: Finding) -> str:
    """Every word-bounded occurrence of ``finding.text`` replaced by the placeholder; for a name with a
    form of address ("mevrouw Jansen" -> "mevrouw [NAAM]") also the name without it ("Jansen" ->
    "[NAAM]")."""
    if not finding.text:
        return text
    result = _substitute(text, finding.text, finding.placeholder)
    if finding.category is Category.NAAM:
        bare = LEADING_TITLE_RE.sub("", finding.text, count=1)
        if bare and bare != finding.text:
            result = _substitute(result, bare, LEADING_TITLE_RE.sub("", finding.placeholder, count=1))
    # An occurrence the detector still reports (glued to an odd character) goes as well.
    from .detector import detect

    for _ in range(3):
        left = [f for f in detect(result) if f.text == finding.text]
        if not left:
            break
        for other in reversed(left):
            result = result[: other.start] + finding.placeholder + result[other.end :]
    return result


def _substitute(text: str, old: str, new: str) -> str:
    pattern = re.compile(_boundary(old[0], "(?<!{})") + re.escape(old) + _boundary(old[-1], "(?!{})"))
    return pattern.sub(lambda _match: new, text)


def _boundary(char: str, template: str) -> str:
    """A look-around that stops a match inside a longer word or number, as the tokeniser sees them."""
    if char.isdigit():
        return template.format(r"\d")
    if char.isalpha():
        return template.format(r"[^\W\d_]")
    return ""
