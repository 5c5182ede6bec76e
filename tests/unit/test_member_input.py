"""Council members' own input: attended sessions, public outcomes, adding input, the facilitator's decision,
attribution of recorded lines, and the report showing only accepted input and never a name."""

from __future__ import annotations

import pytest

from casetafel.report.data import ReportVariant
from casetafel.report.exports import to_json_text
from casetafel.services.container import Services
from casetafel.services.errors import ServiceError, ValidationError
from casetafel.services.member_input import INSIGHT_KIND, Author, InputKind, InputStatus

MEMBER = Author(name="Ingrid Hoekstra")


@pytest.fixture
def held(services: Services, planned_meeting):
    """The planned session with a few recorded lines, one of them naming a person."""
    case_id = planned_meeting.agenda[0].case_id
    services.records.record_observation(planned_meeting.id, case_id, "schot", "Wachtlijst bij de schuldhulp")
    services.records.record_observation(
        planned_meeting.id, case_id, "signaal", "Mevrouw Jansen uit Dokkum belde drie keer"
    )
    services.records.record_question(planned_meeting.id, case_id, "Wat kost de wachtlijst?")
    services.records.record_action(
        planned_meeting.id, None, "Griffie vraagt cijfers op", owner="Jan de Vries"
    )
    return planned_meeting


def test_attended_sessions_by_name_and_by_login(services: Services, held) -> None:
    other = services.meetings.create_meeting("Andere tafel")
    services.meetings.add_participant(other.id, "raadslid", "Iemand anders")
    assert [s.meeting_id for s in services.member_input.attended(MEMBER)] == [held.id]
    assert services.member_input.attended(MEMBER)[0].role == "Raadslid"
    member = next(p for p in held.participants if p.name == "Ingrid Hoekstra")
    services.meetings.update_participant(member.id, login="ihoekstra")
    assert [s.meeting_id for s in services.member_input.attended(Author(login="ihoekstra"))] == [held.id]
    assert services.member_input.attended(Author(login="nobody")) == []
    assert services.member_input.attended(Author()) == []
    services.meetings.update_participant(member.id, present=False)
    assert services.member_input.attended(MEMBER) == []


def test_public_outcomes_are_masked_and_never_for_a_session_not_attended(services: Services, held) -> None:
    lines = services.member_input.public_outcomes(MEMBER, held.id)
    texts = " ".join(line.text for line in lines)
    assert "Wachtlijst bij de schuldhulp" in texts
    assert "Jansen" not in texts and "Dokkum" not in texts  # as the public report masks them
    assert any(line.label.startswith("BV-") for line in lines)
    with pytest.raises(ValidationError):
        services.member_input.public_outcomes(Author(name="Pieter Bos de Tweede"), held.id)
    services.records.record_observation(held.id, None, "signaal", "Zei de wethouder", author_role="wethouder")
    said = next(
        line
        for line in services.member_input.public_outcomes(MEMBER, held.id)
        if line.text == "Zei de wethouder"
    )
    assert said.role == ""  # one wethouder that day: the role would name them, as in the public report
    followup = services.member_input.followup(MEMBER)
    assert {line.kind for line in followup} == {"vraag", "afspraak"}
    action = next(line for line in followup if line.kind == "afspraak")
    assert action.owner == "(persoon)"  # a person as owner is never shown in public fields


