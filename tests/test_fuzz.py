"""Fuzzing in CI: a short atheris run of fuzz/fuzz_extract.py, a short generated-input run of
fuzz/run_fuzz.py, and Hypothesis properties over hostile input (odd Unicode, deep HTML, huge
numbers and dates, random bytes): any input gives a record or a ReadoutError, never another
exception, and the record serialises with orjson and keeps every span inside its text.

The long runs (100k inputs each) are documented in docs/reliability.md.
"""
from __future__ import annotations

import importlib.util
import io
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import readout
from readout.errors import InputError, ReadoutError
from readout.inputs import read_stdin

ROOT = Path(__file__).resolve().parents[1]
FUZZ = ROOT / "fuzz"
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ODD = ["\u200f", "\u200e", "\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200c", "\u200d", "\u2060",
       "\ufeff", "\u00ad", "\u0301", "\u0308", "\u0327", "\u20dd", "\u0336" * 5, "\u2028", "\u2029", "\u0085",
       "\u00a0", "\u3000", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\U0001f600", "\U0001f1ef\U0001f1f5",
       "\u0627\u0644\u0648\u0632\u064a\u0631", "\u05e9\u05e8", "\ufb01", "\u2163", "\uff11\uff12\u6708", "\ufffd",
       "\U000e0041", "\U0010ffff", "I\u0307", "\u0130", "\u1e9e", "ß"]
WORDS = ["On", "May", "20,", "2023,", "Mr.", "HAYASHI", "Yoshimasa,", "Minister", "for", "Foreign", "Affairs",
         "of", "Japan", "held", "a", "meeting", "with", "H.E.", "Dr.", "Park", "Jin", "ROK", "(", ")", "1.",
         "The", "two", "ministers", "agreed", "today", "on Wednesday", "commencing at", "p.m.",
         "approximately", "minutes", "telephone talk", "video conference", "\n", "\n\n", ". "]
TAGS = ["div", "span", "p", "b", "table", "tr", "td", "ul", "li", "section", "article", "main", "figure"]


def module_from(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(record) -> None:
    """The record serialises, and every span indexes into its own text."""
    data = orjson.loads(orjson.dumps(record.as_dict()))
    text = data["document"]["text"]
    assert data["document"]["id"].startswith("sha256:")
    for start, end in data["document"]["captions"]:
        assert 0 <= start <= end <= len(text)
    for meeting in data["meetings"]:
        for name, span in (meeting.get("spans") or {}).items():
            assert 0 <= span[0] <= span[1] <= len(text), (name, span)
        for statement in meeting.get("statements") or []:
            start, end = statement["span"]
            assert 0 <= start <= end <= len(text)
        for person in meeting.get("participants") or []:
            if person.get("span"):
                assert 0 <= person["span"][0] <= person["span"][1] <= len(text)


def extract_checked(text: str, **kwargs) -> None:
    try:
        record = readout.extract(text, **kwargs)
    except ReadoutError as exc:
        assert "\n" not in str(exc)
        return
    check(record)


# -- Hypothesis --------------------------------------------------------------------------------

readout_like = st.lists(st.sampled_from(WORDS + ODD) | st.text(max_size=8), max_size=120).map(" ".join)
no_surrogates = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)


@SETTINGS
@given(text=readout_like | no_surrogates)
@example(text="\u202e" * 5000)
@example(text="\u0301" * 3000 + "Japan")
@example(text="1. " * 3000)
def test_odd_unicode_text_gives_a_record_or_a_readout_error(text):
    extract_checked(text)


@SETTINGS
@given(depth=st.integers(1, 3000), tag=st.sampled_from(TAGS), close=st.booleans(),
       body=readout_like)
def test_deep_html_gives_a_record_or_a_readout_error(depth, tag, close, body):
    html = "<html><body>" + f"<{tag}>" * depth + body + (f"</{tag}>" * depth if close else "") + "</body></html>"
    extract_checked(html, html=True)


@SETTINGS
@given(day=st.integers(-10 ** 30, 10 ** 60), year=st.integers(-10 ** 30, 10 ** 60),
       hour=st.integers(0, 10 ** 40), minutes=st.integers(-10 ** 6, 10 ** 60),
       month=st.sampled_from(["May", "February", "Smarch", "MAY", "Feb.", "13th month"]),
       published=st.none() | st.sampled_from(["0001-01-01", "9999-12-31", "2023-02-30", "not a date", "-5-1-1",
                                              "10000000000-01-01", "2023-05-20T25:61:00Z"]))
