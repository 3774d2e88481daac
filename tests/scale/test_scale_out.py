"""Scale-out on Kafka: 3 connectors and 2 extractor processes share the work; one of each is killed mid-run."""
from __future__ import annotations

import signal
import time
from collections import defaultdict

import pytest

from tests.chaos.test_faults import _check_complete, _config, _drained, _records, _start, _wait
from worker import kafka
from worker.config import load
from worker.demo.site import SampleSite

pytestmark = pytest.mark.scale


def test_three_connectors_two_extractors_one_of_each_killed(broker, tmp_path, nlp):
    with SampleSite(scale=15, feeds=21) as site:
        assert len(site.pages) >= 200
        cfg, env = _config(tmp_path, site, broker)
        settings = load(cfg, env={})
        kafka.ensure_topics(settings)
        procs = {}
        for i in range(3):
            # each replica its own state file (as separate pods would have) and its own user agent in the site's log
            e = dict(env, INCIDENTWIRE_USER_AGENT=f"incidentwire-test/replica-{i}",
                     INCIDENTWIRE_STATE_PATH=str(tmp_path / f"state-{i}.sqlite"))
            procs[f"connectors-{i}"] = _start("connectors", cfg, e)
        for i in range(2):
            procs[f"extractor-{i}"] = _start("extractor", cfg, env)
        try:
            assert _wait(lambda: len(_records(broker, settings.topic("incidents.v1"))) > 5, 90)
            for victim in ("connectors-0", "extractor-0"):
                procs[victim].send_signal(signal.SIGKILL)
                procs[victim].wait(10)
            done = _wait(lambda: len({r.key for r in _records(broker, settings.topic("articles.v1"))}) == len(site.pages)
                         and _drained(broker, settings.group_id, settings.topic("articles.v1")), 180)
        finally:
            for name, p in procs.items():
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            codes = {name: p.wait(30) for name, p in procs.items()}
        assert done, "the survivors did not finish the work"
        assert all(codes[n] == 0 for n in codes if n not in ("connectors-0", "extractor-0")), codes
        _check_complete(settings, site, nlp)
        polls: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for path, agent, at in site.requests:
            if path.startswith("/feeds/"):
                polls[path].append((at, agent))
        assert len(polls) == 21
        replicas = {a for v in polls.values() for _, a in v}
        assert len(replicas) >= 2, "the feeds were not shared"
        for path, seq in polls.items():
            seq.sort()
            switches = [(a, b) for a, b in zip(seq, seq[1:]) if a[1] != b[1]]
            assert len(switches) <= 4, (path, switches)
            assert all(b[0] - a[0] >= 0.5 for a, b in switches), f"{path} polled by two replicas in one cycle"
        assert any(agent.endswith("replica-0") for _, agent, _ in site.requests)


def test_feed_and_feedstate_records_validate(broker, tmp_path):
    """The coordination topics carry schema-valid records (read back from the broker)."""
    import orjson

    import schemas
    from connectors.coordination import FeedAssignment
    from connectors.state import FeedState, State
    from worker.config import FeedConfig
    settings = load(env={}, bootstrap_servers=broker, topic_prefix=f"v{time.monotonic_ns()}.", session_timeout_ms=6000)
    settings = settings.with_(feeds=(FeedConfig("http://a.example/rss", source="A", min_interval_s=60.0),))
    kafka.ensure_topics(settings)
    producer = kafka.producer(settings)
    a = FeedAssignment(settings, State(":memory:"), producer)
    a.publish_feed_list()
    a.publish_state(FeedState(url="http://a.example/rss", etag='"x"', last_poll=time.time(), last_status=200),
                    ["http://a.example/n/1"])
    producer.flush(10)
    a.close()
    feeds = [orjson.loads(r.value) for r in _records(broker, settings.topic("feeds.v1"))]
    states = [orjson.loads(r.value) for r in _records(broker, settings.topic("feedstate.v1"))]
    assert feeds and states
    assert all(schemas.errors("feed.v1", f, strict=True) == [] for f in feeds)
    assert all(schemas.errors("feedstate.v1", s, strict=True) == [] for s in states)
    assert schemas.errors("feed.v1", dict(feeds[0], url="ftp://x"))


def test_workers_flag_runs_n_extractor_processes_and_stops_cleanly(broker, tmp_path):
    """`run extractor --workers 2`: two consumer processes under one parent; SIGTERM ends all with exit 0."""
    import subprocess
    import sys
    with SampleSite() as site:
        cfg, env = _config(tmp_path, site, broker)
        kafka.ensure_topics(load(cfg, env={}))
        parent = subprocess.Popen([sys.executable, "-m", "worker.cli", "run", "extractor", "--workers", "2",
                                   "--config", str(cfg)], env=env)
        try:
            def children() -> list[str]:
                out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(parent.pid)], capture_output=True, text=True)
                return out.stdout.split()
            assert _wait(lambda: len(children()) == 2, 30), "two worker processes expected"
        finally:
            parent.send_signal(signal.SIGTERM)
            assert parent.wait(30) == 0
