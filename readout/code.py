"""PLOVER and CAMEO codes for statements and meetings, from the mapping tables in rules/codes.yaml.

Each statement gets the PLOVER event type (and mode) and the CAMEO code with its Goldstein
weight of its stance; a verb more specific than the stance ("signed", "rejected") may
override it. The meeting gets one CONSULT event: by telephone or video (CAMEO 041), a visit
(042, visitor -> host), a meeting at a third location (044), or multilateral (040).
docs/coding.md says where these mappings lose information.
"""
from __future__ import annotations

from typing import Optional

from .lexicon import code_tables, codes_for
from .record import Meeting, Statement
from .statements import replace_fields


def code_meeting(meeting: Meeting) -> Meeting:
    """The meeting with codes on every statement and its CONSULT event."""
    statements = tuple(code_statement(s) for s in meeting.statements)
    return replace_fields(meeting, statements=statements, event=consult_event(meeting))


def code_statement(statement: Statement) -> Statement:
    """A statement with the PLOVER type and mode, CAMEO code and Goldstein value of its stance."""
    if statement.cameo is not None:
        return statement  # coded already (attach_statements codes as it builds)
    codes = codes_for(statement.stance, _verb_word(statement))
    if codes is None:
        return statement
    plover, plover_mode, cameo, goldstein = codes
    return replace_fields(statement, plover=plover, plover_mode=plover_mode, cameo=cameo, goldstein=goldstein)



def _verb_word(statement: Statement) -> Optional[str]:
    """The first word of the statement's verb phrase, lower case ("signed")."""
    if not statement.verb_span:
        return None
    offset = statement.verb_span[0] - statement.span[0]
    if offset < 0 or offset >= len(statement.text):
        return None
    words = statement.text[offset:].split(None, 1)
    return words[0].lower().strip(".,;:") if words else None


def consult_event(meeting: Meeting) -> dict:
    """The meeting as one PLOVER CONSULT event with its mode, direction and CAMEO 040-044 code."""
    mode, source, target = _consult_mode(meeting)
    row = code_tables()["consult"][mode or "unknown"]
    return {"plover": "CONSULT", "mode": mode, "source": source, "target": target,
            "actors": list(meeting.countries), "cameo": str(row["cameo"]),
            "goldstein": float(row["goldstein"]), "label": row.get("label")}


def _consult_mode(meeting: Meeting) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(mode, visitor, host): phone, visit, third-party, multilateral, or None when unknown."""
    countries = list(meeting.countries or ())
    if len(countries) + len(meeting.organizations or ()) >= 3:
        return "multilateral", None, None
    if meeting.format in ("telephone", "video"):
        return "phone", None, None
    if meeting.format != "in_person":
        return None, None, None
    host = meeting.host_country
    if host and host in countries:
        visitors = [c for c in countries if c != host]
        return "visit", (visitors[0] if len(visitors) == 1 else None), host
    if len(countries) >= 2:
        return "third-party", None, None
    return None, None, None
