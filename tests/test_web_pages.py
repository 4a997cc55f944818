"""The pages in headless Chromium (Playwright) against a real uvicorn server on 127.0.0.1.

Takes the screenshots (home, dyad, meeting); with READOUT_SCREENSHOTS=docs they refresh docs/screenshots/, which docs/web.md shows.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from _web_records import XSS_SENTENCE, XSS_TITLE, fill_store

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("READOUT_CHROMIUM", "/usr/bin/chromium")
# The screenshots in docs/ are refreshed on purpose (READOUT_SCREENSHOTS=docs); a plain test run
# writes them to a temporary folder so it leaves the working tree as it was.
_DOCS_SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SCREENSHOTS = _DOCS_SHOTS if os.environ.get("READOUT_SCREENSHOTS") == "docs" else \
    Path(os.environ.get("TMPDIR", "/tmp")) / "readout-screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app over the hand-built test records."""
    db = tmp_path_factory.mktemp("pages") / "pages.db"
    fill_store(str(db))
    yield from serve(db)


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    """The app over the demo database (`readout serve --demo`): bundled samples through the real pipeline."""
    from readout.web.demo import build_demo_db
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo_db(db)
    yield from serve(db)


def serve(db: Path):
    """uvicorn on an ephemeral port of 127.0.0.1, in a thread; yields the base URL."""
    import uvicorn

    from readout.web import create_app
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(str(db)), log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM} (install the Debian package chromium or set READOUT_CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page that records dialogs and console errors (a dialog would mean script ran)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs, page.errors = [], []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def open_meeting(page, server, date: str) -> None:
    """Go to the meeting of that date through the dyad page, as a user would."""
    page.goto(f"{server}/dyads/JPN-KOR")
    page.locator("table.meetings tr", has_text=date).locator("a").first.click()
    page.wait_for_url("**/meetings/*")


def test_home_page_shows_counts_and_latest_meetings(page, server):
    page.goto(server + "/")
    assert page.locator(".counts li").first.inner_text().split()[0] == "6"
    assert page.locator("table.meetings tbody tr").count() == 6
    assert not page.errors, page.errors


def test_dyad_page_draws_timeline_per_year_and_heat_map(page, server):
    page.goto(f"{server}/dyads/JPN-KOR")
    titles = page.locator("svg.chart > title").evaluate_all("els => els.map(e => e.textContent)")
    assert titles == ["JPN–KOR meetings by level and format", "JPN–KOR meetings per year", "JPN–KOR topics by year"]
    assert page.locator("svg.chart").first.locator("a").count() == 5  # one marker per meeting
    assert "943 days" in page.locator(".counts").inner_text()
    assert page.locator("table.meetings tbody tr").count() == 5
    assert not page.errors, page.errors


def test_selecting_a_statement_highlights_its_span(page, server):
    open_meeting(page, server, "2023-05-20")
    assert page.locator(".source-text").count() == 2
    statement = "Minister Hayashi explained Japan's efforts concerning the ALPS treated water."
    assert page.locator("mark.span-highlight").count() == 0
    button = page.locator("button.statement", has_text=statement)
    button.click()
    mark = page.locator("mark.span-highlight")
    assert mark.count() == 1 and mark.inner_text() == statement
    assert button.get_attribute("aria-pressed") == "true"
    box_id = button.get_attribute("data-source")
    assert page.locator(f"#{box_id} mark.span-highlight").count() == 1
    other = "Minister Park asked Japan to respond sincerely to historical issues."
    page.locator("button.statement", has_text=other).click()
    assert page.locator("mark.span-highlight").count() == 1  # the earlier highlight is gone
    assert page.locator("mark.span-highlight").inner_text() == other
    assert button.get_attribute("aria-pressed") == "false"
    assert not page.errors, page.errors


def test_script_in_a_document_is_shown_as_text_and_never_runs(page, server):
    open_meeting(page, server, "2024-01-10")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert page.title().startswith(XSS_TITLE)
    page.locator("button.statement", has_text="alert('text')").click()
    assert page.locator("mark.span-highlight").inner_text() == XSS_SENTENCE
    # a statement after an emoji and Hangul: spans count code points, not UTF-16 units
    shoot(page, "meeting-markup-as-text")
    later = "The two sides confirmed that they will meet again in Seoul."
    page.locator("button.statement", has_text=later).click()
    assert page.locator("mark.span-highlight").inner_text() == later
    page.goto(f"{server}/search?q=alert")
    assert XSS_TITLE in page.locator("table.meetings").inner_text()
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0


def test_demo_pages_for_the_screenshots(page, demo_server):
    """Home, dyad and meeting pages of the demo database; a statement selected on the meeting page."""
    page.goto(demo_server + "/")
    assert page.locator("table.meetings tbody tr").count() >= 10
    shoot(page, "home")
    page.goto(f"{demo_server}/dyads/JPN-KOR")
    assert page.locator("svg.chart").first.locator("a").count() >= 6
    shoot(page, "dyad")
    page.locator("table.meetings tr", has_text="2023-05-20").locator("a").first.click()
    page.wait_for_url("**/meetings/*")
    assert page.locator(".source-text").count() == 2
    button = page.locator("button.statement", has_text="treated water").first
    button.click()
    mark = page.locator("mark.span-highlight")
    assert mark.count() == 1 and mark.inner_text() == button.locator(".text").inner_text()
    shoot(page, "meeting")
    assert not page.errors, page.errors
