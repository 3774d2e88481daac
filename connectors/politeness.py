"""Politeness: robots.txt per host (cached, Crawl-delay honoured) and a per-host concurrency cap and minimum delay.

robots.txt is fetched through the same Fetcher, so timeouts, size caps and the private-address guard apply to it.
A robots.txt that cannot be fetched (timeout, 5xx) allows nothing until it can; a missing one (4xx) allows all,
as the robots exclusion standard (RFC 9309) says.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from connectors.fetch import Fetcher, FetchError, HttpStatus

ROBOTS_TTL_S = 24 * 3600.0
UNREACHABLE_TTL_S = 300.0
MAX_CRAWL_DELAY_S = 60.0


class Disallowed(FetchError):
    kind = "robots_disallowed"


class RobotsUnreachable(FetchError):
    kind = "robots_unreachable"


class Robots:
    def __init__(self, fetcher: Fetcher, user_agent: str) -> None:
        self.fetcher = fetcher
        self.agent = user_agent.split("/")[0]
        self._cache: dict[str, tuple[float, RobotFileParser | None, bool]] = {}
        self._lock = threading.Lock()

    def _rules(self, url: str) -> tuple[RobotFileParser | None, bool]:
        """(parser, allow_all); parser None with allow_all False means 'unreachable, try later'."""
        p = urlsplit(url)
        origin = f"{p.scheme}://{p.netloc}"
        with self._lock:
            hit = self._cache.get(origin)
        if hit and hit[0] > time.monotonic():
            return hit[1], hit[2]
        parser, allow_all, ttl = None, False, UNREACHABLE_TTL_S
        try:
            resp = self.fetcher.get(origin + "/robots.txt")
            parser = RobotFileParser()
            parser.parse(resp.body.decode("utf-8", "replace").splitlines())
            ttl = ROBOTS_TTL_S
        except HttpStatus as e:
            if 400 <= e.status < 500:
                allow_all, ttl = True, ROBOTS_TTL_S
        except FetchError:
            pass
        with self._lock:
            self._cache[origin] = (time.monotonic() + ttl, parser, allow_all)
        return parser, allow_all

    def check(self, url: str) -> float:
        """Raise Disallowed if robots.txt forbids `url`; else return the host's Crawl-delay (0 if none)."""
        parser, allow_all = self._rules(url)
        if allow_all:
            return 0.0
        if parser is None:
            raise RobotsUnreachable(url, "robots.txt unreachable; retrying later")
        if not parser.can_fetch(self.agent, url):
            raise Disallowed(url, "disallowed by robots.txt")
        delay = parser.crawl_delay(self.agent)
        return min(float(delay), MAX_CRAWL_DELAY_S) if delay else 0.0


class HostGate:
    """At most `concurrency` requests in flight per host, and at least `delay` seconds between their starts."""

    def __init__(self, concurrency: int, min_delay_s: float) -> None:
        self.concurrency = concurrency
        self.min_delay_s = min_delay_s
        self._lock = threading.Lock()
        self._hosts: dict[str, tuple[threading.Semaphore, list[float]]] = {}

    @contextmanager
    def slot(self, url: str, crawl_delay_s: float = 0.0) -> Iterator[None]:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            sem, last = self._hosts.setdefault(host, (threading.Semaphore(self.concurrency), [0.0]))
        with sem:
            delay = max(self.min_delay_s, crawl_delay_s)
            with self._lock:
                start = max(time.monotonic(), last[0] + delay)
                last[0] = start
            time.sleep(max(0.0, start - time.monotonic()))
            yield
