"""The extractor defects of the outside review (issue 16/17), on the real embedded broker: a reverted article gets
its manifest again, a huge record key cannot stall a partition, a dead letter is counted once it is acknowledged, a
manifest never names an incident the broker refused, and a stop flag ends a batch between its extraction chunks.

No spaCy: a stub NER tags the one place name the trigger texts use; producers are real, wrapped only where a test
needs the broker to refuse (Tansu does not enforce max.message.bytes)."""
from __future__ import annotations

import threading
import time
import uuid

import orjson
import pytest
from kafka import TopicPartition
from kafka.errors import KafkaTimeoutError, MessageSizeTooLargeError
from kafka.future import Future

import schemas
from worker import kafka as wk
from worker import metrics
from worker.config import load
from worker.models import revision
from worker.service import Extractor
from tests.integration.drive_extractor import JOIN_WITHIN_S, drive
from tests.topic_reads import read_topic

pytestmark = pytest.mark.integration

RAID = "HERAT, Afghanistan - Gunmen killed four guards at a checkpoint outside Herat on Sunday, police said."
QUIET = "HERAT, Afghanistan - The provincial council approved a budget for new schools on Sunday, officials said."


class Ner:
    """Tags "Herat" as a place wherever it occurs (no model needed)."""

    def __init__(self, on_pipe=None) -> None:
        self.on_pipe = on_pipe

    def pipe(self, texts, batch_size=16):
        if self.on_pipe:
            self.on_pipe()
        for t in texts:
            i = t.find("Herat")
            ents = [] if i < 0 else [type("E", (), {"text": "Herat", "label_": "GPE", "start_char": i,
                                                    "end_char": i + 5})()]
            yield type("Doc", (), {"ents": ents})()


def article(aid: str, text: str, **extra) -> bytes:
    return orjson.dumps({"id": aid, "url": f"http://w.example/{aid}", "canonical_url": f"http://w.example/{aid}",
                         "source": "w", "feed_url": None, "title": "Report", "author": None,
                         "published": "2025-02-09", "language": "en", "text": text,
                         "fetched_at": "2025-02-09T10:00:00+00:00", "extractor_version": "test", **extra})


def settings(broker: str, **kw):
    prefix = f"x{uuid.uuid4().hex[:8]}."
    s = load(env={}, bootstrap_servers=broker, topic_prefix=prefix, topic_partitions=1, http_port=0,
             session_timeout_ms=6000, group_id=f"g-{prefix}", **{"max_poll_records": 20, **kw})
    wk.ensure_topics(s)
    return s


def read(broker: str, topic: str) -> list:
    return read_topic(broker, topic, max_partition_fetch_bytes=8_000_000, fetch_max_bytes=16_000_000)

def publish(s, records: list[tuple[bytes, bytes]]) -> None:
    prod = wk.producer(s)
    for key, value in records:
        prod.send(s.topic("articles.v1"), key=key, value=value, partition=0).get(10)
    prod.close(5)


def committed(ex: Extractor, s) -> int:
    return ex.consumer.committed(TopicPartition(s.topic("articles.v1"), 0)) or 0


def stage_count() -> float:
    return metrics.DEAD_LETTER_STAGES.labels("extractor")._value.get()


@pytest.mark.parametrize("max_poll_records", [20, 1], ids=["one-poll", "one-per-poll"])
def test_an_article_reverted_to_its_earlier_text_gets_that_texts_manifest_again(broker, max_poll_records):
    s = settings(broker, max_poll_records=max_poll_records)
    aid = "7a" * 16
    publish(s, [(aid.encode(), article(aid, text)) for text in (RAID, QUIET, RAID, RAID)])
    ex = Extractor(s, Ner(), wk.consumer(s, [s.topic("articles.v1")]), wk.producer(s))
    try:
        drive(ex, 40, lambda: committed(ex, s) >= 4)
        assert committed(ex, s) == 4
    finally:
        ex.close()
    mans = [orjson.loads(r.value) for r in read(broker, s.topic("extractions.v1"))]
    # the fourth record repeats the third's text: skipped; the third (a revert) is extracted again
    assert [m["revision"] for m in mans] == [revision(RAID), revision(QUIET), revision(RAID)]
    assert mans[-1]["incident_ids"] == mans[0]["incident_ids"] != []


class DropFirstDeadLetters:
    """send() to deadletter.v1 raises at once (nothing reaches the broker) the first `n` times."""

    def __init__(self, real, topic: str, n: int) -> None:
        self.real, self.topic, self.left = real, topic, n

    def send(self, topic, *a, **kw):
        if topic == self.topic and self.left > 0:
            self.left -= 1
            raise KafkaTimeoutError("test: no metadata within max_block_ms")
        return self.real.send(topic, *a, **kw)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_record_with_a_huge_control_character_key_is_dead_lettered_and_the_partition_moves_on(broker):
    s = settings(broker)
    good = "3c" * 16
    publish(s, [(b"\x02" * 600_000, b"{not an article"), (good.encode(), article(good, QUIET))])
    before = stage_count()
    ex = Extractor(s, Ner(), wk.consumer(s, [s.topic("articles.v1")]), wk.producer(s))
    try:
        drive(ex, 40, lambda: committed(ex, s) >= 2)
        assert committed(ex, s) == 2, "the poison record's dead letter got through and the next record was read"
    finally:
        ex.close()
    dead = read(broker, s.topic("deadletter.v1"))
    assert len(dead) == 1 and len(dead[0].value) < 1_000_000 and len(dead[0].key or b"") <= 1_000
    letter = orjson.loads(dead[0].value)
    assert letter["error_kind"] == "invalid_json" and letter["source"]["offset"] == 0
    assert len(letter["source"].get("key") or "") <= 2_000 and schemas.errors("deadletter.v1", letter) == []
    assert stage_count() - before == 1


