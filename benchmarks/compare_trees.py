"""Per-stage CPU cost of two source trees of readout, run alternately: is a change faster?

Usage: python benchmarks/compare_trees.py OLD_TREE NEW_TREE [--rounds N] [--data FILE]

Each round runs each tree once, in a fresh process with that tree first on sys.path, over the
same corpus (default ../shared/data/wh-readouts/readouts.jsonl): one warm-up pass over 200
documents, then `bench_stages.run_stages` over all of them with CPU time (process_time) as its
clock. The minimum over rounds is printed per stage (clean, document, header, statements,
record) in ms per document. CPU time and alternation make the comparison hold on a shared
machine, where wall-clock figures swing by tens of percent. To make an OLD_TREE from a commit:
`mkdir /tmp/old && git archive COMMIT | tar -x -C /tmp/old`.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("READOUT_SHARED", ROOT.parent / "shared")) / "data" / "wh-readouts" / "readouts.jsonl"

# Runs inside the child: the tree's own readout and its own bench_stages, timed by CPU.
CHILD = r"""
import json, sys, time
from pathlib import Path
tree, data = sys.argv[1], Path(sys.argv[2])
sys.path[:0] = [tree, tree + "/benchmarks"]
import bench_stages
bench_stages.time.perf_counter = time.process_time
docs = bench_stages.load_inputs(data)
bench_stages.run_stages(docs[:200])
spent = bench_stages.run_stages(docs)
print(json.dumps({stage: seconds / len(docs) * 1000 for stage, seconds in spent.items()}))
"""


def run_tree(tree: Path, data: Path) -> dict[str, float]:
    """ms of CPU per document per stage, for one pass of `tree` over `data`."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(data)], capture_output=True,
                         text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare(trees: list[Path], data: Path, rounds: int) -> dict[Path, dict[str, float]]:
    """The minimum per stage over `rounds`, each round running every tree once in turn."""
    best: dict[Path, dict[str, float]] = {}
    for _ in range(rounds):
        for tree in trees:
            result = run_tree(tree, data)
            best[tree] = {k: min(v, best[tree][k]) for k, v in result.items()} if tree in best else result
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path, help="source trees (folders holding readout/)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    for tree in args.trees:
        if not (tree / "readout" / "__init__.py").is_file() or not (tree / "benchmarks" / "bench_stages.py").is_file():
            print(f"error: {tree}: not a readout source tree (no readout/ or benchmarks/bench_stages.py)", file=sys.stderr)
            return 2
    if not args.data.exists():
        print(f"error: {args.data}: not found", file=sys.stderr)
        return 2
    for tree, stages in compare(args.trees, args.data, max(1, args.rounds)).items():
        print(f"{str(tree):<28} " + "  ".join(f"{k} {v:.3f}" for k, v in stages.items())
              + f"  TOTAL {sum(stages.values()):.3f} ms/doc CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
