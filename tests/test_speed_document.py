"""The faster clean/document/record/inputs paths answer exactly as the plain ones they replaced.

Each test compares a fast path with a straightforward statement of the same rule (written out
here) over hand-picked edge cases and seeded random inputs.
"""
from __future__ import annotations

import random
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from urllib.parse import urlsplit

import orjson
import pytest

from readout import document
from readout.clean import _wrap_width, normalize_text, unwrap_lines
from readout.document import PhraseMatcher, is_news_host, publisher_from_url, tokenize
from readout.errors import InputError
from readout.inputs import decode_bytes, iter_jsonl_lines, parse_jsonl_bytes, parse_jsonl_line
from readout.record import (Commitment, Document, Location, Meeting, Participant, Record, Reference,
                            Statement, dumps_record)

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- clean

@pytest.mark.parametrize("raw, expected", [
    ("a\ud800b", "a\ufffdb"),  # a lone surrogate, found in the same scan as the other specials
    ("a\u00a0\ud800\u200bb\tc", "a \ufffdb c"),
    ("x\udfff\r\ny", "x\ufffd\ny"),
    ("a" + " " * 9 + "b", "a b"),  # one substitution for any run, as the halving loop did
    ("a \u00a0 \u3000 b", "a b"),
    (" \n a \n\n\n\n b \n", "a\n\nb"),
    ("e\u0301\u00a0\u00a0x", "\u00e9 x"),
])
def test_normalize_edge_cases(raw, expected):
    assert normalize_text(raw) == expected


def _plain_wrap_width(text: str) -> int:
    """_wrap_width as first written: one pass per condition over the lines."""
    lines = text.split("\n")
    if len(lines) < 4:
        return 0
    lengths = [len(line) for line in lines]
    if any(n > 100 and not (max(map(len, line.split(" "))) >= 40
                            and len(line) - max(map(len, line.split(" "))) <= 60)
           for n, line in zip(lengths, lines)):
        return 0
    width = max((n for n in lengths if n <= 100), default=0)
    if width < 40:
        return 0
    wrapped = sum(1 for line in lines if len(line) >= width - 22)
    return width if wrapped >= 3 and wrapped * 2 >= len(lines) - lines.count("") - 1 else 0


def _random_wrapped_text(rnd: random.Random) -> str:
    width = rnd.randint(30, 110)
    lines = []
    for _ in range(rnd.randint(1, 25)):
        pick = rnd.random()
        if pick < 0.1:
            lines.append("")
        elif pick < 0.2:
            lines.append(rnd.choice(["- ", "1. ", "(a) ", "(3)", "• ", "12) ", "-x"]) + "item " * rnd.randint(0, 12))
        elif pick < 0.25:
            lines.append("y" * rnd.randint(30, 150) + rnd.choice(["", " z", " " + "w " * 40]))
        else:
            size = rnd.randint(max(0, width - 30), width + rnd.choice([0, 0, 5, 50]))
            lines.append(("the minister met " * 20)[:size].rstrip())
    return "\n".join(lines)


def test_wrap_width_matches_the_plain_statement():
    rnd = random.Random(20261126)
    for _ in range(3000):
        text = _random_wrapped_text(rnd)
        assert _wrap_width(text) == _plain_wrap_width(text), text
        assert unwrap_lines(text).replace(" ", "\n").count("\n") == text.replace(" ", "\n").count("\n")


# ---------------------------------------------------------------- document

@pytest.mark.parametrize("text", ["", "  ", "Readout: the U.S.–Japan talks’ 2nd round…", "café İstanbul ﬁx",
                                  "a\u3000b\xa0c\u2028d\x1ce\x85f", "日本と中国", "..,,", "x9 9x", "\n\t"])
def test_tokenize_is_the_findall_definition(text):
    assert tokenize(text) == re.findall(r"[a-z0-9]+|[^\sa-z0-9]", text.lower())


def test_tokenize_on_random_text():
    rnd = random.Random(5)
    alphabet = ["a", "Z", "7", " ", "\n", "\t", ".", ",", "’", "é", "İ", "ß", "\u3000", "\xa0", "日", "-", "\x1c",
                "\u2028", "\u200b", "ﬁ", "(", "\ud800"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 15)))
        assert tokenize(text) == re.findall(r"[a-z0-9]+|[^\sa-z0-9]", text.lower()), repr(text)


