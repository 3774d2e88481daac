"""The extractor polls in one join window while its consumer holds no partition (a group join is one round the
broker answers only after a delay; kafka-python 3.0 restarts a join that completes between two short polls), and
with the caller's timeout once it holds partitions."""
from __future__ import annotations

from typing import Any

from kafka.structs import TopicPartition

from worker.config import load
from worker.runtime import join_window_ms
from worker.service import Extractor


class NoNer:
    def pipe(self, texts, batch_size=16):
        for _ in texts:
            yield type("Doc", (), {"ents": ()})()


class Consumer:
    """Records the timeout of every poll; holds one partition from its `assigned_from`-th poll on."""

    config: dict[str, Any] = {"max_poll_interval_ms": 300000}

    def __init__(self, assigned_from: int) -> None:
        self.timeouts: list[int] = []
        self.assigned_from = assigned_from

    def assignment(self) -> set[TopicPartition]:
        return {TopicPartition("a", 0)} if len(self.timeouts) >= self.assigned_from else set()

    def poll(self, timeout_ms: int = 0, max_records: int | None = None) -> dict:
        self.timeouts.append(timeout_ms)
        return {}


def test_a_joining_consumer_polls_in_one_join_window_then_with_the_callers_timeout() -> None:
    s = load(env={}, session_timeout_ms=8000, http_port=0)
    consumer = Consumer(assigned_from=2)
    ex = Extractor(s, NoNer(), consumer, producer=None)  # type: ignore[arg-type]
    for _ in range(3):
        assert ex.step(200) == 0
    assert consumer.timeouts == [8000, 8000, 200]


def test_the_join_window_is_the_session_timeout_capped_by_how_soon_a_stop_must_be_seen() -> None:
    assert join_window_ms(load(env={}, session_timeout_ms=6000)) == 6000
    assert join_window_ms(load(env={}, session_timeout_ms=60000)) == 15000
