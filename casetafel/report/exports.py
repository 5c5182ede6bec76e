"""Exports of a session besides the PDF: one CSV of all observations, governance questions and actions as
Dutch Excel opens it (UTF-8 with BOM, semicolons, CRLF, cells that would start a formula neutralised with
a leading quote), and the whole ``ReportData`` as JSON (``format`` "casetafel-sessie", ``version`` 2,
dates in ISO 8601) that ``read_json`` turns back into an equal ``ReportData``. Version 2 added the stable
``number`` of questions and actions, the lines of the opening and the evaluation (``opening``,
``closing``), phase keys and the session's ``history``; files of version 1 are still read. Text is kept exactly as
typed, newlines included; only text with lone surrogates (which no UTF-8 file can hold) is refused.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import types
import typing
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from casetafel.domain.document import OWNER_KIND_LABELS
from casetafel.report.data import ActionData, ObservationData, QuestionData, ReportData, ReportVariant
from casetafel.report.policy import role_counts, shown_owner, shown_source

JSON_FORMAT = "casetafel-sessie"
JSON_VERSION = 2
JSON_VERSIONS = (1, 2)  # every version this program reads

CSV_COLUMNS = (
    "classificatie",
    "datum bijeenkomst",
    "bijeenkomst",
    "soort",
    "nummer",
    "casus",
    "titel casus",
    "fase",
    "tekst",
    "soort observatie",
    "domeinen",
    "wie kan wat",
    "rol auteur",
    "stemmen",
    "raadsrol",
    "thema",
    "gericht aan",
    "instrument",
    "status",
    "eigenaar",
    "soort eigenaar",
    "uiterlijk",
    "route",
    "antwoord",
    "beantwoord op",
    "kenmerk antwoord",
)
CLASSIFICATION = {ReportVariant.CONFIDENTIAL: "VERTROUWELIJK", ReportVariant.PUBLIC: "OPENBAAR"}
UTC_FIELDS = frozenset({"created_at", "at"})  # times the database keeps in UTC
KIND_OBSERVATION = "Observatie"
KIND_QUESTION = "Bestuurlijke vraag"
KIND_ACTION = "Actie"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = ", "

PathOrText = str | os.PathLike | TextIO


# CSV ------------------------------------------------------------------------------------------------
def neutralise(cell: str) -> str:
    """A cell that a spreadsheet would read as a formula gets a leading single quote."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _observation_row(case_code: str, o: ObservationData, source: str) -> dict[str, str]:
    return {
        "soort": KIND_OBSERVATION,
        "casus": case_code,
        "fase": o.phase,
        "tekst": o.text,
        "soort observatie": o.kind,
        "domeinen": LIST_SEPARATOR.join(o.domains),
        "wie kan wat": LIST_SEPARATOR.join(o.actors),
        "rol auteur": source,
        "stemmen": str(o.votes),
    }


def _question_row(case_code: str, q: QuestionData, names: bool) -> dict[str, str]:
    return {
        "soort": KIND_QUESTION,
        "nummer": q.number,
        "casus": case_code or q.case_code,
        "tekst": q.text,
        "stemmen": str(q.votes),
        "raadsrol": q.council_role,
        "thema": q.theme,
        "gericht aan": q.addressed_to,
        "instrument": q.instrument,
        "status": q.status,
        "eigenaar": shown_owner(q, names),
        "soort eigenaar": OWNER_KIND_LABELS.get(q.owner_kind, "") if q.owner.strip() else "",
        "uiterlijk": _iso(q.due_date),
        "route": q.route,
        "antwoord": q.answer,
        "beantwoord op": _iso(q.answered_on),
        "kenmerk antwoord": q.answer_reference,
    }


def _action_row(case_code: str, a: ActionData, names: bool) -> dict[str, str]:
    return {
        "soort": KIND_ACTION,
        "nummer": a.number,
        "casus": case_code or a.case_code,
        "tekst": a.text,
        "status": a.status,
        "eigenaar": shown_owner(a, names),
        "soort eigenaar": OWNER_KIND_LABELS.get(a.owner_kind, "") if a.owner.strip() else "",
        "uiterlijk": _iso(a.due_date),
        "route": a.route,
        "beantwoord op": _iso(a.answered_on),
        "kenmerk antwoord": a.answer_reference,
    }