def test_input_waits_and_only_accepted_input_reaches_the_report(services: Services, held) -> None:
    service = services.member_input
    insight = service.add(MEMBER, held.id, InputKind.INSIGHT, "Ik neem mee dat de wachtlijst te lang is")
    question = service.add(MEMBER, held.id, "vraag", "Hoe lang is de wachtlijst in de regio?")
    rejected = service.add(MEMBER, held.id, "inzicht", "Niet relevant")
    item = service.followup(MEMBER)[0]
    comment = service.add(
        MEMBER, 0, InputKind.COMMENT, "Graag ook de cijfers van 2025",
        **({"question_id": item.id} if item.kind == "vraag" else {"action_id": item.id}),
    )  # fmt: skip
    assert comment.meeting_id == held.id and comment.item_label == item.label
    assert [i.id for i in service.pending(held.id)] == [insight.id, question.id, rejected.id, comment.id]
    assert insight.author_name == "Ingrid Hoekstra" and insight.role == "Raadslid"

    def report_texts(variant):
        return to_json_text(
            services.reporting.report_data(held.id, variant, descriptions=False), variant=variant
        )

    before = report_texts(ReportVariant.CONFIDENTIAL)
    assert "wachtlijst te lang" not in before and "in de regio" not in before

    accepted = service.accept(insight.id, by="Griffier")
    assert accepted.status == InputStatus.ACCEPTED and accepted.record_kind == "observatie"
    observation = next(o for o in services.records.list_observations(held.id) if o.id == accepted.record_id)
    assert observation.kind == INSIGHT_KIND and observation.participant_id == insight.participant_id
    assert observation.author_role == "raadslid" and observation.phase_key == "evaluatie"
    made = service.accept(question.id)
    new_question = next(q for q in services.records.list_questions(held.id) if q.id == made.record_id)
    assert new_question.number.startswith("BV-") and new_question.participant_id == question.participant_id
    service.accept(comment.id)
    assert service.reject(rejected.id, by="Griffier").status == InputStatus.REJECTED
    with pytest.raises(ValidationError):
        service.accept(rejected.id)
    assert service.pending(held.id) == []
    reopened = service.reopen(question.id)  # undo of the acceptance: the question made is gone again
    assert reopened.status == InputStatus.NEW and reopened.record_id is None
    assert made.record_id not in {q.id for q in services.records.list_questions(held.id)}
    service.accept(question.id)

    for variant in ReportVariant:
        data = services.reporting.report_data(held.id, variant, descriptions=False)
        closing = " ".join(o.text for o in data.closing)
        assert "wachtlijst te lang" in closing
        assert any(o.kind == "Wat neem ik mee" and o.author_role == "Raadslid" for o in data.closing)
        text = to_json_text(data, variant=variant)
        assert "in de regio" in text and f"Opmerking bij {item.label}" in text
        assert "Niet relevant" not in text
    public = report_texts(ReportVariant.PUBLIC)
    assert "Ingrid" not in public and "Hoekstra" not in public
    mine = service.my_inputs(MEMBER)
    assert [i.status for i in mine] == ["geaccepteerd", "afgewezen", "geaccepteerd", "geaccepteerd"]


def test_input_is_refused_outside_attended_sessions_and_when_empty(services: Services, held) -> None:
    other = services.meetings.create_meeting("Andere tafel")
    with pytest.raises(ValidationError):
        services.member_input.add(MEMBER, other.id, "inzicht", "Iets")
    with pytest.raises(ValidationError):
        services.member_input.add(MEMBER, held.id, "inzicht", "   ")
    with pytest.raises(ValidationError):
        services.member_input.add(MEMBER, held.id, "onzin", "Iets")
    with pytest.raises(ValidationError):
        services.member_input.add(MEMBER, held.id, "opmerking", "Zonder item")
    with pytest.raises(ServiceError):
        services.member_input.add(MEMBER, held.id, "opmerking", "Bij niets", question_id=9999)


