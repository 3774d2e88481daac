"""The connectors loop: poll feeds -> fetch pages -> clean -> publish articles.v1. Decides retry, skip or dead letter.

An article is marked seen only after Kafka acknowledged its record, so a crash re-publishes (same id) rather than
loses. Transient failures (timeouts, 5xx, 429, an unacknowledged publish) are retried on the next poll, and the
feed's validators (ETag, Last-Modified) are only stored once every entry of the response was handled for good,
so that retry is never answered 304. Permanent failures go to deadletter.v1, keyed by the entry's article id. An
entry that failed transiently is retried from the `retries` table even once its feed stops listing it, until its
retry window ends (dead letter). A record the broker can never take (too large, not serialisable) is a dead letter.
Whatever goes wrong with ONE entry (any exception) is that entry's outcome, never its feed's error streak.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
import traceback
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit

import orjson

from connectors import feeds as feedparse
from connectors.clean import CleanError, clean
from connectors.fair_pool import FairPool
from connectors.fetch import FetchError, Fetcher, HttpStatus
from connectors.politeness import HostBusy, HostGate, Later, Robots
from connectors.publish import build_article
from connectors.schedule import DueQueue, adaptive_interval, next_delay
from connectors.simhash import simhash
from connectors.state import Seen, State
from connectors.templates import HostTemplates
from connectors.urls import article_id, canonical
from worker import health, metrics
from worker.config import FeedConfig, Settings
from worker.deadletter import record as deadletter
from worker.delivery import PERMANENT

log = logging.getLogger(__name__)

Sink = Callable[[str, dict[str, Any]], None]
"""Publishes one article and returns after it is acknowledged (raises if it was not)."""

TRANSIENT = {"timeout", "connect_failed", "robots_unreachable"}
RETRY_PUBLISH_S = 5.0
RECENT_IDS = 300  # ids of listed, seen entries a feed's state carries (feedstate.v1, and kept for a 304)
HOST_WAIT_S = 1.0  # longest a fetch thread waits for a host's slot; past it the entry is deferred (see _defer)
MIN_RETRIES = 3  # transient failures of one entry before it may be given up (with entry_retry_hours)
PAGE_TYPES = ("html", "xml", "text/plain")


def _transient(e: FetchError) -> bool:
    return e.kind in TRANSIENT or (isinstance(e, HttpStatus) and (e.status >= 500 or e.status == 429))


def unpublishable(e: BaseException) -> bool:
    """A publish error that the same record can never get past (too large for the broker, not serialisable):
    retrying it would re-fetch the page every few seconds forever, so it is dead-lettered instead."""
    return isinstance(e, PERMANENT + (TypeError, UnicodeError)) or type(e).__name__ == "JSONEncodeError"


def _host_key(url: str) -> str:
    """The fetch pool's fairness key: the page's host (any spelling; only for taking turns)."""
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:
        return ""


# what became of one entry in one poll
PUBLISHED, SKIPPED, DEAD, RETRY, ABANDONED = "published", "skipped", "dead", "retry", "abandoned"


@dataclass(frozen=True)
class Outcome:
    kind: str
    article_id: str | None = None
    publish_failed: bool = False  # RETRY because Kafka did not acknowledge (retried within seconds)


@dataclass(frozen=True)
class Planned:
    """An entry to fetch in this poll: `key` is its article id, `refetches` > 0 for an update of a published one."""
    entry: feedparse.Entry
    key: str
    refetches: int = 0


@dataclass
class PollResult:
    feed_url: str
    status: str
    entries: int = 0
    published: list[str] = field(default_factory=list)
    failed: int = 0


def entry_key(url: str) -> str:
    """The article id of an entry URL; a URL canonical() cannot read (a port "80:80") is keyed by its raw text."""
    try:
        return article_id(canonical(url))
    except Exception:
        return article_id(url)


def _stamp(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def is_update(entry: feedparse.Entry, known: Seen, max_updates: int) -> bool:
    """The feed marks a published entry updated after the version we published (bounded re-fetches)."""
    if not known.status.startswith(("published", "alias")) or known.refetches >= max_updates:
        return False
    new, old = _stamp(getattr(entry, "updated", None)), _stamp(known.version)
    return new is not None and old is not None and new > old


def plan(entries: list[feedparse.Entry], known: dict[str, Seen], max_updates: int) -> list[Planned]:
    """The entries to fetch: unseen ones and updates, each article once (tracking variants share one key)."""
    out: list[Planned] = []
    taken: set[str] = set()
    for e in entries:
        key = entry_key(e.url)
        if key in taken:
            continue
        taken.add(key)
        seen = known.get(key)
        if seen is None:
            out.append(Planned(e, key))
        elif is_update(e, seen, max_updates):
            out.append(Planned(e, key, seen.refetches + 1))
    return out


def _entry_json(entry: feedparse.Entry) -> str:
    """The entry as JSON (for a retry row, a dead letter's payload); lone surrogates cannot break it."""
    return orjson.dumps({k: feedparse.no_surrogates(v) if isinstance(v, str) else v
                         for k, v in entry.__dict__.items()}).decode()


def _summary(e: BaseException) -> str:
    """The exception and the last frames of its traceback, for a dead letter's `error`."""
    frames = traceback.format_tb(e.__traceback__)[-3:]
    return ("".join(traceback.format_exception_only(type(e), e)).strip() + "\n" + "".join(frames))[:2000]


class Connectors:
    """One orchestrator; `sink` sends an article (Kafka in production, stdout for `crawl`)."""

    def __init__(self, settings: Settings, state: State, sink: Sink, dead: Sink | None = None,
                 assignment: Any | None = None) -> None:
        self.settings = settings
        self.assignment = assignment  # FeedAssignment when replicas share the feed list through Kafka
        self.state = state
        state.seen_ttl_s = settings.seen_ttl_days * 86400
        state.seen_max_rows = settings.seen_max_rows
        self.sink = sink
        self.dead = dead
        self.fetcher = Fetcher(settings)
        self.robots = Robots(self.fetcher, settings.user_agent) if settings.respect_robots else None
        self.gate = HostGate(settings.host_concurrency, settings.min_host_delay_s)
        self.later = Later()  # entries deferred until their host is free
        self._deferred: set[str] = set()
        self._deferred_running = 0
        self._deferred_lock = threading.Lock()
        self._interval: dict[str, float] = {}  # feed url -> adaptive interval from its publishing rate
        self.templates = HostTemplates(settings.state_path)
        # page fetches take turns by host, so one feed's backlog on a slow host never queues other hosts' pages
        self.pool = FairPool(settings.fetch_concurrency, name="fetch")
        # feeds are polled concurrently, so a slow or hanging feed never holds up the others; few at once, because
        # parsing and cleaning share one core (more threads raised the bench's latency without adding throughput)
        self.feed_pool = ThreadPoolExecutor(settings.feed_concurrency, thread_name_prefix="feed")
        self._inflight: dict[str, Future[None]] = {}
        self._backoff: dict[str, tuple[int, float]] = {}  # feed url -> (crashes in a row, next poll) in memory
        self._mine: tuple[Any, dict[str, FeedConfig]] | None = None  # (assignment generation, owned feeds)
        self._mine_lock = threading.Lock()
        if assignment is not None:
            assignment.on_revoke = self.drain  # a revoked feed's poll ends before its new owner can start

    def close(self) -> None:
        self.later.close()
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
                self._run_entries(self._orphans(feed, set()), feed)
                # the entries listed at the last full poll are still the feed's: hand their ids on as they were
                recent = self.state.recent_ids(feed.url) or sorted(self.state.handover_ids(feed.url))
                return self._shared(self._done(st, feed, PollResult(feed.url, "not_modified"), 304), st, [],
                                    recent)
            # relative links are relative to where the feed was finally read (after redirects)
            entries = feedparse.parse(resp.body, resp.url, resp.headers.get("content-type"))
        except HostBusy as e:  # the host's Crawl-delay or cap: not an error, the poll comes back when it is free
            st.next_poll = time.time() + e.retry_after
            self.state.save_feed(st)
            return PollResult(feed.url, e.kind)
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
        self._interval[feed.url] = adaptive_interval([e.published for e in entries], self.settings.poll_interval_s,
                                                     *self._bounds(feed))
        keys = [entry_key(e.url) for e in entries]
        todo = plan(entries, self._known(feed, entries, keys), self.settings.max_article_updates)
        capped = len(todo) > self.settings.max_entries_per_poll  # the rest in a few seconds (validators kept)
        todo = todo[:self.settings.max_entries_per_poll]
        outcomes = self._run_entries(todo + self._orphans(feed, set(keys)), feed)[:len(todo)]
        if any(o.kind == ABANDONED for o in outcomes) or not self.owns(feed):
            log.info("feed revoked during its poll", extra={"feed_url": feed.url})
            return PollResult(feed.url, "revoked", entries=len(entries))
        result = PollResult(feed.url, "ok", entries=len(entries),
                            published=[o.article_id for o in outcomes if o.kind == PUBLISHED and o.article_id],
                            failed=sum(o.kind in (RETRY, DEAD) for o in outcomes))
        if not capped and not any(o.kind == RETRY for o in outcomes):  # all handled for good: response done with
            st.etag = resp.headers.get("etag")
            st.last_modified = resp.headers.get("last-modified")
        else:  # keep the old validators, so the retry gets the entries again instead of a 304
            log.info("feed validators kept for a retry", extra={"feed_url": feed.url, "failed": result.failed})
        st.items_seen += len(entries)
        st.published += len(result.published)
        done = self._done(st, feed, result, resp.status)
        if capped or any(o.publish_failed for o in outcomes):  # the rest soon, not after a full interval
            st.next_poll = time.time() + min(self.settings.poll_interval_s, RETRY_PUBLISH_S)
            self.state.save_feed(st)
        known = self.state.seen(keys)
        recent = [(e.url, k) for e, k in zip(entries, keys) if k in known]
        self.state.save_recent(feed.url, [k for _, k in recent][:RECENT_IDS])
        return self._shared(done, st, [u for u, _ in recent])

    def _run_entries(self, todo: list[Planned], feed: FeedConfig) -> list[Outcome]:
        """The entries' outcomes, fetched in the page pool (taking turns with other hosts' pages)."""
        futures = [self.pool.submit(_host_key(p.entry.url), self._entry, p, feed) for p in todo]
        return [f.result() for f in futures]

    def _orphans(self, feed: FeedConfig, listed: set[str]) -> list[Planned]:
        """Entries of the feed that failed transiently and are no longer listed: retried from the `retries` table
        at each poll of their feed until they succeed or their retry window ends (dead letter), never dropped."""
        out = []
        for key, raw in self.state.pending_retries(feed.url):
            if key in listed:
                continue
            try:
                entry = feedparse.Entry(**orjson.loads(raw))
            except (orjson.JSONDecodeError, TypeError):
                continue
            out.append(Planned(entry, key))
        return out

    def _known(self, feed: FeedConfig, entries: list[feedparse.Entry], keys: list[str]) -> dict[str, Seen]:
        """What the state knows of the entries, the previous owner's recent ids included (settled on first use)."""
        known = self.state.seen(keys)
        inherited = self.state.handover_ids(feed.url)
        if inherited:
            carried = [(k, e.url) for e, k in zip(entries, keys) if k in inherited and k not in known]
            self.state.settle_handover(feed.url, carried)
            known |= {k: Seen("seen:handover", None, 0) for k, _ in carried}
        return known

    def _shared(self, result: PollResult, st: Any, seen_urls: list[str],
                recent_ids: list[str] | None = None) -> PollResult:
        if self.assignment is not None:
            if recent_ids is None:
                self.assignment.publish_state(st, seen_urls)
            else:
                self.assignment.publish_state(st, seen_urls, recent_ids=recent_ids)
        return result

    def _get(self, url: str, **kwargs: Any) -> Any:
        """Every request, each redirect hop included, goes through robots.txt and the per-host gate."""
        return self.fetcher.get(url, hop=self._hop, **kwargs)

    @contextmanager
    def _hop(self, url: str) -> Iterator[None]:
        crawl_delay = self.robots.check(url) if self.robots else 0.0
        with self.gate.slot(url, crawl_delay, max_wait_s=HOST_WAIT_S):
            yield

    def _defer(self, todo: Planned, feed: FeedConfig, wait_s: float) -> Outcome:
        """The entry's host is not free for `wait_s` (Crawl-delay, spacing, cap): it goes back to the page pool
        then, instead of a page thread sleeping through it while other feeds' pages wait. For this poll it is a
        retry (validators kept) that costs no attempt."""
        with self._deferred_lock:
            self._deferred.add(todo.key)
        self.later.at(time.monotonic() + wait_s,
                      lambda: self.pool.submit(_host_key(todo.entry.url), self._run_deferred, todo, feed))
        return Outcome(RETRY)

    def _run_deferred(self, todo: Planned, feed: FeedConfig) -> None:
        with self._deferred_lock:
            self._deferred.discard(todo.key)
            self._deferred_running += 1
        try:
            self._entry(todo, feed)
        finally:
            with self._deferred_lock:
                self._deferred_running -= 1

    def settle(self, timeout_s: float | None = None) -> bool:
        """Waits until no deferred entry is left (`crawl --once`); False if some still are after `timeout_s`."""
        end = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            with self._deferred_lock:
                if not self._deferred and not self._deferred_running:
                    return True
            if end is not None and time.monotonic() >= end:
                return False
            time.sleep(0.05)

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

    def _entry(self, todo: Planned, feed: FeedConfig) -> Outcome:
        """One entry's outcome; any exception in its handling is a dead letter of its own, never the feed's error."""
        started = time.monotonic()
        try:
            if not self.owns(feed):
                return Outcome(ABANDONED)
            with self._deferred_lock:
                if todo.key in self._deferred:  # already waiting for its host (from an earlier poll)
                    return Outcome(RETRY)
            return self._article(todo, feed)
        except sqlite3.OperationalError as e:  # the state file locked or full: the entry is retried, not lost
            metrics.ARTICLES.labels("internal_error").inc()
            log.warning("state store unavailable, entry retried", extra={"url": todo.entry.url, "feed_url": feed.url,
                                                                         "error_kind": "state_error",
                                                                         "error": str(e)[:300]})
            return Outcome(RETRY)
        except Exception as e:  # a bug or a library's unexpected error, on this entry only
            metrics.ARTICLES.labels("internal_error").inc()
            log.exception("article handling crashed", extra={"url": todo.entry.url, "feed_url": feed.url,
                                                             "error_kind": "internal_error"})
            return self._dead(todo, feed, "internal_error", _summary(e), b"")
        finally:
            metrics.PROCESS_SECONDS.labels("connectors").observe(time.monotonic() - started)

    def _article(self, todo: Planned, feed: FeedConfig) -> Outcome:
        entry = todo.entry
        try:
            resp = self._get(entry.url, accept=PAGE_TYPES)
        except HostBusy as e:
            metrics.ARTICLES.labels(e.kind).inc()
            return self._defer(todo, feed, e.retry_after)
        except FetchError as e:
            metrics.ARTICLES.labels(e.kind).inc()
            log.warning("article fetch failed", extra={"url": entry.url, "feed_url": feed.url, "error_kind": e.kind,
                                                       "error": str(e)})
            if e.kind == "robots_disallowed":  # the site's wish, not a failure: skip it for good, quietly
                self.state.mark_seen(todo.key, entry.url, "skipped:robots")
                return Outcome(SKIPPED)
            if not _transient(e):
                return self._dead(todo, feed, e.kind, str(e), b"")
            return self._retry_or_give_up(todo, feed, e)
        metrics.ARTICLES.labels("fetched").inc()
        try:
            cleaned = clean(resp.body, url=resp.url, content_type=resp.headers.get("content-type"))
        except CleanError as e:
            metrics.ARTICLES.labels(e.kind).inc()
            return self._dead(todo, feed, e.kind, str(e), resp.body)
        host = urlsplit(resp.url).hostname or ""
        self.templates.observe(host, entry.url, cleaned.text)
        cleaned = replace(cleaned, text=self.templates.strip(host, cleaned.text))
        article = build_article(entry, resp.url, cleaned, feed.source, feed.url, feed.language)
        fingerprint = simhash(article["text"])
        article["duplicate_of"] = self.state.near_duplicate(article["id"], fingerprint)
        if article["duplicate_of"]:
            metrics.ARTICLES.labels("near_duplicate").inc()
        version = getattr(entry, "updated", None)
        if not todo.refetches and article["id"] != todo.key and self.state.is_seen(article["id"]):
            self.state.mark_seen(todo.key, entry.url, "alias", version)
            metrics.ARTICLES.labels("deduplicated").inc()
            return Outcome(SKIPPED)
        if not self.owns(feed):  # revoked while fetching: the new owner publishes it
            return Outcome(ABANDONED)
        try:
            self.sink(self.settings.topic("articles.v1"), article)
        except Exception as e:
            if unpublishable(e):  # the same record fails the same way every time: dead letter, not a retry
                metrics.ARTICLES.labels("unpublishable").inc()
                return self._dead(todo, feed, "unpublishable", _summary(e), b"")
            # broker unreachable or not acknowledging: retry soon, never mark seen
            metrics.ARTICLES.labels("publish_failed").inc()
            log.warning("article publish failed", extra={"url": entry.url, "feed_url": feed.url,
                                                         "error_kind": "publish_failed", "error": repr(e)[:300]})
            return Outcome(RETRY, publish_failed=True)
        # acknowledged: only now is it seen (under both the entry URL and the canonical URL). Nothing after this
        # may turn it into a dead letter: if the state cannot be written, it is re-published later (same id)
        metrics.ARTICLES.labels("updated" if todo.refetches else "published").inc()
        try:
            self.state.mark_seen(article["id"], article["canonical_url"], "published", version, todo.refetches)
            self.state.remember(article["id"], fingerprint)
            self.state.mark_seen(todo.key, entry.url, "alias", version, todo.refetches)
        except sqlite3.Error as e:
            log.error("published article not recorded as seen", extra={"url": entry.url, "feed_url": feed.url,
                                                                        "error_kind": "state_error",
                                                                        "error": str(e)[:300]})
        return Outcome(PUBLISHED, article["id"])

    def _retry_or_give_up(self, todo: Planned, feed: FeedConfig, e: FetchError) -> Outcome:
        """A transient failure is retried on the next polls, but not forever: an entry still failing after
        `entry_retry_hours` (and MIN_RETRIES attempts) is dead-lettered, so its feed can settle on 304s again."""
        attempts, first = self.state.note_retry(todo.key, feed.url, _entry_json(todo.entry))
        if attempts >= MIN_RETRIES and time.time() - first >= 3600 * self.settings.entry_retry_hours:
            return self._dead(todo, feed, "retries_exhausted",
                              f"{attempts} attempts over {(time.time() - first) / 3600:.1f} h, last: {e}", b"")
        return Outcome(RETRY)

    def _dead(self, todo: Planned, feed: FeedConfig, kind: str, error: str, payload: bytes) -> Outcome:
        """Dead-letters the entry (keyed by its article id) and marks it seen; RETRY if Kafka did not take it."""
        entry = todo.entry
        if self.dead is not None:
            try:
                self.dead(self.settings.topic("deadletter.v1"),
                          deadletter("connectors", kind, error, payload or _entry_json(entry).encode(),
                                     url=entry.url, feed_url=feed.url, key=todo.key))
            except Exception as e:
                metrics.ARTICLES.labels("publish_failed").inc()
                log.warning("dead letter publish failed", extra={"url": entry.url, "feed_url": feed.url,
                                                                 "error_kind": kind, "error": repr(e)[:300]})
                return Outcome(RETRY, publish_failed=True)
        metrics.DEAD_LETTERS.labels("connectors", kind).inc()
        self.state.mark_seen(todo.key, entry.url, f"failed:{kind}")
        return Outcome(DEAD)

    def _owned(self) -> dict[str, FeedConfig]:
        """The enabled feeds this replica owns, computed once per assignment generation (hashing 10,000 feed URLs
        per poll cost ~80 ms of CPU)."""
        if self.assignment is None:
            generation: Any = None
        else:
            generation = (self.assignment.generation, self.assignment.partitions)  # read before owned()
        with self._mine_lock:
            if self._mine is None or self._mine[0] != generation:
                feeds = tuple(f for f in self.settings.feeds if f.enabled)
                owned = self.assignment.owned(feeds) if self.assignment is not None else list(feeds)
                self._mine = (generation, {f.url: f for f in owned})
            return self._mine[1]

    def mine(self) -> list[FeedConfig]:
        return list(self._owned().values())

    def owns(self, feed: FeedConfig) -> bool:
        return self.assignment is None or self._owned().get(feed.url) == feed

    def due(self, now: float | None = None) -> list[FeedConfig]:
        now = time.time() if now is None else now
        return [f for f in self.mine() if self.state.feed(f.url).next_poll <= now]

    def drain(self, timeout_s: float | None = None) -> int:
        """Waits (bounded) for in-flight polls of feeds this replica no longer owns; called on revocation, so a
        revoked feed is not still being polled when its new owner starts. They stop at their next ownership check
        (before each entry and before each publish), so the wait is at most about one HTTP request."""
        timeout_s = 3 * self.settings.fetch_timeout_s + 5 if timeout_s is None else timeout_s
        owned = self._owned()
        stale = [f for url, f in list(self._inflight.items()) if url not in owned and not f.done()]
        if stale:
            _, pending = wait(stale, timeout=timeout_s)
            if pending:
                log.warning("revoked feeds still polling", extra={"feeds": len(pending)})
        return len(stale)

    def _safe_poll(self, feed: FeedConfig) -> None:
        """One feed's poll; a bug in its handling is logged and backed off, never allowed to stop the others."""
        if not self.owns(feed):
            return  # revoked since it was scheduled
        try:
            self.poll(feed)
            self._backoff.pop(feed.url, None)
        except Exception as e:
            log.exception("feed poll crashed", extra={"feed_url": feed.url, "error_kind": "internal"})
            metrics.FEEDS_POLLED.labels("internal").inc()
            # the back-off lives in memory first: when the state file is what failed, it cannot hold it
            crashes = self._backoff.get(feed.url, (0, 0.0))[0] + 1
            at = time.time() + next_delay(self.settings.poll_interval_s, crashes)
            self._backoff[feed.url] = (crashes, at)
            try:
                st = self.state.feed(feed.url)
                st.error_streak = max(st.error_streak + 1, crashes)
                st.last_error = repr(e)[:500]
                st.next_poll = at
                self.state.save_feed(st)
            except Exception:
                log.exception("feed back-off not stored", extra={"feed_url": feed.url, "error_kind": "state_error"})

    def next_poll_at(self, url: str) -> float:
        """When the feed is due: its stored next poll, or later while an in-memory back-off holds it."""
        backoff = self._backoff.get(url, (0, 0.0))[1]
        try:
            return max(self.state.feed(url).next_poll, backoff)
        except sqlite3.Error:
            return backoff or time.time() + self.settings.poll_interval_s

    def _heartbeat(self, timeout_ms: int) -> None:
        if self.assignment is not None:
            self.assignment.heartbeat(timeout_ms)

    def run(self, stop: threading.Event, once: bool = False) -> None:
        """Poll due feeds until `stop` is set. Polls run concurrently and each feed is scheduled on its own, so a
        slow or failing feed never delays the others (a feed is never polled twice at once). Next-poll times live in
        a heap rebuilt only when the assignment changes, so a cycle costs O(log feeds) per poll."""
        queue = DueQueue()
        planned_for: Any = object()
        inflight = self._inflight
        while not stop.is_set():
            health.heartbeat("connectors")  # /healthz watches this loop: a poll stuck in a call stops the beats
            self._heartbeat(0)
            owned = self._owned()
            if planned_for is not owned:  # assigned or revoked: re-plan from the stored next-poll times
                planned_for = owned
                queue.reset({url: self.next_poll_at(url) for url in owned if url not in inflight})
            for url, fut in list(inflight.items()):
                if fut.done():
                    del inflight[url]
                    if url in owned:
                        queue.push(url, self.next_poll_at(url))
            for url in queue.pop_due(time.time()):
                if url in owned and url not in inflight:
                    inflight[url] = self.feed_pool.submit(self._safe_poll, owned[url])
            if once:
                wait(list(inflight.values()))
                self.settle()  # and the entries deferred until their host was free
                return
            next_at = queue.next_at()
            next_due = (time.time() + 5 if next_at is None else next_at) - time.time()
            until = time.monotonic() + min(0.5 if inflight else 5.0, max(0.2, next_due))
            generation = self.assignment.generation if self.assignment is not None else 0
            while not stop.is_set() and time.monotonic() < until:
                if self.assignment is not None:  # wait inside the group protocol, so joins and rebalances go on
                    self.assignment.heartbeat(int(1000 * min(0.5, max(0.0, until - time.monotonic()))))
                    if self.assignment.generation != generation:
                        break  # feeds were assigned or revoked: plan the next polls now
                else:
                    stop.wait(until - time.monotonic())
