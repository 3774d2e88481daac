"""Poison records on the merger's inputs, on the real embedded broker: each goes to deadletter.v1 once with its
bytes, offsets are committed past it, the good records around it are merged and the merger keeps running. A bad
events.v1 record does not stop the state rebuild at start-up."""
from __future__ import annotations

import base64
import threading
import time
import uuid
from typing import Any

import orjson
import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

import schemas
from tests.test_merge_core import _inc
from worker import kafka
from worker.config import load
from worker.kafka import log_end_offsets
from worker.merge.service import MERGE_INPUT, merged_to_end, read_events
from worker.services import start_merger
from tests.topic_reads import wait_until

pytestmark = pytest.mark.integration


@pytest.fixture()
def settings(broker):
    prefix = f"pz{uuid.uuid4().hex[:8]}."
    s = load(env={}, bootstrap_servers=broker, topic_prefix=prefix, http_port=0, session_timeout_ms=6000,
             topic_partitions=1, group_id=f"g-{prefix}")
    kafka.ensure_topics(s, (MERGE_INPUT,))
    return s


def _send(settings, records: list[tuple[str, bytes | None, bytes | None]]) -> None:
    p = KafkaProducer(bootstrap_servers=settings.bootstrap_servers)
    for topic, key, value in records:
        p.send(settings.topic(topic), key=key, value=value)
        p.flush(10)  # one at a time: the log order is the order written here
    p.close()


def _read(settings, topic: str) -> list[Any]:
    c = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, group_id=None, enable_auto_commit=False,
                      fetch_max_wait_ms=50)
    try:
        tps = [TopicPartition(settings.topic(topic), p) for p in sorted(c.partitions_for_topic(settings.topic(topic))
                                                                         or ())]
        end = log_end_offsets(c, tps)
        c.assign(tps)
        c.seek_to_beginning(*tps)
        out: list[Any] = []
        deadline = time.monotonic() + 20
        while any(c.position(tp) < end[tp] for tp in tps) and time.monotonic() < deadline:
            for recs in c.poll(timeout_ms=200).values():
                out += recs
        return out
    finally:
        c.close()


def _merged_ids(settings) -> set[str]:
    latest: dict[str, Any] = {}
    for k, v in read_events(settings, timeout_s=20):
        latest[k] = v
    return {a.get("incident_id") for v in latest.values() if v for a in v.get("articles") or ()}


def _until(check, timeout_s: float = 150) -> bool:
    return wait_until(check, timeout_s, every=0.5)


def test_poison_records_are_dead_lettered_once_and_the_good_ones_merged(settings):
    lagos = dict(city="Lagos", admin1="Lagos", country="Nigeria", lat=6.45, lon=3.39, title="Market blast in Lagos")
    good = [_inc(11, killed=2, **lagos), _inc(12, source="second.example", killed=5, **lagos),
            _inc(13, source="third.example", city="Quito", admin1="Pichincha", country="Ecuador", lat=-0.22,
                 lon=-78.51, title="Shooting at a Quito bus stop", event_type="shooting")]
    broken = _inc(14, source="fourth.example", **lagos)
    broken["location"] = "Lagos"  # schema-invalid in a way the core cannot read: it raises on it
    straight = _inc(15, source="fifth.example", **lagos)
    straight["location"] = ["Lagos"]
    poison = [("incidents.v1", b"not-json", b"\x00\xffthis is no JSON"),
              ("incidents.v1", broken["id"].encode(), orjson.dumps(broken)),
              ("extractions.v1", b"tomb", None),
              ("extractions.v1", b"bad-manifest", orjson.dumps({"article_id": ["a"], "incident_ids": []})),
              (MERGE_INPUT, b"nigeria", orjson.dumps(straight))]  # reaches the merge stage itself
    _send(settings, [("incidents.v1", good[0]["id"].encode(), orjson.dumps(good[0]))] + poison[:2]
          + [("incidents.v1", good[1]["id"].encode(), orjson.dumps(good[1]))] + poison[2:]
          + [("incidents.v1", good[2]["id"].encode(), orjson.dumps(good[2]))])

    stop = threading.Event()
    t, svc = start_merger(settings, stop)
    try:
        assert _until(lambda: merged_to_end(settings)), "the merger did not commit its inputs to their ends"
        assert t.is_alive()
        assert _merged_ids(settings) == {g["id"] for g in good}
        letters = [orjson.loads(r.value) for r in _read(settings, "deadletter.v1")]
        assert t.is_alive()
    finally:
        stop.set()
        t.join(30)

    assert all(schemas.errors("deadletter.v1", d, strict=True) == [] for d in letters)
    got = sorted((d["source"]["topic"], d["error_kind"], base64.b64decode(d["payload_b64"])) for d in letters)
    assert got == sorted([
        (settings.topic("incidents.v1"), "invalid_json", poison[0][2]),
        (settings.topic("incidents.v1"), "merge_failed", poison[1][2]),
        (settings.topic("extractions.v1"), "tombstone", b""),
        (settings.topic("extractions.v1"), "not_an_incident", poison[3][2]),
        (settings.topic(MERGE_INPUT), "merge_failed", poison[4][2]),
    ])
    assert {d["stage"] for d in letters} == {"merger"}
    assert all(isinstance(d["source"]["offset"], int) for d in letters)


def test_a_bad_events_record_does_not_stop_the_rebuild(settings):
    """events.v1 is the merger's state: a record there it cannot read is skipped, and start-up goes on."""
    _send(settings, [("events.v1", b"ev-garbage", b"{half a record"),
                     ("events.v1", b"ev-list", b"[1, 2]"),
                     ("events.v1", b"ev-shape", orjson.dumps({"id": "ev-shape", "articles": [{"no": "fields"}]})),
                     ("events.v1", b"ev-revless", orjson.dumps({"id": "ev-revless", "articles": [
                         {"incident_id": "i1", "article_id": "a1", "primary": True, "event_type": "bombing"}]}))])
    inc = _inc(21, city="Lima", admin1="Lima", country="Peru", lat=-12.05, lon=-77.04, title="Bomb in Lima")
    _send(settings, [("incidents.v1", inc["id"].encode(), orjson.dumps(inc))])
    stop = threading.Event()
    t, svc = start_merger(settings, stop)
    try:
        assert _until(lambda: inc["id"] in _merged_ids(settings)), "the merger did not merge after a bad state"
        assert t.is_alive()
    finally:
        stop.set()
        t.join(30)
