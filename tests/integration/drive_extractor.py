"""Driving an Extractor in the integration tests: join its group first, then step until a condition holds, each
with a time budget.

A condition that asks the broker (a committed offset) is checked only once the consumer holds its partitions: its
round trip to the group coordinator is where a JoinGroup could finish while no poll waits for it, which kafka-python
3.0 throws away and starts again (each join costs the broker's join delay, about half the session timeout)."""
from __future__ import annotations

import time
from typing import Callable

from kafka.errors import KafkaError

from worker.service import Extractor

JOIN_WITHIN_S = 60.0  # a join round takes ~3 s here (half the tests' 6 s session timeout); room for a loaded machine


def join(ex: Extractor, within_s: float = JOIN_WITHIN_S) -> None:
    """Step until the consumer holds partitions (records polled meanwhile are handled as usual); fails the test
    with its own message when the group was not joined in time."""
    end = time.monotonic() + within_s
    while not ex.consumer.assignment():
        assert time.monotonic() < end, f"the consumer group was not joined within {within_s:.0f} s"
        try:
            ex.step(200)
        except KafkaError:
            pass


def drive(ex: Extractor, seconds: float, until: Callable[[], bool] | None = None) -> None:
    """Join, then step until `until()` holds or `seconds` have passed since the join (the caller asserts the
    outcome, so a service that never gets there still fails the test)."""
    join(ex)
    end = time.monotonic() + seconds
    while time.monotonic() < end and not (until and until()):
        try:
            ex.step(200)
        except KafkaError:
            pass
