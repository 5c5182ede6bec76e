"""The demo data uses only valid codes, refers only to existing cases and keeps case texts anonymous."""

from __future__ import annotations

import re

from casetafel.domain.calendar import MONTHS, WEEKDAYS
from casetafel.services import demo_content as d

KINDS = {"schot", "goede_praktijk", "signaal", "vraag", "meenemen"}
THEMES = {
    "regie_vrijheid",
    "ontschotten",
    "rol_raad",
    "bewonersinitiatieven",
    "professionals",
    "schaal_regio",
}
DOMAINS = {
    "wmo",
    "jeugdwet",
    "participatiewet",
    "schuldhulp",
    "bewind",
    "zorg",
    "wonen",
    "onderwijs",
    "inkomen",
    "veiligheid",
}
ROLES = {
    "raadslid",
    "wethouder",
    "professional",
    "beleidsmedewerker",
    "griffier",
    "gespreksleider",
    "ervaringsdeskundige",
    "overig",
}
ACTORS = {"professional", "organisatie", "college", "raad", "regio", "rijk"}
ADDRESSEES = {"raad", "college", "organisatie", "regio", "rijk"}
COUNCIL_ROLES = {"kaderstellend", "controlerend", "volksvertegenwoordigend"}
LIFE_AREAS = {
    "financien",
    "werk_dagbesteding",
    "wonen",
    "gezondheid",
    "opvoeding",
    "sociaal_netwerk",
    "onderwijs",
    "veiligheid",
}
AGE_BANDS = {"0-11", "12-17", "18-26", "27-45", "46-66", "67-79", "80+"}
HOUSEHOLDS = {
    "alleenstaand",
    "paar_zonder_kinderen",
    "gezin",
    "eenoudergezin",
    "inwonend",
    "instelling",
    "overig",
}
PHASES = {
    "opening",
    "presenteren",
    "verhelderen",
    "wat_zien_we",
    "wie_kan_wat",
    "prioriteren",
    "afspraken",
    "evaluatie",
}
INSTRUMENTS = {
    "geen",
    "raadsvraag",
    "informatieverzoek",
    "toezegging",
    "motie_idee",
    "agendering",
    "signaal_aan_rijk",
}
QUESTION_STATUSES = {"open", "in_behandeling", "beantwoord", "afgesloten"}
ACTION_STATUSES = {"open", "in_behandeling", "afgerond", "vervallen"}
SESSION_STATUSES = {"gepland", "bezig", "afgerond"}

CASE_CODES = {case.code for case in d.DEMO_CASES}


def test_municipality_is_set() -> None:
    assert d.DEMO_MUNICIPALITY.startswith("Gemeente ")


def test_cases_have_valid_codes() -> None:
    assert len(d.DEMO_CASES) >= 8
    assert len(CASE_CODES) == len(d.DEMO_CASES), "case codes must be unique"
    for case in d.DEMO_CASES:
        assert re.fullmatch(r"C-2026-\d{3}", case.code)
        assert case.title and len(case.title) <= 60
        assert case.domains and set(case.domains) <= DOMAINS, case.code
        assert case.life_areas and set(case.life_areas) <= LIFE_AREAS, case.code
        assert case.themes and set(case.themes) <= THEMES, case.code
        assert case.age_band in AGE_BANDS, case.code
        assert case.household_type in HOUSEHOLDS, case.code
        assert case.presenter_role in ROLES, case.code


def test_case_descriptions_are_long_enough_and_anonymous() -> None:
    months = set(MONTHS) | set(WEEKDAYS) - {"zondag"}  # a Sunday may be named, no other day or month
    for case in d.DEMO_CASES:
        text = case.description
        assert 250 <= len(text.split()) <= 500, (case.code, len(text.split()))
        # The only digits allowed are euro amounts.
        assert not re.findall(r"\d", re.sub(r"€ [\d.,]+", "", text)), case.code
        assert not re.search(r"\b\d+\s*jaar\b", text), case.code
        words = set(re.findall(r"\w+", text.lower()))
        assert not words & months, case.code
        assert "  " not in text and "\n\n\n" not in text


