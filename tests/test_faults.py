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
COPIES = 12


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
                body = body.replace("</body>", f"<p>(Release number {n}.)</p></body>")
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


def kill_at_random_point(args: list[str], db: str, rng: random.Random) -> int:
    """Start an ingest and SIGKILL it at a random point; returns documents stored before the kill."""
    before = count_documents(db)
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.05, 1.5))  # start-up, imports or migration
        else:
            goal, deadline = before + rng.randint(1, 6), time.monotonic() + 60
            while count_documents(db) < goal and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.03))  # land inside the next document's transaction
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode in (-signal.SIGKILL, 0), proc.stderr.read().decode()[-2000:]
    return before


def check_sound(db: str, sources: list[str]) -> int:
    """Integrity holds, each document at most once, every stored document complete; returns the count."""
    if not db.startswith("postgres"):
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == \
                conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    with Store(db, readonly=True) as store:
        rows = store.query("SELECT id, source FROM documents")
        assert len({r["source"] for r in rows}) == len(rows), "a document is stored twice"
        assert {r["source"] for r in rows} <= set(sources)
        for row in rows:
            record = store.record(row["id"])
            assert record is not None and record.document.id == row["id"]
            expected = {"meeting_sources": len(record.meetings),
                        "participants": sum(len(m.participants) for m in record.meetings),
                        "statements": sum(len(m.statements) for m in record.meetings)}
            found = {t: store.scalar(f"SELECT count(*) AS n FROM {t} WHERE document_id = ?", [row["id"]])
                     for t in expected}
            assert found == expected, row["source"]
        assert store.scalar("SELECT count(*) AS n FROM meetings WHERE id NOT IN "
                            "(SELECT meeting_id FROM meeting_sources)") == 0
        return len(rows)


def sigkill_loop(db: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    sources = make_corpus(corpus)
    rng = random.Random(SEED)
    args = ingest_args(corpus, db)
    killed_mid_run = 0
    for _ in range(KILLS):
        before = kill_at_random_point(args, db, rng)
        after = check_sound(db, sources)
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


def test_full_disk_during_ingest_is_a_clear_error_and_loses_nothing(tmp_path):
    db, _, second = seed_database(tmp_path)
    before = stored_snapshot(db)
    size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
    proc = subprocess.run(ingest_args(second, db), capture_output=True, text=True, timeout=120,
                          preexec_fn=limit_file_size(size + 64 * 1024))
    assert proc.returncode != 0
    assert_one_line_errors(proc.stderr)
    assert "full" in proc.stderr.lower() or "disk" in proc.stderr.lower() or "write" in proc.stderr.lower(), \
        proc.stderr[-500:]
    after = stored_snapshot(db)
    assert {k: after[k] for k in before} == before, "a stored document was lost or changed"
    check_sound(db, [str(p) for p in (tmp_path / "first").iterdir()] + [str(p) for p in second.iterdir()])


def test_full_database_through_the_store_api_keeps_what_was_stored(tmp_path):
    """SQLite's max_page_count makes the database 'full': ingest raises StoreError, earlier records stay."""
    from readout.pipeline import extract_input
    from readout.inputs import iter_inputs

    db, _, second = seed_database(tmp_path)
    before = stored_snapshot(db)
    records = [extract_input(doc) for doc in iter_inputs([str(second)])]
    with Store(db) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()
        pages = pages[0] if not isinstance(pages, dict) else next(iter(pages.values()))
        store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StoreError) as err:
            for record in records:
                store.ingest(record)
        assert "full" in str(err.value).lower()
        assert "\n" not in str(err.value)
    after = stored_snapshot(db)
    assert {k: after[k] for k in before} == before
    check_sound(db, [str(p) for p in (tmp_path / "first").iterdir()] + [str(p) for p in second.iterdir()])


@pytest.mark.skipif(shutil.which("mount") is None or os.geteuid() != 0, reason="needs root to mount a tmpfs")
def test_really_full_tmpfs(tmp_path):
    """A tiny tmpfs is a real full disk (ENOSPC); skipped where mounting is not allowed."""
    mnt = Path(tempfile.mkdtemp(prefix="readout-full-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True).returncode:
        mnt.rmdir()
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        db, _, second = seed_database(tmp_path)
        shutil.copy(db, mnt / "seed.db")
        for suffix in ("-wal", "-shm"):
            if os.path.exists(db + suffix):
                shutil.copy(db + suffix, str(mnt / "seed.db") + suffix)
        target = str(mnt / "seed.db")
        before = stored_snapshot(target)
        filler = mnt / "filler"
        free = shutil.disk_usage(mnt).free
        filler.write_bytes(b"\0" * max(0, free - 96 * 1024))
        proc = subprocess.run(ingest_args(second, target), capture_output=True, text=True, timeout=120)
        assert proc.returncode != 0
        assert_one_line_errors(proc.stderr)
        filler.unlink()
        after = stored_snapshot(target)
        assert {k: after[k] for k in before} == before
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
        mnt.rmdir()


# -- read-only database ------------------------------------------------------------------------

def as_reader():
    """For the child: a user who may not write the database file (root writes any file)."""
    if os.geteuid() != 0:
        return None

    def apply():
        os.setgid(65534)
        os.setuid(65534)
    return apply


def test_read_only_database_is_a_clear_error_and_loses_nothing(tmp_path):
    db, _, second = seed_database(tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = Path(tempfile.mkdtemp(prefix="readout-ro-"))
    try:
        target = folder / "ro.db"
        shutil.copy(db, target)
        corpus = folder / "corpus"
        shutil.copytree(second, corpus)
        os.chmod(folder, 0o777)
        for path in [corpus, *corpus.iterdir()]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        os.chmod(target, 0o444)
        before = stored_snapshot(str(target))
        proc = subprocess.run(ingest_args(corpus, str(target)), capture_output=True, text=True, timeout=120,
                              preexec_fn=as_reader())
        assert proc.returncode != 0
        assert_one_line_errors(proc.stderr)
        assert "read-only" in proc.stderr.lower() or "readonly" in proc.stderr.lower(), proc.stderr[-500:]
        assert stored_snapshot(str(target)) == before
    finally:
        shutil.rmtree(folder, ignore_errors=True)
