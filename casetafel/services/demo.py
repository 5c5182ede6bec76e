"""Demo data: the fictional municipality of ``demo_content``, or a large generated set for benchmarks.

``load_demo`` refuses a database that already holds cases or sessions, so a demo never mixes with real
work. The large set (300 sessions, 1,500 cases, 30,000 observations, 6,000 governance questions) is
generated deterministically from the demo texts and written with bulk inserts in one transaction.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select

from casetafel.domain.vocabulary import DEFAULT_TERMS, Vocabulary
from casetafel.services import demo_content as content
from casetafel.services.container import Services
from casetafel.services.errors import ValidationError
from casetafel.services.numbering import number_missing
from casetafel.services.session_history import SessionEventKind, add_event
from casetafel.storage.models import (
    Action,
    AgendaItem,
    Case,
    GovernanceQuestion,
    Meeting,
    MethodTemplate,
    Observation,
    Participant,
    utc_now,
)

LARGE_SIZES = {"sessions": 300, "cases": 1500, "observations": 30000, "questions": 6000}
CONFIRMED_BY = "Gespreksleider (demo)"


@dataclass(frozen=True)
class DemoSummary:
    meetings: int
    cases: int
    observations: int
    questions: int
    actions: int


def load_demo(
    services: Services, size: str = "small", progress: Callable[[str], None] | None = None
) -> DemoSummary:
    if size not in ("small", "large"):
        raise ValidationError("Kies als omvang ‘small’ of ‘large’.")
    with services.db.reading() as db_session:
        if db_session.scalar(select(func.count()).select_from(Case)) or db_session.scalar(
            select(func.count()).select_from(Meeting)
        ):
            raise ValidationError(
                "Deze database bevat al casussen of bijeenkomsten. Demogegevens komen alleen in een lege "
                "database; kies er een met --db PAD."
            )
    if size == "small":
        return _load_small(services)
    return _load_large(services, progress or (lambda _message: None))


DEMO_USER = "griffie"


def _load_small(services: Services) -> DemoSummary:
    now = utc_now()
    counts = {"observations": 0, "questions": 0, "actions": 0}
    with services.db.transaction() as db_session:
        template_id = db_session.scalar(select(MethodTemplate.id).order_by(MethodTemplate.is_default.desc()))
        case_ids = {}
        for demo_case in content.DEMO_CASES:
            row = Case(
                code=demo_case.code,
                title=demo_case.title,
                description=demo_case.description,
                domains=list(demo_case.domains),
                life_areas=list(demo_case.life_areas),
                themes=list(demo_case.themes),
                age_band=demo_case.age_band,
                household_type=demo_case.household_type,
                presenter_role=demo_case.presenter_role,
                anonymisation_confirmed_by=CONFIRMED_BY,
                anonymisation_confirmed_at=now,
            )
            db_session.add(row)
            db_session.flush()
            case_ids[demo_case.code] = row.id
        for demo in content.DEMO_MEETINGS:
            meeting = Meeting(
                title=demo.title,
                starts_at=demo.starts_at,
                ends_at=demo.ends_at,
                location=demo.location,
                municipality=content.DEMO_MUNICIPALITY,
                facilitator=demo.facilitator,
                template_id=template_id,
                status=demo.status,
                notes=demo.notes,
                evaluation=demo.evaluation,
            )
            meeting.participants = [
                Participant(position=i, role=p.role, name=p.name, party=p.party)
                for i, p in enumerate(demo.participants)
            ]
            meeting.agenda = [
                AgendaItem(case_id=case_ids[code], position=i, phase_minutes={})
                for i, code in enumerate(demo.case_codes)
            ]
            db_session.add(meeting)
            db_session.flush()
            for o in demo.observations:
                db_session.add(
                    Observation(
                        meeting_id=meeting.id, case_id=case_ids.get(o.case_code), phase_key=o.phase_key,
                        kind=o.kind, text=o.text, domains=list(o.domains), actors=list(o.actors),
                        author_role=o.author_role, votes=o.votes,
                    )
                )  # fmt: skip
            for q in demo.questions:
                db_session.add(
                    GovernanceQuestion(
                        meeting_id=meeting.id, case_id=case_ids.get(q.case_code), phase_key="wie_kan_wat",
                        text=q.text, council_role=q.council_role, theme=q.theme, addressed_to=q.addressed_to,
                        instrument=q.instrument, status=q.status, owner=q.owner, due_date=q.due_date,
                        answer=q.answer, votes=q.votes, answered_on=q.answered_on,
                        answer_reference=q.answer_reference,
                    )
                )  # fmt: skip
            for a in demo.actions:
                db_session.add(
                    Action(
                        meeting_id=meeting.id, case_id=case_ids.get(a.case_code), text=a.text, owner=a.owner,
                        due_date=a.due_date, status=a.status, answer=a.answer, instrument=a.instrument,
                        answered_on=a.answered_on, answer_reference=a.answer_reference,
                    )
                )  # fmt: skip
            counts["observations"] += len(demo.observations)
            counts["questions"] += len(demo.questions)
            counts["actions"] += len(demo.actions)
            _demo_history(db_session.connection(), meeting.id, demo)
        number_missing(db_session.connection())
    return DemoSummary(len(content.DEMO_MEETINGS), len(content.DEMO_CASES), **counts)


def _demo_history(connection, meeting_id: int, demo) -> None:
    """A finished demo session was finished at its end; one was reopened a day later to correct it."""
    if demo.status != "afgerond":
        return
    ended = demo.ends_at.astimezone(UTC).replace(tzinfo=None)  # the demo's times are local, history is UTC
    add_event(connection, meeting_id, SessionEventKind.FINISHED, who=DEMO_USER, at=ended)
    if demo.reopen_reason:
        later = ended + timedelta(days=1)
        add_event(
            connection, meeting_id, SessionEventKind.REOPENED, demo.reopen_reason, who=DEMO_USER, at=later
        )
        add_event(
            connection, meeting_id, SessionEventKind.FINISHED, who=DEMO_USER, at=later + timedelta(minutes=20)
        )


def _codes(vocabulary: Vocabulary) -> list[str]:
    return [term.code for term in DEFAULT_TERMS[vocabulary]]


# A sentence ends at ., ! or ? followed by white space, but not after an initial ("meneer K. later"): a
# sentence that ended on an initial would glue it to the next sampled sentence ("K. Twee jaar").
SENTENCE_END = re.compile(r"(?<=[.!?’])(?<!\b[A-Z]\.)\s+(?=[A-Z‘])")


def _gate_passing_description(chosen: list[str]) -> str:
    """The sentences joined into one text that passes the demo's own identifier gate: a sentence that
    the detector misreads after its neighbour ("gezin. Begeleiding" as a name) is left out."""
    from casetafel.anonymisation import detect

    for _ in range(10):
        text = " ".join(chosen)
        findings = detect(text)
        if not findings:
            return text
        starts, position = [], 0
        for sentence in chosen:
            starts.append(position)
            position += len(sentence) + 1
        bad = {max(i for i, start in enumerate(starts) if start <= f.start) for f in findings}
        chosen = [sentence for i, sentence in enumerate(chosen) if i not in bad]
    return ""


def _load_large(services: Services, progress: Callable[[str], None]) -> DemoSummary:
    rng = random.Random(2026)
    sizes = LARGE_SIZES
    sentences = [
        s.strip()
        for c in content.DEMO_CASES
        for s in SENTENCE_END.split(c.description)
        if len(s.strip()) > 20
    ]
    observation_texts = [o.text for s in content.DEMO_MEETINGS for o in s.observations] or sentences
    question_texts = [q.text for s in content.DEMO_MEETINGS for q in s.questions] or sentences
    titles = [c.title for c in content.DEMO_CASES] or ["Casus"]
    kinds = _codes(Vocabulary.OBSERVATION_KIND)
    domains = _codes(Vocabulary.DOMAIN)
    actors = _codes(Vocabulary.ACTOR_LEVEL)
    roles = _codes(Vocabulary.PARTICIPANT_ROLE)
    council_roles = _codes(Vocabulary.COUNCIL_ROLE)
    themes = _codes(Vocabulary.THEME)
    phases = ["verhelderen", "wat_zien_we", "wie_kan_wat", "afspraken"]
    now = utc_now()
    start = datetime(2016, 1, 12, 19, 30)
    progress("Casussen")
    descriptions = [
        _gate_passing_description(rng.sample(sentences, k=min(len(sentences), rng.randint(12, 30))))
        for _ in range(sizes["cases"])
    ]
    with services.db.transaction() as db_session:
        template_id = db_session.scalar(select(MethodTemplate.id).order_by(MethodTemplate.is_default.desc()))
        case_rows = []
        for i in range(sizes["cases"]):
            year = 2016 + i * 11 // sizes["cases"]
            case_rows.append(
                {
                    "code": f"C-{year}-{i + 1:04d}",
                    "title": f"{rng.choice(titles)} ({i + 1})",
                    "description": descriptions[i],
                    "domains": rng.sample(domains, k=rng.randint(1, 3)),
                    "life_areas": [],
                    "themes": rng.sample(themes, k=rng.randint(1, 2)),
                    "age_band": rng.choice(_codes(Vocabulary.AGE_BAND)),
                    "household_type": rng.choice(_codes(Vocabulary.HOUSEHOLD_TYPE)),
                    "presenter_role": "professional",
                    "anonymisation_confirmed_by": CONFIRMED_BY,
                    "anonymisation_confirmed_at": now,
                    "anonymisation_open_findings": 0,
                    "anonymisation_waivers": [],
                    "archived": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        db_session.execute(insert(Case), case_rows)
        case_ids = list(db_session.scalars(select(Case.id).order_by(Case.id)))
        progress("Bijeenkomsten")
        meeting_rows = []
        for i in range(sizes["sessions"]):
            starts = start + timedelta(days=i * 12)
            meeting_rows.append(
                {
                    "title": f"Casustafel {i + 1}: {rng.choice(titles).lower()}",
                    "starts_at": starts,
                    "ends_at": starts + timedelta(hours=2),
                    "location": "Raadzaal gemeentehuis",
                    "municipality": content.DEMO_MUNICIPALITY,
                    "facilitator": "Gespreksleider",
                    "template_id": template_id,
                    "status": "afgerond" if i < sizes["sessions"] - 3 else "gepland",
                    "notes": "",
                    "evaluation": "",
                    "created_at": now,
                    "updated_at": now,
                }
            )
        db_session.execute(insert(Meeting), meeting_rows)
        meeting_ids = list(db_session.scalars(select(Meeting.id).order_by(Meeting.id)))
        per_session = sizes["cases"] // sizes["sessions"]
        agenda = {m: case_ids[i * per_session : (i + 1) * per_session] for i, m in enumerate(meeting_ids)}
        db_session.execute(
            insert(AgendaItem),
            [
                {"meeting_id": m, "case_id": c, "position": p, "phase_minutes": {}}
                for m, cases in agenda.items()
                for p, c in enumerate(cases)
            ],
        )
        db_session.execute(
            insert(Participant),
            [
                {
                    "meeting_id": m,
                    "position": p,
                    "role": rng.choice(roles),
                    "name": "",
                    "party": "",
                    "present": True,
                }
                for m in meeting_ids
                for p in range(8)
            ],
        )
        progress("Observaties")
        finished = meeting_ids[: sizes["sessions"] - 3]
        observation_rows = []
        for i in range(sizes["observations"]):
            m = finished[i % len(finished)]
            observation_rows.append(
                {
                    "meeting_id": m,
                    "case_id": rng.choice(agenda[m]),
                    "phase_key": rng.choice(phases),
                    "kind": rng.choice(kinds),
                    "text": rng.choice(observation_texts),
                    "domains": rng.sample(domains, k=rng.randint(0, 2)),
                    "actors": rng.sample(actors, k=rng.randint(0, 2)),
                    "author_role": rng.choice(roles),
                    "votes": rng.randint(0, 6),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        db_session.execute(insert(Observation), observation_rows)
        progress("Bestuurlijke vragen en afspraken")
        question_rows = []
        for i in range(sizes["questions"]):
            m = finished[i % len(finished)]
            question_rows.append(
                {
                    "meeting_id": m,
                    "case_id": rng.choice(agenda[m]),
                    "phase_key": "wie_kan_wat",
                    "text": rng.choice(question_texts),
                    "council_role": rng.choice(council_roles),
                    "theme": rng.choice(themes),
                    "addressed_to": rng.choice(["raad", "college", "organisatie", "regio", "rijk"]),
                    "instrument": rng.choice(
                        ["geen", "raadsvraag", "toezegging", "motie_idee", "agendering"]
                    ),
                    "status": rng.choice(["open", "in_behandeling", "beantwoord", "afgesloten"]),
                    "owner": "griffie",
                    "due_date": date(2016, 3, 1) + timedelta(days=i // 2),
                    "answer": "",
                    "votes": rng.randint(0, 6),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        db_session.execute(insert(GovernanceQuestion), question_rows)
        action_rows = [
            {
                "meeting_id": m,
                "case_id": agenda[m][0],
                "text": "Terugkoppeling aan de raad over de uitkomst van deze casus.",
                "owner": "griffie",
                "due_date": date(2016, 3, 1) + timedelta(days=i * 12),
                "status": "afgerond",
                "created_at": now,
                "updated_at": now,
            }
            for i, m in enumerate(finished)
        ]
        db_session.execute(insert(Action), action_rows)
        number_missing(db_session.connection())
    return DemoSummary(
        sizes["sessions"], sizes["cases"], sizes["observations"], sizes["questions"], len(action_rows)
    )
