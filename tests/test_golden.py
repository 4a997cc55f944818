"""Golden files: our own readouts in the style of real ones, next to the header values that must be exact."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout import extract

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "golden"
CASES = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".txt", ".html"))
SCALARS = ("date", "start_time", "duration_minutes", "duration_approximate", "format", "host_country", "level",
           "occasion")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_header(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    record = extract(path.read_text(encoding="utf-8"), source=str(path), **expected.get("input", {}))
    assert len(record.meetings) >= len(expected["meetings"])
    if expected.get("exact_meetings"):
        # A recalled earlier event is a reference, not a meeting of its own.
        assert len(record.meetings) == len(expected["meetings"])
    for want, got in zip(expected["meetings"], record.meetings):
        for field in SCALARS:
            if field in want:
                assert getattr(got, field) == want[field], field
        assert list(got.countries) == want["countries"]
        principals = {(p.family_name, p.country) for p in got.participants if p.role == "principal"}
        assert principals == {tuple(p) for p in want["principals"]}
        if "attendees" in want:
            attendees = {(p.family_name, p.country) for p in got.participants if p.role == "attendee"}
            assert attendees == {tuple(p) for p in want["attendees"]}
        if "location" in want:
            assert (got.location.city, got.location.country) == (want["location"]["city"], want["location"]["country"])
        for field, span in got.spans.items():
            if span:
                assert 0 <= span[0] < span[1] <= len(record.document.text), field
