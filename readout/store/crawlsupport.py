"""What the crawler needs: the latest snapshot of a URL and its history."""
from __future__ import annotations

from typing import Optional

_ORDER = "coalesce(fetched_at, ingested_at) {d}, ingested_at {d}, id {d}"
_COLUMNS = "id, url, etag, last_modified, raw_sha256, fetched_at, checked_at, title, ingested_at"


def document_for_url(store, url: str) -> Optional[dict]:
    """The latest stored snapshot of `url`, or None when it was never stored."""
    rows = store.query(f"SELECT {_COLUMNS} FROM documents WHERE url = ? ORDER BY {_ORDER.format(d='DESC')} LIMIT 1",
                       [url])
    return rows[0] if rows else None


def history(store, url: str) -> list[dict]:
    """All snapshots of `url`, oldest first; the last one has current=True."""
    rows = store.query(f"SELECT {_COLUMNS} FROM documents WHERE url = ? ORDER BY {_ORDER.format(d='ASC')}", [url])
    for i, row in enumerate(rows):
        row["current"] = i == len(rows) - 1
    return rows


def earlier_snapshots(store, url: Optional[str], document_id: str) -> list[str]:
    """Ids of the other snapshots of the same URL that are older than this document."""
    if not url:
        return []
    rows = history(store, url)
    ids = [r["id"] for r in rows]
    if document_id not in ids:
        return []
    return ids[: ids.index(document_id)]


def later_snapshot_exists(store, url: Optional[str], document_id: str) -> bool:
    if not url:
        return False
    rows = history(store, url)
    return bool(rows) and rows[-1]["id"] != document_id
