"""The connectors loop under faults, as a real process on the embedded broker: a broker outage in the middle of a
poll loses no article, and junk on feedstate.v1 does not stop the polling."""
from __future__ import annotations

import signal
import time
import uuid
from pathlib import Path

import orjson
import pytest

from worker import kafka
from worker.config import load
from worker.demo.site import SampleSite, path_is_feed
from worker.kafka import EmbeddedBroker, free_port

from .proxy import FlakyProxy
from .test_faults import _config, _records, _start, _wait

pytestmark = pytest.mark.chaos
OUTAGE_S = 65  # longer than the sink's 60 s ack timeout: the publishes fail, they are not just late


def _slow_config(tmp: Path, site: SampleSite, bootstrap: str) -> tuple[Path, dict[str, str]]:
    """The chaos config with pages spaced out, so a poll is still publishing when the broker goes away."""
    cfg, env = _config(tmp, site, bootstrap)
    cfg.write_text(cfg.read_text().replace("min_host_delay_s = 0\n", "min_host_delay_s = 0.4\n"))
    return cfg, env


def _article_keys(bootstrap: str, topic: str) -> set[bytes]:
    return {r.key for r in _records(bootstrap, topic)}


def test_broker_outage_during_a_poll_every_entry_is_published_after_recovery(tmp_path):
    proxy_port = free_port()
    with EmbeddedBroker(advertise=f"127.0.0.1:{proxy_port}") as b, SampleSite(scale=2, feeds=2) as site:
        proxy = FlakyProxy(b.port, proxy_port)
        proxy.up()
        bootstrap = f"127.0.0.1:{proxy_port}"
        cfg, env = _slow_config(tmp_path, site, bootstrap)
        settings = load(cfg, env={})
        kafka.ensure_topics(settings)
        proc = _start("connectors", cfg, env)
        try:
            assert _wait(lambda: any(not path_is_feed(p) and p.endswith(".html") for p, _, _ in list(site.requests)),
                         60), "the connectors never fetched a page"
            proxy.down()  # mid-poll: the pages fetched now cannot be acknowledged
            cut = time.monotonic()
            time.sleep(OUTAGE_S)
            assert proc.poll() is None, "the connectors exited during the outage"
            pages_in_outage = sum(1 for p, _, t in list(site.requests)
                                  if p.endswith(".html") and t >= time.time() - OUTAGE_S)
            proxy.up()
            topic = settings.topic("articles.v1")
            done = _wait(lambda: len(_article_keys(bootstrap, topic)) == len(site.pages), 120)
            assert done, (f"{len(_article_keys(bootstrap, topic))} of {len(site.pages)} articles published "
                          f"{time.monotonic() - cut:.0f} s after the cut ({pages_in_outage} pages fetched in it)")
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(30)
            proxy.down()
        assert code == 0


def test_tombstones_and_junk_on_feedstate_do_not_stop_the_connectors(broker, tmp_path):
    with SampleSite(scale=1, feeds=2) as site:
        cfg, env = _config(tmp_path, site, broker)
        settings = load(cfg, env={})
        kafka.ensure_topics(settings)
        p = kafka.producer(settings)
        topic = settings.topic("feedstate.v1")
        parts = sorted(p.partitions_for(topic))
        for part in parts:  # whichever partition this replica is given holds junk
            for value in (None, b"\xff{not json", orjson.dumps({"etag": "only"}),
                          orjson.dumps({"url": "https://gone.example.org/f", "next_poll": "later"})):
                p.send(topic, key=f"https://gone.example.org/{uuid.uuid4().hex}".encode(), value=value,
                       partition=part).get(10)
        p.close()
        proc = _start("connectors", cfg, env)
        try:
            articles = settings.topic("articles.v1")
            done = _wait(lambda: len(_article_keys(broker, articles)) == len(site.pages), 90)
            alive = proc.poll() is None
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(30)
        assert alive and done, f"{len(_article_keys(broker, articles))} of {len(site.pages)} articles published"
        assert code == 0
