"""Exports: tables as CSV, JSON Lines or Parquet; coded events as PLOVER JSON Lines or a CAMEO TSV."""
from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Iterator

import orjson

from ..errors import StoreError
from .queries import TABLES, _DOCUMENT_EXPORT_COLUMNS

log = logging.getLogger(__name__)

_BATCH = 5000
# ICEWS coded-event columns (the shape of its TSV files; PETRARCH output maps onto them).
CAMEO_COLUMNS = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                 "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                 "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"]


def export(store, to: str, out: str) -> list[str]:
    """Write the export under `out` (created if missing); return the paths written."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    if to in ("csv", "jsonl", "parquet"):
        return [str(_write_table(store, table, folder, to)) for table in TABLES if table != "schema_migrations"]
    if to == "plover":
        return [str(write_plover(store, folder / "events.plover.jsonl"))]
    if to == "cameo":
        return [str(write_cameo(store, folder / "events.cameo.tsv"))]
    raise StoreError(f"{to}: unknown export format (csv, jsonl, parquet, plover, cameo)")


def _rows(store, sql: str) -> Iterator[dict]:
    """Rows of a query, fetched in batches so a large table never sits in memory whole."""
    cursor = store.execute(sql)
    while True:
        batch = cursor.fetchmany(_BATCH)
        if not batch:
            return
        yield from batch


def _table_sql(table: str) -> str:
    columns = _DOCUMENT_EXPORT_COLUMNS if table == "documents" else "*"
    order = "id" if table in ("documents", "meetings", "persons", "statements", "events", "participants",
                              "offices", "cited_references", "commitments") else "1"
    return f"SELECT {columns} FROM {table} ORDER BY {order}"


def _write_table(store, table: str, folder: Path, to: str) -> Path:
    path = folder / f"{table}.{to}"
    rows = _rows(store, _table_sql(table))
    if to == "csv":
        _write_csv(path, rows, _columns(store, table))
    elif to == "jsonl":
        with path.open("wb") as fh:
            for row in rows:
                fh.write(orjson.dumps(row) + b"\n")
    else:
        _write_parquet(path, rows, _columns(store, table))
    return path


def _columns(store, table: str) -> list[str]:
    columns = _DOCUMENT_EXPORT_COLUMNS if table == "documents" else "*"
    cursor = store.execute(f"SELECT {columns} FROM {table} LIMIT 0")
    return [d[0] for d in cursor.description]


def _write_csv(path: Path, rows, columns: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row[c] is None else row[c] for c in columns])


def _write_parquet(path: Path, rows, columns: list[str]) -> None:
    """One Parquet file per table; column types are inferred from all rows (pyarrow imported here)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise StoreError("Parquet export needs pyarrow: pip install pyarrow") from exc
    data = {c: [] for c in columns}
    for row in rows:
        for c in columns:
            data[c].append(row[c])
    pq.write_table(pa.table(data), path)


# -- coded events ------------------------------------------------------------------------------

_EVENT_SQL = (
    "SELECT e.id, e.date, e.actor, e.recipient, e.plover, e.plover_mode, e.cameo, e.goldstein, e.event_text, "
    "e.span_start, e.span_end, e.statement_id, e.meeting_id, e.document_id, s.position, d.source, d.url, "
    "d.publisher, d.title, d.published, m.location_city, m.location_country "
    "FROM events e JOIN documents d ON d.id = e.document_id JOIN meetings m ON m.id = e.meeting_id "
    "LEFT JOIN statements s ON s.id = e.statement_id ORDER BY e.id")


def _split_recipients(row: dict) -> list[str]:
    return [r for r in (row["recipient"] or "").split(";") if r] or [""]


def _topics_by_statement(store) -> dict:
    topics: dict[int, list[str]] = {}
    for row in _rows(store, "SELECT statement_id, topic FROM statement_topics ORDER BY statement_id, topic"):
        topics.setdefault(row["statement_id"], []).append(row["topic"])
    return topics


def write_plover(store, path: Path) -> Path:
    """PLOVER/POLECAT-style JSON events, one per actor-recipient pair, with citation info."""
    topics = _topics_by_statement(store)
    with path.open("wb") as fh:
        for row in _rows(store, _EVENT_SQL):
            if not row["plover"]:
                continue
            for n, recipient in enumerate(_split_recipients(row)):
                event = {
                    "id": f"readout-{row['id']}-{n}", "date": row["date"], "actor": row["actor"] or None,
                    "recipient": recipient or None, "event": row["plover"], "mode": row["plover_mode"],
                    "context": topics.get(row["statement_id"], []), "event_text": row["event_text"],
                    "cameo": row["cameo"], "goldstein": row["goldstein"], "meeting_id": row["meeting_id"],
                    "cite": {"document_id": row["document_id"], "source": row["source"], "url": row["url"],
                             "publisher": row["publisher"], "title": row["title"], "published": row["published"],
                             "span": [row["span_start"], row["span_end"]]},
                }
                fh.write(orjson.dumps(event) + b"\n")
    return path


def write_cameo(store, path: Path) -> Path:
    """A CAMEO-coded TSV with the ICEWS columns (Source/Target as country names and codes)."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(CAMEO_COLUMNS)
        for row in _rows(store, _EVENT_SQL):
            if not row["cameo"]:
                continue
            for n, recipient in enumerate(_split_recipients(row)):
                writer.writerow([
                    f"{row['id']}-{n}", row["date"] or "", _country_name(row["actor"]), "Government",
                    _country_name(row["actor"]), " ".join((row["event_text"] or "").split()), row["cameo"],
                    "" if row["goldstein"] is None else row["goldstein"], _country_name(recipient), "Government",
                    _country_name(recipient), row["document_id"],
                    "" if row["position"] is None else row["position"] + 1, row["publisher"] or "",
                    row["location_city"] or "", "", "", _country_name(row["location_country"]), "", ""])
    return path


def _country_name(code) -> str:
    """'JPN' -> 'Japan' (the names ICEWS uses); unknown codes are kept."""
    from ..countries import country_name  # the extractor's table; loaded only for this export

    return country_name(code) if code else ""
