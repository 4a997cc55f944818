"""Idempotent ingest: one record, one transaction; derived rows are rebuilt whenever the record changes."""
from __future__ import annotations

import hashlib
import logging
import zlib
from datetime import datetime, timezone
from typing import Callable, Optional

import orjson

from ..errors import StoreError
from ..record import Meeting, Record, speakers
from . import resolve
from .dialect import db_errors
from .crawlsupport import history
from .summary import recompute_meeting, recompute_person

log = logging.getLogger(__name__)

PREVIEW_KINDS = frozenset({"announcement", "preview"})
_HEADER_FIELDS = ("date", "start_time", "time_note", "duration_minutes", "format", "level",
                  "host_country", "occasion", "title")


def given_of(doc) -> dict:
    """What an input document (`readout.inputs.InputDoc`) says before extraction: `Store.ingest`'s `given`."""
    return {"url": doc.url, "title": doc.title, "published": doc.published, "publisher": doc.publisher,
            "metadata": doc.metadata or {}, "warnings": list(getattr(doc, "warnings", ()) or ()),
            "format": "html" if doc.html is not None else "text"}


def raw_of(doc) -> Optional[bytes]:
    """The input document's content as read (HTML or text), for the store's compressed copy."""
    content = doc.html if doc.html is not None else doc.text
    return None if content is None else content.encode("utf-8")


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def as_record(record) -> Record:
    return record if isinstance(record, Record) else Record.from_dict(record)


def encode_record(rec: Record) -> tuple[str, str]:
    """The record JSON stored per document (without the text, kept in its own column) and its hash."""
    data = rec.as_dict()
    # Where a document was read from is not part of what it says: the same text read from
    # another path is the same document, unchanged (the first source is kept).
    hashed = {**data, "document": {k: v for k, v in data["document"].items() if k != "source"}}
    digest = hashlib.sha256(orjson.dumps(hashed, option=orjson.OPT_SORT_KEYS)).hexdigest()
    data["document"] = {k: v for k, v in data["document"].items() if k != "text"}
    return orjson.dumps(data).decode(), digest


def ingest_record(store, record, raw: Optional[bytes] = None, fetch: Optional[dict] = None,
                  given: Optional[dict] = None) -> str:
    """Store one record: 'new', 'updated' (record changed, derived rows rebuilt) or 'unchanged'.

    `given` is what the input said before extraction (url, title, published, publisher,
    metadata, warnings, format: 'html' or 'text'); it lets `reindex` read the raw input again
    exactly as it was read.
    """
    rec = as_record(record)
    record_json, record_sha = encode_record(rec)
    try:
        return _ingest(store, rec, record_json, record_sha, raw, fetch, given)
    except db_errors() as exc:
        raise StoreError(f"{rec.document.source}: cannot be stored: {exc}") from exc
    except StoreError as exc:
        raise StoreError(f"{rec.document.source}: cannot be stored: {exc}") from exc


def _ingest(store, rec: Record, record_json: str, record_sha: str, raw, fetch, given) -> str:
    with store.transaction():
        row = store.one("SELECT id, record_sha256, url, etag, last_modified FROM documents WHERE id = ?",
                        [rec.document.id])
        if row and row["record_sha256"] == record_sha:
            _refresh_fetch(store, row, fetch)
            return "unchanged"
        meetings, persons = set(), set()
        if row:
            meetings, persons = remove_derived(store, rec.document.id)
            _update_document(store, rec, record_json, record_sha, raw, fetch, given)
        else:
            _insert_document(store, rec, record_json, record_sha, raw, fetch, given)
        found, people = derive(store, rec)
        meetings |= found | mark_snapshots(store, rec.document.url)
        for meeting_id in sorted(meetings):
            recompute_meeting(store, meeting_id)
        for person_id in sorted((persons | people) - {None}):
            recompute_person(store, person_id)
    return "updated" if row else "new"


# -- documents ---------------------------------------------------------------------------------

def _raw_columns(rec: Record, raw: Optional[bytes], given: Optional[dict]) -> dict:
    """Raw input compressed with zlib, with its sha256; the text itself when no raw input was given."""
    if raw is None:
        raw, fmt = rec.document.text.encode("utf-8"), "text"
    else:
        fmt = (given or {}).get("format") or ("html" if _looks_like_html(raw) else "text")
    return {"raw": zlib.compress(raw, 6), "raw_sha256": hashlib.sha256(raw).hexdigest(),
            "raw_size": len(raw), "raw_format": fmt}


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:2000].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<div" in head


