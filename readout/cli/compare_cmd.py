"""`readout compare`: two readouts of one meeting, side by side."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import click

from ..errors import InputError, ReadoutError
from .group import cli

RECORD_SCHEMA = "readout-record/1"


def read_record(path: str):
    """One document as a record: an extracted record (JSON) as it is, otherwise read and extracted."""
    from .. import extract_input
    from ..inputs import iter_inputs

    record = _stored_record(path)
    if record is not None:
        return record
    items = list(iter_inputs([path]))
    if not items:
        raise InputError(path, "no document found")
    if len(items) > 1:
        raise InputError(path, f"holds {len(items)} documents; compare takes one document per path")
    if isinstance(items[0], InputError):
        raise items[0]
    return extract_input(items[0])


def _stored_record(path: str):
    """A `readout extract` output file (readout-record/1 JSON), or None for any other input."""
    import orjson

    from ..record import Record

    if not path.lower().endswith(".json") or not os.path.isfile(path):
        return None
    try:
        data = orjson.loads(Path(path).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None  # the input reader reports what is wrong with it
    if not isinstance(data, dict) or data.get("schema") != RECORD_SCHEMA:
        return None
    try:
        return Record.from_dict(data)
    except (TypeError, ValueError, KeyError) as exc:
        raise InputError(path, f"not a valid {RECORD_SCHEMA} record: {exc}") from exc


def _emit(comparisons: list, as_json: bool) -> None:
    from ..compare import render_text

    if as_json:
        import orjson

        data = [c.as_dict() for c in comparisons]
        payload = data[0] if len(data) == 1 else data
        click.echo(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode())
        return
    click.echo("\n".join(render_text(c) for c in comparisons), nl=False)


def _compare_stored(meeting: str, db: Optional[str], method: str, threshold: Optional[float]) -> list:
    from ..compare import compare_meeting
    from ..store import Store

    meeting_id = int(meeting) if meeting.isdigit() else meeting
    with Store(db or os.environ.get("READOUT_DB") or "readout.db", readonly=True) as store:
        return compare_meeting(store, meeting_id, method=method, threshold=threshold)


@cli.command()
@click.argument("paths", nargs=-1, metavar="[A B]")
@click.option("--meeting", "meeting", metavar="ID", help="Compare the sources of a stored meeting instead.")
@click.option("--db", metavar="URL", help="Database for --meeting (default: $READOUT_DB or readout.db).")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of the text report.")
@click.option("--method", type=click.Choice(["lexical", "auto", "embedding"]), default="lexical",
              show_default=True, help="Statement similarity; auto/embedding use a local model when installed.")
@click.option("--threshold", type=float, help="Minimum similarity for two statements to align.")
def compare(paths, meeting, db, as_json, method, threshold):
    """Compare two readouts of one meeting: same meeting or not, and what each side says.

    A and B are documents (any input `readout extract` reads, or its JSON output);
    --meeting compares every source of a stored meeting with its official readout.

    Example: readout compare mofa-jp-readout.txt mofa-kr-readout.txt --json
    """
    from ..compare import compare_records

    if meeting is not None and paths:
        raise ReadoutError("compare: give either two documents or --meeting ID, not both")
    if meeting is None and len(paths) != 2:
        raise ReadoutError(f"compare: give two documents A B, or --meeting ID (got {len(paths)} path(s))")
    if meeting is not None:
        comparisons = _compare_stored(meeting, db, method, threshold)
    else:
        a, b = (read_record(p) for p in paths)
        comparisons = [compare_records(a, b, method=method, threshold=threshold)]
    _emit(comparisons, as_json)