def test_regex_and_str_split_agree_on_whitespace():
    """tokenize relies on it: \\s in a pattern and str.split() without arguments."""
    for code in range(0x110000):
        char = chr(code)
        assert (re.fullmatch(r"\s", char) is not None) == char.isspace() == (f"a{char}b".split() == ["a", "b"])


def _plain_scan(groups: dict[str, list[str]], tokens: list[str]) -> tuple[dict, dict]:
    """The cue scan without an index: at each token, every cue of two or more words, then every
    one-word-start cue, in rules order; a match uses up its first segment."""
    cues = [(tuple(tuple(tokenize(part)) for part in phrase.split("…")), group)
            for group, phrases in groups.items() for phrase in phrases]
    ordered = [c for c in cues if len(c[0][0]) >= 2] + [c for c in cues if len(c[0][0]) == 1]
    first, counts, i = {}, {}, 0
    while i < len(tokens):
        for segments, group in ordered:
            if tuple(tokens[i:i + len(segments[0])]) != segments[0]:
                continue
            pos, ok = i + len(segments[0]), True
            for segment in segments[1:]:
                for j in range(pos, min(pos + 12, len(tokens))):
                    if tokens[j] in {".", "!", "?", "。", "\n"}:
                        ok = False
                        break
                    if tuple(tokens[j:j + len(segment)]) == segment:
                        pos = j + len(segment)
                        break
                else:
                    ok = False
                if not ok:
                    break
            if ok:
                first.setdefault(group, i)
                counts[group] = counts.get(group, 0) + 1
                i += len(segments[0]) - 1
                break
        i += 1
    return first, counts


def test_indexed_phrase_matcher_matches_the_plain_scan():
    groups = {"held": ["held … meeting", "held talks", "held … talks … with"], "met": ["met with", "met"],
              "last": ["last met", "the last"], "dot": [". the", "the minister said"]}
    matcher = PhraseMatcher.build(groups)
    vocab = ["held", "talks", "meeting", "with", "met", "last", "the", "minister", "said", ".", "a", "?"]
    rnd = random.Random(7)
    for _ in range(5000):
        tokens = [rnd.choice(vocab) for _ in range(rnd.randint(0, 30))]
        assert matcher.scan(tokens) == _plain_scan(groups, tokens), tokens


def test_real_cue_rules_match_the_plain_scan():
    groups = {g: document._kind_rules()[g] for g in document._LEAD_GROUPS}
    matcher = PhraseMatcher.build(groups)
    vocab = sorted({t for phrases in groups.values() for p in phrases for t in tokenize(p.replace("…", " "))})
    rnd = random.Random(11)
    for _ in range(300):
        tokens = [rnd.choice(vocab + [".", "x"]) for _ in range(rnd.randint(0, 60))]
        assert matcher.scan(tokens) == _plain_scan(groups, tokens), tokens


def _urlsplit_host(url):
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""


@pytest.mark.parametrize("url", [
    "https://www.whitehouse.gov/briefings/x/", "http://WWW.MOFA.GO.JP:8080/a?b#c", "https://a.b",
    "https://a.b:/x", "https://a.b:80x/", "HTTPS://www.x.org/", "https://user@www.x.org/", "https://x.org\n",
    "https://x.org\t/", "https://[::1]/", "http://[::1", "https://ex\u017fmple.com/", "https://a.b:\u0661\u0662/",
    "httpſ://x.com", "www.gov.uk/x", "mofa.go.jp", "//x.y/", " https://x.org/", "https://./",
])
def test_host_fast_path_agrees_with_urlsplit(url):
    assert document._host(url) == _urlsplit_host(url)


def test_host_fast_path_on_random_urls():
    rnd = random.Random(3)
    parts = ["http", "https", "://", "//", ":", "/", "?", "#", "www.", "WWW.", "a", "B", "0", "-", ".", "@", "[",
             "]", ":80", "\t", "\n", " ", "\x00", "ſ", "\u212a", "é", "%", "\u0661", "x.com", "\\"]
    for _ in range(20000):
        url = rnd.choice(["http://", "https://", ""]) + "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8)))
        assert document._host(url) == _urlsplit_host(url), repr(url)


def test_news_host_and_publisher_ask_the_same_url_again():
    url = "https://en.yna.co.kr/view/AEN2021"
    for _ in range(2):  # the second time from the cache
        assert is_news_host(url) and publisher_from_url(url) == "Yonhap News Agency"
    assert not is_news_host(None) and publisher_from_url("") is None