def csv_rows(
    data: ReportData, *, include_owners: bool = True, variant: ReportVariant = ReportVariant.CONFIDENTIAL
) -> Iterator[dict[str, str]]:
    """Every observation, question and action of the session as a row (case by case, then the session's),
    each with the classification, the session's date and title and the case's code and title, so rows of
    several sessions can be put together. Persons as owners only with ``include_owners`` in the
    confidential variant; bodies always. In the public variant a role held by one person is left out as
    the source of an observation."""
    public = variant == ReportVariant.PUBLIC
    names = include_owners and not public
    counts = role_counts(data.participants)
    titles = {case.code: case.title for case in data.cases}
    common = {
        "classificatie": CLASSIFICATION[variant],
        "datum bijeenkomst": _iso(data.starts_at.date()) if data.starts_at else "",
        "bijeenkomst": data.title,
    }

    def row(values: dict[str, str]) -> dict[str, str]:
        return {**common, "titel casus": titles.get(values.get("casus", ""), ""), **values}

    for observation in data.opening:
        yield row(_observation_row("", observation, shown_source(observation.author_role, public, counts)))
    for case in data.cases:
        for observation in case.observations:
            yield row(
                _observation_row(
                    case.code, observation, shown_source(observation.author_role, public, counts)
                )
            )
        for question in case.questions:
            yield row(_question_row(case.code, question, names))
        for action in case.actions:
            yield row(_action_row(case.code, action, names))
    for question in data.session_questions:
        yield row(_question_row("", question, names))
    for action in data.session_actions:
        yield row(_action_row("", action, names))
    for observation in data.closing:
        yield row(_observation_row("", observation, shown_source(observation.author_role, public, counts)))