def _document_columns(rec: Record, record_json: str, record_sha: str) -> dict:
    doc = rec.document
    return {"source": doc.source, "url": doc.url, "title": doc.title, "publisher": doc.publisher,
            "published": doc.published, "language": doc.language, "kind": doc.kind,
            "is_readout": 1 if doc.is_readout else 0, "extractor": rec.extractor, "text": doc.text,
            "record_json": record_json, "record_sha256": record_sha, "warnings": len(rec.warnings)}


def _fetch_columns(fetch: Optional[dict]) -> dict:
    fetch = fetch or {}
    return {k: fetch.get(k) for k in ("fetched_at", "etag", "last_modified")}


def _given_json(given: Optional[dict]) -> Optional[str]:
    return orjson.dumps(given, option=orjson.OPT_SORT_KEYS).decode() if given else None


def _insert_document(store, rec, record_json, record_sha, raw, fetch, given) -> None:
    stamp = now()
    row = {"id": rec.document.id, **_document_columns(rec, record_json, record_sha),
           **_raw_columns(rec, raw, given), **_fetch_columns(fetch), "checked_at": (fetch or {}).get("fetched_at"),
           "input_json": _given_json(given), "ingested_at": stamp, "updated_at": stamp}
    store.insert("documents", row)


def _update_document(store, rec, record_json, record_sha, raw, fetch, given) -> None:
    cols = {**_document_columns(rec, record_json, record_sha), "updated_at": now()}
    if raw is not None:
        cols.update(_raw_columns(rec, raw, given))
    if given:
        cols["input_json"] = _given_json(given)
    if fetch:
        cols.update({k: v for k, v in _fetch_columns(fetch).items() if v is not None})
    sets = ", ".join(f"{c} = ?" for c in cols)
    store.execute(f"UPDATE documents SET {sets} WHERE id = ?", [*cols.values(), rec.document.id])


def _refresh_fetch(store, row: dict, fetch: Optional[dict]) -> None:
    """The same content fetched again: keep the validators the server sent, note when it was checked."""
    if not fetch:
        return
    etag, modified = fetch.get("etag"), fetch.get("last_modified")
    checked = fetch.get("fetched_at") or now()
    store.execute("UPDATE documents SET etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), "
                  "checked_at = ? WHERE id = ?", [etag, modified, checked, row["id"]])


def remove_derived(store, document_id: str) -> tuple[set, set]:
    """Delete every row derived from a document; give back the meetings and persons it touched."""
    meetings = {r["meeting_id"] for r in store.query(
        "SELECT DISTINCT meeting_id FROM meeting_sources WHERE document_id = ?", [document_id])}
    persons = {r["person_id"] for r in store.query(
        "SELECT DISTINCT person_id FROM participants WHERE document_id = ? AND person_id IS NOT NULL",
        [document_id])}
    for table in ("events", "commitments", "cited_references"):
        store.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
    store.execute("DELETE FROM statement_topics WHERE statement_id IN "
                  "(SELECT id FROM statements WHERE document_id = ?)", [document_id])
    for table in ("statements", "participants", "meeting_sources"):
        store.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
    return meetings, persons


def delete_document(store, document_id: str) -> None:
    """Remove a document and everything derived from it (used when re-extraction changes its id)."""
    meetings, persons = remove_derived(store, document_id)
    store.execute("DELETE FROM documents WHERE id = ?", [document_id])
    for meeting_id in sorted(meetings):
        recompute_meeting(store, meeting_id)
    for person_id in sorted(persons):
        recompute_person(store, person_id)


def mark_snapshots(store, url: Optional[str]) -> set:
    """The newest snapshot of a URL is the current source of its meetings; older ones are superseded."""
    if not url:
        return set()
    snapshots = history(store, url)
    if len(snapshots) < 2:
        return set()
    touched = set()
    for snap in snapshots:
        status = "current" if snap["current"] else "superseded"
        rows = store.query("SELECT DISTINCT meeting_id FROM meeting_sources WHERE document_id = ? AND status <> ?",
                           [snap["id"], status])
        if rows:
            store.execute("UPDATE meeting_sources SET status = ? WHERE document_id = ?", [status, snap["id"]])
            touched |= {r["meeting_id"] for r in rows}
    return touched


# -- derived rows ------------------------------------------------------------------------------