def test_a_recorded_line_is_attributed_to_a_participant_of_its_own_session(services: Services, held) -> None:
    member = next(p for p in held.participants if p.name == "Ingrid Hoekstra")
    line = services.records.record_observation(
        held.id, None, "signaal", "Een signaal", author_role="raadslid", participant_id=member.id
    )
    assert line.participant_id == member.id
    question = services.records.record_question(held.id, None, "Een vraag", participant_id=member.id)
    assert question.participant_id == member.id
    other = services.meetings.create_meeting("Andere tafel")
    stranger = services.meetings.add_participant(other.id, "raadslid", "Iemand anders")
    with pytest.raises(ValidationError):
        services.records.record_observation(held.id, None, "signaal", "Fout", participant_id=stranger.id)
    with pytest.raises(ValidationError):
        services.records.update_observation(line.id, participant_id=stranger.id)
    services.records.update_observation(line.id, participant_id=None)
    deleted = services.records.delete_question(question.id)
    assert services.records.restore_question(deleted).participant_id == member.id
    services.meetings.remove_participant(member.id)  # ON DELETE SET NULL: the line stays
    assert services.records.list_questions(held.id)[-1].participant_id is None


def test_the_new_observation_kind_is_in_a_new_database(services: Services) -> None:
    from casetafel.domain.vocabulary import Vocabulary

    assert services.taxonomy.labels(Vocabulary.OBSERVATION_KIND)[INSIGHT_KIND] == "Wat neem ik mee"


def test_the_public_pdf_has_what_each_takes_home_without_names(services: Services, held, tmp_path) -> None:
    from casetafel.report.data import ReportOptions
    from casetafel.report.pdf import build_pdf
    from tests.unit.test_report_pdf import flat, pdf_text

    member = next(p for p in held.participants if p.name == "Ingrid Hoekstra")
    services.meetings.add_participant(held.id, "raadslid", "Kees Visser")  # two council members
    services.meetings.set_status(held.id, "afgerond")  # a held session: the report has its evaluation
    for participant_id, text in ((member.id, "Ik neem de wachtlijst mee"), (None, "Zonder naam")):
        services.records.record_observation(
            held.id, None, INSIGHT_KIND, text, phase_key="evaluatie", author_role="raadslid",
            participant_id=participant_id,
        )  # fmt: skip
    wethouder = next(p for p in held.participants if p.role == "wethouder")
    services.records.record_observation(
        held.id, None, INSIGHT_KIND, "Ik neem de cijfers mee", phase_key="evaluatie", author_role="wethouder",
        participant_id=wethouder.id,
    )  # fmt: skip
    for variant in ReportVariant:
        target = tmp_path / f"{variant.value}.pdf"
        build_pdf(services.reporting.report_data(held.id, variant), ReportOptions(variant=variant), target)
        text = flat(pdf_text(target))
        assert "Ik neem de wachtlijst mee" in text and "Wat neem ik mee" in text
        if variant == ReportVariant.PUBLIC:
            assert "Hoekstra" not in text and "Pieter Bos" not in text
            assert "Inbreng: Raadslid" in text  # a role two people held
            assert "Inbreng: Wethouder" not in text  # one wethouder: the role would name them
        else:
            assert "Inbreng: Wethouder" in text


@pytest.mark.usefixtures("held")
def test_input_and_attribution_move_to_the_server(services: Services, server_database: str, backend) -> None:
    from casetafel.services.server_upload import ServerUploadService

    if backend != "sqlite":
        pytest.skip("the upload reads a local file")
    meeting_id = services.member_input.attended(MEMBER)[0].meeting_id
    accepted = services.member_input.add(MEMBER, meeting_id, "inzicht", "Meegenomen naar de server")
    services.member_input.accept(accepted.id)
    services.member_input.add(MEMBER, meeting_id, "vraag", "Wacht nog op de server")
    server = Services.open(server_database)
    try:
        ServerUploadService(server.db).upload(services.db)
        server_author = server.member_input.attended(MEMBER)
        assert len(server_author) == 1
        mine = {i.text: i for i in server.member_input.my_inputs(MEMBER)}
        made = next(
            o
            for o in server.records.list_observations(server_author[0].meeting_id)
            if o.id == mine["Meegenomen naar de server"].record_id
        )
        assert made.text == "Meegenomen naar de server"
        assert made.participant_id == server_author[0].participant_id
        assert [p.text for p in server.member_input.pending()] == ["Wacht nog op de server"]
    finally:
        server.close()
