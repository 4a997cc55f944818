"""Queries for the CLI, the web app and the API. Every function returns plain dicts (or records)."""
from __future__ import annotations

import re
import zlib
from typing import Any, Optional, Sequence

import orjson

from ..errors import StoreError
from ..record import Record
from . import resolve
from .summary import rank_sources

TABLES = ("documents", "meetings", "meeting_sources", "meeting_countries", "dyads", "dyad_years",
          "participants", "persons", "person_names", "offices", "statements", "statement_topics",
          "meeting_topics", "events", "cited_references", "commitments", "schema_migrations")
_MEETING_COLUMNS = ("id, status, date, sort_date, start_time, time_note, duration_minutes, format, level, countries, "
                    "host_country, location_city, location_country, occasion, title, organizations, source_count")


def _codes(text: Optional[str]) -> list[str]:
    return [c for c in (text or "").split(",") if c]


def split_dyad(dyad: str) -> tuple[str, str]:
    """'JPN-KOR' (or 'KOR,JPN', 'jpn kor') -> ('JPN', 'KOR'), sorted as stored."""
    parts = [p for p in dyad.replace(",", "-").replace(" ", "-").replace("/", "-").upper().split("-") if p]
    if len(parts) != 2 or parts[0] == parts[1]:
        raise StoreError(f"{dyad}: a dyad is two different country codes, e.g. JPN-KOR")
    a, b = sorted(parts)
    return a, b


# -- meetings ----------------------------------------------------------------------------------

def meetings(store, country: Optional[str] = None, dyad: Optional[str] = None, since: Optional[str] = None,
             until: Optional[str] = None, level: Optional[str] = None, format: Optional[str] = None,
             topic: Optional[str] = None, stance: Optional[str] = None, publisher: Optional[str] = None,
             q: Optional[str] = None, status: Optional[str] = "held", limit: Optional[int] = 100,
             offset: int = 0) -> list[dict]:
    """Meetings, newest first, each with id, date, format, level, countries, participants, topics, sources.

    Filters combine with AND; `status` is 'held' (default), 'announced' (previews only) or None (all).
    """
    where, params = [], []
    if country:
        where.append("m.id IN (SELECT meeting_id FROM meeting_countries WHERE country = ?)")
        params.append(country.upper())
    if dyad:
        where.append("m.id IN (SELECT meeting_id FROM dyads WHERE country_a = ? AND country_b = ?)")
        params.extend(split_dyad(dyad))
    for column, op, value in (("sort_date", ">=", since), ("sort_date", "<=", _end_of(until)),
                              ("level", "=", level), ("format", "=", format), ("status", "=", status)):
        if value:
            where.append(f"m.{column} {op} ?")
            params.append(value)
    if topic:
        where.append("m.id IN (SELECT meeting_id FROM meeting_topics WHERE topic = ?)")
        params.append(topic)
    if stance:
        where.append("m.id IN (SELECT meeting_id FROM statements WHERE stance = ?)")
        params.append(stance)
    if publisher:
        where.append("m.id IN (SELECT ms.meeting_id FROM meeting_sources ms JOIN documents d ON d.id = ms.document_id "
                     "WHERE lower(d.publisher) LIKE ? ESCAPE '\\')")
        params.append(f"%{_like_literal(publisher.lower())}%")
    if q:
        words = _substring_words(q)
        if words:
            condition, word_params = _contains_all(store, words)
            where.append("m.id IN (SELECT ms.meeting_id FROM meeting_sources ms JOIN documents d ON d.id = ms.document_id "
                         f"WHERE {condition})")
            params.extend(word_params)
        else:
            where.append("m.id IN (SELECT ms.meeting_id FROM meeting_sources ms JOIN documents d ON d.id = ms.document_id "
                         f"WHERE {store.dialect.search_filter_sql()})")
            params.append(store.dialect.search_terms(q))
    sql = f"SELECT {_MEETING_COLUMNS} FROM meetings m"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY m.sort_date IS NULL, m.sort_date DESC, m.id DESC"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params.extend([int(limit), int(offset)])
    return hydrate(store, store.query(sql, params))


