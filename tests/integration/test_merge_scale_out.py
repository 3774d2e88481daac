"""Several mergers on one stream (the real embedded broker, 2 partitions): the same events as one merger, no event
split between instances or held twice, and a rebalance (one instance stops mid-stream) loses nothing."""
from __future__ import annotations

import threading
import time
import uuid
from datetime import datetime, timezone
from typing import Any

import orjson
import pytest
from kafka import KafkaProducer

from tests.test_merge_core import _inc
from tests.topic_reads import read_topic
from worker import kafka
from worker.config import Settings, load
from worker.merge.core import State, apply, retract
from worker.merge.keys import incident_key, merge_key, partition_of
from worker.merge.reports import from_stored
from worker.merge.service import MERGE_INPUT, merged_to_end
from worker.services import start_merger

pytestmark = pytest.mark.integration
TIMESTAMPS = ("first_seen", "updated_at")
PARTITIONS = 2
WINDOW_DAYS = 90  # longer than the stream: the two partitions of incidents.v1 are read at different speeds, so a
                  # shorter window would close events by the order of arrival, as it does for one merger too
NOW = datetime.now(timezone.utc).isoformat()  # the mergers' clock is the wall clock: after every day of the stream
CITIES = {"Kenya": ("Nairobi", "Nairobi", -1.28, 36.82), "Uganda": ("Kampala", "Central", 0.35, 32.58),
          "Peru": ("Lima", "Lima", -12.05, -77.04), "Chile": ("Santiago", "Santiago", -33.45, -70.67),
          "Ghana": ("Accra", "Greater Accra", 5.56, -0.20)}


def scale_settings(bootstrap: str, **extra: Any) -> Settings:
    prefix = f"s{uuid.uuid4().hex[:8]}."
    s = load(env={}, bootstrap_servers=bootstrap, topic_prefix=prefix, http_port=0, session_timeout_ms=6000,
             topic_partitions=PARTITIONS, group_id=f"g-{prefix}", max_poll_records=4, merge_window_days=WINDOW_DAYS,
             **extra)
    kafka.ensure_topics(s)
    return s


def stream(events_per_country: int = 4) -> list[dict[str, Any]]:
    """Three outlets' reports of `events_per_country` market blasts (three days apart) in each of five countries,
    interleaved across countries the way reports arrive; both partitions get some countries."""
    assert len({partition_of(merge_key_of(c), PARTITIONS) for c in CITIES}) == PARTITIONS
    out, n = [], 0
    for k in range(events_per_country):
        day = f"2026-04-{1 + 3 * k:02d}"
        for j in range(3):
            for country, (city, admin1, lat, lon) in CITIES.items():
                n += 1
                out.append(_inc(n, source=f"o{j}.example", date=day, published=day, country=country, city=city,
                                admin1=admin1, lat=lat, lon=lon, killed=2 + k + j, title=f"Market blast in {city}"))
    return out


def merge_key_of(country: str) -> str:
    return incident_key(_inc(0, country=country))


def produce(settings: Settings, incidents: list[dict[str, Any]]) -> None:
    p = KafkaProducer(bootstrap_servers=settings.bootstrap_servers)
    for inc in incidents:
        p.send(settings.topic("incidents.v1"), key=inc["id"].encode(), value=orjson.dumps(inc))
    p.flush(10)
    p.close()


def wait_merged(settings: Settings, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not merged_to_end(settings):
        assert time.monotonic() < deadline, "the mergers did not reach the end of their inputs"
        time.sleep(0.5)


def _latest(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        out[k] = v
    return {k: {f: x for f, x in v.items() if f not in TIMESTAMPS} for k, v in out.items()
            if v is not None and not v["merged_into"]}


def check_events(settings: Settings, incidents: list[dict[str, Any]]) -> dict[str, Any]:
    """What every scale-out run must end in; returns the live events."""
    records = read_topic(settings.bootstrap_servers, settings.topic("events.v1"))
    got = _latest([(r.key.decode(), orjson.loads(r.value) if r.value is not None else None) for r in records])
    # no event split: every record of an event sits on its merge key's partition, so one instance holds it
    for r in records:
        if r.value is not None:
            v = orjson.loads(r.value)
            assert partition_of(merge_key(from_stored(v["articles"][0])), PARTITIONS) == r.partition
    # no duplicate: each incident is in exactly one live event
    held = [a["incident_id"] for v in got.values() for a in v["articles"]]
    assert sorted(held) == sorted(i["id"] for i in incidents)
    # the same events as one merger (the pure core over the stream in its original order)
    state = State(settings.merge_window_days, settings.merge_max_open)
    for inc in incidents:
        state, _ = apply(state, inc, NOW)
    assert {frozenset(a["incident_id"] for a in v["articles"]) for v in got.values()} == \
        {frozenset(ev.reports) for ev in state.events.values()}
    # and exactly what the core makes of each merge-input.v1 partition in its log order (replays included)
    expected: list[tuple[str, Any]] = []
    for p in range(PARTITIONS):
        st = State(settings.merge_window_days, settings.merge_max_open)
        for r in read_topic(settings.bootstrap_servers, settings.topic(MERGE_INPUT)):
            if r.partition != p:
                continue
            msg = orjson.loads(r.value)
            st, ch = retract(st, msg, NOW, keys=lambda k: partition_of(k, PARTITIONS) == p) \
                if "incident_ids" in msg else apply(st, msg, NOW)
            expected += ch
    assert got == _latest(expected)
    return got


def _start(settings: Settings) -> tuple[threading.Event, threading.Thread, Any]:
    stop = threading.Event()
    t, svc = start_merger(settings, stop)
    return stop, t, svc


def _until(cond: Any, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not cond():
        assert time.monotonic() < deadline
        time.sleep(0.2)


def test_two_mergers_end_in_the_same_events_as_one(broker):
    settings = scale_settings(broker)
    incs = stream()
    runs = [_start(settings), _start(settings)]
    try:
        produce(settings, incs)
        wait_merged(settings)
    finally:
        for stop, t, _ in runs:
            stop.set()
        for _, t, _ in runs:
            t.join(30)
    assert all(svc.processed > 0 for _, _, svc in runs), "both instances merged a share of the stream"
    assert len(check_events(settings, incs)) == 4 * len(CITIES)


def test_a_rebalance_when_one_merger_stops_loses_nothing(broker):
    settings = scale_settings(broker)
    incs = stream()
    half = len(incs) // 2
    first, second = _start(settings), _start(settings)
    try:
        produce(settings, incs[:half])
        _until(lambda: first[2].processed > 0 and second[2].processed > 0)
        second[0].set()  # leaves the group: its partitions move to the first, which rebuilds them from events.v1
        second[1].join(30)
        produce(settings, incs[half:])
        wait_merged(settings)
    finally:
        first[0].set()
        first[1].join(30)
    assert len(check_events(settings, incs)) == 4 * len(CITIES)
