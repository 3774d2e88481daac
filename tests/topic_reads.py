"""Test helpers for the broker: reading a topic to its true end, and waiting on a condition (one copy each).

The end is the high watermark of a fetch (`worker.kafka.log_end_offsets`), not `end_offsets()`: the embedded broker
answers ListOffsets(latest) with the last batch's base offset + 1, so a read bounded by it misses the newest batch.
"""
from __future__ import annotations

import time
from typing import Any, Callable

from kafka import KafkaConsumer, TopicPartition

from worker.kafka import log_end_offsets


def read_topic(bootstrap: str, topic: str, timeout_s: float = 20, **options: Any) -> list[Any]:
    """Every record of `topic`, partition by partition in log order, read from the beginning to the log's end."""
    c = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None, **options)
    try:
        tps = [TopicPartition(topic, p) for p in (c.partitions_for_topic(topic) or [])]
        end = log_end_offsets(c, tps)
        c.seek_to_beginning()
        out: list[Any] = []
        deadline = time.monotonic() + timeout_s
        while any(c.position(tp) < end[tp] for tp in tps) and time.monotonic() < deadline:
            for batch in c.poll(timeout_ms=300).values():
                out.extend(batch)
        return out
    finally:
        c.close()


def drained(bootstrap: str, group: str, topic: str) -> bool:
    """`group` has committed every partition of `topic` up to the log's true end."""
    reader = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, fetch_max_wait_ms=50)
    c = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    try:
        tps = [TopicPartition(topic, p) for p in (reader.partitions_for_topic(topic) or [])]
        end = log_end_offsets(reader, tps)
        return all((c.committed(tp) or 0) >= end[tp] for tp in tps)
    finally:
        reader.close()
        c.close(autocommit=False)


def wait_until(cond: Callable[[], Any], timeout_s: float, every: float = 1.0) -> bool:
    """Whether `cond()` became true within `timeout_s`, checked every `every` seconds."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(every)
    return False