def test_sessions_refer_to_existing_cases() -> None:
    statuses = {meeting.status for meeting in d.DEMO_MEETINGS}
    assert statuses <= SESSION_STATUSES
    assert "afgerond" in statuses and "gepland" in statuses
    for meeting in d.DEMO_MEETINGS:
        assert meeting.case_codes and set(meeting.case_codes) <= CASE_CODES, meeting.title
        assert meeting.starts_at < meeting.ends_at
        assert meeting.participants
        for participant in meeting.participants:
            assert participant.role in ROLES
        for observation in meeting.observations:  # "": the opening or the evaluation of the session
            if observation.case_code == "":
                assert observation.phase_key in ("opening", "evaluatie"), observation.text
            else:
                assert observation.case_code in meeting.case_codes, observation.text
        for question in meeting.questions:
            assert question.case_code == "" or question.case_code in meeting.case_codes, question.text
        for action in meeting.actions:
            assert action.case_code in meeting.case_codes, action.text


def test_planned_sessions_have_no_record() -> None:
    for meeting in d.DEMO_MEETINGS:
        if meeting.status == "gepland":
            assert not meeting.observations and not meeting.questions and not meeting.actions
            assert not meeting.evaluation


def test_records_use_valid_codes() -> None:
    for meeting in d.DEMO_MEETINGS:
        for observation in meeting.observations:
            assert observation.phase_key in PHASES
            assert observation.kind in KINDS
            assert set(observation.domains) <= DOMAINS
            assert set(observation.actors) <= ACTORS
            assert observation.author_role in ROLES
            assert 0 <= observation.votes <= 7
        for question in meeting.questions:
            assert question.council_role in COUNCIL_ROLES
            assert question.theme in THEMES
            assert question.addressed_to in ADDRESSEES
            assert question.instrument in INSTRUMENTS
            assert question.status in QUESTION_STATUSES
            assert question.text.rstrip().endswith("?")
            if question.status == "beantwoord":
                assert question.answer
            assert 0 <= question.votes <= 7
        for action in meeting.actions:
            assert action.status in ACTION_STATUSES
            assert action.owner


def test_finished_session_has_a_rich_record() -> None:
    finished = [s for s in d.DEMO_MEETINGS if s.status == "afgerond"]
    richest = max(finished, key=lambda s: len(s.observations))
    assert len(richest.case_codes) == 3
    assert 8 <= len(richest.participants) <= 12
    assert richest.evaluation and richest.notes
    assert any(q.case_code == "" for q in richest.questions)
    for code in richest.case_codes:
        observations = [o for o in richest.observations if o.case_code == code]
        assert len(observations) >= 6
        assert len({o.kind for o in observations}) >= 3
        assert {o.phase_key for o in observations} >= {"verhelderen", "wat_zien_we", "wie_kan_wat"}
        assert len([q for q in richest.questions if q.case_code == code]) >= 2
        assert [a for a in richest.actions if a.case_code == code]


def test_vocabulary_matches_the_database_defaults() -> None:
    from casetafel.domain.vocabulary import ADDRESSEES as DB_ADDRESSEES
    from casetafel.domain.vocabulary import DEFAULT_TERMS, Vocabulary

    def codes(vocabulary: Vocabulary) -> set[str]:
        return {term.code for term in DEFAULT_TERMS[vocabulary]}

    assert codes(Vocabulary.OBSERVATION_KIND) == KINDS
    assert codes(Vocabulary.THEME) == THEMES
    assert codes(Vocabulary.DOMAIN) == DOMAINS
    assert codes(Vocabulary.PARTICIPANT_ROLE) == ROLES
    assert codes(Vocabulary.ACTOR_LEVEL) == ACTORS
    assert codes(Vocabulary.COUNCIL_ROLE) == COUNCIL_ROLES
    assert codes(Vocabulary.LIFE_AREA) == LIFE_AREAS
    assert codes(Vocabulary.AGE_BAND) == AGE_BANDS
    assert codes(Vocabulary.HOUSEHOLD_TYPE) == HOUSEHOLDS
    assert {term.code for term in DB_ADDRESSEES} == ADDRESSEES


def test_the_demo_shows_a_reopened_session_and_lines_of_opening_and_evaluation() -> None:
    reopened = [meeting for meeting in d.DEMO_MEETINGS if meeting.reopen_reason]
    assert reopened and all(meeting.status == "afgerond" for meeting in reopened)
    phases = {o.phase_key for s in d.DEMO_MEETINGS for o in s.observations if o.case_code == ""}
    assert phases == {"opening", "evaluatie"}
