"""A text prepared for the word-based rules: its tokens, the word lists, the tokens that belong to
domain phrases (law names, organisation types) and may never be reported, and small helpers shared by
the name, place and institution rules. Rules return ``Candidate`` tuples; the detector turns the
winners into findings."""

from __future__ import annotations

import re
from typing import NamedTuple

from casetafel.domain.calendar import MONTHS, WEEKDAYS

from .lists import PhraseIndex, WordLists
from .model import Category
from .tokens import Token, adjacency, tokenise

# Lower-case name particles. Capitalised Arabic particles are accepted only when written capitalised.
NAME_PREFIXES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "t",
        "ter",
        "ten",
        "von",
        "vom",
        "da",
        "dos",
        "das",
        "di",
        "del",
        "della",
        "du",
        "la",
        "le",
        "lo",
        "mac",
        "vd",
    }
)
CAP_PARTICLES = frozenset({"el", "al", "ben", "bin", "ait", "abu", "ibn", "o"})
FUNCTION_WORDS = frozenset(
    {
        "de",
        "het",
        "een",
        "en",
        "of",
        "maar",
        "want",
        "dus",
        "dan",
        "die",
        "dat",
        "deze",
        "dit",
        "is",
        "was",
        "zijn",
        "heeft",
        "had",
        "wordt",
        "werd",
        "in",
        "op",
        "aan",
        "bij",
        "met",
        "van",
        "voor",
        "na",
        "naar",
        "uit",
        "over",
        "om",
        "tot",
        "te",
        "hij",
        "zij",
        "ze",
        "ik",
        "jij",
        "je",
        "u",
        "wij",
        "we",
        "haar",
        "hem",
        "hun",
        "er",
        "hier",
        "daar",
        "niet",
        "geen",
        "wel",
        "ook",
        "nog",
        "al",
        "als",
        "toen",
        "nu",
        "zo",
    }
)
MONTHS_AND_DAYS = frozenset(MONTHS + WEEKDAYS)


class Candidate(NamedTuple):
    start: int
    end: int
    category: Category
    confidence: float


BRANCH_COMPASS = frozenset({"noord", "zuid", "oost", "west", "midden", "groot"})  # "Zuid-Kennemerland"


ACRONYM_AFTER_RE = re.compile(r"[ \t]?\(([A-Z]{2,6}[a-z]?)\)")


# Forms of address: the capitalised word after one is a surname, whatever else it may be.
ADDRESSED = frozenset({"mevrouw", "meneer", "mevr", "mw", "mr", "dhr", "heer", "familie", "fam", "mej"})


