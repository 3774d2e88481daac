"""Merge keys (worker/merge/keys.py) and the core's keyed matching: any split of the keys among merger instances ends
in the same events as one instance."""
from __future__ import annotations

import subprocess
import sys
from typing import Any

import orjson

from tests.test_merge_core import NOW, _inc, _run
from worker.config import load
from worker.merge.core import State, retract
from worker.merge.keys import UNKNOWN, incident_key, partition_of
from worker.merge.service import Repartitioner

CITIES = {"Kenya": ("Nairobi", "Nairobi", -1.28, 36.82), "Uganda": ("Kampala", "Central", 0.35, 32.58),
          "Peru": ("Lima", "Lima", -12.05, -77.04), "Chile": ("Santiago", "Santiago", -33.45, -70.67)}


def _stream() -> list[dict[str, Any]]:
    """Three outlets' reports of two events in each of four countries, interleaved across countries."""
    out, n = [], 0
    for day in ("2026-03-10", "2026-03-20"):
        for j in range(3):
            for country, (city, admin1, lat, lon) in CITIES.items():
                n += 1
                out.append(_inc(n, source=f"o{j}.example", date=day, published=day, country=country, city=city,
                                admin1=admin1, lat=lat, lon=lon, title=f"Blast at a market in {city}"))
    return out


def _groups(state: State) -> set[frozenset[str]]:
    return {frozenset(ev.reports) for ev in state.events.values()}


def test_the_key_is_the_normalised_country_or_unknown():
    assert incident_key(_inc(1, country="  United   States ")) == incident_key(_inc(2, country="united states"))
    assert incident_key(_inc(3, country=None, city=None, admin1=None, lat=None, lon=None)) == UNKNOWN
    assert incident_key(_inc(4, country="Kenya")) != incident_key(_inc(5, country="Uganda"))


def test_partitions_are_stable_across_processes_and_in_range():
    here = [partition_of(k, 6) for k in ("kenya", "peru", UNKNOWN)]
    code = ("from worker.merge.keys import partition_of, UNKNOWN; "
            "print([partition_of(k, 6) for k in ('kenya', 'peru', UNKNOWN)])")
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "123", "PATH": ""}).stdout.strip()
    assert str(here) == there
    assert all(0 <= p < 6 for p in here)


def test_reports_under_different_keys_never_merge():
    known = _inc(1)
    unknown = _inc(2, source="b.example", country=None)
    state, _ = _run([known, unknown])
    assert state.by_incident[known["id"]] != state.by_incident[unknown["id"]]


def test_any_split_of_the_keys_ends_in_the_same_events():
    incs = _stream()
    whole, _ = _run(incs)
    assert len(whole.events) == 8
    for parts in (2, 3):
        split: set[frozenset[str]] = set()
        for p in range(parts):
            mine = [i for i in incs if partition_of(incident_key(i), parts) == p]
            split |= _groups(_run(mine)[0])
        assert split == _groups(whole)


def test_the_window_runs_on_each_keys_own_stream_time():
    kenya = _inc(1, date="2026-01-05", published="2026-01-05")
    peru_late = _inc(2, source="b.example", date="2026-03-01", published="2026-03-01", country="Peru", city="Lima",
                     admin1="Lima", lat=-12.05, lon=-77.04)
    state, _ = _run([kenya, peru_late], State(window_days=14))
    assert kenya["id"] in state.by_incident  # Peru's news is weeks later; Kenya's event is still open
    kenya_late = _inc(3, source="c.example", date="2026-03-01", published="2026-03-01", city="Mombasa",
                      admin1="Mombasa", lat=-4.05, lon=39.67)
    state, _ = _run([kenya_late], state)
    assert kenya["id"] not in state.by_incident  # Kenya's own stream time moved past the window


def test_a_retraction_limited_to_some_keys_leaves_the_others():
    a = _inc(1, country="Kenya")
    b = dict(_inc(2, country="Peru", city="Lima", admin1="Lima", lat=-12.05, lon=-77.04), article=a["article"])
    state, _ = _run([a, b])
    manifest = {"article_id": a["article"]["id"], "incident_ids": []}
    state, changes = retract(state, manifest, NOW, keys=lambda k: k == "peru")
    assert [v for _, v in changes] == [None] and a["id"] in state.by_incident and b["id"] not in state.by_incident
    state, changes = retract(state, manifest, NOW, keys=lambda k: k == "kenya")
    assert [v for _, v in changes] == [None] and not state.events


def test_the_router_sends_incidents_to_their_keys_partition_and_manifests_everywhere():
    settings = load(env={}, topic_prefix="rk.", http_port=0)
    router = Repartitioner(settings, consumer=None, producer=None)  # type: ignore[arg-type]
    inc = _inc(1, country="Peru", city="Lima", admin1="Lima", lat=-12.05, lon=-77.04)
    assert router.routes(orjson.dumps(inc), 4)[0] == [(b"peru", partition_of("peru", 4))]
    manifest = orjson.dumps({"article_id": "a1", "incident_ids": []})
    assert router.routes(manifest, 3)[0] == [(b"a1", 0), (b"a1", 1), (b"a1", 2)]
    copies, parsed = router.routes(b"{not json", 4)  # no copy: the stage dead-letters it with its own offset
    assert copies == [] and parsed.kind == "invalid_json"
