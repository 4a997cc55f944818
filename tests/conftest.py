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