def derive(store, rec: Record) -> tuple[set, set]:
    """Resolve each reported (or previewed) meeting to a stored meeting and store its details."""
    doc = rec.document
    relation = "preview" if doc.kind in PREVIEW_KINDS else "report"
    meetings = list(rec.meetings)
    if relation == "preview" and not meetings:
        meetings = preview_meetings(doc)
    earlier = _earlier_snapshots(store, doc.url, doc.id)
    found, people = set(), set()
    for index, meeting in enumerate(meetings):
        summary = summarize(meeting, doc, relation)
        meeting_id, rule = find_meeting(store, summary, doc.id, earlier, index)
        if meeting_id is None:
            meeting_id, rule = create_meeting(store, summary), "new"
        _insert_source(store, meeting_id, doc, index, meeting, summary, rule)
        if relation == "report":
            people |= store_details(store, meeting_id, doc, index, meeting, summary)
        found.add(meeting_id)
    return found, people


def preview_meetings(doc) -> list[Meeting]:
    """The announced meeting(s) of a preview, from the header stage (the record keeps none for non-readouts)."""
    try:
        from ..header import extract_meetings
        meetings, _ = extract_meetings(doc)
    except Exception:  # the header stage is best effort on future-tense text; a preview stays unlinked
        log.warning("could not read the announced meeting of %s", doc.source, exc_info=True)
        return []
    return [m for m in meetings if len(m.countries) >= 2]


def _earlier_snapshots(store, url: Optional[str], document_id: str) -> list[str]:
    if not url:
        return []
    return [r["id"] for r in history(store, url) if r["id"] != document_id]


def summarize(meeting: Meeting, doc, relation: str) -> dict:
    """What matching needs to know of a reported meeting."""
    location = meeting.location
    return {"id": None, "relation": relation, "kind": doc.kind, "date": meeting.date,
            "sort_date": meeting.date or doc.published,
            "countries": resolve.join_codes(meeting.countries),
            "organizations": resolve.join_codes(meeting.organizations),
            "format": meeting.format, "level": meeting.level,
            "location_city": location.city if location else None,
            "location_country": location.country if location else None,
            "host_country": meeting.host_country, "occasion": meeting.occasion,
            "principals": resolve.principal_keys(meeting), "names": resolve.principal_names(meeting)}


def find_meeting(store, summary: dict, document_id: str, earlier: list[str], index: int):
    """The stored meeting this one is (rule name), or (None, None) for a new meeting."""
    if earlier:
        marks = ", ".join("?" * len(earlier))
        row = store.one(f"SELECT meeting_id FROM meeting_sources WHERE document_id IN ({marks}) "
                        "AND meeting_index = ? ORDER BY meeting_id LIMIT 1", [*earlier, index])
        if row:
            return row["meeting_id"], "snapshot"
    if not summary["countries"] or "," not in summary["countries"] and not summary["organizations"]:
        return None, None
    day = resolve.parse_day(summary["sort_date"])
    if day is None:
        return _find_for_undated(store, summary, document_id)
    window = resolve.PREVIEW_AHEAD + 1
    rows = store.query(
        f"SELECT {_CANDIDATE_COLUMNS} FROM meetings WHERE countries = ? AND sort_date BETWEEN ? AND ? AND id NOT IN "
        "(SELECT meeting_id FROM meeting_sources WHERE document_id = ?)",
        [summary["countries"], resolve.shift(day, -window), resolve.shift(day, window), document_id])
    best = None
    for old in map(_candidate, rows):
        rule = resolve.meeting_match(summary, old)
        if rule and (best is None or resolve.rank_key(summary, old) < best[0]):
            best = (resolve.rank_key(summary, old), old["id"], rule)
    if best:
        return best[1], best[2]
    return _find_undated_for_dated(store, summary, document_id)


_CANDIDATE_COLUMNS = ("id, status, date, sort_date, countries, organizations, format, level, location_city, "
                      "location_country, host_country, occasion, "
                      "principals, principal_names, (SELECT kind FROM documents WHERE documents.id = primary_document_id) AS kind")


def _candidate(row: dict) -> dict:
    return {**row, "relation": "preview" if row["status"] == "announced" else "report",
            "organizations": row["organizations"] or "",
            "principals": set(filter(None, (row["principals"] or "").split(","))),
            "names": set(filter(None, (row["principal_names"] or "").split(",")))}


