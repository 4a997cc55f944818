"""Dask engine: extract and ingest at corpus scale, with records identical to one process.

The client plans partitions without parsing documents: files are listed as the reader lists
them (directories recursively, in sorted order) and JSON Lines files are cut at line
boundaries into byte ranges. Each partition goes to a Dask worker process, which reads its
part with the single-process reader (`readout.inputs`, so every `source` is the same,
`PATH:LINE` for JSON Lines) and runs the single-process extraction (`extract_or_error`).
- extract: the worker answers each document's record JSON (or its error); the client emits
  them in input order.
- ingest: the worker answers one Parquet file (record JSON, raw input and key columns); the
  client writes each partition to a work directory, then bulk-loads it into the store while
  the workers go on with the next partitions.
Only a bounded number of partitions is in flight, so the client's memory stays flat.
Workers read the input paths themselves: on a cluster of several machines the paths must be
visible to every worker (a shared file system); standard input is read by the client and sent.
"""
from __future__ import annotations

import io
import itertools
import logging
import math
import os
import pickle
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, NamedTuple, Optional, Sequence, Union

from .errors import InputError, ReadoutError

log = logging.getLogger(__name__)

COLUMNS = ("position", "source", "document_id", "url", "published", "is_readout", "kind",
           "meetings", "record", "raw", "error")
MIN_PARTITION_BYTES = 64 * 1024          # smaller partitions cost more in scheduling than they save
MAX_PARTITION_BYTES = 16 * 1024 * 1024   # bounds a worker's memory for one partition
PARTITIONS_PER_THREAD = 4                # default: enough partitions to balance the workers
IN_FLIGHT_PER_THREAD = 2                 # partitions queued per worker thread


class Unit(NamedTuple):
    """One piece of input a worker reads: a file, a JSONL byte range, or documents read already.

    kind is "file", "range", "docs" or "error"; `items` holds the documents for "docs" and
    (source, problem) for "error".
    """
    kind: str
    path: str = ""
    source: str = ""
    size: int = 0
    start: int = 0
    end: int = 0
    first_line: int = 1
    items: tuple = ()


@dataclass
class Summary:
    """What a Dask run did: documents read and failed, partitions, store outcomes, work dir."""
    read: int = 0
    failed: int = 0
    partitions: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    work_dir: Optional[str] = None

    def counts(self) -> dict[str, int]:
        """The single-process ingest's summary counts: read, new, updated, unchanged, failed."""
        return {"read": self.read, **{k: self.outcomes.get(k, 0) for k in ("new", "updated", "unchanged")},
                "failed": self.failed}


@dataclass(frozen=True)
class Options:
    """The single-process reader's and extractor's limits, applied the same on every worker."""
    max_bytes: Optional[int] = None
    max_depth: Optional[int] = None


# ---------------------------------------------------------------------------------------------
# Planning (client side): what to read, cut into partitions, without parsing documents

def plan_units(paths: Sequence[str], max_bytes: Optional[int] = None, stdin=None) -> list[Unit]:
    """The units of input, in the order the single-process reader reads them."""
    from . import inputs

    units: list[Unit] = []
    for path in paths:
        if path == inputs.STDIN:
            items = inputs.read_stdin(stdin or _stdin(), max_bytes or inputs.DEFAULT_MAX_BYTES)
            units.extend(Unit("docs", source=inputs.STDIN_SOURCE, size=_payload_size(item),
                              items=(to_payload(item),)) for item in items)
        elif os.path.isdir(path):
            units.extend(_directory_units(Path(path)))
        else:
            units.append(_file_unit(path, path))
    return units


def _payload_size(item) -> int:
    """Characters of a document read on the client, so that partitions balance by size."""
    if isinstance(item, InputError):
        return 1
    return len(item.text or item.html or "") or 1


def _stdin():
    import sys

    return sys.stdin.buffer


def _directory_units(root: Path) -> list[Unit]:
    """Files under `root` as the reader walks them; the reader's error when there are none."""
    from . import inputs

    files = sorted(inputs._walk(root))  # the reader's own walk, so order and filters match
    if not files:
        problem = "no documents in this directory (looked for " + ", ".join(inputs.KNOWN_SUFFIXES) + ")"
        return [Unit("error", source=str(root), items=((str(root), problem),))]
    return [_file_unit(str(path), str(path)) for path in files]


