"""Extraction speed: readout against spaCy's blank English tokenizer + sentencizer, in one run.

Usage: python benchmarks/bench_extract.py [--data FILE] [--repeats N] [--json OUT]

Times, over the same texts (default ../shared/data/wh-readouts/readouts.jsonl):
- spaCy baseline: spacy.blank("en") + sentencizer, nlp.pipe over every text (model load excluded);
- readout library: readout.extract() over every document (in-process, stages only);
- readout command in-process: the `readout extract --jsonl FILE` command run inside this
  process (reading, extraction and JSON output, no interpreter start-up);
- readout whole command: `readout extract --jsonl FILE > /dev/null` as a subprocess, wall time
  including interpreter start-up, imports, reading and JSON output (the issue's goal figure);
- the same command on a cold start: with an empty cache of compiled rule patterns (readout.rx),
  as the very first run on a machine is (reported, not the goal figure: every later run,
  including each CI run after the first command, finds the cache).
Each wall-clock figure is the best of --repeats rounds (the round least disturbed by other
processes); the rounds interleave the contenders so that a load spike hits all of them alike.
Ratios are readout docs/s over spaCy docs/s measured in this same run. Because the machine may
be shared, each contender's docs per CPU-second (median over rounds; for the whole command,
the subprocess's CPU time) is reported too: time-sharing with other work does not change it.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Callable, Optional

from quiet import BusyMeter, cpu_busy, wait_for_quiet  # benchmarks/ is the script's directory

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("READOUT_SHARED", ROOT.parent / "shared")) / "data" / "wh-readouts" / "readouts.jsonl"
GOAL = 3.0


def load_documents(path: Path) -> list[dict]:
    """Read the JSONL input objects (one document per line)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def document_texts(documents: list[dict]) -> list[str]:
    """The text spaCy gets: the document's text (or its HTML where it has no text)."""
    return [doc.get("text") or doc.get("html") or "" for doc in documents]


