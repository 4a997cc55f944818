"""Versioned migrations: numbered SQL files in `migrations/`, applied once, recorded in schema_migrations."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+?)(?:\.(sqlite|postgresql))?\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(dialect_name: str) -> list[Migration]:
    """The migrations for one backend, oldest first (a backend-specific file wins over a shared one)."""
    found: dict[int, tuple[int, Migration]] = {}
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        number, name, backend = int(match.group(1)), match.group(2), match.group(3)
        if backend and backend != dialect_name:
            continue
        rank = 1 if backend else 0
        if number not in found or found[number][0] < rank:
            found[number] = (rank, Migration(number, name, entry.read_text(encoding="utf-8")))
    return [found[n][1] for n in sorted(found)]


def split_statements(sql: str) -> list[str]:
    """One statement per paragraph; comment lines are dropped."""
    statements = []
    for block in re.split(r"\n\s*\n", sql):
        lines = [ln for ln in block.splitlines() if not ln.lstrip().startswith("--")]
        text = "\n".join(lines).strip()
        if text:
            statements.append(text)
    return statements


def migrate(store) -> list[int]:
    """Apply every migration not yet recorded; each in its own transaction. Returns versions applied."""
    store.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                  "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    applied = []
    for migration in load_migrations(store.dialect.name):
        with store.transaction():
            if store.one("SELECT 1 AS ok FROM schema_migrations WHERE version = ?", [migration.version]):
                continue
            for statement in split_statements(store.dialect.fill(migration.sql)):
                store.conn.execute(statement)
            store.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                          [migration.version, migration.name, datetime.now(timezone.utc).isoformat()])
            applied.append(migration.version)
            log.info("applied migration %04d_%s", migration.version, migration.name)
    return applied


def current_version(store) -> int:
    row = store.one("SELECT max(version) AS v FROM schema_migrations")
    return int(row["v"] or 0) if row else 0
