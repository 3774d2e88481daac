"""kill -9 of the merger mid-stream, several times: the events on events.v1 (latest record per key) must be the
same as a clean run's, i.e. the pure core's over the same incidents. Real `incidentwire run merger` processes on the
real embedded broker."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson
import pytest
from kafka import KafkaProducer

from tests.test_merge_core import _inc
from worker import kafka
from worker.config import load
from worker.kafka import EmbeddedBroker
from worker.merge.core import State, apply
from worker.merge.service import merged_to_end, read_events

from .test_faults import _wait

pytestmark = pytest.mark.chaos

TIMESTAMPS = ("first_seen", "updated_at")
CITIES = [("Nairobi", "Nairobi", -1.28, 36.82), ("Mombasa", "Mombasa", -4.05, 39.67),
          ("Kisumu", "Kisumu", -0.10, 34.75), ("Nakuru", "Nakuru", -0.30, 36.07)]


def _stream() -> list[dict[str, Any]]:
    """40 events over 80 days (four cities, one every two days), each reported by three outlets with rising tolls,
    interleaved the way reports arrive."""
    out = []
    n = 0
    for k in range(40):
        city, admin1, lat, lon = CITIES[k % 4]
        day = f"2026-{1 + (2 * k) // 28:02d}-{1 + (2 * k) % 28:02d}"
        for j in range(3):
            n += 1
            out.append(_inc(n, source=f"outlet{j}.example", date=day, published=day, city=city, admin1=admin1,
                            lat=lat, lon=lon, killed=2 + k % 5 + j, title=f"Market blast in {city}"))
    return out


def _latest(records: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in records:
        out[k] = v
    return {k: {f: x for f, x in v.items() if f not in TIMESTAMPS} for k, v in out.items() if v is not None}


def test_kill_9_mid_stream_ends_in_the_same_events(tmp_path: Path):
    incs = _stream()
    with EmbeddedBroker() as b:
        prefix = f"k{uuid.uuid4().hex[:8]}."
        cfg = tmp_path / "incidentwire.toml"
        cfg.write_text(f'bootstrap_servers = "{b.bootstrap}"\ntopic_prefix = "{prefix}"\ngroup_id = "g-{prefix}"\n'
                       f'topic_partitions = 1\nhttp_port = 0\nsession_timeout_ms = 6000\nmax_poll_records = 1\n'
                       f'log_level = "WARNING"\n')
        settings = load(cfg, env={})
        kafka.ensure_topics(settings)
        p = KafkaProducer(bootstrap_servers=b.bootstrap)
        for inc in incs:
            p.send(settings.topic("incidents.v1"), key=inc["id"].encode(), value=orjson.dumps(inc))
        p.flush(10)
        p.close()
        env = {k: v for k, v in os.environ.items() if not k.startswith("INCIDENTWIRE_")}
        cmd = [sys.executable, "-m", "worker.cli", "run", "merger", "--config", str(cfg)]
        rng = random.Random(14)
        kills = mid_stream = 0
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while kills < 5:
                seen = len(read_events(settings))
                deadline = time.monotonic() + 60
                while len(read_events(settings)) <= seen:  # kill as soon as this process has published
                    if merged_to_end(settings):  # only replays were left: they publish nothing
                        break
                    assert time.monotonic() < deadline, "the merger made no progress"
                    time.sleep(0.02)
                time.sleep(rng.uniform(0.0, 0.05))
                proc.send_signal(signal.SIGKILL)
                proc.wait(10)
                kills += 1
                drained = merged_to_end(settings)
                mid_stream += not drained
                proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                if drained:
                    break
            assert _wait(lambda: merged_to_end(settings), 120)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
        got = _latest(read_events(settings))
    state, clean = State(settings.merge_window_days, settings.merge_max_open), []
    for inc in incs:
        state, ch = apply(state, inc, datetime.now(timezone.utc).isoformat())  # the merger's clock: after the stream
        clean += ch
    assert mid_stream >= 2, f"only {mid_stream} of {kills} kills came before the stream was merged"
    assert got == _latest(clean)
    assert len(got) == 40
