"""A process that runs only the connectors never imports the extraction (worker.extract's regexes and tables, spaCy):
seconds of start-up that every connectors restart, and the benchmark's measured window, used to pay."""
from __future__ import annotations

import subprocess
import sys

_SCRIPT = r"""
import contextlib, sys, threading
from worker import services
from worker.config import load

class Probe:
    def watch(self, name): pass

@contextlib.contextmanager
def broker(settings):
    yield settings

services.broker = broker
services.kafka.ensure_topics = lambda *a, **k: None
services.probes = lambda *a, **k: Probe()
services.HEARTBEATS.add = lambda *a, **k: None
done = threading.Thread(target=lambda: None)
done.start(); done.join()
services.start_connectors = lambda settings, stop: (done, None)  # a loop that ended: run_services returns at once
settings = load(env={"INCIDENTWIRE_BOOTSTRAP_SERVERS": "127.0.0.1:1"})
rc = services.run_services(settings, "connectors", threading.Event())
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "spacy" or m.startswith(("worker.extract", "worker.pipeline", "worker.service.")) or m == "worker.service")
print(rc, loaded)
"""


def test_running_only_the_connectors_imports_no_extraction() -> None:
    out = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[-2] == "1 []"  # the ended loop is reported (1), and nothing of the extraction loaded
