"""The store commands through click's runner: exit codes, exact summary and error lines, formats."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from readout.cli import cli

HERE = Path(__file__).parent / "fixtures" / "store"
DOCS = HERE / "docs"
BAD = HERE / "bad"
STORE_COMMANDS = ["ingest", "reindex", "meetings", "person", "office", "search", "stats", "export"]


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.db")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def ingested(db):
    result = run("ingest", DOCS, "--db", db)
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("command", STORE_COMMANDS)
def test_every_help_ends_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert result.output.rstrip().splitlines()[-1].strip().startswith("Example: readout " + command)


def test_ingest_prints_the_summary_and_is_idempotent(db):
    first = run("ingest", DOCS, "--db", db)
    assert (first.exit_code, first.stdout) == (0, "read 3, new 3, updated 0, unchanged 0, failed 0\n")
    second = run("ingest", DOCS, "--db", db)
    assert (second.exit_code, second.stdout) == (0, "read 3, new 0, updated 0, unchanged 3, failed 0\n")


def test_ingest_reports_bad_documents_one_line_each_and_goes_on(db):
    result = run("ingest", BAD / "broken.json", DOCS, BAD / "empty.txt", "--db", db)
    assert result.exit_code == 1
    assert result.stdout == "read 5, new 3, updated 0, unchanged 0, failed 2\n"
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"error: {BAD / 'broken.json'}: ")
    assert errors[1] == f"error: {BAD / 'empty.txt'}: empty document"


def test_ingest_of_a_missing_path_fails(db):
    result = run("ingest", "/no/such/file.txt", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: /no/such/file.txt: ")
    assert result.stdout == "read 1, new 0, updated 0, unchanged 0, failed 1\n"


def test_meetings_json_lists_sources_as_paths_or_urls(db):
    ingested(db)
    result = run("meetings", "--db", db, "--format", "json")
    assert result.exit_code == 0
    meetings = json.loads(result.stdout)
    assert meetings, "the fixture readouts report meetings"
    for m in meetings:
        assert {"id", "date", "format", "countries", "participants", "topics", "sources"} <= set(m)
        assert all(isinstance(s, str) for s in m["sources"])
    sources = {s for m in meetings for s in m["sources"]}
    assert str(DOCS / "mofa-jp-japan-portugal-fm.txt") in sources
    kenya = [m for m in meetings if "KEN" in m["countries"]]
    assert [m["format"] for m in kenya] == ["telephone"]


def test_meetings_filters_and_formats(db):
    ingested(db)
    dyad = json.loads(run("meetings", "--db", db, "--dyad", "KEN-JPN", "--format", "json").stdout)
    assert [m["countries"] for m in dyad] == [["JPN", "KEN"]]
    assert json.loads(run("meetings", "--db", db, "--since", "2024-03", "--country", "KEN",
                          "--format", "json").stdout) == []
    rows = list(csv.DictReader(io.StringIO(run("meetings", "--db", db, "--country", "KEN", "--format", "csv").stdout)))
    assert [r["countries"] for r in rows] == ["JPN KEN"]
    table = run("meetings", "--db", db, "--mode", "telephone").stdout.splitlines()
    assert table[0].split() == ["id", "date", "level", "format", "countries", "principals", "sources"]
    assert table[-1] == "1 meeting(s)"
    bad = run("meetings", "--db", db, "--dyad", "JPN")
    assert bad.exit_code == 2 and bad.stderr.startswith("error: JPN: a dyad is two different country codes")


def test_person_search_stats(db):
    ingested(db)
    person = run("person", "KISHIDA Fumio", "--db", db)
    assert person.exit_code == 0 and person.stdout.startswith("Fumio Kishida (JPN)")
    assert "office: Prime Minister (JPN), seen 2024-02-14 to 2024-02-14" in person.stdout
    office = run("office", "Prime Minister of Japan", "--country", "JPN", "--on", "2024", "--db", db)
    assert office.stdout == "Fumio Kishida (JPN): Prime Minister, seen 2024-02-14 to 2024-02-14 (1 mention(s))\n"
    missing = run("person", "Nobody Atall", "--db", db)
    assert (missing.exit_code, missing.stderr) == (1, "error: Nobody Atall: no such person in the store\n")
    hits = json.loads(run("search", "maritime", "--db", db, "--format", "json").stdout)
    assert len(hits) == 2 and all("[maritime]" in h["snippet"].lower() for h in hits)
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert stats["counts"]["documents"] == 3 and stats["backend"] == "sqlite"
    assert run("stats", "--db", db).stdout.startswith("backend: sqlite, schema version 4\n")


def test_query_commands_do_not_create_a_database(tmp_path):
    result = run("meetings", "--db", tmp_path / "absent.db")
    assert result.exit_code == 2 and "no such database" in result.stderr
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_tables(db, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    ingested(db)
    out = tmp_path / "out"
    result = run("export", "--db", db, "--to", fmt, "--out", out)
    assert result.exit_code == 0
    assert (out / f"meetings.{fmt}").exists() and (out / f"documents.{fmt}").exists()
    pandas = pytest.importorskip("pandas")
    read = {"csv": pandas.read_csv, "jsonl": lambda p: pandas.read_json(p, lines=True),
            "parquet": pandas.read_parquet}[fmt]
    meetings = read(out / f"meetings.{fmt}")
    assert len(meetings) == json.loads(run("stats", "--db", db, "--format", "json").stdout)["counts"]["meetings"]
    assert "raw" not in read(out / f"documents.{fmt}").columns


def test_export_plover_and_cameo(db, tmp_path):
    import importlib.util

    from readout.store import Store
    spec = importlib.util.spec_from_file_location("store_builder", HERE / "builder.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    with Store(db) as store:
        store.ingest(builder.build(builder.load_docs()["mofa-jp-fm"]))
    out = tmp_path / "events"
    assert run("export", "--db", db, "--to", "plover", "--out", out).exit_code == 0
    assert run("export", "--db", db, "--to", "cameo", "--out", out).exit_code == 0
    events = [json.loads(line) for line in (out / "events.plover.jsonl").read_text().splitlines()]
    assert [(e["actor"], e["recipient"], e["event"]) for e in events] == [
        ("JPN", "KOR", "COOPERATE"), ("JPN", "KOR", "AGREE"), ("KOR", "JPN", "AGREE"), ("KOR", "JPN", "CONSULT")]
    first = events[0]
    assert first["date"] == "2022-07-18" and first["context"] == ["high_level_exchanges"]
    assert first["event_text"] == "Minister Hayashi welcomed Minister Park's first visit to Japan since taking office."
    assert first["cite"]["url"] == "https://www.mofa.go.jp/a_o/na/kr/page_test_001.html"
    assert first["cite"]["publisher"] == "Ministry of Foreign Affairs of Japan"
    rows = [r.split("\t") for r in (out / "events.cameo.tsv").read_text().splitlines()]
    assert rows[0][:7] == ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
                           "Event Text", "CAMEO Code"]
    assert all(len(r) == 20 for r in rows)
    assert [(r[1], r[2], r[6], r[8]) for r in rows[1:3]] == [("2022-07-18", "Japan", "051", "South Korea"),
                                                             ("2022-07-18", "Japan", "030", "South Korea")]
    assert rows[1][14] == "Tokyo"


def test_reindex_with_the_same_extractor_changes_nothing(db):
    ingested(db)
    result = run("reindex", "--db", db)
    assert (result.exit_code, result.stdout) == (0, "read 0, new 0, updated 0, unchanged 0, failed 0\n")
    everything = run("reindex", "--all", "--db", db)
    assert (everything.exit_code, everything.stdout) == (0, "read 3, new 0, updated 0, unchanged 3, failed 0\n")


def test_ingest_reads_standard_input(db):
    text = (DOCS / "kantei-japan-kenya-telephone.txt").read_bytes()
    result = CliRunner().invoke(cli, ["ingest", "-", "--db", db], input=text)
    assert (result.exit_code, result.stdout) == (0, "read 1, new 1, updated 0, unchanged 0, failed 0\n")
    again = run("ingest", DOCS / "kantei-japan-kenya-telephone.txt", "--db", db)
    assert again.stdout == "read 1, new 0, updated 0, unchanged 1, failed 0\n"  # same text, same document
