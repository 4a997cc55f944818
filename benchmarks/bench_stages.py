"""Per-stage cost of extraction, against spaCy's blank English tokenizer + sentencizer, in one run.

Usage: python benchmarks/bench_stages.py [--data FILE] [--repeats N] [--profile]

Over the same texts (default ../shared/data/wh-readouts/readouts.jsonl) it times, as ms per
document (median of --repeats rounds):
- clean      readout.clean.clean_input (text normalisation, HTML to text, title, date line)
- document   publisher detection, the document id and readout/kind classification
- header     readout.header.extract_meetings (meetings, header values, participants)
- statements readout.statements.attach_statements + readout.code.code_meeting (not the header's)
- record     Record.as_dict + orjson.dumps (what `readout extract --jsonl` writes per document)
and spaCy's blank("en") + sentencizer over the texts. It prints docs/s for the whole pipeline
and for spaCy, their ratio (goal >= 3), and the header area's share (clean + document + header
+ record; budget 0.15 ms/doc). --profile prints the 25 costliest functions of the header area.
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = Path(os.environ.get("READOUT_SHARED", ROOT.parent / "shared")) / "data" / "wh-readouts" / "readouts.jsonl"
GOAL = 3.0
HEADER_BUDGET_MS = 0.15

import orjson  # noqa: E402

from readout.clean import clean_input  # noqa: E402
from readout.code import code_meeting  # noqa: E402
from readout.document import classify_document, detect_publisher  # noqa: E402
from readout.header import extract_meetings  # noqa: E402
from readout.inputs import InputDoc  # noqa: E402
from readout.pipeline import document_id  # noqa: E402
from readout.record import Document, Record  # noqa: E402
from readout.statements import attach_statements  # noqa: E402


def load_inputs(path: Path) -> list[InputDoc]:
    """The corpus as the CLI's input documents."""
    docs = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if line.strip():
                d = json.loads(line)
                docs.append(InputDoc(source=f"{path}:{n + 1}", text=d.get("text"), html=d.get("html"),
                                     url=d.get("url"), title=d.get("title"), published=d.get("published"),
                                     publisher=d.get("publisher"), metadata={}))
    return docs


def run_stages(docs: list[InputDoc]) -> dict[str, float]:
    """Seconds spent in each stage over all documents (one pass, same order as the pipeline)."""
    spent = dict.fromkeys(("clean", "document", "header", "statements", "record"), 0.0)
    clock = time.perf_counter
    for doc in docs:
        t0 = clock()
        cleaned = clean_input(doc)
        t1 = clock()
        document = Document(id=document_id(cleaned.text), source=doc.source, text=cleaned.text, is_readout=False,
                            url=doc.url, publisher=doc.publisher or detect_publisher(cleaned.text, doc.url),
                            title=cleaned.title, published=cleaned.published, language=cleaned.language,
                            metadata=doc.metadata, captions=tuple(cleaned.captions))
        t2 = clock()
        meetings, warnings = extract_meetings(document)
        t3 = clock()
        is_readout, kind = classify_document(document, meetings)
        t4 = clock()
        coded = []
        for meeting in (meetings if is_readout else []):
            meeting, more = attach_statements(document, meeting)
            coded.append(code_meeting(meeting))
        t5 = clock()
        document = dataclasses.replace(document, is_readout=is_readout, kind=kind)
        orjson.dumps(Record(document=document, meetings=tuple(coded), warnings=tuple(warnings)).as_dict())
        t6 = clock()
        spent["clean"] += t1 - t0
        spent["document"] += (t2 - t1) + (t4 - t3)
        spent["header"] += t3 - t2
        spent["statements"] += t5 - t4
        spent["record"] += t6 - t5
    return spent


def run_spacy(texts: list[str]) -> float:
    """Seconds for spaCy's blank English tokenizer + sentencizer over the texts (model build excluded)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts):
        list(doc.sents)
    return time.perf_counter() - t0


def profile_header_area(docs: list[InputDoc]) -> None:
    """cProfile over the header area's stages; prints the costliest functions."""
    profiler = cProfile.Profile()
    profiler.enable()
    run_stages(docs)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
    print(out.getvalue())


def median_of(rounds: int, fn: Callable[[], object]) -> list:
    return [fn() for _ in range(rounds)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    docs = load_inputs(args.data)
    texts = [d.text or d.html or "" for d in docs]
    n = len(docs)
    run_stages(docs[:50])  # warm caches and lazy rules
    stage_rounds, spacy_rounds = [], []
    for _ in range(args.repeats):  # interleaved, so a load spike hits both alike
        stage_rounds.append(run_stages(docs))
        spacy_rounds.append(run_spacy(texts))
    stages = {k: statistics.median(r[k] for r in stage_rounds) for k in stage_rounds[0]}
    spacy_s = statistics.median(spacy_rounds)
    total = sum(stages.values())
    print(f"documents: {n}  rounds: {args.repeats} (medians)")
    for name, secs in stages.items():
        print(f"  {name:11s} {secs / n * 1000:7.3f} ms/doc")
    area = stages["clean"] + stages["document"] + stages["header"] + stages["record"]
    print(f"  header area (clean+document+header+record): {area / n * 1000:.3f} ms/doc "
          f"(budget {HEADER_BUDGET_MS} ms/doc)")
    print(f"readout pipeline: {n / total:8.0f} docs/s  ({total / n * 1000:.3f} ms/doc)")
    print(f"spaCy baseline:   {n / spacy_s:8.0f} docs/s  ({spacy_s / n * 1000:.3f} ms/doc)")
    print(f"ratio: {spacy_s / total:.2f}x (goal {GOAL}x)")
    if args.profile:
        profile_header_area(docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
