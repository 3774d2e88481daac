"""`run connectors` on the real embedded broker: /healthz watches the connectors loop (review issue 6)."""
from __future__ import annotations

import threading
import time
import uuid

import pytest

from worker.config import load
from worker.health import HEARTBEATS, Probe
from worker.services import run_services

pytestmark = pytest.mark.integration


def test_run_connectors_watches_the_connectors_loop(broker, tmp_path):
    known = set(map(id, HEARTBEATS.sinks))
    s = load(env={}, bootstrap_servers=broker, http_port=0, topic_prefix=f"h{uuid.uuid4().hex[:8]}.",
             state_path=str(tmp_path / "state.sqlite"), session_timeout_ms=6000)
    stop = threading.Event()
    t = threading.Thread(target=run_services, args=(s, "connectors", stop), daemon=True)
    t.start()
    try:
        deadline = time.monotonic() + 30
        probe = None
        while time.monotonic() < deadline:
            probe = next((x for x in HEARTBEATS.sinks if isinstance(x, Probe) and id(x) not in known), None)
            if probe is not None and "connectors" in probe.beats:
                break
            time.sleep(0.2)
        assert probe is not None and "connectors" in probe.beats, "the probe watches the connectors loop"
        first = probe.beats["connectors"]
        time.sleep(3)
        assert probe.beats["connectors"] > first, "the loop beats again on every iteration"
    finally:
        stop.set()
        t.join(30)
        HEARTBEATS.sinks[:] = [x for x in HEARTBEATS.sinks if id(x) in known]
