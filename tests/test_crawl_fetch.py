"""Fetching politely: User-Agent, retries with backoff, timeouts, 4xx, redirects, conditional GETs, robots.txt.

Everything runs against a fixture site served on 127.0.0.1 by the test itself.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "sites"))
from siteserver import FixtureSite  # noqa: E402

from readout.crawl.fetch import USER_AGENT, Fetcher  # noqa: E402
from readout.crawl.politeness import Politeness  # noqa: E402
from readout.crawl.robots import RobotsCache  # noqa: E402

IWAYA = "/releases/2025/05/secretary-rubios-meeting-with-japanese-foreign-minister-iwaya/"
WONG = "/releases/2025/05/secretary-rubios-meeting-with-australian-foreign-minister-wong/"
SLOW = "/releases/2025/05/secretary-rubios-call-with-indian-external-affairs-minister-jaishankar/"
OLD_CANADA = "/releases/2025/05/meeting-with-canadian-foreign-minister/"
CANADA = "/releases/2025/05/secretary-rubios-meeting-with-canadian-foreign-minister-anand/"
MISSING = "/releases/2025/05/secretary-rubios-meeting-with-the-un-secretary-general/"
MANALO = "/releases/2025/04/secretary-rubios-meeting-with-philippine-foreign-secretary-manalo/"


def fetcher(**kwargs) -> Fetcher:
    options = {"timeout": 0.3, "retries": 2, "backoff": 0.01}
    options.update(kwargs)
    return Fetcher(Politeness(delay=0.0), **options)


@pytest.fixture
def site():
    with FixtureSite("state-like") as served:
        yield served


def test_requests_carry_the_identifying_user_agent(site):
    with fetcher() as client:
        result = client.get(site.url(IWAYA))
    assert result.ok and b"Foreign Minister Iwaya" in result.body
    assert USER_AGENT.startswith("readout/") and "(+https://github.com/readout-project/readout)" in USER_AGENT
    assert site.log(IWAYA)[0]["user_agent"] == USER_AGENT


def test_5xx_is_retried_with_backoff_until_the_page_comes(site):
    with fetcher() as client:
        result = client.get(site.url(WONG))
    assert result.ok and result.attempts == 3
    assert site.statuses(WONG) == [503, 503, 200]


def test_5xx_that_persists_is_recorded_after_the_last_retry(site):
    with fetcher(retries=1) as client:
        result = client.get(site.url(WONG))
    assert not result.ok and result.status == 503 and result.describe_failure() == "HTTP 503"
    assert site.statuses(WONG) == [503, 503]


def test_slow_page_times_out_is_retried_and_recorded(site):
    with fetcher(timeout=0.2, retries=1) as client:
        result = client.get(site.url(SLOW))
    assert result.status is None and result.body is None
    assert result.error.startswith("timed out") and result.attempts == 2


def test_4xx_is_recorded_and_not_retried(site):
    with fetcher() as client:
        result = client.get(site.url(MISSING))
    assert result.status == 404 and not result.ok and result.attempts == 1
    assert site.statuses(MISSING) == [404]


def test_redirect_is_followed_and_recorded(site):
    with fetcher() as client:
        result = client.get(site.url(OLD_CANADA))
    assert result.ok and result.final_url == site.url(CANADA)
    assert result.redirects == ((301, site.url(OLD_CANADA), site.url(CANADA)),)


def test_redirect_into_a_disallowed_path_is_not_followed(site):
    site.routes["/releases/moved/"] = {"redirect": "/drafts/2025/05/secretary-rubios-meeting-with-draft/"}
    with fetcher() as client:
        robots = RobotsCache(client)
        result = client.get(site.url("/releases/moved/"), allowed=robots.allowed)
    assert not result.ok and "which robots.txt disallows" in result.error
    assert site.statuses("/drafts/2025/05/secretary-rubios-meeting-with-draft/") == []


def test_redirect_loop_is_cut_off(site):
    site.routes["/loop-a"] = {"redirect": "/loop-b", "status": 302}
    site.routes["/loop-b"] = {"redirect": "/loop-a", "status": 302}
    with fetcher() as client:
        result = client.get(site.url("/loop-a"))
    assert not result.ok and "more than 5 redirects" in result.error


def test_conditional_request_gets_304_without_a_body(site):
    with fetcher() as client:
        first = client.get(site.url(IWAYA))
        assert first.etag and first.last_modified
        by_etag = client.get(site.url(IWAYA), etag=first.etag)
        by_date = client.get(site.url(IWAYA), last_modified=first.last_modified)
    assert by_etag.not_modified and by_etag.body is None
    assert by_date.not_modified and by_date.body is None
    assert site.log(IWAYA)[1]["if_none_match"] == first.etag
    assert site.log(IWAYA)[2]["if_modified_since"] == first.last_modified


def test_page_without_validators_is_downloaded_in_full(site):
    with fetcher() as client:
        result = client.get(site.url(MANALO))
    assert result.ok and result.etag is None and result.last_modified is None


def test_oversized_page_is_refused(site):
    with fetcher(max_bytes=500) as client:
        result = client.get(site.url(IWAYA))
    assert not result.ok and result.error.startswith("too large")


def test_robots_txt_is_honoured_and_read_once_per_host(site):
    with fetcher() as client:
        robots = RobotsCache(client)
        assert robots.allowed(site.url(IWAYA))
        assert not robots.allowed(site.url("/drafts/2025/05/secretary-rubios-meeting-with-draft/"))
        assert robots.sitemaps(site.url("/")) == [site.url("/sitemap.xml")]
    assert site.statuses("/robots.txt") == [200]


@pytest.mark.parametrize("answer, allowed", [
    ({"status": 404}, True),   # no robots.txt: everything may be fetched
    ({"status": 403}, False),  # access-controlled: as urllib.robotparser, nothing
    ({"status": 503}, False),  # server error: the rules are unknown, stay off the host
])
def test_robots_txt_that_cannot_be_read(answer, allowed):
    with FixtureSite("state-like", routes={"/robots.txt": answer}) as site:
        with fetcher(retries=0) as client:
            assert RobotsCache(client).allowed(site.url(IWAYA)) is allowed


def test_robots_crawl_delay_raises_the_host_delay():
    rules = "User-agent: readout\nCrawl-delay: 7\nDisallow: /private/\n"
    with FixtureSite("state-like", routes={"/robots.txt": {"body": rules}}) as site:
        with fetcher() as client:
            robots = RobotsCache(client)
            assert not robots.allowed(site.url("/private/x.html"))
            assert client.politeness.delay_for(site.url("/")) == 7.0


def test_politeness_spaces_requests_to_one_host_by_the_delay():
    politeness = Politeness(delay=0.05, per_host=2)
    starts = []
    for _ in range(3):
        with politeness.slot("http://127.0.0.1:1/a"):
            starts.append(time.monotonic())
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert all(gap >= 0.045 for gap in gaps)
    with politeness.slot("http://127.0.0.2:1/a"):  # another host has its own clock
        pass


def test_politeness_caps_concurrent_requests_per_host():
    import threading
    politeness = Politeness(delay=0.0, per_host=2)
    inside, most = [0], [0]
    lock = threading.Lock()

    def work():
        with politeness.slot("http://127.0.0.1:1/"):
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            time.sleep(0.02)
            with lock:
                inside[0] -= 1

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most[0] == 2
