"""The merger on the real embedded broker: incidents.v1 in, events.v1 out (upserts keyed by event id), replay-safe,
state rebuilt from events.v1 after a restart."""
from __future__ import annotations

import threading
import time
import uuid
from datetime import datetime, timezone
from typing import Any

import orjson
import pytest
from kafka import KafkaProducer

import schemas
from tests.test_merge_core import _inc
from worker import kafka
from worker.config import load
from worker.merge.core import State, apply
from worker.merge.service import read_events
from worker.services import run_services, start_merger

pytestmark = pytest.mark.integration
TIMESTAMPS = ("first_seen", "updated_at")


@pytest.fixture()
def settings(broker):
    prefix = f"m{uuid.uuid4().hex[:8]}."
    s = load(env={}, bootstrap_servers=broker, topic_prefix=prefix, http_port=0, session_timeout_ms=6000,
             topic_partitions=1, group_id=f"g-{prefix}")
    kafka.ensure_topics(s)
    return s


def _incidents() -> list[dict[str, Any]]:
    nairobi = dict(title="Bus depot blast in Nairobi")
    return [_inc(1, killed=3, **nairobi), _inc(2, source="b.example", killed=6, published="2026-03-11", **nairobi),
            _inc(3, source="c.example", city="Mombasa", admin1="Mombasa", lat=-4.05, lon=39.67,
                 title="Ferry terminal attack in Mombasa", event_type="attack"),
            _inc(4, source="d.example", killed=8, published="2026-03-12", **nairobi)]


def _produce(settings, incidents: list[dict[str, Any]]) -> None:
    p = KafkaProducer(bootstrap_servers=settings.bootstrap_servers)
    for inc in incidents:
        p.send(settings.topic("incidents.v1"), key=inc["id"].encode(), value=orjson.dumps(inc))
    p.flush(10)
    p.close()


def _latest(records: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in records:
        out[k] = v
    return {k: {f: x for f, x in v.items() if f not in TIMESTAMPS} for k, v in out.items() if v is not None}


def _wait(svc, n: int, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while svc.processed < n and time.monotonic() < deadline:
        time.sleep(0.2)
    assert svc.processed >= n, f"merger handled {svc.processed} of {n}"


def test_merger_publishes_upserts_survives_replay_and_restart(settings):
    incs = _incidents()
    _produce(settings, incs[:3])
    stop = threading.Event()
    t, svc = start_merger(settings, stop)
    _wait(svc, 3)
    _produce(settings, incs[:3])  # at-least-once upstream: the same incidents again
    _wait(svc, 6)
    stop.set()
    t.join(30)
    records = read_events(settings)
    assert len(records) == 3  # new event, its revision, the other city's event; the replay published nothing
    assert all(schemas.errors("event.v1", v, strict=True) == [] for _, v in records)

    stop2 = threading.Event()  # `run merger` as the CLI runs it: a new process, state from events.v1 only
    t2 = threading.Thread(target=run_services, args=(settings, "merger", stop2), daemon=True)
    t2.start()
    _produce(settings, incs[3:])
    deadline = time.monotonic() + 60
    while len(read_events(settings)) < 4 and time.monotonic() < deadline:
        time.sleep(0.2)
    stop2.set()
    t2.join(30)
    got = _latest(read_events(settings))

    state, expected = State(), []
    for inc in incs:
        state, ch = apply(state, inc, datetime.now(timezone.utc).isoformat())  # the merger's clock: after the stream
        expected += ch
    assert got == _latest(expected)
    nairobi = next(v for v in got.values() if v["location"]["city"] == "Nairobi")
    assert nairobi["revision"] == 3 and nairobi["n_articles"] == 3 and nairobi["killed"] == 8


def test_merger_applies_manifest_retractions(settings):
    incs = _incidents()[:3]
    _produce(settings, incs)
    stop = threading.Event()
    t, svc = start_merger(settings, stop)
    _wait(svc, 3)
    mombasa = incs[2]  # its article was edited and no longer reports the attack
    p = KafkaProducer(bootstrap_servers=settings.bootstrap_servers)
    p.send(settings.topic("extractions.v1"), key=mombasa["article"]["id"].encode(),
           value=orjson.dumps({"article_id": mombasa["article"]["id"], "incident_ids": []}))
    p.flush(10)
    p.close()
    _wait(svc, 4)
    stop.set()
    t.join(30)
    records = read_events(settings)
    assert records[-1][1] is None  # the event of the retracted report is deleted
    assert [v["location"]["city"] for v in _latest(records).values()] == ["Nairobi"]
