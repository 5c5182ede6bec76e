"""Full-text search: diacritics folded, prefixes, kept up to date by triggers, hostile input is safe."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetafel.services.container import Services
from casetafel.services.search import fts_query


def test_diacritics_are_folded_and_prefixes_match(services: Services, planned_meeting) -> None:
    case_id = planned_meeting.agenda[0].case_id
    services.records.record_observation(
        planned_meeting.id, case_id, "schot", "De coördinatie tussen bewind en schuldhulp ontbreekt."
    )
    hits = services.search.search("coordinatie")
    assert [(h.kind, h.meeting_id) for h in hits] == [("observatie", planned_meeting.id)]
    assert "«coördinatie»" in hits[0].snippet
    assert services.search.search("schuldh bewi")[0].kind == "observatie"


def test_best_match_first_unless_too_many_match(services: Services, planned_meeting, monkeypatch) -> None:
    import casetafel.services.search as search

    case_id = planned_meeting.agenda[0].case_id
    record = services.records.record_observation
    best = record(planned_meeting.id, case_id, "schot", "Wachtlijst wachtlijst wachtlijst bij de wachtlijst.")
    for text in ("Een lange wachtlijst.", "Nog een wachtlijst, en veel andere woorden erbij.", "Wachtlijst."):
        newest = record(planned_meeting.id, case_id, "schot", text)
    assert services.search.search("wachtlijst")[0].ref_id == best.id  # ranked: the best match first
    monkeypatch.setattr(search, "RANK_AT_MOST", 3)  # four matches: more than are ranked
    assert services.search.search("wachtlijst")[0].ref_id == newest.id  # the newest first
    assert len(services.search.search("wachtlijst")) == 4


def test_index_follows_inserts_updates_and_deletes(services: Services, planned_meeting) -> None:
    case = services.cases.create_case("Boerengezin", "Het melkveebedrijf draait verlies.")
    assert [h.ref_id for h in services.search.search("melkveebedrijf")] == [case.id]
    services.cases.update_case(case.id, description="Het akkerbouwbedrijf draait verlies.")
    assert services.search.search("melkveebedrijf") == []
    assert services.search.search("akkerbouw")[0].title.startswith(case.code)
    question = services.records.record_question(planned_meeting.id, None, "Hoe zit het met de regio?")
    services.records.update_question(question.id, answer="Via de Wmo-tafel.")
    assert services.search.search("wmo-tafel")[0].ref_id == question.id
    services.records.delete_question(question.id)
    assert services.search.search("regio") == []
    services.cases.delete_case(case.id)
    assert services.search.search("akkerbouw") == []


@pytest.mark.parametrize("raw", ["zorg AND (", '"', "NEAR(a b)", "*", "-", "col:x", "a OR", "''", "   "])
def test_query_syntax_in_user_input_is_harmless(services: Services, raw: str) -> None:
    assert isinstance(services.search.search(raw), list)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_input_is_a_valid_query(services: Services, raw: str) -> None:
    assert fts_query(raw).count('"') % 2 == 0
    assert isinstance(services.search.search(raw), list)
