"""Crawl orchestration: discover -> filter -> fetch -> extract -> store.ingest, with break alerts.

Pages are fetched by a small thread pool (politeness spaces requests per host); extraction
and every database write happen on the calling thread, in discovery order. A page is
re-processed only when it changed: a conditional request answered 304, or a body with the
sha256 of the last one seen, ends its handling before extraction.
"""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..errors import ReadoutError
from ..store import crawlstate
from .discover import Candidate, Discoverer, Discovery
from .fetch import Fetcher, FetchResult
from .page import Page, read_page
from .politeness import DEFAULT_DELAY, DEFAULT_PER_HOST, Politeness
from .profiles import Profile
from .robots import RobotsCache

log = logging.getLogger(__name__)

SKIPS = ("robots", "not_readout", "since")
PROCESSED = ("new", "updated", "unchanged", "not_readout")  # outcomes after which a page need not be read again
SELECTOR_ALERT_SHARE = 0.5  # a selector missing on at least half the pages sampled is broken
OUTCOME_LABELS = {"not_modified": "not modified", "skipped_robots": "skipped (robots)",
                  "skipped_not_readout": "not a readout", "skipped_since": "before --since"}
SKIP_LABELS = {"robots": "robots", "not_readout": "not a readout", "since": "outside --since"}


@dataclass(frozen=True)
class CrawlOptions:
    """How one crawl runs (command-line options map onto these)."""
    since: Optional[str] = None
    max_pages: Optional[int] = None
    delay: float = DEFAULT_DELAY
    per_host: int = DEFAULT_PER_HOST
    timeout: float = 15.0
    retries: int = 3
    backoff: float = 1.0
    sample: int = 3  # pages `--check` fetches when --max-pages is not given


@dataclass(frozen=True)
class Alert:
    """A sign that a profile no longer fits its site."""
    profile: str
    kind: str  # unreachable | no-readout-links | listing-selector | content-selector | … | no-readouts
    message: str

    def line(self) -> str:
        return f"BREAK ALERT: profile {self.profile}: {self.message}"


@dataclass
class PageResult:
    url: str
    outcome: str  # fetched outcome: new, updated, unchanged, not_modified, failed, skipped_*
    status: Optional[int] = None
    detail: str = ""


@dataclass
class CrawlReport:
    """Counts, per-page outcomes and break alerts of one crawl or check."""
    profile: str
    counts: Counter = field(default_factory=Counter)
    pages: list[PageResult] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    discovery: Optional[Discovery] = None
    left_over: int = 0

    def summary(self) -> str:
        """The one-line summary printed at the end of a crawl."""
        c = self.counts
        skipped = sum(c[f"skipped_{s}"] for s in SKIPS)
        detail = ", ".join(f"{SKIP_LABELS[s]} {c[f'skipped_{s}']}" for s in SKIPS)
        return (f"crawl {self.profile}: fetched {c['fetched']}, not modified (304) {c['not_modified']}, "
                f"unchanged (same hash) {c['unchanged']}, new {c['new']}, updated {c['updated']}, "
                f"failed {c['failed']}, skipped {skipped} ({detail})")

    @property
    def exit_status(self) -> int:
        """3 when the profile looks broken, 1 when pages failed, 0 otherwise."""
        if self.alerts:
            return 3
        return 1 if self.counts["failed"] else 0


