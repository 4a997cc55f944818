"""The store: SQLite (default) or PostgreSQL; ingest, resolution across documents, queries, exports.

`Store(url)` is the one way to open the database; see docs/store.md.
"""
from .core import Store
from .dialect import DEFAULT_DB, parse_target


def open_store(url=None, readonly: bool = False) -> Store:
    """Open (and migrate, unless read-only) the database at a path or URL."""
    return Store(url, readonly=readonly)


__all__ = ["Store", "open_store", "DEFAULT_DB", "parse_target"]
