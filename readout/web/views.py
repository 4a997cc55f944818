"""The data behind each page, built from store queries; the API returns the same dicts as JSON.

Everything here is read-only and returns plain JSON-ready values; the pages add charts.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import Any, Iterable, Optional

from .app import WebError

COUNTRY_CODE = re.compile(r"^[A-Za-z]{2,3}$")
SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)
MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000_000  # past any real result; larger values overflow the database's integers
TIMELINE_LIMIT = 5000  # meetings drawn on one dyad / country / topic page
FILTERS = ("country", "dyad", "since", "until", "level", "format", "topic", "stance", "publisher", "q")


def parse_country(code: str) -> str:
    """Validate an ISO country code from a URL; 404 for anything else."""
    if not COUNTRY_CODE.match(code or ""):
        raise WebError(404, f"not a country code: {code[:40]!r}")
    return code.upper()


def parse_dyad(pair: str) -> tuple[str, str]:
    """'JPN-KOR' -> ('JPN', 'KOR'), in the order given."""
    parts = (pair or "").split("-")
    if len(parts) != 2:
        raise WebError(404, f"a pair of countries is written like JPN-KOR, not {pair[:40]!r}")
    a, b = parse_country(parts[0]), parse_country(parts[1])
    if a == b:
        raise WebError(404, f"a pair needs two different countries, not {a}-{b}")
    return a, b


def parse_date(value: Optional[str], name: str) -> Optional[str]:
    """An ISO date filter, or 422."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise WebError(422, f"{name}: expected a date like 2023-05-20") from None


def clean_filters(params: dict[str, Any]) -> dict[str, Any]:
    """Keep known, non-empty filters; validate dates, the dyad and the country."""
    out = {k: str(v).strip() for k, v in params.items() if k in FILTERS and v not in (None, "")}
    for key in ("since", "until"):
        if key in out:
            out[key] = parse_date(out[key], key)
    try:
        if "country" in out:
            out["country"] = parse_country(out["country"])
        if "dyad" in out:
            out["dyad"] = "-".join(parse_dyad(out["dyad"]))
    except WebError as exc:  # a bad filter value is an invalid request, not a missing page
        raise WebError(422, exc.message) from None
    return out


def meetings_list(store, filters: dict[str, Any], limit: int = 50, offset: int = 0) -> dict:
    """A page of meetings matching the filters; `has_more` says whether another page follows."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    meetings, _ = unpack_page(store.meetings(**filters, limit=limit + 1, offset=offset))
    return {"filters": filters, "limit": limit, "offset": offset, "has_more": len(meetings) > limit,
            "meetings": [summarise_meeting(m) for m in meetings[:limit]]}


def unpack_page(result: Any) -> tuple[list[dict], Optional[int]]:
    """Accept a list of meetings or a dict {'meetings': [...], 'total': n}."""
    if isinstance(result, dict):
        return list(result.get("meetings") or result.get("items") or []), result.get("total")
    return list(result or []), None


def summarise_meeting(m: dict) -> dict:
    """The fields a meetings table shows, with sources as a list of strings."""
    return {
        "id": m.get("id"), "date": m.get("date"), "title": m.get("title"),
        "level": m.get("level"), "format": m.get("format"),
        "countries": list(m.get("countries") or []), "topics": list(m.get("topics") or []),
        "participants": [p if isinstance(p, str) else p.get("name") for p in m.get("participants") or []],
        "sources": [s if isinstance(s, str) else (s.get("url") or s.get("source") or s.get("document_id"))
                    for s in m.get("sources") or []],
    }


def all_meetings(store, **filters: Any) -> list[dict]:
    """Every meeting for a chart (bounded by TIMELINE_LIMIT), oldest first."""
    meetings, _ = unpack_page(store.meetings(**filters, limit=TIMELINE_LIMIT, offset=0))
    meetings = [summarise_meeting(m) for m in meetings]
    return sorted(meetings, key=lambda m: (m["date"] or "", str(m["id"])))


def count_per_year(meetings: Iterable[dict]) -> dict[int, int]:
    """Meetings per calendar year (meetings without a date are left out)."""
    return dict(sorted(Counter(int(m["date"][:4]) for m in meetings if m.get("date")).items()))


def find_longest_gap(meetings: list[dict]) -> Optional[dict]:
    """The longest stretch between two consecutive dated meetings."""
    dated = sorted((date.fromisoformat(m["date"][:10]), m["id"]) for m in meetings if _is_date(m.get("date")))
    best = None
    for (d1, id1), (d2, id2) in zip(dated, dated[1:]):
        days = (d2 - d1).days
        if best is None or days > best["days"]:
            best = {"days": days, "start": d1.isoformat(), "end": d2.isoformat(),
                    "start_meeting": id1, "end_meeting": id2}
    return best


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(str(value)[:10])
        return True
    except ValueError:
        return False


def count_topics_by_year(meetings: Iterable[dict], top: int = 15) -> dict[str, dict[int, int]]:
    """Topic -> year -> meetings, for the `top` topics with the most meetings."""
    cells: dict[str, Counter] = defaultdict(Counter)
    for m in meetings:
        if m.get("date"):
            for topic in set(m.get("topics") or []):
                cells[topic][int(m["date"][:4])] += 1
    ranked = sorted(cells, key=lambda t: (-sum(cells[t].values()), t))[:top]
    return {t: dict(sorted(cells[t].items())) for t in ranked}


def count_by(meetings: Iterable[dict], key: str) -> dict[str, int]:
    """Meetings per value of a field ('level', 'format'); None counts as 'unknown'."""
    return dict(Counter(m.get(key) or "unknown" for m in meetings).most_common())


def dyad_view(store, a: str, b: str) -> dict:
    """Everything the dyad page shows for the pair a–b (exact yearly counts from the store)."""
    timeline = store.dyad_timeline(a, b, limit=1, offset=0)
    meetings = all_meetings(store, dyad=f"{a}-{b}")
    dated = [m for m in meetings if m.get("date")]
    per_year = {int(y["year"]): int(y["meetings"]) for y in timeline.get("years", []) if str(y.get("year")).isdigit()}
    return {
        "dyad": f"{a}-{b}", "countries": [a, b], "total": timeline.get("total", len(meetings)),
        "first_date": dated[0]["date"] if dated else None,
        "last_date": dated[-1]["date"] if dated else None,
        "per_year": per_year or count_per_year(meetings), "by_level": count_by(meetings, "level"),
        "by_format": count_by(meetings, "format"), "longest_gap": find_longest_gap(meetings),
        "topics_by_year": count_topics_by_year(meetings), "meetings": meetings[::-1],
        "shown": len(meetings),
    }


def country_view(store, code: str) -> dict:
    """Partners ranked and meetings over time for one country."""
    partners = normalise_partners(store.country_partners(code), code)
    meetings = all_meetings(store, country=code)
    return {"country": code, "total": len(meetings), "partners": partners,
            "per_year": count_per_year(meetings), "meetings": meetings[::-1]}


def normalise_partners(result: Any, code: str) -> list[dict]:
    """Accept [{'country'|'partner': X, 'meetings'|'count': n}] or {X: n}; largest first."""
    rows = result.get("partners", result) if isinstance(result, dict) and "partners" in result else result
    if isinstance(rows, dict):
        rows = [{"country": k, "meetings": v} for k, v in rows.items()]
    out = []
    for row in rows or []:
        country = row.get("country") or row.get("partner")
        if country and country != code:
            out.append({"country": country, "meetings": int(row.get("meetings", row.get("count", 0)) or 0)})
    return sorted(out, key=lambda r: (-r["meetings"], r["country"]))


def person_view(store, name: str) -> dict:
    """A person's offices over time and meetings; 404 when nobody matches."""
    found = store.person(name)
    if not found:
        raise WebError(404, f"no person matches {name[:80]!r}")
    person = found[0]
    offices = [{"title": o.get("title"), "country": o.get("country"), "start": o.get("first_seen"),
                "end": o.get("last_seen"), "mentions": o.get("mentions")} for o in person.get("offices") or []]
    meetings = sorted((summarise_meeting(m) | {"role": m.get("role")} for m in person.get("meetings") or []),
                      key=lambda m: m["date"] or "", reverse=True)
    return {"name": person.get("name") or name, "id": person.get("id"), "country": person.get("country"),
            "aliases": [a for a in person.get("aliases") or [] if a != person.get("name")],
            "offices": sorted(offices, key=lambda o: o["start"] or ""), "meetings": meetings,
            "others": [{"name": p.get("name"), "country": p.get("country")} for p in found[1:]]}