def _find_for_undated(store, summary: dict, document_id: str):
    """A report or preview with no date at all joins the one stored meeting of the same principals, if only one."""
    rows = store.query(f"SELECT {_CANDIDATE_COLUMNS} FROM meetings WHERE countries = ? AND principals = ? AND id NOT IN "
                       "(SELECT meeting_id FROM meeting_sources WHERE document_id = ?)",
                       [summary["countries"], ",".join(sorted(summary["principals"])), document_id])
    fitting = [old for old in map(_candidate, rows) if resolve.undated_match(summary, old)]
    chosen, rivals = resolve.choose_undated(summary, fitting)
    if chosen:
        return chosen["id"], "undated_unique"
    _log_ambiguous(summary, document_id, rivals)
    return None, None


def _find_undated_for_dated(store, summary: dict, document_id: str):
    """A dated report joins an undated meeting of the same principals when it would be that one's only match."""
    principals = ",".join(sorted(summary["principals"]))
    rows = store.query(f"SELECT {_CANDIDATE_COLUMNS} FROM meetings WHERE countries = ? AND principals = ? AND id NOT IN "
                       "(SELECT meeting_id FROM meeting_sources WHERE document_id = ?)",
                       [summary["countries"], principals, document_id])
    candidates = [old for old in map(_candidate, rows) if resolve.undated_match(summary, old)]
    chosen, rivals = resolve.choose_undated(summary, candidates)
    if chosen and chosen["sort_date"] is None:
        return chosen["id"], "undated_unique"
    if any(old["sort_date"] is None for old in rivals):
        _log_ambiguous(summary, document_id, rivals)
    return None, None


def _log_ambiguous(summary: dict, document_id: str, candidates: list[dict]) -> None:
    """Rule 6 merges only a single candidate; say why several were left apart."""
    if len(candidates) > 1:
        log.info("%s: no date to choose between meetings %s of the same principals (%s): kept as a new meeting",
                 document_id, ", ".join(str(c["id"]) for c in candidates), ",".join(sorted(summary["principals"])))


def create_meeting(store, summary: dict) -> int:
    status = "held" if summary["relation"] == "report" else "announced"
    return store.insert("meetings", {"status": status, "date": summary["date"], "sort_date": summary["sort_date"],
                                     "countries": summary["countries"], "organizations": summary["organizations"],
                                     "updated_at": now()}, returning="id")


def _insert_source(store, meeting_id, doc, index, meeting: Meeting, summary, rule) -> None:
    location = meeting.location
    header = {f: getattr(meeting, f) for f in _HEADER_FIELDS}
    header.update({"countries": list(meeting.countries), "organizations": list(meeting.organizations),
                   "location": location.as_dict() if location else None, "spans": meeting.spans,
                   "principals": sorted(summary["principals"]), "principal_names": sorted(summary["names"]),
                   "topics": sorted(_topics_of(meeting)),
                   "participants": [p.name for p in meeting.participants]})
    row = {"meeting_id": meeting_id, "document_id": doc.id, "meeting_index": index,
           "relation": summary["relation"], "status": "current", "match_rule": rule,
           **{f: getattr(meeting, f) for f in _HEADER_FIELDS},
           "countries": summary["countries"], "location_city": location.city if location else None,
           "location_country": location.country if location else None,
           "header_json": orjson.dumps(header).decode()}
    store.insert("meeting_sources", row)


def _topics_of(meeting: Meeting) -> set[str]:
    topics = set(meeting.topics)
    for statement in meeting.statements:
        topics.update(statement.topics)
    return topics


def store_details(store, meeting_id, doc, index, meeting: Meeting, summary) -> set:
    """Participants (resolved to persons), statements, topics, coded events, references, commitments."""
    day = summary["sort_date"]
    people = set()
    for participant in meeting.participants:
        # A participant without any name to key on is stored, but resolved to nobody.
        person_id = resolve_person(store, participant, day) if resolve.family_key(participant) else None
        people.add(person_id)
        span = participant.span or (None, None)
        store.insert("participants", {
            "meeting_id": meeting_id, "document_id": doc.id, "meeting_index": index, "person_id": person_id,
            "name": participant.name, "family_name": participant.family_name,
            "given_name": participant.given_name, "title": participant.title, "country": participant.country,
            "organization": participant.organization, "office": resolve.canonical_office(participant.title),
            "role": participant.role, "date": day, "span_start": span[0], "span_end": span[1]})
    base = {"meeting_id": meeting_id, "document_id": doc.id}
    for position, statement in enumerate(meeting.statements):
        statement_id = _insert_statement(store, base, index, position, statement)
        _insert_statement_parts(store, base, statement_id, statement, meeting, day)
    for reference in meeting.references:
        _insert_reference(store, base, None, reference)
    if meeting.event:
        _insert_meeting_event(store, base, meeting, day)
    return people


