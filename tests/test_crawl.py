"""`readout crawl` end to end on fixture sites served on 127.0.0.1: twice, incrementally; profiles; break alerts."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "sites"))
from siteserver import FixtureSite  # noqa: E402

from readout.cli import cli  # noqa: E402
from readout.crawl import CrawlOptions, Crawler, load_profile  # noqa: E402
from readout.store import Store  # noqa: E402
from readout.store.crawlstate import page_state  # noqa: E402

PROFILES = Path(__file__).resolve().parents[1] / "readout" / "profiles"
FAST = ["--delay", "0", "--timeout", "0.3", "--retries", "2", "--backoff", "0.01"]
CHO = "/releases/2025/05/secretary-rubios-call-with-republic-of-korea-foreign-minister-cho/"
MANALO = "/releases/2025/04/secretary-rubios-meeting-with-philippine-foreign-secretary-manalo/"
DRAFT = "/drafts/2025/05/secretary-rubios-meeting-with-draft/"
WITH_VALIDATORS = [
    "/releases/2025/05/secretary-rubios-meeting-with-japanese-foreign-minister-iwaya/",
    "/releases/2025/05/secretary-rubios-meeting-with-australian-foreign-minister-wong/",
    "/releases/2025/05/secretary-rubios-meeting-with-canadian-foreign-minister-anand/",
    "/releases/2025/05/press-briefing-room-meeting-schedule-notice/",
    "/releases/2025/04/secretary-rubios-call-with-french-foreign-minister-barrot/",
    "/releases/2024/12/secretary-blinkens-meeting-with-vietnamese-foreign-minister-son/",
]


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def summary(result) -> str:
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture
def site():
    with FixtureSite("state-like") as served:
        yield served


def test_crawl_twice_second_time_fetches_and_processes_only_what_changed(site, tmp_path):
    db = str(tmp_path / "crawl.db")
    first = run("crawl", site.base + "/", "--db", db, *FAST)
    assert summary(first) == (
        f"crawl 127.0.0.1:{site.base.rsplit(':', 1)[1]}: fetched 8, not modified (304) 0, unchanged (same hash) 0, "
        "new 7, updated 0, failed 2, skipped 4 (robots 1, not a readout 3, outside --since 0)")
    assert first.exit_code == 1  # the 404 and the slow page failed
    assert "failed" in first.stderr and "HTTP 404" in first.stderr and "timed out" in first.stderr
    assert site.statuses(DRAFT) == []  # robots.txt: never requested

    site.edition = 1  # the Cho readout is edited on the site
    site.clear_log()
    second = run("crawl", site.base + "/", "--db", db, *FAST)
    assert summary(second).endswith(
        "fetched 2, not modified (304) 6, unchanged (same hash) 1, new 0, updated 1, failed 2, "
        "skipped 3 (robots 1, not a readout 2, outside --since 0)")
    for path in WITH_VALIDATORS:  # unchanged pages: a conditional request, 304, no body
        assert site.statuses(path) == [304], path
        assert site.log(path)[0]["if_none_match"]
    assert site.statuses(MANALO) == [200]  # no validators: downloaded, but the same sha256
    assert "unchanged           200 " + site.url(MANALO) in second.stderr
    assert site.statuses(CHO) == [200]
    assert "changed since the last crawl, earlier snapshot kept" in second.stderr

    shown = run("history", site.url(CHO), "--db", db)
    assert shown.exit_code == 0
    lines = shown.stdout.splitlines()
    assert lines[0].startswith("1. fetched ") and lines[1].startswith("2. fetched ") and "(current)" in lines[1]
    assert "changes from snapshot 1 to 2:" in shown.stdout
    assert "+The Secretary also thanked the Foreign Minister" in shown.stdout

    moved = run("history", site.url("/releases/2025/05/meeting-with-canadian-foreign-minister/"), "--db", db)
    assert moved.exit_code == 0
    assert moved.stdout.splitlines()[0].endswith(
        "redirects to " + site.url("/releases/2025/05/secretary-rubios-meeting-with-canadian-foreign-minister-anand/"))
    assert moved.stdout.splitlines()[1].startswith("1. fetched ")


def test_unchanged_pages_are_not_re_extracted(site, tmp_path):
    calls = []

    def extract(*args, **kwargs):
        from readout import extract as real
        calls.append(kwargs["url"])
        return real(*args, **kwargs)

    options = CrawlOptions(delay=0.0, timeout=0.3, retries=0, backoff=0.01)
    with Store(str(tmp_path / "c.db")) as store:
        read = []
        for _ in range(2):
            crawler = Crawler(load_profile(site.base + "/"), store=store, options=options, extract=extract)
            report = crawler.crawl()
            crawler.close()
            read.append(len(calls))
        # 7 pages read the first time (without retries the 503 page, the slow page and the 404 fail);
        # the second time 6 answer 304 and 1 has the same sha256: nothing is extracted again.
        assert read == [7, 7]
        assert (report.counts["not_modified"], report.counts["unchanged"]) == (6, 1)
        state = page_state(store, site.url(MANALO))
        assert state["outcome"] == "unchanged" and state["etag"] is None and len(state["raw_sha256"]) == 64
        doc = store.document_for_url(site.url(WITH_VALIDATORS[0]))
        assert doc["etag"] and doc["last_modified"] and doc["fetched_at"]


def test_since_skips_older_readouts(site, tmp_path):
    result = run("crawl", site.base + "/", "--db", str(tmp_path / "s.db"), "--since", "2025-05-08", *FAST)
    assert summary(result).endswith("new 3, updated 0, failed 0, "
                                    "skipped 10 (robots 0, not a readout 2, outside --since 8)")
    assert site.statuses(MANALO) == []


def test_pages_skipped_by_since_are_read_in_full_by_a_later_crawl(tmp_path):
    db = str(tmp_path / "s.db")
    with FixtureSite("mofa-like") as site:
        profile = rebased_profile("mofa-jp", site.base, tmp_path)
        # The 2024 archive page has no date beside its link: it is fetched, then skipped by its date line.
        site.routes["/press/release/index_2024.html"] = {"body": site.root.joinpath(
            "press/release/index_2024.html").read_text().replace("December 3, 2024", "")}
        first = run("crawl", profile, "--db", db, "--since", "2025-01-01", *FAST)
        assert "new 2," in summary(first) and "outside --since 1)" in summary(first)
        second = run("crawl", profile, "--db", db, *FAST)
        assert "not modified (304) 3," in summary(second) and "new 1," in summary(second)
    assert "new                 200 " + site.url("/erp/we/fr/page6e_000700.html") in second.stderr


def test_extraction_failure_is_retried_by_the_next_crawl(site, tmp_path):
    def broken(*args, **kwargs):
        raise ValueError("extractor bug")

    options = CrawlOptions(delay=0.0, timeout=0.3, retries=0, backoff=0.01)
    with Store(str(tmp_path / "e.db")) as store:
        crawler = Crawler(load_profile(site.base + "/"), store=store, options=options, extract=broken)
        report = crawler.crawl()
        crawler.close()
        assert report.counts["failed"] == 10 and report.exit_status == 1
        assert page_state(store, site.url(MANALO))["etag"] is None
        crawler = Crawler(load_profile(site.base + "/"), store=store, options=options)
        report = crawler.crawl()
        crawler.close()
    assert report.counts["not_modified"] == 0 and report.counts["new"] >= 6


def test_max_pages_caps_the_readout_pages_fetched(site, tmp_path):
    result = run("crawl", site.base + "/", "--db", str(tmp_path / "m.db"), "--max-pages", "2", *FAST)
    assert "fetched 2," in summary(result) and "new 2," in summary(result)
    assert "more readout link(s) left for a later crawl" in result.stderr


def rebased_profile(name: str, base: str, folder: Path) -> str:
    """A copy of a built-in profile pointed at a fixture server (how the profiles are tested)."""
    data = yaml.safe_load((PROFILES / f"{name}.yaml").read_text(encoding="utf-8"))
    data["base_url"] = base
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return str(path)


def test_mofa_jp_profile_on_a_site_of_its_shape(tmp_path):
    with FixtureSite("mofa-like") as site:
        profile = rebased_profile("mofa-jp", site.base, tmp_path)
        result = run("crawl", profile, "--db", str(tmp_path / "j.db"), *FAST)
        assert result.exit_code == 0, result.output
        assert summary(result) == ("crawl mofa-jp: fetched 4, not modified (304) 0, unchanged (same hash) 0, "
                                   "new 3, updated 0, failed 0, skipped 1 (robots 0, not a readout 1, "
                                   "outside --since 0)")
        assert site.statuses("/press/release/index_2024.html") == [200]  # the yearly archive (index_links)
        assert site.statuses("/press/kaiken/kaiken4e_000300.html") == []  # excluded by the profile
    with Store(str(tmp_path / "j.db")) as store:
        [snapshot] = store.history(site.url("/a_o/na/kr/page4e_000910.html"))
        record = store.record(snapshot["id"])
    assert record.document.title == "Japan-Republic of Korea Foreign Ministers' Meeting"
    assert record.document.published == "2025-05-20"
    assert record.document.publisher == "Ministry of Foreign Affairs of Japan"
    assert "Site Policy" not in record.document.text  # the content selector left the footer out


def test_check_passes_on_a_site_that_fits_the_profile(tmp_path):
    with FixtureSite("mofa-like") as site:
        result = run("crawl", "--check", rebased_profile("mofa-jp", site.base, tmp_path), *FAST)
    assert result.exit_code == 0, result.output
    assert summary(result) == "check mofa-jp: ok: 4 readout link(s) found, 2 readout(s) in 3 page(s) sampled, 0 failed"
    assert "BREAK ALERT" not in result.stderr


def test_check_reports_selectors_that_stopped_matching(tmp_path):
    with FixtureSite("mofa-redesigned") as site:
        result = run("crawl", "--check", rebased_profile("mofa-jp", site.base, tmp_path), *FAST)
    assert result.exit_code == 3
    assert summary(result).startswith("check mofa-jp: BROKEN (3 alert(s))")
    assert "BREAK ALERT: profile mofa-jp: content selector #maincontents | main matched nothing on 3 of 3 page(s)" \
        in result.stderr
    assert "BREAK ALERT: profile mofa-jp: date selector" in result.stderr


def test_check_reports_a_profile_that_yields_no_readouts(tmp_path):
    with FixtureSite("mofa-moved") as site:
        result = run("crawl", "--check", rebased_profile("mofa-jp", site.base, tmp_path), *FAST)
    assert result.exit_code == 3
    assert "BREAK ALERT: profile mofa-jp: yields no readouts: no link matched its readout patterns" in result.stderr


def test_check_reports_start_pages_that_are_gone(tmp_path):
    with FixtureSite("mofa-moved", routes={"/press/release/index.html": {"status": 404}}) as site:
        result = run("crawl", "--check", rebased_profile("mofa-jp", site.base, tmp_path), *FAST)
    assert result.exit_code == 3
    assert "BREAK ALERT: profile mofa-jp: no start page could be read" in result.stderr
    assert "HTTP 404" in result.stderr


def test_a_normal_crawl_reports_a_broken_profile_too(tmp_path):
    with FixtureSite("mofa-redesigned") as site:
        result = run("crawl", rebased_profile("mofa-jp", site.base, tmp_path), "--db", str(tmp_path / "b.db"), *FAST)
    assert result.exit_code == 3
    assert "BREAK ALERT: profile mofa-jp: title selector" in result.stderr


def test_help_ends_with_an_example():
    for command in ("crawl", "history"):
        text = run(command, "--help").stdout.rstrip()
        assert text.splitlines()[-1].strip().startswith(f"Example: readout {command} ")


def test_unknown_profile_is_one_error_line():
    result = run("crawl", "mofa-xx", "--check")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: mofa-xx: no such profile (built-in profiles: kantei-jp, mofa-jp")


def test_bad_since_date_is_a_usage_error():
    result = run("crawl", "mofa-jp", "--since", "2025-13-01")
    assert result.exit_code == 2 and "is not a date written YYYY-MM-DD" in result.stderr


def test_history_of_an_unknown_url(tmp_path):
    db = str(tmp_path / "h.db")
    Store(db).close()
    result = run("history", "https://example.org/none", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: https://example.org/none: no stored snapshot of this URL"


@pytest.mark.postgres
def test_crawl_twice_on_postgresql(site):
    """Crawl state and snapshots work on the second backend too (READOUT_TEST_PG)."""
    import os
    import uuid
    base = os.environ.get("READOUT_TEST_PG")
    if not base:
        pytest.skip("READOUT_TEST_PG is not set: no PostgreSQL server to test the second backend against")
    url = f"{base}{'&' if '?' in base else '?'}schema=crawl_{uuid.uuid4().hex[:12]}"
    try:
        first = run("crawl", site.base + "/", "--db", url, *FAST)
        assert "new 7, updated 0, failed 2" in summary(first)
        site.edition = 1
        second = run("crawl", site.base + "/", "--db", url, *FAST)
        assert "not modified (304) 6, unchanged (same hash) 1, new 0, updated 1" in summary(second)
        with Store(url) as store:
            assert len(store.history(site.url(CHO))) == 2
            assert page_state(store, site.url(MANALO))["outcome"] == "unchanged"
    finally:
        import psycopg
        from readout.store.dialect import parse_target
        target = parse_target(url)
        with psycopg.connect(target.location, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{target.schema}" CASCADE')


def test_check_of_a_bare_site_url(site):
    result = run("crawl", "--check", site.base + "/", *FAST)
    assert result.exit_code == 0, result.output
    assert summary(result).endswith(": ok: 11 readout link(s) found, 3 readout(s) in 3 page(s) sampled, 0 failed")


def test_check_of_a_bare_site_url_without_readouts():
    with FixtureSite("mofa-moved") as site:  # no home page, no sitemap, no feed
        result = run("crawl", "--check", site.base + "/", *FAST)
    assert result.exit_code == 3
    assert "BREAK ALERT: profile 127.0.0.1:" in result.stderr and "no start page could be read" in result.stderr
