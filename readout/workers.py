"""Local parallel extraction: `readout extract --workers N` on the cores of one machine.

Documents are read in the main process (reading is cheap and keeps error order), then
extracted and serialised in forked worker processes; results come back in input order.
For a cluster of machines, use the Dask engine (readout.scale) instead.
"""
from __future__ import annotations

import multiprocessing
import os
from typing import Iterable, Iterator, Union

from .errors import InputError
from .inputs import InputDoc

CHUNK = 16  # documents per task: large enough to amortise pickling, small enough to balance


def default_workers() -> int:
    """All usable cores, at most 8 (beyond that the main process's reading becomes the limit)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _extract_to_json(item: Union[InputDoc, InputError], max_depth: int) -> Union[bytes, InputError]:
    """In a worker: one document's record as JSON bytes, or the error naming it."""
    if isinstance(item, InputError):
        return item
    from .record import dumps_record
    from .pipeline import extract_or_error

    record = extract_or_error(item, max_depth)
    if isinstance(record, InputError):
        return record
    try:
        return dumps_record(record)
    except (TypeError, ValueError) as exc:
        return InputError(item.source, f"record cannot be written as JSON ({exc})")


# A short readout in the style of the texts the rules are written for: extracting it once makes
# every lazily built rule table (lexicons, matchers) exist before the first real document.
_WARM_UP_TEXT = ("On May 20, Prime Minister Kishida held a telephone talk with President Yoon of the "
                 "Republic of Korea for about 30 minutes. The two leaders welcomed the progress and "
                 "agreed to continue close coordination on North Korea.")


def _prepare_worker() -> None:
    """In each new worker, before any task: import the stages and build their rule tables.

    The workers do this in parallel while the main process is still reading the first
    documents, instead of each doing it inside its first task.
    """
    from .pipeline import extract_or_error
    from .inputs import InputDoc

    # extract_or_error never raises: a failure here shows up, named, on the real documents.
    extract_or_error(InputDoc(source="<warm-up>", text=_WARM_UP_TEXT, published="2023-05-21"))


def _work_chunk(chunk: list, max_depth: int) -> list:
    from . import rx

    results = [_extract_to_json(item, max_depth) for item in chunk]
    # Pool workers end without running exit handlers: keep what this one compiled for the next
    # run now (rx.save writes only when something new was compiled, so once per cold worker).
    rx.save()
    return results


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def iter_json_parallel(items: Iterable[Union[InputDoc, InputError]], workers: int,
                       max_depth: int) -> Iterator[Union[bytes, InputError]]:
    """JSON bytes (or an InputError) per input item, in input order, computed by `workers` processes.

    At most a few chunks per worker are in flight, so memory stays bounded on any corpus size;
    a worker that dies raises BrokenProcessPool instead of hanging the command.
    """
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    window: deque = deque()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_prepare_worker) as pool:
        for chunk in _chunks(items, CHUNK):
            window.append(pool.submit(_work_chunk, chunk, max_depth))
            if len(window) >= 4 * workers:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
