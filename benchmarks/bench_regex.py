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
from readout.errors import ReadoutError

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
    # Japanese-language readouts (readout.japanese): runs of kana, kanji, joined country names,
    # open quotations, clause commas, numbers before counters.
    "kana": "ア・",
    "kanji": "外務大臣",
    "country_runs": "日米",
    "quotes": "「",
    "clauses": "評価し，",
    "counters": "約1時間30分",
    "japanese_mixed": "本27日，午後0時55分から約20分間，林健一外務大臣は，",
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
    from readout import japanese

    # The Japanese stage builds its matchers from its rules file on first use, not at import.
    for i, pattern in enumerate(_patterns_in(tuple(japanese.rules()))):
        found[f"readout.japanese.rules()[{i}]"] = pattern
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


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _growth(fn, unit: str, size: int, budget_s: float = 0.2) -> tuple[float, int]:
    """Time growth from n to 4n characters, and n.

    Starts small and quadruples up to `size`; a pattern that is already slow at a small size is
    judged there (a super-linear one would otherwise run for hours at the full size).
    """
    n = min(size, 250)
    t_small = _time(fn, _text(unit, n), repeat=1)
    while 4 * n <= size and t_small < budget_s:
        n *= 4
        t_small = _time(fn, _text(unit, n), repeat=1)
    n = max(250, n // 4) if t_small >= budget_s and n > 250 else n
    t_small = max(_time(fn, _text(unit, n), repeat=1 if t_small >= budget_s else 3), 1e-5)
    return _time(fn, _text(unit, 4 * n), repeat=1 if t_small >= budget_s / 4 else 3) / t_small, n


def _extract_quietly(text: str) -> None:
    """The whole extractor; an input it refuses (e.g. only spaces: an empty document) still counts."""
    try:
        readout.extract(text)
    except ReadoutError:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--budget", type=float, default=8.0)
    parser.add_argument("--top", type=int, default=15, help="rows of the table (worst first)")
    args = parser.parse_args()
    patterns = module_patterns()
    worst: list[tuple[float, str, str, int]] = []
    for name, pattern in patterns.items():
        for kind, unit in ADVERSARIAL.items():
            growth, n = _growth(lambda t, p=pattern: sum(1 for _ in p.finditer(t)), unit, args.size)
            worst.append((growth, name, kind, n))
    pipeline = []
    for kind, unit in ADVERSARIAL.items():
        growth, n = _growth(_extract_quietly, unit, args.size // 4, budget_s=1.0)
        pipeline.append((growth, "readout.extract (whole pipeline)", kind, n))
    worst.sort(reverse=True)
    pipeline.sort(reverse=True)
    print(f"patterns={len(patterns)} inputs={len(ADVERSARIAL)} size={args.size} (then 4x; smaller where slow)")
    print("| growth for 4x input | pattern | adversarial input | n (chars) |\n|---|---|---|---|")
    for growth, name, kind, n in worst[: args.top] + pipeline[:3]:
        print(f"| {growth:.1f}x | {name} | {kind} | {n} |")
    over = [w for w in worst + pipeline if w[0] > args.budget]
    print(f"worst_pattern={worst[0][0]:.1f}x worst_pipeline={pipeline[0][0]:.1f}x budget={args.budget}x "
          f"over_budget={len(over)}")
    for growth, name, kind, n in over:
        print(f"OVER BUDGET: {name} on {kind!r}: {growth:.1f}x from {n} to {4 * n} characters", file=sys.stderr)
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
