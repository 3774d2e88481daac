"""A cooperative time budget for one record's extraction.

Python cannot stop a thread, and forking per record would cost more than most records take, so extraction checks
the deadline itself between units of bounded cost (sentences, incidents, NER documents). Once every rule is linear
and sentences are capped, a record overruns its deadline by at most one such unit. The deadline lives in a context
variable so the pure extraction functions need no extra parameter; outside `deadline()` nothing is ever checked.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

_DEADLINE: ContextVar[float | None] = ContextVar("extract_deadline", default=None)


class BudgetExceeded(Exception):
    """The record's extraction ran past its deadline."""


@contextmanager
def deadline(at: float | None) -> Iterator[None]:
    """Within the block, `check()` raises BudgetExceeded once `time.monotonic()` passes `at` (None: no limit)."""
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check() -> None:
    at = _DEADLINE.get()
    if at is not None and time.monotonic() > at:
        raise BudgetExceeded(f"extraction passed its deadline by {time.monotonic() - at:.2f} s")