def _insert_statement(store, base, index, position, statement) -> int:
    verb = statement.verb_span or (None, None)
    if not statement.span:
        raise StoreError(f"statement {position + 1} has no span (readout-record/1 requires one)")
    span = statement.span
    return store.insert("statements", {
        **base, "meeting_index": index, "position": position, "text": statement.text,
        "span_start": span[0], "span_end": span[1], "point": statement.point,
        "agents": ",".join(speakers(statement)), "stance": statement.stance, "plover": statement.plover,
        "plover_mode": statement.plover_mode, "cameo": statement.cameo, "goldstein": statement.goldstein,
        "verb_start": verb[0], "verb_end": verb[1],
        "mentions_json": orjson.dumps(statement.mentions or {}).decode()}, returning="id")


def _insert_statement_parts(store, base, statement_id, statement, meeting: Meeting, day) -> None:
    store.insert_many("statement_topics", ["statement_id", "topic"],
                      [(statement_id, t) for t in sorted(set(statement.topics))])
    if statement.commitment:
        c = statement.commitment
        span = c.span or statement.span or (None, None)
        store.insert("commitments", {**base, "statement_id": statement_id, "action": c.action, "due": c.due,
                                     "due_text": c.due_text, "span_start": span[0], "span_end": span[1]})
    for reference in statement.references:
        _insert_reference(store, base, statement_id, reference)
    if statement.plover or statement.cameo:
        span = statement.span or (None, None)
        for actor in speakers(statement) or ("",):
            recipients = [c for c in meeting.countries if c != actor]
            store.insert("events", {
                **base, "statement_id": statement_id, "date": day, "actor": actor or None,
                "recipient": ";".join(recipients) or None, "plover": statement.plover,
                "plover_mode": statement.plover_mode, "cameo": statement.cameo,
                "goldstein": statement.goldstein, "event_text": statement.text,
                "span_start": span[0], "span_end": span[1]})


def _insert_reference(store, base, statement_id, reference) -> None:
    span = reference.span or (None, None)
    store.insert("cited_references", {**base, "statement_id": statement_id, "text": reference.text,
                                      "date": reference.date, "kind": reference.kind,
                                      "span_start": span[0], "span_end": span[1]})


def _insert_meeting_event(store, base, meeting: Meeting, day) -> None:
    """The meeting itself as one CONSULT-type event: the visitor (or first party) consults the others."""
    event = meeting.event or {}
    countries = list(meeting.countries)
    visitors = [c for c in countries if c != meeting.host_country]
    actor = visitors[0] if meeting.host_country and visitors else (countries[0] if countries else None)
    recipients = [c for c in countries if c != actor]
    region = meeting.region or (None, None)
    store.insert("events", {
        **base, "statement_id": None, "date": day, "actor": actor, "recipient": ";".join(recipients) or None,
        "plover": event.get("plover"), "plover_mode": event.get("plover_mode") or event.get("mode"),
        "cameo": event.get("cameo"), "goldstein": event.get("goldstein"),
        "event_text": event.get("text") or meeting.title, "span_start": region[0], "span_end": region[1]})


# -- persons -----------------------------------------------------------------------------------

def resolve_person(store, participant, day: Optional[str]) -> int:
    """The stored person a participant is (see the rules in docs/store.md), created when new."""
    key = resolve.person_key(participant)
    given = resolve.given_key(participant)
    candidates = store.query("SELECT id, given_name, name FROM persons WHERE person_key = ? ORDER BY id", [key])
    chosen = _choose_person(store, candidates, given, participant, day, key)
    if chosen is None:
        person_id = store.insert("persons", {
            "name": resolve.display_name(participant), "family_name": resolve.tidy_family(participant.family_name),
            "given_name": participant.given_name or None, "country": participant.country,
            "organization": participant.organization, "person_key": key}, returning="id")
    else:
        person_id = chosen["id"]
        if given and not chosen["given_name"]:
            store.execute("UPDATE persons SET given_name = ?, name = ? WHERE id = ?",
                          [participant.given_name or _given_from_name(participant), resolve.display_name(participant),
                           person_id])
    name = resolve.display_name(participant)
    store.upsert("person_names", {"person_id": person_id, "name": name, "normalized": resolve.normalize(name)},
                 key=["person_id", "name"], update=[])
    return person_id


