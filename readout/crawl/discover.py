"""Discovery: from a profile's start pages, feeds and sitemaps to candidate readout URLs.

Index pages are followed through their pagination ("Next" links, rel=next, ?page=N+1) and
the profile's `index_links`; sitemaps through sitemap indexes; feeds are RSS 2.0, RSS 1.0
(RDF) or Atom, found by the profile, by <link rel="alternate"> on the start pages, or (for
the generic profile) at common paths. Every fetch goes through robots.txt and politeness.
"""
from __future__ import annotations

import gzip
import io
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Iterable, Optional
from urllib.parse import parse_qsl, urldefrag, urlencode, urlsplit, urlunsplit

import lxml.html
from lxml import etree

from .fetch import Fetcher
from .profiles import Profile
from .robots import RobotsCache

log = logging.getLogger(__name__)

MAX_SITEMAPS = 20
MAX_UNZIPPED = 50 * 1024 * 1024  # the sitemap protocol's own limit for one file
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_NEXT_TEXT = re.compile(r"^\s*(?:next(?:\s+page)?|older(?:\s+(?:posts|entries|news))?|more)\s*(?:[»›>→]+\s*)?$|^\s*[»›>→]\s*$",
                        re.I)
_DATE_CONTEXT = ("li", "tr", "dd", "dt", "article", "p", "div")
_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


@dataclass
class Candidate:
    """A URL that may be a readout, with what discovery learned about it."""
    url: str
    date: Optional[str] = None
    title: Optional[str] = None
    via: str = "index"


@dataclass
class Discovery:
    """What discovery found, and what went wrong (the input of break alerts)."""
    candidates: list[Candidate] = field(default_factory=list)
    index_pages: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    robots_blocked: list[str] = field(default_factory=list)
    listing_misses: list[str] = field(default_factory=list)  # start/index pages where `listing` matched nothing
    skipped_since: int = 0
    not_readout: int = 0


def parse_html(body: bytes | str, url: str):
    """An lxml HTML tree with links made absolute, or None for a page lxml cannot parse."""
    try:
        tree = lxml.html.fromstring(body, base_url=url)
    except (etree.ParserError, ValueError):
        return None
    tree.make_links_absolute(url, resolve_base_href=True, handle_failures="discard")
    return tree


def select_first(tree, selectors: Iterable[str]):
    """Elements matched by the first selector (of the alternatives) that matches anything."""
    for selector in selectors:
        found = tree.cssselect(selector)
        if found:
            return found
    return []


def normalise_url(url: str) -> str:
    return urldefrag(url.strip())[0]


def link_date(anchor, profile: Profile) -> Optional[str]:
    """A date written next to a link in a listing (same item, or the <dt> before a <dd>)."""
    node = anchor
    for _ in range(4):
        node = node.getparent()
        if node is None:
            break
        if node.tag in _DATE_CONTEXT:
            date = profile.parse_date(node.text_content())
            if date:
                return date
            previous = node.getprevious()
            if node.tag == "dd" and previous is not None and previous.tag == "dt":
                return profile.parse_date(previous.text_content())
    return None


def next_pages(tree, url: str) -> list[str]:
    """Links to the next page of a paginated listing: rel=next, "Next" text, ?page=N+1."""
    found = [el.get("href") for el in tree.xpath("//link[@rel='next'] | //a[@rel='next']")]
    for anchor in tree.iter("a"):
        text = anchor.text_content() or anchor.get("aria-label") or ""
        if _NEXT_TEXT.match(text) or (anchor.get("aria-label") or "").lower().startswith("next"):
            found.append(anchor.get("href"))
    following = _page_plus_one(url)
    found.extend(a.get("href") for a in tree.iter("a") if a.get("href") and _same_page_param(a.get("href"), following))
    seen, result = set(), []
    for href in found:
        if href and href.startswith("http"):
            href = normalise_url(href)
            if href != url and href not in seen:
                seen.add(href)
                result.append(href)
    return result


