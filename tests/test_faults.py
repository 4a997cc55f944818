"""Faults: SIGKILL during ingest at random points (SQLite and PostgreSQL), a full disk and a read-only
database. After each fault the database is sound, nothing stored is lost, and a re-run stores every
document exactly once.

The kill loop runs `readout ingest` as a subprocess and kills it at a random moment: sometimes
during start-up or schema migration, mostly after a random number of new documents, plus a random
few milliseconds so the kill lands inside a transaction. READOUT_FAULT_KILLS sets the number of
kills (default 20); READOUT_FAULT_SEED the seed.
"""
from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from readout.errors import StoreError
from readout.store import Store

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "tests/fixtures/store/docs").iterdir()) + sorted((ROOT / "examples").iterdir())
KILLS = int(os.environ.get("READOUT_FAULT_KILLS", "20"))
SEED = int(os.environ.get("READOUT_FAULT_SEED", "9"))
COPIES = 60  # enough documents that 20 kills (some timed, and start-up is fast) stay mid-corpus


# -- corpus and helpers ------------------------------------------------------------------------

def make_corpus(folder: Path, copies: int = COPIES) -> list[str]:
    """Distinct documents from the team's fixtures and examples; returns their sources (paths)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(copies):
        for source in SOURCES:
            body = source.read_text(encoding="utf-8")
            if source.suffix == ".json":
                data = json.loads(body)
                data["text"] = data.get("text", "") + f"\n\n(Release number {n}.)"
                if data.get("url"):
                    data["url"] += f"?n={n}"
                body = json.dumps(data)
            elif source.suffix in (".html", ".htm"):
                closing = "</article>" if "</article>" in body else "</body>"
                body = body.replace(closing, f"<p>(Release number {n}.)</p>{closing}", 1)
            else:
                body += f"\n\n(Release number {n}.)\n"
            path = folder / f"{n:03d}-{source.name}"
            path.write_text(body, encoding="utf-8")
            made.append(str(path))
    return made


def ingest_args(corpus: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "readout", "ingest", str(corpus), "--db", db, "--no-progress"]


def count_documents(db: str) -> int:
    """Documents visible to a reader (0 before the schema exists)."""
    try:
        with Store(db, readonly=True) as store:
            return store.scalar("SELECT count(*) AS n FROM documents")
    except Exception:  # noqa: BLE001 - a database still being created counts as empty
        return 0


class DocumentCounter:
    """Counts stored documents over one reading connection (cheap enough to poll every few ms)."""

    def __init__(self, db: str):
        self.db = db
        self.conn = None

    def __call__(self) -> int:
        try:
            if self.conn is None:
                self.conn = self._connect()
            row = self.conn.execute("SELECT count(*) FROM documents").fetchone()
            if not self.db.startswith("postgres"):
                self.conn.rollback()
            return row[0]
        except Exception:  # noqa: BLE001 - no schema yet (or mid-migration) counts as empty
            self.close()
            return 0

    def _connect(self):
        if not self.db.startswith("postgres"):
            return sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=5)
        import psycopg
        from readout.store.dialect import parse_target
        target = parse_target(self.db)
        conn = psycopg.connect(target.location, autocommit=True)
        conn.execute(f'SET search_path TO "{target.schema}"')
        return conn

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def kill_at_random_point(args: list[str], db: str, rng: random.Random) -> int:
    """Start an ingest and SIGKILL it at a random point; returns documents stored before the kill."""
    counter = DocumentCounter(db)
    before = counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.05, 0.6))  # start-up, imports, migration or the first documents
        else:
            goal, deadline = before + rng.randint(1, 12), time.monotonic() + 60
            while counter() < goal and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.03))  # land inside the next document's transaction
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        counter.close()
    assert proc.returncode in (-signal.SIGKILL, 0), proc.stderr.read().decode()[-2000:]
    return before


def check_sound(db: str, sources: list[str], verified: set | None = None) -> int:
    """Integrity holds, each document at most once, every stored document complete; returns the count.

    With `verified`, documents already checked in full are skipped (their rows are covered by the
    global checks) and the newly checked ones are added to it.
    """
    if not db.startswith("postgres"):
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == \
                conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    # Opened for writing, as the next ingest would: a kill between two schema migrations leaves an
    # older (sound) schema that readers refuse until a writer migrates it.
    with Store(db) as store:
        rows = store.query("SELECT id, source FROM documents")
        assert len({r["source"] for r in rows}) == len(rows), "a document is stored twice"
        assert {r["source"] for r in rows} <= set(sources)
        for row in rows:
            if verified is not None and row["id"] in verified:
                continue
            record = store.record(row["id"])
            assert record is not None and record.document.id == row["id"]
            expected = {"meeting_sources": len(record.meetings),
                        "participants": sum(len(m.participants) for m in record.meetings),
                        "statements": sum(len(m.statements) for m in record.meetings)}
            if record.document.kind in ("announcement", "preview") and not record.meetings:
                del expected["meeting_sources"]  # a preview is linked to the meeting it announces
            found = {t: store.scalar(f"SELECT count(*) AS n FROM {t} WHERE document_id = ?", [row["id"]])
                     for t in expected}
            assert found == expected, row["source"]
            if verified is not None:
                verified.add(row["id"])
        assert store.scalar("SELECT count(*) AS n FROM meetings WHERE id NOT IN "
                            "(SELECT meeting_id FROM meeting_sources)") == 0
        return len(rows)


def sigkill_loop(db: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    sources = make_corpus(corpus)
    rng = random.Random(SEED)
    args = ingest_args(corpus, db)
    killed_mid_run, verified = 0, set()
    for _ in range(KILLS):
        before = kill_at_random_point(args, db, rng)
        after = check_sound(db, sources, verified)
        assert after >= before, "documents stored before the kill were lost"
        killed_mid_run += after < len(sources)
    assert killed_mid_run >= KILLS // 2, "the corpus was finished too early to test kills"
    stored = count_documents(db)
    rerun = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    total = len(sources)
    assert rerun.stdout == (f"read {total}, new {total - stored}, updated 0, unchanged {stored}, failed 0\n")
    assert check_sound(db, sources) == total
    again = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert again.stdout == f"read {total}, new 0, updated 0, unchanged {total}, failed 0\n"


# -- SIGKILL -----------------------------------------------------------------------------------

def test_sigkill_during_ingest_sqlite(tmp_path):
    sigkill_loop(str(tmp_path / "kill.db"), tmp_path)


@pytest.mark.postgres
def test_sigkill_during_ingest_postgresql(tmp_path):
    base = os.environ.get("READOUT_TEST_PG")
    if not base:
        pytest.skip("READOUT_TEST_PG is not set: no PostgreSQL server to test the second backend against")
    url = f"{base}{'&' if '?' in base else '?'}schema=faults_{uuid.uuid4().hex[:12]}"
    try:
        sigkill_loop(url, tmp_path)
    finally:
        drop_schema(url)


def drop_schema(url: str) -> None:
    import psycopg
    from readout.store.dialect import parse_target
    target = parse_target(url)
    with psycopg.connect(target.location, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{target.schema}" CASCADE')


# -- full disk ---------------------------------------------------------------------------------

def stored_snapshot(db: str) -> dict[str, str]:
    with Store(db, readonly=True) as store:
        return {r["id"]: r["record_sha256"] for r in store.query("SELECT id, record_sha256 FROM documents")}


def seed_database(tmp_path: Path, copies: int = 1) -> tuple[str, list[str], Path]:
    """A database holding one copy of the corpus, and a second, new corpus to ingest into it."""
    db = str(tmp_path / "seed.db")
    first = tmp_path / "first"
    make_corpus(first, copies)
    done = subprocess.run(ingest_args(first, db), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    second = tmp_path / "second"
    sources = make_corpus(second, copies + 3)
    for path in sorted(second.iterdir())[: len(SOURCES) * copies]:
        path.unlink()  # the second corpus holds only new documents
    return db, sources, second


def limit_file_size(limit: int):
    """For the child: files may not grow past `limit` bytes (a full disk), failing writes with EFBIG."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def assert_one_line_errors(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert lines, "no error was reported"
    assert "Traceback" not in stderr, stderr[-2000:]
    for line in lines:
        assert line.startswith("error: "), line


