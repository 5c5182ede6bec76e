"""One record API by kind: record, update, delete, restore, and a session's or a case's timeline with the
labels resolved once (the same labels the report shows)."""

from __future__ import annotations

from casetafel.domain.records import RecordKind
from casetafel.services.container import Services


def test_every_kind_through_one_api(services: Services, planned_meeting) -> None:
    sid, case_id = planned_meeting.id, planned_meeting.agenda[0].case_id
    records = services.records
    observation = records.record(RecordKind.OBSERVATION, sid, case_id, "Niemand heeft het overzicht",
                                 kind_code="schot", phase_key="wat_zien_we", domains=["schulden"],
                                 author_role="raadslid")  # fmt: skip
    question = records.record(
        RecordKind.QUESTION, sid, case_id, "Wat kost ontschotten?", council_role="kaderstellend"
    )
    action = records.record(RecordKind.ACTION, sid, None, "Notitie maken", owner="Griffie")
    assert [records.kind_of(i) for i in (observation, question, action)] == list(RecordKind)
    assert not RecordKind.OBSERVATION.numbered and RecordKind.QUESTION.numbered

    updated = records.update(RecordKind.QUESTION, question.id, owner="Griffie")
    assert updated.owner == "Griffie" and updated.number == question.number
    for kind, info in ((RecordKind.OBSERVATION, observation), (RecordKind.QUESTION, updated),
                       (RecordKind.ACTION, action)):  # fmt: skip
        gone = records.delete(kind, info.id)
        assert records.restore(kind, gone) == gone

    case_items = records.timeline(sid, case_id)
    assert [e.kind for e in case_items] == [RecordKind.OBSERVATION, RecordKind.QUESTION]
    assert [e.kind for e in records.timeline(sid)] == [RecordKind.ACTION]
    assert len(records.timeline(sid, whole_session=True)) == 3
    first, second = case_items
    assert first.kind_label == "Schot / knelpunt" and first.author == "Raadslid" and first.number == ""
    assert second.kind_label == "Bestuurlijke vraag" and second.number == question.number
    assert second.ref == (RecordKind.QUESTION, question.id)

    report = services.reporting.report_data(sid)
    assert report.cases[0].observations[0].kind == first.kind_label
    assert report.cases[0].questions[0].council_role in second.details


def test_a_case_timeline_spans_sessions(services: Services, planned_meeting) -> None:
    case_id = planned_meeting.agenda[0].case_id
    later = services.meetings.create_meeting("Later")
    services.meetings.add_to_agenda(later.id, case_id)
    services.records.record(RecordKind.ACTION, planned_meeting.id, case_id, "Eerste afspraak")
    services.records.record(RecordKind.ACTION, later.id, case_id, "Tweede afspraak")
    services.records.record(RecordKind.ACTION, later.id, None, "Niet over de casus")
    texts = [entry.text for entry in services.records.case_timeline(case_id)]
    assert texts == ["Eerste afspraak", "Tweede afspraak"]


def test_undo_of_a_delete_brings_back_every_field(services: Services, planned_meeting) -> None:
    """Owner kind, route and the follow-up (answer, its date, reference, instrument) come back too."""
    from datetime import date

    from casetafel.domain.records import RecordKind

    question = services.records.record(
        RecordKind.QUESTION, planned_meeting.id, None, "Hoe vaak?", phase_key="opening"
    )
    action = services.records.record(RecordKind.ACTION, planned_meeting.id, None, "Cijfers opvragen")
    for kind, label, item in (
        ("vraag", RecordKind.QUESTION, question),
        ("afspraak", RecordKind.ACTION, action),
    ):
        services.followup.update_item(
            kind, item.id, owner="Griffie", owner_kind="orgaan", route="Commissie Sociaal Domein",
            answer="Veertig keer per jaar.", answered_on=date(2026, 11, 20), answer_reference="RIB 2026-118",
            instrument="informatieverzoek",
        )  # fmt: skip
        before = services.followup.get_item(kind, item.id)
        deleted = services.records.delete(label, item.id)
        services.records.restore(label, deleted)
        after = services.followup.get_item(kind, item.id)
        assert after == before
