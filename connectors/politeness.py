"""Politeness: robots.txt per host (cached, Crawl-delay honoured) and a per-host concurrency cap and minimum delay.

robots.txt is fetched through the same Fetcher, so timeouts, size caps and the private-address guard apply to it.
A robots.txt that cannot be fetched (timeout, 5xx) allows nothing until it can; a missing one (4xx) allows all,
as the robots exclusion standard (RFC 9309) says; only its first 500 KiB are parsed (the standard's minimum).

Both tables are bounded (`max_hosts`, least recently used first out), because a crawler meets an open-ended set of
hosts: robots rules of a host that falls out are simply fetched again; a gate entry leaves only when no request
of its host is in flight and its delay has passed, so neither the cap nor the spacing is lost by forgetting it.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from connectors.fetch import Fetcher, FetchError, HttpStatus

ROBOTS_TTL_S = 24 * 3600.0
UNREACHABLE_TTL_S = 300.0
MAX_CRAWL_DELAY_S = 60.0
ROBOTS_MAX_BYTES = 500 * 1024
MAX_HOSTS = 4096


class Disallowed(FetchError):
    kind = "robots_disallowed"


class RobotsUnreachable(FetchError):
    kind = "robots_unreachable"


class Robots:
    def __init__(self, fetcher: Fetcher, user_agent: str, max_hosts: int = MAX_HOSTS) -> None:
        self.fetcher = fetcher
        self.agent = user_agent.split("/")[0]
        self.max_hosts = max_hosts
        self._cache: OrderedDict[str, tuple[float, RobotFileParser | None, bool]] = OrderedDict()
        self._lock = threading.Lock()

    def _cached(self, origin: str) -> tuple[RobotFileParser | None, bool] | None:
        with self._lock:
            hit = self._cache.get(origin)
            if hit is None or hit[0] <= time.monotonic():
                return None
            self._cache.move_to_end(origin)
            return hit[1], hit[2]

    def _store(self, origin: str, ttl: float, parser: RobotFileParser | None, allow_all: bool) -> None:
        with self._lock:
            self._cache[origin] = (time.monotonic() + ttl, parser, allow_all)
            self._cache.move_to_end(origin)
            while len(self._cache) > self.max_hosts:
                self._cache.popitem(last=False)

    def _rules(self, url: str) -> tuple[RobotFileParser | None, bool]:
        """(parser, allow_all); parser None with allow_all False means 'unreachable, try later'."""
        p = urlsplit(url)
        origin = f"{p.scheme}://{p.netloc}"
        hit = self._cached(origin)
        if hit is not None:
            return hit
        parser, allow_all, ttl = None, False, UNREACHABLE_TTL_S
        try:
            resp = self.fetcher.get(origin + "/robots.txt")
            parser = RobotFileParser()
            parser.parse(resp.body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace").splitlines())
            ttl = ROBOTS_TTL_S
        except HttpStatus as e:
            if 400 <= e.status < 500:
                allow_all, ttl = True, ROBOTS_TTL_S
        except FetchError:
            pass
        self._store(origin, ttl, parser, allow_all)
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


@dataclass
class _Host:
    sem: threading.Semaphore
    free_at: float = 0.0   # earliest start of the host's next request
    users: int = 0         # requests holding or waiting for a slot


class HostGate:
    """At most `concurrency` requests in flight per host, and at least `delay` seconds between their starts."""

    def __init__(self, concurrency: int, min_delay_s: float, max_hosts: int = MAX_HOSTS) -> None:
        self.concurrency = concurrency
        self.min_delay_s = min_delay_s
        self.max_hosts = max_hosts
        self._lock = threading.Lock()
        self._hosts: OrderedDict[str, _Host] = OrderedDict()

    def _enter(self, host: str) -> _Host:
        with self._lock:
            h = self._hosts.get(host)
            if h is None:
                h = self._hosts[host] = _Host(threading.Semaphore(self.concurrency))
                if len(self._hosts) > self.max_hosts:
                    self._prune()
            else:
                self._hosts.move_to_end(host)
            h.users += 1
            return h

    def _prune(self) -> None:
        """Drop idle hosts whose delay has passed, oldest first, down to 90 % of the cap (so pruning is rare).
        Busy or still-spaced hosts stay: at most the in-flight requests plus the hosts started within one delay."""
        now, target = time.monotonic(), int(self.max_hosts * 0.9)
        for key in [k for k, h in self._hosts.items() if h.users == 0 and h.free_at <= now]:
            if len(self._hosts) <= target:
                break
            del self._hosts[key]

    @contextmanager
    def slot(self, url: str, crawl_delay_s: float = 0.0) -> Iterator[None]:
        h = self._enter(urlsplit(url).netloc.lower())
        try:
            with h.sem:
                delay = max(self.min_delay_s, crawl_delay_s)
                with self._lock:
                    start = max(time.monotonic(), h.free_at)
                    h.free_at = start + delay
                time.sleep(max(0.0, start - time.monotonic()))
                yield
        finally:
            with self._lock:
                h.users -= 1
