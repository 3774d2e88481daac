"""Both merger stages poll in one join window while their consumer holds no partition, and the merge stage rebuilds
its state only once it holds some: kafka-python 3.0 drops a JoinGroup/SyncGroup answer that arrives while no poll
waits for it, and each new round costs the broker's join delay (about half the session timeout)."""
from __future__ import annotations

from typing import Any

from kafka.structs import TopicPartition

from worker.config import load
from worker.merge.service import POLL_MS, Merger, Repartitioner

SESSION_MS = 8000


class _Consumer:
    """Records every poll's timeout; holds one partition from its `assigned_from`-th poll on (the join completes
    inside that poll)."""

    def __init__(self, assigned_from: int) -> None:
        self.timeouts: list[int] = []
        self.assigned_from = assigned_from

    def assignment(self) -> set[TopicPartition]:
        return {TopicPartition("merge-input.v1", 0)} if len(self.timeouts) >= self.assigned_from else set()

    def poll(self, timeout_ms: int = 0, max_records: int | None = None) -> dict[TopicPartition, list[Any]]:
        self.timeouts.append(timeout_ms)
        return {}


def _settings():
    return load(env={}, session_timeout_ms=SESSION_MS, http_port=0)


def test_the_merge_stage_polls_one_join_window_and_rebuilds_only_once_it_holds_partitions():
    consumer = _Consumer(assigned_from=3)
    merger = Merger(_settings(), consumer, producer=None)  # type: ignore[arg-type]
    restores: list[int] = []
    merger.restore = lambda: (restores.append(len(consumer.timeouts)), setattr(merger, "stale", False))  # type: ignore
    for _ in range(4):
        assert merger.step() == 0
    assert consumer.timeouts == [SESSION_MS, SESSION_MS, SESSION_MS, POLL_MS]
    assert restores == [3], "a rebuild between two join polls leaves the join answer to no poll"


def test_the_repartition_stage_polls_one_join_window_while_joining():
    consumer = _Consumer(assigned_from=2)
    router = Repartitioner(_settings(), consumer, producer=None)  # type: ignore[arg-type]
    for _ in range(3):
        assert router.step() == 0
    assert consumer.timeouts == [SESSION_MS, SESSION_MS, POLL_MS]