# ---------------------------------------------------------------- record

def _plain_as_dict(value):
    """as_dict as a plain recursive walk: dataclasses to dicts, tuples to lists."""
    if is_dataclass(value):
        return {f.name: _plain_as_dict(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain_as_dict(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_as_dict(v) for k, v in value.items()}
    return value


def _record() -> Record:
    statement = Statement(text="They agreed.", span=(3, 15), agents=("A", "B"), stance="agree",
                          mentions={"countries": ["Peru"], "organizations": []},
                          commitment=Commitment(action="visit", span=(4, 9)),
                          references=(Reference(text="last May", date="2020-05", span=(1, 2)),),
                          goldstein=3.5, verb_span=[5, 11])
    meeting = Meeting(date="2021-01-02", start_time=None, duration_minutes=30, format="call",
                      countries=("PE", "JP"), host_country=None,
                      participants=(Participant(name="Ana Vega", family_name="Vega", country="PE",
                                                role="principal", span=(0, 8)),),
                      statements=(statement,), topics=("trade",), location=Location(city="Lima"),
                      spans={"date": [0, 4], "time": (1, 2)}, region=(0, 40), event={"codes": ("a", 1)})
    doc = Document(id="x", source="s", text="t", is_readout=True, metadata={"n": [1, {"d": (2, 3)}]},
                   captions=((1, 2), (3, 4)))
    return Record(document=doc, meetings=(meeting,), warnings=("w",), extractor="readout/0")


def test_as_dict_matches_the_plain_walk():
    record = _record()
    data = record.as_dict()
    plain = _plain_as_dict(record)
    assert list(data) == ["schema", "document", "meetings", "warnings", "extractor"]
    assert data == {"schema": plain["schema"], **{k: v for k, v in plain.items() if k != "schema"}}
    assert Record.from_dict(data) == Record.from_dict(plain)
    assert dumps_record(record) == orjson.dumps(data)


def test_as_dict_of_a_dataclass_value_that_is_not_a_record_class():
    @dataclass(frozen=True)
    class Extra:
        values: tuple = (1, 2)
        more: dict = field(default_factory=dict)

        def as_dict(self):
            return {"extra": list(self.values)}

    doc = Document(id="x", source="s", text="t", is_readout=False, metadata={"x": Extra()})
    assert doc.as_dict()["metadata"] == {"x": {"extra": [1, 2]}}


# ---------------------------------------------------------------- inputs

@pytest.mark.parametrize("line", [
    b'{"text": "Caf\xc3\xa9 talks"}\n',
    b'\xef\xbb\xbf{"text": "a BOM first"}\n',
    b'{"text": "bad \xff byte"}\n',
    b'{"text": "nul \x00 byte"}\n',
    b'\xff\xfe{\x00}\x00',
    b'{"text": "\\ud800 lone"}',
    b'{"text": 3}',
    b'{"text": "x", "html": "y"}',
    b'[1, 2]',
    b'{"text": "unterminated',
    b'{"text": "ok", "title": "", "url": "u", "extra": {"a": [1]}}\r\n',
])
def test_jsonl_bytes_read_as_the_decoded_line(line):
    def outcome(read):
        try:
            return read()
        except InputError as exc:
            return str(exc)

    def decoded_first():
        text, warnings = decode_bytes(line, where)
        return parse_jsonl_line(text, where, warnings)

    where = "f.jsonl:1"
    assert outcome(lambda: parse_jsonl_bytes(line, where)) == outcome(decoded_first)


def test_blank_jsonl_lines_are_skipped_without_copying():
    items = list(iter_jsonl_lines([b"\n", b"  \t\r\n", b'{"text": "a"}\n', b""], "f.jsonl", 1000, raw=True))
    assert [item.source for item in items] == ["f.jsonl:3"]


def test_cleaning_and_reading_modules_import_without_yaml():
    code = "import sys, readout.clean, readout.inputs; print('yaml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert out.stdout.strip() == "False"


def test_front_matter_still_reads_yaml():
    from readout.inputs import parse_markdown

    doc = parse_markdown("---\ntitle: Talks\ndate: 2021-05-01\n---\n\nThey met.", "a.md")
    assert doc.title == "Talks" and doc.published == "2021-05-01"
    assert unicodedata.is_normalized("NFC", normalize_text("e\u0301"))
