"""The extractor: consume articles.v1 -> extract -> produce incidents.v1, commit only after the produce is acked.

Poison records (bad JSON, not an article, an extractor exception) go to deadletter.v1 with the original bytes and
the consumer moves on. If the broker does not acknowledge, the batch is re-read from its first offset after a
backoff (at-least-once; incident ids are deterministic, so a replay yields the same ids).
"""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from typing import Any, Callable

import orjson
from kafka import KafkaConsumer, KafkaProducer
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata, TopicPartition

from worker import metrics
from worker.config import Settings
from worker.deadletter import record as deadletter
from worker.health import Probe
from worker.pipeline import BadArticle, check_article, incidents

log = logging.getLogger(__name__)
ACK_TIMEOUT_S = 30.0
MAX_RECORD_BYTES = 2_000_000
RECENT_ARTICLES = 100_000  # a clean article is a few KB; anything this large is not one


class Extractor:
    def __init__(self, settings: Settings, nlp: Any, consumer: KafkaConsumer, producer: KafkaProducer,
                 probe: Probe | None = None, on_incident: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.settings = settings
        self.nlp = nlp
        self.consumer = consumer
        self.producer = producer
        self.probe = probe or Probe()
        self.on_incident = on_incident
        self.out_topic = settings.topic("incidents.v1")
        self.dead_topic = settings.topic("deadletter.v1")
        self.processed = 0
        self.recent: OrderedDict[bytes, None] = OrderedDict()  # (article id, text) digests already extracted

    def _dead(self, rec: Any, kind: str, error: str) -> Any:
        metrics.DEAD_LETTERS.labels("extractor", kind).inc()
        log.warning("dead letter", extra={"topic": rec.topic, "partition": rec.partition, "offset": rec.offset,
                                          "error_kind": kind, "error": error[:300]})
        msg = deadletter("extractor", kind, error, rec.value or b"", topic=rec.topic, partition=rec.partition,
                         offset=rec.offset, key=rec.key.decode("utf-8", "replace") if rec.key else None)
        return self.producer.send(self.dead_topic, key=rec.key, value=orjson.dumps(msg))

    def _extract(self, records: list[Any]) -> tuple[list[Any], set[bytes]]:
        """Produce every output of these records; returns the send futures and the digests of the articles taken."""
        futures = []
        good: list[tuple[Any, dict[str, Any]]] = []
        batch: set[bytes] = set()
        for rec in records:
            if rec.value is not None and len(rec.value) > MAX_RECORD_BYTES:
                futures.append(self._dead(rec, "oversized_record", f"{len(rec.value)} bytes > {MAX_RECORD_BYTES}"))
                continue
            try:
                article = check_article(orjson.loads(rec.value or b""))
                if self._duplicate(article, batch):
                    continue
                good.append((rec, article))
            except orjson.JSONDecodeError as e:
                futures.append(self._dead(rec, "invalid_json", str(e)))
            except BadArticle as e:
                futures.append(self._dead(rec, e.kind, str(e)))
        try:
            results = incidents([a for _, a in good], self.nlp, self.settings.nlp_batch_size)
        except Exception:
            results = []
            for rec, a in good:  # isolate the record that breaks the extractor
                try:
                    results.extend(incidents([a], self.nlp, 1))
                except Exception as e:
                    log.exception("extractor failed", extra={"offset": rec.offset, "error_kind": "extractor_error"})
                    futures.append(self._dead(rec, "extractor_error", f"{type(e).__name__}: {e}"))
                    results.append(None)
        for (rec, _), msgs in zip(good, results):
            for m in msgs or []:
                futures.append(self.producer.send(self.out_topic, key=m["id"].encode(), value=orjson.dumps(m)))
                metrics.INCIDENTS.labels(m["event_type"]).inc()
                if self.on_incident:
                    self.on_incident(m)
        return futures, batch

    @staticmethod
    def _digest(article: dict[str, Any]) -> bytes:
        return hashlib.blake2b(f"{article['id']}\x00{article['text']}".encode(), digest_size=16).digest()

    def _duplicate(self, article: dict[str, Any], batch: set[bytes]) -> bool:
        """The same article published twice (two connectors replicas, a re-publish after a crash): extract once.

        Records with one key land on one partition, so one process sees every copy of an article. Only articles
        whose output was acknowledged and committed are remembered (see `_remember`), so a replay after a failed
        produce is extracted again."""
        digest = self._digest(article)
        if digest in self.recent or digest in batch:
            metrics.ARTICLES.labels("duplicate_skipped").inc()
            return True
        batch.add(digest)
        return False

    def _remember(self, digests: set[bytes]) -> None:
        for digest in digests:
            self.recent[digest] = None
        while len(self.recent) > RECENT_ARTICLES:
            self.recent.popitem(last=False)

    def step(self, timeout_ms: int = 500) -> int:
        """One poll -> process -> ack -> commit cycle. Returns the number of records handled."""
        batch = self.consumer.poll(timeout_ms=timeout_ms, max_records=self.settings.max_poll_records)
        self.probe.beat()
        handled = 0
        for tp, records in batch.items():
            started = time.monotonic()
            futures, digests = self._extract(records)
            try:
                self.producer.flush(ACK_TIMEOUT_S)
                for f in futures:
                    f.get(ACK_TIMEOUT_S)
            except KafkaError as e:
                log.error("produce not acknowledged; re-reading the batch",
                          extra={"topic": tp.topic, "partition": tp.partition, "offset": records[0].offset,
                                 "error_kind": "produce_failed", "error": str(e)})
                self.consumer.seek(tp, records[0].offset)
                raise
            self.consumer.commit({tp: OffsetAndMetadata(records[-1].offset + 1, None, -1)})
            self._remember(digests)
            metrics.PROCESS_SECONDS.labels("extractor").observe((time.monotonic() - started) / len(records))
            handled += len(records)
            self._lag(tp, records[-1].offset + 1)
        self.processed += handled
        return handled

    def _lag(self, tp: TopicPartition, position: int) -> None:
        end = self.consumer.highwater(tp)
        if end is not None:
            metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(max(0, end - position))

    def run(self, stop: threading.Event) -> None:
        """Until `stop` is set (SIGTERM): step, with capped backoff while the broker misbehaves; then leave the group."""
        backoff = 0.5
        try:
            while not stop.is_set():
                try:
                    self.step()
                    backoff = 0.5
                except KafkaError:
                    stop.wait(backoff)
                    backoff = min(backoff * 2, 30.0)
                metrics.LAST_PROGRESS.labels("extractor").set_to_current_time()
        finally:
            self.close()

    def close(self) -> None:
        try:
            self.producer.flush(10)
        except KafkaError:
            log.error("flush at shutdown failed", extra={"error_kind": "produce_failed"})
        self.consumer.close(autocommit=False)
        self.producer.close(10)
