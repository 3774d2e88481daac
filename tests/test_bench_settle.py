"""The end-to-end benchmark measures throughput after start-up: it waits until the extractors it spawned answer
ready and every service idles (at least the 8 s the fixed sleep gave), instead of a fixed sleep that a slow
start-up overran; a dead service ends the wait at once and is reported."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from worker.bench import _cpu_s, _settle

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")

_BUSY_THEN_IDLE = "import time\nt = time.process_time()\nwhile time.process_time() - t < {busy}: pass\ntime.sleep(60)"


def _spawn(busy: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", _BUSY_THEN_IDLE.format(busy=busy)])


def _end(*procs: subprocess.Popen[bytes]) -> None:
    for p in procs:
        p.kill()
        p.wait()


def test_settle_waits_for_a_busy_start_up_to_end() -> None:
    procs = [_spawn(1.5), _spawn(0.1)]
    try:
        settled, startup_s = _settle(procs, min_s=0, limit_s=60)
        assert settled
        assert _cpu_s(procs[0].pid) >= 1.4  # returned only after the longer load had run its CPU
        assert startup_s >= 1.0
    finally:
        _end(*procs)


def test_settle_keeps_the_fixed_waits_floor() -> None:
    p = _spawn(0.0)
    try:
        started = time.monotonic()
        assert _settle([p], min_s=4)[0]
        assert time.monotonic() - started >= 4
    finally:
        _end(p)


def test_settle_gives_up_at_its_limit_on_a_process_that_never_idles() -> None:
    p = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        started = time.monotonic()
        assert not _settle([p], min_s=0, limit_s=3)[0]
        assert time.monotonic() - started < 10
    finally:
        _end(p)


def test_a_service_that_dies_at_start_up_ends_the_wait_at_once() -> None:
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.5); raise SystemExit(3)"])
    started = time.monotonic()
    settled, _ = _settle([p], limit_s=60)
    assert not settled
    assert time.monotonic() - started < 5


def test_settle_waits_for_the_readiness_answer() -> None:
    ready_at = time.monotonic() + 4

    class Ready(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200 if time.monotonic() >= ready_at else 503)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Ready)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    p = _spawn(0.0)  # idles at once: only the answer holds the wait
    try:
        settled, startup_s = _settle([p], [f"http://127.0.0.1:{server.server_port}/readyz"], min_s=0, limit_s=60)
        assert settled
        assert time.monotonic() >= ready_at
        assert startup_s >= 3
    finally:
        server.shutdown()
        _end(p)


def test_cpu_seconds_of_a_finished_process_read_as_zero() -> None:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    assert _cpu_s(p.pid) == 0.0
