"""Store commands: ingest, reindex, meetings, person, search, stats, export (see docs/store.md).

`readout history URL` (snapshots of a crawled page) lives with the crawl commands.
"""
from __future__ import annotations

import logging
import sys
from typing import Iterable, Optional

import click

from .group import cli
from ..scale import check_engine_options, engine_options

log = logging.getLogger(__name__)
DB_HELP = "Database: a path, sqlite:///PATH or postgresql://…; default $READOUT_DB or readout.db."


def db_option(func):
    return click.option("--db", "db", default=None, metavar="URL", help=DB_HELP)(func)


def _open(db: Optional[str], readonly: bool = False):
    from ..store import Store
    return Store(db, readonly=readonly)


def _summary(counts: dict) -> str:
    return ", ".join(f"{k} {counts.get(k, 0)}" for k in ("read", "new", "updated", "unchanged", "failed"))


# -- ingest and reindex ------------------------------------------------------------------------

@cli.command(epilog="Example: readout ingest examples/ --db readout.db")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on standard error (default: when it is a terminal).")
@engine_options
def ingest(paths, db, progress, engine, scheduler, partitions, workers):
    """Extract documents and store them: idempotent, one transaction per document.

    PATHS are files (.txt, .html, .htm, .md, .json, .jsonl), directories (read recursively)
    or - for standard input. A document that cannot be read or stored is reported as
    `error: PATH: problem` on standard error and the batch goes on. Prints the summary line
    `read N, new N, updated N, unchanged N, failed N`; exit status 1 when anything failed.
    """
    check_engine_options(engine, scheduler, partitions, workers)
    if engine == "dask":
        _ingest_dask(paths, db, progress, scheduler, partitions, workers)
    if workers is not None:
        raise click.UsageError("--workers needs --engine dask for ingest (one process writes the store).")
    counts = {"read": 0, "new": 0, "updated": 0, "unchanged": 0, "failed": 0}
    with _open(db) as store, _progress(progress, "ingesting") as advance:
        for source, status in ingest_paths(store, paths, stdin=click.get_binary_stream("stdin")):
            counts["read"] += 1
            counts[status if status in counts else "failed"] += 1
            if status not in counts:
                click.echo(f"error: {source}: {status}", err=True)
            advance()
    click.echo(_summary(counts))
    sys.exit(1 if counts["failed"] else 0)


def _ingest_dask(paths, db, progress, scheduler, partitions, workers) -> None:
    """`readout ingest --engine dask`: extract on the cluster, bulk-load here; same summary line."""
    from ..scale import ingest_dask

    with _progress(progress, "ingesting") as advance:
        summary = ingest_dask(paths, db, scheduler, partitions, workers=workers,
                              stdin=click.get_binary_stream("stdin"), on_progress=advance,
                              on_error=lambda e: click.echo(f"error: {e.source}: {e.problem}", err=True))
    counts = summary.counts()
    click.echo(_summary(counts))
    sys.exit(1 if counts["failed"] else 0)


def ingest_paths(store, paths: Iterable[str], stdin=None):
    """(source, status or problem) for every document under `paths`, extracted and ingested."""
    from ..errors import InputError, ReadoutError
    from ..inputs import iter_inputs
    from ..pipeline import extract_or_error
    from ..store.ingest import given_of, raw_of

    for item in iter_inputs(paths, stdin=stdin):
        if isinstance(item, InputError):
            yield item.source, item.problem
            continue
        record = extract_or_error(item)
        if isinstance(record, InputError):
            yield record.source, record.problem
            continue
        try:
            yield item.source, store.ingest(record, raw=raw_of(item), given=given_of(item))
        except ReadoutError as exc:
            yield item.source, str(exc).removeprefix(f"{item.source}: ")
        except Exception as exc:  # noqa: BLE001 - one document must not stop the batch
            log.exception("storing %s failed", item.source)
            yield item.source, f"internal error while storing: {type(exc).__name__} (please report this document)"


@cli.command(epilog="Example: readout reindex --db readout.db")
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-extract every document, not only older versions.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar on standard error.")
def reindex(db, everything, progress):
    """Re-extract stored documents from their stored raw input with this extractor version.

    Documents extracted by another version (or all, with --all) get fresh records; their
    meetings, participants and statements are derived again. Prints the summary line.
    """
    with _open(db) as store, _progress(progress, "reindexing") as advance:
        counts = store.reindex(everything=everything, on_progress=lambda _id, _status: advance())
    click.echo(_summary(counts))
    sys.exit(1 if counts["failed"] else 0)


