"""Crawling ministry websites: profiles -> discover -> fetch -> extract -> Store.ingest.

Modules, one per job: `fetch` (HTTP), `robots` (robots.txt), `politeness` (per-host delay
and concurrency cap), `discover` (index pages, feeds, sitemaps), `profiles` (site profiles
as data), `page` (selectors on one page), `crawler` (orchestration and break alerts).
"""
from __future__ import annotations

from typing import Optional

from .crawler import Alert, CrawlOptions, Crawler, CrawlReport
from .profiles import Profile, builtin_names, load_profile

__all__ = ["crawl", "check", "Crawler", "CrawlOptions", "CrawlReport", "Alert", "Profile",
           "load_profile", "builtin_names"]


def crawl(target: str, store, options: Optional[CrawlOptions] = None) -> CrawlReport:
    """Crawl a profile (name, file or site URL) into an open Store."""
    crawler = Crawler(_profile(target), store=store, options=options or CrawlOptions())
    try:
        return crawler.crawl()
    finally:
        crawler.close()


def check(target: str, options: Optional[CrawlOptions] = None) -> CrawlReport:
    """Fetch a profile's start pages and a sample of readouts; report break alerts."""
    crawler = Crawler(_profile(target), options=options or CrawlOptions())
    try:
        return crawler.check()
    finally:
        crawler.close()


def _profile(target) -> Profile:
    return target if isinstance(target, Profile) else load_profile(target)
