"""`Store`: the one way to open the database. SQL stays behind this class and its modules."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Optional, Sequence

from ..errors import StoreError
from .dialect import Target, db_errors, dialect_for, parse_target, redact
from .migrate import current_version, load_migrations, migrate

log = logging.getLogger(__name__)


class Store:
    """A readout database: SQLite file (default) or PostgreSQL.

    `Store("readout.db")`, `Store("sqlite:///data/readout.db")`,
    `Store("postgresql://user:pw@host/db")`; `readonly=True` for readers such as the web app.
    Use it as a context manager; writes happen inside `transaction()`.
    """

    def __init__(self, url: Optional[str] = None, readonly: bool = False):
        self.target: Target = parse_target(url)
        self.dialect = dialect_for(self.target)
        self.readonly = readonly
        self.conn = self.dialect.connect(self.target, readonly)
        self._depth = 0
        try:
            self._check_schema()
        except BaseException:
            self.conn.close()
            raise

    # -- connection and transactions -------------------------------------------------------
    @property
    def url(self) -> str:
        return redact(self.target.location)

    def _check_schema(self) -> None:
        if not self.readonly:
            try:
                migrate(self)
            except db_errors() as exc:
                raise StoreError(f"{self.url}: cannot migrate the schema: {exc}") from exc
            return
        latest = load_migrations(self.dialect.name)[-1].version
        try:
            version = current_version(self)
        except db_errors() as exc:
            raise StoreError(f"{self.url}: not a readout database (run `readout ingest` first)") from exc
        if version < latest:
            raise StoreError(f"{self.url}: schema version {version} is older than {latest}; "
                             "open it once for writing (e.g. `readout stats`) to migrate")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """All or nothing; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.dialect.begin(self.conn)
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    # -- SQL helpers (placeholders are written `?` for both backends) -------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.dialect.sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if not rows:
            return
        if self.dialect.name == "sqlite":
            self.conn.executemany(sql, rows)
        else:
            with self.conn.cursor() as cur:
                cur.executemany(self.dialect.sql(sql), rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        return list(self.execute(sql, params).fetchall())

    def one(self, sql: str, params: Sequence[Any] = ()) -> Optional[dict]:
        return self.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return next(iter(row.values())) if row else None

    def insert(self, table: str, row: dict, returning: Optional[str] = None) -> Any:
        """Insert one row; with `returning`, give back that column (e.g. a new id)."""
        cols = list(row)
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        if returning:
            sql += f" RETURNING {returning}"
            return self.execute(sql, list(row.values())).fetchone()[returning]
        self.execute(sql, list(row.values()))
        return None

    def insert_many(self, table: str, cols: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        self.executemany(sql, rows)

    def upsert(self, table: str, row: dict, key: Sequence[str], update: Optional[Sequence[str]] = None) -> None:
        """Insert, or update the non-key columns (or `update`) where the key exists."""
        cols = list(row)
        update = [c for c in (update if update is not None else cols) if c not in key]
        action = ("DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in update)) if update else "DO NOTHING"
        sql = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
               f"ON CONFLICT ({', '.join(key)}) {action}")
        self.execute(sql, list(row.values()))

    # -- the store's API (see docs/store.md) -----------------------------------------------
    def ingest(self, record, raw: Optional[bytes] = None, fetch: Optional[dict] = None,
               given: Optional[dict] = None) -> str:
        """Store one record (idempotent): 'new', 'updated' or 'unchanged'.

        `raw`: the input as read; `fetch`: fetched_at, etag, last_modified of a crawled page;
        `given`: what the input said before extraction (`readout.store.ingest.given_of(input_doc)`),
        so that `reindex` reads the raw input again exactly as it was read.
        """
        from .ingest import ingest_record
        return ingest_record(self, record, raw=raw, fetch=fetch, given=given)

    def document_for_url(self, url: str) -> Optional[dict]:
        """The latest stored snapshot of a URL: id, url, etag, last_modified, raw_sha256, fetched_at."""
        from .crawlsupport import document_for_url
        return document_for_url(self, url)

    def history(self, url: str) -> list[dict]:
        """Every stored snapshot of a URL, oldest first, with which one is current."""
        from .crawlsupport import history
        return history(self, url)

    def records_for_meeting(self, meeting_id: int) -> list:
        """The stored records of every source of a meeting (exact, from the stored record JSON)."""
        from .queries import records_for_meeting
        return records_for_meeting(self, meeting_id)

    def record(self, document_id: str):
        """The stored record of one document, or None."""
        from .queries import record_for_document
        return record_for_document(self, document_id)

    def raw(self, document_id: str) -> Optional[bytes]:
        """The raw input of a document as read (decompressed), or None."""
        from .queries import raw_for_document
        return raw_for_document(self, document_id)

    def reindex(self, extract=None, everything: bool = False, on_progress=None) -> dict:
        """Re-extract stored documents from their raw input (those from another extractor version)."""
        from .ingest import reindex
        return reindex(self, extract=extract, everything=everything, on_progress=on_progress)

    def meetings(self, **filters) -> list[dict]:
        from .queries import meetings
        return meetings(self, **filters)

    def meeting(self, meeting_id: int) -> Optional[dict]:
        from .queries import meeting
        return meeting(self, meeting_id)

    def dyad_timeline(self, a: str, b: str, limit: int = 100, offset: int = 0) -> dict:
        from .queries import dyad_timeline
        return dyad_timeline(self, a, b, limit=limit, offset=offset)

    def country_partners(self, code: str) -> list[dict]:
        from .queries import country_partners
        return country_partners(self, code)

    def person(self, name: str) -> list[dict]:
        from .queries import person
        return person(self, name)

    def office_holders(self, title: str, country: Optional[str] = None, on: Optional[str] = None) -> list[dict]:
        from .queries import office_holders
        return office_holders(self, title, country=country, on=on)

    def topic_trend(self, topic: str) -> list[dict]:
        from .queries import topic_trend
        return topic_trend(self, topic)

    def search(self, text: str, limit: int = 20, offset: int = 0) -> list[dict]:
        from .queries import search
        return search(self, text, limit=limit, offset=offset)

    def stats(self) -> dict:
        from .queries import stats
        return stats(self)

    def export(self, to: str, out: str) -> list[str]:
        """Write the tables (csv, jsonl, parquet) or coded events (plover, cameo) under `out`."""
        from .export import export
        return export(self, to, out)

    def to_pandas(self, table_or_rows: Any = "meetings"):
        """A pandas DataFrame of a table name or of rows returned by a query."""
        from .queries import to_pandas
        return to_pandas(self, table_or_rows)
