"""Bulk load for the Dask engine: Parquet partitions of records into the store, in batches.

Each batch of records is written in one transaction through `Store.ingest`, so the store's
idempotency, resolution and crash safety are the single-process path's own; only the
per-document commit is saved.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..errors import InputError

log = logging.getLogger(__name__)

BATCH = 500  # records per transaction


def raw_input(doc) -> Optional[bytes]:
    """The input as read, kept compressed by the store (the text or HTML of the document)."""
    content = doc.html if doc.html is not None else doc.text
    return None if content is None else content.encode("utf-8")


def load_partitions(db: Optional[str], parts: Iterable[Path], summary,
                    on_error: Callable[[InputError], None],
                    on_progress: Optional[Callable[[int], None]] = None) -> None:
    """Ingest every row of the Parquet partitions, in order, into the store at `db`.

    `parts` may be a generator that yields each partition as it is extracted.
    """
    import orjson

    from ..record import Record
    from ..scale import read_partition
    from .core import Store

    with Store(db) as store:
        for part in parts:
            rows = read_partition(part, ("source", "record", "raw", "error"))
            for start in range(0, len(rows), BATCH):
                with store.transaction():
                    for row in rows[start:start + BATCH]:
                        summary.read += 1
                        if row["error"] is not None:
                            summary.failed += 1
                            on_error(InputError(row["source"], row["error"]))
                            continue
                        record = Record.from_dict(orjson.loads(row["record"]))
                        outcome = store.ingest(record, raw=row["raw"])
                        summary.outcomes[outcome] = summary.outcomes.get(outcome, 0) + 1
                if on_progress:
                    on_progress(min(BATCH, len(rows) - start))
