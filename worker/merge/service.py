"""The merger, in two stages the Kafka Streams way: repartition by merge key, then merge per partition.

1. `Repartitioner`: incidents.v1 and extractions.v1 -> merge-input.v1. An incident goes to the partition of its
   merge key (worker/merge/keys.py: the normalised country), so every report that could join one event reaches one
   partition, whatever partition of incidents.v1 (keyed by incident id) it came from. A manifest (an article's
   newest extraction.v1, which retracts the incidents it no longer lists) goes to every partition: the article's
   incidents may sit under several keys.
2. `Merger`: merge-input.v1 -> merge core -> events.v1 keyed by event id, each record produced explicitly to the
   partition of the input it came from (the event's merge key), so events.v1 partition p holds exactly the events
   of merge-input.v1 partition p (both topics need the same partition count, as co-partitioned topics do in Kafka
   Streams). Each instance owns the events of its assigned partitions; on every assignment it rebuilds them from
   those partitions of events.v1.

Every merger process runs both stages, each in its own thread with its own consumer group
(`<group_id>.merger-repartition`, `<group_id>.merger`): the groups spread the partitions over the processes, so
`--workers N` and more replicas scale out.

State lives in Kafka only. On (re)assignment the merger reads its partitions of events.v1 from the beginning to
their end, keeps the latest
record per key (the embedded broker does not compact, so it never relies on compaction) and rebuilds the open
events from them (`core.from_records`). Incident offsets are committed only after every event record of the batch
is acknowledged, so a crash replays incidents the state may already hold: replaying one changes nothing, which makes
the output of a run killed mid-stream the same as a clean run's. If the broker does not acknowledge, the state is
rebuilt from events.v1 and the batch is read again.

A record the merger cannot take (not JSON, a tombstone, neither incident nor manifest: `inputs.read_input`; or one
the pure core raises on, kind merge_failed) goes to deadletter.v1 with its bytes and where it came from, and its
offset is committed once the dead letter is acknowledged, like the extractor's: the stage goes on, no crash loop,
nothing lost. The repartition stage sets such records aside with their incidents.v1/extractions.v1 offsets; the
merge stage does the same for what reaches merge-input.v1 anyway, and after a merge_failed it commits up to that
record and rebuilds its state (the core may have raised half-way through an update). An events.v1 record a rebuild
cannot read is skipped and counted (it stays on events.v1).

"""
from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timezone
from typing import Any, Callable

import orjson
from kafka import ConsumerRebalanceListener, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata

from worker import kafka, metrics
from worker.config import Settings
from worker.deadletter import of_record
from worker.health import heartbeat
from worker.merge.core import State, apply, from_records, retract
from worker.merge.inputs import INCIDENT, MANIFEST, MERGE_FAILED, Input, read_input
from worker.merge.keys import incident_key, merge_key, partition_of
from worker.merge.preload import preload
from worker.merge.reports import from_stored
from worker.kafka import close_clients, log_end_offsets
from worker.runtime import join_window_ms, retry_backoff

log = logging.getLogger(__name__)
ACK_TIMEOUT_S = 30.0
MERGE_INPUT = "merge-input.v1"
POLL_MS = 500  # each stage's poll wait; much shorter ones never finish a group join while a killed member's
               # session runs out on the embedded broker (each poll's timeout abandons the join in flight)


def merger_group(settings: Settings) -> str:
    """The merge stage's group (on merge-input.v1)."""
    return f"{settings.group_id}.merger"


def repartition_group(settings: Settings) -> str:
    """The repartition stage's group (on incidents.v1 and extractions.v1)."""
    return f"{settings.group_id}.merger-repartition"