def _file_unit(path: str, source: str) -> Unit:
    """A whole file, by absolute path (workers run elsewhere), named by `source` as given.

    Its size is 0 when it cannot be read: the worker then reports why, as one process would.
    """
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    return Unit("file", path=os.path.abspath(path), source=source, size=size)


def split_jsonl(unit: Unit, target: int) -> list[Unit]:
    """Cut a JSON Lines file into ranges of about `target` bytes, each ending at a newline."""
    if not unit.path.lower().endswith(".jsonl") or unit.size <= target:
        return [unit]
    ranges, start, line, has_text = [], 0, 1, False
    with open(unit.path, "rb") as handle:
        while start < unit.size:
            block = handle.read(target) + handle.readline()
            has_text = has_text or bool(block.strip())
            end = start + len(block)
            ranges.append(unit._replace(kind="range", start=start, end=end, first_line=line,
                                        size=len(block)))
            line += block.count(b"\n")
            start = end
    # A file of blank lines is one "empty document" error: let the worker read it whole.
    return ranges if has_text and len(ranges) > 1 else [unit]


def plan_partitions(units: list[Unit], partitions: Optional[int], threads: int) -> list[list[Unit]]:
    """Consecutive units grouped into partitions of about equal size in bytes."""
    if partitions is not None and partitions < 1:
        raise ReadoutError(f"--partitions must be at least 1, not {partitions}")
    total = sum(unit.size for unit in units)
    count = partitions or max(PARTITIONS_PER_THREAD * threads, math.ceil(total / MAX_PARTITION_BYTES))
    target = max(1, math.ceil(total / count))
    if partitions is None:
        target = min(max(target, MIN_PARTITION_BYTES), MAX_PARTITION_BYTES)
    pieces = [piece for unit in units for piece in split_jsonl(unit, target)]
    return _pack(pieces, target)


def _pack(units: list[Unit], target: int) -> list[list[Unit]]:
    """Fill partitions in order until each holds about `target` bytes."""
    batches: list[list[Unit]] = []
    batch, size = [], 0
    for unit in units:
        batch.append(unit)
        size += max(unit.size, 1)
        if size >= target:
            batches.append(batch)
            batch, size = [], 0
    if batch:
        batches.append(batch)
    return batches


def to_payload(item):
    """A document read on the client as it travels: the InputDoc, or (source, problem).

    InputError is not sent as is: its two-argument constructor does not survive pickling.
    """
    if isinstance(item, InputError):
        return (item.source, item.problem)
    return item


# ---------------------------------------------------------------------------------------------
# Reading and extracting a partition (worker side)

def read_unit(unit: Unit, options: Options) -> Iterator:
    """The documents of one unit, as the single-process reader yields them."""
    from . import inputs

    max_bytes = options.max_bytes or inputs.DEFAULT_MAX_BYTES
    if unit.kind == "file":
        yield from inputs.read_file(Path(unit.path), max_bytes, source=unit.source)
    elif unit.kind == "range":
        yield from _read_range(unit, max_bytes)
    else:
        for payload in unit.items:
            yield InputError(*payload) if isinstance(payload, tuple) else payload


def _read_range(unit: Unit, max_bytes: int) -> Iterator:
    """Lines [start, end) of a JSON Lines file, numbered as in the whole file."""
    from . import inputs

    try:
        with open(unit.path, "rb") as handle:
            handle.seek(unit.start)
            chunk = handle.read(unit.end - unit.start)
    except FileNotFoundError:  # the reader's own words for these two
        yield InputError(unit.source, "no such file")
        return
    except PermissionError:
        yield InputError(unit.source, "permission denied")
        return
    except OSError as exc:
        yield InputError(unit.source, f"cannot be read ({exc.strerror or exc})")
        return
    # Blank lines are skipped but counted by the reader: they give the first line its number.
    lines = itertools.chain(itertools.repeat(b"", unit.first_line - 1), io.BytesIO(chunk))
    for item in inputs.iter_jsonl_lines(lines, unit.source, max_bytes, raw=True):
        if isinstance(item, InputError) and item.source == unit.source and item.problem == "empty document":
            continue  # a range of blank lines is not an empty file (split_jsonl keeps those whole)
        yield item


