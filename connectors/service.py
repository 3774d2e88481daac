"""The connectors loop: poll feeds -> fetch pages -> clean -> publish articles.v1. Decides retry, skip or dead letter.

An article is marked seen only after Kafka acknowledged its record, so a crash re-publishes (same id) rather than
loses. Transient failures (timeouts, 5xx, 429) are retried on the next poll; permanent ones go to deadletter.v1.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from typing import Any, Callable
from urllib.parse import urlsplit

import orjson

from connectors import feeds as feedparse
from connectors.clean import CleanError, clean
from connectors.fetch import FetchError, Fetcher, HttpStatus
from connectors.politeness import HostGate, Robots
from connectors.publish import build_article
from connectors.schedule import adaptive_interval, next_delay
from connectors.simhash import simhash
from connectors.state import State
from connectors.templates import HostTemplates
from connectors.urls import article_id, canonical
from worker import metrics
from worker.config import FeedConfig, Settings
from worker.deadletter import record as deadletter

log = logging.getLogger(__name__)

Sink = Callable[[str, dict[str, Any]], None]
"""Publishes one article and returns after it is acknowledged (raises if it was not)."""

TRANSIENT = {"timeout", "connect_failed", "robots_unreachable"}
RETRY_PUBLISH_S = 5.0
PUBLISH_FAILED = "publish_failed"
PAGE_TYPES = ("html", "xml", "text/plain")


def _transient(e: FetchError) -> bool:
    return e.kind in TRANSIENT or (isinstance(e, HttpStatus) and (e.status >= 500 or e.status == 429))


@dataclass
class PollResult:
    feed_url: str
    status: str
    entries: int = 0
    published: list[str] = field(default_factory=list)
    failed: int = 0


class Connectors:
    """One orchestrator; `sink` sends an article (Kafka in production, stdout for `crawl`)."""

    def __init__(self, settings: Settings, state: State, sink: Sink, dead: Sink | None = None,
                 assignment: Any | None = None) -> None:
        self.settings = settings
        self.assignment = assignment  # FeedAssignment when replicas share the feed list through Kafka
        self.state = state
        self.sink = sink
        self.dead = dead
        self.fetcher = Fetcher(settings)
        self.robots = Robots(self.fetcher, settings.user_agent) if settings.respect_robots else None
        self.gate = HostGate(settings.host_concurrency, settings.min_host_delay_s)
        self._interval: dict[str, float] = {}  # feed url -> adaptive interval from its publishing rate
        self.templates = HostTemplates(settings.state_path)
        self.pool = ThreadPoolExecutor(settings.fetch_concurrency, thread_name_prefix="fetch")
        # feeds are polled concurrently, so a slow or hanging feed never holds up the others; few at once, because
        # parsing and cleaning share one core (more threads raised the bench's latency without adding throughput)
        self.feed_pool = ThreadPoolExecutor(settings.feed_concurrency, thread_name_prefix="feed")

    def close(self) -> None:
        self.feed_pool.shutdown(wait=True, cancel_futures=True)
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.fetcher.close()
        self.templates.close()

    def poll(self, feed: FeedConfig) -> PollResult:
        """Poll one feed (conditional GET), then fetch, clean and publish its unseen entries."""
        st = self.state.feed(feed.url)
        headers = {}
        if st.etag:
            headers["If-None-Match"] = st.etag
        if st.last_modified:
            headers["If-Modified-Since"] = st.last_modified
        st.last_poll = time.time()
        try:
            resp = self._get(feed.url, headers=headers)
            if resp.status == 304:
                return self._shared(self._done(st, feed, PollResult(feed.url, "not_modified"), 304), st, [])
            entries = feedparse.parse(resp.body, feed.url, resp.headers.get("content-type"))
        except (FetchError, feedparse.FeedError) as e:
            retry_after = getattr(e, "retry_after", None)
            st.error_streak += 1
            st.last_error = str(e)[:500]
            st.last_status = getattr(e, "status", None)
            st.next_poll = time.time() + next_delay(self._interval.get(feed.url, self.settings.poll_interval_s),
                                                    st.error_streak, retry_after)
            self.state.save_feed(st)
            metrics.FEEDS_POLLED.labels(e.kind).inc()
            log.warning("feed poll failed", extra={"feed_url": feed.url, "error_kind": e.kind, "error": str(e)})
            return PollResult(feed.url, e.kind)
        st.etag = resp.headers.get("etag")
        st.last_modified = resp.headers.get("last-modified")
        self._interval[feed.url] = adaptive_interval([e.published for e in entries], self.settings.poll_interval_s,
                                                     *self._bounds(feed))
        result = PollResult(feed.url, "ok", entries=len(entries))
        new = [e for e in entries if not self.state.is_seen(article_id(canonical(e.url)))]
        publish_failed = False
        for outcome in self.pool.map(lambda e: self._article(e, feed), new):
            if outcome is PUBLISH_FAILED:
                publish_failed = True
                result.failed += 1
            elif outcome:
                result.published.append(outcome)
            elif outcome is None:
                result.failed += 1
        st.items_seen += len(entries)
        st.published += len(result.published)
        done = self._done(st, feed, result, resp.status)
        if publish_failed:  # unpublished entries are retried after a short delay, not a full interval
            st.next_poll = time.time() + min(self.settings.poll_interval_s, RETRY_PUBLISH_S)
            self.state.save_feed(st)
        return self._shared(done, st, [e.url for e in entries if self.state.is_seen(article_id(canonical(e.url)))])

    def _shared(self, result: PollResult, st: Any, seen_urls: list[str]) -> PollResult:
        if self.assignment is not None:
            self.assignment.publish_state(st, seen_urls)
        return result

    def _get(self, url: str, **kwargs: Any) -> Any:
        """Every request goes through robots.txt and the per-host gate."""
        crawl_delay = self.robots.check(url) if self.robots else 0.0
        with self.gate.slot(url, crawl_delay):
            return self.fetcher.get(url, **kwargs)

    def _bounds(self, feed: FeedConfig) -> tuple[float, float]:
        base = self.settings.poll_interval_s
        return feed.min_interval_s or base / 4, feed.max_interval_s or base * 4

    def _done(self, st: Any, feed: FeedConfig, result: PollResult, status: int) -> PollResult:
        st.error_streak = 0
        st.last_status = status
        st.last_error = None
        st.next_poll = time.time() + next_delay(self._interval.get(feed.url, self.settings.poll_interval_s), 0)
        self.state.save_feed(st)
        metrics.FEEDS_POLLED.labels(result.status).inc()
        log.info("feed polled", extra={"feed_url": feed.url, "result": result.status, "entries": result.entries,
                                       "published": len(result.published), "failed": result.failed})
        return result

    def _article(self, entry: feedparse.Entry, feed: FeedConfig) -> str | None | bool:
        """Article id when published, None when failed, False when skipped as seen (after redirects),
        PUBLISH_FAILED when Kafka did not acknowledge it."""
        started = time.monotonic()
        try:
            resp = self._get(entry.url, accept=PAGE_TYPES)
            metrics.ARTICLES.labels("fetched").inc()
            cleaned = clean(resp.body, url=resp.url, content_type=resp.headers.get("content-type"))
            host = urlsplit(resp.url).hostname or ""
            self.templates.observe(host, entry.url, cleaned.text)
            cleaned = replace(cleaned, text=self.templates.strip(host, cleaned.text))
            article = build_article(entry, resp.url, cleaned, feed.source, feed.url, feed.language)
            fingerprint = simhash(article["text"])
            article["duplicate_of"] = self.state.near_duplicate(article["id"], fingerprint)
            if article["duplicate_of"]:
                metrics.ARTICLES.labels("near_duplicate").inc()
            if article["id"] != article_id(canonical(entry.url)) and self.state.is_seen(article["id"]):
                self.state.mark_seen(article_id(canonical(entry.url)), entry.url, "alias")
                metrics.ARTICLES.labels("deduplicated").inc()
                return False
            try:
                self.sink(self.settings.topic("articles.v1"), article)
            except Exception as e:  # broker unreachable or not acknowledging: retry soon, never mark seen
                metrics.ARTICLES.labels("publish_failed").inc()
                log.warning("article publish failed", extra={"url": entry.url, "feed_url": feed.url,
                                                             "error_kind": "publish_failed", "error": repr(e)[:300]})
                return PUBLISH_FAILED
        except FetchError as e:
            metrics.ARTICLES.labels(e.kind).inc()
            log.warning("article fetch failed", extra={"url": entry.url, "feed_url": feed.url, "error_kind": e.kind,
                                                       "error": str(e)})
            if e.kind == "robots_disallowed":  # the site's wish, not a failure: skip it for good, quietly
                self.state.mark_seen(article_id(canonical(entry.url)), entry.url, "skipped:robots")
            elif not _transient(e):
                self._dead(entry, feed, e.kind, str(e), b"")
            return None
        except CleanError as e:
            metrics.ARTICLES.labels(e.kind).inc()
            self._dead(entry, feed, e.kind, str(e), resp.body)
            return None
        finally:
            metrics.PROCESS_SECONDS.labels("connectors").observe(time.monotonic() - started)
        # acknowledged: only now is it seen (under both the entry URL and the canonical URL)
        self.state.mark_seen(article["id"], article["canonical_url"])
        self.state.remember(article["id"], fingerprint)
        self.state.mark_seen(article_id(canonical(entry.url)), entry.url, "alias")
        metrics.ARTICLES.labels("published").inc()
        return article["id"]

    def _dead(self, entry: feedparse.Entry, feed: FeedConfig, kind: str, error: str, payload: bytes) -> None:
        metrics.DEAD_LETTERS.labels("connectors", kind).inc()
        if self.dead is not None:
            self.dead(self.settings.topic("deadletter.v1"),
                      deadletter("connectors", kind, error, payload or orjson.dumps(entry.__dict__),
                                 url=entry.url, feed_url=feed.url))
        self.state.mark_seen(article_id(canonical(entry.url)), entry.url, f"failed:{kind}")

    def mine(self) -> list[FeedConfig]:
        feeds = tuple(f for f in self.settings.feeds if f.enabled)
        return self.assignment.owned(feeds) if self.assignment is not None else list(feeds)

    def due(self, now: float | None = None) -> list[FeedConfig]:
        now = time.time() if now is None else now
        return [f for f in self.mine() if self.state.feed(f.url).next_poll <= now]

    def _safe_poll(self, feed: FeedConfig) -> None:
        """One feed's poll; a bug in its handling is logged and backed off, never allowed to stop the others."""
        if self.assignment is not None and feed not in self.mine():
            return  # revoked since it was scheduled
        try:
            self.poll(feed)
        except Exception as e:
            log.exception("feed poll crashed", extra={"feed_url": feed.url, "error_kind": "internal"})
            metrics.FEEDS_POLLED.labels("internal").inc()
            st = self.state.feed(feed.url)
            st.error_streak += 1
            st.last_error = repr(e)[:500]
            st.next_poll = time.time() + next_delay(self.settings.poll_interval_s, st.error_streak)
            self.state.save_feed(st)

    def run(self, stop: threading.Event, once: bool = False) -> None:
        """Poll due feeds until `stop` is set. Polls run concurrently and each feed is scheduled on its own, so a
        slow or failing feed never delays the others (a feed is never polled twice at once)."""
        inflight: dict[str, Future[None]] = {}
        while not stop.is_set():
            if self.assignment is not None:
                self.assignment.heartbeat(0)
            inflight = {url: f for url, f in inflight.items() if not f.done()}
            for feed in self.due():
                if feed.url not in inflight:
                    inflight[feed.url] = self.feed_pool.submit(self._safe_poll, feed)
            if once:
                wait(list(inflight.values()))
                return
            upcoming = [self.state.feed(f.url).next_poll for f in self.mine() if f.url not in inflight]
            next_due = min(upcoming, default=time.time() + 5) - time.time()
            until = time.monotonic() + min(0.5 if inflight else 5.0, max(0.2, next_due))
            generation = self.assignment.generation if self.assignment is not None else 0
            while not stop.is_set() and time.monotonic() < until:
                if self.assignment is not None:  # wait inside the group protocol, so joins and rebalances go on
                    self.assignment.heartbeat(int(1000 * min(0.5, max(0.0, until - time.monotonic()))))
                    if self.assignment.generation != generation:
                        break  # feeds were assigned or revoked: plan the next polls now
                else:
                    stop.wait(until - time.monotonic())