def _page_plus_one(url: str) -> str:
    """The URL with its `page` query parameter one higher (page 1 when absent)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    current = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 1
    query["page"] = str(current + 1)
    return urlunsplit(parts._replace(query=urlencode(query), fragment=""))


def _same_page_param(href: str, following: str) -> bool:
    a, b = urlsplit(href), urlsplit(following)
    return (a.netloc, a.path) == (b.netloc, b.path) and \
        dict(parse_qsl(a.query)).get("page") == dict(parse_qsl(b.query)).get("page")


def feed_links(tree) -> list[str]:
    """Feeds a page announces with <link rel="alternate" type="application/rss+xml" …>."""
    return [el.get("href") for el in tree.xpath("//link[@href]")
            if "alternate" in (el.get("rel") or "").lower().split()
            and (el.get("type") or "").lower() in FEED_TYPES]


def parse_sitemap(body: bytes) -> tuple[list[tuple[str, Optional[str]]], list[str]]:
    """(page URL, lastmod) pairs and child sitemaps of a sitemap or sitemap index."""
    root = _xml_root(body)
    if root is None:
        return [], []
    pages, children = [], []
    for node in root:
        loc = _child_text(node, "loc")
        if not loc:
            continue
        if _local(node.tag) == "sitemap":
            children.append(loc.strip())
        elif _local(node.tag) == "url":
            pages.append((loc.strip(), _iso_date(_child_text(node, "lastmod"))))
    return pages, children


def parse_feed(body: bytes) -> list[Candidate]:
    """Entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed as candidates."""
    root = _xml_root(body)
    if root is None:
        return []
    entries = []
    for node in root.iter():
        name = _local(node.tag) if isinstance(node.tag, str) else ""
        if name == "item":
            link = _child_text(node, "link") or node.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
            date = _child_text(node, "pubDate") or _child_text(node, "date")
        elif name == "entry":
            link = _atom_link(node)
            date = _child_text(node, "published") or _child_text(node, "updated")
        else:
            continue
        if link:
            entries.append(Candidate(url=link.strip(), date=_iso_date(date),
                                     title=_child_text(node, "title"), via="feed"))
    return entries


def _xml_root(body: bytes):
    body = _gunzip(body)
    if not body or not body.strip():
        return None
    try:
        return etree.fromstring(body, parser=_XML)
    except etree.XMLSyntaxError:
        return None


def _gunzip(body: bytes) -> bytes:
    """Sitemaps are often served as .xml.gz files (gzip content, not gzip transfer encoding)."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
            return stream.read(MAX_UNZIPPED + 1)[:MAX_UNZIPPED]
    except (OSError, EOFError):
        return b""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(node, name: str) -> Optional[str]:
    for child in node:
        if _local(child.tag) == name and child.text:
            return child.text.strip()
    return None


def _atom_link(entry) -> Optional[str]:
    links = [c for c in entry if _local(c.tag) == "link"]
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return links[0].get("href") if links else None


def _iso_date(value: Optional[str]) -> Optional[str]:
    """An ISO date from a W3C datetime, an RFC 822 date (RSS) or None."""
    if not value:
        return None
    value = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return None