def _end_of(until: Optional[str]) -> Optional[str]:
    """'2018' means through the end of 2018; '2018-05' through the end of May."""
    if not until:
        return None
    return until + {4: "-12-31", 7: "-31"}.get(len(until), "")


def hydrate(store, rows: list[dict]) -> list[dict]:
    """Add participants, topics and sources to meeting rows (three queries for the whole page)."""
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    marks = ", ".join("?" * len(ids))
    people = store.query(
        f"SELECT p.meeting_id, p.person_id, coalesce(n.name, p.name) AS name, p.name AS written, p.country, "
        f"p.organization, p.title, p.role, p.document_id FROM participants p LEFT JOIN persons n ON n.id = p.person_id "
        f"WHERE p.meeting_id IN ({marks}) ORDER BY p.meeting_id, p.role DESC, p.id", ids)
    topics = store.query(f"SELECT meeting_id, topic FROM meeting_topics WHERE meeting_id IN ({marks}) "
                         "ORDER BY meeting_id, topic", ids)
    sources = _sources(store, ids)
    out = []
    for row in rows:
        mid = row["id"]
        meeting = {**row, "countries": _codes(row["countries"]), "organizations": _codes(row["organizations"])}
        meeting["participants"] = _unique_people([p for p in people if p["meeting_id"] == mid])
        meeting["topics"] = [t["topic"] for t in topics if t["meeting_id"] == mid]
        meeting["sources"] = [s for s in sources if s["meeting_id"] == mid]
        out.append(meeting)
    return out


def _unique_people(rows: list[dict]) -> list[dict]:
    """One entry per person (sources repeat them); principals first."""
    seen, people = set(), []
    for row in sorted(rows, key=lambda r: r["role"] != "principal"):
        key = row["person_id"] or (row["name"], row["country"])
        if key in seen:
            continue
        seen.add(key)
        people.append({k: row[k] for k in ("person_id", "name", "written", "country", "organization", "title",
                                           "role")})
    return people


def _sources(store, meeting_ids: Sequence[int], with_values: bool = False) -> list[dict]:
    marks = ", ".join("?" * len(meeting_ids))
    extra = ", ms.header_json, ms.start_time, ms.time_note, ms.duration_minutes, ms.format, ms.level, " \
            "ms.host_country, ms.location_city, ms.location_country, ms.occasion, ms.title, ms.countries, " \
            "ms.match_rule, d.text" if with_values else ""
    rows = store.query(
        "SELECT ms.meeting_id, ms.document_id, ms.meeting_index, ms.relation, ms.status, ms.date, d.source, d.url, "
        f"d.title AS document_title, d.publisher, d.published, d.kind, d.fetched_at{extra} "
        f"FROM meeting_sources ms JOIN documents d ON d.id = ms.document_id WHERE ms.meeting_id IN ({marks})",
        list(meeting_ids))
    out = []
    for row in rank_sources(rows):
        row["location"] = row.get("url") or row["source"]
        if with_values:
            row["values"] = orjson.loads(row.pop("header_json") or "{}")
        out.append(row)
    return out


def meeting(store, meeting_id: int) -> Optional[dict]:
    """One meeting: header, participants, statements, topics, events, references, commitments,
    and its sources with the values each reported (and each source's text, so spans can be shown)."""
    rows = store.query(f"SELECT {_MEETING_COLUMNS}, primary_document_id FROM meetings WHERE id = ?", [meeting_id])
    if not rows:
        return None
    result = hydrate(store, rows)[0]
    result["sources"] = _sources(store, [meeting_id], with_values=True)
    result["participants_by_source"] = store.query(
        "SELECT document_id, person_id, name, family_name, given_name, title, country, organization, role, "
        "span_start, span_end FROM participants WHERE meeting_id = ? ORDER BY document_id, id", [meeting_id])
    statements = store.query(
        "SELECT id, document_id, position, text, span_start, span_end, point, agents, stance, plover, plover_mode, "
        "cameo, goldstein FROM statements WHERE meeting_id = ? ORDER BY document_id, position", [meeting_id])
    topics = store.query("SELECT st.statement_id, st.topic FROM statement_topics st JOIN statements s "
                         "ON s.id = st.statement_id WHERE s.meeting_id = ? ORDER BY st.topic", [meeting_id])
    for s in statements:
        s["agents"] = _codes(s["agents"])
        s["topics"] = [t["topic"] for t in topics if t["statement_id"] == s["id"]]
    result["statements"] = statements
    for table in ("events", "cited_references", "commitments"):
        result[table] = store.query(f"SELECT * FROM {table} WHERE meeting_id = ? ORDER BY id", [meeting_id])
    return result


