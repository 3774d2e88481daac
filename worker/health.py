"""HTTP `/healthz` (main loop alive), `/readyz` (broker reachable, model loaded), `/metrics` (Prometheus)."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest


class Probe:
    """What the probes report: the loop calls `beat()` each iteration; readiness checks are callables."""

    def __init__(self, stall_after_s: float = 120.0) -> None:
        self.stall_after_s = stall_after_s
        self.last_beat = time.monotonic()
        self.checks: dict[str, Callable[[], bool]] = {}

    def beat(self) -> None:
        self.last_beat = time.monotonic()

    def alive(self) -> bool:
        return time.monotonic() - self.last_beat < self.stall_after_s

    def ready(self) -> dict[str, bool]:
        out = {}
        for name, check in self.checks.items():
            try:
                out[name] = bool(check())
            except Exception:
                out[name] = False
        return out


def serve(probe: Probe, port: int, host: str = "0.0.0.0") -> ThreadingHTTPServer:
    """Start the probe server in a daemon thread; port 0 picks a free port (see `server.server_port`)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/healthz":
                ok = probe.alive()
                self._send(200 if ok else 503, b"ok\n" if ok else b"stalled\n", "text/plain")
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
