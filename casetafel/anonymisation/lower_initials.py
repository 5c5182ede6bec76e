"""Initials in notes typed without capitals: "gz-psych. m. kok", "met j. de boer gebeld", "j. v. dijk",
and a note closed by its writer's initials ("notitie kb", "gr. jvd")."""

from __future__ import annotations

import re
from bisect import bisect_left

from .caseless import finditer_at, initial_starts
from .lower_common import NOT_NAMES
from .lower_common import ordinary_word as _ordinary
from .lower_words import LOWER_TITLES
from .lowercase import LOWER_ROLES, lower_surname_end
from .model import Category
from .name_words import ROLES
from .scan import Candidate, TextScan


def lower_initials(scan: TextScan) -> list[Candidate]:
    return _initials_and_surname(scan) + _closing_initials(scan) + _signed_initials(scan)


# "m. kok", "j.w. de boer": lower-case initials before a surname; not "o.a.", "i.v.m." and the like.
LOWER_INITIALS_RE = re.compile(r"(?<![\w.])(?:[a-z]\.[ \t]?){1,3}(?<=[. \t])[ \t]*(?=[a-z])")
LOWER_ABBREVIATIONS = frozenset(
    {"oa", "ivm", "mbt", "tzt", "zsm", "dwz", "ed", "nav", "as", "iom", "miv", "tav", "ipv", "ea", "mn"}
    | {"zoz", "cq", "icm", "obv", "muv", "tbv", "va", "ism", "tov", "nvt", "svp", "vd", "ov", "nb", "pm"}
    | {"ca", "bv", "vs", "zn", "tk", "ps", "v", "p", "z", "e", "n", "b", "s", "t"}
)


def _initials_and_surname(scan: TextScan) -> list[Candidate]:
    """ "gz-psych. m. kok", "met j. de boer gebeld": lower-case initials before a surname. A surname that
    is also a word ("kok", "bakker") needs a role or an abbreviated role before the initials."""
    text, tokens = scan.text, scan.tokens
    found = []
    for match in finditer_at(LOWER_INITIALS_RE, text, initial_starts(text)):
        letters = match.group().replace(".", "").replace(" ", "").replace("\t", "")
        if letters in LOWER_ABBREVIATIONS and len(letters) > 1:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not text[line_start : match.start()].strip(" \t-*•"):
            continue  # "a. bakker bellen": a numbered point
        j = bisect_left(tokens, match.end(), key=lambda t: t.start)
        if j >= len(tokens) or tokens[j].start != match.end():
            continue
        end = lower_surname_end(scan, j)
        if end is None or (end == j + 1 and tokens[j].lower not in scan.lists.surnames):
            continue
        van = len(letters) >= 2 and letters.endswith("v")  # "j. v. dijk": the last "v." is "van"
        plain = end == j + 1 and not van  # no particle: "m. kok", not "t. van rijn"
        weak = _ordinary(scan, tokens[j].lower) or letters in LOWER_ABBREVIATIONS  # "kok"; "p. bakker"
        if plain and weak and not _role_before(scan, match.start()):
            continue
        found.append(Candidate(match.start(), tokens[end - 1].end, Category.NAAM, 0.75))
    return found


def _role_before(scan: TextScan, pos: int) -> bool:
    """A role ("huisarts", "juf") or an abbreviated role ("gz-psych.", "fysioth.") ends right before
    ``pos``."""
    before = scan.text[max(0, pos - 30) : pos]
    match = re.search(r"([^\W\d_][\w'-]*)(\.?)[ \t]+$", before)
    if match is None:
        return False
    word = match.group(1).lower()
    if word in LOWER_ROLES or word in ROLES or word in LOWER_TITLES:
        return True
    return bool(match.group(2)) and len(word) >= 4 and word not in scan.lists.dutch_words


# "notitie ab", "gr. jk", "genoteerd door mv": a note closed by its writer's initials on its last line.
CLOSING_INITIALS_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:notitie|genoteerd(?:[ \t]+door)?|gr\.?|groet|mvg|door|namens|verslag)[ \t]*[:,]?[ \t]+"
    r"([a-z]{2,3})[ \t]*\.?\s*$"
)


CLOSING_WORDS = frozenset({"ok", "oke", "nb", "ps", "ja", "nee", "etc", "enz", "bvd", "dank", "tot", "zie"})


def _closing_initials(scan: TextScan) -> list[Candidate]:
    text, lists = scan.text, scan.lists
    match = CLOSING_INITIALS_RE.search(text, max(0, len(text) - 40))
    if match is None:
        return []
    letters = match.group(1)  # initials are no words, but a dictionary lists many two-letter forms
    if letters in lists.stop_words or letters in NOT_NAMES or letters in lists.domain_terms:
        return []
    if letters in CLOSING_WORDS or (len(letters) == 3 and letters in lists.dutch_words):
        return []
    return [Candidate(match.start(1), match.end(1), Category.NAAM, 0.7)]


# "groete. J.P.", "gr. GJ", "Groeten, A.B.": a greeting that opens a line, then capital initials alone.
SIGNED_INITIALS_RE = re.compile(
    r"[ \t]*(?i:gr|groet|groete|groeten|groetjes|mvg|vriendelijke groet|hartelijke groet)[ \t]*[.,:!]?"
    r"[ \t]+((?:[A-Z]\.){1,3}|[A-Z]{2,3})[ \t]*(?=\n|$)"
)
GREETING_STARTS = frozenset({"gr", "mv", "vr", "ha"})  # the first letters of the greetings above


def _signed_initials(scan: TextScan) -> list[Candidate]:
    text = scan.text
    found = []
    line_start = 0
    for line in text.split("\n"):
        start, line_start = line_start, line_start + len(line) + 1
        if line.lstrip(" \t")[:2].lower() not in GREETING_STARTS:
            continue  # a set lookup per line: most lines open otherwise
        match = SIGNED_INITIALS_RE.match(text, start)
        if match is None:
            continue
        letters = match.group(1)
        if letters.lower() in scan.lists.domain_terms or letters.lower() in scan.lists.stop_words:
            continue  # "groet, CJG", "gr. GGD": a body
        found.append(Candidate(match.start(1), match.end(1), Category.NAAM, 0.75))
    return found
