"""Discovery: sitemaps (and indexes), RSS/Atom feeds, index pages with pagination, dates next to links."""
from __future__ import annotations

import sys
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "sites"))
from siteserver import FixtureSite  # noqa: E402

from readout.crawl.discover import (Discoverer, link_date, next_pages, parse_feed,  # noqa: E402
                                    parse_sitemap)
from readout.crawl.fetch import Fetcher  # noqa: E402
from readout.crawl.politeness import Politeness  # noqa: E402
from readout.crawl.profiles import load_profile  # noqa: E402
from readout.crawl.robots import RobotsCache  # noqa: E402


def tree(html: str, url: str = "https://example.org/news/"):
    page = lxml.html.fromstring(html, base_url=url)
    page.make_links_absolute(url)
    return page


def test_sitemap_pages_with_lastmod_and_sitemap_index_children():
    urlset = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc> https://example.org/a/ </loc><lastmod>2025-05-20T10:00:00+09:00</lastmod></url>
      <url><loc>https://example.org/b/</loc></url></urlset>"""
    assert parse_sitemap(urlset) == ([("https://example.org/a/", "2025-05-20"), ("https://example.org/b/", None)], [])
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://example.org/s1.xml</loc></sitemap></sitemapindex>"""
    assert parse_sitemap(index) == ([], ["https://example.org/s1.xml"])
    assert parse_sitemap(b"not xml at all") == ([], [])


def test_gzipped_sitemap_is_read():
    import gzip
    body = gzip.compress(b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://example.org/a/</loc></url></urlset>""")
    assert parse_sitemap(body) == ([("https://example.org/a/", None)], [])


def test_sitemap_with_an_external_entity_is_not_expanded():
    evil = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>"""
    pages, _ = parse_sitemap(evil)
    assert all("root:" not in loc for loc, _ in pages)


def test_rss_and_atom_feeds_give_links_dates_and_titles():
    rss = b"""<rss version="2.0"><channel><item><title>Readout of a call</title>
      <link>https://example.org/r/1</link><pubDate>Tue, 20 May 2025 18:02:11 +0000</pubDate></item></channel></rss>"""
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Meeting</title>
      <link rel="alternate" href="https://example.org/r/2"/><updated>2025-05-21T01:00:00Z</updated></entry></feed>"""
    [item] = parse_feed(rss)
    assert (item.url, item.date, item.title, item.via) == ("https://example.org/r/1", "2025-05-20", "Readout of a call", "feed")
    [entry] = parse_feed(atom)
    assert (entry.url, entry.date, entry.title) == ("https://example.org/r/2", "2025-05-21", "Meeting")


def test_next_pages_by_rel_next_by_text_and_by_page_number():
    assert next_pages(tree('<a rel="next" href="/news/?page=2">2</a>'), "https://example.org/news/") == \
        ["https://example.org/news/?page=2"]
    assert next_pages(tree('<a href="archive-2.html">Next &raquo;</a>'), "https://example.org/news/") == \
        ["https://example.org/news/archive-2.html"]
    numbered = tree('<a href="/list.do?page=1">1</a> <a href="/list.do?page=3">3</a> <a href="/list.do?page=2">2</a>')
    assert next_pages(numbered, "https://example.org/list.do") == ["https://example.org/list.do?page=2"]
    assert next_pages(tree('<a href="/about/">About</a> <a href="/prev">Previous</a>'), "https://example.org/news/") == []


def test_link_date_from_the_list_item_or_the_dt_before_a_dd():
    profile = load_profile("mofa-jp")
    page = tree('<ul><li><span>May 20, 2025</span> <a href="/a.html">A</a></li></ul>'
                '<dl><dt>May 12, 2025</dt><dd><a href="/b.html">B</a></dd></dl>')
    dates = [link_date(a, profile) for a in page.iter("a")]
    assert dates == ["2025-05-20", "2025-05-12"]


def test_generic_discovery_of_a_site_uses_index_pages_feed_and_sitemaps():
    with FixtureSite("state-like") as site:
        profile = load_profile(site.base + "/")
        with Fetcher(Politeness(delay=0.0), timeout=1.0, retries=0) as client:
            found = Discoverer(profile, client, RobotsCache(client)).run()
    urls = [c.url.replace(site.base, "") for c in found.candidates]
    assert found.index_pages == [site.url("/"), site.url("/?page=2")]  # "Next »" followed, no further
    assert found.feeds == [site.url("/feed.xml")]  # announced by <link rel="alternate">
    assert found.sitemaps == [site.url("/sitemap.xml"), site.url("/sitemap-releases.xml"), site.url("/sitemap-pages.xml")]
    assert "/releases/2025/04/secretary-rubios-call-with-french-foreign-minister-barrot/" in urls  # feed only
    assert "/releases/2024/12/secretary-blinkens-meeting-with-vietnamese-foreign-minister-son/" in urls  # sitemap only
    assert "/releases/2025/04/secretary-rubios-meeting-with-philippine-foreign-secretary-manalo/" in urls  # page 2
    assert not any(u.startswith(("/about", "/privacy", "/?page")) for u in urls)
    assert found.not_readout == 2  # /about/ and /privacy-policy/ in the sitemap
    assert len(urls) == len(set(urls)) == 11
    assert urls[0] == "/releases/2025/05/secretary-rubios-meeting-with-japanese-foreign-minister-iwaya/"  # newest first


def discover_since(since: str):
    with FixtureSite("state-like") as site:
        profile = load_profile(site.base + "/")
        with Fetcher(Politeness(delay=0.0), timeout=1.0, retries=0) as client:
            found = Discoverer(profile, client, RobotsCache(client), since=since).run()
    return site, found


def test_since_drops_links_dated_before_it():
    site, found = discover_since("2025-05-06")
    assert sorted(c.date for c in found.candidates) == ["2025-05-07", "2025-05-09", "2025-05-14", "2025-05-20"]
    # Page 1: May 5, 3, 2 and 1; page 2: April 28; the feed: April 15; the sitemap: December 2024.
    assert found.skipped_since == 7
    assert site.url("/?page=2") in found.index_pages  # page 1 still held newer readouts


def test_since_stops_pagination_once_a_page_holds_only_older_links():
    site, found = discover_since("2025-06-01")
    assert found.candidates == []
    assert found.index_pages == [site.url("/")]


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_parsers_take_any_bytes_without_raising(body):
    parse_sitemap(body)
    parse_feed(body)
    from readout.crawl.discover import parse_html
    page = parse_html(body, "https://example.org/")
    if page is not None:
        next_pages(page, "https://example.org/?page=x")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_profile_dates_take_any_text_without_raising(text):
    date = load_profile("mofa-kr").parse_date(text)
    assert date is None or len(date) == 10