def _given_from_name(participant) -> Optional[str]:
    family = resolve.family_key(participant)
    rest = [w for w in (participant.name or "").split() if resolve.normalize(w) != family]
    return " ".join(rest) or None


def _choose_person(store, candidates, given, participant, day, key) -> Optional[dict]:
    if key.startswith("?:"):
        candidates = [c for c in candidates if given and resolve.normalize(c["given_name"]) == given]
    fitting = [c for c in candidates if resolve.given_compatible(given, resolve.normalize(c["given_name"]))]
    exact = [c for c in fitting if given and resolve.normalize(c["given_name"]) == given]
    if exact:
        return exact[0]
    if len(fitting) <= 1:
        return fitting[0] if fitting else None
    return _person_in_office(store, fitting, participant, day) or fitting[-1]


def _person_in_office(store, candidates, participant, day) -> Optional[dict]:
    """Among namesakes, the one who held the participant's office nearest the date."""
    office = resolve.canonical_office(participant.title)
    if not office or not day:
        return None
    best = None
    for cand in candidates:
        row = store.one("SELECT first_seen, last_seen FROM offices WHERE person_id = ? AND title = ?",
                        [cand["id"], office])
        if not row or not row["first_seen"]:
            continue
        gap = 0 if row["first_seen"] <= day <= row["last_seen"] else min(
            abs(_days(day, row["first_seen"])), abs(_days(day, row["last_seen"])))
        if best is None or gap < best[0]:
            best = (gap, cand)
    return best[1] if best else None


def _days(a: str, b: str) -> int:
    da, db = resolve.parse_day(a), resolve.parse_day(b)
    return (da - db).days if da and db else 10 ** 6


# -- reindex -----------------------------------------------------------------------------------

def reindex(store, extract: Optional[Callable] = None, everything: bool = False,
            on_progress: Optional[Callable[[str, str], None]] = None) -> dict:
    """Re-extract stored documents from their raw input; those of another extractor version (or all).

    `extract` takes an `InputDoc` and returns a Record (default: `readout.pipeline.extract_input`).
    """
    from .. import __version__
    from ..pipeline import extract_input
    extract = extract or extract_input
    current = f"readout/{__version__}"
    where = "" if everything else "WHERE extractor IS NULL OR extractor <> ?"
    params = [] if everything else [current]
    rows = store.query(f"SELECT id FROM documents {where} ORDER BY ingested_at, id", params)
    counts = {"read": 0, "new": 0, "updated": 0, "unchanged": 0, "failed": 0}
    for row in rows:
        counts["read"] += 1
        try:
            status = _reindex_one(store, row["id"], extract)
        except Exception as exc:  # one bad document never stops the batch
            log.warning("reindex %s failed: %s", row["id"], exc)
            status = "failed"
        counts[status] += 1
        if on_progress:
            on_progress(row["id"], status)
    return counts


def stored_input(store, document_id: str):
    """The stored raw input as an InputDoc, as the inputs stage read it (for re-extraction)."""
    from ..inputs import InputDoc
    stored = store.one("SELECT source, url, raw, raw_format, input_json, record_json FROM documents WHERE id = ?",
                       [document_id])
    content = zlib.decompress(bytes(stored["raw"])).decode("utf-8", errors="replace")
    given = orjson.loads(stored["input_json"]) if stored["input_json"] else {
        "url": stored["url"], "metadata": orjson.loads(stored["record_json"])["document"].get("metadata") or {}}
    is_html = stored["raw_format"] == "html"
    return InputDoc(source=stored["source"], text=None if is_html else content, html=content if is_html else None,
                    url=given.get("url"), title=given.get("title"), published=given.get("published"),
                    publisher=given.get("publisher"), metadata=given.get("metadata") or {},
                    warnings=tuple(given.get("warnings") or ()))


def _reindex_one(store, document_id: str, extract: Callable) -> str:
    doc = stored_input(store, document_id)
    rec = extract(doc)
    stored = store.one("SELECT raw, input_json, fetched_at, etag, last_modified FROM documents WHERE id = ?",
                       [document_id])
    raw = zlib.decompress(bytes(stored["raw"]))
    given = orjson.loads(stored["input_json"]) if stored["input_json"] else None
    fetch = {k: stored[k] for k in ("fetched_at", "etag", "last_modified")}
    with store.transaction():
        if rec.document.id != document_id:
            delete_document(store, document_id)
        status = ingest_record(store, rec, raw=raw, fetch=fetch, given=given)
    return "updated" if status == "new" else status