def test_a_dead_letter_is_counted_once_it_is_acknowledged_not_per_attempt(broker):
    s = settings(broker)
    publish(s, [(b"k", b"[1, 2")])
    before = stage_count()
    prod = DropFirstDeadLetters(wk.producer(s), s.topic("deadletter.v1"), 3)
    ex = Extractor(s, Ner(), wk.consumer(s, [s.topic("articles.v1")]), prod)
    try:
        drive(ex, 40, lambda: committed(ex, s) >= 1)
        assert committed(ex, s) == 1 and prod.left == 0
    finally:
        ex.close()
    assert len(read(broker, s.topic("deadletter.v1"))) == 1
    assert stage_count() - before == 1, "three refused attempts and one acknowledged dead letter count once"


class RefuseIncidents:
    """The broker refuses every incidents.v1 record for good (larger than that topic's max.message.bytes)."""

    def __init__(self, real, topic: str) -> None:
        self.real, self.topic = real, topic

    def send(self, topic, *a, **kw):
        if topic == self.topic:
            f = Future()
            f.failure(MessageSizeTooLargeError("test: record larger than max.message.bytes"))
            return f
        return self.real.send(topic, *a, **kw)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_no_manifest_is_sent_for_an_article_whose_incidents_the_broker_refused(broker):
    s = settings(broker)
    refused, fine = "9d" * 16, "9e" * 16
    publish(s, [(refused.encode(), article(refused, RAID)), (fine.encode(), article(fine, QUIET))])
    ex = Extractor(s, Ner(), wk.consumer(s, [s.topic("articles.v1")]),
                   RefuseIncidents(wk.producer(s), s.topic("incidents.v1")))
    try:
        drive(ex, 40, lambda: committed(ex, s) >= 2)
        assert committed(ex, s) == 2
    finally:
        ex.close()
    assert [orjson.loads(r.value)["article_id"] for r in read(broker, s.topic("extractions.v1"))] == [fine]
    assert [orjson.loads(r.value)["error_kind"] for r in read(broker, s.topic("deadletter.v1"))] == \
        ["output_rejected"]


def test_an_article_with_megabyte_fields_yields_incidents_that_fit(broker):
    s = settings(broker)
    aid = "4f" * 16
    publish(s, [(aid.encode(), article(aid, RAID, source="Herald " * 150_000))])
    ex = Extractor(s, Ner(), wk.consumer(s, [s.topic("articles.v1")]), wk.producer(s))
    try:
        drive(ex, 40, lambda: committed(ex, s) >= 1)
    finally:
        ex.close()
    incidents = [r.value for r in read(broker, s.topic("incidents.v1"))]
    assert incidents and all(len(v) < 100_000 for v in incidents)
    manifest = orjson.loads(read(broker, s.topic("extractions.v1"))[-1].value)
    assert manifest["incident_ids"] == [orjson.loads(v)["id"] for v in incidents]


def test_a_stop_during_a_batch_commits_the_extracted_part_and_leaves_the_rest(broker):
    s = settings(broker)
    aids = [f"{i:02d}" * 16 for i in range(6)]
    publish(s, [(a.encode(), article(a, RAID)) for a in aids])
    stop = threading.Event()
    ex = Extractor(s, Ner(on_pipe=stop.set), wk.consumer(s, [s.topic("articles.v1")]), wk.producer(s))
    ex._stop = stop  # what run(stop) does; the NER stub sets it while the first chunk is extracted
    ex.chunk = 2
    try:
        deadline = time.monotonic() + JOIN_WITHIN_S + 30
        while (not ex.consumer.assignment() or committed(ex, s) == 0) and time.monotonic() < deadline:
            ex.step(500)  # must not raise: stopping is not a produce failure
        assert committed(ex, s) == 2, "only the chunk extracted before the stop flag is committed"
    finally:
        ex.close()
    assert [orjson.loads(r.value)["article_id"] for r in read(broker, s.topic("extractions.v1"))] == aids[:2]


def test_the_service_passes_max_batch_chars_to_the_extraction(broker, monkeypatch):
    import worker.service as service
    s = settings(broker, max_batch_chars=12_345)
    aid = "5b" * 16
    publish(s, [(aid.encode(), article(aid, RAID))])
    seen: list[int] = []
    real = service.extract_batch

    def spy(articles, nlp, batch_size=16, budget_s=10.0, max_batch_chars=400_000):
        seen.append(max_batch_chars)
        return real(articles, nlp, batch_size, budget_s=budget_s, max_batch_chars=max_batch_chars)

    ex = Extractor(s, Ner(), wk.consumer(s, [s.topic("articles.v1")]), wk.producer(s))
    monkeypatch.setattr(service, "extract_batch", spy)
    try:
        drive(ex, 30, lambda: committed(ex, s) >= 1)
    finally:
        ex.close()
    assert seen and set(seen) == {12_345}
