"""The human view of a record: the document text with each statement marked and explained.

`readout extract --explain PATH` prints this. Each statement is bracketed in the text as
[n> ... <n], and below the paragraph where it starts comes one block per statement: who
(agents), what (stance), about what (topics), the codes, and any commitment or reference.
Plain text, for a terminal.
"""
from __future__ import annotations

import textwrap
from typing import Any

from .record import speakers
from .segment import split_paragraphs

_WIDTH = 100


def render_explain(record: Any) -> str:
    """The explain view of a Record (or its dict form) as plain text."""
    data = record.as_dict() if hasattr(record, "as_dict") else record
    doc = data.get("document") or {}
    text = doc.get("text") or ""
    meetings = data.get("meetings") or []
    numbered = _number_statements(meetings)
    lines = [_rule("="), f"{doc.get('source') or '<text>'}", _document_line(doc)]
    for index, meeting in enumerate(meetings, 1):
        lines.extend(_meeting_lines(index, meeting))
    if not meetings:
        lines.append("No meeting found: nothing is marked.")
    lines.append(_rule("="))
    lines.extend(_body_lines(text, numbered))
    warnings = data.get("warnings") or []
    if warnings:
        lines.append(_rule("-"))
        lines.append("Warnings:")
        lines.extend(f"  - {w}" for w in warnings)
    return "\n".join(lines) + "\n"


def _rule(ch: str) -> str:
    return ch * _WIDTH


def _document_line(doc: dict) -> str:
    parts = [f"kind: {doc.get('kind') or '?'}", f"readout: {'yes' if doc.get('is_readout') else 'no'}"]
    if doc.get("publisher"):
        parts.append(f"publisher: {doc['publisher']}")
    if doc.get("published"):
        parts.append(f"published: {doc['published']}")
    return " | ".join(parts)


def _meeting_lines(index: int, meeting: dict) -> list[str]:
    """One summary line per meeting: date, format, countries, host, topics and its CONSULT code."""
    head = (f"Meeting {index}: {meeting.get('date') or 'date ?'} · {meeting.get('format') or 'format ?'} · "
            f"{', '.join(meeting.get('countries') or []) or 'countries ?'}")
    if meeting.get("host_country"):
        head += f" · host {meeting['host_country']}"
    lines = [head]
    event = meeting.get("event")
    if event:
        direction = f" {event['source']} -> {event['target']}" if event.get("source") and event.get("target") else ""
        lines.append(f"  event: {event.get('plover')} {event.get('mode') or ''}{direction} · "
                     f"CAMEO {event.get('cameo')} ({_signed(event.get('goldstein'))})")
    if meeting.get("topics"):
        lines.extend(textwrap.wrap("topics: " + ", ".join(meeting["topics"]), _WIDTH,
                                   initial_indent="  ", subsequent_indent="    "))
    lines.append(f"  statements: {len(meeting.get('statements') or [])}")
    return lines


def _number_statements(meetings: list[dict]) -> list[tuple[int, dict]]:
    """All statements of all meetings, numbered 1.. in text order."""
    found = [s for m in meetings for s in (m.get("statements") or []) if s.get("span")]
    found.sort(key=lambda s: tuple(s["span"]))
    return list(enumerate(found, 1))


def _paragraph_ends(text: str) -> list[int]:
    """Where each paragraph's line ends (segment's paragraphs: blank lines, point markers)."""
    ends = set()
    for para in split_paragraphs(text):
        newline = text.find("\n", para.span[1])
        ends.add(len(text) if newline < 0 else newline + 1)
    ends.add(len(text))
    return sorted(ends)


def _body_lines(text: str, numbered: list[tuple[int, dict]]) -> list[str]:
    """The text paragraph by paragraph, marked, each followed by its statements' blocks."""
    marks: dict[int, list[str]] = {}
    for n, s in numbered:
        start, end = s["span"]
        marks.setdefault(start, []).append(f"[{n}> ")
        marks.setdefault(end, []).insert(0, f" <{n}]")
    lines: list[str] = []
    cursor = 0
    for stop in _paragraph_ends(text):
        chunk = _marked(text, cursor, stop, marks)
        if chunk.strip():
            lines.append(chunk.rstrip("\n"))
        inside = [(n, s) for n, s in numbered if cursor <= s["span"][0] < stop]
        for n, s in inside:
            lines.extend(_statement_block(n, s))
        if inside:
            lines.append("")
        cursor = stop
    return lines


def _marked(text: str, start: int, stop: int, marks: dict[int, list[str]]) -> str:
    out = []
    for pos in sorted(p for p in marks if start <= p <= stop):
        if pos == stop and stop != len(text):
            continue
        out.append(text[start:pos])
        out.extend(marks[pos])
        start = pos
    out.append(text[start:stop])
    return "".join(out)


def _statement_block(n: int, s: dict) -> list[str]:
    """The explanation of one statement, indented under its paragraph."""
    agents = "+".join(speakers(s)) or "?"
    codes = f"PLOVER {s.get('plover') or '-'}"
    if s.get("plover_mode"):
        codes += f"/{s['plover_mode']}"
    if s.get("cameo"):
        codes += f" · CAMEO {s['cameo']} ({_signed(s.get('goldstein'))})"
    point = f" · point {s['point']}" if s.get("point") is not None else ""
    lines = [f"    [{n}] {agents} · {s.get('stance')}{point} · {codes}"]
    if s.get("topics"):
        lines.extend(textwrap.wrap("topics: " + ", ".join(s["topics"]), _WIDTH,
                                   initial_indent="        ", subsequent_indent="          "))
    mentions = s.get("mentions") or {}
    named = list(mentions.get("countries") or []) + list(mentions.get("organizations") or [])
    if named:
        lines.append("        mentions: " + ", ".join(named))
    commitment = s.get("commitment")
    if commitment:
        due = commitment.get("due") or "no date"
        if commitment.get("due_text"):
            due += f' ("{commitment["due_text"]}")'
        lines.extend(textwrap.wrap(f"commitment: {commitment.get('action')} · due {due}", _WIDTH,
                                   initial_indent="        ", subsequent_indent="          "))
    for ref in s.get("references") or []:
        lines.append(f"        reference: {ref.get('text')} · {ref.get('date') or 'date ?'}")
    return lines


def _signed(value) -> str:
    if value is None:
        return "?"
    return f"{value:+.1f}"