def sha256_hex(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _bare_hash(value: Optional[str]) -> Optional[str]:
    return value.split(":", 1)[-1] if value else None


class Crawler:
    """Runs one profile: `crawl()` writes to the store, `check()` only samples and reports."""

    def __init__(self, profile: Profile, store=None, options: CrawlOptions = CrawlOptions(),
                 extract: Optional[Callable] = None, fetcher: Optional[Fetcher] = None):
        self.profile = profile
        self.store = store
        self.options = options
        self._extract = extract
        self.fetcher = fetcher or Fetcher(Politeness(options.delay, options.per_host),
                                          timeout=options.timeout, retries=options.retries,
                                          backoff=options.backoff)
        self.robots = RobotsCache(self.fetcher)
        self.report = CrawlReport(profile=profile.name)
        self._selectors: dict[str, Counter] = {}

    def close(self) -> None:
        self.fetcher.close()

    def crawl(self) -> CrawlReport:
        """Discover, fetch, extract and ingest every new or changed readout."""
        if self.store is None:
            raise ReadoutError("crawl needs a store to write to")
        crawlstate.ensure_table(self.store)
        self._run(limit=self.options.max_pages, conditional=True)
        return self.report

    def check(self) -> CrawlReport:
        """Fetch the start pages and a sample of readouts; report whether the profile still fits."""
        self._run(limit=self.options.max_pages or self.options.sample, conditional=False)
        return self.report

    def _run(self, limit: Optional[int], conditional: bool) -> None:
        discovery = Discoverer(self.profile, self.fetcher, self.robots, self.options.since).run()
        self.report.discovery = discovery
        self.report.counts["skipped_since"] += discovery.skipped_since
        self.report.counts["skipped_not_readout"] += discovery.not_readout
        log.info("discovered %d readout link(s) on %d index page(s), %d feed(s), %d sitemap(s)",
                 len(discovery.candidates), len(discovery.index_pages), len(discovery.feeds),
                 len(discovery.sitemaps))
        jobs = self._allowed(discovery.candidates)
        if limit is not None and len(jobs) > limit:
            self.report.left_over = len(jobs) - limit
            if conditional:
                log.info("--max-pages %d: %d more readout link(s) left for a later crawl", limit,
                         self.report.left_over)
            else:
                log.info("checking a sample of %d readout link(s) of %d", limit, len(jobs))
            jobs = jobs[:limit]
        self._fetch_all(jobs, conditional)
        self.report.alerts = find_alerts(self.profile, discovery, self._selectors, self.report)
        for alert in self.report.alerts:
            log.error(alert.line())

    def _allowed(self, candidates: list[Candidate]) -> list[Candidate]:
        """Candidates robots.txt lets us fetch; the rest are counted as skipped."""
        allowed = []
        for candidate in candidates:
            if self.robots.allowed(candidate.url):
                allowed.append(candidate)
            else:
                self._note(PageResult(candidate.url, "skipped_robots", detail="disallowed by robots.txt"))
        return allowed

    def _fetch_all(self, jobs: list[Candidate], conditional: bool) -> None:
        """Fetch on worker threads, handle each answer here, in order."""
        priors = [self._prior(c.url) if conditional else None for c in jobs]

        def fetch(pair: tuple[Candidate, Optional[dict]]) -> FetchResult:
            candidate, prior = pair
            prior = prior or {}
            return self.fetcher.get(candidate.url, etag=prior.get("etag"),
                                    last_modified=prior.get("last_modified"), allowed=self.robots.allowed)

        with ThreadPoolExecutor(max_workers=self.options.per_host) as pool:
            for (candidate, prior), result in zip(zip(jobs, priors), pool.map(fetch, zip(jobs, priors))):
                self._handle(candidate, prior, result)

    def _prior(self, url: str) -> Optional[dict]:
        """What was seen at this URL before: crawl state first, else the stored document."""
        state = crawlstate.page_state(self.store, url)
        if state:
            return state
        return self.store.document_for_url(url)

    def _handle(self, candidate: Candidate, prior: Optional[dict], result: FetchResult) -> None:
        url = candidate.url
        if result.not_modified:
            self._note(PageResult(url, "not_modified", 304, "conditional request: not modified"))
            self._remember(result, "not_modified", prior)
            return
        if not result.ok:
            self._note(PageResult(url, "failed", result.status, result.describe_failure()))
            self._remember(result, "failed", prior, error=result.describe_failure())
            return
        self.report.counts["fetched"] += 1
        digest = sha256_hex(result.body)
        if prior and _bare_hash(prior.get("raw_sha256")) == digest:
            self._note(PageResult(url, "unchanged", result.status, "same sha256 as the last crawl"))
            self._remember(result, "unchanged", prior, digest=digest)
            return
        self._process(candidate, prior, result, digest)

    def _process(self, candidate: Candidate, prior: Optional[dict], result: FetchResult, digest: str) -> None:
        """Read, extract and ingest a new or changed page."""
        url = candidate.url
        page = read_page(self.profile, result.body, result.final_url, result.content_type)
        if page is None:
            self._note(PageResult(url, "skipped_not_readout", result.status,
                                  f"not a readable HTML or text page ({result.content_type or 'no content type'})"))
            self._remember(result, "not_readout", prior, digest=digest, changed=True)
            return
        self._count_selectors(page, result.final_url)
        published = page.published or (candidate.date if candidate.via in ("index", "feed") else None)
        if self.options.since and published and published < self.options.since:
            self._note(PageResult(url, "skipped_since", result.status, f"published {published}"))
            self._remember(result, "since", prior)
            return
        record = self._extract_page(page, result, published, prior)
        if record is None:
            return
        if not record.document.is_readout:
            self.report.counts["pages_read"] += 1
            kind = record.document.kind or "not a readout"
            self._note(PageResult(url, "skipped_not_readout", result.status, kind))
            self._remember(result, "not_readout", prior, digest=digest, changed=True)
            return
        self.report.counts["pages_read"] += 1
        self.report.counts["readouts"] += 1
        self._ingest(candidate, prior, result, digest, record)

    def _extract_page(self, page: Page, result: FetchResult, published: Optional[str], prior: Optional[dict]):
        """The record of one page, or None (counted as failed) when extraction fails."""
        extract = self._extract or _default_extract()
        try:
            return extract(page.html if page.html is not None else page.text, url=result.final_url,
                           published=published, title=page.title, publisher=self.profile.publisher,
                           source=result.final_url)
        except ReadoutError as exc:
            problem = str(exc)
        except Exception as exc:  # a bug in one page's extraction must not stop the crawl
            log.exception("extraction failed on %s", result.final_url)
            problem = f"extraction failed: {type(exc).__name__}: {exc}"
        self._note(PageResult(result.url, "failed", result.status, problem))
        self._remember(result, "failed", prior, error=problem)
        return None

    def _ingest(self, candidate, prior, result: FetchResult, digest: str, record) -> None:
        if self.store is None:  # --check: extraction is the test, nothing is written
            self._note(PageResult(candidate.url, "checked", result.status,
                                  f"readout: {record.document.title or ''}".strip()))
            return
        fetch = {"url": result.final_url, "fetched_at": result.fetched_at, "etag": result.etag,
                 "last_modified": result.last_modified, "status": result.status}
        outcome = self.store.ingest(record, raw=result.body, fetch=fetch)
        detail = (record.document.title or "")[:80]
        if result.redirects:
            detail = f"redirected to {result.final_url}: {detail}"
        if outcome == "new" and self._has_snapshot(candidate.url, result.final_url, record.document.id):
            # A new text at a known URL: the store keeps the earlier snapshot beside this one.
            outcome = "updated"
            detail = f"changed since the last crawl, earlier snapshot kept: {detail}"
        self._note(PageResult(candidate.url, outcome, result.status, detail))
        self._remember(result, outcome, prior, digest=digest, changed=outcome != "unchanged",
                       document_id=record.document.id)

    def _has_snapshot(self, url: str, final_url: str, document_id: str) -> bool:
        """True when another document was stored earlier for this page."""
        for address in dict.fromkeys((final_url, url)):
            if any(row["id"] != document_id for row in self.store.history(address)):
                return True
        return False

    def _note(self, page: PageResult) -> None:
        """Count and log one page's outcome."""
        self.report.pages.append(page)
        key = page.outcome
        self.report.counts[key if key != "checked" else "readouts_checked"] += 1
        status = page.status if page.status is not None else "---"
        logger = log.warning if page.outcome == "failed" else log.info
        logger("%-19s %s %s%s", OUTCOME_LABELS.get(page.outcome, page.outcome), status, page.url,
               f"  ({page.detail})" if page.detail else "")

    def _remember(self, result: FetchResult, outcome: str, prior: Optional[dict], digest: Optional[str] = None,
                  changed: bool = False, document_id: Optional[str] = None, error: Optional[str] = None) -> None:
        """Keep what this fetch learned about the URL, so the next crawl can be incremental.

        Validators (ETag, Last-Modified) and the content hash are those of the last version
        that was fully processed: a page that failed or fell outside --since keeps the old
        ones, so a later crawl downloads it in full instead of being told "304".
        """
        if self.store is None:
            return
        prior = prior or {}
        row = {"url": result.url, "final_url": result.final_url, "profile": self.profile.name,
               "status": result.status, "outcome": outcome, "error": error, "checked_at": result.fetched_at,
               "etag": prior.get("etag"), "last_modified": prior.get("last_modified"),
               "raw_sha256": _bare_hash(prior.get("raw_sha256"))}
        if outcome in PROCESSED and result.ok:  # a full answer replaces the validators, even with none
            row.update(etag=result.etag, last_modified=result.last_modified, raw_sha256=digest)
        elif outcome == "not_modified":
            row.update(etag=result.etag or row["etag"], last_modified=result.last_modified or row["last_modified"])
        if document_id:
            row["document_id"] = document_id
        if changed:
            row["changed_at"] = result.fetched_at
        crawlstate.record_page(self.store, row)

    def _count_selectors(self, page: Page, url: str) -> None:
        if self.profile.generic:
            return
        for key, hit in page.matched.items():
            self._selectors.setdefault(key, Counter())["hit" if hit else "miss"] += 1
            if not hit:
                log.warning("%s selector %s matched nothing on %s", key,
                            " | ".join(self.profile.selectors[key]), url)


def _default_extract() -> Callable:
    from ..pipeline import extract
    return extract


def find_alerts(profile: Profile, discovery: Discovery, selectors: dict[str, Counter],
                report: CrawlReport) -> list[Alert]:
    """Break alerts: start pages gone, no readout links, selectors that stopped matching, no readouts."""
    alerts = []
    name = profile.name
    reached = [u for u in profile.start_pages if u in discovery.index_pages]
    if not reached:
        reasons = "; ".join(f"{u}: {why}" for u, why in discovery.failures[:3]) or "blocked by robots.txt"
        alerts.append(Alert(name, "unreachable", f"no start page could be read ({reasons})"))
    found = len(discovery.candidates) + discovery.skipped_since
    if not found and (reached or discovery.feeds or discovery.sitemaps):
        alerts.append(Alert(name, "no-readout-links",
                            f"yields no readouts: no link matched its readout patterns on "
                            f"{len(discovery.index_pages)} index page(s), {len(discovery.feeds)} feed(s) "
                            f"and {len(discovery.sitemaps)} sitemap(s)"))
    listing_misses = [u for u in discovery.listing_misses if u in profile.start_pages]
    if listing_misses:
        alerts.append(Alert(name, "listing-selector",
                            f"listing selector {' | '.join(profile.selectors['listing'])} matched nothing "
                            f"on start page(s) {', '.join(listing_misses)}"))
    alerts.extend(_selector_alerts(profile, selectors))
    if report.counts["pages_read"] and not report.counts["readouts"]:
        alerts.append(Alert(name, "no-readouts",
                            f"yields no readouts: none of the {report.counts['pages_read']} page(s) read "
                            f"was a readout"))
    return alerts


def _selector_alerts(profile: Profile, selectors: dict[str, Counter]) -> list[Alert]:
    """A selector that matched nothing on at least half the pages read has stopped fitting the site."""
    if profile.generic:  # the generic profile makes no promise about a layout
        return []
    alerts = []
    for key, tally in sorted(selectors.items()):
        total = tally["hit"] + tally["miss"]
        if tally["miss"] and tally["miss"] >= SELECTOR_ALERT_SHARE * total:
            alerts.append(Alert(profile.name, f"{key}-selector",
                                f"{key} selector {' | '.join(profile.selectors[key])} matched nothing on "
                                f"{tally['miss']} of {total} page(s)"))
    return alerts
