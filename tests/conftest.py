"""Shared test fixtures: where the real evaluation data lives, and where our fixtures are."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("READOUT_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "data" / "dev"
WH = SHARED / "data" / "wh-readouts" / "readouts.jsonl"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def shared_dev() -> Path:
    """The annotated dev set; skipped with a reason where ../shared is absent."""
    if not (DEV / "gold.jsonl").exists():
        pytest.skip(f"../shared/data/dev not found at {DEV}: evaluation data is not checked out beside the project")
    return DEV


@pytest.fixture
def wh_readouts() -> Path:
    if not WH.exists():
        pytest.skip(f"{WH} not found: the White House corpus lives in ../shared beside the project")
    return WH


def _dev_available() -> bool:
    return (DEV / "gold.jsonl").exists()


@pytest.fixture(scope="session")
def dev_records() -> list:
    """Every dev document extracted once per test session, through the reader `readout extract` uses."""
    if not _dev_available():
        pytest.skip(f"../shared/data/dev not found at {DEV}: evaluation data is not checked out beside the project")
    from readout.pipeline import iter_records

    return list(iter_records([str(DEV / "docs")]))


@pytest.fixture(scope="session")
def dev_golds() -> list[dict]:
    if not _dev_available():
        pytest.skip(f"../shared/data/dev not found at {DEV}: evaluation data is not checked out beside the project")
    import json

    return [json.loads(line) for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def dev_score():
    """The score() function of ../shared/eval/score.py: (preds, golds) -> (figures, missing, errors)."""
    import importlib.util

    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip(f"{path} not found: the scorer lives in ../shared beside the project")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score
