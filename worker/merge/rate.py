"""The merger's rate for `incidentwire bench`: a long incident stream made from real extracted incidents, merged by
the pure core, timed once the window of open events is full (steady state: the start, with few open events to
match against, is faster and would flatter a short run)."""
from __future__ import annotations

import hashlib
import statistics
import time
from datetime import date, timedelta
from typing import Any

from worker.merge.core import State, apply

NOW = "2026-01-01T00:00:00+00:00"


def received(incident: dict[str, Any]) -> str:
    """When the merger sees the incident: on its publication day (the core ignores days beyond it for its clock)."""
    published = (incident.get("article") or {}).get("published")
    return f"{published[:10]}T12:00:00+00:00" if isinstance(published, str) else NOW


def stream(templates: list[dict[str, Any]], n: int, per_day: int = 40, start: str = "2026-01-01",
           outlets: int = 7, day_gap: int = 3) -> list[dict[str, Any]]:
    """`n` incidents cycling through `templates`, `per_day` per stream day, stream days `day_gap` calendar days
    apart (beyond the matcher's day slack): each copy is another article (own id, URL, outlet) dated on its stream
    day, so copies of one template on one day are reports of one event and later days are new events in the same
    places (what the matcher must keep apart)."""
    out = []
    day0 = date.fromisoformat(start)
    for i in range(n):
        t = templates[i % len(templates)]
        day = (day0 + timedelta(days=day_gap * (i // per_day))).isoformat()
        aid = hashlib.sha256(f"bench-article-{i}".encode()).hexdigest()[:32]
        source = f"outlet{i % outlets}.example"
        art = dict(t.get("article") or {}, id=aid, url=f"https://{source}/{aid}", source=source, published=day,
                   duplicate_of=None)
        out.append(dict(t, id=hashlib.sha256(f"bench-incident-{i}".encode()).hexdigest()[:32], article=art,
                        date=day if t.get("date") else None))
    return out


def steady_rate(incidents: list[dict[str, Any]], window_days: int = 14, max_open: int = 100_000,
                warm_share: float = 0.5, chunks: int = 5) -> dict[str, float]:
    """Incidents per second after the stream's first `warm_share` (merged, not timed): the median over `chunks`
    equal parts, so a burst of other load on the machine moves one part, not the figure. Also the open events at
    the end."""
    state = State(window_days, max_open)
    warm = int(len(incidents) * warm_share)
    for inc in incidents[:warm]:
        state, _ = apply(state, inc, received(inc))
    rest = incidents[warm:]
    size = max(1, len(rest) // chunks)
    rates = []
    for k in range(0, len(rest), size):
        part = rest[k:k + size]
        stamps = [received(inc) for inc in part]
        started = time.perf_counter()
        for inc, now in zip(part, stamps):
            state, _ = apply(state, inc, now)
        secs = time.perf_counter() - started
        rates.append(len(part) / secs if secs > 0 else float("inf"))
    return {"merge_incidents_per_s": statistics.median(rates) if rates else 0.0,
            "merge_events_open": float(len(state.events))}