class _progress:
    """A rich progress display on standard error, or nothing when stderr is not a terminal."""

    def __init__(self, enabled: Optional[bool], label: str):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.label = label
        self._bar = None

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
        self._bar = Progress(SpinnerColumn(), TextColumn(f"{self.label}"), BarColumn(),
                             TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                             console=Console(stderr=True), transient=True)
        self._bar.start()
        task = self._bar.add_task(self.label, total=None)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.stop()


# -- queries -----------------------------------------------------------------------------------

@cli.command(epilog="Example: readout meetings --dyad JPN-KOR --since 2015 --format json")
@db_option
@click.option("--country", help="Meetings with this country (ISO alpha-3, e.g. JPN).")
@click.option("--dyad", help="Meetings between two countries, e.g. JPN-KOR.")
@click.option("--since", help="On or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="On or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--level", help="leaders, foreign_ministers, ministers, vice_ministers, officials, mixed.")
@click.option("--mode", "meeting_format", type=click.Choice(["in_person", "telephone", "video"]),
              help="How the meeting was held.")
@click.option("--topic", help="A topic id from topics.json, e.g. north_korea.")
@click.option("--publisher", help="Reported by a publisher whose name contains this text.")
@click.option("--text", "q", help="Reported by a document matching this full-text query.")
@click.option("--status", type=click.Choice(["held", "announced", "all"]), default="held", show_default=True,
              help="Held meetings, meetings only announced by previews, or both.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many meetings.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def meetings(db, country, dyad, since, until, level, meeting_format, topic, publisher, q, status, limit, fmt):
    """List stored meetings, newest first.

    With --format json: an array of meetings, each with id, date, format, level, countries,
    participants, topics and sources (the paths or URLs of the documents reporting it).
    """
    with _open(db, readonly=True) as store:
        rows = store.meetings(country=country, dyad=dyad, since=since, until=until, level=level,
                              format=meeting_format, topic=topic, publisher=publisher, q=q,
                              status=None if status == "all" else status, limit=limit)
    items = [meeting_item(m) for m in rows]
    if fmt == "json":
        _echo_json(items)
    elif fmt == "csv":
        _echo_csv(items, ["id", "date", "status", "format", "level", "countries", "principals", "topics", "sources",
                          "title"])
    else:
        _echo_table(items)


def meeting_item(m: dict) -> dict:
    """A meeting for output: sources as the paths or URLs of the reporting documents."""
    reports = [s for s in m["sources"] if s["relation"] == "report"]
    return {
        "id": m["id"], "date": m["date"], "status": m["status"], "format": m["format"], "level": m["level"],
        "countries": m["countries"], "organizations": m["organizations"],
        "host_country": m["host_country"], "location": m["location_city"], "occasion": m["occasion"],
        "title": m["title"],
        "participants": [{k: p[k] for k in ("name", "country", "organization", "title", "role")}
                         for p in m["participants"]],
        "topics": m["topics"],
        "sources": [s["source"] for s in reports],
        "urls": [s["url"] for s in reports if s["url"]],
        "previews": [s["source"] for s in m["sources"] if s["relation"] == "preview"],
        "source_documents": [{k: s[k] for k in ("document_id", "source", "url", "publisher", "published", "kind",
                                                 "relation", "status", "date")} for s in m["sources"]],
    }


def _principals(item: dict) -> str:
    people = [p for p in item["participants"] if p["role"] == "principal"] or item["participants"]
    return "; ".join(p["name"] for p in people)


def _echo_json(data) -> None:
    import orjson
    click.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())


def _echo_csv(items: list[dict], columns: list[str]) -> None:
    import csv
    writer = csv.writer(click.get_text_stream("stdout"), lineterminator="\n")
    writer.writerow(columns)
    for item in items:
        flat = {**item, "principals": _principals(item), "countries": " ".join(item["countries"]),
                "topics": " ".join(item["topics"]), "sources": " ".join(item["sources"])}
        writer.writerow([flat.get(c) if flat.get(c) is not None else "" for c in columns])


def _echo_table(items: list[dict]) -> None:
    if not items:
        click.echo("no meetings")
        return
    rows = [(str(i["id"]), i["date"] or "?", i["level"] or "-", i["format"] or "-", "-".join(i["countries"]),
             _principals(i), str(len(i["sources"]))) for i in items]
    header = ("id", "date", "level", "format", "countries", "principals", "sources")
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(len(header))]
    for row in [header, *rows]:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    click.echo(f"{len(items)} meeting(s)")


