"""Property tests: any text (or page, or bytes) gives a schema-valid record or a clear InputError."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readout import extract
from readout.clean import normalize_text
from readout.errors import InputError
from readout.inputs import parse_bytes

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "shared" / "spec" / "record.schema.json"
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "Japan-ROK Relations", "May 20, 2023", "(Photo) Foreign Ministers' Meeting", "Readout of",
    "On May 20, commencing at 2:20 p.m., Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan,",
    "held a meeting with H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea,",
    "who is visiting Japan, for approximately 50 minutes.", "1. The two ministers welcomed",
    "President Biden spoke today with Prime Minister Kishida", "will visit", "Press Conference",
    "Q:", "MODERATOR:", "SEOUL, May 12 (Yonhap) --", "today", "on Wednesday", "\n", "\n\n", " ",
    "\u00a0", "\u200b", "\r\n", "<sup>st</sup>", "Photo: Yonhap", "—", "“", "”", "日・韓外相会談",
]


@pytest.fixture(scope="module")
def validate():
    """A validator for readout-record/1, or a no-op with the reason when ../shared is absent."""
    if not SCHEMA_PATH.exists():
        return None
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return validator.validate


def check_record(record, validate) -> None:
    data = json.loads(json.dumps(record.as_dict()))
    text = data["document"]["text"]
    for start, end in data["document"]["captions"]:
        assert 0 <= start <= end <= len(text)
    assert normalize_text(text) == text
    if validate is not None:
        validate(data)


def extract_or_error(text, **kwargs):
    try:
        return extract(text, **kwargs)
    except InputError as exc:
        assert exc.problem and "\n" not in exc.problem
        return None


@SETTINGS
@given(st.text(max_size=600))
def test_any_text_gives_a_valid_record_or_a_clear_error(validate, text):
    record = extract_or_error(text)
    if record is None:
        assert not normalize_text(text) or text.lstrip()[:1] == "<"
    else:
        check_record(record, validate)


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30).map(" ".join),
       st.sampled_from([None, "2023-05-20", "not a date"]))
def test_readout_like_text_gives_a_valid_record(validate, text, published):
    record = extract_or_error(text, published=published)
    if record is not None:
        check_record(record, validate)


@SETTINGS
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<br>", "<nav>", "</nav>", "<figcaption>",
                                 "<script>", "</script>", "<main>", "<h1>", "</h1>", "<ol>", "<li>", "&amp;",
                                 "The ministers met.", "(Photo)", "<", ">", "<!--", "-->"]),
                max_size=40).map("".join))
def test_any_page_gives_a_valid_record_or_a_clear_error(validate, body):
    record = extract_or_error(f"<html><body>{body}</body></html>", html=True)
    if record is not None:
        check_record(record, validate)


@SETTINGS
@given(st.binary(max_size=300), st.sampled_from([".txt", ".html", ".md", ".json"]))
def test_any_bytes_give_a_document_or_a_clear_error(raw, suffix):
    try:
        doc = parse_bytes(raw, "x" + suffix, suffix)
    except InputError as exc:
        assert exc.problem and "\n" not in exc.problem
        return
    assert doc.text is not None or doc.html is not None


@SETTINGS
@given(st.text(max_size=300))
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_schema_is_found_or_skipped_with_a_reason():
    if not SCHEMA_PATH.exists():
        pytest.skip(f"{SCHEMA_PATH} not found: the schema lives in ../shared beside the project; "
                    "the property tests above still ran extraction without validating")
    assert json.loads(SCHEMA_PATH.read_text())["$id"] == "readout-record/1"


JAPANESE_FRAGMENTS = [
    "令和5年3月10日", "本10日，", "午後8時30分から", "約30分間，", "林健一外務大臣は，", "アナ・シルバ・ポルトガル共和国外務大臣",
    "（H.E. Ms. Ana Silva, Minister of Foreign Affairs of the Portuguese Republic）", "と電話会談を行いました。",
    "と外相会談を行う予定です。", "訪日中の", "イタリアを訪問中の", "日・ポルトガル外相会談", "1　", "両大臣は，",
    "「", "」と述べました。", "ことで一致しました。", "謝意を表明するとともに，", "評価し，", "先方から，", "\n", "。",
    "，", "日米", "中", "6月31日", "25時70分から",
]


@SETTINGS
@given(st.lists(st.sampled_from(JAPANESE_FRAGMENTS), min_size=1, max_size=40).map("".join),
       st.sampled_from([None, "2023-03-10"]))
def test_japanese_readout_like_text_gives_a_valid_record(validate, text, published):
    record = extract_or_error(text, published=published)
    if record is not None:
        check_record(record, validate)
        for meeting in record.meetings:
            for statement in meeting.statements:
                assert record.document.text[statement.span[0]:statement.span[1]] == statement.text
