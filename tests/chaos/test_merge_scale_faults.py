"""kill -9 of one of two `incidentwire run merger` processes mid-stream, several times (2 partitions, the real embedded
broker): the other takes over its partitions, the restarted one takes some back, and events.v1 ends in the same
events as one merger, nothing split or held twice."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.test_merge_scale_out import CITIES, check_events, produce, scale_settings, stream, \
    wait_merged
from worker.kafka import EmbeddedBroker
from worker.merge.service import merged_to_end, read_events

pytestmark = pytest.mark.chaos


def test_kill_9_of_one_merger_mid_stream_ends_in_the_same_events(tmp_path: Path):
    incs = stream(events_per_country=10)
    with EmbeddedBroker() as b:
        settings = scale_settings(b.bootstrap)
        cfg = tmp_path / "incidentwire.toml"
        cfg.write_text(f'bootstrap_servers = "{b.bootstrap}"\ntopic_prefix = "{settings.topic_prefix}"\n'
                       f'group_id = "{settings.group_id}"\ntopic_partitions = 2\nhttp_port = 0\n'
                       f'session_timeout_ms = 6000\nmax_poll_records = 1\nlog_level = "WARNING"\n'
                       f'merge_window_days = {settings.merge_window_days}\n')
        env = {k: v for k, v in os.environ.items() if not k.startswith("INCIDENTWIRE_")}
        cmd = [sys.executable, "-m", "worker.cli", "run", "merger", "--config", str(cfg)]
        start = lambda: subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: E731
        procs = [start(), start()]
        rng = random.Random(14)
        # the stream goes out in four parts, the next only after a kill: a kill waits for the mergers' progress on
        # the part before it, and the parts after it cannot have been merged, so the kills stay mid-stream however
        # fast the machine merges (one stream produced at once was sometimes merged before the second kill)
        bounds = [0, 40, 80, 115, len(incs)]
        parts = [incs[a:b] for a, b in zip(bounds, bounds[1:])]
        kills = mid_stream = 0
        try:
            produce(settings, parts[0])
            for part in parts[1:]:
                seen = len(read_events(settings))
                deadline = time.monotonic() + 90
                while len(read_events(settings)) <= seen and not merged_to_end(settings):
                    assert time.monotonic() < deadline, "the mergers made no progress"
                    time.sleep(0.05)
                time.sleep(rng.uniform(0.0, 0.1))
                victim = kills % 2
                procs[victim].send_signal(signal.SIGKILL)
                procs[victim].wait(10)
                kills += 1
                mid_stream += not merged_to_end(settings)
                procs[victim] = start()  # the group moves its partitions once the killed member's session ends
                produce(settings, part)
            wait_merged(settings, 180)
        finally:
            for p in procs:
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            for p in procs:
                p.wait(30)
        assert mid_stream >= 2, f"only {mid_stream} of {kills} kills came before their part of the stream was merged"
        assert len(check_events(settings, incs)) == 10 * len(CITIES)
