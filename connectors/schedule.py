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


def adaptive_interval(published_iso: list[str | None], default_s: float, min_s: float, max_s: float) -> float:
    """Poll about twice per item the feed publishes: half the median gap between its recent entries, bounded.

    A feed that posts every 10 minutes is polled every 5; one that posts daily drifts to `max_s`. With fewer than
    three dated entries the default interval is kept.
    """
    from datetime import datetime

    times = []
    for value in published_iso:
        if not value:
            continue
        try:
            times.append(datetime.fromisoformat(value).timestamp())
        except ValueError:
            continue
    times = sorted(set(times))[-20:]
    if len(times) < 3:
        return min(max(default_s, min_s), max_s)
    gaps = sorted(b - a for a, b in zip(times, times[1:]))
    median = gaps[len(gaps) // 2]
    return min(max(median / 2, min_s), max_s)
