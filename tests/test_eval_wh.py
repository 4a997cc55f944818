"""White House readouts: the record must agree with what each bilateral readout's title says.

No gold is needed: "Readout of President X's Call with Prime Minister Y of Japan" names both
countries and the format. benchmarks/check_wh_titles.py holds the check and prints the failures.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import check_wh_titles  # noqa: E402

# Measured 0.972 over 535 titles (2026-11-26); the floor sits just below it.
FLOOR = 0.96
MIN_ELIGIBLE = 500


def test_title_agreement_rate_holds(wh_readouts: Path) -> None:
    total, counts, failures = check_wh_titles.check(wh_readouts)
    assert total >= MIN_ELIGIBLE, f"only {total} bilateral titles recognised"
    rate = counts["ok"] / total
    assert rate >= FLOOR, f"title agreement {rate:.3f} < {FLOOR}: {failures[:5]}"


def test_title_parsing() -> None:
    assert check_wh_titles.eligible(
        {"title": "Readout of President Harlan’s Call with Prime Minister Okafor of\xa0Nigeria"}) == ("NGA", "telephone")
    assert check_wh_titles.eligible(
        {"title": "Readout of President Harlan’s Virtual Meeting with President Lindqvist of Sweden"}) == ("SWE", "video")
    # Two foreign countries after "with": a trilateral, not checked.
    assert check_wh_titles.eligible(
        {"title": "Readout of Advisor Reyes’s Meeting with the Advisors of Japan and the Republic of Korea"}) is None
    assert check_wh_titles.eligible({"title": "Statement by the Press Secretary on Japan"}) is None
