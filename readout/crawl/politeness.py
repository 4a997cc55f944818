"""Politeness: a per-host delay between requests and a cap on concurrent requests per host."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import urlsplit

DEFAULT_DELAY = 1.0
DEFAULT_PER_HOST = 2


def host_of(url: str) -> str:
    """The scheme and host:port a politeness slot is keyed on."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class _Host:
    __slots__ = ("lock", "slots", "next_start", "delay")

    def __init__(self, per_host: int, delay: float):
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(per_host)
        self.next_start = 0.0
        self.delay = delay


class Politeness:
    """Spaces request starts to one host by `delay` seconds and caps concurrent requests per host."""

    def __init__(self, delay: float = DEFAULT_DELAY, per_host: int = DEFAULT_PER_HOST):
        if delay < 0 or per_host < 1:
            raise ValueError("delay must be >= 0 and per_host >= 1")
        self.delay = delay
        self.per_host = per_host
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, url: str) -> _Host:
        key = host_of(url)
        with self._lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(self.per_host, self.delay)
            return self._hosts[key]

    def respect_crawl_delay(self, url: str, seconds: float) -> None:
        """Raise the host's delay to a robots.txt Crawl-delay (never lower it)."""
        host = self._host(url)
        with host.lock:
            host.delay = max(host.delay, float(seconds))

    def delay_for(self, url: str) -> float:
        return self._host(url).delay

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold one of the host's request slots, started no sooner than its delay allows."""
        host = self._host(url)
        with host.slots:
            with host.lock:
                # Reserve the start time under the lock so concurrent workers queue up in turn.
                now = time.monotonic()
                start = max(now, host.next_start)
                host.next_start = start + host.delay
            if start > now:
                time.sleep(start - now)
            yield
