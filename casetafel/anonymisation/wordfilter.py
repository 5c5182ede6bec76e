"""A compact membership test for ordinary Dutch words: a Bloom filter built at build time from the
OpenTaal word list (see ``packaging/anonymisation_words.py``), so that the detector can tell "dagen" or
"hele" from a surname in a note without capitals, without loading 400,000 words at run time. About
one unknown word in a hundred is wrongly taken for a Dutch word; a Dutch word is never missed."""

from __future__ import annotations

import hashlib
from pathlib import Path

MAGIC = b"CTBF1"
MAX_REMEMBERED = 10_000  # words whose answer is kept (about 1 MB at most)


def _positions(word: str, size: int, hashes: int) -> list[int]:
    digest = hashlib.blake2b(word.encode("utf-8"), digest_size=16).digest()
    first = int.from_bytes(digest[:8], "little")
    second = int.from_bytes(digest[8:], "little") | 1
    return [(first + i * second) % size for i in range(hashes)]


class WordFilter:
    """``word in filter``: True for every word the filter was built from (and rarely for another)."""

    def __init__(self, bits: bytes, hashes: int) -> None:
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
        bits = self._bits
        answer = all(bits[p >> 3] >> (p & 7) & 1 for p in _positions(word, self._size, self._hashes))
        if len(self._known) >= MAX_REMEMBERED:
            self._known.clear()
        self._known[word] = answer
        return answer

    @classmethod
    def build(cls, words: set[str], bits_per_word: int = 10, hashes: int = 7) -> WordFilter:
        size = max(8, (len(words) * bits_per_word + 7) // 8 * 8)
        array = bytearray(size // 8)
        for word in words:
            for p in _positions(word, size, hashes):
                array[p >> 3] |= 1 << (p & 7)
        return cls(bytes(array), hashes)

    def to_bytes(self) -> bytes:
        return MAGIC + bytes([self._hashes]) + self._bits

    @classmethod
    def load(cls, path: Path) -> WordFilter:
        """The filter in ``path``; an empty filter (nothing is a word) when the file is missing."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls(b"", 1)
        if not data.startswith(MAGIC):
            raise ValueError(f"{path.name} is geen woordfilter")
        return cls(data[len(MAGIC) + 1 :], data[len(MAGIC)])


def looks_like_typo(lower: str, words: object) -> bool:
    """Two neighbouring letters swapped turn ``lower`` into a Dutch word ("kinderne", "kmaer"): a typo
    in a hurried note, not a name. Only used by the rules that take an unknown word for a name."""
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
