"""The benchmark suite: one command, a Markdown table and a PNG chart.

Usage: python benchmarks/run.py [--quick] [--out DIR]

Runs, each in its own process so that one part's memory and imports do not bend another's:
- benchmarks/bench_extract.py: readout extract against spaCy's blank tokenizer + sentencizer;
- benchmarks/bench_dask.py: 2 Dask workers against one process, peak memory per worker;
- benchmarks/bench_store.py (the store's): per-document ingest cost at 1k and ~100k documents,
  dyad-timeline query p95 at 10k and 1M meetings; reported "not run" when it is absent.
Writes DIR/results.md (default benchmarks/) and DIR/results.png. `--quick` makes every part
smaller (fewer rounds, fewer copies) for a check that the suite works, not for figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


class Part:
    """One benchmark script: how it is run, its figures (JSON) or why it was not run."""

    def __init__(self, name: str, script: str, args: list[str]):
        self.name, self.script, self.args = name, script, args
        self.result: Optional[dict] = None
        self.report = ""
        self.reason: Optional[str] = None

    @property
    def command(self) -> str:
        return " ".join(["python", f"benchmarks/{self.script}", *self.args])

    def run(self, workdir: Path, timeout: int) -> "Part":
        """Run the script with --json; keep its figures, its printed report, or the reason it failed."""
        path = HERE / self.script
        if not path.exists():
            self.reason = f"benchmarks/{self.script} does not exist yet"
            return self
        out = workdir / f"{self.name}.json"
        # A script without --json still runs; its printed report is kept as it is.
        json_args = ["--json", str(out)] if "--json" in path.read_text(encoding="utf-8") else []
        print(f"== {self.command}", file=sys.stderr, flush=True)
        try:
            proc = subprocess.run([sys.executable, str(path), *self.args, *json_args],
                                  capture_output=True, text=True, cwd=ROOT, timeout=timeout)
        except subprocess.TimeoutExpired:
            self.reason = f"did not finish within {timeout} s"
            return self
        self.report = proc.stdout.strip()
        print(self.report, file=sys.stderr, flush=True)
        if proc.returncode != 0:
            tail = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
            self.reason = f"failed: {tail}"
        elif not out.exists():
            self.reason = "figures printed only (see its section below)"
        else:
            self.result = json.loads(out.read_text(encoding="utf-8"))
        return self


def plan(quick: bool, wait_quiet: float) -> list[Part]:
    """The parts with their arguments, smaller with --quick."""
    wait = ["--wait-quiet", f"{wait_quiet:g}"] if wait_quiet else []
    return [
        Part("extract", "bench_extract.py", ["--repeats", "1" if quick else "3", *wait]),
        Part("dask", "bench_dask.py", (["--copies", "2", "--repeats", "1"] if quick
                                       else ["--copies", "6", "--repeats", "2"]) + wait),
        Part("store", "bench_store.py", ["--quick"] if quick else []),
    ]


# ---------------------------------------------------------------------------------------------
# The table

def table_rows(parts: dict[str, Part]) -> list[tuple[str, str, str, str, str]]:
    """(benchmark, measured, goal, met, command) rows for every figure the suite reports."""
    rows = []
    rows += _extract_rows(parts["extract"])
    rows += _dask_rows(parts["dask"])
    rows += _store_rows(parts["store"])
    return rows


def _not_run(part: Part, what: str, goal: str) -> list[tuple]:
    return [(what, f"not run: {part.reason}", goal, "–", f"`{part.command}`")]


def _verdict(value: Optional[float], goal: float, higher_is_better: bool = True) -> str:
    if value is None:
        return "–"
    return "yes" if (value >= goal if higher_is_better else value <= goal) else "**no**"


def _extract_rows(part: Part) -> list[tuple]:
    if part.result is None:
        return _not_run(part, "Extraction vs spaCy blank + sentencizer", "≥ 3×")
    r, cmd = part.result, f"`{part.command}`"
    rate, ratio = r["docs_per_s"], r["ratio"]
    rows = [("spaCy blank('en') + sentencizer, nlp.pipe", f"{rate['spacy']:,.0f} docs/s", "baseline", "", cmd)]
    labels = {"command": "readout extract --jsonl FILE > /dev/null (whole command)",
              "command_cold": "the same, first run on a machine (empty compiled-pattern cache)",
              "command_inprocess": "readout extract --jsonl, in-process (no start-up)",
              "library": "readout.extract() in-process"}
    by_cpu = r.get("cpu_ratio", {})
    for name, label in labels.items():
        if name in rate:
            goal = "≥ 3×" if name == "command" else ("–" if name == "command_cold" else "(≥ 3×)")
            cpu_note = f"; by CPU time {by_cpu[name]:.2f}×" if name in by_cpu else ""
            rows.append((label, f"{rate[name]:,.0f} docs/s = **{ratio[name]:.2f}×** spaCy{cpu_note}", goal,
                         "" if name == "command_cold" else _verdict(ratio[name], r["goal"]), cmd))
        elif name in r.get("not_run", {}):
            rows.append((label, f"not run: {r['not_run'][name]}", "≥ 3×", "–", cmd))
    return rows


def _dask_rows(part: Part) -> list[tuple]:
    if part.result is None:
        return _not_run(part, "Dask, 2 workers vs one process", "≥ 1.6×")
    r, cmd = part.result, f"`{part.command}`"
    rate, speed, mem = r["docs_per_s"], r["speedup"], r["peak_rss_mib"]
    cpu = r.get("cpu_ms_per_doc", {})
    bound = ""
    if cpu.get("single") and cpu.get("dask_warm"):
        overhead = cpu["dask_warm"] / cpu["single"] - 1
        bound = (f"; CPU per doc {overhead:+.0%} over one process, so at most "
                 f"{r['workers'] / (1 + overhead):.2f}× on idle cores")
    docs = f"{r['docs']:,} docs, {r['cores']} cores"
    return [
        (f"One process ({docs})", f"{rate['single']:,.0f} docs/s", "baseline", "", cmd),
        (f"Dask, {r['workers']} workers, cluster running", f"{rate['dask_warm']:,.0f} docs/s = **{speed['dask_warm']:.2f}×**{bound}",
         "≥ 1.6×", _verdict(speed["dask_warm"], r["goal"]), cmd),
        *([(f"{r['workers']} independent processes (the cores' ceiling)",
            f"{rate['independent']:,.0f} docs/s = {speed['independent']:.2f}×", "–", "", cmd)]
          if "independent" in rate else []),
        (f"Dask, {r['workers']} workers, with cluster start-up", f"{rate['dask_cold']:,.0f} docs/s = {speed['dask_cold']:.2f}×",
         "(≥ 1.6×)", _verdict(speed["dask_cold"], r["goal"]), cmd),
        ("Peak memory per Dask worker", ", ".join(f"{m:.0f} MiB" for m in mem["workers"])
         + f" (one process: {mem['single']:.0f} MiB)", "–", "", cmd),
    ]


def _store_rows(part: Part) -> list[tuple]:
    """Rows from bench_store's JSON: `rows` as given, or ingest/dyad growth in the agreed shape."""
    if part.result is None:
        return (_not_run(part, "Ingest cost per document, 1k → ~100k docs", "≤ 1.2× growth")
                + _not_run(part, "Dyad-timeline query p95, 10k → 1M meetings", "≤ 2× growth"))
    r, cmd = part.result, f"`{part.command}`"
    if "rows" in r:  # the store benchmark formats its own rows
        return [(row["benchmark"], row["measured"], row.get("goal", ""), row.get("met", ""), cmd)
                for row in r["rows"]]
    rows = []
    for key, label, goal in (("ingest", "Ingest cost per document", 1.2), ("dyad", "Dyad-timeline query p95", 2.0)):
        if key in r:
            growth = r[key].get("growth")
            rows.append((f"{label}: {r[key].get('label', '')}".rstrip(": "),
                         r[key].get("measured", f"growth {growth}×"), f"≤ {goal}× growth",
                         _verdict(growth, goal, higher_is_better=False), cmd))
    return rows or [("Store benchmark", "see details below", "", "", cmd)]


