"""`readout extract` through click's runner and once as a real process: output, errors, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from readout.cli import cli

ROOT = Path(__file__).resolve().parents[1]
INPUTS = Path(__file__).parent / "fixtures" / "inputs"
EXAMPLES = ROOT / "examples"


def run(*args, input=None):
    return CliRunner().invoke(cli, ["extract", *map(str, args)], input=input)


def test_single_document_is_pretty_json():
    result = run(INPUTS / "mofa-style.txt")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith('{\n  "schema": "readout-record/1"')
    record = json.loads(result.stdout)
    assert record["document"]["source"].endswith("mofa-style.txt")
    assert record["document"]["is_readout"] is True
    assert result.stderr == ""


def test_several_documents_without_jsonl_are_a_json_array():
    result = run(INPUTS / "mofa-style.txt", INPUTS / "doc.json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["document"]["source"].rsplit("/", 1)[-1] for r in records] == ["mofa-style.txt", "doc.json"]


def test_jsonl_one_record_per_line_for_a_directory():
    result = run("--jsonl", EXAMPLES)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len([p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html", ".md", ".json")])
    assert all(json.loads(line)["schema"] == "readout-record/1" for line in lines)


def test_bad_documents_get_one_error_line_each_and_the_rest_go_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    result = run("--jsonl", empty, INPUTS / "mofa-style.txt", binary, INPUTS / "no-text.json",
                 INPUTS / "broken.json", INPUTS / "no-body.html", tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.splitlines() == [
        f"error: {empty}: empty document",
        f"error: {binary}: binary file (contains NUL bytes), not text",
        f"error: {INPUTS / 'no-text.json'}: JSON document has no \"text\" or \"html\"",
        f"error: {INPUTS / 'broken.json'}: not valid JSON: unexpected control character in string (line 1, column 27)",
        f"error: {INPUTS / 'no-body.html'}: HTML has no text in its body",
        f"error: {tmp_path / 'missing.txt'}: no such file",
    ]


def test_jsonl_input_reports_bad_lines_by_line_number():
    result = run("--jsonl", INPUTS / "docs.jsonl")
    assert result.exit_code == 1
    sources = [json.loads(line)["document"]["source"] for line in result.stdout.splitlines()]
    assert sources == [f"{INPUTS / 'docs.jsonl'}:1", f"{INPUTS / 'docs.jsonl'}:5"]
    assert [line.split(": ", 2)[1] for line in result.stderr.splitlines()] == [
        f"{INPUTS / 'docs.jsonl'}:3", f"{INPUTS / 'docs.jsonl'}:4"]


def test_large_file_error_message(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Ministers met. " * 200)
    result = run("--max-size", "0.001", path)
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: document is 3.0 kB, over the 1 kB limit\n"


def test_stdin_dash():
    result = run("--jsonl", "-", input="Foreign Minister Ito met Foreign Minister Vega in Lima today.")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["document"]["source"] == "<stdin>"
    assert record["document"]["text"] == "Foreign Minister Ito met Foreign Minister Vega in Lima today."


def test_invalid_utf8_gives_a_record_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Foreign Minister Ito met Minister Pe\u00f1a in Bogot\u00e1.".encode("latin-1"))
    result = run("--jsonl", path)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["warnings"][0].startswith("invalid UTF-8 at byte 36: 2 undecodable byte sequence(s)")


def test_unexpected_exception_in_one_document_is_one_error_line(monkeypatch):
    import readout.pipeline as pipeline

    real = pipeline.extract_input

    def explode(doc, **kwargs):
        if doc.source.endswith("doc.json"):
            raise KeyError("boom")
        return real(doc, **kwargs)

    monkeypatch.setattr(pipeline, "extract_input", explode)
    result = run("--jsonl", INPUTS / "doc.json", INPUTS / "mofa-style.txt")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == (f"error: {INPUTS / 'doc.json'}: internal error: KeyError: 'boom' "
                             "(please report this document)\n")
    assert "Traceback" not in result.stderr


def test_exception_inside_a_stage_names_the_stage_and_the_batch_goes_on(monkeypatch):
    import readout.pipeline as pipeline

    real = pipeline.extract_meetings

    def explode(document):
        if "Chile" in document.text:
            raise ValueError("bad span")
        return real(document)

    monkeypatch.setattr(pipeline, "extract_meetings", explode)
    result = run("--jsonl", INPUTS / "mofa-style.txt", INPUTS / "doc.json")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1  # the other document is still extracted
    assert result.stderr == (f"error: {INPUTS / 'mofa-style.txt'}: internal error in the header stage: "
                             "ValueError: bad span (please report this document)\n")


def test_usage_errors_exit_2():
    assert run().exit_code == 2
    assert run("--no-such-option", INPUTS / "doc.json").exit_code == 2
    both = run("--jsonl", "--explain", INPUTS / "doc.json")
    assert both.exit_code == 2 and "--jsonl and --explain cannot be used together" in both.stderr


def test_help_ends_with_an_example():
    result = run("--help")
    assert result.exit_code == 0
    assert result.stdout.rstrip().splitlines()[-1].strip().startswith("Example: readout extract")


def test_explain_uses_render_explain_or_says_it_is_missing():
    result = run("--explain", INPUTS / "mofa-style.txt")
    try:
        import readout.explain  # noqa: F401
    except ImportError:
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: --explain is not available in this installation")
    else:
        assert result.exit_code == 0, result.stderr
        assert "Japan-Chile" in result.stdout


def test_real_process_exit_codes_and_messages(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    command = [sys.executable, "-m", "readout", "extract", "--jsonl", str(empty), str(INPUTS / "mofa-style.txt")]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 1
    assert done.stderr == f"error: {empty}: empty document\n"
    assert json.loads(done.stdout)["document"]["is_readout"] is True
    # An internal error is one line without --verbose, never a logged traceback.
    bad = tmp_path / "bad.json"
    bad.write_text('{"text": "x", "published": 5}')
    done = subprocess.run([sys.executable, "-m", "readout", "extract", str(bad)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert (done.returncode, done.stderr) == (1, f'error: {bad}: "published" must be a string, not int\n')
    ok = subprocess.run([sys.executable, "-m", "readout", "extract", str(EXAMPLES / "white-house-call-readout.json")],
                        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert ok.returncode == 0 and ok.stderr == ""
    assert json.loads(ok.stdout)["document"]["publisher"] == "The White House"


def test_fast_serialisation_equals_as_dict():
    import orjson

    from readout.cli.extract_cmd import dumps_record
    from readout.inputs import iter_inputs
    from readout.pipeline import extract_input

    for doc in iter_inputs([str(EXAMPLES), str(INPUTS / "docs.jsonl")]):
        if isinstance(doc, Exception):
            continue
        record = extract_input(doc)
        assert dumps_record(record) == orjson.dumps(record.as_dict())
        assert json.loads(dumps_record(record, pretty=True)) == record.as_dict()


def test_importing_the_cli_loads_no_extraction_or_compare_modules():
    # Start-up: `readout --help`, the store and the web app must not pay for compiling the rules.
    code = ("import sys, readout.cli; "
            "print(sorted(m for m in ('readout.header', 'readout.pipeline', 'readout.compare', 'readout.statements')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_public_names_load_on_first_use():
    code = ("import sys, readout; from readout import *; "
            "assert readout.extract.__module__ == 'readout.pipeline'; "
            "assert readout.compare_records.__module__ == 'readout.compare'; "
            "assert 'open' in dir(readout) and 'Record' in dir(readout); "
            "print(readout.extract('Prime Minister Kishida of Japan met with President Yoon of Korea.').schema)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "readout-record/1"


def test_unknown_attribute_is_an_attribute_error():
    import readout

    try:
        readout.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("readout.no_such_name resolved")
