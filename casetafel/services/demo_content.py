"""The fictional municipality of the demo data: cases, sessions and what was recorded, in Dutch.

Pure data, read by ``casetafel.services.demo``. Everything is invented; the case texts are written the
way a careful professional anonymises a real case (no names, places, exact ages or dates).
"""

from __future__ import annotations

from casetafel.services.demo_cases import DEMO_CASES
from casetafel.services.demo_model import (
    DemoAction,
    DemoCase,
    DemoMeeting,
    DemoObservation,
    DemoParticipant,
    DemoQuestion,
)
from casetafel.services.demo_sessions import DEMO_MEETINGS

DEMO_MUNICIPALITY = "Gemeente Wolderveen"

__all__ = [
    "DEMO_CASES",
    "DEMO_MUNICIPALITY",
    "DEMO_MEETINGS",
    "DemoAction",
    "DemoCase",
    "DemoObservation",
    "DemoParticipant",
    "DemoQuestion",
    "DemoMeeting",
]
