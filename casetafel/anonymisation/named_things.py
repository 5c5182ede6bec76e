"""Things named after a person: a prize, a fund, a foundation, a lecture or a room ("de Jan Terlouw-prijs",
"de Dr. A.F. Philipsstichting", "zaal Willem Drees"). The person's name is part of the thing's name, and a
thing is no one's identifier; a name that stands alone ("Jan Terlouw zei") is still found. An office
addressed with a title ("Mevrouw de Voorzitter", "De heer Wethouder") is no name either."""

from __future__ import annotations

import re

from .model import Category
from .scan import Candidate

# "-prijs", "-fonds", "stichting" glued to the name, or a hyphen and the kind of thing right after it.
THING_END_RE = re.compile(
    r"(?:-|(?<=[a-z]))(?:prijs|fonds|stichting|lezing|penning|award|zaal|school|college|leerstoel)$",
    re.IGNORECASE,
)
THING_AFTER_RE = re.compile(
    r"(?:-(?i:prijs|fonds|stichting|foundation|lezing|penning|award|leerstoel)"
    r"|[ \t]+(?:Prijs|Fonds|Stichting|Foundation|Lezing|Penning|Award|Leerstoel|Kinderfonds|Cultuurfonds))(?![\w])"
)
# Every word those two expressions can end in, in lower case (a quick test before them; "$" also
# matches before a last line break).
THING_ENDS = ("prijs", "fonds", "stichting", "lezing", "penning", "award", "zaal", "school", "college")
THING_ENDS += ("leerstoel", "foundation")
# "de Anne Frank Stichting": the kind of thing is the name's last word.
THING_WORD_END_RE = re.compile(r"[ \t](?:Stichting|Fonds|Foundation|Prijs|Lezing|Award)$")
# "zaal Willem Drees", "vergaderzaal Annie M.G. Schmidt": a room named after someone.
ROOM_BEFORE_RE = re.compile(r"(?<![\w])(?:\w*zaal|zalen)[ \t]+$", re.IGNORECASE)


# "Mevrouw de Voorzitter", "De heer Wethouder": an office addressed with a title, in a council's debate.
# Only offices of government, no trade that is also a surname ("Boer", "Schipper").
OFFICES = frozenset(
    {"voorzitter", "wethouder", "burgemeester", "griffier", "secretaris", "raadslid", "minister"}
    | {"staatssecretaris", "kamerlid", "gedeputeerde", "commissaris", "ombudsman", "loco-burgemeester"}
)
TITLE_WORDS = frozenset({"mevrouw", "mevr", "mw", "heer", "de", "het", "geachte", "beste", "dhr", "meneer"})
WORD_RE = re.compile(r"[^\W\d_]+")
TITLED_RE = re.compile(r"(?i:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|de[ \t]+heer|familie|fam\.?)[ \t]+")
TITLED_BEFORE_RE = re.compile(r"(?i:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|heer|familie|fam\.?)[ \t]+$")


def without_named_things(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the names that belong to a thing named after a person."""
    if not any(c.category is Category.NAAM for c in candidates):
        return candidates
    things = [(c.start, c.end) for c in candidates if c.category is Category.NAAM and _thing(text, c)]
    if not things:
        return candidates
    # the first name alone ("Jan" of "de Jan Terlouw-prijs") goes with the whole name; a foundation named
    # after someone ("de Anne Frank Stichting", "Saba Health Care Foundation") is an organisation
    bodies = [
        Candidate(c.start, c.end, Category.INSTELLING, c.confidence)
        for c in candidates
        if c.category is Category.NAAM and THING_WORD_END_RE.search(text, c.start, c.end)
    ]
    return bodies + [
        c
        for c in candidates
        if c.category is not Category.NAAM
        or not any(c.start < end and start < c.end for start, end in things)
    ]


def _thing(text: str, cand: Candidate) -> bool:
    value = text[cand.start : cand.end]
    words = [w.lower() for w in WORD_RE.findall(value) if w.lower() not in TITLE_WORDS]
    if words and all(w in OFFICES for w in words):
        return True  # "Mevrouw de Voorzitter": an office, not a name
    folded = value.lower()
    odd = "ı" in value or "ſ" in value or "İ" in value  # IGNORECASE takes them for "i" and "s"
    titled = TITLED_RE.match(value) is not None or TITLED_BEFORE_RE.search(
        text, max(0, cand.start - 12), cand.start
    )  # "mevrouw Jansen-Penning", "Mevrouw Bakker-Prijs": a double surname, no prize
    if (
        not titled
        and (odd or folded.endswith(THING_ENDS) or folded[:-1].endswith(THING_ENDS))  # quick tests first
        and (THING_END_RE.search(value) or THING_WORD_END_RE.search(value))
    ):
        return True
    if text[cand.end : cand.end + 1] in ("-", " ", "\t") and THING_AFTER_RE.match(text, cand.end):
        return True
    before = text[max(0, cand.start - 20) : cand.start].lower()
    return ("zaal" in before or "zalen" in before) and ROOM_BEFORE_RE.search(
        text, max(0, cand.start - 20), cand.start
    ) is not None
