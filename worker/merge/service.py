"""The merger: consume incidents.v1 -> merge core -> produce events.v1 (keyed by event id), commit after the acks.

It also consumes extractions.v1: an article's newest manifest retracts the incidents it no longer lists.

State lives in Kafka only. On start the merger reads events.v1 from the beginning to its end, keeps the latest
record per key (the embedded broker does not compact, so it never relies on compaction) and rebuilds the open
events from them (`core.from_records`). Incident offsets are committed only after every event record of the batch
is acknowledged, so a crash replays incidents the state may already hold: replaying one changes nothing, which makes
the output of a run killed mid-stream the same as a clean run's. If the broker does not acknowledge, the state is
rebuilt from events.v1 and the batch is read again.

One merger owns the whole stream: incidents.v1 is keyed by incident id, so two reports of one event can sit on
different partitions, and matching needs every open event at hand. The group gives fail-over, not scale-out
(the core handles well over ten times the extractor's rate on one core).
"""
from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timezone
from typing import Any, Callable

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata

from worker import kafka, metrics
from worker.config import Settings
from worker.health import heartbeat
from worker.merge.core import State, apply, from_records, retract
from worker.kafka import close_clients, log_end_offsets

log = logging.getLogger(__name__)
ACK_TIMEOUT_S = 30.0

def merger_group(settings: Settings) -> str:
    return f"{settings.group_id}.merger"


def read_events(settings: Settings, timeout_s: float = 60.0) -> list[tuple[str, dict[str, Any] | None]]:
    """Every record of events.v1 from the beginning to its end, in log order per partition.

    The end is the high watermark each fetch response reports (`consumer.highwater`), never `end_offsets()` alone:
    Tansu answers ListOffsets(latest) with the last batch's base offset + 1, so a read bounded by it stopped inside
    the newest batch and the rebuilt state missed the newest events. On Kafka both agree; the larger one is used.
    """
    topic = settings.topic("events.v1")
    c = KafkaConsumer(**kafka.common_options(settings), group_id=None, enable_auto_commit=False,
                      fetch_max_bytes=kafka.MAX_MESSAGE_BYTES * 2, max_partition_fetch_bytes=kafka.MAX_MESSAGE_BYTES,
                      fetch_max_wait_ms=50)  # the fetch at the end waits this long for data that won't come
    try:
        parts = c.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        if not tps:
            return []
        c.assign(tps)
        c.seek_to_beginning(*tps)
        floor = c.end_offsets(tps)  # a lower bound on Tansu, exact on Kafka
        out: list[tuple[str, dict[str, Any] | None]] = []
        deadline = time.monotonic() + timeout_s
        while not _at_end(c, tps, floor):
            if time.monotonic() > deadline:
                raise KafkaError(f"reading {topic} did not reach its end within {timeout_s}s")
            for records in c.poll(timeout_ms=50).values():  # returns only at its timeout when no records came
                for rec in records:
                    key = rec.key.decode() if rec.key else None
                    if key:
                        out.append((key, orjson.loads(rec.value) if rec.value is not None else None))
        return out
    finally:
        c.close()


def _at_end(c: KafkaConsumer, tps: list[TopicPartition], floor: dict[TopicPartition, int]) -> bool:
    """Every partition's position has reached the high watermark of its latest fetch (and the ListOffsets end)."""
    for tp in tps:
        hw = c.highwater(tp)  # None until a fetch response for tp was parsed
        if hw is None or c.position(tp) < max(hw, floor[tp]):
            return False
    return True


def merged_to_end(settings: Settings) -> bool:
    """The merger's group has committed every record now on its input topics (incidents.v1, extractions.v1), i.e.
    events.v1 reflects them. The end is a fetch's high watermark (`log_end_offsets`), not ListOffsets'."""
    topics = [settings.topic("incidents.v1"), settings.topic("extractions.v1")]
    reader = KafkaConsumer(**kafka.common_options(settings), group_id=None, enable_auto_commit=False,
                           fetch_max_wait_ms=50)
    group = KafkaConsumer(**kafka.common_options(settings), group_id=merger_group(settings), enable_auto_commit=False)
    try:
        tps = [TopicPartition(t, p) for t in topics for p in sorted(reader.partitions_for_topic(t) or ())]
        end = log_end_offsets(reader, tps)
        return all((group.committed(tp) or 0) >= end[tp] for tp in tps)
    finally:
        reader.close()
        group.close(autocommit=False)


def latest_events(records: list[tuple[str, dict[str, Any] | None]]) -> list[dict[str, Any]]:
    """The live events of an events.v1 read: the latest record per key, without tombstones and absorbed events, in
    order of first appearance."""
    latest: dict[str, dict[str, Any] | None] = {}
    for key, value in records:
        latest[key] = value
    return [v for v in latest.values() if v is not None and not v.get("merged_into")]


