"""Crash safety: an ingest killed with SIGKILL mid-run leaves a sound database, and a re-run completes it."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readout.store import Store

HERE = Path(__file__).parent / "fixtures" / "store" / "docs"
COPIES = 60


def make_corpus(folder: Path) -> int:
    """Distinct documents made from the fixture readouts (a numbered note keeps each text unique)."""
    folder.mkdir()
    count = 0
    for source in sorted(HERE.iterdir()):
        body = source.read_text(encoding="utf-8")
        for n in range(COPIES):
            if source.suffix == ".json":
                data = json.loads(body)
                data["text"] += f"\n\n(Release number {n}.)"
                data["url"] += f"?n={n}"
                text = json.dumps(data)
            else:
                text = body + f"\n(Release number {n}.)\n"
            (folder / f"{n:03d}-{source.name}").write_text(text, encoding="utf-8")
            count += 1
    return count


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "readout", "ingest", str(corpus), "--db", str(db), "--no-progress"]


def test_sigkill_mid_ingest_then_rerun(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "crash.db"
    total = make_corpus(corpus)
    proc = subprocess.Popen(ingest_command(corpus, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while stored_documents(db) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.fail(f"ingest finished before it could be killed: {proc.communicate()}")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = stored_documents(db)
    assert 0 < killed_at < total

    check_consistent(db)
    rerun = subprocess.run(ingest_command(corpus, db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    done = stored_documents(db)
    assert rerun.stdout == (f"read {total}, new {total - killed_at}, updated 0, "
                            f"unchanged {killed_at}, failed 0\n")
    assert done == total
    check_consistent(db)


def check_consistent(db: Path) -> None:
    """Integrity check passes; each document is stored once and everything derived from it is there."""
    conn = sqlite3.connect(str(db))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
        assert len(ids) == len(set(ids))
        fts = conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        assert fts == len(ids)
    finally:
        conn.close()
    with Store(str(db), readonly=True) as store:
        for doc_id in ids:
            record = store.record(doc_id)
            expected = {
                "meeting_sources": len(record.meetings),
                "participants": sum(len(m.participants) for m in record.meetings),
                "statements": sum(len(m.statements) for m in record.meetings),
            }
            found = {table: store.scalar(f"SELECT count(*) AS n FROM {table} WHERE document_id = ?", [doc_id])
                     for table in expected}
            assert found == expected, doc_id
        orphans = store.scalar("SELECT count(*) AS n FROM meetings WHERE id NOT IN "
                               "(SELECT meeting_id FROM meeting_sources)")
        assert orphans == 0
