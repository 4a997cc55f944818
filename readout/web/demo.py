"""The demo database: the bundled sample readouts, extracted and ingested into a fresh file."""
from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)
SUFFIXES = (".txt", ".html", ".htm", ".md", ".json")


def sample_paths() -> Iterator[Path]:
    """Every bundled sample under readout/data/samples/ (team-written; not official texts)."""
    folder = resources.files("readout").joinpath("data", "samples")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(SUFFIXES):
            yield Path(str(entry))


def build_demo_db(path: Path) -> dict[str, int]:
    """Extract and ingest every sample into the SQLite file at path; returns result counts."""
    from ..errors import InputError
    from ..inputs import iter_inputs
    from ..pipeline import extract_or_error
    from ..store import Store
    counts: dict[str, int] = {}
    with Store(str(path)) as store:
        for sample in sample_paths():
            for item in iter_inputs([str(sample)]):
                record = item if isinstance(item, InputError) else extract_or_error(item)
                if isinstance(record, InputError):
                    log.error("demo sample %s", record)
                    result = "failed"
                else:
                    result = store.ingest(record, raw=sample.read_bytes())
                counts[result] = counts.get(result, 0) + 1
    log.info("demo database %s: %s", path, counts)
    return counts
