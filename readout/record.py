"""The output records: one frozen dataclass per object of `readout-record/1`.

Field order is output order. `as_dict()` gives the JSON contract in
`shared/spec/record.schema.json`; `from_dict()` reads it back.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Optional

SCHEMA = "readout-record/1"
Span = tuple[int, int]


_SCALARS = frozenset({str, int, float, bool, type(None)})
# Output field names per record class, computed once: dataclasses.fields() is slow in a hot loop.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The public field names of a record class, in output order."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls) if not f.name.startswith("_"))
    return names


def _plain(value: Any) -> Any:
    """Turn dataclasses, tuples and nested containers into JSON-ready values."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    scalars = _SCALARS
    # Scalars are checked inline: most items are (start, end) spans and strings, and a call each is slow.
    if kind is tuple or kind is list:
        return [v if type(v) in scalars else _plain(v) for v in value]
    if kind is dict:
        return {k: v if type(v) in scalars else _plain(v) for k, v in value.items()}
    if is_dataclass(value):
        return value.as_dict()
    return value


class _Record:
    """Shared as_dict/from_dict for the record dataclasses."""

    __slots__ = ()
    _nested: dict[str, type] = {}
    _nested_lists: dict[str, type] = {}

    def as_dict(self) -> dict:
        out = {}
        for name in _field_names(type(self)):
            value = getattr(self, name)
            out[name] = value if type(value) in _SCALARS else _plain(value)
        return out

    @classmethod
    def from_dict(cls, data: dict):
        kwargs = {}
        names = {f.name for f in fields(cls)}
        for key, value in data.items():
            if key not in names:
                continue
            if key in cls._nested and value is not None:
                value = cls._nested[key].from_dict(value)
            elif key in cls._nested_lists and value is not None:
                value = tuple(cls._nested_lists[key].from_dict(v) for v in value)
            elif key == "span" and value is not None:
                value = tuple(value)
            elif isinstance(value, list):
                value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
            kwargs[key] = value
        return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class Location(_Record):
    city: Optional[str] = None
    country: Optional[str] = None
    span: Optional[Span] = None


@dataclass(frozen=True, slots=True)
class Participant(_Record):
    name: str
    family_name: str
    country: Optional[str]
    role: str  # "principal" | "attendee"
    given_name: Optional[str] = None
    title: Optional[str] = None
    organization: Optional[str] = None
    span: Optional[Span] = None


@dataclass(frozen=True, slots=True)
class Commitment(_Record):
    action: str
    due: Optional[str] = None
    due_text: Optional[str] = None
    span: Optional[Span] = None


@dataclass(frozen=True, slots=True)
class Reference(_Record):
    text: str
    date: Optional[str] = None
    kind: Optional[str] = None
    span: Optional[Span] = None


@dataclass(frozen=True, slots=True)
class Statement(_Record):
    text: str
    span: Span
    agents: tuple[str, ...]  # alpha-3 codes of the countries that make it (the schema's agents)
    stance: str
    # International organisations that make it, through their officials ('EU', 'UN'): an
    # organisation is no country, so it is no agent (ANNOTATION.md), but it did speak.
    agent_organizations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    point: Optional[int] = None
    mentions: dict = field(default_factory=lambda: {"countries": [], "organizations": []})
    commitment: Optional[Commitment] = None
    references: tuple[Reference, ...] = ()
    plover: Optional[str] = None
    plover_mode: Optional[str] = None
    cameo: Optional[str] = None
    goldstein: Optional[float] = None
    verb_span: Optional[Span] = None

    _nested = {"commitment": Commitment}
    _nested_lists = {"references": Reference}


def speakers(statement) -> tuple[str, ...]:
    """Everyone who makes a statement: its countries, then its organisations (a Statement or its dict)."""
    if isinstance(statement, dict):
        return tuple(statement.get("agents") or ()) + tuple(statement.get("agent_organizations") or ())
    return tuple(statement.agents) + tuple(statement.agent_organizations)


@dataclass(frozen=True, slots=True)
class Meeting(_Record):
    date: Optional[str]
    start_time: Optional[str]
    duration_minutes: Optional[int]
    format: Optional[str]
    countries: tuple[str, ...]
    host_country: Optional[str]
    participants: tuple[Participant, ...]
    statements: tuple[Statement, ...]
    topics: tuple[str, ...]
    title: Optional[str] = None
    time_note: Optional[str] = None
    duration_approximate: Optional[bool] = None
    level: Optional[str] = None
    organizations: tuple[str, ...] = ()
    location: Optional[Location] = None
    occasion: Optional[str] = None
    references: tuple[Reference, ...] = ()
    event: Optional[dict] = None  # meeting-level CONSULT code (PLOVER/CAMEO)
    speaker: Optional[str] = None  # the party a first-person readout ("Today I met …") speaks for
    spans: dict = field(default_factory=dict)  # field name -> [start, end] for header values
    region: Optional[Span] = None  # the part of the text that reports this meeting
    # The lead's words told of this meeting and others at once ('spoke separately with President Park and
    # Prime Minister Abe to discuss … The leaders condemned …'): what is said there is said in each.
    shared_region: Optional[Span] = None

    _nested = {"location": Location}
    _nested_lists = {"participants": Participant, "statements": Statement, "references": Reference}


@dataclass(frozen=True, slots=True)
class Document(_Record):
    id: str
    source: str
    text: str
    is_readout: bool
    url: Optional[str] = None
    publisher: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    language: Optional[str] = None
    kind: Optional[str] = None
    metadata: dict = field(default_factory=dict)
    captions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Record(_Record):
    document: Document
    meetings: tuple[Meeting, ...]
    warnings: tuple[str, ...] = ()
    schema: str = SCHEMA
    extractor: Optional[str] = None

    _nested = {"document": Document}
    _nested_lists = {"meetings": Meeting}

    def as_dict(self) -> dict:
        data = _Record.as_dict(self)
        # Put the contract's identifying key first for readers of raw JSON.
        return {"schema": data.pop("schema"), **data}


def dumps_record(record: Record, pretty: bool = False) -> bytes:
    """A record as JSON bytes, the same as orjson.dumps(record.as_dict()) but about 5x faster.

    orjson serialises the frozen dataclasses (and their tuples) natively; only the top level is
    spelled out so that "schema" comes first, as in Record.as_dict. The CLI, the worker pool and
    the Dask engine all write records through this one function, so their bytes are identical.
    """
    import orjson

    top = {"schema": record.schema, "document": record.document, "meetings": record.meetings,
           "warnings": record.warnings, "extractor": record.extractor}
    return orjson.dumps(top, option=orjson.OPT_INDENT_2 if pretty else 0)