def topic_view(store, topic: str) -> dict:
    """A topic's meetings per year and the pairs that raise it most."""
    trend = store.topic_trend(topic)
    meetings = all_meetings(store, topic=topic)
    per_year = normalise_trend(trend) or count_per_year(meetings)
    dyads = Counter("-".join(sorted(m["countries"])) for m in meetings if len(m["countries"]) == 2)
    return {"topic": topic, "total": len(meetings), "per_year": per_year,
            "leading_dyads": [{"dyad": d, "meetings": n} for d, n in dyads.most_common(10)],
            "meetings": meetings[::-1]}


def normalise_trend(trend: Any) -> dict[int, int]:
    """Accept {year: n}, [{'year': y, 'meetings'|'count': n}] or {'years': ...}."""
    if isinstance(trend, dict) and ("years" in trend or "per_year" in trend):
        trend = trend.get("years", trend.get("per_year"))
    if isinstance(trend, dict):
        return {int(y): int(n) for y, n in trend.items() if str(y).isdigit()}
    out: dict[int, int] = {}
    for row in trend or []:
        year = row.get("year") if isinstance(row, dict) else row[0]
        count = (row.get("meetings", row.get("count", 0)) if isinstance(row, dict) else row[1])
        if year is not None and str(year).isdigit():
            out[int(year)] = out.get(int(year), 0) + int(count or 0)
    return dict(sorted(out.items()))


def home_view(store) -> dict:
    """Counts, the most frequent pairs, and the latest meetings."""
    from ..store.webqueries import top_dyads
    stats = store.stats() or {}
    table_counts = stats.get("counts") or {}
    counts = [(k, table_counts[k]) for k in ("meetings", "documents", "persons", "statements") if k in table_counts]
    latest, _ = unpack_page(store.meetings(limit=12, offset=0))
    return {"counts": counts, "first_meeting": stats.get("first_meeting"), "last_meeting": stats.get("last_meeting"),
            "dyads": top_dyads(store, 12), "latest": [summarise_meeting(m) for m in latest]}


def search_view(store, filters: dict, limit: int, offset: int) -> dict:
    """Filtered meetings, plus matching passages when a text query is given."""
    view = meetings_list(store, filters, limit, offset)
    view["hits"] = []
    if filters.get("q") and offset == 0:
        view["hits"] = [{"document_id": h.get("id"), "title": h.get("title"), "publisher": h.get("publisher"),
                         "published": h.get("published"), "meetings": h.get("meetings") or [],
                         "snippet": h.get("snippet")} for h in store.search(filters["q"], limit=20)]
    return view


def safe_url(url: Optional[str]) -> Optional[str]:
    """Only http(s) links are rendered as links (a stored URL comes from the web)."""
    return url if url and SAFE_URL.match(url) else None
