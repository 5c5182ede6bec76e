"""The shipped Dutch word filter (``resources/anonymisation/dutch_words.bloom``) and the typo check
built on it: an unknown name or village must rarely pass for a Dutch word or for a typo of one (each
neighbouring-letter swap asks the filter once more), while a real typo of an everyday word in a hurried
note is still recognised."""

from __future__ import annotations

import random

import pytest

from casetafel.anonymisation import detect
from casetafel.anonymisation.lists import load_word_lists
from casetafel.anonymisation.wordfilter import looks_like_typo

NOTE_WORDS = (  # noqa: SIM905
    "kamer kinderen moeder vader woning afspraak gesprek school huisarts schulden gemeente buurvrouw "
    "verslaving opname werkgever uitkering begeleiding dochter zoon broer zusje ouders vriendin gezin "
    "contact melding zorgen huur achterstand dagbesteding wijkteam"
).split()


@pytest.fixture(scope="module")
def words() -> object:
    return load_word_lists().dutch_words


def swaps(word: str) -> list[str]:
    return [
        word[:k] + word[k + 1] + word[k] + word[k + 2 :]
        for k in range(len(word) - 1)
        if word[k] != word[k + 1]
    ]


def test_unknown_strings_rarely_pass_for_words(words: object) -> None:
    rng = random.Random(20)
    strings = {"".join(rng.choice("bdfghklmnprstvwz") for _ in range(7)) for _ in range(20_000)}
    assert sum(s in words for s in strings) <= 3  # designed for about 1 in 100,000


def test_unknown_names_and_places_rarely_pass_for_typos(words: object) -> None:
    lists = load_word_lists()
    unknown = [w for w in lists.surnames | lists.places if len(w) >= 4 and w.isalpha() and w not in words]
    typos = [w for w in unknown if looks_like_typo(w, words)]
    # about 1 % of them really swap into some Dutch word ("smit", "olst"); with a filter of 1 % false
    # positives it was 6.5 %
    assert len(typos) / len(unknown) < 0.02


def test_typos_of_everyday_words_are_still_recognised(words: object) -> None:
    for word in NOTE_WORDS:
        assert word in words
        for typo in swaps(word):
            if typo not in words:
                assert looks_like_typo(typo, words), typo


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de accountant (gorter, 0519-29 11 40) belt morgen terug", "gorter"),
        ("contactpersoon: otten, 06-12345678, bereikbaar na drieën", "otten"),
        ("schuldhulp (kloos, k.kloos@example.nl) stuurt het plan", "kloos"),
        ("de accountant (aydın, 0519-29 11 40) belt morgen terug", "aydın"),
        ("huisarts aktaş, 0512-34 56 78, verwijst door", "aktaş"),
        ("begeleider (wiśniewski, 06-23456789) komt dinsdag", "wiśniewski"),
    ],
)
def test_a_lower_case_contact_name_before_phone_or_mail(text: str, name: str) -> None:
    """A listed surname that a swap turns into a rare word ("gorter" - "groter") is still a name, and so
    is a surname with letters outside Western Europe's ("aydın", "aktaş")."""
    found = [f.text for f in detect(text) if str(f.category) == "naam"]
    assert found == [name]


@pytest.mark.parametrize(
    "text",
    [
        "bel het wijkteam, 06-12345678, voor een afspraak",
        "mail het wijkteam (kmaer, info@wijkteam.nl) voor een afspraak",
        "bereikbaar op werkdagen, 06-12345678",
        "bel de woonconsulent (ma, di, do, 06-12345678)",
    ],
)
def test_a_word_or_typo_before_phone_or_mail_is_no_contact_name(text: str) -> None:
    assert [f for f in detect(text) if str(f.category) == "naam"] == []
