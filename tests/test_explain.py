"""The explain view: the text with each statement marked and described."""
from __future__ import annotations

from pathlib import Path

from readout.code import code_meeting
from readout.explain import render_explain
from readout.record import Document, Meeting, Participant, Record
from readout.statements import attach_statements

FIXTURES = Path(__file__).parent / "fixtures" / "statements"


def record_for(text: str) -> Record:
    people = (Participant(name="Kenji Morita", family_name="Morita", country="JPN", role="principal"),
              Participant(name="Lee Sang-min", family_name="Lee", country="KOR", role="principal"))
    meeting = Meeting(date="2024-06-12", start_time=None, duration_minutes=None, format="in_person",
                      countries=("JPN", "KOR"), host_country="JPN", participants=people, statements=(), topics=())
    document = Document(id="x", source="fixture.txt", text=text, is_readout=True, kind="readout")
    meeting, warnings = attach_statements(document, meeting)
    return Record(document=document, meetings=(code_meeting(meeting),), warnings=tuple(warnings) + ("a warning",))


def test_every_statement_is_marked_in_the_text_and_described_below():
    text = (FIXTURES / "reference_dating.txt").read_text()
    record = record_for(text)
    out = render_explain(record)
    count = len(record.meetings[0].statements)
    for n in range(1, count + 1):
        assert f"[{n}> " in out and f" <{n}]" in out
        assert f"    [{n}] " in out
    assert "JPN+KOR · welcome · point 1 · PLOVER SUPPORT · CAMEO 051 (+3.4)" in out
    assert "reference: the summit meeting held in March · 2024-03" in out
    assert "commitment:" in out and "due 2025" in out
    assert "event: CONSULT visit KOR -> JPN · CAMEO 042 (+1.9)" in out
    assert "Warnings:\n  - a warning" in out


def test_the_text_survives_when_the_markers_are_removed():
    import re
    text = (FIXTURES / "clause_splitting.txt").read_text()
    out = render_explain(record_for(text))
    body = re.sub(r"\[\d+> | <\d+\]", "", out)
    for line in text.splitlines():
        assert line in body


def test_a_block_follows_the_paragraph_where_its_statement_starts():
    text = "Minister Morita met Minister Lee.\n\n1. Minister Lee thanked Minister Morita.\n2. The two ministers discussed trade.\n"
    lines = render_explain(record_for(text)).splitlines()
    first = next(i for i, line in enumerate(lines) if "[1> " in line)
    assert "[1] KOR · appreciate" in lines[first + 1]


def test_explain_accepts_the_dict_form_and_documents_without_meetings():
    record = Record(document=Document(id="x", source="a.txt", text="Nothing here.", is_readout=False), meetings=())
    out = render_explain(record.as_dict())
    assert "No meeting found" in out and "Nothing here." in out
