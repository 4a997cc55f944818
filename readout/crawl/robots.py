"""robots.txt: fetched once per host, parsed with urllib.robotparser, honoured for every URL."""
from __future__ import annotations

import logging
import threading
from typing import Optional
from urllib.robotparser import RobotFileParser

from .fetch import Fetcher
from .politeness import host_of

log = logging.getLogger(__name__)


class RobotsCache:
    """Answers "may we fetch this URL?" per host, reading each host's robots.txt once."""

    def __init__(self, fetcher: Fetcher):
        self.fetcher = fetcher
        self._parsers: dict[str, RobotFileParser] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        """True when robots.txt lets our User-Agent fetch `url`."""
        return self._parser(url).can_fetch(self.fetcher.user_agent, url)

    def sitemaps(self, url: str) -> list[str]:
        """Sitemap URLs that the host's robots.txt announces."""
        return list(self._parser(url).site_maps() or [])

    def crawl_delay(self, url: str) -> Optional[float]:
        delay = self._parser(url).crawl_delay(self.fetcher.user_agent)
        return float(delay) if delay is not None else None

    def _parser(self, url: str) -> RobotFileParser:
        host = host_of(url)
        with self._lock:
            parser = self._parsers.get(host)
            if parser is None:
                parser = self._parsers[host] = self._read(host)
        return parser

    def _read(self, host: str) -> RobotFileParser:
        """Fetch and parse robots.txt; the status decides when it cannot be read."""
        robots_url = host + "/robots.txt"
        parser = RobotFileParser(robots_url)
        result = self.fetcher.get(robots_url)
        log.info("%-19s %s %s", "robots.txt", result.status if result.status is not None else "---", robots_url)
        if result.ok:
            parser.parse(result.body.decode("utf-8", errors="replace").splitlines())
        elif result.status in (401, 403):
            # As urllib.robotparser does: an access-controlled robots.txt forbids everything.
            log.warning("robots.txt at %s answered %s: not crawling this host", robots_url, result.status)
            parser.disallow_all = True
        elif result.status is not None and 400 <= result.status < 500:
            parser.allow_all = True
        else:
            # A server error or no answer: the site's rules are unknown, so stay off it this run.
            log.warning("robots.txt at %s could not be read (%s): not crawling this host",
                        robots_url, result.describe_failure())
            parser.disallow_all = True
        delay = parser.crawl_delay(self.fetcher.user_agent) if result.ok else None
        if delay:
            self.fetcher.politeness.respect_crawl_delay(robots_url, float(delay))
        return parser
