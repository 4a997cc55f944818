"""The store on both backends: idempotent ingest, resolution, crawl support, queries, reindex."""
from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import logging
import zlib
from pathlib import Path

import pytest

from readout import extract
from readout.errors import StoreError
from readout.store import Store

_spec = importlib.util.spec_from_file_location("store_builder", Path(__file__).parent / "fixtures/store/builder.py")
builder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(builder)

DOCS = builder.load_docs()
UNDATED = builder.load_docs("undated.yaml")  # kept apart: tests that ingest all of DOCS count their meetings
BACKENDS = [pytest.param("sqlite", id="sqlite"),
            pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A fresh database on each backend; PostgreSQL skips with a reason when READOUT_TEST_PG is unset."""
    if request.param == "postgresql" and not builder.pg_base_url():
        pytest.skip("READOUT_TEST_PG is not set: no PostgreSQL server to test the second backend against")
    url = builder.fresh_url(request.param, tmp_path)
    yield url
    builder.drop(url)


@pytest.fixture
def store(db_url):
    with Store(db_url) as s:
        yield s


def record(key: str, **changes):
    rec = builder.build(DOCS[key] if key in DOCS else UNDATED[key])
    if changes:
        rec = dataclasses.replace(rec, document=dataclasses.replace(rec.document, **changes))
    return rec


def ingest(store, *keys: str) -> list[str]:
    return [store.ingest(record(k)) for k in keys]


def counts(store) -> dict:
    return store.stats()["counts"]


def meeting_of(store, key: str) -> int:
    doc_id = record(key).document.id
    rows = store.query("SELECT meeting_id FROM meeting_sources WHERE document_id = ?", [doc_id])
    assert len(rows) == 1, rows
    return rows[0]["meeting_id"]


# -- schema and opening ------------------------------------------------------------------------

def test_migrations_are_recorded_once(db_url):
    with Store(db_url) as s:
        versions = [r["version"] for r in s.query("SELECT version FROM schema_migrations ORDER BY version")]
    with Store(db_url) as s:  # opening again applies nothing new
        again = [r["version"] for r in s.query("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == again == [1, 2, 3, 4]


def test_readonly_store_refuses_writes(db_url, store):
    ingest(store, "mofa-jp-fm")
    with Store(db_url, readonly=True) as reader:
        assert reader.stats()["counts"]["documents"] == 1
        with pytest.raises(Exception):
            with reader.transaction():
                reader.execute("DELETE FROM documents")
    assert counts(store)["documents"] == 1


def test_unknown_url_scheme_is_a_store_error():
    with pytest.raises(StoreError, match="unknown database URL"):
        Store("mysql://nowhere/db")


def test_readonly_missing_sqlite_file_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(str(tmp_path / "absent.db"), readonly=True)


def test_sqlite_url_forms(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Store("sqlite:///rel.db"):
        pass
    with Store(f"sqlite:///{tmp_path}/abs.db"):
        pass
    monkeypatch.setenv("READOUT_DB", str(tmp_path / "env.db"))
    with Store():
        pass
    assert {p.name for p in tmp_path.glob("*.db")} == {"rel.db", "abs.db", "env.db"}


# -- idempotent ingest -------------------------------------------------------------------------

def test_same_document_twice_changes_nothing(store):
    assert ingest(store, *DOCS) == ["new"] * len(DOCS)
    before = counts(store)
    stamps = store.query("SELECT id, updated_at FROM documents ORDER BY id")
    assert ingest(store, *DOCS) == ["unchanged"] * len(DOCS)
    assert counts(store) == before
    assert store.query("SELECT id, updated_at FROM documents ORDER BY id") == stamps


def test_changed_record_of_same_document_is_updated_and_rederived(store):
    ingest(store, "mofa-jp-fm")
    rec = record("mofa-jp-fm")
    newer = dataclasses.replace(rec, extractor="readout/9.9", meetings=(dataclasses.replace(
        rec.meetings[0], statements=rec.meetings[0].statements[:1]),))
    assert store.ingest(newer) == "updated"
    assert counts(store)["statements"] == 1
    assert counts(store)["meetings"] == 1
    assert store.one("SELECT extractor FROM documents")["extractor"] == "readout/9.9"


def test_raw_input_is_stored_compressed_with_its_hash(store):
    raw = b"<html><body><h1>Japan-Republic of Korea Foreign Ministers' Meeting</h1></body></html>"
    store.ingest(record("mofa-jp-fm"), raw=raw)
    row = store.one("SELECT raw, raw_sha256, raw_size, raw_format FROM documents")
    assert zlib.decompress(bytes(row["raw"])) == raw
    assert row["raw_sha256"] == hashlib.sha256(raw).hexdigest()
    assert (row["raw_size"], row["raw_format"]) == (len(raw), "html")
    assert store.raw(record("mofa-jp-fm").document.id) == raw


def test_without_raw_input_the_text_is_kept_as_read(store):
    ingest(store, "news-fm")
    assert store.raw(record("news-fm").document.id) == record("news-fm").document.text.encode()


def test_records_for_meeting_rebuild_the_stored_records_exactly(store):
    ingest(store, "mofa-jp-fm", "mofa-kr-fm", "news-fm")
    records = store.records_for_meeting(meeting_of(store, "mofa-jp-fm"))
    assert {r.document.id for r in records} == {record(k).document.id for k in ("mofa-jp-fm", "mofa-kr-fm", "news-fm")}
    by_id = {r.document.id: r for r in records}
    for key in ("mofa-jp-fm", "mofa-kr-fm", "news-fm"):
        assert by_id[record(key).document.id].as_dict() == record(key).as_dict()


def test_a_failed_ingest_leaves_nothing_behind(store, monkeypatch):
    from readout.store import ingest as ingest_module

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(ingest_module, "store_details", broken)
    with pytest.raises(RuntimeError):
        store.ingest(record("mofa-jp-fm"))
    assert all(n == 0 for n in counts(store).values())


# -- resolution: people and offices ------------------------------------------------------------

def test_name_variants_of_one_person_are_one_person(store):
    ingest(store, "mofa-jp-fm", "mofa-kr-fm", "news-fm", "eu-fm")
    hayashi = store.query("SELECT id FROM persons WHERE country = 'JPN'")
    assert len(hayashi) == 1
    ids = {r["person_id"] for r in store.query("SELECT person_id FROM participants WHERE family_name IN "
                                               "('HAYASHI', 'Hayashi')")}
    assert ids == {hayashi[0]["id"]}
    for name in ("HAYASHI Yoshimasa", "Yoshimasa Hayashi", "Hayashi", "Minister Hayashi", "Foreign Minister Hayashi"):
        found = store.person(name)
        assert [p["id"] for p in found] == [hayashi[0]["id"]], name
    person = store.person("Yoshimasa Hayashi")[0]
    assert person["name"] == "Yoshimasa Hayashi" and person["family_name"] == "Hayashi"
    assert {"Yoshimasa Hayashi", "Hayashi"} <= set(person["aliases"])


def test_a_different_given_name_is_a_different_person(store):
    ingest(store, "mofa-jp-fm")
    rec = record("mofa-jp-fm")
    other = dataclasses.replace(rec.meetings[0].participants[0], name="Taro Hayashi", given_name="Taro")
    meeting = dataclasses.replace(rec.meetings[0], date="2010-01-05",
                                  participants=(other, rec.meetings[0].participants[1]))
    doc = dataclasses.replace(rec.document, id="sha256:other", published="2010-01-05", url=None)
    store.ingest(dataclasses.replace(rec, document=doc, meetings=(meeting,)))
    assert store.scalar("SELECT count(*) AS n FROM persons WHERE country = 'JPN'") == 2


def test_offices_are_time_aware(store):
    ingest(store, "mofa-jp-fm", "eu-fm", "kamikawa-fm")
    on_2022 = store.office_holders("Minister for Foreign Affairs of Japan", "JPN", on="2022-12-01")
    on_2023 = store.office_holders("Foreign Minister", "JPN", on="2023-11-26")
    assert [r["name"] for r in on_2022] == ["Yoshimasa Hayashi"]
    assert [r["name"] for r in on_2023] == ["Yoko Kamikawa"]
    offices = store.person("Hayashi")[0]["offices"]
    assert offices == [{"title": "Minister for Foreign Affairs", "country": "JPN", "first_seen": "2022-07-18",
                        "last_seen": "2023-02-10", "mentions": 2}]


def test_international_official_keeps_the_organisation(store):
    ingest(store, "eu-fm")
    borrell = store.person("Borrell Fontelles")[0]
    assert (borrell["country"], borrell["organization"]) == (None, "EU")
    assert borrell["offices"][0]["title"] == "High Representative of the European Union"
    meeting = store.meetings()[0]
    assert (meeting["countries"], meeting["organizations"]) == (["JPN"], ["EU"])


# -- resolution: meetings ----------------------------------------------------------------------

def test_two_governments_and_the_press_report_one_meeting(store):
    ingest(store, "mofa-jp-fm", "mofa-kr-fm", "news-fm")
    assert counts(store)["meetings"] == 1
    meeting = store.meeting(meeting_of(store, "news-fm"))
    assert meeting["date"] == "2022-07-18" and meeting["source_count"] == 3
    rules = {s["source"]: s["match_rule"] for s in meeting["sources"]}
    assert rules == {"fixtures/mofa-jp-fm.html": "new", "fixtures/mofa-kr-fm.txt": "same_day",
                     "fixtures/news-fm.txt": "inferred_date"}
    values = {s["source"]: s["values"] for s in meeting["sources"]}
    assert values["fixtures/mofa-jp-fm.html"]["start_time"] == "15:10"
    assert values["fixtures/mofa-kr-fm.txt"]["start_time"] is None
    assert values["fixtures/news-fm.txt"]["date"] is None
    assert meeting["start_time"] == "15:10"  # filled from the source that states it
    assert len(meeting["participants"]) == 2  # people named by three sources, once each


def test_meeting_resolution_does_not_depend_on_order(db_url, tmp_path):
    backend = "postgresql" if db_url.startswith("postgres") else "sqlite"
    other = builder.fresh_url(backend, tmp_path / "second") if backend == "postgresql" else str(tmp_path / "2.db")
    orders = [(db_url, ("mofa-jp-fm", "mofa-kr-fm", "news-fm", "preview-fm")),
              (other, ("preview-fm", "news-fm", "mofa-kr-fm", "mofa-jp-fm"))]
    results = []
    try:
        for url, order in orders:
            with Store(url) as s:
                ingest(s, *order)
                results.append([(m["date"], m["status"], len(m["sources"])) for m in s.meetings(status=None)])
    finally:
        builder.drop(other)
    assert results[0] == results[1] == [("2022-07-18", "held", 4)]


def test_preview_is_linked_not_merged_as_a_report(store):
    ingest(store, "preview-fm")
    announced = store.meetings(status="announced")
    assert len(announced) == 1 and store.meetings() == []
    ingest(store, "mofa-jp-fm")
    assert store.meetings(status="announced") == []
    meeting = store.meeting(meeting_of(store, "preview-fm"))
    relations = {s["source"]: s["relation"] for s in meeting["sources"]}
    assert relations == {"fixtures/preview-fm.txt": "preview", "fixtures/mofa-jp-fm.html": "report"}
    assert meeting["status"] == "held" and meeting["start_time"] == "15:10"
    assert store.one("SELECT count(*) AS n FROM participants WHERE document_id = ?",
                     [record("preview-fm").document.id])["n"] == 0


def test_other_principals_the_next_day_are_another_meeting(store):
    ingest(store, "mofa-jp-fm", "summit-next-day")
    assert counts(store)["meetings"] == 2
    assert meeting_of(store, "mofa-jp-fm") != meeting_of(store, "summit-next-day")


def test_dates_two_days_apart_are_two_meetings(store):
    ingest(store, "mofa-jp-fm")
    rec = record("mofa-kr-fm")
    later = dataclasses.replace(rec, meetings=(dataclasses.replace(rec.meetings[0], date="2022-07-20"),))
    store.ingest(later)
    assert counts(store)["meetings"] == 2


def test_conflicting_date_same_principals_same_city_is_one_meeting(store):
    ingest(store, "mofa-jp-fm")
    rec = record("news-fm")
    misdated = dataclasses.replace(rec, meetings=(dataclasses.replace(rec.meetings[0], date="2022-07-23"),))
    store.ingest(misdated)
    meeting = store.meeting(meeting_of(store, "mofa-jp-fm"))
    assert meeting["source_count"] == 2 and meeting["date"] == "2022-07-18"
    assert {s["match_rule"] for s in meeting["sources"]} == {"new", "date_conflict"}


def test_a_document_reporting_two_meetings_keeps_them_apart(store):
    rec = record("mofa-jp-fm")
    twice = dataclasses.replace(rec, meetings=(rec.meetings[0], rec.meetings[0]))
    store.ingest(twice)
    assert counts(store)["meetings"] == 2


# -- crawl support -----------------------------------------------------------------------------

def test_document_for_url_and_history_keep_every_snapshot(store):
    first = record("mofa-jp-fm")
    assert store.document_for_url(first.document.url) is None
    store.ingest(first, raw=b"<html>v1</html>", fetch={"fetched_at": "2022-07-18T10:00:00Z", "etag": '"v1"',
                                                       "last_modified": "Mon, 18 Jul 2022 10:00:00 GMT"})
    latest = store.document_for_url(first.document.url)
    assert {k: latest[k] for k in ("id", "etag", "fetched_at")} == {
        "id": first.document.id, "etag": '"v1"', "fetched_at": "2022-07-18T10:00:00Z"}
    assert latest["raw_sha256"] == hashlib.sha256(b"<html>v1</html>").hexdigest()
    spec = dict(DOCS["mofa-jp-fm"], text=DOCS["mofa-jp-fm"]["text"] + "4. (Corrected on July 19)\n")
    second = builder.build(spec)
    assert store.ingest(second, raw=b"<html>v2</html>", fetch={"fetched_at": "2022-07-19T10:00:00Z",
                                                               "etag": '"v2"'}) == "new"
    snapshots = store.history(first.document.url)
    assert [(s["id"], s["current"]) for s in snapshots] == [(first.document.id, False), (second.document.id, True)]
    assert store.document_for_url(first.document.url)["id"] == second.document.id
    meeting = store.meeting(meeting_of(store, "mofa-jp-fm"))
    statuses = {s["document_id"]: (s["status"], s["match_rule"]) for s in meeting["sources"]}
    assert statuses == {first.document.id: ("superseded", "new"), second.document.id: ("current", "snapshot")}
    assert meeting["primary_document_id"] == second.document.id


def test_same_content_fetched_again_updates_validators_only(store):
    rec = record("mofa-jp-fm")
    store.ingest(rec, fetch={"fetched_at": "2022-07-18T10:00:00Z", "etag": '"a"'})
    assert store.ingest(rec, fetch={"fetched_at": "2022-07-20T10:00:00Z", "etag": '"b"'}) == "unchanged"
    row = store.document_for_url(rec.document.url)
    assert (row["etag"], row["fetched_at"], row["checked_at"]) == ('"b"', "2022-07-18T10:00:00Z",
                                                                  "2022-07-20T10:00:00Z")


# -- queries -----------------------------------------------------------------------------------

def test_meetings_filters(store):
    ingest(store, *DOCS)
    def ids(**f):
        return sorted(m["id"] for m in store.meetings(**f))
    fm, summit, eu, busan = (meeting_of(store, k) for k in ("mofa-jp-fm", "summit-next-day", "eu-fm", "kamikawa-fm"))
    assert ids() == sorted([fm, summit, eu, busan])
    assert ids(dyad="KOR-JPN") == ids(dyad="JPN-KOR") == sorted([fm, summit, busan])
    assert ids(country="jpn", level="leaders") == [summit]
    assert ids(since="2023", until="2023") == sorted([eu, busan])
    assert ids(until="2022-07") == sorted([fm, summit])
    assert ids(format="telephone") == sorted([summit, eu])
    assert ids(topic="north_korea") == [fm]
    assert ids(stance="decide") == [fm]
    assert ids(publisher="example wire") == [fm]
    assert ids(q="missile") == [fm]
    assert ids(limit=1) == [busan]
    assert ids(limit=1, offset=1) == [eu]
    assert ids(status=None) == ids()


def test_meeting_rows_carry_what_the_web_needs(store):
    ingest(store, "mofa-jp-fm", "news-fm")
    m = store.meetings()[0]
    assert {"id", "date", "format", "level", "countries", "participants", "topics", "sources", "status",
            "location_city", "host_country", "title"} <= set(m)
    assert m["topics"] == ["high_level_exchanges", "north_korea"]
    assert [p["name"] for p in m["participants"]] == ["Yoshimasa Hayashi", "Park Jin"]
    assert {s["location"] for s in m["sources"]} == {record("mofa-jp-fm").document.url, record("news-fm").document.url}


def test_meeting_detail_has_statements_events_references_commitments(store):
    ingest(store, "mofa-jp-fm", "summit-next-day")
    m = store.meeting(meeting_of(store, "mofa-jp-fm"))
    assert [s["stance"] for s in m["statements"]] == ["welcome", "share_view", "decide"]
    assert m["statements"][1]["agents"] == ["JPN", "KOR"] and m["statements"][1]["topics"] == ["north_korea"]
    assert [c["action"] for c in m["commitments"]] == ["hold the next meeting in Seoul"]
    events = [(e["actor"], e["recipient"], e["plover"], e["cameo"]) for e in m["events"]]
    assert events == [("JPN", "KOR", "COOPERATE", "051"), ("JPN", "KOR", "AGREE", "030"),
                      ("KOR", "JPN", "AGREE", "030"), ("KOR", "JPN", "CONSULT", "040")]
    text = m["sources"][0]["text"]
    s = m["statements"][0]
    assert text[s["span_start"]:s["span_end"]] == s["text"]
    summit = store.meeting(meeting_of(store, "summit-next-day"))
    assert [r["text"] for r in summit["cited_references"]] == ["the Foreign Ministers' Meeting held the previous day"]


def test_dyad_timeline_country_partners_topic_trend(store):
    ingest(store, *DOCS)
    timeline = store.dyad_timeline("KOR", "JPN")
    assert timeline["dyad"] == ["JPN", "KOR"] and timeline["total"] == 3
    assert timeline["years"] == [{"year": "2022", "meetings": 2, "levels": {"foreign_ministers": 1, "leaders": 1}},
                                 {"year": "2023", "meetings": 1, "levels": {"foreign_ministers": 1}}]
    assert [m["date"] for m in timeline["meetings"]] == ["2023-11-26", "2022-07-19", "2022-07-18"]
    assert store.dyad_timeline("JPN", "KOR", limit=1, offset=1)["meetings"][0]["date"] == "2022-07-19"
    assert store.country_partners("JPN") == [{"partner": "KOR", "meetings": 3, "first": "2022-07-18",
                                              "last": "2023-11-26"}]
    assert store.topic_trend("high_level_exchanges") == [{"year": "2022", "meetings": 2}]


def test_dyad_counts_follow_a_meeting_whose_date_changes(store):
    ingest(store, "mofa-jp-fm")
    rec = record("mofa-jp-fm")
    moved = dataclasses.replace(rec, extractor="readout/2", meetings=(dataclasses.replace(rec.meetings[0],
                                                                                          date="2021-07-18"),))
    store.ingest(moved)
    assert store.dyad_timeline("JPN", "KOR")["years"] == [
        {"year": "2021", "meetings": 1, "levels": {"foreign_ministers": 1}}]


def test_full_text_search_names_the_meetings(store):
    ingest(store, "mofa-jp-fm", "kamikawa-fm")
    hits = store.search("missile issues")
    assert [h["id"] for h in hits] == [record("mofa-jp-fm").document.id]
    assert hits[0]["meetings"] == [meeting_of(store, "mofa-jp-fm")] and "missile" in hits[0]["snippet"]
    assert store.search('"unbalanced (quote AND OR') == []
    assert store.search("") == []


def test_stats_counts(store):
    ingest(store, *DOCS)
    data = store.stats()
    assert data["counts"]["documents"] == len(DOCS)
    assert data["meetings_by_status"] == {"held": 4}
    assert (data["first_meeting"], data["last_meeting"]) == ("2022-07-18", "2023-11-26")


def test_to_pandas(store):
    pytest.importorskip("pandas")
    ingest(store, "mofa-jp-fm")
    frame = store.to_pandas("meetings")
    assert list(frame["countries"]) == ["JPN,KOR"]
    assert len(store.to_pandas(store.meetings())) == 1
    with pytest.raises(StoreError):
        store.to_pandas("no_such_table")


# -- reindex -----------------------------------------------------------------------------------

def test_reindex_rederives_from_the_stored_raw_input(store):
    raw_jp = b"<html><body><p>HAYASHI Yoshimasa</p></body></html>"
    store.ingest(record("mofa-jp-fm"), raw=raw_jp, given={"url": "https://www.mofa.go.jp/x.html", "title": "T",
                                                          "published": "2022-07-18", "format": "html",
                                                          "metadata": {"lang": "en"}})
    ingest(store, "mofa-kr-fm")
    seen = []

    def extract(doc):
        seen.append((doc.source, doc.html, doc.text is None, doc.url, doc.published, doc.metadata))
        key = "mofa-jp-fm" if "HAYASHI" in (doc.html or doc.text) else "mofa-kr-fm"
        rec = record(key)
        return dataclasses.replace(rec, extractor="readout/next", meetings=rec.meetings[:1])
    result = store.reindex(extract=extract)
    assert result == {"read": 2, "new": 0, "updated": 2, "unchanged": 0, "failed": 0}
    assert sorted(seen, key=lambda x: x[0]) == [
        ("fixtures/mofa-jp-fm.html", raw_jp.decode(), True, "https://www.mofa.go.jp/x.html", "2022-07-18",
         {"lang": "en"}),
        ("fixtures/mofa-kr-fm.txt", None, False, record("mofa-kr-fm").document.url, None, {})]
    assert store.raw(record("mofa-jp-fm").document.id) == raw_jp  # the raw input survives a reindex
    assert store.reindex(extract=extract, everything=False)["read"] == 2  # 'readout/next' is not this version
    assert counts(store)["meetings"] == 1


def test_reindex_reports_a_failing_document_and_goes_on(store):
    ingest(store, "mofa-jp-fm", "mofa-kr-fm")

    def extract(doc):
        if "HAYASHI" in (doc.text or ""):
            raise ValueError("cannot read")
        return dataclasses.replace(record("mofa-kr-fm"), extractor="readout/next")
    assert store.reindex(extract=extract) == {"read": 2, "new": 0, "updated": 1, "unchanged": 0, "failed": 1}


def test_readout_open_gives_the_store(db_url):
    import readout
    with readout.open(db_url) as s:
        assert isinstance(s, Store)
        s.ingest(record("mofa-jp-fm"))
        assert [m["countries"] for m in s.meetings()] == [["JPN", "KOR"]]
    with readout.open(db_url, readonly=True) as reader:
        assert reader.readonly and reader.stats()["counts"]["documents"] == 1


def test_nameless_participants_are_stored_and_spanless_statements_refused(store):
    rec = record("mofa-jp-fm")
    m = rec.meetings[0]
    nameless = dataclasses.replace(m, participants=(dataclasses.replace(m.participants[0], name="", family_name=""),
                                                    m.participants[1]))
    assert store.ingest(dataclasses.replace(rec, meetings=(nameless,))) == "new"
    assert store.scalar("SELECT count(*) AS n FROM participants WHERE person_id IS NULL") == 1
    spanless = dataclasses.replace(m, statements=(dataclasses.replace(m.statements[0], span=None),))
    other = dataclasses.replace(record("kamikawa-fm"), meetings=(spanless,))
    with pytest.raises(StoreError, match="mofa-jp-kamikawa.txt: cannot be stored: statement 1 has no span"):
        store.ingest(other)
    assert counts(store)["documents"] == 1  # nothing of the refused document was kept


def test_a_database_error_is_a_store_error_naming_the_document(store, monkeypatch):
    import sqlite3

    def fail(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(store, "insert", fail)
    with pytest.raises(StoreError, match="fixtures/mofa-jp-fm.html: cannot be stored: database or disk is full"):
        store.ingest(record("mofa-jp-fm"))


def test_office_holders_in_a_year_or_month(store):
    ingest(store, "mofa-jp-fm", "eu-fm", "kamikawa-fm")
    assert [r["name"] for r in store.office_holders("Foreign Minister", "JPN", on="2023")] == [
        "Yoshimasa Hayashi", "Yoko Kamikawa"]
    assert [r["name"] for r in store.office_holders("Foreign Minister", "JPN", on="2023-06")] == [
        "Yoshimasa Hayashi"]  # the last one seen before, when nobody was seen then
    assert store.office_holders("Foreign Minister", "JPN", on="2001") == []
    assert [r["name"] for r in store.office_holders("Minister of Foreign Affairs", "KOR")] == ["Park Jin"]


def test_swapped_family_and_given_names_still_match_the_meeting(store):
    ingest(store, "summit-next-day")
    rec = record("summit-next-day")
    m = rec.meetings[0]
    swapped = tuple(dataclasses.replace(p, family_name=p.given_name, given_name=p.family_name)
                    for p in m.participants)
    doc = dataclasses.replace(rec.document, id="sha256:press", kind="news_report", url=None)
    store.ingest(dataclasses.replace(rec, document=doc, meetings=(dataclasses.replace(m, participants=swapped),)))
    assert counts(store)["meetings"] == 1


def undated(key: str, doc_id: str):
    """A copy of a record with no meeting date and no published date."""
    rec = record(key)
    doc = dataclasses.replace(rec.document, id=doc_id, published=None, url=None, kind="news_report")
    return dataclasses.replace(rec, document=doc, meetings=(dataclasses.replace(rec.meetings[0], date=None),))


def test_an_undated_report_joins_the_one_meeting_of_its_principals_in_its_city(store):
    ingest(store, "mofa-jp-fm")
    store.ingest(undated("mofa-kr-fm", "sha256:undated"))
    assert counts(store)["meetings"] == 1
    rules = {s["document_id"]: s["match_rule"] for s in store.meeting(meeting_of(store, "mofa-jp-fm"))["sources"]}
    assert rules["sha256:undated"] == "undated_unique"


def test_an_undated_report_with_two_candidates_stays_apart(store):
    ingest(store, "mofa-jp-fm")
    rec = record("mofa-kr-fm")
    later = dataclasses.replace(rec, meetings=(dataclasses.replace(rec.meetings[0], date="2022-12-01"),))
    store.ingest(later)  # the same ministers in Tokyo again, months later: a second meeting
    store.ingest(undated("news-fm", "sha256:undated"))
    assert counts(store)["meetings"] == 3


def with_meeting(key: str, doc_id: str, **changes):
    """A copy of a record under another document id, its meeting changed."""
    rec = record(key)
    return dataclasses.replace(rec, document=dataclasses.replace(rec.document, id=doc_id, url=None),
                               meetings=(dataclasses.replace(rec.meetings[0], **changes),))


def test_an_undated_report_without_a_city_joins_the_one_meeting_its_host_country_confirms(store):
    ingest(store, "farnesina-fm", "kenya-wire-undated")
    assert counts(store)["meetings"] == 1
    rules = {s["document_id"]: s["match_rule"] for s in store.meeting(meeting_of(store, "farnesina-fm"))["sources"]}
    assert rules[record("kenya-wire-undated").document.id] == "undated_unique"


def test_an_undated_report_stored_first_is_joined_by_the_dated_readout(store):
    ingest(store, "kenya-wire-undated", "farnesina-fm")
    assert counts(store)["meetings"] == 1
    assert store.meeting(meeting_of(store, "farnesina-fm"))["date"] == "2024-05-14"


def test_an_undated_report_with_two_fitting_meetings_joins_neither_and_says_why(store, caplog):
    ingest(store, "farnesina-fm")
    store.ingest(with_meeting("farnesina-fm", "sha256:autumn", date="2024-11-20"))  # the same ministers in Rome again
    with caplog.at_level(logging.INFO, logger="readout.store.ingest"):
        ingest(store, "kenya-wire-undated")
    assert counts(store)["meetings"] == 3
    assert any("no date to choose between meetings" in r.getMessage() for r in caplog.records)


def test_an_undated_report_placed_in_another_city_is_another_meeting(store):
    from readout.record import Location
    ingest(store, "farnesina-fm")
    store.ingest(with_meeting("kenya-wire-undated", "sha256:nairobi", location=Location(city="Nairobi", country="KEN")))
    assert counts(store)["meetings"] == 2


def test_an_undated_report_with_nothing_to_place_it_is_another_meeting(store):
    """The people alone do not say which of their meetings a report without date or place is about."""
    ingest(store, "farnesina-fm")
    store.ingest(with_meeting("kenya-wire-undated", "sha256:nowhere", host_country=None))
    assert counts(store)["meetings"] == 2


def test_an_undated_report_is_not_placed_by_the_host_alone_at_a_meeting_of_a_named_occasion(store):
    store.ingest(with_meeting("farnesina-fm", "sha256:g7", occasion="G7 Foreign Ministers' Meeting"))
    ingest(store, "kenya-wire-undated")
    assert counts(store)["meetings"] == 2


def test_an_undated_report_needs_every_principal_on_both_sides(store):
    ingest(store, "farnesina-fm")
    wire = record("kenya-wire-undated")
    store.ingest(with_meeting("kenya-wire-undated", "sha256:one", participants=wire.meetings[0].participants[:1]))
    assert counts(store)["meetings"] == 2


def test_an_undated_preview_links_to_the_one_meeting_of_its_principals_in_its_city(store):
    from readout.record import Location
    ingest(store, "mofa-jp-fm")
    rec = record("preview-fm")
    m = dataclasses.replace(rec.meetings[0], date=None, location=Location(city="Tokyo"))
    doc = dataclasses.replace(rec.document, published=None)
    store.ingest(dataclasses.replace(rec, document=doc, meetings=(m,)))
    meeting = store.meeting(meeting_of(store, "mofa-jp-fm"))
    assert {(s["relation"], s["match_rule"]) for s in meeting["sources"]} == {("report", "new"),
                                                                            ("preview", "undated_unique")}


def test_search_in_japanese_matches_words_inside_runs_of_text(store):
    """Full-text tokenizers keep a run of Japanese as one token: such a query is matched as substrings."""
    text = (Path(__file__).parent / "fixtures" / "japanese" / "telephone_talk.txt").read_text(encoding="utf-8")
    rec = extract(text, url="https://www.mofa.example.jp/a/page1.html")
    store.ingest(rec)
    ingest(store, "mofa-jp-fm")
    hits = store.search("外相")
    assert [h["id"] for h in hits] == [rec.document.id] and "[外相]" in hits[0]["snippet"]
    assert [h["id"] for h in store.search("電話会談 北朝鮮")] == [rec.document.id]  # every word
    assert store.search("電話会談 南極") == []
    assert [m["id"] for m in store.meetings(q="外相")] == hits[0]["meetings"]
    assert store.search("missile issues")[0]["id"] == record("mofa-jp-fm").document.id  # English: full text


def test_names_written_in_japanese_are_persons_too(store):
    """A name with no Latin letters keeps its own as its key: '山本' is a person, not nobody."""
    text = (Path(__file__).parent / "fixtures" / "japanese" / "news_style.txt").read_text(encoding="utf-8")
    store.ingest(extract(text))
    found = store.person("山本")
    assert [p["name"] for p in found] == ["山本"] and found[0]["meetings"]
    assert [p["name"] for p in store.person("李明")] == ["李明"]


def test_one_office_written_in_two_cases_is_one_office(store):
    """'President-elect' in one readout and 'President-Elect' in another: one office, both stored."""
    first = extract("May 4, 2024\n\nPresident Carl Hanson of the United States spoke with President-elect Ana Ruiz "
                    "of Chile.", url="https://www.example.gov/briefing-room/2024/05/04/a/")
    second = extract("May 9, 2024\n\nPresident Carl Hanson of the United States met with President-Elect Ana Ruiz "
                     "of Chile.", url="https://www.example.gov/briefing-room/2024/05/09/b/")
    store.ingest(first)
    store.ingest(second)
    ruiz = store.person("Ana Ruiz")
    assert len(ruiz) == 1 and len(ruiz[0]["meetings"]) == 2
    assert len([o for o in ruiz[0]["offices"] if o["title"].lower() == "president-elect"]) == 1
