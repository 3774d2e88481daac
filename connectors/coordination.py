"""Which feeds this connectors replica polls: Kafka's group membership divides the feed list among replicas.

The feed list is published to `feeds.v1` (key = feed URL, one partition per key's murmur2 hash, as Kafka's default
partitioner does). Replicas join one consumer group on that topic; a replica polls the feeds whose partitions it is
assigned. When a replica dies, the group rebalances within the session timeout and another replica takes its
partitions over. After every poll a replica publishes the feed's state (validators, schedule, recent entry ids) to
`feedstate.v1` on the same partition number, and a replica that takes a partition over loads the latest state of
its feeds from there, so it neither re-fetches unchanged feeds nor re-publishes their known entries.

Nothing read from feedstate.v1 can stop the replica: tombstones, non-JSON and records that do not match
feedstate.v1 are skipped (logged and counted), and the handover writes all its ids in one SQLite transaction, so
even 5,000 feeds load in seconds inside the rebalance callback. The partition count is re-read on every rebalance,
so adding partitions to feeds.v1 moves feeds to the right owner.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import asdict
from typing import Any, Callable

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.consumer.subscription_state import ConsumerRebalanceListener
from kafka.partitioner.default import murmur2

from connectors.service import RECENT_IDS, entry_key
from connectors.state import FeedState, State
from worker import kafka, metrics
from worker.config import FeedConfig, Settings

log = logging.getLogger(__name__)
LOAD_STATE_S = 60.0  # longest a handover reads feedstate.v1 (5,000 feeds take about a second)


def _state_not_sent(feed_url: str, error: BaseException | None = None) -> None:
    metrics.LOOP_ERRORS.labels("connectors_feedstate").inc()
    log.warning("feed state not published", exc_info=error is None, extra={"feed_url": feed_url,
                                                                           "error": repr(error)[:300]})


_TYPES: dict[str, tuple[type, ...]] = {
    "etag": (str, type(None)), "last_modified": (str, type(None)), "last_poll": (int, float, type(None)),
    "last_status": (int, type(None)), "error_streak": (int,), "next_poll": (int, float), "items_seen": (int,),
    "published": (int,), "last_error": (str, type(None)), "recent_ids": (list,), "recent_urls": (list,)}


def partition_of(feed_url: str, partitions: int) -> int:
    return (murmur2(feed_url.encode()) & 0x7FFFFFFF) % partitions


def state_record(value: bytes | None) -> tuple[dict[str, Any] | None, str]:
    """A feedstate.v1 value as a dict, or (None, why it is skipped): "tombstone", "not_json" or "invalid".

    Checked by hand rather than with jsonschema: the handover reads thousands of these inside a rebalance."""
    if value is None:
        return None, "tombstone"
    try:
        v = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None, "not_json"
    if not isinstance(v, dict) or not isinstance(v.get("url"), str):
        return None, "invalid"
    for name, types in _TYPES.items():
        if name in v and (not isinstance(v[name], types) or isinstance(v[name], bool)):
            return None, "invalid"
    ids, urls = v.get("recent_ids", []), v.get("recent_urls", [])
    if not all(isinstance(x, str) for x in ids) or not all(isinstance(x, str) for x in urls):
        return None, "invalid"
    return v, ""


class FeedAssignment(ConsumerRebalanceListener):
    """The feeds this replica owns; `heartbeat()` must be called from the polling loop at least every few seconds."""

    on_revoke: Callable[[], Any] | None = None  # set by Connectors: waits for in-flight polls of revoked feeds

    def __init__(self, settings: Settings, state: State, producer: KafkaProducer) -> None:
        self.settings = settings
        self.state = state
        self.producer = producer
        self.topic = settings.topic("feeds.v1")
        self.state_topic = settings.topic("feedstate.v1")
        self.partitions = settings.topic_partitions
        self._owned: set[int] = set()
        self.generation = 0  # bumped on every assignment change, so a waiting loop can re-plan at once
        self._lock = threading.Lock()
        self.consumer = KafkaConsumer(**kafka.common_options(settings), group_id=f"{settings.group_id}-connectors",
                                      enable_auto_commit=False, auto_offset_reset="latest",
                                      session_timeout_ms=settings.session_timeout_ms,
                                      heartbeat_interval_ms=max(1000, settings.session_timeout_ms // 6),
                                      max_poll_interval_ms=300000)
        self.partitions = len(self.consumer.partitions_for_topic(self.topic) or ()) or settings.topic_partitions
        self.consumer.subscribe([self.topic], listener=self)

    def publish_feed_list(self) -> None:
        """Every replica publishes the configured list (keyed, so readers keep the latest per feed)."""
        for f in self.settings.feeds:
            self.producer.send(self.topic, key=f.url.encode(), value=orjson.dumps(asdict(f)),
                               partition=partition_of(f.url, self.partitions))
        self.producer.flush(30)

    def heartbeat(self, timeout_ms: int = 100) -> None:
        """Lets the group coordinator see this replica alive and runs rebalance callbacks (in this thread).

        The records themselves are not needed (the feed list comes from the config), only the membership. An
        exception here (a callback's, the broker's) is logged and counted, never allowed to kill the polling loop;
        the wait still takes its time, so a persistent error does not spin."""
        started = time.monotonic()
        try:
            self.consumer.poll(timeout_ms=timeout_ms, max_records=1)
        except Exception:
            metrics.LOOP_ERRORS.labels("connectors_heartbeat").inc()
            log.exception("group heartbeat failed", extra={"error_kind": "heartbeat"})
            time.sleep(max(0.0, min(timeout_ms / 1000, 1.0) - (time.monotonic() - started)) or 0.05)

    def owned(self, feeds: tuple[FeedConfig, ...]) -> list[FeedConfig]:
        with self._lock:
            owned = set(self._owned)
        return [f for f in feeds if partition_of(f.url, self.partitions) in owned]

    def on_partitions_revoked(self, revoked: Any) -> None:
        """Drops the partitions, then waits (bounded) until no poll of their feeds is still running, so the next
        owner, which is assigned only after this replica rejoins, never polls a feed at the same time."""
        with self._lock:
            self._owned -= {tp.partition for tp in revoked}
            self.generation += 1
        log.info("feeds revoked", extra={"partitions": sorted(tp.partition for tp in revoked)})
        if self.on_revoke is not None:
            try:
                self.on_revoke()
            except Exception:
                metrics.LOOP_ERRORS.labels("connectors_revoke").inc()
                log.exception("waiting for revoked polls failed", extra={"error_kind": "revoke"})

    def on_partitions_assigned(self, assigned: Any) -> None:
        """Re-reads the partition count (feeds.v1 may have grown), loads the new partitions' feed state, then owns
        them. A failed load is logged: the feeds are polled anyway (at worst known entries are re-published, same
        ids)."""
        parts = {tp.partition for tp in assigned}
        partitions = self._partition_count()
        try:
            self._load_state(parts, partitions)
        except Exception:
            metrics.LOOP_ERRORS.labels("connectors_handover").inc()
            log.exception("feed state handover failed", extra={"partitions": sorted(parts), "error_kind": "handover"})
        with self._lock:
            self.partitions = partitions
            self._owned |= parts
            self.generation += 1
        log.info("feeds assigned", extra={"partitions": sorted(parts), "partition_count": partitions})

    def _partition_count(self) -> int:
        try:
            return len(self.consumer.partitions_for_topic(self.topic) or ()) or self.partitions
        except Exception:
            log.exception("partition count unavailable", extra={"topic": self.topic})
            return self.partitions

    def publish_state(self, st: FeedState, recent_urls: list[str], recent_ids: list[str] | None = None) -> None:
        """The feed's state after a poll, for whichever replica owns the feed next (not awaited: best effort).
        `recent_ids` (a poll answered 304) are the ids of the entries listed at the last full poll.

        A send that fails (broker unreachable, buffer full), at once or later in the producer's I/O thread, is
        logged and counted: it must not turn a good poll into a feed error."""
        recent = recent_urls[:RECENT_IDS]
        ids = recent_ids[:RECENT_IDS] if recent_ids is not None else [entry_key(u) for u in recent]
        value = asdict(st) | {"recent_ids": ids, "recent_urls": recent}
        try:
            future = self.producer.send(self.state_topic, key=st.url.encode(), value=orjson.dumps(value),
                                        partition=partition_of(st.url, self.partitions))
        except Exception:
            _state_not_sent(st.url)
            return
        if hasattr(future, "add_errback"):
            future.add_errback(lambda e: _state_not_sent(st.url, e))

    def _load_state(self, parts: set[int], partitions: int | None = None) -> None:
        """Read feedstate.v1 for the new partitions and keep, per feed, the newest state (by last poll) and its
        recent ids (the entries it still lists that were published; the next poll treats them as seen).

        Unreadable records are skipped; a tombstone forgets its key's state. Two transactions, one row per feed:
        5,000 feeds take well under a second, so the rebalance callback stays short."""
        if not parts:
            return
        reader = KafkaConsumer(**kafka.common_options(self.settings), enable_auto_commit=False, group_id=None)
        tps = [TopicPartition(self.state_topic, p) for p in parts]
        latest: dict[str, dict[str, Any]] = {}
        skipped: dict[str, int] = {}
        deadline = time.monotonic() + LOAD_STATE_S  # a broker gone mid-read must not hold the rebalance forever
        try:
            reader.assign(tps)
            reader.seek_to_beginning()
            end = reader.end_offsets(tps)
            # Past ListOffsets' end, read on until a poll brings nothing: the embedded broker answers it with the last
            # batch's first offset + 1, so records of that batch that a poll leaves for the next would be missed.
            drained = False
            while not drained:
                if time.monotonic() > deadline:
                    metrics.LOOP_ERRORS.labels("connectors_handover").inc()
                    log.warning("feed state load cut short", extra={"partitions": sorted(parts),
                                                                    "error_kind": "handover_timeout"})
                    break
                at_end = all(reader.position(tp) >= end[tp] for tp in tps)
                got = reader.poll(timeout_ms=200 if at_end else 1000)
                drained = at_end and not got
                for batch in got.values():
                    for rec in batch:
                        v, why = state_record(rec.value)
                        if v is None:
                            skipped[why] = skipped.get(why, 0) + 1
                            key = getattr(rec, "key", None)
                            if why == "tombstone" and key:  # compaction's delete: forget that feed's state
                                latest.pop(key.decode("utf-8", "replace"), None)
                            continue
                        if v.get("last_poll") and v["last_poll"] >= latest.get(v["url"], {}).get("last_poll", 0):
                            latest[v["url"]] = v
        finally:
            reader.close()
        for why, n in skipped.items():
            metrics.FEEDSTATE_SKIPPED.labels(why).inc(n)
            log.warning("feedstate records skipped", extra={"reason": why, "count": n, "topic": self.state_topic})
        newer = []
        for url, v in latest.items():
            if (self.state.feed(url).last_poll or 0) < v["last_poll"]:
                newer.append(FeedState(**{k: v.get(k, f.default) for k, f in FeedState.__dataclass_fields__.items()}))
        self.state.save_feeds(newer)
        self.state.save_handover({url: v.get("recent_ids", [])[:RECENT_IDS] for url, v in latest.items()})
        log.info("feed state loaded", extra={"partitions": sorted(parts), "feeds": len(latest)})

    def close(self) -> None:
        self.consumer.close(autocommit=False)
