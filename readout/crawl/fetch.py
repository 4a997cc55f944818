"""HTTP fetching: identifying User-Agent, timeouts, retries with backoff, redirects, conditional GETs.

One `Fetcher.get()` call is one page as the crawler sees it: redirects are followed hop by
hop (each hop recorded and spaced by the politeness rules), 5xx answers and network errors
are retried with exponential backoff, 4xx answers are recorded and not retried, and a 304
answer to a conditional request comes back without a body.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable, Optional
from urllib.parse import urljoin

import httpx

from .. import __version__
from .politeness import Politeness

log = logging.getLogger(__name__)

USER_AGENT = f"readout/{__version__} (+https://github.com/readout-project/readout)"
MAX_BYTES = 10 * 1024 * 1024
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one fetch of one URL produced (after redirects and retries)."""
    url: str
    final_url: str
    status: Optional[int]
    body: Optional[bytes]
    fetched_at: str
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    content_type: Optional[str] = None
    redirects: tuple = ()  # ((status, from_url, to_url), ...)
    location: Optional[str] = None  # Location header of a 3xx answer
    attempts: int = 1
    error: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300 and self.body is not None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def describe_failure(self) -> str:
        """One plain line: why this fetch gave no page."""
        if self.error:
            return self.error
        return f"HTTP {self.status}"


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Fetcher:
    """A polite HTTP client shared by discovery, robots.txt and page fetching (thread-safe)."""

    def __init__(self, politeness: Optional[Politeness] = None, timeout: float = 15.0,
                 retries: int = 3, backoff: float = 1.0, max_bytes: int = MAX_BYTES,
                 max_redirects: int = 5, user_agent: str = USER_AGENT,
                 transport: Optional[httpx.BaseTransport] = None):
        self.politeness = politeness or Politeness()
        self.retries = retries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self.requests = 0
        self._count_lock = threading.Lock()
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout), follow_redirects=False, transport=transport,
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, etag: Optional[str] = None, last_modified: Optional[str] = None,
            allowed: Optional[Callable[[str], bool]] = None) -> FetchResult:
        """Fetch `url`, following redirects; conditional when etag/last_modified are given.

        `allowed` (robots.txt) is asked before each redirect hop is requested.
        """
        headers = _conditional_headers(etag, last_modified)
        redirects: list[tuple[int, str, str]] = []
        current = url
        attempts = 0
        while True:
            result, tries = self._get_with_retries(url, current, headers)
            attempts += tries
            location = _redirect_target(result, current)
            if location is None:
                return _with(result, redirects=tuple(redirects), attempts=attempts)
            redirects.append((result.status, current, location))
            log.info("redirect %s %s -> %s", result.status, current, location)
            if len(redirects) > self.max_redirects:
                return _with(result, body=None, redirects=tuple(redirects), attempts=attempts,
                             error=f"more than {self.max_redirects} redirects")
            if allowed is not None and not allowed(location):
                return _with(result, body=None, redirects=tuple(redirects), attempts=attempts,
                             error=f"redirected to {location}, which robots.txt disallows")
            current = location

    def _get_with_retries(self, url: str, current: str, headers: dict) -> tuple[FetchResult, int]:
        """One hop, retried on 5xx/429 and network errors with exponential backoff."""
        attempt = 0
        while True:
            attempt += 1
            result, retry_after = self._get_once(url, current, headers)
            retryable = result.error is not None and result.status is None
            retryable = retryable or result.status in RETRY_STATUSES
            if not retryable or attempt > self.retries:
                if retryable:
                    log.warning("giving up on %s after %d attempts: %s", current, attempt,
                                result.describe_failure())
                return result, attempt
            pause = retry_after if retry_after is not None else self.backoff * 2 ** (attempt - 1)
            log.info("retry %d/%d for %s in %.2fs (%s)", attempt, self.retries, current, pause,
                     result.describe_failure())
            time.sleep(pause)

    def _get_once(self, url: str, current: str, headers: dict) -> tuple[FetchResult, Optional[float]]:
        """One HTTP request, body read only for 2xx answers and capped at max_bytes."""
        with self.politeness.slot(current):
            with self._count_lock:
                self.requests += 1
            fetched_at = now_iso()
            try:
                with self._client.stream("GET", current, headers=headers) as response:
                    body, error = self._read_body(response)
                    return _result_from(url, current, response, body, error, fetched_at), \
                        _retry_after(response)
            except httpx.TimeoutException as exc:
                error = f"timed out ({type(exc).__name__})"
            except httpx.HTTPError as exc:
                error = f"network error: {type(exc).__name__}: {exc}"
            return FetchResult(url=url, final_url=current, status=None, body=None,
                               fetched_at=fetched_at, error=error), None

    def _read_body(self, response: httpx.Response) -> tuple[Optional[bytes], Optional[str]]:
        if not 200 <= response.status_code < 300:
            return None, None
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            return None, f"too large ({declared} bytes, limit {self.max_bytes})"
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                return None, f"too large (over {self.max_bytes} bytes)"
            chunks.append(chunk)
        return b"".join(chunks), None


def _conditional_headers(etag: Optional[str], last_modified: Optional[str]) -> dict:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _result_from(url: str, current: str, response: httpx.Response, body: Optional[bytes],
                 error: Optional[str], fetched_at: str) -> FetchResult:
    return FetchResult(
        url=url, final_url=current, status=response.status_code, body=body,
        fetched_at=fetched_at, etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        content_type=response.headers.get("content-type"),
        error=error, location=response.headers.get("location"))


def _redirect_target(result: FetchResult, current: str) -> Optional[str]:
    """The absolute URL a 3xx answer points to, or None when this is not a redirect."""
    if result.status not in (301, 302, 303, 307, 308):
        return None
    return urljoin(current, result.location) if result.location else None


def _retry_after(response: httpx.Response) -> Optional[float]:
    """Seconds from a Retry-After header (delta or HTTP date), capped."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min((when - datetime.now(timezone.utc)).total_seconds(), MAX_RETRY_AFTER))


def _with(result: FetchResult, **changes) -> FetchResult:
    fields = {name: getattr(result, name) for name in FetchResult.__slots__}
    fields.update(changes)
    return FetchResult(**fields)
