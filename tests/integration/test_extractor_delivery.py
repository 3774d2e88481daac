"""The extractor's delivery under produce failures and unreadable input, on the real embedded broker.

No spaCy: the texts carry no violence trigger (the gate never calls the model) unless a test needs incidents,
and then a stub NER stands in. Each test checks committed offsets against what was actually extracted."""
from __future__ import annotations

import base64
import threading
import time
import uuid

import kafka.codec
import orjson
import pytest
from kafka import KafkaProducer, TopicPartition
from kafka.errors import KafkaTimeoutError, MessageSizeTooLargeError
from kafka.future import Future

import schemas
from worker import kafka as wk
from worker import metrics
from worker.config import load
from worker.service import Extractor
from tests.integration.drive_extractor import JOIN_WITHIN_S, drive
from tests.topic_reads import read_topic

pytestmark = pytest.mark.integration


class NoNer:
    """Every passage without entities (the checks are about offsets, not NER)."""

    def pipe(self, texts, batch_size=16):
        for _ in texts:
            yield type("Doc", (), {"ents": ()})()


def article(aid: str, text: str | None = None) -> bytes:
    return orjson.dumps({"id": aid, "url": f"http://t.example/{aid}", "canonical_url": f"http://t.example/{aid}",
                         "source": "t", "feed_url": None, "title": "Notes", "author": None, "published": "2024-05-02",
                         "language": "en", "text": text or f"The library extends its opening hours, note {aid}.",
                         "fetched_at": "2024-05-02T08:00:00+00:00", "extractor_version": "test"})


def settings(broker: str, partitions: int):
    prefix = f"d{uuid.uuid4().hex[:8]}."
    s = load(env={}, bootstrap_servers=broker, topic_prefix=prefix, topic_partitions=partitions, http_port=0,
             session_timeout_ms=6000, group_id=f"g-{prefix}", max_poll_records=20)
    wk.ensure_topics(s)
    return s


read = read_topic

class Spy:
    """Wraps Extractor._extract: (partition, offset) of every record whose extraction came back."""

    def __init__(self, ex: Extractor) -> None:
        self.seen: set[tuple[int, int]] = set()
        orig = ex._extract

        def spy(records):
            out = orig(records)
            self.seen.update((r.partition, r.offset) for r in records)
            return out
        ex._extract = spy


def holes(ex: Extractor, spy: Spy, topic: str, partitions: int) -> dict[int, list[int]]:
    out = {}
    for p in range(partitions):
        committed = ex.consumer.committed(TopicPartition(topic, p)) or 0
        missing = [o for o in range(committed) if (p, o) not in spy.seen]
        if missing:
            out[p] = missing
    return out


def committed_all(ex: Extractor, topic: str, ends: dict[int, int]) -> bool:
    return all((ex.consumer.committed(TopicPartition(topic, p)) or 0) >= e for p, e in ends.items())


class FailFirstFlush:
    def __init__(self, real):
        self.real, self.failed = real, False

    def flush(self, timeout=None):
        if not self.failed:
            self.failed = True
            raise KafkaTimeoutError("test: not acknowledged in time")
        return self.real.flush(timeout)

    def __getattr__(self, name):
        return getattr(self.real, name)


class FailSecondSend:
    """send() raises at once the second time it is called (after one good record's output went out)."""

    def __init__(self, real):
        self.real, self.calls = real, 0

    def send(self, *a, **kw):
        self.calls += 1
        if self.calls == 2:
            raise KafkaTimeoutError("test: no metadata within max_block_ms")
        return self.real.send(*a, **kw)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_failed_flush_commits_no_partition_past_an_unacknowledged_record(broker):
    s = settings(broker, 3)
    topic = s.topic("articles.v1")
    prod = wk.producer(s)
    for p in range(3):
        for i in range(3):
            prod.send(topic, key=f"k{p}{i}".encode(), value=article(f"{p}{i}".rjust(32, "a")), partition=p).get(10)
    ex = Extractor(s, NoNer(), wk.consumer(s, [topic]), FailFirstFlush(wk.producer(s)))
    spy = Spy(ex)
    drive(ex, 30, lambda: committed_all(ex, topic, {0: 3, 1: 3, 2: 3}))
    for p in range(3):  # more arrive later
        prod.send(topic, key=f"late{p}".encode(), value=article(f"late{p}".rjust(32, "b")), partition=p).get(10)
    drive(ex, 20, lambda: committed_all(ex, topic, {0: 4, 1: 4, 2: 4}))
    try:
        assert holes(ex, spy, topic, 3) == {}
        assert committed_all(ex, topic, {0: 4, 1: 4, 2: 4}), "every partition catches up after the failure"
        assert {(p, o) for p in range(3) for o in range(4)} <= spy.seen
    finally:
        ex.close()
        prod.close()


