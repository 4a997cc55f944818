"""`readout extract --workers N`: the same output, in the same order, as one process."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "readout", "extract", "--jsonl", *args],
                          capture_output=True, cwd=ROOT, timeout=120)


def test_parallel_output_equals_single_process(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    paths = [str(ROOT / "examples"), str(bad), str(ROOT / "tests" / "fixtures" / "golden")]
    one = _extract("--workers", "1", *paths)
    two = _extract("--workers", "2", *paths)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert one.stdout.count(b"\n") >= 10
    assert one.stderr == two.stderr
    assert b"broken.json" in two.stderr


def test_workers_must_be_a_positive_number():
    result = _extract("--workers", "0", str(ROOT / "examples"))
    assert result.returncode == 2
    assert b"--workers" in result.stderr
