"""Word tokens of a Dutch text with the facts the name, place and institution rules need: where the
word is, its lower-case form, whether it is capitalised, whether it starts a sentence and whether it
touches the next word. One compiled regular expression, one pass over the text."""

from __future__ import annotations

import re
from typing import NamedTuple

# Letters joined by hyphens, and an apostrophe inside a word (d'Hondt) but not a possessive 's.
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:['’](?![sS]\b)[^\W\d_]+)*")
# A sentence starts at the beginning of the text or a line, after a bullet, or after . ! ? : ; quotes,
# brackets and dashes, possibly followed by spaces and an apostrophe.
SENTENCE_START_RE = re.compile(r"[\n\r.!?:;–—\"“”‘\[\]()>•*-][ \t\u00a0'’]*")
LEADING_RE = re.compile(r"[ \t\u00a0'’]*")
INLINE_GAP_RE = re.compile(r"[ \t\u00a0]{1,3}['’]?")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    cap: bool
    sentence_start: bool
    all_caps: bool = False  # more than one letter, all capitals ("GGZ"); set by ``tokenise``


def sentence_starts(text: str) -> set[int]:
    """Offsets where a sentence, line, bullet or quoted passage begins."""
    starts = {match.end() for match in SENTENCE_START_RE.finditer(text)}
    leading = LEADING_RE.match(text)
    starts.add(leading.end() if leading else 0)
    return starts


def tokenise(text: str) -> list[Token]:
    starts = sentence_starts(text)
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # a Token without the keyword handling of its generated __new__
    for match in WORD_RE.finditer(text):
        word = match.group()
        begin, end = match.span()
        lower = word.lower()
        if lower == word:  # most words: no capital at all
            cap = word[0] in "st" and word[1:2] == "-" and word[2:3].isupper()
            all_caps = False
        elif word[2:3] == "-" and word[:2] in ("al", "el") and word[3:4].isupper():
            cap, all_caps = True, False  # "al-Hamwi", "el-Amrani": a surname after its particle
        else:
            first = word[0]
            cap = first.isupper() or (first in "st" and word[1:2] == "-" and word[2:3].isupper())
            all_caps = len(word) > 1 and word.isupper()
        append(new(Token, (begin, end, word, lower, cap, begin in starts, all_caps)))
    return tokens


def adjacent(text: str, left: Token, right: Token) -> bool:
    """True when only a few spaces (and possibly an apostrophe, as in "van 't Hof") separate two words."""
    gap = text[left.end : right.start]
    return gap == " " or (bool(gap) and INLINE_GAP_RE.fullmatch(gap) is not None)


def adjacency(text: str, tokens: list[Token]) -> list[bool]:
    """``adjacent(text, tokens[i], tokens[i + 1])`` for every token; False for the last one."""
    fullmatch = INLINE_GAP_RE.fullmatch
    result = []
    append = result.append
    for left, right in zip(tokens, tokens[1:], strict=False):
        gap = text[left.end : right.start]
        append(gap == " " or (bool(gap) and fullmatch(gap) is not None))
    append(False)
    return result