def read_events(settings: Settings, timeout_s: float = 60.0, partitions: set[int] | None = None
                ) -> list[tuple[str, dict[str, Any] | None]]:
    """Every record of events.v1 (of `partitions` only, when given) from the beginning to its end, in log order per
    partition.

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
        tps = [TopicPartition(topic, p) for p in sorted(parts) if partitions is None or p in partitions]
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
                    key = rec.key.decode("utf-8", "replace") if rec.key else None
                    if key:
                        value = _event_record(rec)
                        if value is not False:
                            out.append((key, value))
        return out
    finally:
        c.close()


def _event_record(rec: Any) -> dict[str, Any] | None | bool:
    """An events.v1 record's value (None: a tombstone), or False for one that is no JSON object: skipped and counted,
    so one bad record does not stop every rebuild."""
    if rec.value is None:
        return None
    try:
        value = orjson.loads(rec.value)
    except orjson.JSONDecodeError:
        value = False
    if isinstance(value, dict):
        return value
    _skipped_event(rec.key, f"{rec.topic}[{rec.partition}]@{rec.offset} is no JSON object")
    return False


def _skipped_event(key: Any, error: str) -> None:
    metrics.MERGER_SKIPPED.labels("invalid_event_record").inc()
    log.warning("skipped events.v1 record", extra={"error_kind": "invalid_event_record", "error": error[:300],
                                                   "key": str(key)[:100]})


def _at_end(c: KafkaConsumer, tps: list[TopicPartition], floor: dict[TopicPartition, int]) -> bool:
    """Every partition's position has reached the high watermark of its latest fetch (and the ListOffsets end)."""
    for tp in tps:
        hw = c.highwater(tp)  # None until a fetch response for tp was parsed
        if hw is None or c.position(tp) < max(hw, floor[tp]):
            return False
    return True


def merged_to_end(settings: Settings) -> bool:
    """Both stages have committed every record now on their input topics (the repartition stage incidents.v1 and
    extractions.v1, then the merge stage merge-input.v1), i.e. events.v1 reflects them. The end is a fetch's high
    watermark (`log_end_offsets`), not ListOffsets'."""
    return _committed_to_end(settings, repartition_group(settings),
                             [settings.topic("incidents.v1"), settings.topic("extractions.v1")]) \
        and _committed_to_end(settings, merger_group(settings), [settings.topic(MERGE_INPUT)])


def _committed_to_end(settings: Settings, group_id: str, topics: list[str]) -> bool:
    reader = KafkaConsumer(**kafka.common_options(settings), group_id=None, enable_auto_commit=False,
                           fetch_max_wait_ms=50)
    group = KafkaConsumer(**kafka.common_options(settings), group_id=group_id, enable_auto_commit=False)
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


def _acknowledged(futures: list[Any], producer: KafkaProducer) -> None:
    """Flush and wait for every record's acknowledgement (raises KafkaError when one fails)."""
    producer.flush(ACK_TIMEOUT_S)
    for f in futures:
        f.get(ACK_TIMEOUT_S)


def _dead_letter(producer: KafkaProducer, topic: str, rec: Any, parsed: Input) -> Any:
    """Send one record to deadletter.v1 (stage merger) and log it; the caller waits for the acknowledgement."""
    log.warning("dead letter", extra={"topic": rec.topic, "partition": rec.partition, "offset": rec.offset,
                                      "error_kind": parsed.kind, "error": parsed.error[:300]})
    key, msg = of_record("merger", parsed.kind, parsed.error, rec)
    return producer.send(topic, key=key, value=orjson.dumps(msg))


def _count_dead(kinds: list[str]) -> None:
    """Count acknowledged dead letters (in dead_letters_total and merger_skipped_total)."""
    for kind in kinds:
        metrics.DEAD_LETTERS.labels("merger", kind).inc()
        metrics.MERGER_SKIPPED.labels(kind).inc()


def _failed(e: Exception) -> Input:
    return Input(MERGE_FAILED, error=f"{type(e).__name__}: {e}")


def _commit(consumer: KafkaConsumer, tp: TopicPartition, records: list[Any], stage: str, started: float) -> None:
    consumer.commit({tp: OffsetAndMetadata(records[-1].offset + 1, None, -1)})
    end = consumer.highwater(tp)  # the fetch's high watermark (ListOffsets is short on Tansu)
    if end is not None:
        metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(max(0, end - records[-1].offset - 1))
    metrics.PROCESS_SECONDS.labels(stage).observe((time.monotonic() - started) / len(records))


