"""`run extractor --workers`: a worker that crashes soon after every start is restarted with a growing backoff
(review issue 5). Real children, each exiting with code 2 (its --config is missing); no broker needed."""
from __future__ import annotations

import subprocess
import threading
import time

import pytest

from worker.config import load
from worker.services import run_workers

pytestmark = pytest.mark.chaos


def test_a_crash_looping_worker_is_restarted_with_a_growing_backoff(monkeypatch, tmp_path):
    spawns: list[float] = []
    real = subprocess.Popen

    class Recording(real):  # type: ignore[misc, valid-type]
        def __init__(self, *a, **kw):
            spawns.append(time.monotonic())
            super().__init__(*a, **kw)

    monkeypatch.setattr(subprocess, "Popen", Recording)
    stop = threading.Event()
    timer = threading.Timer(20, stop.set)
    timer.start()
    try:
        run_workers(load(env={}, bootstrap_servers="127.0.0.1:1", http_port=0), 1, str(tmp_path / "missing.toml"),
                    stop, stall_after_s=120)
    finally:
        timer.cancel()
    gaps = [b - a for a, b in zip(spawns, spawns[1:])]
    assert len(gaps) >= 3, gaps
    # each gap is a child's start-up and exit, the supervisor's 1 s check and the backoff (1, 2, 4 s...): pairwise, the
    # first two parts can eat a 1 s growth under load (3.0, 3.0, 5.0 s in a chaos run), so the growth is asserted
    # from the first gap to the last (at least 1 + 2 s of backoff more), which a constant backoff never gives
    assert gaps[-1] > gaps[0] + 1.5, f"the waits between restarts grow: {gaps}"
    assert len(spawns) <= 5, f"at most 5 starts in 20 s with a doubling backoff: {gaps}"