class Discoverer:
    """Walks a profile's start pages, feeds and sitemaps; collects readout candidates."""

    def __init__(self, profile: Profile, fetcher: Fetcher, robots: RobotsCache,
                 since: Optional[str] = None):
        self.profile = profile
        self.fetcher = fetcher
        self.robots = robots
        self.since = since
        self.found = Discovery()
        self._seen: dict[str, Candidate] = {}
        self._kept: set[str] = set()

    def run(self) -> Discovery:
        """Discover candidates from every source the profile names, newest first."""
        feeds = self._walk_index_pages()
        self._read_feeds(feeds)
        self._read_sitemaps()
        dated = sorted((c for c in self.found.candidates if c.date), key=lambda c: c.date, reverse=True)
        undated = [c for c in self.found.candidates if not c.date]
        self.found.candidates = dated + undated
        return self.found

    def _fetch(self, url: str):
        """A discovery fetch (robots honoured); None when it gave no page."""
        if not self.robots.allowed(url):
            log.info("robots.txt disallows %s", url)
            self.found.robots_blocked.append(url)
            return None
        result = self.fetcher.get(url, allowed=self.robots.allowed)
        if not result.ok:
            log.info("discovery: %s: %s", url, result.describe_failure())
            self.found.failures.append((url, result.describe_failure()))
            return None
        return result

    def _add(self, candidate: Candidate) -> Optional[bool]:
        """Record a candidate; True if kept, False if outside --since, None if not a readout link."""
        url = normalise_url(candidate.url)
        if not self.profile.is_readout_link(url, candidate.title):
            return None
        candidate.url = url
        candidate.date = candidate.date or self.profile.date_from_url(url)
        if self.since and candidate.date and candidate.date < self.since:
            if url not in self._seen:
                self.found.skipped_since += 1
                self._seen[url] = candidate
            return False
        known = self._seen.get(url)
        if known is None:
            self._seen[url] = candidate
            self._kept.add(url)
            self.found.candidates.append(candidate)
        elif url in self._kept:  # seen before from another source: keep what it adds
            known.date = known.date or candidate.date
            known.title = known.title or candidate.title
        return True

    def _walk_index_pages(self) -> list[str]:
        """Breadth-first over start pages and their pagination; returns announced feeds."""
        queue = list(self.profile.start_pages)
        visited: set[str] = set()
        feeds: list[str] = []
        while queue and len(self.found.index_pages) < self.profile.max_index_pages:
            url = queue.pop(0)
            if url in visited:
                continue
            visited.add(url)
            result = self._fetch(url)
            tree = parse_html(result.body, result.final_url) if result else None
            if tree is None:
                continue
            self.found.index_pages.append(url)
            feeds.extend(f for f in feed_links(tree) if f not in feeds)
            before = len(self.found.candidates)
            kept = self._harvest_links(tree, url)
            log.info("%-19s %s %s  (%d new readout link(s))", "index page", result.status, url,
                     len(self.found.candidates) - before)
            # A listing is newest first: once a page holds only readouts older than --since, stop.
            if kept is False:
                continue
            queue.extend(u for u in next_pages(tree, result.final_url) if self.profile.same_site(u))
            queue.extend(a for a in _links(tree) if self.profile.is_index_link(a))
        return feeds

    def _harvest_links(self, tree, url: str) -> Optional[bool]:
        """Add readout links of one index page; False when all of them are older than --since."""
        scope = [tree]
        if self.profile.selectors.get("listing"):
            scope = select_first(tree, self.profile.selectors["listing"])
            if not scope:
                log.warning("listing selector %s matched nothing on %s",
                            " | ".join(self.profile.selectors["listing"]), url)
                self.found.listing_misses.append(url)
                scope = [tree]
        outcomes = []
        for root in scope:
            for anchor in root.iter("a"):
                href = anchor.get("href")
                if not href or not href.startswith("http"):
                    continue
                title = " ".join(anchor.text_content().split()) or None
                candidate = Candidate(url=href, title=title, via="index",
                                      date=link_date(anchor, self.profile))
                outcome = self._add(candidate)
                if outcome is not None:
                    outcomes.append(outcome)
        return False if outcomes and not any(outcomes) else True

    def _read_feeds(self, announced: list[str]) -> None:
        """Profile feeds and announced feeds; common paths only when the site announces none."""
        feeds = list(self.profile.feeds) + [f for f in announced if self.profile.same_site(f)]
        for url in dict.fromkeys(feeds):
            self._read_feed(url)
        if not feeds:
            for path in self.profile.feed_paths:
                if self._read_feed(self.profile.absolute(path)):
                    break

    def _read_feed(self, url: str) -> bool:
        result = self._fetch(url)
        entries = parse_feed(result.body) if result else []
        if not entries:
            return False
        log.info("%-19s %s %s  (%d entries)", "feed", result.status, url, len(entries))
        self.found.feeds.append(url)
        for entry in entries:
            if self._add(entry) is None:
                self.found.not_readout += 1
        return True

    def _read_sitemaps(self) -> None:
        """Sitemaps named by the profile and by robots.txt, through sitemap indexes."""
        queue = list(self.profile.sitemaps)
        queue += [s for s in self.robots.sitemaps(self.profile.base_url) if self.profile.same_site(s)]
        read: set[str] = set()
        while queue and len(read) < MAX_SITEMAPS:
            url = queue.pop(0)
            if url in read:
                continue
            read.add(url)
            result = self._fetch(url)
            if result is None:
                continue
            pages, children = parse_sitemap(result.body)
            if pages or children:
                self.found.sitemaps.append(url)
                log.info("%-19s %s %s  (%d page(s), %d sitemap(s))", "sitemap", result.status, url,
                         len(pages), len(children))
            queue.extend(c for c in children if self.profile.same_site(c))
            for loc, lastmod in pages:
                if self._add(Candidate(url=loc, date=lastmod, via="sitemap")) is None:
                    self.found.not_readout += 1


def _links(tree) -> list[str]:
    return [normalise_url(a.get("href")) for a in tree.iter("a")
            if a.get("href", "").startswith("http")]