class Repartitioner:
    """incidents.v1 + extractions.v1 -> merge-input.v1, incidents to their merge key's partition, manifests to all.
    Values pass unchanged; offsets are committed after merge-input.v1 acknowledged the batch (a replay repeats
    records, which the merge stage ignores)."""

    def __init__(self, settings: Settings, consumer: KafkaConsumer, producer: KafkaProducer) -> None:
        self.consumer = consumer
        self.producer = producer
        self.out_topic = settings.topic(MERGE_INPUT)
        self.dead_topic = settings.topic("deadletter.v1")
        self.max_records = settings.max_poll_records
        self.join_window_ms = join_window_ms(settings)

    @staticmethod
    def routes(value: bytes | None, partitions: int) -> tuple[list[tuple[bytes, int]], Input]:
        """(key, partition) of each copy of one input record, and what it is: a manifest goes to every partition,
        an incident to its merge key's; a record the merger cannot take (no copy) is to be dead-lettered."""
        parsed = read_input(value)
        if parsed.kind == MANIFEST:
            key = str(parsed.value["article_id"]).encode()  # type: ignore[index]
            return [(key, p) for p in range(partitions)], parsed
        if parsed.kind == INCIDENT:
            try:
                mkey = incident_key(parsed.value)  # type: ignore[arg-type]
            except Exception as e:  # the core would raise on it too: set it aside here, with its own offset
                return [], _failed(e)
            return [(mkey.encode(), partition_of(mkey, partitions))], parsed
        return [], parsed

    def step(self, timeout_ms: int = POLL_MS) -> int:
        if not self.consumer.assignment():  # joining: one whole join round per poll (runtime.join_window_ms)
            timeout_ms = max(timeout_ms, self.join_window_ms)
        batch = self.consumer.poll(timeout_ms=timeout_ms, max_records=self.max_records)
        handled = 0
        if not batch:
            return 0
        partitions = len(self.producer.partitions_for(self.out_topic))
        self.producer.partitions_for(self.dead_topic)  # its metadata before a send: cached after the first step
        for tp, records in batch.items():
            started = time.monotonic()
            futures, dead = [], []
            for rec in records:
                copies, parsed = self.routes(rec.value, partitions)
                futures += [self.producer.send(self.out_topic, key=key, value=rec.value, partition=p)
                            for key, p in copies]
                if parsed.poison:
                    futures.append(_dead_letter(self.producer, self.dead_topic, rec, parsed))
                    dead.append(parsed.kind)
            try:
                _acknowledged(futures, self.producer)
            except KafkaError:
                self.consumer.seek(tp, records[0].offset)
                raise
            _count_dead(dead)
            _commit(self.consumer, tp, records, "repartition", started)
            handled += len(records)
        return handled

    def run(self, stop: threading.Event) -> None:
        """Until `stop` is set: step, with capped backoff while the broker misbehaves. The core's data is loaded
        before the first poll (`preload`), not on the first record after the group join."""
        try:
            preload()
            _loop(stop, self.step, "merger-repartition")
        finally:
            close_clients(self.consumer, self.producer)


def _loop(stop: threading.Event, step: Callable[[], int], name: str,
          alive: Callable[[], bool] = lambda: True) -> None:
    """A stage's work loop: beats `name` after every round that progressed or had nothing to do; ends when `stop`
    is set, or raises when `alive()` turns false (a companion thread died)."""
    backoff: float | None = None
    metrics.LAST_PROGRESS.labels(name).set_to_current_time()  # started; a restore may take a while
    while not stop.is_set():
        if not alive():
            raise RuntimeError(f"{name}: a companion stage stopped")
        try:
            step()
            backoff = None
            heartbeat(name)
        except KafkaError as e:
            log.error("merger round failed; retrying", extra={"stage": name, "error_kind": "merge_failed",
                                                              "error": str(e)})
            backoff = retry_backoff(backoff)  # the extractor's schedule: back within seconds of the broker
            stop.wait(backoff)


