"""readout.rx: the on-disk cache of compiled patterns never changes what a pattern matches."""
from __future__ import annotations

import importlib
import re
import subprocess
import sys

import pytest

from readout import rx

SAMPLES = [
    (r"(?P<who>[A-Z]\w+) (?:met|spoke) with (?P<whom>[A-Z]\w+)", 0),
    (r"(?<![\w-])(?:prime minister|president)\b", re.I),
    (r"(?m)^\s*(\d+)\.\s", 0),
    (r"[^\x00-\x7f]+", 0),
    (r"(?x) a  b   # verbose", 0),
]
TEXTS = ["Kishida met with Biden.", "The Prime Minister and the PRESIDENT", "1. First\n 2. Second",
         "Seoul – 서울", "ab", ""]


@pytest.fixture
def fresh_rx(tmp_path, monkeypatch):
    """The rx module with an empty in-memory state and its cache file under tmp_path."""
    monkeypatch.setenv("READOUT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("READOUT_REGEX_CACHE", raising=False)
    module = importlib.reload(rx)
    yield module
    importlib.reload(rx)


def _behaviour(pattern: re.Pattern) -> list:
    return [(pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex))] + [
        [(m.span(), m.groups()) for m in pattern.finditer(text)] for text in TEXTS]


@pytest.mark.parametrize("pattern,flags", SAMPLES)
def test_fresh_compile_behaves_like_re(fresh_rx, pattern, flags):
    assert _behaviour(fresh_rx.compile(pattern, flags)) == _behaviour(re.compile(pattern, flags))


@pytest.mark.parametrize("pattern,flags", SAMPLES)
def test_pattern_read_back_from_the_cache_file_behaves_like_re(fresh_rx, pattern, flags):
    fresh_rx.compile(pattern, flags)
    fresh_rx.save()
    reloaded = importlib.reload(fresh_rx)  # a new process: nothing in memory, the file on disk
    assert reloaded.cache_path().exists()
    assert (pattern, int(flags)) in reloaded._load()
    assert _behaviour(reloaded.compile(pattern, flags)) == _behaviour(re.compile(pattern, flags))


def test_corrupt_cache_file_is_ignored(fresh_rx):
    path = fresh_rx.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00not marshal data")
    assert fresh_rx.compile(r"\d+").findall("a 12 b 3") == ["12", "3"]
    fresh_rx.save()  # the corrupt file is replaced by a good one
    assert (r"\d+", 0) in importlib.reload(fresh_rx)._load()


def test_bad_entry_for_a_pattern_is_recompiled(fresh_rx):
    fresh_rx._load()[(r"x(y)", 0)] = (0, [1, 2, 3], 0, {}, (None,))  # opcodes _sre rejects
    assert fresh_rx.compile(r"x(y)").match("xy").group(1) == "y"


