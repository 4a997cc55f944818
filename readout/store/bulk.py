"""Bulk load for the Dask engine: Parquet partitions of records into the store, in batches.

Records go through `Store.ingest`, so idempotency, resolution and crash safety are the
single-process path's own; what the batch saves is the per-document commit (500 records per
transaction). A batch in which one record cannot be stored is rolled back and replayed one
record per transaction, so that record is reported and the others are kept, as
`readout ingest` does.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..errors import InputError, ReadoutError

log = logging.getLogger(__name__)

BATCH = 500  # records per transaction


def raw_input(doc) -> Optional[bytes]:
    """The input as `readout ingest` keeps it: the document's HTML, else its text, as UTF-8."""
    content = doc.html if doc.html is not None else doc.text
    return None if content is None else content.encode("utf-8")


def load_partitions(db: Optional[str], parts: Iterable[Path], summary,
                    on_error: Callable[[InputError], None],
                    on_progress: Optional[Callable[[], None]] = None) -> None:
    """Ingest every row of the Parquet partitions, in order, into the store at `db`.

    `parts` may be a generator that yields each partition as it is extracted; `on_progress`
    is called once per document, `on_error` once per document that failed.
    """
    from ..scale import read_partition
    from .core import Store

    with Store(db) as store:
        for part in parts:
            rows = read_partition(part, ("source", "record", "raw", "error"))
            for start in range(0, len(rows), BATCH):
                load_batch(store, rows[start:start + BATCH], summary, on_error, on_progress)


def load_batch(store, rows: list[dict], summary, on_error, on_progress=None) -> None:
    """One transaction for the batch; if a record cannot be stored, one per record instead."""
    try:
        with store.transaction():
            outcomes = [_ingest_row(store, row) for row in rows]
    except ReadoutError as exc:
        log.info("batch rolled back (%s); storing its records one by one", exc)
        outcomes = [_ingest_alone(store, row) for row in rows]
    for row, outcome in zip(rows, outcomes):
        _count(summary, row, outcome, on_error)
        if on_progress:
            on_progress()


def _ingest_row(store, row: dict) -> str:
    """'new', 'updated' or 'unchanged'; 'failed' for a document that was not extracted."""
    if row["error"] is not None:
        return "failed"
    import orjson

    from ..record import Record

    return store.ingest(Record.from_dict(orjson.loads(row["record"])), raw=row["raw"])


def _ingest_alone(store, row: dict) -> str:
    """The record in its own transaction; a store error becomes the row's error."""
    try:
        with store.transaction():
            return _ingest_row(store, row)
    except ReadoutError as exc:
        row["error"] = f"cannot be stored: {exc}"
        return "failed"


def _count(summary, row: dict, outcome: str, on_error) -> None:
    summary.read += 1
    if outcome == "failed":
        summary.failed += 1
        on_error(InputError(row["source"], row["error"]))
    else:
        summary.outcomes[outcome] = summary.outcomes.get(outcome, 0) + 1
