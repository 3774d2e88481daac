"""HTTP `/healthz` (every work loop made progress lately), `/readyz` (broker reachable, model loaded), `/metrics`.

Liveness comes from the work itself: each loop (the extractor's step loop, the connectors' run loop) calls
`probe.beat(name)` when an iteration ends with progress or with nothing to do. A loop stuck inside a call (a
spinning client, a regex that never returns) or failing every iteration stops beating, and /healthz fails after
`stall_after_s`, so the kubelet restarts the pod. A supervisor that is merely alive does not count.
"""
from __future__ import annotations

import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest


class Probe:
    """What the probes report: named heartbeats of the work loops, and readiness checks (callables)."""

    def __init__(self, stall_after_s: float = 120.0) -> None:
        self.stall_after_s = stall_after_s
        self.beats: dict[str, float] = {}
        self.checks: dict[str, Callable[[], bool]] = {}
        self._lock = threading.Lock()

    def watch(self, name: str) -> None:
        """Expect beats from loop `name` from now on (it counts as stalled if it never beats)."""
        with self._lock:
            self.beats.setdefault(name, time.monotonic())

    def beat(self, name: str = "main") -> None:
        with self._lock:
            self.beats[name] = time.monotonic()

    def stalled(self) -> list[str]:
        """Loops whose last beat is older than `stall_after_s`."""
        now = time.monotonic()
        with self._lock:
            return sorted(n for n, t in self.beats.items() if now - t >= self.stall_after_s)

    def alive(self) -> bool:
        return not self.stalled()

    def ready(self) -> dict[str, bool]:
        out = {}
        for name, check in self.checks.items():
            try:
                out[name] = bool(check())
            except Exception:
                out[name] = False
        return out


class FileBeat:
    """A heartbeat another process can watch: the mtime of a file (a worker child beats, its parent reads)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def beat(self, _name: str = "") -> None:
        try:
            os.utime(self.path)
        except FileNotFoundError:
            self.path.touch()

    def mtime_ns(self) -> int | None:
        """The last beat's file time (None when it never beat): a change shows the child beat itself."""
        try:
            return self.path.stat().st_mtime_ns
        except FileNotFoundError:
            return None

    def age(self) -> float:
        """Seconds since the last beat (inf when it never beat)."""
        try:
            return time.time() - self.path.stat().st_mtime
        except FileNotFoundError:
            return float("inf")


class Beats:
    """Fan one beat out to several sinks (the in-process probe and a file the parent watches)."""

    def __init__(self, *sinks: Probe | FileBeat) -> None:
        self.sinks = list(sinks)

    def add(self, sink: Probe | FileBeat) -> None:
        self.sinks.append(sink)

    def beat(self, name: str = "main") -> None:
        for s in list(self.sinks):
            s.beat(name)


HEARTBEATS = Beats()  # the process's sinks; `run` adds its probe (and, in a worker child, its heartbeat file)


def heartbeat(name: str) -> None:
    """Called by a work loop after each iteration that progressed or had nothing to do: `heartbeat("connectors")`.
    Beats the process's probes and sets `incidentwire_last_progress_timestamp{service=name}`."""
    from worker import metrics
    HEARTBEATS.beat(name)
    metrics.LAST_PROGRESS.labels(name).set_to_current_time()


def serve(probe: Probe, port: int, host: str = "0.0.0.0") -> ThreadingHTTPServer:
    """Start the probe server in a daemon thread; port 0 picks a free port (see `server.server_port`)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/healthz":
                stalled = probe.stalled()
                body = b"ok\n" if not stalled else ("stalled " + " ".join(stalled) + "\n").encode()
                self._send(200 if not stalled else 503, body, "text/plain")
            elif self.path == "/readyz":
                checks = probe.ready()
                ok = all(checks.values())
                body = "".join(f"{k} {'ok' if v else 'failing'}\n" for k, v in checks.items()).encode()
                self._send(200 if ok else 503, body or b"ok\n", "text/plain")
            elif self.path == "/metrics":
                self._send(200, generate_latest(), CONTENT_TYPE_LATEST)
            else:
                self._send(404, b"not found\n", "text/plain")

        def _send(self, code: int, body: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="health", daemon=True).start()
    return server
