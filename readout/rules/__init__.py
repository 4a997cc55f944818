"""Rules as data: one loader for the YAML/JSON files in this folder.

Every file is validated when loaded; an empty or malformed group fails loudly
with RulesError naming the file and the group.
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import rx
from ..errors import RulesError

# A parsed rules file that holds dates (officials.yaml's terms of office) is remembered with each
# date as (_DATE_TAG, ordinal): marshal cannot write dates, and parsing that file took ~12 ms
# (and importing PyYAML ~13 ms) of every process's start.
_DATE_TAG = "\x00date"


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
        data = _with_dates(rx.remember("rules:" + name, raw, _storable(_parser(name))))
    except ValueError as exc:
        raise RulesError(f"rules file {name} is malformed: {exc}") from exc
    if not data:
        raise RulesError(f"rules file {name} is empty")
    return data


def _parser(name: str):
    """JSON or YAML, by the file's name (a YAML error is raised as ValueError)."""
    if name.endswith(".json"):
        return json.loads
    return _parse_yaml


def _parse_yaml(raw: str) -> Any:
    import yaml  # here: when every rules file is remembered, no process needs to import it

    try:
        return yaml.load(raw, Loader=_strict_loader(yaml))
    except yaml.YAMLError as exc:
        raise ValueError(str(exc)) from exc


@lru_cache(maxsize=1)
def _strict_loader(yaml):
    """libyaml's safe loader where PyYAML was built with it (the same documents, ~10x faster),
    refusing a key written twice in one mapping: YAML keeps the last one silently, so a rule
    added under a key that already exists would replace the earlier rule unseen."""
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(base):  # type: ignore[misc, valid-type]
        pass

    def construct_mapping(loader, node, deep=False):
        seen: set = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int)) and key in seen:
                raise ValueError(f"key {key!r} is written twice (line {key_node.start_mark.line + 1})")
            seen.add(key)
        return loader.construct_mapping(node, deep=deep)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return StrictLoader


def _storable(parse):
    """parse, with its result made writable by marshal: a result holding dates is returned as
    {_DATE_TAG: result with each date as (_DATE_TAG, ordinal)}."""
    def build(raw: str) -> Any:
        found: list = []
        tagged = _tag_dates(parse(raw), found)
        return {_DATE_TAG: tagged} if found else tagged
    return build


def _tag_dates(value: Any, found: list) -> Any:
    if type(value) is dt.date:  # (a datetime is not tagged: it is not kept, as before)
        found.append(value)
        return (_DATE_TAG, value.toordinal())
    if isinstance(value, dict):
        return {k: _tag_dates(v, found) for k, v in value.items()}
    if isinstance(value, list):
        return [_tag_dates(v, found) for v in value]
    return value


def _with_dates(value: Any) -> Any:
    """The parsed rules as parsed (what _storable did undone)."""
    if isinstance(value, dict) and _DATE_TAG in value:
        return _untag_dates(value[_DATE_TAG])
    return value


def _untag_dates(value: Any) -> Any:
    if isinstance(value, tuple) and len(value) == 2 and value[0] == _DATE_TAG:
        return dt.date.fromordinal(value[1])
    if isinstance(value, dict):
        return {k: _untag_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untag_dates(v) for v in value]
    return value


def require_groups(name: str, data: dict, groups: list[str]) -> dict:
    """Check that every named group in a rules mapping is present and non-empty."""
    if not isinstance(data, dict):
        raise RulesError(f"rules file {name}: expected a mapping at the top level")
    for group in groups:
        if not data.get(group):
            raise RulesError(f"rules file {name}: group {group!r} is missing or empty")
    return data