def test_huge_numbers_and_dates_give_a_record_or_a_readout_error(day, year, hour, minutes, month, published):
    text = (f"{month} {day}, {year}\n\nOn {month} {day}, {year}, commencing at {hour}:{minutes % 100:02d} p.m., "
            f"Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Dr. Park Jin, "
            f"Minister of Foreign Affairs of the Republic of Korea, for approximately {minutes} minutes, "
            f"and again {day} days later.\n\n1. The two ministers agreed to meet by the end of {year}.")
    extract_checked(text, published=published)


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_random_bytes_on_standard_input_are_records_or_one_line_errors(data):
    for item in read_stdin(io.BytesIO(data)):
        if isinstance(item, InputError):
            assert item.problem and "\n" not in item.problem
            continue
        try:
            check(readout.extract_input(item))
        except ReadoutError as exc:
            assert "\n" not in str(exc)


@SETTINGS
@given(title=st.text(max_size=60), published=st.text(max_size=30), url=st.text(max_size=60),
       publisher=st.text(max_size=40))
def test_odd_metadata_gives_a_record_or_a_readout_error(title, published, url, publisher):
    extract_checked("On May 20, Mr. HAYASHI Yoshimasa met H.E. Dr. Park Jin in Tokyo.\n\n1. They agreed.",
                    title=title, published=published, url=url, publisher=publisher)


@pytest.mark.parametrize("text", ["On May 20, the two ministers met \ud800 in Tokyo.", "\udfff" * 3 + " Japan",
                                  "A\ud83dB: the ROK and Japan held talks."])
def test_lone_surrogates_are_replaced(text):
    record = readout.extract(text)
    check(record)
    assert "\ufffd" in record.document.text


@pytest.mark.parametrize("field", ["url", "publisher"])
def test_lone_surrogates_in_metadata_are_replaced(field):
    record = readout.extract("On May 20, 2023, the two ministers met in Tokyo.", **{field: "https://x.org/\udfff"})
    check(record)


@pytest.mark.parametrize("call", ["metadata", "input_doc"])
def test_lone_surrogates_in_caller_metadata_are_replaced(call):
    from readout.inputs import InputDoc

    text = "On May 20, 2023, the two ministers met in Tokyo."
    if call == "metadata":
        record = readout.extract(text, metadata={"language": "en\udfff"})
    else:
        record = readout.extract_input(InputDoc(source="<x>", text=text, url="https://x.org/\ud800",
                                                publisher="MOFA\udfff"))
    check(record)


def test_numbers_in_front_matter_fields_are_read_as_text(tmp_path):
    from click.testing import CliRunner

    from readout.cli import cli

    path = tmp_path / "numbers.md"
    path.write_text("---\ntitle: 2023\nsource_url: 6478\ndate: 20230520\npublisher: 42\n---\nOn May 20, 2023, "
                    "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, met H.E. Dr. Park Jin.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    document = orjson.loads(result.stdout)["document"]
    assert document["url"] == "6478" and document["publisher"] == "42"


def test_huge_integer_in_front_matter_is_kept_as_text(tmp_path):
    from click.testing import CliRunner

    from readout.cli import cli

    path = tmp_path / "big.md"
    path.write_text("---\ntitle: Talks\nreference: 100000000000000000000000000000\n---\nOn May 20, 2023, "
                    "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, met H.E. Dr. Park Jin.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    assert orjson.loads(result.stdout)["document"]["metadata"]["reference"] in (
        "100000000000000000000000000000", 1e29)


# -- short runs of the fuzzers -----------------------------------------------------------------

def test_generated_inputs_run_without_tracebacks(tmp_path, monkeypatch):
    """fuzz/run_fuzz.py on a few hundred inputs from every generator."""
    run_fuzz = module_from(FUZZ / "run_fuzz.py")
    monkeypatch.setattr(run_fuzz, "ROOT", tmp_path)
    shared = Path(os.environ.get("READOUT_SHARED", ROOT.parent / "shared"))
    failures = run_fuzz.run(500, seed=3, shared=shared)
    saved = sorted((tmp_path / "fuzz" / "failures").glob("*.json")) if failures else []
    assert failures == 0, saved[0].read_text()[-3000:] if saved else failures


def test_short_atheris_run_finds_no_crash(tmp_path):
    """libFuzzer (atheris) from the seed corpus; new inputs go to a scratch folder, not fuzz/corpus."""
    pytest.importorskip("atheris")
    scratch = tmp_path / "new"
    scratch.mkdir()
    proc = subprocess.run(
        [sys.executable, str(FUZZ / "fuzz_extract.py"), str(scratch), str(FUZZ / "corpus"), "-runs=1500",
         "-max_total_time=40", "-seed=1", "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/"],
        capture_output=True, text=True, timeout=180, cwd=tmp_path)
    crashes = list(tmp_path.glob("crash-*")) + list(tmp_path.glob("timeout-*")) + list(tmp_path.glob("oom-*"))
    assert proc.returncode == 0 and not crashes, proc.stderr[-4000:]
    assert "Done" in proc.stderr, proc.stderr[-2000:]
