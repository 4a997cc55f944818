"""A meeting's own values, recomputed from its sources; a person's offices, recomputed from participants."""
from __future__ import annotations

from datetime import datetime, timezone
from itertools import combinations
from typing import Optional

import orjson

# Which source speaks for a meeting first: an official readout, then a joint statement, then the press.
_KIND_RANK = {"readout": 0, "joint_statement": 1, "statement": 2, "news_report": 3}
_FIELDS = ("date", "start_time", "time_note", "duration_minutes", "format", "level", "host_country",
           "location_city", "location_country", "occasion", "title")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def rank_sources(sources: list[dict]) -> list[dict]:
    """Current reports first (official before press, earlier before later), then superseded, then previews."""
    def key(s: dict) -> tuple:
        return (s["relation"] != "report", s["status"] != "current", _KIND_RANK.get(s["kind"] or "", 4),
                s["published"] or "9999", s["document_id"], s["meeting_index"])
    return sorted(sources, key=key)


def recompute_meeting(store, meeting_id: int) -> None:
    """Set the meeting's values from its best sources; delete it when no source is left."""
    sources = store.query(
        "SELECT ms.*, d.kind, d.published FROM meeting_sources ms JOIN documents d ON d.id = ms.document_id "
        "WHERE ms.meeting_id = ?", [meeting_id])
    old = store.one("SELECT sort_date, level FROM meetings WHERE id = ?", [meeting_id])
    old_keys = _dyad_year_keys(store, meeting_id)
    if not sources:
        _delete_meeting(store, meeting_id)
        _refresh_dyad_years(store, old_keys)
        return
    ranked = rank_sources(sources)
    pool = [s for s in ranked if s["relation"] == ranked[0]["relation"] and s["status"] == ranked[0]["status"]]
    values = {f: next((s[f] for s in pool if s[f] is not None), None) for f in _FIELDS}
    headers = [orjson.loads(s["header_json"] or "{}") for s in ranked if s["status"] == "current"] or [{}]
    principals = sorted({k for h in headers for k in h.get("principals", [])})
    names = sorted({k for h in headers for k in h.get("principal_names", [])})
    organizations = sorted({o for h in headers for o in h.get("organizations", [])})
    report_headers = [orjson.loads(s["header_json"] or "{}") for s in ranked
                      if s["relation"] == "report" and s["status"] == "current"] or headers
    topics = sorted({t for h in report_headers for t in h.get("topics", [])})
    sort_date = values["date"] or min((s["published"] for s in pool if s["published"]), default=None) \
        or (old or {}).get("sort_date")
    status = "held" if any(s["relation"] == "report" for s in sources) else "announced"
    primary = ranked[0]
    row = {**values, "status": status, "sort_date": sort_date, "countries": primary["countries"] or "",
           "organizations": ",".join(organizations), "principals": ",".join(principals),
           "principal_names": ",".join(names),
           "primary_document_id": primary["document_id"],
           "source_count": len({s["document_id"] for s in sources}), "updated_at": _now()}
    sets = ", ".join(f"{c} = ?" for c in row)
    store.execute(f"UPDATE meetings SET {sets} WHERE id = ?", [*row.values(), meeting_id])
    _replace_links(store, meeting_id, row, topics)
    _refresh_dyad_years(store, old_keys | _dyad_year_keys(store, meeting_id))


def _replace_links(store, meeting_id: int, row: dict, topics: list[str]) -> None:
    """meeting_countries, dyads and meeting_topics: the rows the fast queries read."""
    countries = [c for c in (row["countries"] or "").split(",") if c]
    for table in ("meeting_countries", "dyads", "meeting_topics"):
        store.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting_id])
    day = row["sort_date"]
    store.insert_many("meeting_countries", ["meeting_id", "country", "date"], [(meeting_id, c, day) for c in countries])
    store.insert_many("dyads", ["country_a", "country_b", "date", "meeting_id", "level", "format"],
                      [(a, b, day, meeting_id, row["level"], row["format"]) for a, b in combinations(sorted(countries), 2)])
    store.insert_many("meeting_topics", ["meeting_id", "topic", "date"], [(meeting_id, t, day) for t in topics])


def _delete_meeting(store, meeting_id: int) -> None:
    for table in ("meeting_countries", "dyads", "meeting_topics"):
        store.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting_id])
    store.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])


def _dyad_year_keys(store, meeting_id: int) -> set[tuple[str, str, str]]:
    rows = store.query("SELECT country_a, country_b, date FROM dyads WHERE meeting_id = ?", [meeting_id])
    return {(r["country_a"], r["country_b"], (r["date"] or "")[:4]) for r in rows}


def _refresh_dyad_years(store, keys: set[tuple[str, str, str]]) -> None:
    """Recount the per-year, per-level meetings of each touched dyad (the timeline's summary)."""
    for a, b, year in sorted(keys):
        store.execute("DELETE FROM dyad_years WHERE country_a = ? AND country_b = ? AND year = ?", [a, b, year])
        if year:
            where, params = "date >= ? AND date < ?", [f"{year}-01-01", f"{int(year) + 1:04d}-01-01"]
        else:
            where, params = "date IS NULL", []
        store.execute(
            "INSERT INTO dyad_years (country_a, country_b, year, level, meetings) "
            f"SELECT country_a, country_b, ?, coalesce(level, ''), count(*) FROM dyads "
            f"WHERE country_a = ? AND country_b = ? AND {where} GROUP BY country_a, country_b, coalesce(level, '')",
            [year, a, b, *params])


def recompute_person(store, person_id: Optional[int]) -> None:
    """Offices held (first/last seen) and the person's span of activity, from their participations."""
    if person_id is None:
        return
    span = store.one("SELECT count(*) AS n, min(date) AS first, max(date) AS last FROM participants "
                     "WHERE person_id = ?", [person_id])
    store.execute("DELETE FROM offices WHERE person_id = ?", [person_id])
    if not span or not span["n"]:
        store.execute("DELETE FROM person_names WHERE person_id = ?", [person_id])
        store.execute("DELETE FROM persons WHERE id = ?", [person_id])
        return
    # One row per office, whatever the case it is written in ('President-elect', 'President-Elect':
    # one key); documents that disagree on its country or its capitals: the greatest is kept.
    store.execute(
        "INSERT INTO offices (person_id, title, title_key, country, first_seen, last_seen, mentions) "
        "SELECT person_id, max(office), lower(office), max(country), min(date), max(date), count(*) FROM participants "
        "WHERE person_id = ? AND office IS NOT NULL GROUP BY person_id, lower(office)", [person_id])
    store.execute("UPDATE persons SET first_seen = ?, last_seen = ?, name = coalesce(?, name) WHERE id = ?",
                  [span["first"], span["last"], _usual_name(store, person_id), person_id])


def _usual_name(store, person_id: int) -> Optional[str]:
    """The name a person is most often written as, preferring names with a given name."""
    rows = store.query("SELECT name, given_name, count(*) AS n, min(id) AS first FROM participants "
                       "WHERE person_id = ? GROUP BY name, given_name", [person_id])
    rows.sort(key=lambda r: (r["given_name"] is None and " " not in r["name"], -r["n"], r["first"]))
    return rows[0]["name"] if rows else None
