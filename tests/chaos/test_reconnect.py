"""How soon a producer and a group consumer built by worker.kafka are back once a broker outage ends.

The bound is the README's (faults): a client retries a broker at least every RECONNECT_BACKOFF_MAX_MS (+20% jitter),
so once the broker is back, a record queued during the outage is acknowledged, and a group member has rejoined,
read it and committed it, within seconds, not the half minute kafka-python's default backoff allowed.
"""
from __future__ import annotations

import time
import uuid

import pytest
from kafka.structs import OffsetAndMetadata, TopicPartition

from worker import kafka
from worker.config import Settings
from worker.kafka import EmbeddedBroker, free_port

from .proxy import FlakyProxy

pytestmark = pytest.mark.chaos

OUTAGE_S = 35  # past the 9th failed attempt: a client on a 30 s backoff cap then stays away 20-30 s more
BACK_WITHIN_S = 8.0


def _read_and_commit(consumer, topic: str, value: bytes, timeout_s: float) -> bool:
    """Poll like a service until `value` is read, then commit past it (True), or False after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            batch = consumer.poll(timeout_ms=200)
        except Exception:  # the broker away: a service backs off and polls again
            time.sleep(0.2)
            continue
        for tp, recs in batch.items():
            for r in recs:
                if r.value == value:
                    consumer.commit({tp: OffsetAndMetadata(r.offset + 1, None, -1)})
                    return True
    return False


def test_producer_and_group_consumer_are_back_within_seconds_of_the_broker():
    proxy_port = free_port()
    with EmbeddedBroker(advertise=f"127.0.0.1:{proxy_port}") as b:
        proxy = FlakyProxy(b.port, proxy_port)
        proxy.up()
        prefix = f"r{uuid.uuid4().hex[:8]}."
        settings = Settings().with_(bootstrap_servers=f"127.0.0.1:{proxy_port}", topic_prefix=prefix,
                                    group_id=f"g-{prefix}", session_timeout_ms=6000, topic_partitions=1)
        kafka.ensure_topics(settings, ("articles.v1",))
        topic = settings.topic("articles.v1")
        producer = kafka.producer(settings)
        consumer = kafka.consumer(settings, [topic])
        try:
            producer.send(topic, b"before").get(30)
            assert _read_and_commit(consumer, topic, b"before", 60)
            proxy.down()
            during = producer.send(topic, b"during")
            assert not _read_and_commit(consumer, topic, b"during", OUTAGE_S)  # a real outage: nothing gets through
            assert not during.is_done
            proxy.up()
            back = time.monotonic()
            during.get(BACK_WITHIN_S)
            acked_s = time.monotonic() - back
            assert _read_and_commit(consumer, topic, b"during", BACK_WITHIN_S), \
                f"the consumer did not read and commit within {BACK_WITHIN_S} s of the broker's return"
            assert acked_s < BACK_WITHIN_S
            committed = consumer.committed(TopicPartition(topic, 0))
            assert committed is not None and committed >= 2
        finally:
            consumer.close(autocommit=False)
            kafka.close_producer(producer, 1)
            proxy.down()
