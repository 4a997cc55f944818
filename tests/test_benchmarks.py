"""The speed benchmarks run end to end on a small corpus and report what they promise."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# A few readouts written for this test, in the style of a leader's office and a foreign ministry.
TEXTS = [
    "Today, President Alvarez spoke with Prime Minister Okonkwo of Nigeria. The two leaders agreed "
    "to deepen trade ties and discussed regional security.",
    "On March 1, Foreign Minister Lindqvist held a meeting with Foreign Minister Tanaka of Japan in "
    "Stockholm for about 40 minutes. 1. The two ministers welcomed the progress in bilateral "
    "relations. 2. Minister Tanaka explained Japan's position on North Korea.",
    "Secretary Reyes met Minister Haddad of Jordan on the margins of the UN General Assembly. They "
    "expressed concern about the humanitarian situation and committed to stay in close contact.",
]


def test_bench_extract_reports_every_contender(tmp_path):
    pytest.importorskip("spacy", reason="the benchmark's baseline needs spaCy (pip install -e '.[bench]')")
    corpus = tmp_path / "readouts.jsonl"
    corpus.write_text("".join(json.dumps({"text": t, "published": "2024-03-02"}) + "\n" for t in TEXTS * 4),
                      encoding="utf-8")
    out = tmp_path / "bench.json"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_extract.py"), "--data", str(corpus),
                          "--repeats", "1", "--json", str(out)], capture_output=True, text=True, cwd=ROOT,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    result = json.loads(out.read_text())
    assert result["not_run"] == {}
    assert result["docs"] == 12
    assert set(result["docs_per_s"]) == {"spacy", "library", "command_inprocess", "command", "command_cold"}
    assert all(rate > 0 for rate in result["docs_per_s"].values())
    assert "whole command:" in run.stdout and "first run on a machine" in run.stdout


def test_compare_trees_reports_each_stage_of_each_tree(tmp_path):
    corpus = tmp_path / "readouts.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in TEXTS), encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "compare_trees.py"), str(ROOT), str(ROOT),
                          "--rounds", "1", "--data", str(corpus)], capture_output=True, text=True, cwd=ROOT,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    assert len(lines) == 1  # the same tree twice is one tree
    for stage in ("clean", "document", "header", "statements", "record", "TOTAL"):
        assert stage in lines[0]


def test_compare_trees_refuses_a_folder_that_is_no_source_tree(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "compare_trees.py"), str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 2
    assert run.stderr.startswith(f"error: {tmp_path}: not a readout source tree")
