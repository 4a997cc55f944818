"""Statements + codes speed, against spaCy's blank English tokenizer + sentencizer, in one run.

Usage: python benchmarks/bench_statements.py [--data FILE] [--repeats N] [--profile]

The header stage runs once per document beforehand (not timed); then, per round, the timed
part is what readout/pipeline.py does after it: attach_statements + code_meeting for every
meeting. spaCy's blank("en") + sentencizer runs over the same documents' texts in the same
rounds (interleaved, median of --repeats), so the ratio holds under the shared machine's load.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from readout.clean import clean_input
from readout.code import code_meeting
from readout.document import classify_document, detect_publisher
from readout.header import extract_meetings
from readout.inputs import InputDoc
from readout.pipeline import document_id
from readout.record import Document
from readout.statements import attach_statements

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("READOUT_SHARED", ROOT.parent / "shared")) / "data" / "wh-readouts" / "readouts.jsonl"


def prepare(path: Path) -> tuple[list[str], list[tuple[Document, object]]]:
    """The texts for spaCy and the (document, meeting header) pairs the statements stage gets."""
    texts, pairs = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        texts.append(raw.get("text") or raw.get("html") or "")
        doc = InputDoc(source=None, text=raw.get("text"), html=raw.get("html"), url=raw.get("url"), title=raw.get("title"),
                       published=raw.get("published"), publisher=raw.get("publisher"))
        cleaned = clean_input(doc)
        document = Document(id=document_id(cleaned.text), source=None, text=cleaned.text, is_readout=False,
                            url=doc.url, publisher=doc.publisher or detect_publisher(cleaned.text, doc.url), title=cleaned.title, published=cleaned.published,
                            language=cleaned.language, captions=tuple(cleaned.captions))
        meetings, _ = extract_meetings(document)
        is_readout, _ = classify_document(document, meetings)
        pairs.extend((document, m) for m in (meetings if is_readout else []))
    return texts, pairs


def run_statements(pairs) -> int:
    """The timed stage: statements and codes for every meeting; returns the statement count."""
    return sum(len(code_meeting(attach_statements(d, m)[0]).statements) for d, m in pairs)


def run_spacy(nlp, texts: list[str]) -> int:
    """spaCy's blank English tokenizer + sentencizer over every text; returns the sentence count."""
    return sum(sum(1 for _ in doc.sents) for doc in nlp.pipe(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile the statements stage instead")
    args = parser.parse_args()
    texts, pairs = prepare(args.data)
    run_statements(pairs)  # warm the compiled lexicons
    if args.profile:
        import cProfile
        import pstats
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [run_statements(pairs) for _ in range(3)])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return
    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ours, theirs = [], []
    for _ in range(args.repeats):
        t0 = time.perf_counter(); count = run_statements(pairs); ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter(); run_spacy(nlp, texts); theirs.append(time.perf_counter() - t0)
    n = len(texts)
    ms_ours = statistics.median(ours) / n * 1000
    ms_spacy = statistics.median(theirs) / n * 1000
    print(json.dumps({"documents": n, "meetings": len(pairs), "statements": count,
                      "statements_ms_per_doc": round(ms_ours, 4), "spacy_ms_per_doc": round(ms_spacy, 4),
                      "statements_share_of_spacy": round(ms_ours / ms_spacy, 3)}))


if __name__ == "__main__":
    main()
