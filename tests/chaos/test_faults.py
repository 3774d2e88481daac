"""Faults the services must survive, with the real services as processes on the real embedded broker.

kill -9 mid-stream (10 times each), a 30 s broker outage behind a flaky proxy, and SIGTERM. Every expected
incident must end up on incidents.v1; duplicates are allowed only with identical ids.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson
import pytest
from kafka import KafkaConsumer, TopicPartition

from worker import kafka
from worker.config import load
from worker.demo.site import SampleSite
from worker.kafka import EmbeddedBroker, free_port
from worker.pipeline import incidents

from tests.topic_reads import drained, read_topic, wait_until

from .proxy import FlakyProxy

pytestmark = pytest.mark.chaos


def _config(tmp: Path, site: SampleSite, bootstrap: str) -> tuple[Path, dict[str, str]]:
    prefix = f"c{uuid.uuid4().hex[:8]}."
    feeds = "".join(f'[[feeds]]\nurl = "{u}"\nsource = "Sample"\n' for u in site.feed_urls())
    cfg = tmp / "incidentwire.toml"
    cfg.write_text(f'bootstrap_servers = "{bootstrap}"\ntopic_prefix = "{prefix}"\ngroup_id = "g-{prefix}"\n'
                   f'allow_private_hosts = "127.0.0.1"\nmin_host_delay_s = 0\nhost_concurrency = 8\nhttp_port = 0\nsession_timeout_ms = 6000\npoll_interval_s = 2\n'
                   f'state_path = "{tmp / "state.sqlite"}"\nlog_level = "WARNING"\n{feeds}')
    env = {k: v for k, v in os.environ.items() if not k.startswith("INCIDENTWIRE_")}
    return cfg, env


def _start(service: str, cfg: Path, env: dict[str, str], log: Path | None = None) -> subprocess.Popen:
    """The service as a process; its log (stderr) goes to `log` when given, for the failure message."""
    err = open(log, "ab") if log else subprocess.DEVNULL
    try:
        return subprocess.Popen([sys.executable, "-m", "worker.cli", "run", service, "--config", str(cfg)], env=env,
                                stdout=subprocess.DEVNULL, stderr=err)
    finally:
        if log:
            err.close()  # the child holds its own copy


def _tails(logs: list[Path], lines: int = 15) -> str:
    """The last lines of each service log, to tell a slow recovery from a stuck one when the window runs out."""
    out = []
    for log in logs:
        text = log.read_text(errors="replace").splitlines() if log.exists() else []
        out.append(f"--- {log.name} ({len(text)} lines)\n" + "\n".join(t[:300] for t in text[-lines:]))
    return "\n".join(out)


def _records(bootstrap: str, topic: str) -> list:
    return read_topic(bootstrap, topic, timeout_s=30)


_drained = drained


_wait = wait_until


def _check_complete(settings, site: SampleSite, nlp) -> None:
    """Every page is on articles.v1 and every incident they yield is on incidents.v1, same ids."""
    arts = {}
    for r in _records(settings.bootstrap_servers, settings.topic("articles.v1")):
        a = orjson.loads(r.value)
        assert r.key.decode() == a["id"]
        arts.setdefault(a["id"], a)
    assert len(arts) == len(site.pages), f"{len(arts)} of {len(site.pages)} articles published"
    got: dict[str, dict] = {}
    for r in _records(settings.bootstrap_servers, settings.topic("incidents.v1")):
        m = orjson.loads(r.value)
        assert r.key.decode() == m["id"]
        if m["id"] in got:  # a duplicate must be the same incident, not a new id for it
            assert {k: v for k, v in m.items() if k != "extracted_at"} == \
                   {k: v for k, v in got[m["id"]].items() if k != "extracted_at"}
        got[m["id"]] = m
    expected = {m["id"] for msgs in incidents(list(arts.values()), nlp) for m in msgs}
    assert expected and expected <= set(got), f"missing {len(expected - set(got))} of {len(expected)} incidents"
    assert set(got) <= expected, "incidents with ids that a clean run would not produce"


@pytest.mark.parametrize("victim", ["extractor", "connectors"])
def test_kill_9_ten_times_loses_nothing(victim, broker, tmp_path, nlp):
    with SampleSite(scale=6, feeds=4) as site:
        cfg, env = _config(tmp_path, site, broker)
        settings = load(cfg, env={})
        kafka.ensure_topics(settings)
        other = _start("connectors" if victim == "extractor" else "extractor", cfg, env)
        rng = random.Random(7)
        try:
            for _ in range(10):
                p = _start(victim, cfg, env)
                time.sleep(rng.uniform(2.0, 5.0))
                p.send_signal(signal.SIGKILL)
                p.wait(10)
            final = _start(victim, cfg, env)
            time.sleep(3)
            done = _wait(lambda: len({r.key for r in _records(broker, settings.topic("articles.v1"))}) == len(site.pages)
                         and _drained(broker, settings.group_id, settings.topic("articles.v1")), 150)
            final.send_signal(signal.SIGTERM)
            assert final.wait(25) == 0
        finally:
            other.send_signal(signal.SIGTERM)
            other.wait(25)
        assert done, "the pipeline did not catch up after the kills"
        _check_complete(settings, site, nlp)


def test_broker_outage_30s_services_stay_up_and_lose_nothing(tmp_path, nlp):
    proxy_port = free_port()
    with EmbeddedBroker(advertise=f"127.0.0.1:{proxy_port}") as b, SampleSite(scale=3, feeds=3) as site:
        proxy = FlakyProxy(b.port, proxy_port)
        proxy.up()
        bootstrap = f"127.0.0.1:{proxy_port}"
        cfg, env = _config(tmp_path, site, bootstrap)
        settings = load(cfg, env={})
        kafka.ensure_topics(settings)
        logs = [tmp_path / "extractor.log", tmp_path / "connectors.log"]
        procs = [_start("extractor", cfg, env, logs[0]), _start("connectors", cfg, env, logs[1])]
        try:
            assert _wait(lambda: len(_records(bootstrap, settings.topic("incidents.v1"))) > 0, 60)
            proxy.down()
            time.sleep(30)
            assert all(p.poll() is None for p in procs), "a service exited during the outage"
            proxy.up()
            back = time.monotonic()
            published = lambda: {r.key for r in _records(bootstrap, settings.topic("articles.v1"))}  # noqa: E731
            deadline = back + 150  # one window for both: which one ran out is the failure message
            assert _wait(lambda: len(published()) == len(site.pages), 150), \
                f"connectors published {len(published())} of {len(site.pages)} pages after the outage\n{_tails(logs)}"
            assert _wait(lambda: _drained(bootstrap, settings.group_id, settings.topic("articles.v1")),
                         max(1.0, deadline - time.monotonic())), \
                f"the extractor did not commit every article {time.monotonic() - back:.0f} s after\n{_tails(logs)}"
        finally:
            for p in procs:
                p.send_signal(signal.SIGTERM)
            codes = [p.wait(30) for p in procs]
        assert codes == [0, 0]
        _check_complete(settings, site, nlp)
        proxy.down()


def test_sigterm_exits_0_within_25s_and_commits(broker, tmp_path):
    with SampleSite(scale=2) as site:
        cfg, env = _config(tmp_path, site, broker)
        settings = load(cfg, env={})
        kafka.ensure_topics(settings)
        procs = [_start("connectors", cfg, env), _start("extractor", cfg, env)]
        assert _wait(lambda: len(_records(broker, settings.topic("incidents.v1"))) > 0, 60)
        started = time.monotonic()
        for p in procs:
            p.send_signal(signal.SIGTERM)
        assert [p.wait(25) for p in procs] == [0, 0]
        assert time.monotonic() - started < 25
        c = KafkaConsumer(bootstrap_servers=broker, group_id=settings.group_id, enable_auto_commit=False)
        tps = [TopicPartition(settings.topic("articles.v1"), p) for p in c.partitions_for_topic(settings.topic("articles.v1"))]
        assert sum(c.committed(tp) or 0 for tp in tps) > 0, "nothing committed before exit"
        c.close(autocommit=False)
