"""The small layer that hides SQLite and PostgreSQL differences from the rest of the store."""
from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_DB = "readout.db"
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class Target:
    """Where the database lives, parsed from a path or URL."""
    backend: str  # "sqlite" | "postgresql"
    location: str  # file path for SQLite, connection URL for PostgreSQL
    schema: Optional[str] = None  # PostgreSQL schema (search_path), e.g. one per test


def parse_target(url: Optional[str]) -> Target:
    """Read `path`, `sqlite:///path` or `postgresql://…[?schema=name]`; default READOUT_DB or readout.db."""
    url = url or os.environ.get("READOUT_DB") or DEFAULT_DB
    url = str(url)
    if url.startswith(("postgresql://", "postgres://")):
        return _parse_postgres(url)
    if url.startswith("sqlite:"):
        path = url[len("sqlite:"):]
        path = path[2:] if path.startswith("//") else path
        if path.startswith("/") and not url.startswith("sqlite:////") and url.startswith("sqlite:///"):
            path = path[1:]  # sqlite:///relative.db (three slashes) names a relative path
        if not path:
            raise StoreError(f"{url}: no database path after sqlite://")
        return Target("sqlite", path)
    if "://" in url:
        raise StoreError(f"{url}: unknown database URL (use a path, sqlite:///PATH or postgresql://…)")
    return Target("sqlite", url)


def _parse_postgres(url: str) -> Target:
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), None)
    if schema is not None and not _SCHEMA_NAME.match(schema):
        raise StoreError(f"{url}: schema must be a lower-case SQL name")
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    return Target("postgresql", urlunsplit(parts._replace(query=rest)), schema)


class Dialect:
    """SQL text and connections for one backend."""

    name = ""
    tokens: dict[str, str] = {}

    def sql(self, text: str) -> str:
        return text

    def fill(self, text: str) -> str:
        """Put this backend's column types in a migration written with {tokens}."""
        for key, value in self.tokens.items():
            text = text.replace("{" + key + "}", value)
        return text


class SQLiteDialect(Dialect):
    name = "sqlite"
    tokens = {"pk": "INTEGER PRIMARY KEY", "ref": "INTEGER", "blob": "BLOB", "real": "REAL"}

    def connect(self, target: Target, readonly: bool) -> sqlite3.Connection:
        """Open the file; WAL so readers never block the writer and a killed writer leaves no half-commit."""
        path = Path(target.location)
        try:
            if readonly:
                if not path.exists():
                    raise StoreError(f"{path}: no such database (run `readout ingest` first)")
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                       check_same_thread=False)
            else:
                if path.parent and not path.parent.exists():
                    raise StoreError(f"{path}: folder {path.parent} does not exist")
                conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute("PRAGMA synchronous=NORMAL")
            # A bigger page cache and memory-mapped reads keep per-document cost flat as the file grows.
            conn.execute("PRAGMA cache_size=-65536")
            conn.execute("PRAGMA mmap_size=268435456")
            conn.execute("PRAGMA temp_store=MEMORY")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open as a SQLite database: {exc}") from exc
        conn.row_factory = _dict_row
        return conn

    def begin(self, conn) -> None:
        conn.execute("BEGIN IMMEDIATE")

    def search_sql(self) -> str:
        return ("SELECT d.id, d.title, d.url, d.source, d.published, d.publisher, "
                "snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, bm25(documents_fts) AS rank "
                "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
                "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?")

    def search_filter_sql(self) -> str:
        """A WHERE fragment: the document d matches the text query (one parameter)."""
        return "d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"

    def contains_sql(self, column: str) -> str:
        """A condition: `column` holds the parameter as a substring (Japanese and Chinese words,
        which full-text tokenizers do not split out of a run of text)."""
        return f"instr({column}, ?) > 0"

    def search_terms(self, text: str) -> str:
        """Quote every word so user text is never read as FTS5 syntax."""
        words = re.findall(r"\w+", text)
        return " ".join('"' + w.replace('"', "") + '"' for w in words) or '""'


class PostgresDialect(Dialect):
    name = "postgresql"
    tokens = {"pk": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "ref": "BIGINT",
              "blob": "BYTEA", "real": "DOUBLE PRECISION"}

    def sql(self, text: str) -> str:
        return _to_pyformat(text)

    def connect(self, target: Target, readonly: bool):
        """Open with psycopg 3 (imported here so the SQLite path never needs it)."""
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise StoreError("PostgreSQL needs psycopg: pip install 'readout[postgres]'") from exc
        try:
            conn = psycopg.connect(target.location, autocommit=True, row_factory=dict_row)
            if target.schema:
                if not readonly:
                    conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{target.schema}"')
                conn.execute(f'SET search_path TO "{target.schema}"')
            if readonly:
                conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except psycopg.Error as exc:
            raise StoreError(f"{_redact(target.location)}: cannot connect: {exc}".strip()) from exc
        return conn

    def begin(self, conn) -> None:
        conn.execute("BEGIN")

    def search_sql(self) -> str:
        return ("SELECT d.id, d.title, d.url, d.source, d.published, d.publisher, "
                "ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet, "
                "-ts_rank(d.search_vector, q) AS rank "
                "FROM documents d, websearch_to_tsquery('english', ?) q "
                "WHERE d.search_vector @@ q ORDER BY rank LIMIT ? OFFSET ?")

    def search_filter_sql(self) -> str:
        return "d.search_vector @@ websearch_to_tsquery('english', ?)"

    def contains_sql(self, column: str) -> str:
        return f"strpos({column}, ?) > 0"

    def search_terms(self, text: str) -> str:
        return " ".join(re.findall(r"\w+", text))


@lru_cache(maxsize=512)
def _to_pyformat(text: str) -> str:
    """`?` placeholders to psycopg's `%s` (a literal % is doubled first)."""
    return text.replace("%", "%%").replace("?", "%s")


def _dict_row(cursor, row) -> dict:
    return {col[0]: value for col, value in zip(cursor.description, row)}


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def dialect_for(target: Target) -> Dialect:
    return PostgresDialect() if target.backend == "postgresql" else SQLiteDialect()


def is_integrity_error(exc: BaseException) -> bool:
    """True for a unique/foreign-key violation on either backend."""
    if isinstance(exc, sqlite3.IntegrityError):
        return True
    return type(exc).__name__ in {"UniqueViolation", "IntegrityError", "ForeignKeyViolation"}


def db_errors() -> tuple[type[BaseException], ...]:
    """The driver exception classes to map to StoreError."""
    errors: list[type[BaseException]] = [sqlite3.Error]
    try:
        import psycopg
        errors.append(psycopg.Error)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def redact(url: str) -> str:
    return _redact(url)

