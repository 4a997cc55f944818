"""Web abuse catalogue: script injection, SQL injection, path traversal, oversized and malformed
requests, missing tokens, security headers — each answered with a 4xx (or a normal answer), never a 500.

Runs the app in process over a store filled with hand-built records whose every rendered field
(title, text, URL, names, titles of office, topics, publisher, occasion, location) carries markup.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from readout.store import Store
from readout.web import create_app
from readout.web.app import MAX_BODY_BYTES

from _web_records import build_record, fill_store

TOKEN = "abuse-token-9e2d"
SCRIPT = "<script>alert('xss')</script>"
IMG = '<img src=x onerror="alert(1)">'
QUOTE_BREAK = '"><svg onload=alert(2)>'
PAYLOADS = (SCRIPT, IMG, QUOTE_BREAK)
TABLES = ("documents", "meetings", "meeting_sources", "participants", "persons", "statements")

# SQL injection strings, FTS query syntax and oddities for every text parameter.
SQLI = [
    "' OR '1'='1", "' OR 1=1 --", "1; DROP TABLE meetings; --", "'; DELETE FROM documents; --",
    "\") OR (\"1\"=\"1", "%' UNION SELECT name, sql FROM sqlite_master --", "1' AND sleep(5)--",
    "admin'/*", "*", "\"", "NEAR(a b", "a OR", "AND", "-", "^", "col:val", "x\x00y", "%", "_",
    "\\", "'", "''", "😀' OR '😀'='😀", "\u202e' OR 1=1", "a" * 490,
]
FILTER_PARAMS = ("country", "dyad", "since", "until", "level", "format", "topic", "stance", "publisher", "q",
                 "limit", "offset", "output")
EXACT_FILTERS = ("level", "format", "topic", "stance")


def hostile_spec() -> list[dict]:
    """Two sources of one meeting whose every field carries markup, plus a javascript: URL."""
    person = (f"Evil {SCRIPT} Person", f"Evil{IMG}", "Mallory", "JPN", f"Minister {QUOTE_BREAK}")
    other = (f"Other {IMG}", "Other", "Eve", "KOR", f"Director {SCRIPT}")
    base = dict(date="2025-03-04", fmt="in_person", level="foreign_ministers", countries=("JPN", "KOR"),
                people=(person, other),
                lead=f"On March 4, {person[0]} held a meeting with {other[0]} to discuss {SCRIPT}.",
                points=[(f"The two sides discussed {IMG} and {QUOTE_BREAK}.", ("JPN", "KOR"), "exchange_views",
                         (f"topic{IMG}", "north_korea")),
                        (f"Minister Evil requested {SCRIPT} cooperation.", ("JPN",), "request", ("abductions",))])
    return [
        {**base, "key": "hostile-a", "publisher": f"Ministry {SCRIPT}", "url": "javascript:alert(document.cookie)",
         "title": f"Title {SCRIPT} {IMG}"},
        {**base, "key": "hostile-b", "publisher": f"Agency {IMG}", "url": f"https://example.org/x?{QUOTE_BREAK}",
         "title": f"Other title {QUOTE_BREAK}"},
    ]


def db_digest(db: str) -> dict[str, int]:
    """Row counts of the main tables: unchanged by any read, however hostile."""
    with Store(db, readonly=True) as store:
        return {t: store.scalar(f"SELECT count(*) AS n FROM {t}") for t in TABLES}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("abuse") / "abuse.db")
    fill_store(path)
    with Store(path) as store:
        for spec in hostile_spec():
            record = build_record(spec)
            store.ingest(record, raw=record.document.text.encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db, token=TOKEN), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def hostile_meeting(client) -> int:
    rows = client.get("/api/meetings", params={"since": "2025-03-04", "until": "2025-03-04"}).json()["meetings"]
    assert len(rows) == 1, rows
    return rows[0]["id"]


@pytest.fixture(scope="module")
def page_paths(client, hostile_meeting) -> list[str]:
    """Every page of the app, including the ones that show the hostile record."""
    meeting_ids = [m["id"] for m in client.get("/api/meetings", params={"limit": 100}).json()["meetings"]]
    return (["/", "/dyads/JPN-KOR", "/dyads/KOR-JPN", "/countries/JPN", "/countries/KOR", "/topics/north_korea",
             "/topics/" + quote(f"topic{IMG}", safe=""), "/persons/Other", "/persons/" + quote(f"Other {IMG}", safe=""), "/search?q=discussed",
             "/search?dyad=JPN-KOR", "/search?topic=abductions", "/docs"]
            + [f"/meetings/{m}" for m in meeting_ids])


def assert_no_live_markup(html: str, where: str) -> None:
    """No payload reaches the page as markup: parsed, the page has only our script, no handlers, no js: links."""
    import lxml.html

    for payload in PAYLOADS:
        assert payload not in html, f"{where}: unescaped {payload!r}"
    tree = lxml.html.document_fromstring(html)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        assert tag not in ("img", "iframe", "object", "embed") or element.get("src", "").startswith("/static/"), \
            f"{where}: injected <{tag}>"
        if tag == "script":
            assert element.get("src") == "/static/app.js" and not (element.text or "").strip(), where
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"{where}: event handler {name} on <{tag}>"
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href"):
                assert not value.strip().lower().startswith(("javascript:", "data:text", "vbscript:")), where


def assert_error_shape(response, statuses=(400, 401, 403, 404, 405, 413, 415, 422)) -> None:
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    assert "Traceback" not in response.text and 'File "' not in response.text


# -- script injection --------------------------------------------------------------------------

def test_hostile_fields_are_stored_as_given(client, hostile_meeting):
    """The API returns the hostile values verbatim (JSON is not HTML), so the pages really have them to escape."""
    body = client.get(f"/api/meetings/{hostile_meeting}").json()
    assert len(body["sources"]) == 2
    dumped = str(body)
    for needle in (SCRIPT, IMG, QUOTE_BREAK, f"Ministry {SCRIPT}", f"topic{IMG}"):
        assert needle in dumped, needle
    assert body["sources"][0]["url"] is None or body["sources"][0]["url"].startswith("https://")


def test_every_page_renders_hostile_values_as_text(client, page_paths, hostile_meeting):
    for path in page_paths:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        assert "text/html" in response.headers["content-type"]
        assert_no_live_markup(response.text, path)
    meeting = client.get(f"/meetings/{hostile_meeting}").text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in meeting
    assert "&lt;img src=x onerror=" in meeting
    assert "Ministry &lt;script&gt;" in meeting  # publisher
    assert "Evil &lt;script&gt;" in meeting and "Other &lt;img" in meeting  # participant names


def test_javascript_url_is_never_a_link(client, hostile_meeting):
    html = client.get(f"/meetings/{hostile_meeting}").text
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", html, re.I)


def test_markup_in_the_url_path_is_escaped_on_error_pages(client):
    for path in [f"/persons/{SCRIPT}", f"/topics/{IMG}", f"/meetings/{SCRIPT}", f"/dyads/{SCRIPT}",
                 f"/countries/{QUOTE_BREAK}", f"/no-such-page/{SCRIPT}"]:
        response = client.get(path)
        assert response.status_code < 500, path
        assert_no_live_markup(response.text, path)


def test_markup_in_query_parameters_is_escaped_in_the_search_page(client):
    for name in ("q", "publisher", "topic", "stance", "level", "format"):
        response = client.get("/search", params={name: SCRIPT + QUOTE_BREAK})
        assert response.status_code in (200, 422), name
        assert_no_live_markup(response.text, f"/search?{name}=")


def test_json_api_is_never_served_as_html(client, hostile_meeting):
    for path in [f"/api/meetings/{hostile_meeting}", "/api/meetings", "/api/persons/Other", "/api/stats"]:
        response = client.get(path)
        assert response.headers["content-type"].startswith("application/json"), path


def test_csv_download_guards_hostile_cells(client):
    response = client.get("/api/meetings", params={"output": "csv", "since": "2025-01-01"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    for line in response.text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.startswith(("=", "+", "@")), cell


# -- SQL injection -----------------------------------------------------------------------------

@pytest.mark.parametrize("param", FILTER_PARAMS)
@pytest.mark.parametrize("route", ["/api/meetings", "/api/search", "/search"])
def test_sql_injection_in_query_parameters(client, db, route, param):
    before = db_digest(db)
    for value in SQLI:
        response = client.get(route, params={param: value})
        assert response.status_code < 500, (route, param, value, response.text[:300])
        if response.status_code != 200:
            assert_error_shape(response)
            continue
        if route.startswith("/api/") and param in EXACT_FILTERS:
            # An exact-match filter matches nothing with these values: the query was not rewritten.
            assert response.json()["meetings"] == [], (route, param, value)
        if route.startswith("/api/") and param == "publisher" and value not in ("%", "_"):
            # publisher is a substring filter: whatever it returns really has the value in a publisher.
            for meeting in response.json()["meetings"]:
                assert value.lower() in publishers_of(client, meeting["id"]), (route, value)
    assert db_digest(db) == before


def publishers_of(client, meeting_id: int) -> str:
    sources = client.get(f"/api/meetings/{meeting_id}").json()["sources"]
    return " | ".join(s.get("publisher") or "" for s in sources).lower()


@pytest.mark.parametrize("value", ["%", "_"])
def test_publisher_wildcards_are_literal(client, value):
    assert client.get("/api/meetings", params={"publisher": value}).json()["meetings"] == []


@pytest.mark.parametrize("template", ["/api/meetings/{v}", "/api/dyads/{v}", "/api/countries/{v}", "/api/persons/{v}",
                                      "/api/topics/{v}", "/meetings/{v}", "/dyads/{v}", "/countries/{v}",
                                      "/persons/{v}", "/topics/{v}"])
def test_sql_injection_in_path_parameters(client, db, template):
    before = db_digest(db)
    for value in SQLI + ["JPN-KOR' OR 1=1--", "1 OR 1=1", "1;DROP TABLE meetings"]:
        value = value.replace("/", "").replace("\x00", "")
        response = client.get(template.format(v=value))
        assert response.status_code < 500, (template, value, response.text[:300])
        if response.status_code == 200 and "/persons/" in template and template.startswith("/api/"):
            names = str(response.json()).lower()
            assert "hayashi" not in names and "kishida" not in names, value  # not "every person"
    assert db_digest(db) == before


def test_limit_and_offset_reject_injection(client):
    for params in ({"limit": "1 OR 1=1"}, {"offset": "0; DROP TABLE meetings"}, {"limit": "-1"},
                   {"limit": str(10 ** 30)}, {"offset": str(10 ** 30)}, {"limit": "1e3"}):
        response = client.get("/api/meetings", params=params)
        assert response.status_code == 422, params
        assert_error_shape(response)


def test_posted_sql_injection_is_stored_as_text(tmp_path, db):
    path = str(tmp_path / "w.db")
    Store(path).close()
    writer = TestClient(create_app(path, token=TOKEN), raise_server_exceptions=False)
    doc = {"text": "On May 2, Mr. O'Brien'); DROP TABLE documents; -- met Minister Park.\n\n1. The two sides "
                   "agreed.", "title": "x'); DROP TABLE meetings; --", "url": "https://example.org/a'--",
           "publisher": "' OR 1=1 --"}
    response = writer.post("/api/documents", json=doc, headers={"authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    with Store(path, readonly=True) as store:
        assert store.scalar("SELECT count(*) AS n FROM documents") == 1
        assert store.scalar("SELECT count(*) AS n FROM documents WHERE publisher = ?", [doc["publisher"]]) == 1


# -- path traversal ----------------------------------------------------------------------------

TRAVERSALS = ["../app.py", "..%2fapp.py", "%2e%2e/app.py", "%2e%2e%2fapp.py", "..%5capp.py", "....//app.py",
              "../../../../../../etc/passwd", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%252fapp.py",
              "/etc/passwd", "%00../app.py", "app.js%00.css", "..\\app.py", "templates/../../app.py"]


@pytest.mark.parametrize("attempt", TRAVERSALS)
def test_path_traversal_in_static_files(client, attempt):
    response = client.get("/static/" + attempt)
    assert response.status_code in (400, 404), (attempt, response.status_code)
    assert "def create_app" not in response.text and "root:" not in response.text
    assert response.headers.get("x-content-type-options") == "nosniff"


def test_static_files_still_served(client):
    response = client.get("/static/app.js")
    assert response.status_code == 200 and "javascript" in response.headers["content-type"]


@pytest.mark.parametrize("attempt", ["../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fapp.py"])
def test_path_traversal_in_downloads_and_pages(client, attempt):
    for path in (f"/api/meetings?output={attempt}", f"/api/meetings/{attempt}", f"/api/persons/{attempt}",
                 f"/api/topics/{attempt}", f"/meetings/{attempt}", f"/docs/{attempt}", f"/{attempt}"):
        response = client.get(path)
        assert response.status_code in (404, 422), (path, response.status_code)
        assert "root:" not in response.text and "def create_app" not in response.text


def test_download_filenames_are_fixed(client):
    for output in ("csv", "json"):
        disposition = client.get("/api/meetings", params={"output": output}).headers["content-disposition"]
        assert disposition == f'attachment; filename="meetings.{output}"'


# -- oversized and malformed requests ----------------------------------------------------------

@pytest.fixture
def writer(tmp_path) -> tuple[TestClient, str]:
    path = str(tmp_path / "write.db")
    Store(path).close()
    return TestClient(create_app(path, token=TOKEN), raise_server_exceptions=False), path


def stored(path: str) -> int:
    with Store(path, readonly=True) as store:
        return store.scalar("SELECT count(*) AS n FROM documents")


AUTH = {"authorization": f"Bearer {TOKEN}"}


def test_oversized_body_is_413_with_or_without_a_token(writer):
    client, path = writer
    big = b'{"text": "' + b"a" * (MAX_BODY_BYTES + 10) + b'"}'
    for headers in (AUTH, {}):
        response = client.post("/api/documents", content=big,
                               headers={**headers, "content-type": "application/json"})
        assert response.status_code == 413, response.status_code
        assert response.json()["status"] == 413
    assert stored(path) == 0


def test_lying_content_length_is_refused(writer):
    client, path = writer
    for value in ("-1", "abc", "99999999999999999999"):
        response = client.post("/api/documents", content=b'{"text":"x"}',
                               headers={**AUTH, "content-type": "application/json", "content-length": value})
        assert response.status_code in (400, 413), (value, response.status_code)
    assert stored(path) == 0


def test_chunked_body_over_the_limit_is_413(writer):
    client, path = writer

    def chunks():
        piece = b"a" * (1 << 20)
        yield b'{"text": "'
        for _ in range(MAX_BODY_BYTES // len(piece) + 2):
            yield piece
        yield b'"}'

    response = client.post("/api/documents", content=chunks(),
                           headers={**AUTH, "content-type": "application/json"})
    assert response.status_code == 413, response.status_code
    assert stored(path) == 0


MALFORMED = [b"", b"{", b"not json", b"[]", b"null", b"42", b'"text"', b'{"text": 42}', b'{"text": null}',
             b'{"text": ""}', b'{"text": "  "}', b'{"text": "a", "html": "<p>b</p>"}', b'{"html": ["x"]}',
             b'{"text": "a", "url": 5}', b'\xff\xfe{}', b'{"text": "a"' + b"}" * 1000,
             b"[" * 100000 + b"]" * 100000, b'{"a":' * 5000 + b"1" + b"}" * 5000]


@pytest.mark.parametrize("body", MALFORMED, ids=lambda b: repr(b[:20]))
def test_malformed_json_bodies_are_4xx(writer, body):
    client, path = writer
    response = client.post("/api/documents", content=body, headers={**AUTH, "content-type": "application/json"})
    assert_error_shape(response)
    assert response.json()["ok"] is False
    assert stored(path) == 0


def test_lone_surrogate_in_a_posted_document_is_not_a_500(writer):
    client, path = writer
    body = b'{"text": "On May 2, the two ministers met \\ud800 in Tokyo."}'
    response = client.post("/api/documents", content=body, headers={**AUTH, "content-type": "application/json"})
    assert response.status_code == 201, response.text
    with Store(path, readonly=True) as store:
        assert "\ufffd" in store.scalar("SELECT text FROM documents")


def test_wrong_content_type_is_4xx(writer):
    client, path = writer
    for ctype, body in (("text/plain", b'{"text": "a"}'), ("application/x-www-form-urlencoded", b"text=a"),
                        ("multipart/form-data; boundary=x", b"--x--")):
        response = client.post("/api/documents", content=body, headers={**AUTH, "content-type": ctype})
        assert_error_shape(response)
    assert stored(path) == 0


def test_huge_query_strings_and_headers_are_answered(client):
    assert client.get("/api/meetings", params={"q": "x" * 30_000}).status_code == 422
    assert client.get("/api/search", params={"publisher": "x" * 30_000}).status_code == 422
    response = client.get("/api/meetings", headers={"x-junk": "y" * 50_000})
    assert response.status_code == 200


# -- tokens ------------------------------------------------------------------------------------

@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer ", "bearer wrong", f"Bearer {TOKEN}x",
                                    f"Bearer {TOKEN[:-1]}", f"Token {TOKEN}", f"Basic {TOKEN}", TOKEN,
                                    f"Bearer  {TOKEN} extra", "Bearer \u00e9\u00e9"])
def test_writes_need_the_exact_token(writer, header):
    client, path = writer
    headers = {} if header is None else {"authorization": header.encode("utf-8")}
    response = client.post("/api/documents", json={"text": "On May 2, the two ministers met."}, headers=headers)
    assert response.status_code == 401, (header, response.status_code)
    assert response.json() == {"ok": False, "error": "missing or wrong bearer token", "status": 401}
    assert stored(path) == 0


def test_token_in_the_query_string_is_not_accepted(writer):
    client, path = writer
    response = client.post(f"/api/documents?token={TOKEN}", json={"text": "On May 2, the two ministers met."})
    assert response.status_code == 401
    assert stored(path) == 0


def test_writes_are_refused_when_no_token_is_configured(tmp_path):
    path = str(tmp_path / "ro.db")
    Store(path).close()
    client = TestClient(create_app(path), raise_server_exceptions=False)
    for header in ("Bearer ", "Bearer None", "Bearer null", "Bearer undefined"):
        response = client.post("/api/documents", json={"text": "x y z"}, headers={"authorization": header})
        assert response.status_code == 403, header
    assert stored(path) == 0


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_write_methods_are_405(client, method):
    for path in ("/api/documents", "/api/meetings", "/api/meetings/1", "/"):
        response = getattr(client, method)(path, headers=AUTH)
        assert response.status_code in (404, 405), (method, path)


# -- security headers --------------------------------------------------------------------------

def all_responses(client, page_paths) -> list:
    responses = [client.get(p) for p in page_paths]
    responses += [client.get(p) for p in ("/api/meetings", "/api/stats", "/openapi.json", "/static/app.js",
                                          "/static/style.css", "/static/favicon.svg", "/static/../x",
                                          "/api/meetings/abc", "/nothing", "/api/meetings?limit=0")]
    responses += [client.post("/api/documents", json={"text": "x"}), client.delete("/api/meetings"),
                  client.post("/api/documents", content=b"a" * (MAX_BODY_BYTES + 1),
                              headers={"content-type": "application/json"})]
    return responses


def test_security_headers_on_every_response(client, page_paths):
    for response in all_responses(client, page_paths):
        where = f"{response.request.method} {response.request.url.path} -> {response.status_code}"
        headers = response.headers
        csp = headers.get("content-security-policy", "")
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp, where
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, where
        assert headers.get("x-content-type-options") == "nosniff", where
        assert headers.get("referrer-policy") == "no-referrer", where
        assert headers.get("x-frame-options") == "DENY", where
        assert "server-side" not in headers.get("server", ""), where


def test_errors_never_show_a_stack_trace(client, page_paths):
    for response in all_responses(client, page_paths):
        assert "Traceback" not in response.text and 'File "/' not in response.text
        assert str(Path(__file__).resolve().parents[1]) not in response.text


# -- load (smoke) ------------------------------------------------------------------------------

def test_load_smoke_on_loopback():
    """benchmarks/load_test.py, tiny: 5 clients for 2 seconds against `readout serve --demo` on 127.0.0.1."""
    import asyncio
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "load_test.py"
    spec = importlib.util.spec_from_file_location("load_test", path)
    load_test = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(load_test)
    port = load_test.free_port()
    server = load_test.start_server(port, None)
    try:
        result = asyncio.run(load_test.run_load(f"http://{load_test.HOST}:{port}", clients=5, seconds=2))
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert result["requests"] > 0 and result["urls"] > 5
    assert result["errors"] == 0, result["error_sample"]
