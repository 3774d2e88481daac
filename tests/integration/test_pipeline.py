"""The whole pipeline on the real embedded broker (Tansu) and the local sample site; no mocks."""
from __future__ import annotations

import base64
import threading
import time
import uuid

import orjson
import pytest
from kafka import KafkaConsumer

import schemas
from worker import kafka
from worker.config import FeedConfig, load
from worker.demo.site import SampleSite
from worker.services import start_connectors, start_extractor

pytestmark = pytest.mark.integration


def _article(aid: str, text: str) -> dict:
    """A schema-valid article.v1 record."""
    return {"id": aid, "url": f"http://x/{aid[:4]}", "canonical_url": f"http://x/{aid[:4]}", "source": "x",
            "feed_url": None, "title": "t", "author": None, "published": "2023-01-21", "language": "en",
            "text": text, "fetched_at": "2023-01-21T10:00:00+00:00", "extractor_version": "test"}


def _read_all(bootstrap: str, topic: str, expect: int, timeout_s: float = 30) -> list:
    c = KafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False,
                      group_id=None, consumer_timeout_ms=1000)
    out: list = []
    deadline = time.monotonic() + timeout_s
    while len(out) < expect and time.monotonic() < deadline:
        for batch in c.poll(timeout_ms=500).values():
            out.extend(batch)
    c.close()
    return out


@pytest.fixture()
def settings(broker, tmp_path):
    prefix = f"t{uuid.uuid4().hex[:8]}."
    s = load(env={}, bootstrap_servers=broker, topic_prefix=prefix, allow_private_hosts="127.0.0.1", min_host_delay_s=0, host_concurrency=8, http_port=0,
             session_timeout_ms=6000, poll_interval_s=3600, state_path=str(tmp_path / "state.sqlite"),
             group_id=f"g-{prefix}")
    kafka.ensure_topics(s)
    return s


def test_feeds_to_incidents_end_to_end(settings):
    with SampleSite() as site:
        s = settings.with_(feeds=tuple(FeedConfig(u, source="The Daily Sample") for u in site.feed_urls()))
        stop = threading.Event()
        t_ex, ex = start_extractor(s, stop)
        t_co, _ = start_connectors(s, stop)
        deadline = time.monotonic() + 90
        while ex.processed < len(site.pages) and time.monotonic() < deadline:
            time.sleep(0.2)
        stop.set()
        t_ex.join(25)
        t_co.join(25)
        assert not t_ex.is_alive() and not t_co.is_alive(), "services must stop within 25 s of the stop flag"
    articles = [orjson.loads(r.value) for r in _read_all(s.bootstrap_servers, s.topic("articles.v1"), len(site.pages))]
    assert len({a["id"] for a in articles}) == len(site.pages)
    assert all(schemas.errors("article.v1", a, strict=True) == [] for a in articles)
    records = _read_all(s.bootstrap_servers, s.topic("incidents.v1"), 12)
    msgs = [orjson.loads(r.value) for r in records]
    assert all(schemas.errors("incident.v1", m, strict=True) == [] for m in msgs)
    assert all(r.key.decode() == m["id"] for r, m in zip(records, msgs))
    by_title = {}
    for m in msgs:
        by_title.setdefault(m["article"]["title"], []).append(m)
    for page in site.pages:
        got = {m["event_type"] for m in by_title.get(page.article["title"], []) if m["primary"]}
        assert got == set(page.article["expect"]), (page.slug, got)


def test_poison_messages_go_to_deadletter_and_consumer_moves_on(settings, nlp):
    from worker.service import Extractor
    producer = kafka.producer(settings)
    good = _article("b" * 32, "STOCKHOLM: A man was shot dead in Solna on Friday night, police said.")
    oversized = orjson.dumps(dict(good, text="x" * 2_500_000))
    for value in (b"{not json", orjson.dumps({"no": "text"}), oversized, orjson.dumps(good)):
        producer.send(settings.topic("articles.v1"), key=b"k", value=value).get(10)
    ex = Extractor(settings, nlp, kafka.consumer(settings, [settings.topic("articles.v1")]), producer)
    deadline = time.monotonic() + 60
    while ex.processed < 4 and time.monotonic() < deadline:
        ex.step()
    assert ex.processed == 4
    dead = [orjson.loads(r.value) for r in _read_all(settings.bootstrap_servers, settings.topic("deadletter.v1"), 3)]
    assert sorted(d["error_kind"] for d in dead) == ["invalid_json", "oversized_record", "schema_violation"]
    assert base64.b64decode(next(d for d in dead if d["error_kind"] == "invalid_json")["payload_b64"]) == b"{not json"
    assert all(schemas.errors("deadletter.v1", d, strict=True) == [] for d in dead)
    incidents = _read_all(settings.bootstrap_servers, settings.topic("incidents.v1"), 1)
    assert len(incidents) == 1 and orjson.loads(incidents[0].value)["location"]["city"] == "Solna"
    # offsets were committed: a new consumer in the same group has nothing left to read
    ex.close()
    again = Extractor(settings, nlp, kafka.consumer(settings, [settings.topic("articles.v1")]), kafka.producer(settings))
    end = time.monotonic() + 20
    while time.monotonic() < end and not again.consumer.assignment():
        again.step(200)
    assert again.step(1000) == 0 and again.processed == 0
    again.close()


class _ExplodingNlp:
    """A real spaCy pipeline that fails on one text, to check that an extractor exception is isolated."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text):
        if "EXPLODE" in text:
            raise RuntimeError("model crashed")
        return self.nlp(text)

    def pipe(self, texts, batch_size=16):
        for t in texts:
            yield self(t)


def test_extractor_exception_dead_letters_only_that_record(settings, nlp):
    from worker.service import Extractor
    producer = kafka.producer(settings)
    bad = _article("c" * 32, "EXPLODE: a bomb blast killed two people in Kabul on Friday.")
    good = _article("d" * 32, "KABUL: A bomb blast killed two people in Kabul on Friday, police said.")
    for a in (bad, good):
        producer.send(settings.topic("articles.v1"), key=a["id"].encode(), value=orjson.dumps(a)).get(10)
    ex = Extractor(settings, _ExplodingNlp(nlp), kafka.consumer(settings, [settings.topic("articles.v1")]), producer)
    deadline = time.monotonic() + 60
    while ex.processed < 2 and time.monotonic() < deadline:
        ex.step()
    ex.close()
    dead = [orjson.loads(r.value) for r in _read_all(settings.bootstrap_servers, settings.topic("deadletter.v1"), 1)]
    assert [d["error_kind"] for d in dead] == ["extractor_error"] and dead[0]["source"]["key"] == "c" * 32
    out = [orjson.loads(r.value) for r in _read_all(settings.bootstrap_servers, settings.topic("incidents.v1"), 1)]
    assert [m["article"]["id"] for m in out] == ["d" * 32]


def test_the_same_article_twice_is_extracted_once(settings, nlp):
    from worker.service import Extractor
    producer = kafka.producer(settings)
    a = _article("e" * 32, "KABUL: A bomb blast killed two people in Kabul on Friday, police said.")
    for _ in range(2):
        producer.send(settings.topic("articles.v1"), key=a["id"].encode(), value=orjson.dumps(a)).get(10)
    ex = Extractor(settings, nlp, kafka.consumer(settings, [settings.topic("articles.v1")]), producer)
    deadline = time.monotonic() + 60
    while ex.processed < 2 and time.monotonic() < deadline:
        ex.step()
    ex.close()
    assert ex.processed == 2
    assert len(_read_all(settings.bootstrap_servers, settings.topic("incidents.v1"), 2, timeout_s=5)) == 1