def extract_documents(units: list[Unit], options: Options) -> Iterator[tuple]:
    """(payload, record-or-error) for each document of the partition, in order."""
    from .pipeline import extract_or_error

    kwargs = {"max_depth": options.max_depth} if options.max_depth else {}
    for unit in units:
        for item in read_unit(unit, options):
            yield item, (item if isinstance(item, InputError) else extract_or_error(item, **kwargs))
    # A Dask worker is stopped without running exit handlers: keep what it compiled for the next
    # run now (rx.save writes only when something new was compiled).
    from . import rx

    rx.save()


def extract_partition(units: list[Unit], options: Options = Options()) -> list[tuple]:
    """Per document: (record JSON bytes, None, None) or (None, source, problem)."""
    rows = []
    for _, result in extract_documents(units, options):
        if isinstance(result, InputError):
            rows.append((None, result.source, result.problem))
        else:
            rows.append((record_json(result), None, None))
    return rows


def extract_partition_packed(units: list[Unit], options: Options = Options()) -> bytes:
    """extract_partition's rows as one pickled bytes object: what a worker sends back.

    Dask serialises a list result element by element; for a partition's ~1,000 small tuples
    that cost more than the records themselves (one bytes object: ~10 % less wall time for
    `--engine dask` on 2 cores, a third less client CPU). Pickle is what Dask would have used.
    """
    return pickle.dumps(extract_partition(units, options), protocol=pickle.HIGHEST_PROTOCOL)


def extract_partition_parquet(units: list[Unit], options: Options = Options()) -> bytes:
    """The partition as one Parquet file (record JSON, raw input, key columns), in memory."""
    rows: dict[str, list] = {name: [] for name in COLUMNS}
    for position, (item, result) in enumerate(extract_documents(units, options)):
        values = dict.fromkeys(COLUMNS)
        if isinstance(result, InputError):
            values.update(source=result.source, error=result.problem)
        else:
            values.update(_key_columns(result), raw=raw_bytes(item))
        values["position"] = position
        for name in COLUMNS:
            rows[name].append(values[name])
    return write_parquet(rows)


def _key_columns(record) -> dict:
    """The columns that let a reader select rows without parsing the JSON."""
    document = record.document
    return {"source": document.source, "document_id": document.id, "url": document.url,
            "published": document.published, "is_readout": document.is_readout,
            "kind": document.kind, "meetings": len(record.meetings),
            "record": record_json(record).decode("utf-8")}


def record_json(record) -> bytes:
    """The record's JSON, exactly as `readout extract --jsonl` writes it."""
    from .record import dumps_record

    return dumps_record(record)


def raw_bytes(doc) -> Optional[bytes]:
    """The input as read, for the store's compressed copy (what the single-process ingest keeps)."""
    from .store.bulk import raw_input

    return raw_input(doc)


def write_parquet(rows: dict[str, list]) -> bytes:
    """Rows as one zstd-compressed Parquet file, in memory."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({name: rows[name] for name in COLUMNS}, schema=partition_schema())
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def partition_schema():
    """The Parquet schema of a partition."""
    import pyarrow as pa

    return pa.schema([
        ("position", pa.int64()), ("source", pa.string()), ("document_id", pa.string()),
        ("url", pa.string()), ("published", pa.string()), ("is_readout", pa.bool_()),
        ("kind", pa.string()), ("meetings", pa.int32()), ("record", pa.large_string()),
        ("raw", pa.large_binary()), ("error", pa.string()),
    ])


def read_partition(path: Path, columns: Sequence[str] = COLUMNS) -> list[dict]:
    """The rows of one Parquet partition, in input order."""
    import pyarrow.parquet as pq

    return pq.read_table(path, columns=list(columns)).to_pylist()


def warm_up(docs: Sequence) -> int:
    """Extract a few documents (both result shapes) so imports and rule compilation are done."""
    units = [Unit("docs", items=tuple(map(to_payload, docs)))]
    extract_partition(units)
    extract_partition_parquet(units)
    return len(docs)


def peak_memory_bytes() -> int:
    """This process's peak resident memory (ru_maxrss), in bytes."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


# ---------------------------------------------------------------------------------------------
# The cluster (client side)

@contextmanager
def connect(scheduler: Optional[str] = None, workers: Optional[int] = None):
    """A Dask client: to the scheduler at ADDRESS, or to a local cluster of worker processes."""
    from distributed import Client

    if scheduler:
        try:
            client = Client(scheduler, direct_to_workers=direct_to_workers())
        except (OSError, TimeoutError, ValueError) as exc:
            raise ReadoutError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    # Results come straight from the workers, not through the scheduler: half the client's CPU.
    with local_cluster(workers) as cluster, Client(cluster, direct_to_workers=True) as client:
        yield client


