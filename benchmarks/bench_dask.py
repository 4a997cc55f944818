"""Dask scaling: 2 Dask workers against one process on the same documents, with peak memory.

Usage: python benchmarks/bench_dask.py [--copies N] [--workers 2] [--partitions N] [--repeats N] [--json OUT]

The corpus is ../shared/data/wh-readouts/readouts.jsonl repeated --copies times into a
temporary JSONL file (same texts, new line numbers), so each run is long enough for the
cluster's fixed costs to show in proportion.
- one process: the single-process path (reader -> extract_input -> record JSON -> /dev/null),
  timed in a fresh subprocess after a warm-up on 20 documents; its peak RSS is that process's.
- Dask, warm: `readout.scale.iter_extract_dask` against a LocalCluster of --workers worker
  processes (one thread each) started and warmed up beforehand; output to /dev/null.
- Dask, cold: the same including starting and stopping the local cluster (what
  `readout extract --engine dask` costs on one machine).
- independent processes: the corpus cut in --workers pieces, each run by its own single
  process at the same time: the ceiling the cores allow any parallel engine right now.
Peak memory per worker is each worker process's ru_maxrss after the runs. The speed-up is
one-process seconds over Dask seconds, measured in the same run, rounds interleaved.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from quiet import BusyMeter, cpu_busy, wait_for_quiet  # benchmarks/ is the script's directory

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("READOUT_SHARED", ROOT.parent / "shared")) / "data" / "wh-readouts" / "readouts.jsonl"
GOAL = 1.6


def replicate_corpus(source: Path, copies: int, directory: Path) -> Path:
    """Write `copies` copies of the JSONL corpus one after another; return the new file."""
    target = directory / f"corpus-x{copies}.jsonl"
    data = source.read_bytes()
    if not data.endswith(b"\n"):
        data += b"\n"
    with target.open("wb") as handle:
        for _ in range(copies):
            handle.write(data)
    return target


def run_single_process(path: Path) -> dict:
    """The single-process path over `path` (as `readout extract --jsonl`), after a warm-up."""
    from readout.errors import InputError
    from readout.pipeline import iter_records
    from readout.scale import record_json, warm_up

    warm_up(sample_documents())
    cpu = time.process_time()
    start = time.perf_counter()
    docs = failed = 0
    with open(os.devnull, "wb") as sink:
        for item in iter_records([str(path)]):
            docs += 1
            if isinstance(item, InputError):
                failed += 1
                continue
            sink.write(record_json(item) + b"\n")
    seconds = time.perf_counter() - start
    return {"docs": docs, "failed": failed, "seconds": seconds, "cpu": time.process_time() - cpu,
            "peak_rss": _peak_rss()}


def sample_documents(path: Path = DEFAULT_DATA, count: int = 20) -> list:
    """The first `count` readable documents of the corpus, as the reader gives them."""
    from itertools import islice

    from readout.inputs import iter_inputs

    return [item for item in islice(iter_inputs([str(path)]), count)
            if not isinstance(item, Exception)]


def _peak_rss() -> int:
    """Peak resident memory of this process, in bytes."""
    from readout.scale import peak_memory_bytes

    return peak_memory_bytes()


def own_cpu_seconds(client=None) -> float:
    """CPU seconds used so far by this process, its reaped children, and the cluster's workers."""
    total = sum(getattr(resource.getrusage(who), field) for who in
                (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) for field in ("ru_utime", "ru_stime"))
    if client is not None:
        total += sum(client.run(time.process_time).values())
    return total


def time_single_process(path: Path) -> dict:
    """Run run_single_process in a fresh interpreter, so its memory and caches are its own."""
    cpu = own_cpu_seconds()
    with BusyMeter() as meter:
        proc = subprocess.run([sys.executable, __file__, "--single", str(path)], capture_output=True,
                              text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"single-process run failed: {proc.stderr.strip().splitlines()[-1:]}")
    return {**json.loads(proc.stdout), "others": meter.others(own_cpu_seconds() - cpu)}