STORE_ERRORS = ("store: a database write error (sqlite3.OperationalError 'database or disk is full', "
                "'disk I/O error', 'attempt to write a readonly database') escapes Store.ingest unwrapped: "
                "Store.transaction (readout/store/core.py) and ingest_record do not map db_errors() to StoreError, "
                "so `readout ingest` prints a traceback instead of `error: PATH: cannot be stored: ...`")


def ingest_on_full_disk(tmp_path: Path):
    """Ingest new documents into a database whose files may grow only 64 kB more."""
    db, _, second = seed_database(tmp_path)
    before = stored_snapshot(db)
    size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
    proc = subprocess.run(ingest_args(second, db), capture_output=True, text=True, timeout=120,
                          preexec_fn=limit_file_size(size + 64 * 1024))
    return db, second, before, proc


def test_full_disk_during_ingest_loses_nothing(tmp_path):
    db, second, before, proc = ingest_on_full_disk(tmp_path)
    assert proc.returncode != 0
    after = stored_snapshot(db)
    assert {k: after[k] for k in before} == before, "a stored document was lost or changed"
    check_sound(db, [str(p) for p in (tmp_path / "first").iterdir()] + [str(p) for p in second.iterdir()])
    rerun = subprocess.run(ingest_args(second, db), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr[-2000:]  # with room again, the rest is stored
    check_sound(db, [str(p) for p in (tmp_path / "first").iterdir()] + [str(p) for p in second.iterdir()])


def test_full_disk_during_ingest_is_a_clear_error(tmp_path):
    _, _, _, proc = ingest_on_full_disk(tmp_path)
    assert_one_line_errors(proc.stderr)
    assert "full" in proc.stderr.lower() or "disk" in proc.stderr.lower(), proc.stderr[-500:]


def fill_up_through_the_api(tmp_path: Path, expect):
    """SQLite's max_page_count makes the database 'full'; ingest until it refuses."""
    from readout.inputs import iter_inputs
    from readout.pipeline import extract_input

    db, _, second = seed_database(tmp_path)
    before = stored_snapshot(db)
    records = [extract_input(doc) for doc in iter_inputs([str(second)])]
    with Store(db) as store:
        pages = store.scalar("PRAGMA page_count")
        store.execute(f"PRAGMA max_page_count = {int(pages) + 2}")
        with pytest.raises(expect) as err:
            for record in records:
                store.ingest(record)
        stored = store.scalar("SELECT count(*) AS n FROM documents")
    sources = [str(p) for p in (tmp_path / "first").iterdir()] + [str(p) for p in second.iterdir()]
    return db, before, err.value, stored, sources


def test_full_database_through_the_store_api_keeps_what_was_stored(tmp_path):
    db, before, _, stored, sources = fill_up_through_the_api(tmp_path, Exception)
    after = stored_snapshot(db)
    assert {k: after[k] for k in before} == before and len(after) == stored
    check_sound(db, sources)


def test_full_database_through_the_store_api_raises_store_error(tmp_path):
    _, _, error, _, _ = fill_up_through_the_api(tmp_path, StoreError)
    assert "full" in str(error).lower() and "\n" not in str(error)


@pytest.mark.skipif(shutil.which("mount") is None or os.geteuid() != 0, reason="needs root to mount a tmpfs")
def test_really_full_tmpfs(tmp_path):
    """A tiny tmpfs is a real full disk (ENOSPC): one-line errors and nothing lost."""
    mnt = Path(tempfile.mkdtemp(prefix="readout-full-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True).returncode:
        mnt.rmdir()
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        db, _, second = seed_database(tmp_path)
        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = str(mnt / "seed.db")
        shutil.copy(db, target)
        before = stored_snapshot(target)
        filler = mnt / "filler"
        filler.write_bytes(b"\0" * max(0, shutil.disk_usage(mnt).free - 96 * 1024))
        proc = subprocess.run(ingest_args(second, target), capture_output=True, text=True, timeout=120)
        filler.unlink()
        after = stored_snapshot(target)
        assert {k: after[k] for k in before} == before
        assert proc.returncode != 0
        assert_one_line_errors(proc.stderr)
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
        mnt.rmdir()


# -- read-only database ------------------------------------------------------------------------

def make_read_only(path: Path) -> None:
    """Make the database file unwritable, for root too (chattr +i), or skip where that is impossible."""
    os.chmod(path, 0o444)
    if os.geteuid() != 0:
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("running as root and chattr +i is not supported here: cannot make a file read-only")


def undo_read_only(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def ingest_read_only(tmp_path: Path):
    db, _, second = seed_database(tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = tmp_path / "ro.db"
    shutil.copy(db, target)
    before = stored_snapshot(str(target))
    make_read_only(target)
    try:
        proc = subprocess.run(ingest_args(second, str(target)), capture_output=True, text=True, timeout=120)
    finally:
        undo_read_only(target)
    return proc, before, stored_snapshot(str(target))


def test_read_only_database_loses_nothing(tmp_path):
    proc, before, after = ingest_read_only(tmp_path)
    assert proc.returncode != 0
    assert after == before


def test_read_only_database_is_a_clear_error(tmp_path):
    proc, _, _ = ingest_read_only(tmp_path)
    assert_one_line_errors(proc.stderr)
    assert "read-only" in proc.stderr.lower() or "readonly" in proc.stderr.lower(), proc.stderr[-500:]
