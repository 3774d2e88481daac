"""The merger's bench stream and steady-state rate (pure, no broker, no spaCy)."""
from __future__ import annotations

from tests.test_merge_core import _inc
from worker.merge.rate import stream, steady_rate


def _templates() -> list[dict]:
    return [_inc(1, city="Garissa", admin1="Garissa", lat=-0.45, lon=39.65, killed=3, title="Blast at Garissa bus stop"),
            _inc(2, event_type="armed_clash", city="Lamu", admin1="Lamu", lat=-2.27, lon=40.9, killed=5,
                 title="Gunfight on the Lamu coast road")]


def test_stream_makes_distinct_reports_day_after_day():
    s = stream(_templates(), 30, per_day=6)
    assert len({i["id"] for i in s}) == 30 and len({i["article"]["id"] for i in s}) == 30
    assert [i["date"] for i in s[::6]] == ["2026-01-01", "2026-01-04", "2026-01-07", "2026-01-10", "2026-01-13"]
    assert all(i["article"]["published"] == i["date"] for i in s)


def test_copies_of_a_day_merge_and_days_stay_apart():
    """Each day's three copies of each template are one event: 2 templates x 5 days = 10 events, all still open."""
    res = steady_rate(stream(_templates(), 30, per_day=6), window_days=30)
    assert res["merge_events_open"] == 10
    assert res["merge_incidents_per_s"] > 0


def test_the_window_bounds_the_open_events():
    res = steady_rate(stream(_templates(), 120, per_day=2), window_days=9)  # 4 stream days of 2 events
    assert res["merge_events_open"] <= 2 * 4