@cli.command(epilog='Example: readout person "Yoshimasa Hayashi"')
@click.argument("name")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def person(name, db, fmt):
    """A person: the names they appear under, offices held over time, and meetings.

    NAME may be a full name in either order ("HAYASHI Yoshimasa", "Yoshimasa Hayashi") or a
    family name ("Hayashi"). Exit status 1 when nobody matches.
    """
    with _open(db, readonly=True) as store:
        found = store.person(name)
    if fmt == "json":
        _echo_json(found)
    for p in found if fmt == "text" else []:
        click.echo(f"{p['name']} ({p['country'] or p['organization'] or '?'})  person {p['id']}")
        click.echo(f"  also written: {', '.join(a for a in p['aliases'] if a != p['name']) or '-'}")
        for o in p["offices"]:
            click.echo(f"  office: {o['title']} ({o['country'] or '-'}), seen {o['first_seen'] or '?'} "
                       f"to {o['last_seen'] or '?'}")
        for m in p["meetings"]:
            click.echo(f"  meeting {m['id']}: {m['date'] or m['sort_date'] or '?'} {'-'.join(m['countries'])} "
                       f"{m['level'] or ''} {m['format'] or ''}".rstrip())
    if not found:
        click.echo(f"error: {name}: no such person in the store", err=True)
        sys.exit(1)


@cli.command(epilog='Example: readout office "Foreign Minister" --country KOR --on 2018')
@click.argument("title")
@db_option
@click.option("--country", help="The office's country (ISO alpha-3, e.g. KOR).")
@click.option("--on", "on", help="A date, month or year (YYYY-MM-DD, YYYY-MM, YYYY).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def office(title, db, country, on, fmt):
    """Who held an office, as learned from the stored documents, optionally on a date.

    TITLE is any wording of the office ("Foreign Minister", "Minister for Foreign Affairs of
    Japan"). Each holder is shown with the first and last dates a document gives them the title.
    """
    with _open(db, readonly=True) as store:
        holders = store.office_holders(title, country=country, on=on)
    if fmt == "json":
        _echo_json(holders)
        return
    for h in holders:
        click.echo(f"{h['name']} ({h['country'] or '-'}): {h['title']}, seen {h['first_seen'] or '?'} "
                   f"to {h['last_seen'] or '?'} ({h['mentions']} mention(s))")
    if not holders:
        click.echo(f"error: {title}: nobody seen in this office", err=True)
        sys.exit(1)


@cli.command(epilog='Example: readout search "North Korea missile"')
@click.argument("text")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def search(text, db, limit, fmt):
    """Full-text search over the stored documents (SQLite FTS5 or PostgreSQL full text)."""
    with _open(db, readonly=True) as store:
        hits = store.search(text, limit=limit)
    if fmt == "json":
        _echo_json(hits)
        return
    for hit in hits:
        meetings_of = ", ".join(str(m) for m in hit["meetings"]) or "-"
        click.echo(f"{hit['published'] or '?'}  {hit['title'] or hit['source']}  (meetings: {meetings_of})")
        click.echo(f"  {hit['url'] or hit['source']}")
        click.echo("  " + " ".join((hit["snippet"] or "").split()))
    click.echo(f"{len(hits)} document(s)")


@cli.command(epilog="Example: readout stats --db readout.db")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats(db, fmt):
    """Counts of documents, meetings, persons, statements … in the store."""
    with _open(db) as store:
        data = store.stats()
    if fmt == "json":
        _echo_json(data)
        return
    click.echo(f"backend: {data['backend']}, schema version {data['schema_version']}")
    for table, n in data["counts"].items():
        click.echo(f"{table}: {n}")
    click.echo("meetings by status: " + (", ".join(f"{k} {v}" for k, v in data["meetings_by_status"].items()) or "-"))
    click.echo("documents by kind: " + (", ".join(f"{k} {v}" for k, v in data["documents_by_kind"].items()) or "-"))
    click.echo(f"meetings from {data['first_meeting'] or '-'} to {data['last_meeting'] or '-'}")


@cli.command(epilog="Example: readout export --to parquet --out export/")
@db_option
@click.option("--to", "to", type=click.Choice(["csv", "jsonl", "parquet", "plover", "cameo"]), required=True,
              help="Tables as CSV, JSON Lines or Parquet; coded events as PLOVER JSON Lines or a CAMEO TSV.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Folder to write into.")
def export(db, to, out):
    """Export the store for pandas, polars, DuckDB, or as coded events (PLOVER, CAMEO).

    csv/jsonl/parquet write one file per table; plover writes events.plover.jsonl
    (POLECAT-style fields); cameo writes events.cameo.tsv in the shape of ICEWS output.
    """
    with _open(db, readonly=True) as store:
        written = store.export(to, out)
    for path in written:
        click.echo(path)
