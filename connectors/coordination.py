"""Which feeds this connectors replica polls: Kafka's group membership divides the feed list among replicas.

The feed list is published to `feeds.v1` (key = feed URL, one partition per key's murmur2 hash, as Kafka's default
partitioner does). Replicas join one consumer group on that topic; a replica polls the feeds whose partitions it is
assigned. When a replica dies, the group rebalances within the session timeout and another replica takes its
partitions over. After every poll a replica publishes the feed's state (validators, schedule, recent entry ids) to
`feedstate.v1` on the same partition number, and a replica that takes a partition over loads the latest state of
its feeds from there, so it neither re-fetches unchanged feeds nor re-publishes their known entries.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import asdict
from typing import Any

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.consumer.subscription_state import ConsumerRebalanceListener
from kafka.partitioner.default import murmur2

from connectors.state import FeedState, State
from connectors.urls import article_id, canonical
from worker import kafka
from worker.config import FeedConfig, Settings

log = logging.getLogger(__name__)
RECENT_IDS = 300


def partition_of(feed_url: str, partitions: int) -> int:
    return (murmur2(feed_url.encode()) & 0x7FFFFFFF) % partitions


class FeedAssignment(ConsumerRebalanceListener):
    """The feeds this replica owns; `heartbeat()` must be called from the polling loop at least every few seconds."""

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

        The records themselves are not needed (the feed list comes from the config), only the membership."""
        self.consumer.poll(timeout_ms=timeout_ms, max_records=1)

    def owned(self, feeds: tuple[FeedConfig, ...]) -> list[FeedConfig]:
        with self._lock:
            owned = set(self._owned)
        return [f for f in feeds if partition_of(f.url, self.partitions) in owned]

    def on_partitions_revoked(self, revoked: Any) -> None:
        with self._lock:
            self._owned -= {tp.partition for tp in revoked}
            self.generation += 1
        log.info("feeds revoked", extra={"partitions": sorted(tp.partition for tp in revoked)})

    def on_partitions_assigned(self, assigned: Any) -> None:
        parts = {tp.partition for tp in assigned}
        self._load_state(parts)
        with self._lock:
            self._owned |= parts
            self.generation += 1
        log.info("feeds assigned", extra={"partitions": sorted(parts)})

    def publish_state(self, st: FeedState, recent_urls: list[str]) -> None:
        """The feed's state after a poll, for whichever replica owns the feed next (not awaited: best effort)."""
        value = asdict(st) | {"recent_ids": [article_id(canonical(u)) for u in recent_urls[:RECENT_IDS]],
                              "recent_urls": recent_urls[:RECENT_IDS]}
        self.producer.send(self.state_topic, key=st.url.encode(), value=orjson.dumps(value),
                           partition=partition_of(st.url, self.partitions))

    def _load_state(self, parts: set[int]) -> None:
        """Read feedstate.v1 for the new partitions and keep, per feed, the newest state (by last poll)."""
        if not parts:
            return
        reader = KafkaConsumer(**kafka.common_options(self.settings), enable_auto_commit=False, group_id=None)
        tps = [TopicPartition(self.state_topic, p) for p in parts]
        try:
            reader.assign(tps)
            reader.seek_to_beginning()
            end = reader.end_offsets(tps)
            latest: dict[str, dict[str, Any]] = {}
            recent: dict[str, dict[str, str]] = {}
            while any(reader.position(tp) < end[tp] for tp in tps):
                for batch in reader.poll(timeout_ms=1000).values():
                    for rec in batch:
                        v = orjson.loads(rec.value)
                        recent.setdefault(v["url"], {}).update(zip(v.get("recent_ids", []), v.get("recent_urls", [])))
                        if v.get("last_poll") and v["last_poll"] >= latest.get(v["url"], {}).get("last_poll", 0):
                            latest[v["url"]] = v
        finally:
            reader.close()
        for url, v in latest.items():
            local = self.state.feed(url)
            if (local.last_poll or 0) < v["last_poll"]:
                fields = {k: v.get(k) for k in FeedState.__dataclass_fields__}
                self.state.save_feed(FeedState(**fields))
            for aid, u in recent.get(url, {}).items():
                if not self.state.is_seen(aid):
                    self.state.mark_seen(aid, u, "seen:handover")
        log.info("feed state loaded", extra={"partitions": sorted(parts), "feeds": len(latest)})

    def close(self) -> None:
        self.consumer.close(autocommit=False)
