"""The true end of a partition's log: the high watermark a fetch reports.

`KafkaConsumer.end_offsets()` (ListOffsets, latest) is exact on Kafka, but the embedded broker (Tansu) answers it
with the last batch's base offset + 1, short of the end whenever that batch holds several records. A fetch response
carries the real high watermark on both, so the end is read from one (never below ListOffsets' answer).
"""
from __future__ import annotations

import time

from kafka import KafkaConsumer, TopicPartition
from kafka.errors import KafkaTimeoutError


def log_end_offsets(consumer: KafkaConsumer, tps: list[TopicPartition], timeout_s: float = 10.0
                    ) -> dict[TopicPartition, int]:
    """The offset after each partition's last record. Takes over `consumer`'s assignment: pass one of its own
    (group_id=None), never a working consumer."""
    floor = consumer.end_offsets(tps)
    consumer.assign(tps)
    for tp in tps:
        consumer.seek(tp, floor[tp])  # a fetch from here returns at most the last batch
    deadline = time.monotonic() + timeout_s
    while any(consumer.highwater(tp) is None for tp in tps):
        if time.monotonic() > deadline:
            raise KafkaTimeoutError(f"no fetch response for {tps} within {timeout_s}s")
        consumer.poll(timeout_ms=50)  # an empty fetch answers only at the timeout
    return {tp: max(floor[tp], consumer.highwater(tp) or 0) for tp in tps}
