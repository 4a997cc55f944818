"""Crawl state: what the crawler last saw at each URL, including pages it does not ingest.

The documents table keeps snapshots of readouts. The crawler also needs to remember pages
that are not readouts (or that failed, or were unchanged) so the next crawl can send a
conditional request or recognise the same content hash without re-processing. One row per
requested URL, written through the Store's own SQL helpers (both backends).
"""
from __future__ import annotations

from typing import Optional

TABLE = "crawl_pages"
COLUMNS = ("url", "final_url", "profile", "status", "outcome", "etag", "last_modified",
           "raw_sha256", "document_id", "error", "checked_at", "changed_at")

_CREATE = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
    url TEXT PRIMARY KEY,
    final_url TEXT,
    profile TEXT,
    status INTEGER,
    outcome TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    raw_sha256 TEXT,
    document_id TEXT,
    error TEXT,
    checked_at TEXT NOT NULL,
    changed_at TEXT
)"""


def ensure_table(store) -> None:
    """Create the crawl_pages table where it is missing (idempotent)."""
    if not store.readonly:
        store.execute(_CREATE)


def page_state(store, url: str) -> Optional[dict]:
    """What the last crawl recorded for a URL, or None."""
    return store.one(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE url = ?", [url])


def record_page(store, row: dict) -> None:
    """Insert or replace the state of one URL (only the given columns are updated)."""
    unknown = set(row) - set(COLUMNS)
    if unknown:
        raise ValueError(f"unknown crawl_pages column(s): {sorted(unknown)}")
    with store.transaction():
        store.upsert(TABLE, row, key=["url"])


def crawled_pages(store, profile: Optional[str] = None) -> list[dict]:
    """Every recorded URL (of one profile), most recently checked first."""
    where, params = ("WHERE profile = ?", [profile]) if profile else ("", [])
    return store.query(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} {where} ORDER BY checked_at DESC, url", params)


def redirected_to(store, url: str) -> Optional[str]:
    """Where a crawled URL last redirected to, or None (also when nothing was ever crawled)."""
    from .dialect import db_errors
    try:
        row = store.one(f"SELECT final_url FROM {TABLE} WHERE url = ?", [url])
    except db_errors():  # no crawl_pages table: this database was never crawled
        return None
    final = row and row.get("final_url")
    return final if final and final != url else None
