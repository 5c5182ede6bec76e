"""Dutch names of the months and weekdays, written once (the report writes dates with them, the
identifier detector knows them as ordinary words)."""

from __future__ import annotations

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")  # Monday first
