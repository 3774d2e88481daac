"""Next poll time of a feed from its interval, error streak and Retry-After. Pure."""
from __future__ import annotations

import random

MAX_BACKOFF_S = 3600.0


def next_delay(interval_s: float, error_streak: int, retry_after_s: float | None = None,
               rng: random.Random | None = None) -> float:
    """Seconds to wait: the interval with ±10% jitter, doubled per consecutive error (capped), never below Retry-After.

    A failing feed is never disabled: it keeps being retried at the capped backoff and recovers by itself.
    """
    rng = rng or random.Random()
    base = interval_s if error_streak <= 0 else min(interval_s * 2 ** min(error_streak, 20), max(MAX_BACKOFF_S, interval_s))
    delay = base * rng.uniform(0.9, 1.1)
    if retry_after_s is not None:
        delay = max(delay, min(retry_after_s, 6 * MAX_BACKOFF_S))
    return delay
