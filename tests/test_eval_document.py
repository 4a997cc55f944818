"""Evaluation gate for the document stage: is_readout accuracy on the annotated dev set.

Runs extraction in-process over ../shared/data/dev/docs and pins the floor; a change that
lowers the figure fails here unless the floor is lowered on purpose.
"""
from __future__ import annotations

import json
from collections import Counter

from readout.inputs import iter_inputs
from readout.pipeline import extract_or_error
from readout.record import Record

IS_READOUT_FLOOR = 0.95
NOT_READOUT_RECALL_FLOOR = 0.90
PUBLISHED_FOUND_FLOOR = 0.65  # documents whose published date the text, URL or metadata gives


def stem(source: str) -> str:
    base = source.rstrip("/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


def test_is_readout_accuracy_floor(shared_dev):
    gold = {row["doc"]: row for row in map(json.loads, (shared_dev / "gold.jsonl").read_text().splitlines())}
    predicted, failed = {}, []
    for item in iter_inputs([str(shared_dev / "docs")]):
        record = extract_or_error(item) if not isinstance(item, Exception) else item
        if isinstance(record, Record):
            predicted[stem(record.document.source)] = record.document
        else:
            failed.append(str(record))
    assert not failed, failed
    scored = [doc for doc in gold if "is_readout" in gold[doc]]
    right = sum(predicted[doc].is_readout == gold[doc]["is_readout"] for doc in scored)
    negatives = [doc for doc in scored if not gold[doc]["is_readout"]]
    negatives_right = sum(not predicted[doc].is_readout for doc in negatives)
    wrong = Counter((gold[d]["kind"], predicted[d].kind) for d in scored
                    if predicted[d].is_readout != gold[d]["is_readout"])
    accuracy = right / len(scored)
    assert accuracy >= IS_READOUT_FLOOR, f"is_readout accuracy {accuracy:.3f}; errors (gold, predicted): {wrong}"
    assert negatives_right / len(negatives) >= NOT_READOUT_RECALL_FLOOR
    published = sum(1 for doc in predicted.values() if doc.published) / len(predicted)
    assert published >= PUBLISHED_FOUND_FLOOR, f"published date found for {published:.2f} of documents"
