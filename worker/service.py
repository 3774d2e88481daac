"""The extractor: consume articles.v1 -> extract -> produce incidents.v1 (+ the extractions.v1 manifest) -> commit.

Delivery is at-least-once: a record's offset is committed only after every output it caused (incidents, its
manifest, or its dead letter) was acknowledged. When an output is not acknowledged (a flush that times out, a
send() that raises at once), every partition of the poll is committed only up to its first record with an
unacknowledged output and sought back there, so that record and everything after it is read again (incident ids
are deterministic, so a replay yields the same ids). Poison records (bad JSON, not an article, an extractor
exception or time-out, a batch no codec can decode, an output the broker refuses for good) go to deadletter.v1
with the original bytes and the consumer moves on.
"""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

import orjson
from kafka import KafkaConsumer, KafkaProducer
from kafka.errors import CorruptRecordError, KafkaError, UnsupportedCodecError
from kafka.structs import OffsetAndMetadata, TopicPartition

from worker import metrics
from worker.kafka import close_clients
from worker.config import Settings
from worker.deadletter import SMALLER_PAYLOADS, kafka_key
from worker.deadletter import record as deadletter
from worker.runtime import ACK_TIMEOUT_S
from worker.delivery import PERMANENT, acknowledged, commit_plan, error_of, permanent
from worker.health import HEARTBEATS
from worker.models import manifest
from worker.pipeline import BadArticle, Failure, check_article, extract_batch
from worker.runtime import STOP_WITHIN_S, join_window_ms, retry_backoff

log = logging.getLogger(__name__)
MAX_RECORD_BYTES = 2_000_000  # a clean article is a few KB; anything this large is not one
RECENT_ARTICLES = 100_000  # article ids whose last extracted text is remembered


_WARM_UP = {"id": "0" * 32, "url": "http://warm-up.invalid/", "title": "Warm-up", "published": "2024-01-01",
            "text": "A bomb killed two people at a market in a town on Monday, police said."}
_warmed: set[int] = set()


def warm_up(nlp: Any, settings: Settings) -> None:
    """Extract one made-up article before the first poll, so the extraction's lazily loaded data (lexicons,
    gazetteer: seconds on a cold process) is not charged to the first batch, inside max.poll.interval."""
    if id(nlp) in _warmed:
        return
    started = time.monotonic()
    extract_batch([_WARM_UP], nlp, settings.nlp_batch_size, budget_s=600.0)
    _warmed.add(id(nlp))
    log.info("extraction warmed up", extra={"seconds": round(time.monotonic() - started, 2)})


def batch_budget_s(settings: Settings, max_poll_interval_ms: int) -> float:
    """The time budget per article: `extract_budget_s`, but never so large that a full batch of articles each
    using all of it outlasts max.poll.interval (the consumer would be dropped from the group, its commit refused
    and the batch re-read forever). Not under 0.5 s, the smallest budget the settings accept."""
    fits = 0.8 * max_poll_interval_ms / 1000 / settings.max_poll_records
    return max(0.5, min(settings.extract_budget_s, fits))


class Beater(Protocol):
    def beat(self, name: str = ...) -> None: ...


class ProduceNotAcknowledged(KafkaError):
    """Some output of the poll was not acknowledged; the partitions were sought back to their first such record."""
    retriable = True


@dataclass
class Handled:
    """One consumed record and the sends its commit waits for (futures, or the exception a send raised at once)."""
    record: Any
    sends: list[Any] = field(default_factory=list)
    digest: bytes | None = None  # set for an article that was extracted: remembered once committed
    article_id: str | None = None
    dead: tuple[str, str] | None = None  # (kind, error) when the record itself was dead-lettered
    manifest: bytes | None = None  # sent only once the article's incidents were acknowledged
    dead_kind: str | None = None  # the kind of the dead letter in `sends`, counted once it is acknowledged


