"""Limits, from the public surfaces: document size and HTML depth are configurable, and past them
the CLI says so in one exact line (size) or one exact warning (depth), while the batch goes on.

The regular-expression budget is measured in benchmarks/bench_regex.py (growth ratios, not timed
tests); here the whole extractor only has to finish adversarial inputs at all.
"""
from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

import readout
from readout.cli import cli
from readout.clean import DEFAULT_MAX_DEPTH
from readout.inputs import DEFAULT_MAX_BYTES

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "examples" / "japan-kenya-telephone-talk.txt").read_text(encoding="utf-8")
LEAD = "On May 20, 2023, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, met H.E. Dr. Park Jin."


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def nested(depth: int, tag: str = "div") -> str:
    return f"<html><body>{f'<{tag}>' * depth}<p>{LEAD}</p>{f'</{tag}>' * depth}</body></html>"


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


# -- size --------------------------------------------------------------------------------------

def test_a_file_over_the_size_limit_is_one_line_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a-good.txt").write_text(GOOD, encoding="utf-8")
    big = tmp_path / "b-big.txt"
    big.write_text("The two ministers met. " * 60_000, encoding="utf-8")  # 1.38 MB
    (tmp_path / "c-good.txt").write_text(GOOD.replace("Kenya", "Ghana"), encoding="utf-8")
    result = run("extract", "--jsonl", "--max-size", "1", tmp_path)
    assert result.exit_code == 1
    assert result.stderr == f"error: {big}: document is 1.4 MB, over the 1 MB limit\n"
    assert len(records(result.stdout)) == 2


def test_the_size_limit_is_configurable_in_fractions_of_a_megabyte(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(GOOD, encoding="utf-8")  # under 1 kB
    assert run("extract", "--jsonl", "--max-size", "0.01", path).exit_code == 0
    result = run("extract", "--jsonl", "--max-size", "0.0005", path)
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: document is {len(GOOD.encode())} bytes, over the 500 bytes limit\n"


def test_the_default_size_limit_is_20_mb(tmp_path):
    assert DEFAULT_MAX_BYTES == 20_000_000
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(LEAD + "\n")
        handle.write(("x" * 999 + "\n") * 21_000)
    result = run("extract", "--jsonl", path)
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: document is 21.0 MB, over the 20 MB limit\n"
    assert result.stdout == ""


def test_standard_input_over_the_limit(tmp_path):
    result = run("extract", "--jsonl", "--max-size", "0.001", "-", input="The two ministers met. " * 100)
    assert result.exit_code == 1
    assert result.stderr == "error: <stdin>: document is 2.3 kB, over the 1 kB limit\n"


def test_a_json_lines_line_over_the_limit_is_reported_by_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [{"text": GOOD}, {"text": "The two ministers met. " * 200}, {"text": GOOD.replace("Kenya", "Ghana")}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = run("extract", "--jsonl", "--max-size", "0.002", path)
    assert result.exit_code == 1
    size = len(json.dumps(lines[1]).encode()) + 1
    assert result.stderr == f"error: {path}:2: document is {size / 1000:.1f} kB, over the 2 kB limit\n"
    assert len(records(result.stdout)) == 2


@pytest.mark.parametrize("value", ["0", "-1", "abc", ""])
def test_a_nonsense_size_limit_is_a_usage_error(tmp_path, value):
    result = run("extract", "--max-size", value, tmp_path)
    assert result.exit_code == 2
    assert "--max-size" in result.stderr and "Traceback" not in result.stderr


# -- depth -------------------------------------------------------------------------------------

def depth_warning(limit: int) -> str:
    return f"HTML is nested more than {limit} levels deep; read its text without the page structure"


@pytest.mark.parametrize("depth", [DEFAULT_MAX_DEPTH + 1, 1_000, 30_000])
def test_html_deeper_than_the_limit_is_read_as_text_with_one_warning(tmp_path, depth):
    path = tmp_path / "deep.html"
    path.write_text(nested(depth), encoding="utf-8")
    result = run("extract", "--jsonl", path)
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["warnings"].count(depth_warning(DEFAULT_MAX_DEPTH)) == 1
    assert LEAD in record["document"]["text"]
    assert "<div>" not in record["document"]["text"]


def test_html_within_the_limit_keeps_its_structure(tmp_path):
    path = tmp_path / "shallow.html"
    path.write_text(nested(DEFAULT_MAX_DEPTH - 10), encoding="utf-8")
    (record,) = records(run("extract", "--jsonl", path).stdout)
    assert not any("nested more than" in w for w in record["warnings"])
    assert LEAD in record["document"]["text"]


def test_the_depth_limit_is_configurable(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(nested(40), encoding="utf-8")
    (record,) = records(run("extract", "--jsonl", "--max-depth", "20", path).stdout)
    assert depth_warning(20) in record["warnings"]
    (record,) = records(run("extract", "--jsonl", "--max-depth", "100", path).stdout)
    assert not any("nested more than" in w for w in record["warnings"])


@pytest.mark.parametrize("value", ["0", "-5", "deep"])
def test_a_nonsense_depth_limit_is_a_usage_error(tmp_path, value):
    result = run("extract", "--max-depth", value, tmp_path)
    assert result.exit_code == 2
    assert "--max-depth" in result.stderr and "Traceback" not in result.stderr


def test_deep_html_through_the_library_and_stdin(tmp_path):
    record = readout.extract(nested(50_000, "span"), html=True)
    assert depth_warning(DEFAULT_MAX_DEPTH) in record.warnings
    orjson.dumps(record.as_dict())
    result = run("extract", "--jsonl", "-", input=nested(5_000, "table"))
    assert result.exit_code == 0, result.stderr
    assert depth_warning(DEFAULT_MAX_DEPTH) in records(result.stdout)[0]["warnings"]


def test_unclosed_deep_tags_and_deep_inline_markup(tmp_path):
    unclosed = "<html><body>" + "<div><p><b>" * 3_000 + LEAD
    record = readout.extract(unclosed, html=True)
    assert LEAD.split(",")[0] in record.document.text
    inline = "<html><body><p>" + "<b><i>" * 5_000 + LEAD + "</i></b>" * 5_000 + "</p></body></html>"
    record = readout.extract(inline, html=True)
    assert "HAYASHI" in record.document.text


# -- the web app's body limit ------------------------------------------------------------------

def test_the_web_body_limit_is_a_413(tmp_path):
    from fastapi.testclient import TestClient

    from readout.store import Store
    from readout.web import create_app
    from readout.web.app import MAX_BODY_BYTES

    db = str(tmp_path / "w.db")
    Store(db).close()
    client = TestClient(create_app(db, token="t"), raise_server_exceptions=False)
    body = orjson.dumps({"text": "a" * MAX_BODY_BYTES})
    response = client.post("/api/documents", content=body,
                           headers={"authorization": "Bearer t", "content-type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {"ok": False, "error": f"request body over {MAX_BODY_BYTES} bytes", "status": 413}
