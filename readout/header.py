"""Meeting header: date, time, duration, format, level, countries, host, place, occasion."""
from __future__ import annotations


def extract_meetings(document) -> tuple[list, list[str]]:
    return [], []