class Extractor:
    def __init__(self, settings: Settings, nlp: Any, consumer: KafkaConsumer, producer: KafkaProducer,
                 probe: Beater | None = None, on_incident: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.settings = settings
        self.nlp = nlp
        self.consumer = consumer
        self.producer = producer
        self.probe: Beater = probe or HEARTBEATS
        self.on_incident = on_incident
        self.out_topic = settings.topic("incidents.v1")
        self.manifest_topic = settings.topic("extractions.v1")
        self.dead_topic = settings.topic("deadletter.v1")
        self.budget_s = batch_budget_s(settings, getattr(consumer, "config", {}).get("max_poll_interval_ms", 300000))
        self.processed = 0
        warm_up(nlp, settings)
        self._owed: set[TopicPartition] = set()  # partitions sought back to records whose outputs were not acked
        # per article id, the (id, text) digest of its last extracted and committed record: a record is skipped
        # only when it repeats that text (v1 -> v2 -> v1 extracts the third again: its manifest is the truth)
        self.recent: OrderedDict[str, bytes] = OrderedDict()
        self._stop = threading.Event()  # set by run(): a batch stops between its extraction chunks
        # articles extracted per extract_batch call: a SIGTERM waits at most one chunk of full budgets
        self.chunk = max(1, int(STOP_WITHIN_S // self.budget_s))

    # ------------------------------------------------------------------------------------------------ sending

    def _send(self, topic: str, key: bytes | None, value: bytes) -> Any:
        """A send future, or the KafkaError that send() raised at once (no metadata or buffer within max_block_ms):
        either way the commit waits for it, and a raised one counts as not acknowledged."""
        try:
            return self.producer.send(topic, key=key, value=value)
        except KafkaError as e:
            return e

    def _dead(self, h: Handled, kind: str, error: str, max_payload: int | None = None) -> None:
        """Replace h's sends by one dead letter of its record (counted in metrics once acknowledged). The last of
        SMALLER_PAYLOADS also drops the key and the error detail: where the record came from always fits."""
        rec = h.record
        log.warning("dead letter", extra={"topic": rec.topic, "partition": rec.partition, "offset": rec.offset,
                                          "error_kind": kind, "error": error[:300]})
        last = max_payload is not None and max_payload == SMALLER_PAYLOADS[-1]
        extra = {} if max_payload is None else {"max_payload": max_payload}
        key = rec.key[:2_000].decode("utf-8", "replace") if rec.key else None
        msg = deadletter("extractor", kind, error, rec.value or b"", last_try=last, topic=rec.topic,
                         partition=rec.partition, offset=rec.offset, key=key, **extra)
        h.sends = [self._send(self.dead_topic, kafka_key(rec.key, last), orjson.dumps(msg))]
        h.dead_kind = kind
        h.manifest = None

    # ------------------------------------------------------------------------------------------------ extraction

    def _extract(self, records: list[Any]) -> list[Handled]:
        """Extract and produce the incidents (or dead letters) of these records, in order; nothing is waited for
        here, and manifests wait for their incidents' acknowledgement. Articles are extracted `self.chunk` at a
        time with the stop flag checked in between: on SIGTERM the records not reached are left out of the result
        (a suffix of every partition), to be re-read from the last commit."""
        handled: list[Handled] = []
        latest: dict[str, Handled] = {}  # per article id, its last extracted copy in this poll
        pending: list[tuple[Handled, dict[str, Any]]] = []
        for rec in records:
            if pending and len(pending) >= self.chunk:
                self._extract_chunk(pending)
                pending = []
                if self._stop.is_set():
                    break
            h = Handled(rec)
            handled.append(h)
            if rec.value is not None and len(rec.value) > MAX_RECORD_BYTES:
                h.dead = ("oversized_record", f"{len(rec.value)} bytes > {MAX_RECORD_BYTES}")
                continue
            try:
                article = check_article(orjson.loads(rec.value or b""))
            except orjson.JSONDecodeError as e:
                h.dead = ("invalid_json", str(e))
                continue
            except BadArticle as e:
                h.dead = (e.kind, str(e))
                continue
            aid, digest = article["id"], self._digest(article)
            before = latest.get(aid)
            if before is not None and before.digest == digest:  # a copy of this poll's latest text of the article:
                metrics.ARTICLES.labels("duplicate_skipped").inc()  # committed only when that copy's outputs are
                h.sends = before.sends
                continue
            if before is None and self.recent.get(aid) == digest:
                metrics.ARTICLES.labels("duplicate_skipped").inc()
                continue
            latest[aid] = h
            h.digest, h.article_id = digest, aid
            pending.append((h, article))
        else:
            self._extract_chunk(pending)
        for h in handled:
            if h.dead is not None:
                self._dead(h, *h.dead)
        return handled

    def _extract_chunk(self, good: list[tuple[Handled, dict[str, Any]]]) -> None:
        if not good:
            return
        results = extract_batch([a for _, a in good], self.nlp, self.settings.nlp_batch_size, budget_s=self.budget_s,
                                max_batch_chars=self.settings.max_batch_chars)
        for (h, article), result in zip(good, results):
            if isinstance(result, Failure):
                h.dead = (result.kind, result.message)
                h.digest = None
                continue
            for m in result:
                h.sends.append(self._send(self.out_topic, m["id"].encode(), orjson.dumps(m)))
                metrics.INCIDENTS.labels(m["event_type"]).inc()
                if self.on_incident:
                    self.on_incident(m)
            h.manifest = orjson.dumps(manifest(article, result))

    @staticmethod
    def _digest(article: dict[str, Any]) -> bytes:
        return hashlib.blake2b(f"{article['id']}\x00{article['text']}".encode(), digest_size=16).digest()

    def _remember(self, done: list[Handled]) -> None:
        """Per article id, the text of its last extracted record whose outputs were acknowledged and committed (in
        offset order), so a replay after a failed produce is extracted again. Records with one key land on one
        partition, so one process sees every copy."""
        for h in done:
            if h.digest is not None and h.article_id is not None:
                self.recent[h.article_id] = h.digest
                self.recent.move_to_end(h.article_id)
        while len(self.recent) > RECENT_ARTICLES:
            self.recent.popitem(last=False)

    # ------------------------------------------------------------------------------------------------ acks

    def _acknowledge(self, handled: list[Handled]) -> list[bool]:
        """Waits for the sends, then sends the manifests of the articles whose incidents were all acknowledged and
        waits for those (a manifest never names an incident the broker did not take). A record whose output the
        broker refuses for good (too large, invalid) is dead-lettered instead, with a smaller payload each time the
        dead letter itself is refused as too large. Dead letters are counted in metrics once acknowledged."""
        self._flush()
        self._refused(handled)
        ready = [h for h in handled if h.manifest is not None and acknowledged(h.sends)]
        for h in ready:
            h.sends.append(self._send(self.manifest_topic, h.article_id.encode() if h.article_id else None,
                                      h.manifest))
            h.manifest = None
        if ready:
            self._flush()
            self._refused(handled)
        acked = [acknowledged(h.sends) and h.manifest is None for h in handled]
        for h, ok in zip(handled, acked):
            if ok and h.dead_kind is not None:
                metrics.DEAD_LETTERS.labels("extractor", h.dead_kind).inc()
                h.dead_kind = None
        return acked

    def _refused(self, handled: list[Handled]) -> None:
        """Dead-letter the records whose outputs the broker refused for good, cutting the dead letter down."""
        for cut in SMALLER_PAYLOADS:
            refused = [h for h in handled if not acknowledged(h.sends) and permanent(h.sends)]
            if not refused:
                break
            for h in refused:
                error = next(str(e) for e in map(error_of, h.sends) if isinstance(e, PERMANENT))
                metrics.PRODUCE_ERRORS.labels("permanent").inc()
                kind = h.dead[0] if h.dead else "output_rejected"
                self._dead(h, kind, f"output refused by the broker: {error}"
                           + (f"; first failure: {h.dead[1]}" if h.dead else ""), max_payload=cut)
            self._flush()

    def _flush(self) -> None:
        try:
            self.producer.flush(ACK_TIMEOUT_S)
        except KafkaError as e:  # what is not done by now counts as not acknowledged
            log.error("flush failed", extra={"error_kind": "produce_failed", "error": str(e)[:300]})

    # ------------------------------------------------------------------------------------------------ the loop

    def _poll(self, timeout_ms: int) -> dict[TopicPartition, list[Any]]:
        """consumer.poll(), in one join window while no partition is assigned, except that a batch no codec can
        decode becomes a dead letter per offset.

        kafka-python raises the decode error once, then spins forever inside poll() on the broken batch (its
        record iterator is spent but still `next in line`); seeking past the offset ends that."""
        if not self.consumer.assignment():
            timeout_ms = max(timeout_ms, join_window_ms(self.settings))
        try:
            return self.consumer.poll(timeout_ms=timeout_ms, max_records=self.settings.max_poll_records)
        except Exception as e:
            if not _decoding_error(e):
                raise
            self._skip_undecodable(e)
        return {}

    def _skip_undecodable(self, error: Exception) -> None:
        part = getattr(getattr(self.consumer, "_fetcher", None), "_next_partition_records", None)
        tp = getattr(part, "topic_partition", None)
        if tp is None or tp not in self.consumer.assignment():
            raise error  # cannot tell where: the loop backs off without beating, so /healthz shows the stall
        offset = self.consumer.position(tp)
        rec = _Unreadable(tp.topic, tp.partition, offset)
        h = Handled(rec)
        self._dead(h, "undecodable_batch", f"{type(error).__name__}: {error}")
        self.consumer.seek(tp, offset + 1)
        acked = self._acknowledge([h])[0]
        if not acked:
            self.consumer.seek(tp, offset)
            self._owed.add(tp)
            raise ProduceNotAcknowledged(f"dead letter of undecodable {tp.topic}[{tp.partition}]@{offset}")
        self.consumer.commit({tp: OffsetAndMetadata(offset + 1, None, -1)})
        self._owed.discard(tp)

    def step(self, timeout_ms: int = 500) -> int:
        """One poll -> extract -> produce -> acknowledge -> commit cycle. Returns the number of records handled.

        Raises ProduceNotAcknowledged (after committing what was acknowledged and seeking the rest back) when some
        output was not acknowledged."""
        batch = self._poll(timeout_ms)
        self._owed &= self.consumer.assignment()  # a revoked partition's records are its new owner's to redo
        if not batch:
            if not self._owed:  # nothing to do is fine; an empty poll while records wait to be redone is not progress
                self._beat()
            return 0
        started = time.monotonic()
        parts = {tp: list(recs) for tp, recs in batch.items() if recs}
        records = [r for recs in parts.values() for r in recs]
        handled = self._extract(records)
        acked = self._acknowledge(handled)
        by_offset = {(h.record.topic, h.record.partition, h.record.offset): ok for h, ok in zip(handled, acked)}
        stopped = len(handled) < len(records)  # SIGTERM mid-batch: the records not reached count as not done
        commits, seeks = commit_plan({tp: [(r.offset, by_offset.get((r.topic, r.partition, r.offset), False))
                                           for r in recs] for tp, recs in parts.items()})
        assigned = self.consumer.assignment()
        for tp, offset in seeks.items():
            if tp in assigned:  # a revoked partition is re-read by its new owner from the last commit
                self.consumer.seek(tp, offset)
        if commits:
            self.consumer.commit({tp: OffsetAndMetadata(o, None, -1) for tp, o in commits.items()})
        done = [h for h in handled if (h.record.topic, h.record.partition) in
                {(tp.topic, tp.partition) for tp in commits}
                and h.record.offset < commits[TopicPartition(h.record.topic, h.record.partition)]]
        self._remember(done)
        if done:
            metrics.PROCESS_SECONDS.labels("extractor").observe((time.monotonic() - started) / len(records))
        self.processed += len(done)
        for tp, o in commits.items():
            self._lag(tp, o)
        self._owed = (self._owed - set(commits)) | set(seeks)
        if stopped and all(acked):
            log.info("stopping: the rest of the batch is left uncommitted", extra={
                "seek": {f"{tp.topic}[{tp.partition}]": o for tp, o in seeks.items()}})
            return len(done)
        if seeks:
            metrics.PRODUCE_ERRORS.labels("transient").inc(sum(1 for ok in acked if not ok))
            log.error("output not acknowledged; re-reading from the first such record",
                      extra={"error_kind": "produce_failed",
                             "seek": {f"{tp.topic}[{tp.partition}]": o for tp, o in seeks.items()}})
            raise ProduceNotAcknowledged(f"re-reading {len(seeks)} partition(s) from their first unacknowledged "
                                         "record")
        self._beat()
        return len(done)

    def _beat(self) -> None:
        self.probe.beat("extractor")
        metrics.LAST_PROGRESS.labels("extractor").set_to_current_time()

    def _lag(self, tp: TopicPartition, position: int) -> None:
        end = self.consumer.highwater(tp)
        if end is not None:
            metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(max(0, end - position))

    def run(self, stop: threading.Event) -> None:
        """Until `stop` is set (SIGTERM): step, with capped backoff while the broker misbehaves; then leave the group.

        Only a step that ends (with progress or nothing to do) beats the probe: a loop stuck in a call or failing
        every round turns /healthz red."""
        backoff: float | None = None
        self._stop = stop
        try:
            while not stop.is_set():
                try:
                    self.step()
                    backoff = None
                except KafkaError as e:
                    backoff = retry_backoff(backoff)
                    log.warning("step failed; backing off", extra={"error_kind": type(e).__name__,
                                                                   "backoff_s": backoff})
                    stop.wait(backoff)
        finally:
            self.close()

    def close(self) -> None:
        close_clients(self.consumer, self.producer)


def _decoding_error(e: BaseException) -> bool:
    """An error from decoding a fetched batch: a codec missing or a CRC mismatch, or a codec library's own error
    raised while kafka-python decompressed (zstd, snappy, lz4: told apart by where it was raised)."""
    if isinstance(e, (UnsupportedCodecError, CorruptRecordError)):
        return True
    if isinstance(e, KafkaError):
        return False
    tb = e.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename.replace("\\", "/")
        if "/kafka/record/" in name or name.endswith("/kafka/codec.py"):
            return True
        tb = tb.tb_next
    return False


@dataclass(frozen=True)
class _Unreadable:
    """Where an undecodable batch sits; it has no bytes the client could read."""
    topic: str
    partition: int
    offset: int
    key: bytes | None = None
    value: bytes | None = None
