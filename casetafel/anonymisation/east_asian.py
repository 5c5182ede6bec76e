"""Vietnamese names, written family name first with a middle name between ("Nguyen Thi Lan", "Phan Van
Duc", where "Van" is a man's middle name and no Dutch particle; "Tran Thi Mai"), also in lower case in
quick notes ("mw nguyen thi lan"). Only the frequent family names and the middle names that mark the
pattern count, and all parts share one case; family names that are Dutch words too ("Lam", "Mai") and
names in lower case need a given name that no Dutch dictionary knows."""

from __future__ import annotations

import re

from .model import Category
from .scan import FUNCTION_WORDS, Candidate, TextScan

_FAMILIES = (
    "nguyen|nguyễn|tran|trần|phan|pham|phạm|hoang|hoàng|huynh|huỳnh|dang|đặng|bui|bùi|duong|dương"
    "|truong|trương|ngo|ngô|vuong|dinh|đinh|luong|lương|trinh|trịnh|doan|đoàn|luu|lưu|lam|mai|cao|tang"
)
AMBIGUOUS_FAMILIES = frozenset({"lam", "mai", "cao", "tang", "ngo", "dang"})
# Short family names that are Dutch or English words too ("Le", "Do", "Ho"): only before "Thi" or a title.
_SHORT = "le|lê|vu|vũ|vo|võ|do|đỗ|ho|hồ|ly|lý"
SHORT_FAMILIES = frozenset(_SHORT.split("|"))
TITLE_BEFORE_RE = re.compile(r"(?i:mevrouw|meneer|mevr|mw|dhr|de heer|cliënt|client)\.?[ \t]+$")
_MIDDLES = "thi|thị|van|văn|thanh|minh|ngoc|ngọc|duc|đức|huu|hữu|quoc|quốc|xuan|xuân|kim|hong|hồng"
VIETNAMESE_RE = re.compile(
    rf"(?<![\w-])({_FAMILIES}|{_SHORT})[ \t]+({_MIDDLES})[ \t]+([^\W\d_]{{2,}})(?:[ \t]+([^\W\d_]{{2,}}))?(?![\w-])",
    re.IGNORECASE,
)


FAMILIES = frozenset(_FAMILIES.split("|")) | SHORT_FAMILIES


def vietnamese_names(scan: TextScan) -> list[Candidate]:
    """The three (or four: "Nguyen Thi Thu Hang") parts of a Vietnamese name."""
    text, words = scan.text, scan.lists.dutch_words
    found = []
    if FAMILIES.isdisjoint(scan.lowers):
        return found
    starts = [t.start for t in scan.tokens if t.lower in FAMILIES]
    for start in starts:
        match = VIETNAMESE_RE.match(text, start)
        if match is None:
            continue
        parts = [match.group(1), match.group(2), match.group(3)]
        if not _same_case(parts) or parts[2].lower() in FUNCTION_WORDS:
            continue
        titled = TITLE_BEFORE_RE.search(text, max(0, start - 12), start) is not None  # "dhr pham van long"
        if parts[0].lower() in SHORT_FAMILIES and not (titled or parts[1].lower() in ("thi", "thị")):
            continue  # "do van alles", "Ho Van Dijk": words and a Dutch surname
        strict = parts[0].islower() or parts[0].lower() in AMBIGUOUS_FAMILIES
        if strict and not titled and parts[2].lower() in words:
            continue  # "lam van schrik": a Dutch phrase
        if parts[0].lower() in AMBIGUOUS_FAMILIES and parts[1].lower() == "van":
            continue  # "Mai van Gogh": a Dutch surname after a word
        end = match.end(3)
        fourth = match.group(4)
        if (
            fourth is not None
            and _same_case([*parts, fourth])
            and fourth.lower() not in FUNCTION_WORDS
            and (fourth[0].isupper() or fourth not in words)
        ):
            end = match.end(4)
        found.append(Candidate(match.start(), end, Category.NAAM, 0.88))
    return found


def _same_case(parts: list[str]) -> bool:
    return all(p[0].isupper() and not p.isupper() for p in parts) or all(p.islower() for p in parts)
