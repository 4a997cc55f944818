"""The Dask engine gives the single-process records, byte for byte, and ingests idempotently."""
from __future__ import annotations

import io
import os
from pathlib import Path

import orjson
import pytest

from readout import scale
from readout.errors import InputError, ReadoutError
from readout.pipeline import iter_records

distributed = pytest.importorskip("distributed", reason="the Dask engine needs dask[distributed]")

SCALE = Path(__file__).resolve().parent / "fixtures" / "scale"


@pytest.fixture(scope="module")
def cluster():
    """One local cluster of 2 worker processes, shared by this module's tests."""
    with scale.local_cluster(2) as local:
        yield local


def single_process(paths) -> list[tuple]:
    """What `readout extract --jsonl` writes per document: record JSON, or (source, problem)."""
    return [(item.source, item.problem) if isinstance(item, InputError)
            else orjson.dumps(item.as_dict()) for item in iter_records([str(p) for p in paths])]


def with_dask(paths, scheduler=None, partitions=None, **kwargs) -> list[tuple]:
    return [(item.source, item.problem) if isinstance(item, InputError) else item
            for item in scale.iter_extract_dask([str(p) for p in paths], scheduler, partitions, **kwargs)]


def sorted_by_source(items: list) -> list:
    return sorted(items, key=lambda item: item[0] if isinstance(item, tuple) else orjson.loads(item)["document"]["source"])


def test_real_readouts_on_two_workers_equal_single_process(cluster, wh_readouts):
    # The whole White House corpus (1,363 real readouts), cut into 8 byte ranges.
    expected = single_process([wh_readouts])
    got = with_dask([wh_readouts], cluster.scheduler_address, partitions=8)
    assert len(got) == len(expected) > 1000
    assert sorted_by_source(got) == sorted_by_source(expected)
    assert got == expected  # and in input order


def test_jsonl_ranges_keep_line_numbers_and_errors(cluster):
    path = SCALE / "readouts.jsonl"
    expected = single_process([path])
    for partitions in (1, 3, 6):
        assert with_dask([path], cluster.scheduler_address, partitions=partitions) == expected
    sources = [item[0] if isinstance(item, tuple) else orjson.loads(item)["document"]["source"]
               for item in expected]
    assert sources == [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7, 10)]
    assert [item[1] for item in expected if isinstance(item, tuple)][1] == 'JSON document has no "text" or "html"'


def test_directories_and_missing_files_as_in_one_process(cluster, tmp_path):
    paths = [SCALE / "pages", tmp_path / "missing.txt", SCALE / "readouts.jsonl"]
    expected = single_process(paths)
    assert with_dask(paths, cluster.scheduler_address, partitions=2) == expected
    errors = [item for item in expected if isinstance(item, tuple)]
    assert (str(tmp_path / "missing.txt"), "no such file") in errors


def test_local_cluster_is_started_when_no_scheduler_is_given():
    path = SCALE / "readouts.jsonl"
    summary = scale.Summary()
    errors = []
    records = list(scale.extract_dask([str(path)], workers=1, partitions=2, on_error=errors.append,
                                      summary=summary))
    assert [r["document"]["source"] for r in records] == [f"{path}:{n}" for n in (1, 2, 4, 7, 10)]
    assert [e.source for e in errors] == [f"{path}:5", f"{path}:6"]
    assert (summary.read, summary.failed, summary.partitions) == (7, 2, 2)


def test_write_jsonl_counts_failures(cluster):
    out, errors = io.BytesIO(), []
    failed = scale.write_jsonl_dask([str(SCALE / "readouts.jsonl")], out, cluster.scheduler_address,
                                    partitions=2, on_error=errors.append)
    assert failed == 2 == len(errors)
    assert out.getvalue().count(b"\n") == 5