def records_for_meeting(store, meeting_id: int) -> list[Record]:
    """The stored record of every source of a meeting, best source first (exact: the stored record JSON)."""
    sources = _sources(store, [meeting_id])
    ids = list(dict.fromkeys(s["document_id"] for s in sources))
    return [r for r in (record_for_document(store, i) for i in ids) if r is not None]


def record_for_document(store, document_id: str) -> Optional[Record]:
    row = store.one("SELECT record_json, text FROM documents WHERE id = ?", [document_id])
    if not row:
        return None
    data = orjson.loads(row["record_json"])
    data["document"]["text"] = row["text"]
    return Record.from_dict(data)


def raw_for_document(store, document_id: str) -> Optional[bytes]:
    row = store.one("SELECT raw FROM documents WHERE id = ?", [document_id])
    return zlib.decompress(bytes(row["raw"])) if row and row["raw"] is not None else None


# -- dyads, countries, topics ------------------------------------------------------------------

def dyad_timeline(store, a: str, b: str, limit: int = 100, offset: int = 0) -> dict:
    """Meetings between two countries: counts per year and level, and the meetings, newest first."""
    a, b = split_dyad(f"{a}-{b}")
    years = store.query("SELECT year, level, meetings FROM dyad_years WHERE country_a = ? AND country_b = ? "
                        "ORDER BY year, level", [a, b])
    by_year: dict[str, dict] = {}
    for row in years:
        entry = by_year.setdefault(row["year"], {"year": row["year"] or None, "meetings": 0, "levels": {}})
        entry["meetings"] += row["meetings"]
        entry["levels"][row["level"] or "unknown"] = row["meetings"]
    page = store.query(
        "SELECT m.id, m.status, m.date, m.sort_date, m.format, m.level, m.title, m.location_city, m.occasion, "
        "m.source_count FROM dyads y JOIN meetings m ON m.id = y.meeting_id "
        "WHERE y.country_a = ? AND y.country_b = ? ORDER BY y.date DESC, y.meeting_id DESC LIMIT ? OFFSET ?",
        [a, b, int(limit), int(offset)])
    return {"dyad": [a, b], "total": sum(y["meetings"] for y in by_year.values()),
            "years": list(by_year.values()), "meetings": page}


def country_partners(store, code: str) -> list[dict]:
    """The countries a country met, most meetings first, with first and last meeting dates."""
    code = code.upper()
    rows = store.query(
        "SELECT partner, count(*) AS meetings, min(date) AS first, max(date) AS last FROM ("
        "SELECT country_b AS partner, date FROM dyads WHERE country_a = ? UNION ALL "
        "SELECT country_a AS partner, date FROM dyads WHERE country_b = ?) x "
        "GROUP BY partner ORDER BY meetings DESC, partner", [code, code])
    return rows


def topic_trend(store, topic: str) -> list[dict]:
    """Meetings per year that touched a topic."""
    return store.query("SELECT substr(date, 1, 4) AS year, count(*) AS meetings FROM meeting_topics "
                       "WHERE topic = ? GROUP BY substr(date, 1, 4) ORDER BY year", [topic])


# -- people ------------------------------------------------------------------------------------

