"""Opening the store per request (read-only for reading) and the meeting page's data."""
from __future__ import annotations

import logging
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Iterator, Optional

from fastapi import Request
from markupsafe import Markup

from .app import WebError
from .views import safe_url

log = logging.getLogger(__name__)
HEADER_FIELDS = ("date", "start_time", "duration_minutes", "format", "location", "occasion")


def read_store(request: Request) -> Iterator[Any]:
    """FastAPI dependency: a read-only Store for one request, closed afterwards."""
    from ..store import Store
    store = Store(request.app.state.db_url, readonly=True)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def write_store(db_url: str) -> Iterator[Any]:
    """A writable Store for the one write endpoint."""
    from ..store import Store
    store = Store(db_url)
    try:
        yield store
    finally:
        store.close()


def parse_meeting_id(meeting_id: str) -> int:
    """Meeting ids are integers; anything else is a 404, not a 500."""
    if not meeting_id.isdigit() or len(meeting_id) > 18:
        raise WebError(404, f"no meeting {meeting_id[:40]!r}")
    return int(meeting_id)


def meeting_view(store, meeting_id: str, with_text: bool = True, compare: bool = False) -> dict:
    """Header facts, participants, per-source statements and texts, comparison and page history."""
    number = parse_meeting_id(meeting_id)
    meeting = store.meeting(number)
    if not meeting:
        raise WebError(404, f"no meeting {number}")
    statements = meeting.get("statements") or []
    sources = [source_view(s, i, statements, with_text) for i, s in enumerate(meeting.get("sources") or [])]
    view = {k: meeting.get(k) for k in ("id", "status", "title", "date", "start_time", "time_note",
                                         "duration_minutes", "format", "level", "host_country", "occasion")}
    view.update(countries=list(meeting.get("countries") or []), topics=list(meeting.get("topics") or []),
                location=", ".join(p for p in (meeting.get("location_city"), meeting.get("location_country")) if p)
                or None, participants=list(meeting.get("participants") or []),
                sources=sources, history=page_history(store, sources))
    if compare:
        view["comparison_html"] = comparison_fragment(store, number) if len(sources) > 1 else None
    return view


def source_view(source: dict, index: int, statements: list[dict], with_text: bool) -> dict:
    """One source document of a meeting: its metadata, the values it reported, statements by point, text."""
    values = source.get("values") or {}
    own = [s for s in statements if s.get("document_id") == source.get("document_id")]
    view = {
        "key": f"source-{index}", "document_id": source.get("document_id"),
        "url": safe_url(source.get("url")), "source": source.get("source"),
        "title": source.get("document_title") or source.get("title"), "publisher": source.get("publisher"),
        "published": source.get("published"), "kind": source.get("kind"), "relation": source.get("relation"),
        "match_rule": source.get("match_rule"),
        "reported": {k: values.get(k) for k in ("date", "start_time", "duration_minutes", "format", "level")},
        "points": group_statements(own), "header": header_spans(values),
    }
    if with_text:
        view["text"] = source.get("text")
    return view


def group_statements(statements: list[dict]) -> list[dict]:
    """Statements in text order, grouped by numbered point (None = lead paragraph)."""
    groups: "OrderedDict[Any, list]" = OrderedDict()
    for st in sorted(statements, key=lambda s: (s.get("span_start") or 0, s.get("position") or 0)):
        groups.setdefault(st.get("point"), []).append({
            "id": st.get("id"), "text": st.get("text"), "start": st.get("span_start"), "end": st.get("span_end"),
            "stance": st.get("stance"), "topics": list(st.get("topics") or []),
            "agents": list(st.get("agents") or []), "point": st.get("point"),
            "plover": st.get("plover"), "cameo": st.get("cameo")})
    return [{"point": point, "statements": items} for point, items in groups.items()]


def header_spans(values: dict) -> list[dict]:
    """Header values a source reported that carry a span into its text, so they can be highlighted too."""
    spans = values.get("spans") or {}
    out = []
    for name in HEADER_FIELDS:
        span, value = spans.get(name), values.get(name)
        if isinstance(value, dict):
            value = ", ".join(v for v in (value.get("city"), value.get("country")) if v)
        if span and len(span) == 2 and value not in (None, ""):
            out.append({"label": name, "value": value, "start": span[0], "end": span[1]})
    return out


def page_history(store, sources: list[dict]) -> list[dict]:
    """Crawled snapshots of each source URL, where a page was fetched more than once."""
    out = []
    for url in dict.fromkeys(s["url"] for s in sources if s.get("url")):
        snapshots = store.history(url)
        if len(snapshots) > 1:
            out.append({"url": url, "snapshots": snapshots})
    return out


def comparison_fragment(store, meeting_id: int) -> Optional[Markup]:
    """The compare engineer's escaped side-by-side HTML; absent (and logged) if it cannot be built."""
    try:
        from ..compare import compare_meeting, render_html_side_by_side
        comparisons = compare_meeting(store, meeting_id)
        if not isinstance(comparisons, (list, tuple)):
            comparisons = [comparisons]
        return Markup("".join(render_html_side_by_side(c) for c in comparisons))
    except Exception:  # a comparison bug must not take the meeting page down
        log.exception("comparison of meeting %s failed", meeting_id)
        return None
