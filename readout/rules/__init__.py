"""Rules as data: one loader for the YAML/JSON files in this folder.

Every file is validated when loaded; an empty or malformed group fails loudly
with RulesError naming the file and the group.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .. import rx
from ..errors import RulesError

# libyaml's safe loader where PyYAML was built with it: the same documents, parsed ~10x faster
# (the rules files are read at start-up by every command).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Load `readout/rules/<name>` (YAML or JSON), cached.

    The parsed data is also kept across runs by readout.rx, keyed by the file's text: parsing
    the rules files took ~15 ms of every start.
    """
    path = resources.files(__package__).joinpath(name)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RulesError(f"rules file {name} is missing") from exc
    try:
        data = rx.remember("rules:" + name, raw, _parser(name))
    except (ValueError, yaml.YAMLError) as exc:
        raise RulesError(f"rules file {name} is malformed: {exc}") from exc
    if not data:
        raise RulesError(f"rules file {name} is empty")
    return data


def _parser(name: str):
    """JSON or YAML, by the file's name."""
    if name.endswith(".json"):
        return json.loads
    return lambda raw: yaml.load(raw, Loader=_SAFE_LOADER)


def require_groups(name: str, data: dict, groups: list[str]) -> dict:
    """Check that every named group in a rules mapping is present and non-empty."""
    if not isinstance(data, dict):
        raise RulesError(f"rules file {name}: expected a mapping at the top level")
    for group in groups:
        if not data.get(group):
            raise RulesError(f"rules file {name}: group {group!r} is missing or empty")
    return data
