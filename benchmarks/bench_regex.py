"""Adversarial-input benchmark: every regular expression in readout must stay linear.

Usage: python benchmarks/bench_regex.py [--size 20000]

For each compiled pattern held at module level in the readout package (and in the
rules caches), runs `finditer` over adversarial strings of size n and 4n and reports
the growth ratio of the time taken. Linear patterns grow about 4x; a pattern that
backtracks super-linearly grows 16x or more. The whole extractor is measured the
same way. Exit status 1 when any growth exceeds the budget (default 8x).
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time

import readout

ADVERSARIAL = {
    "letters": "a",
    "spaces": " ",
    "digits": "1",
    "dots": ". ",
    "honorifics": "Mr. ",
    "capitals": "HAYASHI ",
    "parens": "(",
    "words": "the two ministers ",
    "commas": "a, ",
    "newlines": "\n",
    "numbered": "1. ",
    "dates": "May 20, ",
    "mixed": "H.E. Dr. Park-Jin (ROK) ",
}


def module_patterns() -> dict[str, re.Pattern]:
    """Every compiled pattern reachable as a module attribute or in a module-level container."""
    found: dict[str, re.Pattern] = {}
    for info in pkgutil.walk_packages(readout.__path__, "readout."):
        if info.name.startswith(("readout.web", "readout.cli")) or info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - an optional dependency may be missing
            continue
        for name, value in vars(module).items():
            for i, pattern in enumerate(_patterns_in(value)):
                found[f"{info.name}.{name}[{i}]"] = pattern
    return found


def _patterns_in(value) -> list[re.Pattern]:
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, re.Pattern)]
    if isinstance(value, dict):
        return [v for v in value.values() if isinstance(v, re.Pattern)]
    return []


def _time(fn, text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - started)
    return best


def _growth(fn, unit: str, size: int) -> float:
    small = (unit * (size // len(unit) + 1))[:size]
    large = (unit * (4 * size // len(unit) + 1))[: 4 * size]
    t_small = max(_time(fn, small), 1e-5)
    return _time(fn, large) / t_small


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--budget", type=float, default=8.0)
    args = parser.parse_args()
    patterns = module_patterns()
    worst: list[tuple[float, str, str]] = []
    for name, pattern in patterns.items():
        for kind, unit in ADVERSARIAL.items():
            growth = _growth(lambda t, p=pattern: sum(1 for _ in p.finditer(t)), unit, args.size)
            worst.append((growth, name, kind))
    for kind, unit in ADVERSARIAL.items():
        growth = _growth(lambda t: readout.extract(t), unit, args.size // 4)
        worst.append((growth, "readout.extract (whole pipeline)", kind))
    worst.sort(reverse=True)
    print(f"patterns={len(patterns)} inputs={len(ADVERSARIAL)} size={args.size} (then 4x)")
    print("| growth for 4x input | pattern | adversarial input |\n|---|---|---|")
    for growth, name, kind in worst[:15]:
        print(f"| {growth:.1f}x | {name} | {kind} |")
    over = [w for w in worst if w[0] > args.budget]
    print(f"worst={worst[0][0]:.1f}x budget={args.budget}x over_budget={len(over)}")
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
