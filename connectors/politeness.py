"""Politeness: robots.txt per host (cached, Crawl-delay honoured) and a per-host concurrency cap and minimum delay.

robots.txt is fetched through the same Fetcher, so timeouts, size caps and the private-address guard apply to it.
A robots.txt that cannot be fetched (timeout, 5xx) allows nothing until it can; a missing one (4xx) allows all,
as the robots exclusion standard (RFC 9309) says; only its first 500 KiB are parsed (the standard's minimum).

Both tables are bounded (`max_hosts`, least recently used first out; the robots rules also in bytes), because a
crawler meets an open-ended set of hosts: robots rules of a host that falls out are simply fetched again; a gate
entry leaves only when no request of its host is in flight and its delay has passed, so neither the cap nor the
spacing is lost by forgetting it. Both are keyed by origin (scheme, host, effective port: `fetch.origin`), so
respelling a host ("user@host", "HOST.", "host:0080") gets neither a second robots.txt nor a second gate.

The gate never sleeps for long in the caller's thread: `try_acquire` answers at once with the wait, and `slot`
gives up past `max_wait_s` with HostBusy, so the service runs the request later (`Later`) instead of holding one
of its shared fetch threads through a Crawl-delay.
"""
from __future__ import annotations

import heapq
import itertools
import logging
import re
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator
from urllib.parse import unquote, urlsplit
from urllib.robotparser import RobotFileParser

from connectors.fetch import BadUrl, Fetcher, FetchError, HttpStatus, origin

log = logging.getLogger(__name__)

ROBOTS_TTL_S = 24 * 3600.0
UNREACHABLE_TTL_S = 300.0
MAX_CRAWL_DELAY_S = 60.0
ROBOTS_MAX_BYTES = 500 * 1024
MAX_HOSTS = 4096
MAX_RULES = 20_000                   # rules kept per host (~3 MiB parsed); real robots.txt files have far fewer
ROBOTS_CACHE_BYTES = 64 * 1024 * 1024  # estimated size of all cached rules
RULE_BYTES = 160                     # measured: one parsed rule line, besides its path
BUSY_RECHECK_S = 0.25                # wait reported while a host is at its concurrency cap


class HostBusy(FetchError):
    """The host is not free for `retry_after` seconds (its Crawl-delay or spacing, or its concurrency cap)."""

    kind = "host_busy"

    def __init__(self, url: str, wait_s: float) -> None:
        super().__init__(url, f"host busy for {wait_s:.2f} s")
        self.retry_after = wait_s


class Disallowed(FetchError):
    kind = "robots_disallowed"


class RobotsUnreachable(FetchError):
    kind = "robots_unreachable"


_FIELD = re.compile(r"\s*(crawl-delay|request-rate)\s*:(.*)", re.IGNORECASE)
_DELAY = re.compile(r"[0-9]{1,9}")


def robots_lines(body: bytes) -> list[str]:
    """The lines of a robots.txt for RobotFileParser, without the values that make it raise: a Crawl-delay
    robotparser reads with str.isdigit() then int() ("²" passes one and fails the other; 5,000 digits pass
    both and fail int; 400 digits fail float later) is dropped unless it is 1-9 ASCII digits; Request-rate is
    not used here and is dropped."""
    lines = body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace").splitlines()
    out = []
    for line in lines:
        m = _FIELD.match(line.split("#", 1)[0])
        if m is None:
            out.append(line)
        elif m.group(1).lower() == "crawl-delay" and _DELAY.fullmatch(unquote(m.group(2).strip())):
            out.append(line)
    return out