def split_corpus(path: Path, parts: int) -> list[Path]:
    """`path` cut into `parts` files of consecutive lines (for independent processes)."""
    lines = path.read_bytes().splitlines(keepends=True)
    size = -(-len(lines) // parts)
    pieces = []
    for index in range(parts):
        piece = path.with_name(f"{path.stem}-part{index + 1}.jsonl")
        piece.write_bytes(b"".join(lines[index * size:(index + 1) * size]))
        pieces.append(piece)
    return pieces


def time_independent(pieces: list[Path]) -> dict:
    """The pieces in as many single processes at once: what the cores give any parallel engine."""
    cpu = own_cpu_seconds()
    with BusyMeter() as meter:
        procs = [subprocess.Popen([sys.executable, __file__, "--single", str(piece)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, cwd=ROOT) for piece in pieces]
        runs = [json.loads(proc.communicate()[0]) for proc in procs]
    # Each timed section starts after its own warm-up; the slowest one bounds the whole.
    return {"docs": sum(r["docs"] for r in runs), "seconds": max(r["seconds"] for r in runs),
            "others": meter.others(own_cpu_seconds() - cpu)}


def time_dask(path: Path, partitions: Optional[int], scheduler: Optional[str] = None,
              workers: Optional[int] = None, client=None) -> dict:
    """One Dask run over `path` (against `scheduler`, or a fresh local cluster), output discarded.

    `client` (connected to `scheduler`) lets the running workers' CPU time be counted as ours.
    """
    from readout.scale import Summary, iter_extract_dask

    summary = Summary()
    cpu = own_cpu_seconds(client)
    with BusyMeter() as meter, open(os.devnull, "wb") as sink:
        for item in iter_extract_dask([str(path)], scheduler, partitions, workers=workers,
                                      summary=summary):
            if isinstance(item, bytes):
                sink.write(item + b"\n")
    used = own_cpu_seconds(client) - cpu
    return {"docs": summary.read, "failed": summary.failed, "partitions": summary.partitions,
            "seconds": meter.seconds, "cpu": used, "others": meter.others(used)}


def start_cluster(workers: int):
    """A local cluster of `workers` single-threaded processes, warmed up on real documents."""
    from distributed import Client

    from readout.scale import local_cluster

    cluster = local_cluster(workers)
    client = Client(cluster)
    from readout.scale import warm_up  # importable on the workers, unlike this script

    client.run(warm_up, sample_documents())
    return cluster, client


def worker_peaks(client) -> list[int]:
    """Peak RSS of each worker process, in bytes."""
    from readout.scale import peak_memory_bytes

    return sorted(client.run(peak_memory_bytes).values())


# The warm runs reach the local cluster by its address; fetch results from the workers directly,
# as `--engine dask` does with the local cluster it starts itself.
os.environ.setdefault("READOUT_DASK_DIRECT", "1")


def measure(data: Path = DEFAULT_DATA, copies: int = 8, workers: int = 2,
            partitions: Optional[int] = None, repeats: int = 2) -> dict:
    """Time one process and Dask (warm, then cold) on the same replicated corpus."""
    with tempfile.TemporaryDirectory(prefix="readout-bench-dask-") as tmp:
        corpus = replicate_corpus(data, copies, Path(tmp))
        load_before = os.getloadavg()[0]
        single, warm, independent, peaks = _measure_warm(corpus, workers, partitions, repeats)
        cold = time_dask(corpus, partitions, workers=workers)
        load_after = os.getloadavg()[0]
    result = _summarise(single, warm, cold, peaks, workers, partitions, copies, data,
                        load_before, load_after)
    independent_s = statistics.median(run["seconds"] for run in independent)
    result["seconds"]["independent"] = round(independent_s, 3)
    result["docs_per_s"]["independent"] = round(result["docs"] / independent_s, 1)
    result["speedup"]["independent"] = round(result["seconds"]["single"] / independent_s, 2)
    result["others"]["independent"] = _median_share(independent)
    return result


def _measure_warm(corpus: Path, workers: int, partitions: int, repeats: int):
    """Interleaved rounds: one process, then Dask on the already-running cluster."""
    cluster, client = start_cluster(workers)
    pieces = split_corpus(corpus, workers)
    try:
        single, warm, independent = [], [], []
        for _ in range(repeats):
            single.append(time_single_process(corpus))
            warm.append(time_dask(corpus, partitions, scheduler=cluster.scheduler_address, client=client))
            independent.append(time_independent(pieces))
        peaks = worker_peaks(client)
    finally:
        client.close()
        cluster.close()
    return single, warm, independent, peaks


def _summarise(single: list[dict], warm: list[dict], cold: dict, peaks: list[int], workers: int,
               partitions: Optional[int], copies: int, data: Path, load_before: float,
               load_after: float) -> dict:
    """Medians, docs/s, speed-ups and memory, in one dict."""
    docs = single[0]["docs"]
    single_s = statistics.median(run["seconds"] for run in single)
    warm_s = statistics.median(run["seconds"] for run in warm)
    mib = 1024 * 1024
    return {
        "data": str(data), "copies": copies, "docs": docs, "workers": workers,
        "partitions": warm[0]["partitions"], "repeats": len(single), "cores": os.cpu_count(),
        "load_before": round(load_before, 2), "load_after": round(load_after, 2),
        "seconds": {"single": round(single_s, 3), "dask_warm": round(warm_s, 3),
                    "dask_cold": round(cold["seconds"], 3)},
        "docs_per_s": {"single": round(docs / single_s, 1), "dask_warm": round(docs / warm_s, 1),
                       "dask_cold": round(docs / cold["seconds"], 1)},
        "speedup": {"dask_warm": round(single_s / warm_s, 2),
                    "dask_cold": round(single_s / cold["seconds"], 2)},
        "peak_rss_mib": {"single": round(statistics.median(r["peak_rss"] for r in single) / mib, 1),
                         "workers": [round(p / mib, 1) for p in peaks]},
        "others": {"single": _median_share(single), "dask_warm": _median_share(warm),
                   "dask_cold": _median_share([cold])},
        "cpu_ms_per_doc": {"single": round(1000 * statistics.median(r["cpu"] for r in single) / docs, 3),
                           "dask_warm": round(1000 * statistics.median(r["cpu"] for r in warm) / docs, 3)},
        "goal": GOAL,
    }


def _median_share(runs: list[dict]) -> Optional[float]:
    """Median share of the cores other work used during these runs."""
    shares = [run["others"] for run in runs if run.get("others") is not None]
    return round(statistics.median(shares), 2) if shares else None


def _others_note(result: dict, name: str) -> str:
    share = result.get("others", {}).get(name)
    return "" if share is None else f"  [other work: {share:.0%} of the cores]"


def _busy_note(result: dict) -> str:
    busy = result.get("busy_before")
    return "" if busy is None else f", cores {busy:.0%} busy with other work just before"


def format_report(result: dict) -> str:
    """Plain-text lines: seconds, docs/s and speed-ups."""
    sec, rate, speed = result["seconds"], result["docs_per_s"], result["speedup"]
    lines = [
        f"{result['docs']} documents ({result['copies']} copies of {result['data']}), "
        f"{result['cores']} cores, {result['workers']} Dask workers x 1 thread, "
        f"{result['partitions']} partitions, median of {result['repeats']} round(s), "
        f"load average {result['load_before']} -> {result['load_after']}" + _busy_note(result),
        f"  one process                      {rate['single']:>9.1f} docs/s  ({sec['single']:.2f} s)"
        + _others_note(result, "single"),
        f"  Dask, cluster already running    {rate['dask_warm']:>9.1f} docs/s  ({sec['dask_warm']:.2f} s)"
        f"  speed-up {speed['dask_warm']:.2f}x" + _others_note(result, "dask_warm"),
        f"  Dask, including cluster start-up {rate['dask_cold']:>9.1f} docs/s  ({sec['dask_cold']:.2f} s)"
        f"  speed-up {speed['dask_cold']:.2f}x" + _others_note(result, "dask_cold"),
        f"peak memory: one process {result['peak_rss_mib']['single']} MiB; per worker "
        + ", ".join(f"{p} MiB" for p in result["peak_rss_mib"]["workers"]),
    ]
    if "independent" in speed:
        label = f"{result['workers']} independent processes"
        lines.insert(4, f"  {label:<32} {rate['independent']:>9.1f} docs/s  "
                        f"({sec['independent']:.2f} s)  speed-up {speed['independent']:.2f}x"
                        + _others_note(result, "independent") + "  (the cores' ceiling)")
    cpu = result["cpu_ms_per_doc"]
    overhead = cpu["dask_warm"] / cpu["single"] - 1
    lines.append(f"CPU per document: one process {cpu['single']:.3f} ms; Dask {cpu['dask_warm']:.3f} ms "
                 f"(workers, client and scheduler together): {overhead:+.0%} "
                 f"-> at most {result['workers'] / (1 + overhead):.2f}x on {result['workers']} idle cores")
    verdict = "meets" if speed["dask_warm"] >= GOAL else "misses"
    lines.append(f"Dask with {result['workers']} workers: {speed['dask_warm']:.2f}x one process "
                 f"({verdict} the goal of >= {GOAL}x)")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL input documents")
    parser.add_argument("--copies", type=int, default=8, help="times the corpus is repeated")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    parser.add_argument("--partitions", type=int, help="partitions (default: the engine's, 4 per worker)")
    parser.add_argument("--repeats", type=int, default=2, help="rounds; the median is reported")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--wait-quiet", type=float, default=0, metavar="SECONDS",
                        help="first wait up to SECONDS for the cores to be idle (others' work skews figures)")
    parser.add_argument("--single", type=Path, help=argparse.SUPPRESS)  # the subprocess's job
    args = parser.parse_args(argv)
    if args.single:
        print(json.dumps(run_single_process(args.single)))
        return 0
    if not args.data.exists():
        print(f"error: {args.data}: not found (the White House corpus lives in ../shared)", file=sys.stderr)
        return 2
    busy = wait_for_quiet(max_wait=args.wait_quiet) if args.wait_quiet else cpu_busy()
    result = measure(args.data, args.copies, args.workers, args.partitions, max(1, args.repeats))
    result["busy_before"] = None if busy is None else round(busy, 2)
    print(format_report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
