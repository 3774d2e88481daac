"""The end-to-end benchmark measures throughput after start-up: it waits until the services it spawned idle
(loaded), instead of a fixed sleep that a slow start-up overran."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from worker.bench import _cpu_s, _settle

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")

_BUSY_THEN_IDLE = "import time\nt = time.process_time()\nwhile time.process_time() - t < {busy}: pass\ntime.sleep(60)"


def _spawn(busy: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", _BUSY_THEN_IDLE.format(busy=busy)])


def test_settle_waits_for_a_busy_start_up_to_end() -> None:
    procs = [_spawn(1.5), _spawn(0.1)]
    try:
        assert _settle(procs, limit_s=60)
        assert _cpu_s(procs[0].pid) >= 1.4  # returned only after the longer load had run its CPU
    finally:
        for p in procs:
            p.kill()
            p.wait()


def test_settle_gives_up_at_its_limit_on_a_process_that_never_idles() -> None:
    p = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        started = time.monotonic()
        assert not _settle([p], limit_s=3)
        assert time.monotonic() - started < 10
    finally:
        p.kill()
        p.wait()


def test_cpu_seconds_of_a_finished_process_read_as_zero() -> None:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    assert _cpu_s(p.pid) == 0.0
