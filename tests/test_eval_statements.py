"""Evaluation gate for statements on ../shared/data/dev (skipped where ../shared is absent).

Two measurements, each pinned a little below what it measured (docs/statements.md):
- end to end: `readout.extract` over every dev document, scored by ../shared/eval/score.py;
  the header stage's meetings (countries, participants, region) feed the statements stage,
  so its errors count here too;
- statements stage alone: the same documents with the gold meeting header (date, countries,
  principals, format) handed to attach_statements and code_meeting, which isolates this stage.
A change that lowers a figure fails unless the floor is lowered on purpose.
"""
from __future__ import annotations

import json
from pathlib import Path

from readout import japanese
from readout.code import code_meeting
from readout.record import Document, Meeting, Participant
from readout.statements import attach_statements

# Measured 2026-11-26 (after the other-publishers round): topics_f1 0.875, stance_acc 0.920,
# agents_acc 0.925, statements_f1 0.961; these move with the header stage (countries, participants,
# regions), so the floors leave ~0.01 for its changes (all above the issue's goals). After the eighth
# round: topics_f1 0.878, stance_acc 0.922, agents_acc 0.928, statements_f1 0.961. After the thirteenth
# (topic cues measured over every annotated set): topics_f1 0.885, stance_acc 0.924, agents_acc 0.930,
# statements_f1 0.962.
END_TO_END_FLOORS = {"topics_f1": 0.875, "stance_acc": 0.91, "agents_acc": 0.915, "statements_f1": 0.955}
# Measured 2026-11-26 (after the other-publishers round): topics_f1 0.874, stance_acc 0.944,
# agents_acc 0.925, statements_f1 0.965.
STAGE_FLOORS = {"topics_f1": 0.865, "stance_acc": 0.94, "agents_acc": 0.92, "statements_f1": 0.96}


def _read(path: Path) -> dict:
    """An input document per ../shared/spec/INPUT.md: .txt is the text, .json carries metadata."""
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    return {"text": path.read_text(encoding="utf-8")}


def _golds(dev: Path) -> list[dict]:
    return [json.loads(line) for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]


def _docs(dev: Path) -> list[Path]:
    return [p for p in sorted((dev / "docs").iterdir()) if p.suffix in (".txt", ".json")]


def _below(figures: dict, floors: dict) -> dict:
    return {k: round(figures.get(k, 0.0), 3) for k, floor in floors.items() if figures.get(k, 0.0) < floor}


def test_statement_floors_end_to_end(dev_records, dev_golds, dev_score) -> None:
    failed = [str(r) for r in dev_records if isinstance(r, Exception)]
    assert not failed, failed
    figures, missing, _ = dev_score([r.as_dict() for r in dev_records], dev_golds)
    assert not missing
    low = _below(figures, END_TO_END_FLOORS)
    assert not low, f"below the floors {END_TO_END_FLOORS}: {low}"


def _gold_meeting(gm: dict) -> Meeting:
    people = tuple(Participant(name=p["family_name"], family_name=p["family_name"], country=p["country"],
                               role="principal") for p in gm.get("principals", []))
    return Meeting(date=gm.get("date"), start_time=None, duration_minutes=None, format=gm.get("format"),
                   countries=tuple(gm.get("countries", [])), host_country=gm.get("host_country"),
                   participants=people, statements=(), topics=())


def test_statement_floors_of_the_stage_alone(shared_dev: Path, dev_score) -> None:
    by_stem = {p.stem: p for p in _docs(shared_dev)}
    preds = []
    golds = _golds(shared_dev)
    for gold in golds:
        path = by_stem[gold["doc"]]
        doc = _read(path)
        document = Document(id=gold["doc"], source=str(path), text=doc.get("text") or "", is_readout=True,
                            published=doc.get("published"))
        stage = japanese.attach_statements if japanese.is_japanese(document.text) else attach_statements
        meetings = [code_meeting(stage(document, _gold_meeting(gm))[0]).as_dict()
                    for gm in gold.get("meetings", [])]
        preds.append({"document": {"source": str(path), "is_readout": gold.get("is_readout")}, "meetings": meetings})
    figures, missing, _ = dev_score(preds, golds)
    assert not missing
    low = _below(figures, STAGE_FLOORS)
    assert not low, f"below the floors {STAGE_FLOORS}: {low}"
