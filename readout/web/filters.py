"""Jinja2 filters for the pages: labels for ids, query strings, readable values."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional
from urllib.parse import quote, urlencode

from jinja2 import Environment
from markupsafe import Markup, escape



@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    """Vocabulary id -> label per group (topics, stances, levels, formats), validated on load."""
    from .. import rules
    data = rules.require_groups("web_labels.yaml", rules.load("web_labels.yaml"),
                                ["topics", "stances", "levels", "formats"])
    return {group: {str(k): str(v) for k, v in data[group].items()} for group in data}


def topic_labels() -> dict[str, str]:
    """Topic id -> label."""
    return labels()["topics"]


def humanise(value: Any) -> str:
    """A label for a stance/level/format id ('foreign_ministers' -> 'Foreign ministers'); None -> '—'."""
    if value is None or value == "":
        return "—"
    for group in ("stances", "levels", "formats"):
        if str(value) in labels()[group]:
            return labels()[group][str(value)]
    text = str(value).replace("_", " ")
    return text[:1].upper() + text[1:]


def topic_label(topic_id: Optional[str]) -> str:
    """The label of a topic id, or the id made readable."""
    if not topic_id:
        return "—"
    return topic_labels().get(topic_id, humanise(topic_id))


def query_string(params: dict, **changes: Any) -> str:
    """Current filters with some changed, as '?a=b' (empty values dropped)."""
    merged = {**params, **changes}
    pairs = [(k, v) for k, v in merged.items() if v not in (None, "", [])]
    return "?" + urlencode(pairs) if pairs else ""


def path_part(value: Any) -> str:
    """Quote a value for use as one URL path segment."""
    return quote(str(value), safe="")


def source_text(text: Optional[str]) -> Markup:
    """Escape a document text so the browser's DOM text equals it character for character.

    HTML parsing turns CR and CRLF into LF, which would shift every span after them;
    a character reference keeps the CR.
    """
    return Markup(escape(text or "").replace("\r", "&#13;"))


def install(env: Environment) -> None:
    """Register the filters on a Jinja environment."""
    env.filters.update(humanise=humanise, topic_label=topic_label, path_part=path_part, source_text=source_text)
    env.globals.update(query_string=query_string)