def render_markdown(parts: dict[str, Part], started: str, quick: bool) -> str:
    """results.md: the machine, the table, then each part's own report."""
    lines = [
        "# Benchmark results", "",
        f"Run {started} with `python benchmarks/run.py{' --quick' if quick else ''}` on {machine()}.",
        "Ratios compare figures measured in the same run, on the same machine; on a shared machine the",
        "ratios by CPU time are the ones other work does not skew.",
        "", "| Benchmark | Measured | Goal | Met | Command |", "|---|---|---|---|---|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(parts)]
    lines += interference_notes(parts)
    if quick:
        lines += ["", "_Quick run (fewer rounds, smaller corpora): a check that the suite works, not figures to quote._"]
    for part in parts.values():
        lines += ["", f"## {part.script}", "", f"`{part.command}`", ""]
        lines += ["```", part.report or f"not run: {part.reason}", "```"]
    return "\n".join(lines) + "\n"


def interference_notes(parts: dict[str, Part]) -> list[str]:
    """How much of the cores other processes used while each part measured (median of rounds)."""
    notes = []
    extract, dask = parts["extract"].result, parts["dask"].result
    if extract and extract.get("others") is not None:
        notes.append(f"- extraction rounds: other work used {extract['others']:.0%} of the cores")
    if dask and dask.get("others"):
        shares = ", ".join(f"{name.replace('_', ' ')} {share:.0%}" for name, share in dask["others"].items()
                           if share is not None)
        notes.append(f"- Dask rounds: other work used {shares} of the cores")
    if not notes:
        return []
    return ["", "Other processes on the machine while measuring (figures taken under load "
            "understate what the machine does alone, Dask most):", *notes]


def machine() -> str:
    """CPU model, cores, Python and load average, for the reader of the table."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()} (load average {load} at the end)"


# ---------------------------------------------------------------------------------------------
# The chart

def render_chart(parts: dict[str, Part], path: Path) -> None:
    """results.png: throughput against spaCy, Dask against one process, memory, store growth."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 4, figsize=(18, 4.5))
    _chart_extract(axes[0], parts["extract"].result)
    _chart_dask(axes[1], parts["dask"].result)
    _chart_memory(axes[2], parts["dask"].result)
    _chart_store(axes[3], parts["store"].result)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _bars(ax, labels: list[str], values: list[float], title: str, unit: str, notes: list[str]) -> None:
    bars = ax.bar(labels, values, color=["#999999"] + ["#1f77b4"] * (len(values) - 1))
    for bar, note in zip(bars, notes):
        ax.annotate(note, (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center",
                    va="bottom", fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.set_ylabel(unit)
    ax.tick_params(axis="x", labelsize=8)


def _empty(ax, title: str, why: str = "not run") -> None:
    ax.set_title(title, fontsize=10)
    ax.text(0.5, 0.5, why, ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def _chart_extract(ax, r: Optional[dict]) -> None:
    if not r:
        return _empty(ax, "Extraction throughput")
    names = [n for n in ("spacy", "library", "command") if n in r["docs_per_s"]]
    labels = {"spacy": "spaCy blank\n+ sentencizer", "library": "readout\nin-process", "command": "readout extract\nwhole command"}
    values = [r["docs_per_s"][n] for n in names]
    notes = ["1×" if n == "spacy" else f"{r['ratio'][n]:.2f}×" for n in names]
    _bars(ax, [labels[n] for n in names], values, f"Extraction, {r['docs']:,} docs (goal ≥ 3×)", "docs/s", notes)


def _chart_dask(ax, r: Optional[dict]) -> None:
    if not r:
        return _empty(ax, "Dask vs one process")
    names = [n for n in ("single", "dask_warm", "dask_cold", "independent") if n in r["docs_per_s"]]
    labels = {"single": "one process", "dask_warm": f"Dask {r['workers']} workers",
              "dask_cold": "Dask incl.\nstart-up", "independent": f"{r['workers']} independent\nprocesses"}
    values = [r["docs_per_s"][n] for n in names]
    notes = ["1×"] + [f"{r['speedup'][n]:.2f}×" for n in names[1:]]
    _bars(ax, [labels[n] for n in names], values,
          f"Dask on {r['cores']} cores, {r['docs']:,} docs (goal ≥ 1.6×)", "docs/s", notes)


def _chart_memory(ax, r: Optional[dict]) -> None:
    if not r:
        return _empty(ax, "Peak memory")
    mem = r["peak_rss_mib"]
    values = [mem["single"], *mem["workers"]]
    labels = ["one process", *[f"worker {i + 1}" for i in range(len(mem["workers"]))]]
    _bars(ax, labels, values, "Peak resident memory", "MiB", [f"{v:.0f}" for v in values])


def _chart_store(ax, r: Optional[dict]) -> None:
    growth = [(label, r[key]["growth"], goal) for key, label, goal in
              (("ingest", "ingest cost\n1k → 100k", 1.2), ("dyad", "dyad p95\n10k → 1M", 2.0))
              if r and isinstance(r.get(key), dict) and r[key].get("growth") is not None]
    if not growth:
        return _empty(ax, "Store growth", "not run" if not r else "see results.md")
    bars = ax.bar([g[0] for g in growth], [g[1] for g in growth], color="#1f77b4")
    for bar, (_, value, goal) in zip(bars, growth):
        ax.hlines(goal, bar.get_x(), bar.get_x() + bar.get_width(), colors="red", linestyles="dashed")
        ax.annotate(f"{value:.2f}× (goal ≤ {goal}×)", (bar.get_x() + bar.get_width() / 2, value),
                    ha="center", va="bottom", fontsize=8)
    ax.set_title("Store: growth with size", fontsize=10)
    ax.set_ylabel("large / small")


# ---------------------------------------------------------------------------------------------

def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs: check the suite, not figures")
    parser.add_argument("--out", type=Path, default=HERE, help="where results.md and results.png go")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds allowed per part")
    parser.add_argument("--wait-quiet", type=float, default=None, metavar="SECONDS",
                        help="before each timing part, wait up to SECONDS for idle cores "
                             "(default 120, 0 with --quick)")
    args = parser.parse_args(argv)
    started = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    with tempfile.TemporaryDirectory(prefix="readout-bench-") as tmp:
        wait = args.wait_quiet if args.wait_quiet is not None else (0 if args.quick else 120)
        parts = {part.name: part.run(Path(tmp), args.timeout) for part in plan(args.quick, wait)}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.md").write_text(render_markdown(parts, started, args.quick), encoding="utf-8")
    render_chart(parts, args.out / "results.png")
    print(f"wrote {args.out / 'results.md'} and {args.out / 'results.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