class Merger:
    def __init__(self, settings: Settings, consumer: KafkaConsumer, producer: KafkaProducer,
                 clock: Callable[[], str] | None = None, router: Repartitioner | None = None) -> None:
        self.settings = settings
        self.consumer = consumer
        self.producer = producer
        self.router = router
        self.clock = clock or (lambda: datetime.now(timezone.utc).isoformat())
        self.out_topic = settings.topic("events.v1")
        self.dead_topic = settings.topic("deadletter.v1")
        self.state = State(settings.merge_window_days, settings.merge_max_open)
        self.processed = 0
        self.owned: set[int] = set()  # merge-input.v1 partitions assigned to this instance
        self.partitions = 1           # merge-input.v1's partition count (read on every assignment)
        self.stale = True             # the state does not match `owned` yet: rebuild before merging

    def listener(self) -> ConsumerRebalanceListener:
        """Tracks the assignment; the state is rebuilt in `step`, outside the group's callbacks (kafka-python logs
        and swallows an exception raised in them)."""
        merger = self

        class Listener(ConsumerRebalanceListener):
            def on_partitions_revoked(self, revoked: Any) -> None:
                merger.owned -= {tp.partition for tp in revoked}
                merger.stale = True

            def on_partitions_assigned(self, assigned: Any) -> None:
                merger.owned = {tp.partition for tp in assigned}
                merger.stale = True
        return Listener()

    def restore(self) -> None:
        """Rebuild the open events of the owned partitions from those partitions of events.v1 (latest record per
        key); an event whose merge key belongs to another partition (written by an older layout) is left out."""
        self.stale = True
        owned = set(self.owned)
        self.partitions = len(self.producer.partitions_for(self.settings.topic(MERGE_INPUT)) or ()) or 1
        events = len(self.producer.partitions_for(self.out_topic) or ())
        self.producer.partitions_for(self.dead_topic)  # the dead-letter topic's metadata before the first send
        if events < self.partitions:
            raise KafkaError(f"{self.out_topic} has {events} partitions, fewer than {MERGE_INPUT}'s "
                             f"{self.partitions}: co-partitioned topics need the same count")
        latest: dict[str, dict[str, Any] | None] = {}
        for key, value in read_events(self.settings, partitions=owned):
            latest[key] = value
        mine = [(k, v) for k, v in latest.items() if v is not None and self._owns(k, v, owned)]
        self.state = self._rebuild(mine)
        self.stale = False
        metrics.EVENTS_OPEN.set(len(self.state.events))
        log.info("merger state restored", extra={"partitions": sorted(owned), "events_open": len(self.state.events)})

    def _owns(self, key: str, value: dict[str, Any], owned: set[int]) -> bool:
        """An event record of an owned partition's merge key; one too broken to tell is skipped and counted."""
        try:
            return bool(value.get("articles")) and \
                partition_of(merge_key(from_stored(value["articles"][0])), self.partitions) in owned
        except Exception as e:
            _skipped_event(key, f"{type(e).__name__}: {e}")
            return False

    def _rebuild(self, records: list[tuple[str, dict[str, Any] | None]]) -> State:
        """`core.from_records`; when it raises, without the event records it cannot rebuild on their own."""
        days, cap = self.settings.merge_window_days, self.settings.merge_max_open
        try:
            return from_records(records, days, cap)
        except Exception:
            pass
        good = []
        for key, value in records:
            try:
                from_records([(key, value)], days, cap)
            except Exception as e:
                _skipped_event(key, f"{type(e).__name__}: {e}")
                continue
            good.append((key, value))
        return from_records(good, days, cap)

    def _merge(self, records: list[Any], partition: int) -> tuple[list[Any], list[str], int]:
        """Fold records into the state and send their event records (and dead letters). Returns the sends, the
        dead-letter kinds and how many records were taken: fewer than all after one the core raised on (the
        state may be half-updated, so the rest waits for a rebuild)."""
        futures, dead = [], []
        for done, rec in enumerate(records, 1):
            parsed = read_input(rec.value)
            try:
                if parsed.kind == MANIFEST:
                    self.state, changes = retract(self.state, parsed.value, self.clock(),  # type: ignore[arg-type]
                                                  keys=lambda k: partition_of(k, self.partitions) == partition)
                elif parsed.kind == INCIDENT:
                    self.state, changes = apply(self.state, parsed.value, self.clock())  # type: ignore[arg-type]
                else:
                    changes = []
            except Exception as e:  # any failure of the pure core on this record: dead-letter it, not the process
                parsed = _failed(e)
            if parsed.poison:
                futures.append(_dead_letter(self.producer, self.dead_topic, rec, parsed))
                dead.append(parsed.kind)
                if parsed.kind == MERGE_FAILED:
                    return futures, dead, done
                continue
            for key, value in changes:
                kind = "tombstone" if value is None else "merged" if value["merged_into"] else \
                    "new" if value["revision"] == 1 else "revision"
                metrics.EVENT_RECORDS.labels(kind).inc()
                futures.append(self.producer.send(self.out_topic, key=key.encode(), partition=partition,
                                                  value=None if value is None else orjson.dumps(value)))
        return futures, dead, len(records)

    def step(self, timeout_ms: int = POLL_MS) -> int:
        """One poll -> (rebuild after a new assignment) -> merge -> ack -> commit cycle. Returns the records
        handled."""
        if not self.consumer.assignment():  # joining: one whole join round per poll (runtime.join_window_ms)
            timeout_ms = max(timeout_ms, join_window_ms(self.settings))
        batch = self.consumer.poll(timeout_ms=timeout_ms, max_records=self.settings.max_poll_records)
        handled = 0
        # A consumer with no partition has nothing to rebuild (and no records): a rebuild then, between two join
        # polls, was where a JoinGroup answer arrived with no poll waiting, which kafka-python 3.0 drops.
        if self.stale and self.consumer.assignment():
            try:
                self.restore()
            except KafkaError:
                for tp, records in batch.items():
                    self.consumer.seek(tp, records[0].offset)
                raise
        items = list(batch.items())
        for i, (tp, records) in enumerate(items):
            started = time.monotonic()
            try:
                futures, dead, done = self._merge(records, tp.partition)
                _acknowledged(futures, self.producer)
            except KafkaError as e:
                log.error("events not acknowledged; rebuilding state and re-reading the batch",
                          extra={"topic": tp.topic, "partition": tp.partition, "offset": records[0].offset,
                                 "error_kind": "produce_failed", "error": str(e)})
                for t, recs in batch.items():  # the state may hold unpublished changes of any partition
                    self.consumer.seek(t, recs[0].offset)
                self.stale = True
                raise
            _count_dead(dead)
            _commit(self.consumer, tp, records[:done], "merger", started)
            handled += done
            if done < len(records):  # merge_failed: committed up to it; rebuild, then read on after it
                for t, recs in [(tp, records[done:])] + items[i + 1:]:
                    self.consumer.seek(t, recs[0].offset)
                self.stale = True
                break
        metrics.EVENTS_OPEN.set(len(self.state.events))
        self.processed += handled
        return handled

    def run(self, stop: threading.Event) -> None:
        """Until `stop` is set: the repartition stage in a thread of its own, the merge stage in this one; either
        ends both (a dead repartition thread makes this loop raise, so the service exits). The core's data is loaded
        first, once for both stages (`preload`)."""
        preload()
        halt = threading.Event()  # the repartition thread's own stop: set when this loop ends, however it ends
        router = threading.Thread(target=self.router.run, args=(halt,), name="merger-repartition", daemon=True) \
            if self.router else None
        if router:
            router.start()
        try:
            _loop(stop, self.step, "merger", alive=lambda: router is None or router.is_alive())
        finally:
            halt.set()
            if router:
                router.join()
            self.close()

    def close(self) -> None:
        close_clients(self.consumer, self.producer)
