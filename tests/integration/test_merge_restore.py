"""The merger's state rebuild reads events.v1 to its true end on the real embedded broker.

Tansu answers ListOffsets(latest) with the last batch's base offset + 1, so a read bounded by `end_offsets()` stops
short whenever the newest batch holds several records and the first fetches already passed that offset: the
rebuilt state then lacked the newest events (the kill -9 chaos test failed about one run in six)."""
from __future__ import annotations

import uuid

import orjson
import pytest
from kafka import KafkaProducer

from worker import kafka
from worker.config import load
from worker.merge.service import read_events

pytestmark = pytest.mark.integration


@pytest.fixture()
def settings(broker):
    prefix = f"r{uuid.uuid4().hex[:8]}."
    s = load(env={}, bootstrap_servers=broker, topic_prefix=prefix, http_port=0, topic_partitions=1,
             group_id=f"g-{prefix}")
    kafka.ensure_topics(s)
    return s


def _send(settings, keys: list[str], linger_ms: int) -> None:
    p = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, linger_ms=linger_ms, batch_size=1_000_000)
    for k in keys:
        p.send(settings.topic("events.v1"), key=k.encode(), value=orjson.dumps({"id": k, "revision": 1}))
    p.flush(10)
    p.close()


def test_read_events_reaches_the_end_of_a_large_last_batch(settings):
    """One record, then one batch of 700: the first poll (500 records) is already past ListOffsets' short end."""
    _send(settings, ["ev-first"], linger_ms=0)
    last = [f"ev-{i:04d}" for i in range(700)]
    _send(settings, last, linger_ms=200)
    got = [k for k, _ in read_events(settings, timeout_s=30)]
    assert got == ["ev-first"] + last


def test_read_events_of_an_empty_topic_returns_nothing_quickly(settings):
    assert read_events(settings, timeout_s=10) == []


def test_read_events_keeps_tombstones_in_log_order(settings):
    p = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, linger_ms=100)
    t = settings.topic("events.v1")
    p.send(t, key=b"ev-a", value=orjson.dumps({"id": "ev-a"}))
    p.send(t, key=b"ev-b", value=orjson.dumps({"id": "ev-b"}))
    p.send(t, key=b"ev-a", value=None)
    p.flush(10)
    p.close()
    assert read_events(settings, timeout_s=10) == [("ev-a", {"id": "ev-a"}), ("ev-b", {"id": "ev-b"}), ("ev-a", None)]
