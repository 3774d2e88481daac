"""log_end_offsets on the embedded broker: the offset after the last record, also when the last batch holds many."""
from __future__ import annotations

import uuid

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic

from worker.kafka import log_end_offsets

pytestmark = pytest.mark.integration


def _topic(broker: str, partitions: int) -> str:
    name = f"le{uuid.uuid4().hex[:8]}"
    admin = KafkaAdminClient(bootstrap_servers=broker)
    admin.create_topics([NewTopic(name, partitions, 1)])
    admin.close()
    return name


def test_end_after_a_multi_record_last_batch(broker):
    t = _topic(broker, 2)
    p = KafkaProducer(bootstrap_servers=broker, linger_ms=200, batch_size=1_000_000)
    p.send(t, key=b"lone", value=b"x", partition=0)
    p.flush(10)
    for i in range(37):
        p.send(t, key=b"k%d" % i, value=b"y", partition=0)
    p.flush(10)
    p.close()
    c = KafkaConsumer(bootstrap_servers=broker, group_id=None, enable_auto_commit=False)
    try:
        end = log_end_offsets(c, [TopicPartition(t, 0), TopicPartition(t, 1)])
    finally:
        c.close()
    assert end == {TopicPartition(t, 0): 38, TopicPartition(t, 1): 0}
