"""`readout crawl` and `readout history`: keep the store current from ministry websites."""
from __future__ import annotations

import difflib
import logging
import sys
from contextlib import contextmanager
from typing import Iterator, Optional

import click

from .group import cli


@contextmanager
def _crawl_logging(quiet: bool) -> Iterator[None]:
    """Per-page log lines on stderr for the duration of one command."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("readout.crawl")
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING if quiet else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def _since(ctx, param, value) -> Optional[str]:
    if value is None:
        return None
    from datetime import date
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date written YYYY-MM-DD") from None


@cli.command(epilog="\b\nExample: readout crawl mofa-jp --since 2025-01-01 --db readout.db")
@click.argument("target", metavar="PROFILE|URL")
@click.option("--db", "db", default=None, metavar="URL",
              help="Database path or URL (default: $READOUT_DB or readout.db).")
@click.option("--since", callback=_since, metavar="DATE",
              help="Only readouts published on or after this date (YYYY-MM-DD).")
@click.option("--max-pages", type=click.IntRange(min=1), metavar="N",
              help="Fetch at most N readout pages (index pages, feeds and sitemaps not counted).")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Pause between requests to the same host (robots.txt Crawl-delay can raise it).")
@click.option("--timeout", type=click.FloatRange(min=0.01), default=15.0, show_default=True,
              metavar="SECONDS", help="Time limit of one HTTP request.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Retries (with exponential backoff) on 5xx answers and network errors.")
@click.option("--backoff", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Pause before the first retry; it doubles with each further retry.")
@click.option("--check", is_flag=True,
              help="Only check the profile: fetch its start pages and a sample of readouts, write "
                   "nothing, exit 3 when it yields no readouts or its selectors stop matching.")
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and the summary line.")
def crawl(target, db, since, max_pages, delay, timeout, retries, backoff, check, quiet):
    """Fetch, extract and store new readouts from a site.

    PROFILE is a built-in profile (kantei-jp, mofa-jp, mofa-kr, state-dept, whitehouse), a
    profile file (.yaml), or a site URL crawled with the generic profile (sitemap.xml, feeds,
    paginated index pages). robots.txt is honoured; unchanged pages are not fetched again in
    full (ETag / Last-Modified) nor re-processed (same sha256). Exit status: 0 fine, 1 some
    pages failed, 3 break alert (the profile yields no readouts or its selectors stopped
    matching). The last line is a summary: fetched, not modified (304), unchanged (same
    hash), new, updated, failed, skipped (robots / not a readout / outside --since).
    """
    from ..crawl import CrawlOptions, check as check_profile, crawl as crawl_site
    options = CrawlOptions(since=since, max_pages=max_pages, delay=delay, timeout=timeout,
                           retries=retries, backoff=backoff)
    with _crawl_logging(quiet):
        if check:
            report = check_profile(target, options)
            click.echo(_check_summary(report))
        else:
            from ..store import Store
            with Store(db) as store:
                report = crawl_site(target, store, options)
            click.echo(report.summary())
    sys.exit(report.exit_status)


def _check_summary(report) -> str:
    found = report.discovery
    links = len(found.candidates) + found.skipped_since if found else 0
    sampled = report.counts["readouts_checked"] + report.counts["skipped_not_readout"] \
        - (found.not_readout if found else 0)
    state = "ok" if not report.alerts else f"BROKEN ({len(report.alerts)} alert(s))"
    return (f"check {report.profile}: {state}: {links} readout link(s) found, "
            f"{report.counts['readouts_checked']} readout(s) in {sampled} page(s) sampled, "
            f"{report.counts['failed']} failed")


@cli.command(epilog="\b\nExample: readout history https://www.mofa.go.jp/press/release/press1e_000123.html")
@click.argument("url")
@click.option("--db", "db", default=None, metavar="URL",
              help="Database path or URL (default: $READOUT_DB or readout.db).")
@click.option("--diff/--no-diff", default=True, show_default=True,
              help="Show what changed in the text between consecutive snapshots.")
def history(url, db, diff):
    """Every stored snapshot of a page, oldest first, and what changed between them."""
    from ..store import Store
    from ..store.crawlstate import redirected_to
    with Store(db, readonly=True) as store:
        rows = store.history(url)
        final = None if rows else redirected_to(store, url)
        if final:
            click.echo(f"{url} redirects to {final}")
            rows = store.history(final)
        if not rows:
            click.echo(f"error: {url}: no stored snapshot of this URL", err=True)
            sys.exit(1)
        texts = [_text(store, row["id"]) for row in rows] if diff else []
    for number, row in enumerate(rows, 1):
        mark = "  (current)" if row.get("current") else ""
        click.echo(f"{number}. fetched {row.get('fetched_at') or '-'}  {row['id'][:19]}…  "
                   f"raw sha256 {str(row.get('raw_sha256') or '-')[:12]}…  {row.get('title') or ''}{mark}")
    for number in range(1, len(texts)):
        click.echo(f"\nchanges from snapshot {number} to {number + 1}:")
        for line in _changes(texts[number - 1], texts[number]):
            click.echo(line)


def _text(store, document_id: str) -> str:
    record = store.record(document_id)
    return record.document.text if record is not None else ""


def _changes(before: str, after: str) -> list[str]:
    """Changed lines of two texts (unified diff without headers)."""
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in lines if not line.startswith(("---", "+++", "@@"))] or ["  (same text)"]
