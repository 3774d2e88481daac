"""Wires Settings to running services: connectors and/or extractor, each in its own thread, one stop flag."""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from worker import kafka
from worker.config import Settings
from worker.runtime import broker, probes, stop_on_signals

log = logging.getLogger(__name__)


def start_connectors(settings: Settings, stop: threading.Event) -> tuple[threading.Thread, Any]:
    from connectors.coordination import FeedAssignment
    from connectors.publish import kafka_sink
    from connectors.service import Connectors
    from connectors.state import State
    producer = kafka.producer(settings)
    state = State(settings.state_path)
    sink = kafka_sink(producer)
    assignment = FeedAssignment(settings, state, producer)
    assignment.publish_feed_list()
    svc = Connectors(settings, state, sink=sink, dead=sink, assignment=assignment)

    def loop() -> None:
        try:
            svc.run(stop)
        finally:
            assignment.close()
            svc.close()
            producer.close(10)
            state.close()

    t = threading.Thread(target=loop, name="connectors", daemon=True)
    t.start()
    return t, svc


def start_extractor(settings: Settings, stop: threading.Event, model_loaded: threading.Event | None = None,
                    on_incident: Callable[[dict[str, Any]], None] | None = None) -> tuple[threading.Thread, Any]:
    from worker.nlp import load as load_nlp
    from worker.service import Extractor
    nlp = load_nlp(settings.spacy_model)
    if model_loaded is not None:
        model_loaded.set()
    svc = Extractor(settings, nlp, kafka.consumer(settings, [settings.topic("articles.v1")]),
                    kafka.producer(settings), on_incident=on_incident)
    t = threading.Thread(target=svc.run, args=(stop,), name="extractor", daemon=True)
    t.start()
    return t, svc


def start_merger(settings: Settings, stop: threading.Event) -> tuple[threading.Thread, Any]:
    """The event merger in a thread: one consumer of incidents.v1 in its own group (see worker/merge/service.py)."""
    from worker.merge.service import Merger, merger_group
    svc = Merger(settings, kafka.consumer(settings, [settings.topic("incidents.v1")], merger_group(settings)),
                 kafka.producer(settings))
    t = threading.Thread(target=svc.run, args=(stop,), name="merger", daemon=True)
    t.start()
    return t, svc


def run_services(settings: Settings, which: str, stop: threading.Event | None = None) -> int:
    """`incidentwire run connectors|extractor|merger|all` until SIGTERM; `all` starts the embedded broker if none is set."""
    if which != "all" and not settings.bootstrap_servers:
        from worker.config import ConfigError
        raise ConfigError("bootstrap_servers: required for a single service (set INCIDENTWIRE_BOOTSTRAP_SERVERS); "
                          "only 'run all' starts the embedded broker")
    stop = stop or stop_on_signals()
    if stop.is_set():
        return 0
    with broker(settings) as s:
        kafka.ensure_topics(s)
        loaded = threading.Event()
        probe = probes(s, loaded if which in ("extractor", "all") else None)
        threads = []
        if which in ("connectors", "all"):
            threads.append(start_connectors(s, stop)[0])
        if which in ("extractor", "all"):
            threads.append(start_extractor(s, stop, loaded)[0])
        if which in ("merger", "all"):
            threads.append(start_merger(s, stop)[0])
        while not stop.wait(1.0):
            probe.beat()
            if not all(t.is_alive() for t in threads):
                log.error("a service thread died; stopping", extra={"error_kind": "internal"})
                stop.set()
                for t in threads:
                    t.join(25)
                return 1
        for t in threads:
            t.join(25)
    return 0


def run_workers(settings: Settings, workers: int, config_path: str | None, stop: threading.Event) -> int:
    """`run extractor --workers N`: N extractor processes in one consumer group (spaCy is CPU-bound: one per core).

    The parent serves the probes, restarts a worker that dies (capped backoff) and forwards SIGTERM."""
    import os
    import subprocess
    import sys
    import time

    env = dict(os.environ, INCIDENTWIRE_HTTP_PORT="0")
    cmd = [sys.executable, "-m", "worker.cli", "run", "extractor"] + (["--config", config_path] if config_path else [])
    procs = [subprocess.Popen(cmd, env=env) for _ in range(workers)]
    probe = probes(settings)
    backoff = [1.0] * workers
    while not stop.wait(1.0):
        probe.beat()
        for i, p in enumerate(procs):
            if p.poll() is not None:
                log.error("extractor worker exited; restarting", extra={"worker": i, "code": p.returncode,
                                                                        "error_kind": "worker_exit"})
                stop.wait(backoff[i])
                backoff[i] = min(backoff[i] * 2, 60.0)
                procs[i] = subprocess.Popen(cmd, env=env)
    for p in procs:
        p.terminate()
    codes = [p.wait(25) for p in procs]
    return 0 if all(c == 0 for c in codes) else 1