def test_a_send_that_raises_at_once_is_not_committed_past(broker):
    s = settings(broker, 1)
    topic = s.topic("articles.v1")
    prod = wk.producer(s)
    values = [article("1".rjust(32, "c")), b"{broken json", article("3".rjust(32, "c"))]
    for i, v in enumerate(values):
        prod.send(topic, key=f"k{i}".encode(), value=v, partition=0).get(10)
    ex = Extractor(s, NoNer(), wk.consumer(s, [topic]), FailSecondSend(wk.producer(s)))
    spy = Spy(ex)
    drive(ex, 30, lambda: committed_all(ex, topic, {0: 3}))
    try:
        assert holes(ex, spy, topic, 1) == {}
        assert committed_all(ex, topic, {0: 3})
        dead = [orjson.loads(r.value) for r in read(broker, s.topic("deadletter.v1"))]
        assert [d["source"]["offset"] for d in dead if d["error_kind"] == "invalid_json"][-1:] == [1]
        manifests = {orjson.loads(r.value)["article_id"] for r in read(broker, s.topic("extractions.v1"))}
        assert manifests == {"1".rjust(32, "c"), "3".rjust(32, "c")}, "a manifest per extracted article"
    finally:
        ex.close()
        prod.close()


class RefuseIncidents:
    """The broker refuses every incident record as too large (a permanent error), as a failed future."""

    def __init__(self, real, topic):
        self.real, self.topic = real, topic

    def send(self, topic, *a, **kw):
        if topic == self.topic:
            f = Future()
            f.failure(MessageSizeTooLargeError("test: record larger than max.message.bytes"))
            return f
        return self.real.send(topic, *a, **kw)

    def __getattr__(self, name):
        return getattr(self.real, name)


class Ner:
    """Tags the one place name the test text uses (no model needed)."""

    def pipe(self, texts, batch_size=16):
        for t in texts:
            i = t.find("Kandahar")
            ents = [] if i < 0 else [type("E", (), {"text": "Kandahar", "label_": "GPE", "start_char": i,
                                                    "end_char": i + 8})()]
            yield type("Doc", (), {"ents": ents})()


def test_an_output_refused_for_good_is_dead_lettered_not_retried(broker):
    s = settings(broker, 1)
    topic = s.topic("articles.v1")
    prod = wk.producer(s)
    aid = "e" * 32
    text = "KANDAHAR, Afghanistan - A roadside bomb killed three soldiers in Kandahar on Tuesday, officials said."
    prod.send(topic, key=aid.encode(), value=article(aid, text), partition=0).get(10)
    prod.send(topic, key=b"k2", value=article("f" * 32), partition=0).get(10)
    ex = Extractor(s, Ner(), wk.consumer(s, [topic]), RefuseIncidents(wk.producer(s), s.topic("incidents.v1")))
    before = metrics.PRODUCE_ERRORS.labels("permanent")._value.get()
    drive(ex, 30, lambda: committed_all(ex, topic, {0: 2}))
    try:
        assert committed_all(ex, topic, {0: 2}), "the consumer moved on"
        dead = [orjson.loads(r.value) for r in read(broker, s.topic("deadletter.v1"))]
        assert [(d["error_kind"], d["source"]["offset"]) for d in dead] == [("output_rejected", 0)]
        assert orjson.loads(base64.b64decode(dead[0]["payload_b64"]))["id"] == aid
        assert metrics.PRODUCE_ERRORS.labels("permanent")._value.get() > before
    finally:
        ex.close()
        prod.close()