class TextScan:
    """Tokens of one text plus the lists, with the domain phrases already marked."""

    def __init__(self, text: str, lists: WordLists) -> None:
        self.text = text
        self.lists = lists
        self.tokens: list[Token] = tokenise(text)
        self._adjacent = adjacency(text, self.tokens)  # computed once: the rules ask many times
        self._count = len(self.tokens)
        self._lowers = [token.lower for token in self.tokens]
        self.blocked: set[int] = set()
        self.capitalises_nouns: bool | None = None  # computed once by capitals.capitalises_nouns
        self._mark_domain_terms()

    @property
    def lowers(self) -> list[str]:
        """The lower-case form of every token, in order (for quick set tests over the whole text)."""
        return self._lowers

    def _mark_domain_terms(self) -> None:
        lists = self.lists
        terms, phrases = lists.domain_terms, lists.domain_phrases
        blocked = self.blocked
        for i, token in enumerate(self.tokens):
            lower = token.lower
            if lower in terms:
                if token.cap and i and self.tokens[i - 1].lower in ADDRESSED and self.adjacent(i - 1):
                    continue  # "mevrouw Halt", "meneer Toegang": after a form of address it is a surname
                blocked.add(i)
            elif "-" in lower:
                first_part = lower.split("-", 1)[0]
                if first_part in terms and lower[0].isalpha():
                    blocked.add(i)
            if lower in phrases and not (i and self.tokens[i - 1].lower in ADDRESSED):  # "mevrouw de Zeeman"
                length = self.phrase_length(i, phrases)
                if length and not self._branch_after(i + length):
                    blocked.update(range(i, i + length))
                    self._block_acronym(self.tokens[i + length - 1].end)

    def _block_acronym(self, end: int) -> None:
        """The acronym a text gives a domain phrase ("Functionaris Gegevensbescherming (FG)", "Nederlandse
        Zorgautoriteit (NZa)") is a domain term wherever it recurs in that text ("meld het bij de FG")."""
        if self.text[end : end + 2] not in (" (", "("):
            return
        match = ACRONYM_AFTER_RE.match(self.text, end)
        if match is None:
            return
        acronym = match.group(1)
        self.blocked.update(j for j, token in enumerate(self.tokens) if token.text == acronym)

    def _branch_after(self, j: int) -> bool:
        """A programme or service name followed by a town or a name of its own ("Housing First Utrecht",
        "Beschermd Wonen De Linde"): a local branch, left to the organisation rules; followed by a
        surname ("Hans en Grietje Bakker"), a person's names."""
        if j >= self._count or not self.adjacent(j - 1):
            return False
        token = self.tokens[j]
        if not token.cap or token.all_caps:
            return False
        lower = token.lower
        if lower in self.lists.surnames:
            return True  # "Hans en Grietje Bakker": the phrase's words are a couple's first names
        return (
            lower in ("de", "het") or lower in self.lists.places or lower.split("-", 1)[0] in BRANCH_COMPASS
        )

    def phrase_length(self, i: int, index: PhraseIndex) -> int:
        """Number of tokens of the longest phrase from ``index`` that starts at token ``i`` (0: none)."""
        seconds = index.get(self._lowers[i])
        if not seconds or i + 1 >= self._count:
            return 0
        phrases = seconds.get(self._lowers[i + 1])
        if not phrases:
            return 0
        tokens = self.tokens
        for phrase in phrases:
            end = i + len(phrase)
            if end > len(tokens):
                continue
            if all(tokens[i + k].lower == phrase[k] for k in range(len(phrase))) and all(
                self.joined(i + k) for k in range(len(phrase) - 1)
            ):
                return len(phrase)
        return 0

    def joined(self, i: int) -> bool:
        """Token ``i`` and token ``i + 1`` stand next to each other on one line ("St. Anna" counts)."""
        if i + 1 >= self._count:
            return False
        if self._adjacent[i]:
            return True
        left, right = self.tokens[i], self.tokens[i + 1]
        gap = self.text[left.end : right.start]
        return gap in (". ", ".", "-", " - ", " & ")  # "Jeugdfonds Sport & Cultuur"

    def adjacent(self, i: int) -> bool:
        """Token ``i`` is followed by token ``i + 1`` with only spaces in between."""
        return i + 1 < self._count and self._adjacent[i]

    def prev_lower(self, i: int, distance: int = 1) -> str:
        j = i - distance
        return self.tokens[j].lower if j >= 0 else ""

    def prev_adjacent(self, i: int) -> bool:
        return 0 < i <= self._count and self._adjacent[i - 1]

    def is_prefix(self, i: int) -> bool:
        token = self.tokens[i]
        if token.lower in NAME_PREFIXES or (token.cap and token.lower in CAP_PARTICLES):
            return True
        if token.lower == "te":
            return self._te_particle(i)
        # "Mohammed al Amin": a lower-case Arabic particle between two capitalised names
        return (
            token.lower in CAP_PARTICLES
            and token.lower != "o"
            and 0 < i < len(self.tokens) - 1
            and self.tokens[i - 1].cap
            and self.tokens[i + 1].cap
            and self.adjacent(i - 1)
            and self.adjacent(i)
        )

    def _te_particle(self, i: int) -> bool:
        """ "Maatschap Te Winkel", "Hanneke te Brake": "te" is a surname's particle when it is capitalised
        inside a sentence, or follows a first name and precedes a capitalised word that is no town
        ("mevrouw Jansen te Emmen" is where she lives)."""
        token = self.tokens[i]
        if i + 1 >= self._count or not self.adjacent(i) or not self.tokens[i + 1].cap:
            return False
        if token.cap:
            return not token.sentence_start
        if i == 0 or not self.adjacent(i - 1):
            return False
        before, after = self.tokens[i - 1], self.tokens[i + 1]
        lists = self.lists
        return before.cap and before.lower in lists.first_names and after.lower not in lists.places

    def is_common(self, token: Token) -> bool:
        return token.lower in self.lists.stop_words or token.lower in MONTHS_AND_DAYS

    def surname_end(self, i: int, *, strict: bool) -> int | None:
        """Index after a surname that starts at token ``i``: prefixes, then a capitalised word.

        ``strict`` (weak context such as bare initials) also demands that the word is a known surname
        or not a common Dutch word. Returns None when no surname starts at ``i``.
        """
        tokens = self.tokens
        j = i
        prefixes = 0
        while j < len(tokens) and prefixes < 3 and self.is_prefix(j) and self.adjacent(j):
            nxt = tokens[j + 1]
            if not (nxt.cap or self.is_prefix(j + 1)):
                break
            j += 1
            prefixes += 1
        if j >= len(tokens):
            return None
        token = tokens[j]
        if not self.name_like(j):
            return None
        if strict and not prefixes and token.lower not in self.lists.surnames and self.is_common(token):
            return None
        end = j + 1
        # "Jansen-de Vries": the token ends in a hyphenated particle; the rest follows.
        tail = token.lower.rsplit("-", 1)
        if len(tail) == 2 and tail[1] in NAME_PREFIXES and self.adjacent(j):
            more = self.surname_end(j + 1, strict=False)
            if more is not None:
                end = more
        return end

    def name_like(self, j: int) -> bool:
        """A capitalised word that can be (part of) a name: no function word, domain term or acronym."""
        token = self.tokens[j]
        if not token.cap or j in self.blocked or token.all_caps or len(token.text) < 2:
            return False
        return token.lower not in FUNCTION_WORDS and token.lower not in MONTHS_AND_DAYS