def find_persons(store, name: str) -> list[dict]:
    """Persons known by this name: an exact alias, else by family name (and given name, when given)."""
    rows = store.query("SELECT DISTINCT p.* FROM person_names n JOIN persons p ON p.id = n.person_id "
                       "WHERE n.normalized = ? ORDER BY p.id", [resolve.normalize(name)])
    if rows:
        return rows
    words = [w for w in (resolve.normalize(w) for w in name.replace(",", " ").split()) if w]
    # Family names may be several words ("Borrell Fontelles"): try every run of words, longest first.
    runs = sorted({(i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)},
                  key=lambda ij: (ij[0] - ij[1], ij[0]))
    for i, j in runs:
        family = "".join(words[i:j])
        found = store.query("SELECT * FROM persons WHERE person_key LIKE ? ORDER BY last_seen DESC, id",
                            [f"%:{family}"])
        others = words[:i] + words[j:]
        fitting = [p for p in found if any(resolve.given_compatible(w, resolve.normalize(p["given_name"]))
                                           and resolve.normalize(p["given_name"]) for w in others)]
        if fitting or found:
            return fitting or found
    return []


def person(store, name: str) -> list[dict]:
    """Each person matching `name`, with aliases, offices held over time and meetings attended."""
    out = []
    for p in find_persons(store, name):
        p = dict(p)
        p["aliases"] = [r["name"] for r in store.query(
            "SELECT name FROM person_names WHERE person_id = ? ORDER BY name", [p["id"]])]
        p["offices"] = store.query("SELECT title, country, first_seen, last_seen, mentions FROM offices "
                                   "WHERE person_id = ? ORDER BY first_seen, title", [p["id"]])
        p["meetings"] = store.query(
            "SELECT DISTINCT m.id, m.date, m.sort_date, m.countries, m.format, m.level, m.title, pa.role "
            "FROM participants pa JOIN meetings m ON m.id = pa.meeting_id WHERE pa.person_id = ? "
            "ORDER BY m.sort_date, m.id", [p["id"]])
        for m in p["meetings"]:
            m["countries"] = _codes(m["countries"])
        out.append(p)
    return out


def office_holders(store, title: str, country: Optional[str] = None, on: Optional[str] = None) -> list[dict]:
    """Who held an office (any wording of it), optionally in one country and on a date (or in a year/month):
    those seen in it around then, else the last one seen in it before."""
    office = resolve.canonical_office(title)
    sql = ("SELECT o.title, o.country, o.first_seen, o.last_seen, o.mentions, p.id AS person_id, p.name "
           "FROM offices o JOIN persons p ON p.id = o.person_id WHERE o.title = ?")
    params: list[Any] = [office]
    if country:
        sql += " AND o.country = ?"
        params.append(country.upper())
    rows = store.query(sql + " ORDER BY o.first_seen, o.last_seen", params)
    if not on:
        return rows
    start, end = _start_of(on), _end_of(on)
    covering = [r for r in rows if r["first_seen"] and r["first_seen"] <= end and (r["last_seen"] or "") >= start]
    if covering:
        return covering
    before = [r for r in rows if r["first_seen"] and r["first_seen"] <= end]
    return sorted(before, key=lambda r: r["last_seen"] or "")[-1:]


def _start_of(day: str) -> str:
    """'2018' -> '2018-01-01', '2018-05' -> '2018-05-01'."""
    return day + {4: "-01-01", 7: "-01"}.get(len(day), "")


# -- search and stats --------------------------------------------------------------------------

# Scripts written without spaces between words: a full-text tokenizer (FTS5's unicode61,
# PostgreSQL's english parser) keeps a whole run of such text as one token, so '外相' would never
# match '日・ポルトガル外相電話会談'. A query in them is matched as substrings instead.
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _substring_words(text: str) -> list[str]:
    """The words of a query to match as substrings (it has Japanese, Chinese or Korean), else []."""
    return text.split()[:8] if _UNSPACED_SCRIPT.search(text) else []


def _contains_all(store, words: list[str]) -> tuple[str, list[str]]:
    """A condition on documents d: every word in its text or title; and its parameters."""
    title = "coalesce(d.title, '')"
    one = f"({store.dialect.contains_sql('d.text')} OR {store.dialect.contains_sql(title)})"
    return " AND ".join([one] * len(words)), [w for w in words for _ in (0, 1)]


