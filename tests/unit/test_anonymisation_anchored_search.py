"""The anchored searches of caseless.py find exactly what a search over the whole text finds."""

from __future__ import annotations

import random

import pytest

from casetafel.anonymisation.addresses import LAAN_VAN_HEADS, LAAN_VAN_RE
from casetafel.anonymisation.ages import SEX_AGE_RE, WORD_AGE_RE
from casetafel.anonymisation.caseless import (
    caseless_twin,
    digit_runs,
    finditer_at,
    initial_starts,
    lowered,
    positions,
    positions_of,
    words_before,
)
from casetafel.anonymisation.lower_initials import LOWER_INITIALS_RE
from casetafel.anonymisation.lowercase import LOWER_CALL_RE, LOWER_FIRST_CALL_RE
from casetafel.anonymisation.names import (
    ABBREVIATED_PARTICLE_RE,
    BARE_INITIALS_RE,
    CALL_NAME_RE,
    FIRST_AND_CALL_RE,
    PARTICLE_OPENINGS,
)
from casetafel.anonymisation.placements import GREETING_OPENINGS, GREETING_RE
from casetafel.anonymisation.places import POSTCODE_THEN_RE

PIECES = [
    *"aAbBjJhHvVdD. .\t()-/,'\"“‘_1²ıſİ",
    "Th.",
    "Chr.",
    "IJ.",
    "A.B. (Bram) ",
    "j. (hans) ",
    "Johannes (Hans) ",
    "piet (piet) ",
    "Rick 'Bolle' ",
    "v.d. ",
    "v d ",
    "Laan van ",
    "Weg der ",
    "Jansen",
    "1234 AB ",
    "(m, 12)",
    "(14 jaar/v)",
    "achttienjarige",
    "tweeëntachtig-jarigen",
    "Met vriendelijke groet,\n",
    "mvg ",
    "m.vr.gr. ",
]


def _texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@pytest.mark.parametrize(
    ("regex", "starts"),
    [
        (CALL_NAME_RE, initial_starts),
        (BARE_INITIALS_RE, initial_starts),
        (LOWER_CALL_RE, initial_starts),
        (LOWER_INITIALS_RE, initial_starts),
        (FIRST_AND_CALL_RE, lambda text: words_before(text, "(\"“”'‘")),
        (LOWER_FIRST_CALL_RE, lambda text: words_before(text, "(")),
        (ABBREVIATED_PARTICLE_RE, lambda text: positions_of(text, PARTICLE_OPENINGS)),
        (LAAN_VAN_RE, lambda text: positions_of(text, LAAN_VAN_HEADS)),
        (POSTCODE_THEN_RE, digit_runs),
        (SEX_AGE_RE, lambda text: positions(text, "(")),
    ],
)
def test_tried_only_where_a_match_can_start(regex, starts) -> None:
    for text in _texts(7):
        assert _spans(finditer_at(regex, text, starts(text))) == _spans(regex.finditer(text)), text


def test_ages_in_words_near_jarig_and_greetings_at_their_first_word() -> None:
    for text in _texts(8):
        lower = lowered(text)
        whole = _spans(WORD_AGE_RE.finditer(text, lower))
        if lower is not None:
            assert _spans(WORD_AGE_RE.near(text, lower, positions(lower, "jarig"), 20, 10)) == whole, text
        twin = caseless_twin(text)
        expected = _spans(GREETING_RE.regex.finditer(text))  # IGNORECASE over the whole text
        if twin is not None:
            found = finditer_at(GREETING_RE.compiled(twin), twin, positions_of(twin, GREETING_OPENINGS))
            assert _spans(found) == expected, text


def test_no_lower_case_twin_with_letters_ignorecase_reads_differently() -> None:
    assert caseless_twin("Met vriendelijke groet") == "met vriendelijke groet"
    assert caseless_twin("vrıendelijke") is None  # a dotless i: IGNORECASE matches "i" there
    assert caseless_twin("ſtichting") is None
    assert caseless_twin("İstanbul") is None  # lower case changes the length


def test_initial_starts_skip_letters_inside_words() -> None:
    text = "Zij woont hier. A.B. Jansen en Th. de Vries"
    starts = initial_starts(text)
    assert text.index("A.B.") in starts and text.index("Th.") in starts
    assert text.index("hier") + 1 not in starts  # a full stop after a word ends a sentence
