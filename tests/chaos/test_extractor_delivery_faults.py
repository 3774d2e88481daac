"""The extractor under produce failures, foreign codecs and a hung worker, on the real embedded broker.

Each test is bounded in time; processes are stopped by PID. Every article must end up extracted: its manifest
(extraction.v1, keyed by article id) on extractions.v1."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import orjson
import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaTimeoutError

from worker import kafka as wk
from worker.config import load
from worker.kafka import free_port, log_end_offsets
from worker.service import Extractor
from tests.topic_reads import wait_until

pytestmark = pytest.mark.chaos

ATTACK = ("MOSUL, Iraq - A car bomb exploded at a checkpoint in Mosul on Sunday, killing four policemen and "
          "wounding nine, security officials said.")


def _article(aid: str, text: str) -> bytes:
    return orjson.dumps({"id": aid, "url": f"http://c.example/{aid}", "canonical_url": f"http://c.example/{aid}",
                         "source": "c", "feed_url": None, "title": "Report", "author": None,
                         "published": "2024-06-09", "language": "en", "text": text,
                         "fetched_at": "2024-06-09T08:00:00+00:00", "extractor_version": "test"})


def _settings(broker: str, partitions: int = 3, **kw):
    prefix = f"x{uuid.uuid4().hex[:8]}."
    s = load(env={}, bootstrap_servers=broker, topic_prefix=prefix, topic_partitions=partitions, http_port=0,
             session_timeout_ms=6000, group_id=f"g-{prefix}", **kw)
    wk.ensure_topics(s)
    return s


def _manifests(broker: str, topic: str) -> dict[str, dict]:
    c = KafkaConsumer(bootstrap_servers=broker, enable_auto_commit=False, group_id=None)
    tps = [TopicPartition(topic, p) for p in (c.partitions_for_topic(topic) or [])]
    end = log_end_offsets(c, tps)  # end_offsets() is short of the last batch on the embedded broker
    c.seek_to_beginning()
    out: dict[str, dict] = {}
    deadline = time.monotonic() + 20
    while any(c.position(tp) < end[tp] for tp in tps) and time.monotonic() < deadline:
        for batch in c.poll(timeout_ms=300).values():
            for r in batch:
                m = orjson.loads(r.value)
                assert r.key.decode() == m["article_id"]
                out[m["article_id"]] = m
    c.close()
    return out


_wait = wait_until


class Flaky:
    """The real producer; flush() times out on chosen calls and one send() raises at once, mid-batch."""

    def __init__(self, real, bad_flushes: set[int], bad_send: int) -> None:
        self.real, self.bad_flushes, self.bad_send = real, bad_flushes, bad_send
        self.flushes = self.sends = 0

    def flush(self, timeout=None):
        self.flushes += 1
        if self.flushes in self.bad_flushes:
            raise KafkaTimeoutError("chaos: not acknowledged in time")
        return self.real.flush(timeout)

    def send(self, *a, **kw):
        self.sends += 1
        if self.sends == self.bad_send:
            raise KafkaTimeoutError("chaos: no buffer space within max_block_ms")
        return self.real.send(*a, **kw)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_produce_failures_mid_batch_across_partitions_lose_no_article(broker, nlp):
    s = _settings(broker, 3, max_poll_records=7)
    topic = s.topic("articles.v1")
    prod = wk.producer(s)
    ids = []
    for n in range(30):  # a third attack reports (several outputs each), the rest quiet news
        aid = f"{n:032x}"
        text = ATTACK.replace("four", str(n + 2)) if n % 3 == 0 else f"The museum reopens its east wing, item {n}."
        prod.send(topic, key=aid.encode(), value=_article(aid, text), partition=n % 3)
        ids.append(aid)
    prod.flush(10)
    flaky = Flaky(wk.producer(s), bad_flushes={2, 4, 5}, bad_send=9)
    ex = Extractor(s, nlp, wk.consumer(s, [topic]), flaky)
    stop = threading.Event()
    t = threading.Thread(target=ex.run, args=(stop,), daemon=True)
    t.start()
    try:
        done = _wait(lambda: set(ids) <= set(_manifests(broker, s.topic("extractions.v1"))), 90, 2)
    finally:
        stop.set()
        t.join(30)
        prod.close()
    assert flaky.flushes >= 5, "the failures were injected"
    got = _manifests(broker, s.topic("extractions.v1"))
    assert done, f"articles never extracted: {sorted(set(ids) - set(got))}"
    c = KafkaConsumer(bootstrap_servers=broker, group_id=s.group_id, enable_auto_commit=False)
    tps = [TopicPartition(topic, p) for p in range(3)]
    assert [c.committed(tp) for tp in tps] == [10, 10, 10]
    c.close(autocommit=False)


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("INCIDENTWIRE_")}


def _config(tmp: Path, s, http_port: int = 0) -> Path:
    cfg = tmp / "extractor.toml"
    cfg.write_text(f'bootstrap_servers = "{s.bootstrap_servers}"\ntopic_prefix = "{s.topic_prefix}"\n'
                   f'group_id = "{s.group_id}"\nhttp_port = {http_port}\nsession_timeout_ms = 6000\n'
                   f'log_level = "INFO"\n')
    return cfg


def test_zstd_and_snappy_articles_are_extracted_by_the_running_service(broker, tmp_path):
    s = _settings(broker, 1)
    topic = s.topic("articles.v1")
    sent = {}
    for codec in ("zstd", "snappy", None):
        aid = uuid.uuid4().hex
        p = KafkaProducer(**wk.common_options(s), compression_type=codec, acks="all")
        p.send(topic, key=aid.encode(), value=_article(aid, ATTACK), partition=0).get(10)
        p.close()
        sent[codec or "none"] = aid
    proc = subprocess.Popen([sys.executable, "-m", "worker.cli", "run", "extractor", "--config",
                             str(_config(tmp_path, s))], env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        done = _wait(lambda: set(sent.values()) <= set(_manifests(broker, s.topic("extractions.v1"))), 120, 2)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(30)
        err = proc.stderr.read().decode("utf-8", "replace")
    got = _manifests(broker, s.topic("extractions.v1"))
    assert done, {c: (aid in got) for c, aid in sent.items()}
    assert all(got[aid]["incident_ids"] for aid in sent.values()), "each compressed article yields its incidents"
    assert code == 0 and "Traceback" not in err


def _children(pid: int) -> set[int]:
    out = set()
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2:].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                out.add(int(d))
    return out


def test_a_hung_worker_is_killed_and_restarted_by_its_parent(broker, tmp_path):
    s = _settings(broker, 2)
    port = free_port()
    cfg = _config(tmp_path, s, port)
    parent = subprocess.Popen([sys.executable, "-m", "worker.cli", "run", "extractor", "--workers", "2",
                               "--config", str(cfg), "--stall-after-s", "20"], env=_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    victim = None
    try:
        assert _wait(lambda: len(_children(parent.pid)) == 2, 30, 0.5), "two workers started"
        time.sleep(15)  # both load the model and start stepping (beating)
        victim = sorted(_children(parent.pid))[0]
        os.kill(victim, signal.SIGSTOP)  # hung: alive, but its loop makes no progress
        replaced = _wait(lambda: victim not in _children(parent.pid) and len(_children(parent.pid)) == 2, 60, 1)
        assert replaced, "the parent did not replace the hung worker"
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        hung = re.search(r'incidentwire_worker_restarts_total\{reason="hung"\} (\S+)', metrics)
        # at least the stopped one; on a loaded machine a replacement still loading the model past --stall-after-s
        # is (rightly) counted as hung too, so the count may be higher
        assert hung is not None and float(hung.group(1)) >= 1.0, metrics[-500:]
        aid = uuid.uuid4().hex
        prod = wk.producer(s)
        for p in range(2):  # whichever worker owns the partition extracts it
            prod.send(s.topic("articles.v1"), key=f"{aid}{p}".encode(), value=_article(f"{p}{aid[1:]}", ATTACK),
                      partition=p).get(10)
        prod.close()
        assert _wait(lambda: {f"{p}{aid[1:]}" for p in range(2)} <= set(_manifests(broker, s.topic("extractions.v1"))),
                     90, 2), "the workers extract again after the restart"
        started = time.monotonic()
        parent.send_signal(signal.SIGTERM)
        code = parent.wait(40)
        assert code == 0 and time.monotonic() - started < 30
        assert "Traceback" not in parent.stderr.read().decode("utf-8", "replace")
    finally:
        if victim is not None:
            try:
                os.kill(victim, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if parent.poll() is None:
            for child in _children(parent.pid):
                os.kill(child, signal.SIGKILL)
            parent.kill()
            parent.wait()


def test_sigterm_while_workers_are_mid_batch_exits_0_without_traceback(broker, tmp_path):
    s = _settings(broker, 2)
    prod = wk.producer(s)
    long_text = " ".join(ATTACK.replace("Mosul", town) for town in ("Mosul", "Kirkuk", "Tikrit", "Baiji") * 40)
    for n in range(80):  # enough NER work that both workers are inside a batch when the signal comes
        aid = f"{n:032x}"
        prod.send(s.topic("articles.v1"), key=aid.encode(), value=_article(aid, long_text), partition=n % 2)
    prod.flush(10)
    prod.close()
    parent = subprocess.Popen([sys.executable, "-m", "worker.cli", "run", "extractor", "--workers", "2",
                               "--config", str(_config(tmp_path, s))], env=_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert _wait(lambda: len(_manifests(broker, s.topic("extractions.v1"))) >= 2, 90, 0.5), "workers started"
        started = time.monotonic()
        parent.send_signal(signal.SIGTERM)
        code = parent.wait(40)
        took = time.monotonic() - started
        err = parent.stderr.read().decode("utf-8", "replace")
    finally:
        if parent.poll() is None:
            for child in _children(parent.pid):
                os.kill(child, signal.SIGKILL)
            parent.kill()
            parent.wait()
    assert code == 0 and took < 30, (code, took)
    assert "Traceback" not in err, err[-2000:]
    assert len(_manifests(broker, s.topic("extractions.v1"))) < 80, "the signal came mid-stream"
