"""Speed of `compare_records` on real pairs: is it fast enough for a web page (< 100 ms a pair)?

Usage: python benchmarks/bench_compare.py [--rounds N]

Extracts every document of ../shared/data/dev/pairs.txt once, then times compare_records on
each pair (records already in memory, as the web page has them from the store) and, in the
same run, the extraction of the same two documents, and prints both and their ratio.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev"


def _path(stem: str) -> Path:
    for suffix in (".txt", ".json"):
        if (DEV / "docs" / (stem + suffix)).exists():
            return DEV / "docs" / (stem + suffix)
    raise FileNotFoundError(stem)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    if not (DEV / "pairs.txt").exists():
        print(f"not run: {DEV} is absent")
        return 0
    sys.path.insert(0, str(ROOT))
    from readout.cli.compare_cmd import read_record
    from readout.compare import compare_records

    pairs = [line.split(" | ")[:2] for line in (DEV / "pairs.txt").read_text().splitlines() if line.strip()]
    records = {stem: read_record(str(_path(stem))) for pair in pairs for stem in pair}
    compare_records(*(records[s] for s in pairs[0]))  # rules and caches loaded once, as in a server
    compare_ms, extract_ms = [], []
    for _ in range(args.rounds):
        for a, b in pairs:
            started = time.perf_counter()
            compare_records(records[a], records[b])
            compare_ms.append((time.perf_counter() - started) * 1000)
    for a, b in pairs:
        started = time.perf_counter()
        read_record(str(_path(a)))
        read_record(str(_path(b)))
        extract_ms.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(compare_ms, n=20)[18]
    print(f"pairs: {len(pairs)}, rounds: {args.rounds}")
    print(f"compare_records: median {statistics.median(compare_ms):.2f} ms, p95 {p95:.2f} ms, max {max(compare_ms):.2f} ms")
    print(f"extracting the same two documents: median {statistics.median(extract_ms):.2f} ms")
    print(f"ratio compare/extract (median): {statistics.median(compare_ms) / statistics.median(extract_ms):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