def test_a_dead_letter_too_large_for_the_broker_is_sent_again_smaller(broker):
    s = settings(broker, 1)
    topic = s.topic("articles.v1")
    prod = wk.producer(s)
    junk = b"{" + b"n" * 150_000  # invalid JSON whose dead letter exceeds what this producer may send
    prod.send(topic, key=b"big", value=junk, partition=0).get(10)
    small = KafkaProducer(**wk.common_options(s), acks="all", max_request_size=100_000)
    ex = Extractor(s, NoNer(), wk.consumer(s, [topic]), small)
    drive(ex, 30, lambda: committed_all(ex, topic, {0: 1}))
    try:
        assert committed_all(ex, topic, {0: 1})
        dead = [orjson.loads(r.value) for r in read(broker, s.topic("deadletter.v1"))]
        assert len(dead) == 1 and dead[0]["error_kind"] == "invalid_json" and dead[0]["payload_truncated"]
        payload = base64.b64decode(dead[0]["payload_b64"])
        assert 0 < len(payload) < len(junk) and junk.startswith(payload)
        assert schemas.errors("deadletter.v1", dead[0]) == []
    finally:
        ex.close()
        prod.close()


def test_an_undecodable_batch_is_dead_lettered_and_the_partition_moves_on(broker, monkeypatch):
    s = settings(broker, 1)
    topic = s.topic("articles.v1")
    plain = wk.producer(s)
    zstd = KafkaProducer(**wk.common_options(s), compression_type="zstd")
    plain.send(topic, key=b"a", value=article("1".rjust(32, "d")), partition=0).get(10)
    zstd.send(topic, key=b"z", value=article("2".rjust(32, "d")), partition=0).get(10)  # compressible: compressed
    plain.send(topic, key=b"c", value=article("3".rjust(32, "d")), partition=0).get(10)
    zstd.close()
    monkeypatch.setattr(kafka.codec, "has_zstd", lambda: False)  # this consumer has no zstd library
    ex = Extractor(s, NoNer(), wk.consumer(s, [topic]), wk.producer(s))
    spy = Spy(ex)
    counted = metrics.DEAD_LETTERS.labels("extractor", "undecodable_batch")._value.get()
    loop = threading.Thread(target=drive, args=(ex, 30, lambda: (ex.consumer.committed(TopicPartition(topic, 0))
                                                             or 0) >= 3), daemon=True)
    loop.start()
    loop.join(JOIN_WITHIN_S + 45)
    assert not loop.is_alive(), "the extractor is stuck inside poll() on the undecodable batch"
    try:
        assert committed_all(ex, topic, {0: 3}), "the partition did not stall on the batch"
        assert {(0, 0), (0, 2)} <= spy.seen
        dead = [orjson.loads(r.value) for r in read(broker, s.topic("deadletter.v1"))]
        assert [(d["error_kind"], d["source"]["topic"], d["source"]["partition"], d["source"]["offset"])
                for d in dead] == [("undecodable_batch", topic, 0, 1)]
        assert "zstd" in dead[0]["error"]
        assert metrics.DEAD_LETTERS.labels("extractor", "undecodable_batch")._value.get() == counted + 1
    finally:
        ex.close()
        plain.close()


class SlowNer:
    """NER that takes six seconds on one text (stands in for a pathological article)."""

    def pipe(self, texts, batch_size=16):
        for t in texts:
            if "Herat" in t:
                time.sleep(6)
            yield type("Doc", (), {"ents": ()})()