class Merger:
    def __init__(self, settings: Settings, consumer: KafkaConsumer, producer: KafkaProducer,
                 clock: Callable[[], str] | None = None) -> None:
        self.settings = settings
        self.consumer = consumer
        self.producer = producer
        self.clock = clock or (lambda: datetime.now(timezone.utc).isoformat())
        self.out_topic = settings.topic("events.v1")
        self.manifest_topic = settings.topic("extractions.v1")
        self.state = State(settings.merge_window_days, settings.merge_max_open)
        self.processed = 0

    def restore(self) -> None:
        """Rebuild the open events from events.v1 (latest record per key)."""
        records = read_events(self.settings)
        self.state = from_records(records, self.settings.merge_window_days, self.settings.merge_max_open)
        metrics.EVENTS_OPEN.set(len(self.state.events))
        log.info("merger state restored", extra={"records": len(records), "events_open": len(self.state.events)})

    def _merge(self, records: list[Any]) -> list[Any]:
        futures = []
        for rec in records:
            try:
                incident = orjson.loads(rec.value or b"")
            except orjson.JSONDecodeError:
                metrics.MERGER_SKIPPED.labels("invalid_json").inc()
                log.warning("skipped record", extra={"offset": rec.offset, "error_kind": "invalid_json"})
                continue
            if rec.topic == self.manifest_topic and isinstance(incident, dict) and "incident_ids" in incident:
                self.state, changes = retract(self.state, incident, self.clock())
            elif isinstance(incident, dict) and isinstance(incident.get("id"), str) and "event_type" in incident:
                self.state, changes = apply(self.state, incident, self.clock())
            else:
                metrics.MERGER_SKIPPED.labels("not_an_incident").inc()
                log.warning("skipped record", extra={"offset": rec.offset, "error_kind": "not_an_incident"})
                continue
            for key, value in changes:
                kind = "tombstone" if value is None else "merged" if value["merged_into"] else \
                    "new" if value["revision"] == 1 else "revision"
                metrics.EVENT_RECORDS.labels(kind).inc()
                futures.append(self.producer.send(self.out_topic, key=key.encode(),
                                                  value=None if value is None else orjson.dumps(value)))
        return futures

    def step(self, timeout_ms: int = 500) -> int:
        """One poll -> merge -> ack -> commit cycle. Returns the number of records handled."""
        batch = self.consumer.poll(timeout_ms=timeout_ms, max_records=self.settings.max_poll_records)
        handled = 0
        for tp, records in batch.items():
            started = time.monotonic()
            try:
                futures = self._merge(records)
                self.producer.flush(ACK_TIMEOUT_S)
                for f in futures:
                    f.get(ACK_TIMEOUT_S)
            except KafkaError as e:
                log.error("events not acknowledged; rebuilding state and re-reading the batch",
                          extra={"topic": tp.topic, "partition": tp.partition, "offset": records[0].offset,
                                 "error_kind": "produce_failed", "error": str(e)})
                self.consumer.seek(tp, records[0].offset)
                self.restore()
                raise
            self.consumer.commit({tp: OffsetAndMetadata(records[-1].offset + 1, None, -1)})
            end = self.consumer.highwater(tp)  # the fetch's high watermark (ListOffsets is short on Tansu)
            if end is not None:
                metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(max(0, end - records[-1].offset - 1))
            metrics.PROCESS_SECONDS.labels("merger").observe((time.monotonic() - started) / len(records))
            handled += len(records)
        metrics.EVENTS_OPEN.set(len(self.state.events))
        self.processed += handled
        return handled

    def run(self, stop: threading.Event) -> None:
        """Until `stop` is set: restore, then step, with capped backoff while the broker misbehaves."""
        backoff = 0.5
        metrics.LAST_PROGRESS.labels("merger").set_to_current_time()  # started; a restore may take a while
        try:
            while not stop.is_set():
                try:
                    self.restore()
                    heartbeat("merger")
                    break
                except KafkaError as e:
                    log.error("cannot read events.v1; retrying", extra={"error_kind": "restore_failed",
                                                                       "error": str(e)})
                    stop.wait(backoff)
                    backoff = min(backoff * 2, 30.0)
            while not stop.is_set():
                try:
                    self.step()
                    backoff = 0.5
                    heartbeat("merger")  # progressed, or had nothing to do
                except KafkaError:
                    stop.wait(backoff)
                    backoff = min(backoff * 2, 30.0)
        finally:
            self.close()

    def close(self) -> None:
        close_clients(self.consumer, self.producer)