def direct_to_workers() -> Optional[bool]:
    """Whether the client fetches results from the workers directly (READOUT_DASK_DIRECT=0/1).

    Direct is cheaper, but needs the client to reach every worker; where only the scheduler
    is reachable (a cluster behind a gateway), leave it to Dask (unset) or set 0.
    """
    value = os.environ.get("READOUT_DASK_DIRECT")
    return None if value is None else value.strip().lower() not in ("0", "false", "no", "")


def local_cluster(workers: Optional[int] = None):
    """A LocalCluster of `workers` processes (default: one per core), one thread each.

    Processes, not threads: extraction is pure Python and holds the GIL. The scheduler's HTTP
    endpoint takes a free port and serves no dashboard, so runs side by side do not collide.
    """
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                        processes=True, dashboard_address=":0", scheduler_kwargs={"dashboard": False},
                        silence_logs=logging.ERROR)


def run_partitions(client, batches: list[list[Unit]], task: Callable, options: Options,
                   summary: Summary) -> Iterator:
    """Submit partitions with bounded look-ahead; yield their results in input order."""
    from distributed import as_completed

    limit = max(1, IN_FLIGHT_PER_THREAD * sum(client.nthreads().values()))
    queue = iter(enumerate(batches))
    pending, indexes, done, next_index = as_completed(), {}, {}, 0
    for _ in range(limit):
        _submit_next(client, queue, pending, indexes, task, options)
    for future in pending:
        index = indexes.pop(future.key)
        try:
            done[index] = future.result()
        except Exception as exc:  # a worker lost or a bug: the run cannot be complete
            raise ReadoutError(f"partition {index + 1} of {len(batches)} failed on the Dask cluster: "
                               f"{type(exc).__name__}: {exc}") from exc
        future.release()
        _submit_next(client, queue, pending, indexes, task, options)
        while next_index in done:
            summary.partitions += 1
            yield done.pop(next_index)
            next_index += 1


def _submit_next(client, queue, pending, indexes: dict, task: Callable, options: Options) -> None:
    """Submit the next partition, if any is left, remembering its place in the input."""
    step = next(queue, None)
    if step is None:
        return
    index, batch = step
    future = client.submit(task, batch, options, pure=False)
    indexes[future.key] = index
    pending.add(future)


def cluster_threads(client) -> int:
    """Worker threads the cluster has now."""
    return max(1, sum(client.nthreads().values()))


