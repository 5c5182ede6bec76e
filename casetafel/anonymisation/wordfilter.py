"""A compact membership test for ordinary Dutch words: a Bloom filter built at build time from the
OpenTaal word list (see ``packaging/anonymisation_words.py``), so that the detector can tell "dagen" or
"hele" from a surname in a note without capitals, without loading 400,000 words at run time. With 24
bits and 16 hashes per word (about 1.1 MB) about one unknown word in 100,000 is wrongly taken for a
Dutch word; a Dutch word is never missed. The false-positive rate matters twice: an unknown surname that
passes for a word is not reported, and ``looks_like_typo`` asks the filter once for every neighbouring-
letter swap of a word (at 1 %, as built before, 6.5 % of unknown surnames and places passed for typos)."""

from __future__ import annotations

import hashlib
from pathlib import Path

MAGIC = b"CTBF1"
MAX_REMEMBERED = 10_000  # words whose answer is kept (about 1 MB at most)


BITS_PER_WORD = 24
HASHES = 16  # near the best count (bits per word times ln 2): false positives about 0.5 ** 16


def _seeds(word: str) -> tuple[int, int]:
    digest = hashlib.blake2b(word.encode("utf-8"), digest_size=16).digest()
    return int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little") | 1


def _positions(word: str, size: int, hashes: int) -> list[int]:
    first, second = _seeds(word)
    return [(first + i * second) % size for i in range(hashes)]


class WordFilter:
    """``word in filter``: True for every word the filter was built from (and rarely for another)."""

    def __init__(self, bits: bytes | memoryview, hashes: int) -> None:
        self._bits = bits
        self._size = len(bits) * 8
        self._hashes = hashes
        self._known: dict[str, bool] = {}  # answers given before: the same words recur in every text

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not self._size:
            return False
        known = self._known.get(word)
        if known is not None:
            return known
        bits, size = self._bits, self._size
        first, second = _seeds(word)
        answer = True
        for i in range(self._hashes):  # an unknown word usually fails at the first or second bit
            p = (first + i * second) % size
            if not bits[p >> 3] >> (p & 7) & 1:
                answer = False
                break
        if len(self._known) >= MAX_REMEMBERED:
            self._known.clear()
        self._known[word] = answer
        return answer

    @classmethod
    def build(cls, words: set[str], bits_per_word: int = BITS_PER_WORD, hashes: int = HASHES) -> WordFilter:
        size = max(8, (len(words) * bits_per_word + 7) // 8 * 8)
        array = bytearray(size // 8)
        for word in words:
            for p in _positions(word, size, hashes):
                array[p >> 3] |= 1 << (p & 7)
        return cls(bytes(array), hashes)

    def to_bytes(self) -> bytes:
        return MAGIC + bytes([self._hashes]) + bytes(self._bits)

    @classmethod
    def load(cls, path: Path) -> WordFilter:
        """The filter in ``path``; an empty filter (nothing is a word) when the file is missing."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls(b"", 1)
        if not data.startswith(MAGIC):
            raise ValueError(f"{path.name} is geen woordfilter")
        return cls(memoryview(data)[len(MAGIC) + 1 :], data[len(MAGIC)])  # a view: no second copy


def looks_like_typo(lower: str, words: object) -> bool:
    """Two neighbouring letters swapped turn ``lower`` into a Dutch word ("kinderne", "kmaer"): a typo
    in a hurried note, not a name. Only used by the rules that take an unknown word for a name.

    About 1 % of the surnames and places no dictionary knows really swap into some word ("gorter",
    "olst"); the filter's own false positives add about 0.01 %. Demanding that the swapped word be a
    frequent one would halve that 1 %, but a list of frequent words made without a frequency source
    (the wordfreq data is share-alike) missed about 5 % of the typos of short words in case notes, and a
    typo taken for a name is a false alarm in a clean text: every word the filter knows counts."""
    if len(lower) < 4:
        return False
    for k in range(len(lower) - 1):
        if lower[k] != lower[k + 1]:
            swapped = lower[:k] + lower[k + 1] + lower[k] + lower[k + 2 :]
            if swapped in words:  # type: ignore[operator]
                return True
    return False


def plural_of_word(lower: str, words: object) -> bool:
    """A long word whose singular is a Dutch word ("energiecoaches", "jeugdactiviteiten"): the word list
    holds most compounds in the singular only. Short words are left alone (place and brand names)."""
    if len(lower) < 9:
        return False
    if lower.endswith("s") and (lower[:-1] in words or lower.endswith("es") and lower[:-2] in words):  # type: ignore[operator]
        return True
    return lower.endswith("en") and lower[:-2] in words  # type: ignore[operator]


def compound_of_words(lower: str, words: object, parts: int = 3) -> bool:
    """``lower`` is made of up to ``parts`` Dutch words of at least three letters, a linking "s" allowed
    after a part ("raads|informatie|brief", "team|ontwikkeling"). Names made of two words exist
    ("stadgenoot", "woonpunt"): the callers ask this only where a kind of word is already told."""
    if lower in words:  # type: ignore[operator]
        return True
    if parts < 2:
        return False
    for k in range(3, len(lower) - 2):
        head = lower[:k]
        known = head in words or (head.endswith("s") and head[:-1] in words)  # type: ignore[operator]
        if known and compound_of_words(lower[k:], words, parts - 1):
            return True
    return False