def _substring_snippet(text: str, word: str, width: int = 40) -> str:
    """'…context [word] context…', like the full-text snippets."""
    pos = (text or "").find(word)
    if pos == -1:
        return ""
    start, end = max(0, pos - width), min(len(text), pos + len(word) + width)
    return (("…" if start else "") + text[start:pos] + "[" + word + "]" + text[pos + len(word):end]
            + ("…" if end < len(text) else "")).replace("\n", " ")


def search(store, text: str, limit: int = 20, offset: int = 0) -> list[dict]:
    """Full-text search over documents (FTS5 or PostgreSQL full text); each hit names its meetings.
    A query in Japanese, Chinese or Korean is matched as substrings (newest documents first)."""
    words = _substring_words(text)
    if words:
        condition, params = _contains_all(store, words)
        hits = store.query("SELECT d.id, d.title, d.url, d.source, d.published, d.publisher, d.text "
                           f"FROM documents d WHERE {condition} "
                           "ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT ? OFFSET ?",
                           params + [int(limit), int(offset)])
        for hit in hits:
            hit["snippet"], hit["rank"] = _substring_snippet(hit.pop("text"), words[0]), 0.0
    else:
        terms = store.dialect.search_terms(text)
        if not terms.strip('" '):
            return []
        hits = store.query(store.dialect.search_sql(), [terms, int(limit), int(offset)])
    for hit in hits:
        hit["meetings"] = [r["meeting_id"] for r in store.query(
            "SELECT DISTINCT meeting_id FROM meeting_sources WHERE document_id = ? ORDER BY meeting_id", [hit["id"]])]
    return hits


def stats(store) -> dict:
    """Counts of every table, meetings by status, documents by kind, the date range."""
    counts = {t: store.scalar(f"SELECT count(*) AS n FROM {t}") for t in TABLES if t != "schema_migrations"}
    span = store.one("SELECT min(sort_date) AS first, max(sort_date) AS last FROM meetings WHERE status = 'held'")
    return {
        "backend": store.dialect.name,
        "schema_version": store.scalar("SELECT max(version) AS v FROM schema_migrations"),
        "counts": counts,
        "meetings_by_status": {r["status"]: r["n"] for r in store.query(
            "SELECT status, count(*) AS n FROM meetings GROUP BY status ORDER BY status")},
        "documents_by_kind": {r["kind"] or "unknown": r["n"] for r in store.query(
            "SELECT kind, count(*) AS n FROM documents GROUP BY kind ORDER BY kind")},
        "meetings_by_source_count": {str(r["source_count"]): r["n"] for r in store.query(
            "SELECT source_count, count(*) AS n FROM meetings GROUP BY source_count ORDER BY source_count")},
        "first_meeting": span["first"] if span else None,
        "last_meeting": span["last"] if span else None,
    }


def to_pandas(store, table_or_rows: Any = "meetings"):
    """A DataFrame of a table (by name) or of rows a query returned; needs pandas."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise StoreError("to_pandas needs pandas: pip install pandas") from exc
    if isinstance(table_or_rows, str):
        if table_or_rows not in TABLES:
            raise StoreError(f"{table_or_rows}: no such table (one of {', '.join(TABLES)})")
        columns = "*" if table_or_rows != "documents" else _DOCUMENT_EXPORT_COLUMNS
        return pd.DataFrame(store.query(f"SELECT {columns} FROM {table_or_rows}"))
    return pd.DataFrame(list(table_or_rows))


_DOCUMENT_EXPORT_COLUMNS = ("id, source, url, title, publisher, published, language, kind, is_readout, extractor, "
                            "raw_sha256, raw_size, raw_format, text, warnings, fetched_at, etag, last_modified, "
                            "checked_at, ingested_at, updated_at")


def _like_literal(text: str) -> str:
    """Text for a LIKE pattern that matches itself: %, _ and the escape character are escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