def test_unwritable_cache_directory_only_costs_time(fresh_rx, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("READOUT_CACHE_DIR", str(blocker / "sub"))
    assert fresh_rx.compile(r"a+").match("aaa").group() == "aaa"
    fresh_rx.save()  # no exception
    assert not (blocker / "sub").exists()


def test_cache_can_be_turned_off(fresh_rx, monkeypatch):
    monkeypatch.setenv("READOUT_REGEX_CACHE", "0")
    assert fresh_rx.compile(r"b+").match("bb")
    fresh_rx.save()
    assert not fresh_rx.cache_path().exists()


def test_every_rule_pattern_is_the_same_from_the_cache(tmp_path):
    """Two processes extract the same text: the second reads every rule pattern from the file."""
    script = ("import json, readout; "
              "r = readout.extract('On May 20, Prime Minister Kishida held a telephone talk with "
              "President Yoon Suk Yeol of the Republic of Korea for about 30 minutes. The two leaders "
              "welcomed the progress on North Korea.', published='2023-05-21'); "
              "print(json.dumps(r.as_dict(), sort_keys=True))")
    env = {"READOUT_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    cached = list(tmp_path.glob("regex-*.marshal"))
    assert cached, first.stderr
    second = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    off = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={**env, "READOUT_REGEX_CACHE": "0"})
    assert first.stdout == second.stdout == off.stdout


def test_remembered_text_is_reused_until_its_inputs_change(fresh_rx):
    calls = []

    def build(words):
        calls.append(list(words))
        return "(?:" + "|".join(sorted(words)) + ")"

    assert fresh_rx.remember("words", ("welcomed", "agreed"), build) == "(?:agreed|welcomed)"
    fresh_rx.save()
    reloaded = importlib.reload(fresh_rx)
    assert reloaded.remember("words", ("welcomed", "agreed"), build) == "(?:agreed|welcomed)"
    assert len(calls) == 1  # read back, not rebuilt
    assert reloaded.remember("words", ("welcomed", "agreed", "affirmed"), build) == "(?:affirmed|agreed|welcomed)"
    assert len(calls) == 2  # a changed rule is a miss


def test_remembered_without_cache_always_builds(fresh_rx, monkeypatch):
    monkeypatch.setenv("READOUT_REGEX_CACHE", "0")
    assert fresh_rx.remember("w", ["x"], lambda w: w[0] * 2) == "xx"
    fresh_rx.save()
    assert not fresh_rx.cache_path().exists()


def test_remembered_value_is_a_snapshot(fresh_rx):
    value = fresh_rx.remember("data", "v1", lambda _: {"words": ["a"]})
    value["words"].append("changed by a caller")
    fresh_rx.save()
    reloaded = importlib.reload(fresh_rx)
    assert reloaded.remember("data", "v1", lambda _: {"words": ["rebuilt"]}) == {"words": ["a"]}


def test_documents_do_not_grow_the_cache(tmp_path):
    """Only the rules' patterns are kept: a document's own name patterns are not."""
    env = {"READOUT_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    count = ("import marshal, glob, readout, sys; readout.extract(sys.argv[1], published='2024-03-02'); "
             "from readout import rx; rx.save(); "
             "print(len(marshal.loads(open(glob.glob(sys.argv[2] + '/regex-*')[0], 'rb').read())))")
    sizes = []
    for text in ("Today, President Alvarez spoke with Prime Minister Okonkwo of Nigeria. The two leaders "
                 "agreed to deepen trade ties. President Alvarez welcomed Nigeria's role.",
                 "On March 1, Minister Lindqvist held talks with Foreign Minister Tanaka Hiroshi of Japan. "
                 "Minister Lindqvist expressed concern about the situation. Minister Tanaka explained Japan's view."):
        run = subprocess.run([sys.executable, "-c", count, text, str(tmp_path)], capture_output=True,
                             text=True, env=env, check=True)
        sizes.append(int(run.stdout))
    assert sizes[0] == sizes[1]


def test_remembered_value_is_rebuilt_when_readouts_code_changes(fresh_rx, monkeypatch):
    first_stamp = fresh_rx.code_stamp()
    assert fresh_rx.remember("words", ["a"], lambda w: "old builder") == "old builder"
    fresh_rx.save()
    reloaded = importlib.reload(fresh_rx)
    monkeypatch.setattr(reloaded, "code_stamp", lambda: "another version of the code")
    assert reloaded.remember("words", ["a"], lambda w: "new builder") == "new builder"
    reloaded.save()
    stamps = {key[2] for key in importlib.reload(reloaded)._load() if len(key) == 4}
    assert stamps == {"another version of the code"}  # the old code's value left the file
    assert first_stamp not in stamps


def test_code_stamp_covers_the_package_source():
    assert rx.code_stamp() is not None and len(rx.code_stamp()) == 32


def test_bad_pattern_raises_what_re_raises(fresh_rx):
    with pytest.raises(re.error):
        fresh_rx.compile(r"(unclosed")


def test_unexpected_internals_fall_back_to_re(fresh_rx, monkeypatch):
    monkeypatch.setattr(fresh_rx, "_compiled_form", lambda pattern, flags: 1 / 0)
    assert fresh_rx.compile(r"c(d)").match("cd").group(1) == "d"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_run_with_worker_processes_keeps_the_rules_patterns(tmp_path, workers):
    """Pool workers end without exit handlers; what they compiled must still reach the file."""
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text('{"text": "Today, President Alvarez spoke with Prime Minister Okonkwo of Nigeria. '
                      'The two leaders agreed to deepen trade ties."}\n' * 3, encoding="utf-8")
    cache = tmp_path / "cache"
    env = {"READOUT_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "readout", "extract", "--jsonl", "--workers", workers, str(corpus)],
                   capture_output=True, env=env, check=True)
    import marshal

    entries = marshal.loads(next(cache.glob("regex-*.marshal")).read_bytes())
    from readout import lexicon
    assert (lexicon.cue_lexicon().pattern.pattern, 0) in entries  # compiled only where documents are extracted


def test_patterns_of_an_earlier_code_version_leave_the_file(fresh_rx, monkeypatch):
    """A pattern only an earlier version of the rules built is dropped when the current code saves;
    the ones the current code uses stay, and so do those another process of this version saved."""
    monkeypatch.setattr(fresh_rx, "code_stamp", lambda: "version 1")
    fresh_rx.compile(r"old (trie|pattern)")
    fresh_rx.compile(r"kept \d+")
    fresh_rx.save()
    v2 = importlib.reload(fresh_rx)
    monkeypatch.setattr(v2, "code_stamp", lambda: "version 2")
    v2.compile(r"kept \d+")                  # loaded from the file: used by this version
    v2.compile(r"new (trie|pattern)")        # compiled now
    v2.save()
    entries = importlib.reload(v2)._load()
    assert (r"kept \d+", 0) in entries and (r"new (trie|pattern)", 0) in entries
    assert (r"old (trie|pattern)", 0) not in entries
    # A process of the same version that saves later keeps what the first one wrote.
    later = importlib.reload(v2)
    monkeypatch.setattr(later, "code_stamp", lambda: "version 2")
    later.compile(r"another \w+")
    later.save()
    entries = importlib.reload(later)._load()
    assert {(r"kept \d+", 0), (r"new (trie|pattern)", 0), (r"another \w+", 0)} <= set(entries)


def test_rules_with_dates_are_remembered_and_read_back_as_dates(fresh_rx):
    """officials.yaml holds dates, which marshal cannot write: they are kept tagged and restored."""
    import datetime as dt

    from readout import rules

    raw = "people:\n  Smith:\n    - {office: Minister, from: 2020-01-02, to: null}\n  plain: [a, 1]\n"
    built = rules._storable(rules._parse_yaml)
    first = rules._with_dates(fresh_rx.remember("rules:test-dates", raw, built))
    fresh_rx.save()
    fresh_rx._entries = None  # read the file again, as a new process would
    fresh_rx._new.clear()
    calls = []
    second = rules._with_dates(fresh_rx.remember("rules:test-dates", raw, lambda r: calls.append(r)))
    expected = {"people": {"Smith": [{"office": "Minister", "from": dt.date(2020, 1, 2), "to": None}],
                           "plain": ["a", 1]}}
    assert first == second == expected
    assert calls == []  # the second answer came from the cache file
    assert type(second["people"]["Smith"][0]["from"]) is dt.date


def test_a_run_with_a_warm_cache_does_not_import_yaml(tmp_path):
    """Every rules file, officials.yaml's dates included, is read from the cache on a later run."""
    script = ("import sys, readout; readout.extract('Minister Hayashi met Minister Park in Tokyo on May 20, 2023.'); "
              "from readout import rx; rx.save(); print('yaml' in sys.modules)")
    env = {"READOUT_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
            for _ in range(2)]
    assert [run.stdout.strip() for run in runs] == ["True", "False"], runs[1].stderr
