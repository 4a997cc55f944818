"""The JSON API and the pages through an in-process client, over a store filled with hand-built records."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from click.testing import CliRunner
from fastapi.testclient import TestClient

from readout.cli import cli
from readout.store import Store
from readout.web import create_app, views
from readout.web.app import MAX_BODY_BYTES

from _web_records import XSS_SENTENCE, XSS_TITLE, fill_store

TOKEN = "test-token-4f1c"
API_PATHS = ["/api/meetings", "/api/meetings/{meeting_id}", "/api/dyads/{pair}", "/api/countries/{code}",
             "/api/persons/{name}", "/api/topics/{topic}", "/api/search", "/api/stats", "/api/documents"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("web") / "web.db"
    fill_store(str(path))
    return str(path)


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db, token=TOKEN), raise_server_exceptions=False)


def meeting_id(client, date: str, country: str = "KOR") -> int:
    rows = client.get("/api/meetings", params={"since": date, "until": date, "country": country}).json()["meetings"]
    assert len(rows) == 1, rows
    return rows[0]["id"]


def assert_error(response, status: int) -> dict:
    """The one error shape, and nothing that looks like a traceback."""
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"ok", "error", "status"} and body["ok"] is False and body["status"] == status
    assert "Traceback" not in response.text and 'File "' not in response.text
    return body


# -- reading -----------------------------------------------------------------------------------

def test_meetings_of_a_dyad_newest_first_with_sources(client):
    body = client.get("/api/meetings", params={"dyad": "KOR-JPN"}).json()
    assert body["ok"] is True and body["has_more"] is False
    dates = [m["date"] for m in body["meetings"]]
    assert dates == ["2024-01-10", "2023-05-20", "2022-09-21", "2020-02-21", "2018-08-04"]
    two_sources = body["meetings"][1]
    assert sorted(two_sources["sources"]) == ["https://example.org/jp/2023-05-20.html",
                                              "https://example.org/kr/2023-05-20.html"]


@pytest.mark.parametrize("params, dates", [
    ({"country": "USA"}, ["2023-08-18"]),
    ({"dyad": "JPN-KOR", "since": "2020-01-01", "until": "2022-12-31"}, ["2022-09-21", "2020-02-21"]),
    ({"topic": "treated_water"}, ["2023-05-20"]),
    ({"stance": "request", "dyad": "JPN-KOR"}, ["2023-05-20", "2018-08-04"]),
    ({"level": "leaders"}, ["2023-08-18", "2022-09-21"]),
    ({"format": "telephone"}, ["2020-02-21"]),
    ({"publisher": "Republic of Korea"}, ["2023-05-20"]),
    ({"q": "abductions"}, ["2018-08-04"]),
])
def test_meeting_filters(client, params, dates):
    assert [m["date"] for m in client.get("/api/meetings", params=params).json()["meetings"]] == dates


def test_paging_says_when_more_follow(client):
    first = client.get("/api/meetings", params={"limit": 2}).json()
    second = client.get("/api/meetings", params={"limit": 2, "offset": 2}).json()
    assert first["has_more"] and len(first["meetings"]) == 2
    assert not {m["id"] for m in first["meetings"]} & {m["id"] for m in second["meetings"]}


def test_csv_download_has_a_header_and_guards_formulas(client):
    response = client.get("/api/meetings", params={"dyad": "JPN-KOR", "output": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5 and rows[0]["title"] == XSS_TITLE and rows[0]["countries"] == "JPN; KOR"
    assert views.summarise_meeting({"title": "=HYPERLINK(1)"})["title"] == "=HYPERLINK(1)"
    from readout.web.api import guard_cell
    assert guard_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and guard_cell(["a", "b"]) == "a; b"


def test_json_download_is_an_attachment(client):
    response = client.get("/api/meetings", params={"country": "USA", "output": "json"})
    assert "attachment" in response.headers["content-disposition"] and response.json()["meetings"]


def test_meeting_with_two_sources_keeps_each_text_and_its_spans(client):
    body = client.get(f"/api/meetings/{meeting_id(client, '2023-05-20')}").json()
    assert body["countries"] == ["JPN", "KOR"] and len(body["sources"]) == 2
    assert {s["publisher"] for s in body["sources"]} == {"Ministry of Foreign Affairs of Japan",
                                                          "Ministry of Foreign Affairs of the Republic of Korea"}
    stances = set()
    for source in body["sources"]:
        for group in source["points"]:
            for statement in group["statements"]:
                assert source["text"][statement["start"]:statement["end"]] == statement["text"]
                stances.add(statement["stance"])
    assert {"share_view", "explain", "request"} <= stances
    names = {p["name"] for p in body["participants"]}
    assert len(names) == 2 and any("Hayashi" in n or "HAYASHI" in n for n in names)


def test_dyad_summary_counts_years_and_the_longest_gap(client):
    body = client.get("/api/dyads/KOR-JPN").json()
    assert body["total"] == 5
    assert body["per_year"] == {"2018": 1, "2020": 1, "2022": 1, "2023": 1, "2024": 1}
    assert body["longest_gap"]["start"] == "2020-02-21" and body["longest_gap"]["end"] == "2022-09-21"
    assert body["longest_gap"]["days"] == 943
    assert body["topics_by_year"]["north_korea"] == {"2018": 1, "2022": 1}
    assert body["by_format"] == {"in_person": 3, "telephone": 1, "video": 1}


def test_country_partners_ranked(client):
    body = client.get("/api/countries/jpn").json()
    assert body["country"] == "JPN"
    assert [(p["country"], p["meetings"]) for p in body["partners"]] == [("KOR", 5), ("USA", 1)]


def test_person_offices_and_meetings(client):
    body = client.get("/api/persons/Minister Hayashi").json()
    assert "Hayashi".lower() in body["name"].lower()
    assert body["offices"] and body["offices"][0]["start"] == "2023-05-20"
    assert [m["date"] for m in body["meetings"]] == ["2023-05-20"]
    assert client.get("/api/persons/Kishida").json()["meetings"][0]["date"] == "2023-08-18"


def test_topic_trend_and_leading_dyads(client):
    body = client.get("/api/topics/north_korea").json()
    assert body["per_year"] == {"2018": 1, "2022": 1}
    assert body["leading_dyads"] == [{"dyad": "JPN-KOR", "meetings": 2}]


def test_search_returns_meetings_and_passages(client):
    body = client.get("/api/search", params={"q": "treated water"}).json()
    assert [m["date"] for m in body["meetings"]] == ["2023-05-20"]
    assert body["hits"] and body["hits"][0]["meetings"] == [body["meetings"][0]["id"]]


def test_stats(client):
    counts = client.get("/api/stats").json()["stats"]["counts"]
    assert counts["documents"] == 7 and counts["meetings"] == 6


# -- errors ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, status", [
    ("/api/meetings/999999", 404), ("/api/meetings/abc", 404), ("/api/nothing-here", 404),
    ("/api/dyads/JPN", 404), ("/api/dyads/JPN-JPN", 404), ("/api/countries/J1N", 404),
    ("/api/persons/Nobody%20Atall", 404),
    ("/api/meetings?since=yesterday", 422), ("/api/meetings?country=J%00N", 422), ("/api/search?dyad=JPN", 422), ("/api/meetings?limit=0", 422), ("/api/meetings?output=xml", 422),
])
def test_errors_have_one_json_shape(client, path, status):
    assert_error(client.get(path), status)


def test_an_unexpected_failure_is_a_500_without_details(client, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("secret internal detail")
    monkeypatch.setattr(views, "dyad_view", broken)
    body = assert_error(client.get("/api/dyads/JPN-KOR"), 500)
    assert "secret" not in body["error"]
    page = client.get("/dyads/JPN-KOR")
    assert page.status_code == 500 and "text/html" in page.headers["content-type"] and "secret" not in page.text


def test_pages_answer_errors_as_html(client):
    response = client.get("/meetings/999999")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "Error 404" in response.text


def test_wrong_method_is_405_in_the_same_shape(client):
    assert_error(client.delete("/api/meetings"), 405)


# -- safety ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/api/stats", "/meetings/1", "/static/app.js", "/api/nothing"])
def test_security_headers_everywhere(client, path):
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_script_or_style(client):
    for path in ["/", "/dyads/JPN-KOR", f"/meetings/{meeting_id(client, '2023-05-20')}", "/search?q=water"]:
        html = client.get(path).text
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
        assert " style=" not in html and "<style" not in html and " onclick=" not in html.lower()


def test_markup_in_a_document_is_shown_as_text(client):
    mid = meeting_id(client, "2024-01-10")
    html = client.get(f"/meetings/{mid}").text
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in html
    data = client.get(f"/api/meetings/{mid}").json()
    assert data["title"] == XSS_TITLE and XSS_SENTENCE in data["sources"][0]["text"]
    for path in ["/", "/dyads/JPN-KOR", "/search?dyad=JPN-KOR", "/countries/JPN"]:
        assert "<script>alert(" not in client.get(path).text


def test_reading_connections_are_read_only(db):
    with Store(db, readonly=True) as store, pytest.raises(Exception):
        store.execute("DELETE FROM meetings")
    with Store(db, readonly=True) as store:
        assert store.scalar("SELECT count(*) AS n FROM meetings") == 6


# -- writing -----------------------------------------------------------------------------------

DOC = {"text": "Japan-ROK Foreign Ministers' Telephone Talk\n\nOn March 3, Mr. KAMIKAWA Yoko, Minister for Foreign "
               "Affairs of Japan, held a telephone talk with Mr. Cho Tae-yul, Minister of Foreign Affairs of the "
               "Republic of Korea.\n\n1. The two ministers confirmed close cooperation on North Korea.\n",
       "url": "https://example.org/jp/2024-03-03.html", "title": "Japan-ROK Foreign Ministers' Telephone Talk",
       "published": "2024-03-03", "publisher": "Ministry of Foreign Affairs of Japan", "provenance": "test"}


@pytest.fixture
def writable(tmp_path) -> str:
    path = tmp_path / "write.db"
    Store(str(path)).close()
    return str(path)


def test_writing_without_a_configured_token_is_forbidden(writable):
    client = TestClient(create_app(writable), raise_server_exceptions=False)
    assert_error(client.post("/api/documents", json=DOC, headers={"authorization": "Bearer anything"}), 403)


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", "Basic " + TOKEN, TOKEN, "Bearer"])
def test_writing_needs_the_right_bearer_token(writable, header):
    client = TestClient(create_app(writable, token=TOKEN), raise_server_exceptions=False)
    headers = {"authorization": header} if header else {}
    assert_error(client.post("/api/documents", json=DOC, headers=headers), 401)
    with Store(writable, readonly=True) as store:
        assert store.scalar("SELECT count(*) AS n FROM documents") == 0


def test_a_posted_document_is_ingested_once(writable):
    client = TestClient(create_app(writable, token=TOKEN), raise_server_exceptions=False)
    auth = {"authorization": f"Bearer {TOKEN}"}
    first = client.post("/api/documents", json=DOC, headers=auth)
    assert first.status_code == 201 and first.json()["result"] == "new"
    again = client.post("/api/documents", json=DOC, headers=auth)
    assert again.status_code == 200 and again.json()["result"] == "unchanged"
    assert again.json()["document_id"] == first.json()["document_id"]
    with Store(writable, readonly=True) as store:
        row = store.one("SELECT url, publisher FROM documents")
    assert row == {"url": DOC["url"], "publisher": DOC["publisher"]}


@pytest.mark.parametrize("body", [{"url": "https://example.org"}, {"text": "a", "html": "<p>a</p>"},
                                  {"text": "   "}, [1, 2], "just a string"])
def test_invalid_documents_are_422(writable, body):
    client = TestClient(create_app(writable, token=TOKEN), raise_server_exceptions=False)
    assert_error(client.post("/api/documents", json=body, headers={"authorization": f"Bearer {TOKEN}"}), 422)


def test_bodies_over_the_limit_are_413(writable):
    client = TestClient(create_app(writable, token=TOKEN), raise_server_exceptions=False)
    big = json.dumps({"text": "x" * (MAX_BODY_BYTES + 10)})
    response = client.post("/api/documents", content=big, headers={"authorization": f"Bearer {TOKEN}",
                                                                   "content-type": "application/json"})
    assert_error(response, 413)
    assert response.headers["content-security-policy"]


def test_other_write_methods_are_not_routes(client):
    assert_error(client.put("/api/meetings/1", json={}), 405)


# -- pages, docs, CLI --------------------------------------------------------------------------

def test_every_page_renders(client):
    mid = meeting_id(client, "2023-05-20")
    for path in ["/", "/dyads/JPN-KOR", f"/meetings/{mid}", "/countries/KOR", "/persons/Park%20Jin",
                 "/topics/bilateral_relations", "/search", "/search?q=Tokyo&country=JPN&since=2023-01-01", "/docs"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "text/html" in response.headers["content-type"]


def test_dyad_page_draws_its_charts(client):
    html = client.get("/dyads/JPN-KOR").text
    for title in ("JPN–KOR meetings by level and format", "JPN–KOR meetings per year", "JPN–KOR topics by year"):
        assert f"<title>{title}</title>" in html
    assert "943 days" in html and 'href="/api/meetings?dyad=JPN-KOR&amp;limit=1000&amp;output=csv"' in html


def test_meeting_page_links_statements_to_their_spans(client):
    mid = meeting_id(client, "2023-05-20")
    html = client.get(f"/meetings/{mid}").text
    buttons = re.findall(r'class="statement"[^>]*data-source="(source-\d)" data-start="(\d+)" data-end="(\d+)"', html)
    assert len(buttons) == 5
    assert re.search(r'class="source-text" id="source-0"', html) and 'id="source-1"' in html
    assert "Comparison of the readouts" in html


def test_offline_docs_list_every_api_path(client):
    spec = client.get("/openapi.json").json()
    assert set(API_PATHS) <= set(spec["paths"])
    html = client.get("/docs").text
    for path in API_PATHS:
        assert path in html
    assert "cdn" not in html.lower()


def test_serve_help_ends_with_an_example():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1].strip().startswith("Example: readout serve")


def test_demo_database_ingests_every_sample(tmp_path):
    from readout.web.demo import build_demo_db, sample_paths
    counts = build_demo_db(tmp_path / "demo.db")
    assert counts == {"new": len(list(sample_paths()))} and counts["new"] >= 19
    # the demo exists to show a dyad over several years and one meeting reported by both sides
    client = TestClient(create_app(str(tmp_path / "demo.db")))
    dyad = client.get("/api/dyads/JPN-KOR").json()
    assert len(dyad["per_year"]) >= 5 and dyad["total"] >= 6
    both = client.get("/api/meetings", params={"dyad": "JPN-KOR", "since": "2023-05-20", "until": "2023-05-20"})
    assert [len(m["sources"]) for m in both.json()["meetings"]] == [2]


def test_serve_refuses_a_missing_database_in_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {tmp_path / 'missing.db'}: no such database (run `readout ingest` first)"


def test_meeting_shows_the_page_history_of_a_recrawled_source(tmp_path):
    from _web_records import DOCS, build_record
    spec = next(d for d in DOCS if d["key"] == "call-2020")
    first = build_record(spec)
    revised = build_record({**spec, "points": spec["points"] + [
        ("The two ministers confirmed that they will stay in close communication.", ("JPN", "KOR"), "confirm",
         ("bilateral_relations",))]})
    db = str(tmp_path / "history.db")
    with Store(db) as store:
        store.ingest(first, raw=b"v1", fetch={"fetched_at": "2020-02-21T10:00:00Z"})
        store.ingest(revised, raw=b"v2", fetch={"fetched_at": "2020-02-22T10:00:00Z"})
    client = TestClient(create_app(db))
    mid = client.get("/api/meetings").json()["meetings"][0]["id"]
    body = client.get(f"/api/meetings/{mid}").json()
    assert [h["url"] for h in body["history"]] == [spec["url"]]
    snapshots = body["history"][0]["snapshots"]
    assert [s["id"] for s in snapshots] == [first.document.id, revised.document.id]
    assert [s["current"] for s in snapshots] == [False, True]
    assert "Page history" in client.get(f"/meetings/{mid}").text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(["country", "dyad", "since", "until", "level", "format", "topic",
                                               "stance", "publisher", "q", "limit", "offset", "output"]),
                              st.text(max_size=30), max_size=5))
def test_any_query_string_is_an_answer_or_a_clean_error(client, params):
    response = client.get("/api/meetings", params=params)
    if response.status_code != 200:
        assert response.status_code in (404, 422)
        assert_error(response, response.status_code)
