"""How the services come back from a broker outage: the extractor loop's waits after failed steps are capped (and
start over after a success), and a producer that cannot deliver at shutdown does not stop the rest of it."""
from __future__ import annotations

import threading

import pytest
from kafka.errors import KafkaTimeoutError, NodeNotReadyError

from worker import kafka
from worker.runtime import RETRY_BACKOFF_S, retry_backoff
from worker.service import Extractor


class _Stop(threading.Event):
    """A stop flag whose waits return at once and are recorded (no real sleeping in a unit test)."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout or 0.0)
        return self.is_set()


class _Loop(Extractor):
    """The extractor's run loop over a scripted step: True succeeds, an exception is raised; the flag is set after."""

    def __init__(self, script: list[object], stop: _Stop) -> None:  # no clients, no model: only run() is exercised
        self.script = list(script)
        self.stop_flag = stop
        self.closed = False

    def step(self, timeout_ms: int = 500) -> int:
        outcome = self.script.pop(0)
        if not self.script:
            self.stop_flag.set()
        if isinstance(outcome, BaseException):
            raise outcome
        return 1

    def close(self) -> None:
        self.closed = True


def test_waits_after_failed_steps_double_up_to_the_cap_and_start_over_after_a_success():
    stop = _Stop()
    outage = [KafkaTimeoutError("flush")] * 12
    loop = _Loop(outage + [True, NodeNotReadyError("coordinator"), True], stop)
    loop.run(stop)
    first, longest = RETRY_BACKOFF_S
    assert stop.waits[:5] == [first, 2 * first, 4 * first, 8 * first, longest]
    assert max(stop.waits) == longest <= 5.0  # the README's bound on how late the loop tries again
    assert stop.waits[12] == first  # the failure after a success waits the short time again
    assert loop.closed


def test_retry_backoff_is_capped():
    waits = []
    previous = None
    for _ in range(30):
        previous = retry_backoff(previous)
        waits.append(previous)
    assert waits[0] == RETRY_BACKOFF_S[0] and set(waits[-20:]) == {RETRY_BACKOFF_S[1]}


class _StuckProducer:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def close(self, timeout: float | None = None) -> None:
        self.calls.append(timeout or 0.0)
        raise KafkaTimeoutError("Timeout waiting for future")


def test_a_producer_that_cannot_deliver_at_shutdown_is_logged_not_raised(caplog: pytest.LogCaptureFixture):
    p = _StuckProducer()
    kafka.close_producer(p, 0.5)  # type: ignore[arg-type]
    assert p.calls == [0.5]
    assert any(r.message == "unsent records dropped at shutdown" for r in caplog.records)


def test_the_merger_stages_back_off_on_the_same_capped_schedule():
    from worker.merge.service import _loop

    stop = _Stop()
    script: list[object] = [NodeNotReadyError("coordinator")] * 10 + [1, KafkaTimeoutError("flush"), 1]

    def step() -> int:
        outcome = script.pop(0)
        if not script:
            stop.set()
        if isinstance(outcome, BaseException):
            raise outcome
        return 1

    _loop(stop, step, "merger-test")
    first, longest = RETRY_BACKOFF_S
    assert stop.waits[:5] == [first, 2 * first, 4 * first, 8 * first, longest]
    assert max(stop.waits) == longest  # was 30 s: a merger came back up to half a minute after the broker
    assert stop.waits[10] == first