def write_csv(
    data: ReportData,
    out: PathOrText,
    *,
    include_owners: bool = True,
    variant: ReportVariant = ReportVariant.CONFIDENTIAL,
) -> int:
    """Write the session's observations, questions and actions as one CSV for Dutch Excel; returns the
    number of data rows. A text stream should be opened with ``newline=""``; the BOM is written to it too.
    The first column says the classification on every row (what an Excel user sees, also after rows of
    several files are put together). Persons as owners: pass ``include_owners=False`` for none."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in csv_rows(data, include_owners=include_owners, variant=variant):
        writer.writerow([neutralise(row.get(column, "")) for column in CSV_COLUMNS])
        count += 1
    write_text("\ufeff" + buffer.getvalue(), out)
    return count


# JSON -----------------------------------------------------------------------------------------------
def _to_json(value: Any, name: str = "") -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name), f.name) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return _with_zone(value, name).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_to_json(item, name) for item in value]
    return value


def _with_zone(moment: datetime, name: str) -> datetime:
    """A stored time with its time zone: record times are kept in UTC, session times and the moment of
    making the report are local wall-clock times (the computer's zone, e.g. +01:00 in the Netherlands)."""
    if moment.tzinfo is not None:
        return moment
    if name in UTC_FIELDS:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone()


def _without_zone(moment: datetime, name: str) -> datetime:
    """Back to the naive time the program keeps: record times in UTC; for the others the wall-clock time
    as written (its offset says where it was written; a session at 19.30 stays at 19.30)."""
    if moment.tzinfo is None:
        return moment
    if name in UTC_FIELDS:
        return moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(tzinfo=None)


class SessionFileError(ValueError):
    """A session file that cannot be read; the message is one Dutch sentence."""


_TYPE_NAMES = {str: "een tekst", int: "een geheel getal", bool: "ja of nee", float: "een getal"}


def _damaged(where: str, what: str) -> SessionFileError:
    return SessionFileError(f"Het sessiebestand is onvolledig of beschadigd: bij ‘{where}’ hoort {what}.")


def _from_json(value: Any, hint: Any, where: str = "het begin") -> Any:
    """``value`` read from JSON as ``hint`` (a dataclass of ``data`` or one of its field types), checked
    strictly: a wrong type anywhere refuses the whole file."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        options = [option for option in typing.get_args(hint) if option is not type(None)]
        return _from_json(value, options[0], where)
    if origin is tuple:
        if not isinstance(value, list):
            raise _damaged(where, "een lijst")
        item_hint = typing.get_args(hint)[0]
        return tuple(_from_json(item, item_hint, f"{where}.{i}") for i, item in enumerate(value))
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise _damaged(where, "een object")
        hints = typing.get_type_hints(hint)
        fields = [f for f in dataclasses.fields(hint) if f.init]
        for f in fields:
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            if required and f.name not in value:
                raise _damaged(where, f"het veld ‘{f.name}’")
        return hint(**{f.name: _from_json(value[f.name], hints[f.name], f"{where}.{f.name}".lstrip("."))
                       for f in fields if f.name in value})  # fmt: skip
    if hint in (datetime, date):
        if not isinstance(value, str):
            raise _damaged(where, "een datum")
        try:
            moment = hint.fromisoformat(value)
            return _without_zone(moment, where.rsplit(".", 1)[-1]) if hint is datetime else moment
        except ValueError:
            raise _damaged(where, "een datum (JJJJ-MM-DD)") from None
    wrong_type = hint in _TYPE_NAMES and not isinstance(value, hint)
    if wrong_type or (hint is int and isinstance(value, bool)):
        raise _damaged(where, _TYPE_NAMES[hint])
    return value


def to_json_text(data: ReportData, *, variant: ReportVariant = ReportVariant.CONFIDENTIAL) -> str:
    """The session as JSON text: the format marker and version, the classification ("classificatie":
    "VERTROUWELIJK" or "OPENBAAR"), then the data. Codes stand beside labels (``*_code`` fields) and
    times carry their time zone."""
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "classificatie": CLASSIFICATION[variant],
        **_to_json(data),
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def from_json_text(text: str) -> ReportData:
    """A ``ReportData`` from JSON text made by ``to_json_text``; raises ValueError for other files."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise SessionFileError(
            "Het bestand is geen geldige JSON; misschien is het afgekapt of beschadigd."
        ) from None
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise SessionFileError("Dit is geen casetafel-sessiebestand.")
    try:  # escapes such as \ud800 give text that no database or file can hold
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise SessionFileError(
            "Het sessiebestand bevat tekens die niet in UTF-8 kunnen (losse surrogaten)."
        ) from None
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > JSON_VERSION:
        raise SessionFileError(
            f"Dit sessiebestand is van een nieuwere versie ({version}) van casetafel; werk casetafel eerst bij."
        )
    if version not in JSON_VERSIONS or isinstance(version, bool):
        raise SessionFileError(f"Onbekende versie van het sessiebestand: {version!r}.")
    body = {
        key: value for key, value in document.items() if key not in ("format", "version", "classificatie")
    }
    return _from_json(body, ReportData, "")


def write_json(
    data: ReportData, out: PathOrText, *, variant: ReportVariant = ReportVariant.CONFIDENTIAL
) -> None:
    """Write the whole session as UTF-8 JSON to a path or text stream."""
    write_text(to_json_text(data, variant=variant), out)


def read_json(source: PathOrText) -> ReportData:
    """Read a session written by ``write_json`` from a path or text stream."""
    if isinstance(source, str | os.PathLike):
        text = Path(source).read_text(encoding="utf-8-sig")
    else:
        text = source.read()
    return from_json_text(text)


def write_text(text: str, out: PathOrText) -> None:
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError("De tekst bevat tekens die niet in UTF-8 kunnen (losse surrogaten).") from error
    if isinstance(out, str | os.PathLike):
        Path(out).write_bytes(encoded)
    else:
        out.write(text)


def write_atomically(path: str | os.PathLike, write: Callable[[Path], Any], *, overwrite: bool = True) -> Any:
    """Call ``write(part_path)`` and put the complete file in place of ``path``; returns what ``write``
    returned. Goes through the one private atomic writer (``casetafel.private_files``): 0600, a part file
    no one else can reach, nothing left behind on failure, an existing file intact until then."""
    from casetafel.private_files import write_privately

    return write_privately(path, write, overwrite=overwrite)