def compact(parser: RobotFileParser, agent: str) -> int:
    """Keeps only what `can_fetch(agent, ...)` and `crawl_delay(agent)` read (the first group for the agent and
    the default group), each path's first rule (robotparser takes the first match, so later ones never count),
    at most MAX_RULES; returns the estimated size in bytes. 500 KiB of "Allow:/" is then one rule, not 6 MiB."""
    entries = [e for e in parser.entries if e.applies_to(agent)][:1]
    parser.entries = entries
    parser.sitemaps = None
    size = 1024
    for entry in entries + ([parser.default_entry] if parser.default_entry else []):
        first: dict[str, object] = {}
        for rule in entry.rulelines:
            first.setdefault(rule.path, rule)
        entry.rulelines = list(first.values())[:MAX_RULES]
        entry.useragents = list(dict.fromkeys(entry.useragents))[:100]
        entry.req_rate = None
        size += sum(RULE_BYTES + 2 * len(r.path) for r in entry.rulelines)
        size += sum(RULE_BYTES + 2 * len(a) for a in entry.useragents)
    return size


class Robots:
    def __init__(self, fetcher: Fetcher, user_agent: str, max_hosts: int = MAX_HOSTS,
                 max_bytes: int = ROBOTS_CACHE_BYTES) -> None:
        self.fetcher = fetcher
        self.agent = user_agent.split("/")[0]
        self.max_hosts = max_hosts
        self.max_bytes = max_bytes
        self._bytes = 0
        self._cache: OrderedDict[str, tuple[float, RobotFileParser | None, bool, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._fetching: dict[str, threading.Event] = {}  # one robots.txt request per origin at a time

    def _cached(self, key: str) -> tuple[RobotFileParser | None, bool] | None:
        with self._lock:
            hit = self._cache.get(key)
            if hit is None or hit[0] <= time.monotonic():
                return None
            self._cache.move_to_end(key)
            return hit[1], hit[2]

    def _store(self, key: str, ttl: float, parser: RobotFileParser | None, allow_all: bool, size: int) -> None:
        """Cached, oldest out past `max_hosts` entries or `max_bytes` of rules (the newest always stays)."""
        with self._lock:
            old = self._cache.pop(key, None)
            self._bytes -= old[3] if old else 0
            self._cache[key] = (time.monotonic() + ttl, parser, allow_all, size)
            self._bytes += size
            while len(self._cache) > 1 and (len(self._cache) > self.max_hosts or self._bytes > self.max_bytes):
                self._bytes -= self._cache.popitem(last=False)[1][3]

    def _rules(self, url: str) -> tuple[RobotFileParser | None, bool]:
        """(parser, allow_all); parser None with allow_all False means 'unreachable, try later'."""
        key, robots_url = origin(url)
        while True:
            hit = self._cached(key)
            if hit is not None:
                return hit
            with self._lock:
                running = self._fetching.get(key)
                if running is None:
                    self._fetching[key] = threading.Event()
            if running is None:
                break
            running.wait(5.0)  # the other caller's answer is ours too (its fetch ends at its deadline)
        try:
            return self._fetch(key, robots_url)
        finally:
            with self._lock:
                self._fetching.pop(key).set()

    def _fetch(self, key: str, robots_url: str) -> tuple[RobotFileParser | None, bool]:
        parser, allow_all, ttl, size = None, False, UNREACHABLE_TTL_S, 256
        try:
            resp = self.fetcher.get(robots_url)
            parser = RobotFileParser()
            parser.parse(robots_lines(resp.body))
            size = compact(parser, self.agent)
            ttl = ROBOTS_TTL_S
        except HttpStatus as e:
            if 400 <= e.status < 500:
                allow_all, ttl = True, ROBOTS_TTL_S
        except FetchError:
            pass
        self._store(key, ttl, parser, allow_all, size)
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
        try:
            delay = parser.crawl_delay(self.agent)
            return min(float(delay), MAX_CRAWL_DELAY_S) if delay else 0.0
        except (TypeError, ValueError, OverflowError):  # robots_lines() keeps only sane values; a value is no order
            return 0.0


def _gate_key(url: str) -> str:
    try:
        return origin(url)[0]
    except BadUrl:  # the fetch itself will refuse it; keyed so that it is still gated
        return urlsplit(url).netloc.lower()


@dataclass
class _Host:
    active: int = 0        # requests holding a slot
    free_at: float = 0.0   # earliest start of the host's next request


class HostGate:
    """At most `concurrency` requests in flight per host, and at least `delay` seconds between their starts."""

    def __init__(self, concurrency: int, min_delay_s: float, max_hosts: int = MAX_HOSTS) -> None:
        self.concurrency = concurrency
        self.min_delay_s = min_delay_s
        self.max_hosts = max_hosts
        self._lock = threading.Condition()
        self._hosts: OrderedDict[str, _Host] = OrderedDict()

    def _host(self, key: str) -> _Host:
        h = self._hosts.get(key)
        if h is None:
            h = self._hosts[key] = _Host()
            if len(self._hosts) > self.max_hosts:
                self._prune()
        else:
            self._hosts.move_to_end(key)
        return h

    def _prune(self) -> None:
        """Drop idle hosts whose delay has passed, oldest first, down to 90 % of the cap (so pruning is rare).
        Busy or still-spaced hosts stay: at most the in-flight requests plus the hosts started within one delay."""
        now, target = time.monotonic(), int(self.max_hosts * 0.9)
        for key in [k for k, h in self._hosts.items() if h.active == 0 and h.free_at <= now]:
            if len(self._hosts) <= target:
                break
            del self._hosts[key]

    def _try(self, key: str, crawl_delay_s: float) -> float:
        h, now = self._host(key), time.monotonic()
        if h.active < self.concurrency and h.free_at <= now:
            h.active += 1
            h.free_at = now + max(self.min_delay_s, crawl_delay_s)
            return 0.0
        return max(h.free_at - now, BUSY_RECHECK_S if h.active >= self.concurrency else 0.001)

    def try_acquire(self, url: str, crawl_delay_s: float = 0.0) -> float:
        """Takes a slot of the URL's host and returns 0.0, or returns the seconds until one may be free (never
        sleeps). A taken slot is given back with `release`."""
        with self._lock:
            return self._try(_gate_key(url), crawl_delay_s)

    def release(self, url: str) -> None:
        key = _gate_key(url)
        with self._lock:
            h = self._hosts.get(key)
            if h is not None and h.active > 0:
                h.active -= 1
            self._lock.notify_all()

    @contextmanager
    def slot(self, url: str, crawl_delay_s: float = 0.0, max_wait_s: float | None = None) -> Iterator[None]:
        """Holds a slot of the URL's host, waiting for it at most `max_wait_s` (None: as long as it takes);
        raises HostBusy at once when the wait would be longer, so the caller can come back instead."""
        key = _gate_key(url)
        end = None if max_wait_s is None else time.monotonic() + max_wait_s
        with self._lock:
            while (wait := self._try(key, crawl_delay_s)) > 0:
                if end is not None and time.monotonic() + wait > end:
                    raise HostBusy(url, wait)
                self._lock.wait(wait)
        try:
            yield
        finally:
            self.release(url)


class Later:
    """Calls functions at a monotonic time, from one timer thread; they must be quick (the service's only hands an
    entry back to its fetch pool). Pending calls are dropped on close: what they would have done is retried from
    the feed anyway."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Callable[[], object]]] = []
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None

    def at(self, when: float, fn: Callable[[], object]) -> None:
        with self._cond:
            if self._closed:
                return
            heapq.heappush(self._heap, (when, next(self._seq), fn))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="later", daemon=True)
                self._thread.start()
            self._cond.notify()

    def pending(self) -> int:
        with self._cond:
            return len(self._heap)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._heap.clear()
            self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed and (not self._heap or self._heap[0][0] > time.monotonic()):
                    self._cond.wait(None if not self._heap else self._heap[0][0] - time.monotonic())
                if self._closed:
                    return
                _, _, fn = heapq.heappop(self._heap)
            try:
                fn()
            except Exception:  # a pool shut down meanwhile, or a bug: never the end of the timer thread
                log.exception("deferred call failed")