def test_split_jsonl_cuts_at_newlines_with_line_numbers(tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_bytes(b'{"text": "a"}\n\n{"text": "bb"}\n{"text": "ccc"}\n\n\n{"text": "dddd"}\n')
    unit = scale.Unit("file", path=str(path), source=str(path), size=path.stat().st_size)
    ranges = scale.split_jsonl(unit, 16)
    data = path.read_bytes()
    assert b"".join(data[r.start:r.end] for r in ranges) == data
    assert all(data[r.end - 1:r.end] == b"\n" for r in ranges)
    assert [r.first_line for r in ranges] == [1 + data[:r.start].count(b"\n") for r in ranges]


def test_blank_jsonl_file_stays_one_empty_document(tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_bytes(b"\n" * 100)
    unit = scale.Unit("file", path=str(path), source=str(path), size=100)
    assert scale.split_jsonl(unit, 10) == [unit]


def test_partitions_must_be_positive():
    with pytest.raises(ReadoutError, match="at least 1"):
        scale.plan_partitions([], 0, threads=2)


def test_ingest_via_dask_is_idempotent(cluster, tmp_path):
    pytest.importorskip("readout.store.ingest", reason="the store's ingest is not built yet")
    from readout.store import Store

    db = str(tmp_path / "scale.db")
    path = str(SCALE / "readouts.jsonl")
    first = scale.ingest_dask([path], db, cluster.scheduler_address, partitions=3)
    assert first.counts() == {"read": 7, "new": 5, "updated": 0, "unchanged": 0, "failed": 2}
    with Store(db) as store:
        counts = store.stats()
    assert counts  # the store says what it holds
    second = scale.ingest_dask([path], db, cluster.scheduler_address, partitions=2)
    assert second.counts() == {"read": 7, "new": 0, "updated": 0, "unchanged": 5, "failed": 2}
    with Store(db) as store:
        assert store.stats() == counts


def test_records_from_dask_behave_as_records(cluster):
    path = SCALE / "readouts.jsonl"
    items = list(scale.iter_records_dask([str(path)], cluster.scheduler_address, partitions=2))
    records = [item for item in items if not isinstance(item, InputError)]
    assert [orjson.dumps(r.as_dict()) for r in records] == [b for b in single_process([path]) if isinstance(b, bytes)]
    assert records[1].document.source == f"{path}:2"


@pytest.mark.postgres
def test_ingest_via_dask_into_postgresql_is_idempotent(cluster, tmp_path):
    pytest.importorskip("readout.store.ingest", reason="the store's ingest is not built yet")
    url = _scratch_postgres_database("readout_scale_test")
    from readout.store import Store

    path = str(SCALE / "readouts.jsonl")
    first = scale.ingest_dask([path], url, cluster.scheduler_address, partitions=3)
    assert first.counts() == {"read": 7, "new": 5, "updated": 0, "unchanged": 0, "failed": 2}
    with Store(url) as store:
        counts = store.stats()
    second = scale.ingest_dask([path], url, cluster.scheduler_address, partitions=1)
    assert second.counts() == {"read": 7, "new": 0, "updated": 0, "unchanged": 5, "failed": 2}
    with Store(url) as store:
        assert store.stats() == counts


def _scratch_postgres_database(name: str) -> str:
    """An empty database `name` beside READOUT_TEST_PG's, so the store's own tests are not touched."""
    import os

    base = os.environ.get("READOUT_TEST_PG")
    if not base:
        pytest.skip("READOUT_TEST_PG is not set: no PostgreSQL server to test against")
    psycopg = pytest.importorskip("psycopg")
    with psycopg.connect(base, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    url = base.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


def test_dask_ingest_after_single_process_ingest_changes_nothing(cluster, tmp_path):
    pytest.importorskip("readout.store.ingest", reason="the store's ingest is not built yet")
    from readout.store import Store

    db, path = str(tmp_path / "both.db"), SCALE / "readouts.jsonl"
    with Store(db) as store:
        outcomes = [store.ingest(item) for item in iter_records([str(path)]) if not isinstance(item, InputError)]
        assert outcomes == ["new"] * 5
        counts = store.stats()["counts"]
    again = scale.ingest_dask([str(path)], db, cluster.scheduler_address, partitions=2)
    assert again.counts()["unchanged"] == 5
    with Store(db) as store:
        assert store.stats()["counts"] == counts


def test_relative_paths_are_read_by_workers_in_another_directory(cluster, tmp_path, monkeypatch):
    # regression: workers started elsewhere (dask worker on another machine) got relative paths
    monkeypatch.chdir(SCALE)
    expected = single_process(["readouts.jsonl"])
    with distributed.Client(cluster) as client:
        before = client.run(os.getcwd)
        client.run(os.chdir, str(tmp_path))
        try:
            got = with_dask(["readouts.jsonl"], cluster.scheduler_address, partitions=2)
        finally:
            for address, cwd in before.items():
                client.run(os.chdir, cwd, workers=[address])
    assert got == expected
    assert orjson.loads(got[0])["document"]["source"] == "readouts.jsonl:1"


def test_engine_options_parse_and_check():
    import click
    from click.testing import CliRunner

    @click.command()
    @scale.engine_options
    def command(engine, scheduler, partitions, workers):
        scale.check_engine_options(engine, scheduler, partitions, workers)
        click.echo(f"{engine} {scheduler} {partitions} {workers}")

    runner = CliRunner()
    assert runner.invoke(command, ["--engine", "dask", "--partitions", "8"]).output == "dask None 8 None\n"
    refused = runner.invoke(command, ["--partitions", "8"])
    assert refused.exit_code == 2 and "--partitions needs --engine dask." in refused.output
    assert runner.invoke(command, ["--engine", "dask", "--partitions", "0"]).exit_code == 2
    both = runner.invoke(command, ["--engine", "dask", "--scheduler", "tcp://h:8786", "--workers", "2"])
    assert both.exit_code == 2 and "--workers sizes a local cluster" in both.output


def test_unreachable_scheduler_is_one_clear_error():
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(ReadoutError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
            list(scale.iter_extract_dask([str(SCALE / "readouts.jsonl")], "tcp://127.0.0.1:9"))


def test_a_record_the_store_refuses_fails_alone(cluster, tmp_path, monkeypatch):
    pytest.importorskip("readout.store.ingest", reason="the store's ingest is not built yet")
    from readout.errors import StoreError
    from readout.store import Store

    original = Store.ingest
    path = SCALE / "readouts.jsonl"

    def refuse_line_4(self, record, raw=None, fetch=None):
        if record.document.source == f"{path}:4":
            raise StoreError("disk full (simulated)")
        return original(self, record, raw=raw, fetch=fetch)

    monkeypatch.setattr(Store, "ingest", refuse_line_4)
    errors, ticks = [], []
    summary = scale.ingest_dask([str(path)], str(tmp_path / "refused.db"), cluster.scheduler_address,
                                on_error=errors.append, on_progress=lambda: ticks.append(1))
    assert summary.counts() == {"read": 7, "new": 4, "updated": 0, "unchanged": 0, "failed": 3}
    assert (f"{path}:4", "cannot be stored: disk full (simulated)") in [(e.source, e.problem) for e in errors]
    assert len(ticks) == 7
    with Store(str(tmp_path / "refused.db")) as store:
        assert store.stats()["counts"]["documents"] == 4


def test_standard_input_is_read_by_the_client_and_split(cluster):
    data = (SCALE / "readouts.jsonl").read_bytes()
    expected = [(i.source, i.problem) if isinstance(i, InputError) else orjson.dumps(i.as_dict())
                for i in iter_records(["-"], stdin=io.BytesIO(data))]
    got = with_dask(["-"], cluster.scheduler_address, partitions=3, stdin=io.BytesIO(data))
    assert got == expected
    assert orjson.loads(got[0])["document"]["source"] == "<stdin>:1"


def test_direct_fetch_is_chosen_by_environment(monkeypatch):
    monkeypatch.delenv("READOUT_DASK_DIRECT", raising=False)
    assert scale.direct_to_workers() is None
    monkeypatch.setenv("READOUT_DASK_DIRECT", "1")
    assert scale.direct_to_workers() is True
    monkeypatch.setenv("READOUT_DASK_DIRECT", "0")
    assert scale.direct_to_workers() is False


def test_packed_partition_holds_the_partition_rows():
    """What a worker sends back (one pickled bytes object) unpacks to extract_partition's rows."""
    import pickle

    units = scale.plan_units([str(SCALE / "readouts.jsonl")])
    packed = scale.extract_partition_packed(units)
    assert isinstance(packed, bytes)
    rows = pickle.loads(packed)
    assert rows == scale.extract_partition(units)
    assert any(body is None for body, _, _ in rows) and any(body for body, _, _ in rows)  # errors and records