def test_an_article_over_its_time_budget_is_dead_lettered_and_the_rest_extracted(broker):
    s = settings(broker, 1).with_(extract_budget_s=3, max_poll_records=1)  # one article per batch
    topic = s.topic("articles.v1")
    prod = wk.producer(s)
    slow, quick = "1".rjust(32, "5"), "2".rjust(32, "5")
    prod.send(topic, key=b"s", value=article(slow, "HERAT - A bomb killed two guards in Herat on Monday."),
              partition=0).get(10)
    prod.send(topic, key=b"q", value=article(quick, "KUNDUZ - A bomb killed two guards in Kunduz on Monday."),
              partition=0).get(10)
    ex = Extractor(s, SlowNer(), wk.consumer(s, [topic]), wk.producer(s))
    drive(ex, 30, lambda: committed_all(ex, topic, {0: 2}))
    try:
        assert committed_all(ex, topic, {0: 2})
        dead = [orjson.loads(r.value) for r in read(broker, s.topic("deadletter.v1"))]
        assert [(d["error_kind"], d["source"]["offset"]) for d in dead] == [("extractor_timeout", 0)]
        assert {orjson.loads(r.value)["article_id"] for r in read(broker, s.topic("extractions.v1"))} == {quick}
    finally:
        ex.close()
        prod.close()


class NeverAcks:
    """A broker that takes records but never acknowledges them: sends stay pending, flush times out."""

    def __init__(self, real):
        self.real = real

    def send(self, *a, **kw):
        return Future()

    def flush(self, timeout=None):
        raise KafkaTimeoutError("test: the broker never acknowledges")

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_loop_that_has_work_but_makes_no_progress_fails_the_liveness_probe(broker):
    from worker.health import Probe
    s = settings(broker, 1)
    topic = s.topic("articles.v1")
    prod = wk.producer(s)
    prod.send(topic, key=b"k", value=article("1".rjust(32, "0")), partition=0).get(10)
    probe = Probe(stall_after_s=3)
    probe.watch("extractor")
    ex = Extractor(s, NoNer(), wk.consumer(s, [topic]), NeverAcks(wk.producer(s)), probe=probe)
    try:
        drive(ex, 25, lambda: probe.stalled())
        assert probe.stalled() == ["extractor"], "re-reading the same batch forever is no progress"
        assert (ex.consumer.committed(TopicPartition(topic, 0)) or 0) == 0
        ex.producer = ex.producer.real
        drive(ex, 15, lambda: committed_all(ex, topic, {0: 1}))
        assert probe.alive() and committed_all(ex, topic, {0: 1})
    finally:
        ex.close()
        prod.close()


def test_a_corrupt_compressed_batch_is_dead_lettered_too(broker, monkeypatch):
    """Not a missing codec but bytes the codec library rejects: its own exception type, raised mid-decode."""
    s = settings(broker, 1)
    topic = s.topic("articles.v1")
    plain = wk.producer(s)
    zstd = KafkaProducer(**wk.common_options(s), compression_type="zstd")
    plain.send(topic, key=b"a", value=article("1".rjust(32, "7")), partition=0).get(10)
    zstd.send(topic, key=b"z", value=article("2".rjust(32, "7")), partition=0).get(10)
    plain.send(topic, key=b"c", value=article("3".rjust(32, "7")), partition=0).get(10)
    zstd.close()

    def corrupt(_payload):
        import zstandard
        raise zstandard.ZstdError("test: corrupt frame")
    monkeypatch.setattr("kafka.record.default_records.zstd_decode", corrupt)
    ex = Extractor(s, NoNer(), wk.consumer(s, [topic]), wk.producer(s))
    loop = threading.Thread(target=drive, args=(ex, 30, lambda: (ex.consumer.committed(TopicPartition(topic, 0))
                                                             or 0) >= 3), daemon=True)
    loop.start()
    loop.join(JOIN_WITHIN_S + 45)
    try:
        assert not loop.is_alive() and committed_all(ex, topic, {0: 3})
        dead = [orjson.loads(r.value) for r in read(broker, s.topic("deadletter.v1"))]
        assert [(d["error_kind"], d["source"]["offset"]) for d in dead] == [("undecodable_batch", 1)]
        assert "ZstdError" in dead[0]["error"]
    finally:
        ex.close()
        plain.close()