@contextmanager
def work_directory(work_dir: Optional[str]):
    """The given work directory (kept), or a temporary one removed afterwards."""
    if work_dir:
        path = Path(work_dir)
        path.mkdir(parents=True, exist_ok=True)
        yield path
        return
    path = Path(tempfile.mkdtemp(prefix="readout-dask-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Public entry points

def iter_extract_dask(paths: Sequence[str], scheduler: Optional[str] = None,
                      partitions: Optional[int] = None, *, workers: Optional[int] = None,
                      max_bytes: Optional[int] = None, max_depth: Optional[int] = None,
                      stdin=None, summary: Optional[Summary] = None) -> Iterator[Union[bytes, InputError]]:
    """Per document, in input order: its record's JSON bytes, or the InputError it failed with."""
    summary = summary if summary is not None else Summary()
    options = Options(max_bytes, max_depth)
    units = plan_units(paths, max_bytes, stdin)
    with connect(scheduler, workers) as client:
        batches = plan_partitions(units, partitions, cluster_threads(client))
        for packed in run_partitions(client, batches, extract_partition_packed, options, summary):
            for body, source, problem in pickle.loads(packed):
                summary.read += 1
                if body is None:
                    summary.failed += 1
                    yield InputError(source, problem)
                else:
                    yield body


def iter_records_dask(paths: Sequence[str], scheduler: Optional[str] = None,
                      partitions: Optional[int] = None, **kwargs) -> Iterator:
    """Drop-in for `pipeline.iter_records`: a record or an InputError per document, in order.

    Records come as RecordJSON: `as_dict()` parses the worker's JSON (cheap), and any other
    attribute builds the full Record on first use, so the CLI's writers work unchanged.
    """
    for item in iter_extract_dask(paths, scheduler, partitions, **kwargs):
        yield item if isinstance(item, InputError) else RecordJSON(item)


class RecordJSON:
    """A record as the JSON bytes a worker made; behaves as the Record when asked for more."""

    __slots__ = ("json", "_record")

    def __init__(self, body: bytes):
        self.json = body
        self._record = None

    def as_dict(self) -> dict:
        import orjson

        return orjson.loads(self.json)

    def record(self):
        """The full Record (built once, on first use)."""
        if self._record is None:
            from .record import Record

            self._record = Record.from_dict(self.as_dict())
        return self._record

    def __getattr__(self, name: str):
        return getattr(self.record(), name)


def extract_dask(paths: Sequence[str], scheduler: Optional[str] = None,
                 partitions: Optional[int] = None, *,
                 on_error: Optional[Callable[[InputError], None]] = None, **kwargs) -> Iterator[dict]:
    """Record dicts in input order, extracted on Dask; failures go to `on_error` (default: log)."""
    import orjson

    for item in iter_extract_dask(paths, scheduler, partitions, **kwargs):
        if isinstance(item, InputError):
            (on_error or _log_error)(item)
        else:
            yield orjson.loads(item)


def write_jsonl_dask(paths: Sequence[str], out, scheduler: Optional[str] = None,
                     partitions: Optional[int] = None, *,
                     on_error: Optional[Callable[[InputError], None]] = None, **kwargs) -> int:
    """`readout extract --jsonl --engine dask`: records to the binary stream `out`; failures count."""
    failed = 0
    for item in iter_extract_dask(paths, scheduler, partitions, **kwargs):
        if isinstance(item, InputError):
            failed += 1
            (on_error or _log_error)(item)
        else:
            out.write(item + b"\n")
    return failed


def _log_error(error: InputError) -> None:
    log.warning("%s: %s", error.source, error.problem)


def ingest_dask(paths: Sequence[str], db: Optional[str], scheduler: Optional[str] = None,
                partitions: Optional[int] = None, *, workers: Optional[int] = None,
                max_bytes: Optional[int] = None, max_depth: Optional[int] = None, stdin=None,
                work_dir: Optional[str] = None,
                on_error: Optional[Callable[[InputError], None]] = None,
                on_progress: Optional[Callable[[], None]] = None) -> Summary:
    """Extract on Dask into Parquet partitions, then bulk-load them into the store (idempotent).

    `on_error` gets an InputError per document that failed; `on_progress()` is called once per
    document stored or failed.
    """
    from .store.bulk import load_partitions

    summary = Summary()
    options = Options(max_bytes, max_depth)
    units = plan_units(paths, max_bytes, stdin)
    with work_directory(work_dir) as directory, connect(scheduler, workers) as client:
        summary.work_dir = str(directory)
        batches = plan_partitions(units, partitions, cluster_threads(client))
        # Each partition is written, then loaded, while the workers extract the next ones.
        parts = (_save_partition(data, directory, index) for index, data in enumerate(
            run_partitions(client, batches, extract_partition_parquet, options, summary)))
        load_partitions(db, parts, summary, on_error or _log_error, on_progress)
    return summary


def _save_partition(data: bytes, work_dir: Path, index: int) -> Path:
    """Write one partition's Parquet bytes to the work directory."""
    path = work_dir / f"part-{index:05d}.parquet"
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------------------------
# Command-line options, shared by `readout extract` and `readout ingest`

def engine_options(command):
    """Add --engine, --scheduler, --partitions and --workers to a click command."""
    import click

    options = [
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="local: this machine's processes. dask: partitions run on a Dask cluster (see docs/scaling.md)."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (default: a local cluster)."),
        click.option("--partitions", type=click.IntRange(min=1), metavar="N",
                     help="Partitions the input is cut into (default: 4 per worker thread)."),
        click.option("--workers", type=click.IntRange(min=1), metavar="N",
                     help="Worker processes: of the local pool (extract --jsonl) or of the local Dask cluster "
                          "(default: one per usable core, at most 8)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def check_engine_options(engine: str, scheduler: Optional[str], partitions: Optional[int],
                         workers: Optional[int]) -> None:
    """--scheduler and --partitions mean something only with --engine dask."""
    import click

    given = [name for name, value in (("--scheduler", scheduler), ("--partitions", partitions))
             if value is not None]
    if engine != "dask" and given:
        raise click.UsageError(f"{', '.join(given)} {'needs' if len(given) == 1 else 'need'} --engine dask.")
    if scheduler and workers:
        raise click.UsageError("--workers sizes a local cluster; with --scheduler the cluster has its own workers.")
