"""PLOVER and CAMEO codes for statements and meetings, from mapping tables in rules/."""
from __future__ import annotations


def code_meeting(meeting):
    return meeting
