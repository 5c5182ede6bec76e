"""The fictional municipality of the demo data: cases, meetings and what was recorded, in Dutch.

The content is data: ``resources/demo/municipality.json``, ``cases.json`` and ``meetings.json``, read here
into the shapes of ``demo_model`` (dates as ISO text). Everything is invented; the case texts are written
the way a careful professional anonymises a real case (no names, places, exact ages or dates).
"""

from __future__ import annotations

# demo content: loaded from resources/demo (made by the demo-to-JSON step)
import json
import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date, datetime

from casetafel.paths import resource_path
from casetafel.services.demo_model import (
    DemoAction,
    DemoCase,
    DemoMeeting,
    DemoObservation,
    DemoParticipant,
    DemoQuestion,
)


def _read(name: str):
    return json.loads(resource_path("demo", name).read_text(encoding="utf-8"))


def _build(hint, value):
    """``value`` read from JSON as the type ``hint`` (a demo dataclass, a tuple of them, a date ...)."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _build(next(a for a in typing.get_args(hint) if a is not type(None)), value)
    if origin is tuple:
        return tuple(_build(typing.get_args(hint)[0], item) for item in value)
    if is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return hint(**{f.name: _build(hints[f.name], value[f.name]) for f in fields(hint) if f.name in value})
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    return value


DEMO_MUNICIPALITY: str = _read("municipality.json")
DEMO_CASES: tuple[DemoCase, ...] = _build(tuple[DemoCase, ...], _read("cases.json"))
DEMO_MEETINGS: tuple[DemoMeeting, ...] = _build(tuple[DemoMeeting, ...], _read("meetings.json"))

__all__ = [
    "DEMO_CASES",
    "DEMO_MEETINGS",
    "DEMO_MUNICIPALITY",
    "DemoAction",
    "DemoCase",
    "DemoMeeting",
    "DemoObservation",
    "DemoParticipant",
    "DemoQuestion",
]