def build_spacy():
    """spaCy's blank English pipeline with the rule-based sentencizer (no model download)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def run_spacy(nlp, texts: list[str]) -> int:
    """Tokenize and split every text into sentences; returns the sentence count."""
    return sum(sum(1 for _ in doc.sents) for doc in nlp.pipe(texts))


def run_library(documents: list[dict], path: Path) -> int:
    """readout.extract over every document, serialised as the CLI would; returns meetings found."""
    import orjson
    import readout

    meetings = 0
    for line_no, doc in enumerate(documents, start=1):
        record = readout.extract(
            doc.get("text") or doc.get("html") or "", url=doc.get("url"),
            published=doc.get("published"), title=doc.get("title"),
            publisher=doc.get("publisher"), source=f"{path}:{line_no}",
        )
        orjson.dumps(record.as_dict())
        meetings += len(record.meetings)
    return meetings


def run_command_inprocess(path: Path) -> int:
    """The `readout extract --jsonl PATH` command inside this process, output discarded."""
    from readout.cli import cli

    sink, errors = _CountingSink(), io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(errors):
        try:
            cli.main(["extract", "--jsonl", str(path)], prog_name="readout", standalone_mode=False)
        except SystemExit as exc:  # the command exits 1 when some document failed
            _check_exit(exc.code, errors.getvalue())
    return sink.lines, errors.getvalue()


def check_command_inprocess(path: Path, docs: int) -> None:
    """The in-process command answered for every document."""
    lines, stderr = run_command_inprocess(path)
    _check_count(lines, stderr.count("error: "), docs, stderr)


def run_command(path: Path, cold: bool = False) -> int:
    """`readout extract --jsonl PATH > /dev/null` as a subprocess; returns its exit status.

    cold: as on a machine where readout never ran, with an empty cache of compiled rule
    patterns (readout.rx), so the run compiles every pattern itself.
    """
    with open(os.devnull, "wb") as devnull, tempfile.TemporaryDirectory() as empty:
        env = dict(os.environ, READOUT_CACHE_DIR=empty) if cold else None
        proc = subprocess.run(_readout_argv() + ["extract", "--jsonl", str(path)],
                              stdout=devnull, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    _check_exit(proc.returncode, proc.stderr.decode("utf-8", "replace"))
    return proc.returncode


def check_command_output(path: Path, docs: int) -> None:
    """One untimed run that keeps the output: every document gives a record or an error line."""
    proc = subprocess.run(_readout_argv() + ["extract", "--jsonl", str(path)],
                          capture_output=True, cwd=ROOT)
    stderr = proc.stderr.decode("utf-8", "replace")
    _check_exit(proc.returncode, stderr)
    records = proc.stdout.count(b"\n")
    errors = sum(1 for line in stderr.splitlines() if line.startswith("error: "))
    _check_count(records, errors, docs, stderr)


def _check_count(records: int, errors: int, docs: int, stderr: str = "") -> None:
    """A run counts only when it answered for every document, with at least one record."""
    if records == 0 or records + errors != docs:
        last = stderr.strip().splitlines()[-1] if stderr.strip() else "no output"
        raise RuntimeError(f"{records} records + {errors} errors for {docs} documents ({last})")


def _readout_argv() -> list[str]:
    """The `readout` console script installed for this interpreter, else `python -m readout`.

    The script is taken from this interpreter's scripts folder, not from PATH: on PATH it can be
    a version manager's shim (pyenv's adds 0.1-0.25 s of its own per call) that is not readout.
    """
    script = Path(sysconfig.get_path("scripts")) / "readout"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "readout"]


def _check_exit(code, stderr: str = "") -> None:
    """Exit 0 (all read) and 1 (some documents failed, rest emitted) are runs; anything else is not."""
    if code not in (0, 1, None):
        last = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit status {code}"
        raise RuntimeError(f"readout extract failed: {last}")


class _CountingSink(io.TextIOBase):
    """A text stream that discards what it is given but counts lines (and offers .buffer)."""

    def __init__(self):
        self.lines = 0
        self.buffer = self

    def write(self, data) -> int:
        self.lines += data.count(b"\n" if isinstance(data, (bytes, bytearray)) else "\n")
        return len(data)

    def writable(self) -> bool:
        return True


def own_cpu_seconds() -> float:
    """CPU seconds used so far by this process and its finished children."""
    return sum(getattr(resource.getrusage(who), field) for who in
               (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) for field in ("ru_utime", "ru_stime"))


def time_once(func: Callable[[], object]) -> tuple[float, float, Optional[float]]:
    """Wall-clock and CPU seconds for one call, and the share of the cores other work used meanwhile."""
    cpu = own_cpu_seconds()
    with BusyMeter() as meter:
        func()
    used = own_cpu_seconds() - cpu
    return meter.seconds, used, meter.others(used)


def measure(path: Path = DEFAULT_DATA, repeats: int = 3, command: bool = True) -> dict:
    """Run every contender `repeats` times, interleaved; return docs, times, docs/s and ratios."""
    documents = load_documents(path)
    texts = document_texts(documents)
    nlp = build_spacy()
    contenders: dict[str, Callable[[], object]] = {
        "spacy": lambda: run_spacy(nlp, texts),
        "library": lambda: run_library(documents, path),
        "command_inprocess": lambda: run_command_inprocess(path),
    }
    checks = {"command_inprocess": lambda: check_command_inprocess(path, len(documents))}
    if command:
        contenders["command"] = lambda: run_command(path)
        contenders["command_cold"] = lambda: run_command(path, cold=True)
        checks["command"] = lambda: check_command_output(path, len(documents))
    _warm_up(nlp, documents, texts, path)
    not_run = _run_checks(checks)
    load_before = os.getloadavg()[0]
    times: dict[str, list[float]] = {name: [] for name in contenders}
    cpu: dict[str, list[float]] = {name: [] for name in contenders}
    others: list[float] = []
    for _ in range(repeats):
        for name, func in contenders.items():
            if name in not_run:
                continue
            try:
                seconds, used, share = time_once(func)
            except Exception as exc:  # a stage not built yet is reported, not fatal
                not_run[name] = _describe(exc)
                continue
            times[name].append(seconds)
            cpu[name].append(used)
            if share is not None:
                others.append(share)
    for name in not_run:
        del times[name], cpu[name]
    result = _summarise(len(documents), times, load_before, os.getloadavg()[0], path)
    result.update(_cpu_rates(len(documents), cpu))
    result["not_run"] = not_run
    result["others"] = round(statistics.median(others), 2) if others else None
    return result


def _run_checks(checks: dict[str, Callable[[], None]]) -> dict[str, str]:
    """Run each untimed output check; a failing contender is left out with its reason."""
    not_run = {}
    for name, check in checks.items():
        try:
            check()
        except Exception as exc:
            not_run[name] = _describe(exc)
    return not_run


def byte_compile_package() -> None:
    """Write readout's .pyc files, as installing a package does and as any later run would.

    Where PYTHONDONTWRITEBYTECODE is set (some containers set it), an edited module has no
    up-to-date .pyc, and every process of the command would compile its source at each start
    (header.py alone: ~16 ms per process), which an installed copy never does.
    """
    import compileall

    import readout

    compileall.compile_dir(str(Path(readout.__file__).parent), quiet=1)


def _describe(exc: Exception) -> str:
    """One line saying why a contender could not run."""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return message.strip().splitlines()[0]


def _warm_up(nlp, documents: list[dict], texts: list[str], path: Path) -> None:
    """Import everything and compile the rules once, so rounds time steady-state work."""
    byte_compile_package()
    run_spacy(nlp, texts[:20])
    with contextlib.suppress(Exception):  # a failing library is reported by its timed round
        run_library(documents[:20], path)


def _summarise(docs: int, times: dict[str, list[float]], load_before: float, load_after: float,
               path: Path) -> dict:
    """Medians, docs/s, and each readout figure's ratio to spaCy's docs/s."""
    result = {"data": str(path), "docs": docs, "repeats": len(times["spacy"]),
              "load_before": round(load_before, 2), "load_after": round(load_after, 2),
              "seconds": {}, "docs_per_s": {}, "ratio": {}, "goal": GOAL}
    for name, values in times.items():
        best = min(values)
        result["seconds"][name] = round(best, 4)
        result["docs_per_s"][name] = round(docs / best, 1)
    for name in times:
        if name != "spacy":
            result["ratio"][name] = round(result["docs_per_s"][name] / result["docs_per_s"]["spacy"], 2)
    return result


LABELS = {
    "spacy": "spaCy blank('en') + sentencizer (nlp.pipe)",
    "library": "readout.extract() in-process",
    "command_inprocess": "readout extract --jsonl, in-process (no start-up)",
    "command": "readout extract --jsonl FILE > /dev/null (whole command, default --workers: usable cores)",
    "command_cold": "the same, first run on a machine (empty compiled-pattern cache)",
}


def _cpu_rates(docs: int, cpu: dict[str, list[float]]) -> dict:
    """Docs per CPU-second (median round) per contender, and each readout figure's ratio to spaCy's."""
    rates = {name: round(docs / statistics.median(values), 1) for name, values in cpu.items()
             if values and statistics.median(values) > 0}
    ratios = {name: round(rate / rates["spacy"], 2) for name, rate in rates.items()
              if name != "spacy" and "spacy" in rates}
    return {"docs_per_cpu_s": rates, "cpu_ratio": ratios}


def _busy_note(result: dict) -> str:
    busy, during = result.get("busy_before"), result.get("others")
    note = "" if busy is None else f", cores {busy:.0%} busy with other work just before"
    return note + ("" if during is None else f" and {during:.0%} during the rounds (median)")


def format_report(result: dict) -> str:
    """Plain-text lines: docs/s per contender and the ratios to spaCy."""
    lines = [f"{result['docs']} documents from {result['data']}, best of {result['repeats']} "
             f"round(s), load average {result['load_before']} -> {result['load_after']}"
             + _busy_note(result)]
    for name, rate in result["docs_per_s"].items():
        ratio = result["ratio"].get(name)
        tail = f"  ratio {ratio:.2f}x spaCy" if ratio is not None else ""
        lines.append(f"  {LABELS[name]:<60} {rate:>9.1f} docs/s  ({result['seconds'][name]:.3f} s){tail}")
        per_cpu, cpu_ratio = result.get("docs_per_cpu_s", {}).get(name), result.get("cpu_ratio", {}).get(name)
        if per_cpu is not None:
            lines.append(f"  {'':<60} {per_cpu:>9.1f} docs per CPU-second"
                         + (f"  ratio {cpu_ratio:.2f}x spaCy" if cpu_ratio is not None else ""))
    for name, reason in result.get("not_run", {}).items():
        lines.append(f"  {LABELS[name]:<60} not run: {reason}")
    whole = result["ratio"].get("command")
    if whole is not None:
        verdict = "meets" if whole >= GOAL else "misses"
        lines.append(f"whole command: {whole:.2f}x spaCy ({verdict} the goal of >= {GOAL:.0f}x)")
        by_cpu = result.get("cpu_ratio", {}).get("command")
        if by_cpu is not None:
            lines.append(f"whole command by CPU time: {by_cpu:.2f}x spaCy")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL input documents")
    parser.add_argument("--repeats", type=int, default=3, help="rounds; the best is reported")
    parser.add_argument("--no-command", action="store_true", help="skip the subprocess figure")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--wait-quiet", type=float, default=0, metavar="SECONDS",
                        help="first wait up to SECONDS for the cores to be idle (others' work skews figures)")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"error: {args.data}: not found (the White House corpus lives in ../shared)", file=sys.stderr)
        return 2
    busy = wait_for_quiet(max_wait=args.wait_quiet) if args.wait_quiet else cpu_busy()
    result = measure(args.data, max(1, args.repeats), command=not args.no_command)
    result["busy_before"] = None if busy is None else round(busy, 2)
    print(format_report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
