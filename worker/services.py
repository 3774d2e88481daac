"""Wires Settings to running services: connectors and/or extractor, each in its own thread, one stop flag."""
from __future__ import annotations

import logging
import signal
import threading
from typing import Any, Callable

from worker import kafka, metrics
from worker.config import Settings
from worker.health import HEARTBEATS, FileBeat
from worker.runtime import STOP_GRACE_S, broker, probes, stall_limit_s, stop_on_signals

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
            kafka.close_producer(producer)
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
    """The event merger in a thread: its repartition stage (incidents.v1 and extractions.v1, whose manifests
    retract incidents) and its merge stage (merge-input.v1), each in its own group (see worker/merge/service.py)."""
    from worker.merge.service import MERGE_INPUT, Merger, Repartitioner, merger_group, repartition_group
    kafka.ensure_topics(settings, (MERGE_INPUT,))
    topics = [settings.topic("incidents.v1"), settings.topic("extractions.v1")]
    router = Repartitioner(settings, kafka.consumer(settings, topics, repartition_group(settings)),
                           kafka.producer(settings))
    svc = Merger(settings, kafka.consumer(settings, [], merger_group(settings)), kafka.producer(settings),
                 router=router)
    svc.consumer.subscribe([settings.topic(MERGE_INPUT)], listener=svc.listener())
    t = threading.Thread(target=svc.run, args=(stop,), name="merger", daemon=True)
    t.start()
    return t, svc


def run_services(settings: Settings, which: str, stop: threading.Event | None = None,
                 heartbeat_file: str | None = None) -> int:
    """`incidentwire run connectors|extractor|merger|all` until SIGTERM; `all` starts the embedded broker if none is set.

    /healthz follows the work loops' own heartbeats (see worker.health); `heartbeat_file` is also touched on every
    beat, so the parent of a `--workers` child can tell a hung child from a busy one."""
    if which != "all" and not settings.bootstrap_servers:
        from worker.config import ConfigError
        raise ConfigError("bootstrap_servers: required for a single service (set INCIDENTWIRE_BOOTSTRAP_SERVERS); "
                          "only 'run all' starts the embedded broker")
    stop = stop or stop_on_signals()
    if stop.is_set():
        return 0
    if heartbeat_file:
        HEARTBEATS.add(FileBeat(heartbeat_file))
    with broker(settings) as s:
        kafka.ensure_topics(s)
        loaded = threading.Event()
        probe = probes(s, loaded if which in ("extractor", "all") else None, stall_limit_s(s))
        HEARTBEATS.add(probe)
        threads = []
        if which in ("connectors", "all"):
            threads.append(start_connectors(s, stop)[0])
            probe.watch("connectors")  # its run loop beats heartbeat("connectors") every iteration
        if which in ("extractor", "all"):
            threads.append(start_extractor(s, stop, loaded)[0])
            probe.watch("extractor")
            metrics.LAST_PROGRESS.labels("extractor").set_to_current_time()
        if which in ("merger", "all"):
            threads.append(start_merger(s, stop)[0])
            probe.watch("merger")
            probe.watch("merger-repartition")
        while not stop.wait(1.0):
            if not all(t.is_alive() for t in threads):
                log.error("a service thread died; stopping", extra={"error_kind": "internal"})
                stop.set()
                _join(threads)
                return 1
        _join(threads)
    return 0


def _join(threads: list[threading.Thread]) -> None:
    """Wait for the service threads within one shared STOP_GRACE_S (not that long per thread), so a `--workers`
    child is done before its parent's equal grace runs out."""
    import time
    deadline = time.monotonic() + STOP_GRACE_S
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))


def run_workers(settings: Settings, workers: int, config_path: str | None, stop: threading.Event,
                stall_after_s: float | None = None, service: str = "extractor") -> int:
    """`run extractor|merger --workers N`: N processes of the service in its consumer groups (spaCy is CPU-bound:
    one extractor per core; merger processes share the merge-input.v1 partitions, see worker/merge/service.py).

    The parent serves the probes and supervises: a worker that exits is restarted (capped backoff); a worker whose
    heartbeat file is older than `stall_after_s` (default: the longest legitimate batch) is hung (stuck in a call, or failing every round) and is killed and
    restarted. On SIGTERM it forwards the signal and waits for the workers to finish their batch; one that does not
    end within the grace period is killed (its batch is uncommitted, so it is re-read: at-least-once)."""
    import os
    import subprocess
    import sys
    import tempfile
    import time
    from pathlib import Path

    stall_after_s = stall_after_s or stall_limit_s(settings)
    env = dict(os.environ, INCIDENTWIRE_HTTP_PORT="0")
    beats = Path(tempfile.mkdtemp(prefix="incidentwire-workers-"))
    base = [sys.executable, "-m", "worker.cli", "run", service] + (["--config", config_path] if config_path else [])

    def spawn(i: int) -> tuple[subprocess.Popen[bytes], FileBeat]:
        fb = FileBeat(beats / f"worker-{i}")
        fb.beat()  # the start (model load) counts from now
        started[i] = (time.monotonic(), fb.mtime_ns())
        return subprocess.Popen(base + ["--heartbeat-file", str(fb.path)], env=env), fb

    started: dict[int, tuple[float, int | None]] = {}
    procs = [spawn(i) for i in range(workers)]
    probe = probes(settings)
    probe.watch("supervisor")
    backoff = [1.0] * workers
    try:
        while not stop.wait(1.0):
            probe.beat("supervisor")
            for i, (p, fb) in enumerate(procs):
                if p.poll() is not None:
                    log.error("worker exited; restarting", extra={"service": service, "worker": i,
                                                                  "code": p.returncode, "error_kind": "worker_exit"})
                    metrics.WORKER_RESTARTS.labels("exited").inc()
                elif fb.age() > stall_after_s:
                    log.error("worker hung; killing and restarting",
                              extra={"service": service, "worker": i, "pid": p.pid, "silent_s": round(fb.age(), 1),
                                     "error_kind": "worker_hung"})
                    metrics.WORKER_RESTARTS.labels("hung").inc()
                    p.kill()
                    p.wait()
                else:
                    if healthy(*started[i], fb.mtime_ns(), time.monotonic()):
                        backoff[i] = 1.0  # proved itself: a later restart starts from the short wait again
                    continue
                if stop.wait(backoff[i]):
                    break
                backoff[i] = min(backoff[i] * 2, RESTART_BACKOFF_MAX_S)
                procs[i] = spawn(i)
    finally:
        codes = _stop_workers([p for p, _ in procs], grace_s=STOP_GRACE_S)
        import shutil
        shutil.rmtree(beats, ignore_errors=True)
    # None: killed after the grace period mid-batch; -SIGTERM: stopped before it installed its handler
    return 0 if all(c in (0, None, -signal.SIGTERM) for c in codes) else 1


RESTART_BACKOFF_MAX_S = 60.0
PROVEN_UP_S = 60.0  # a worker up this long without exiting or hanging has proved its start


def healthy(spawned_at: float, spawn_mtime_ns: int | None, mtime_ns: int | None, now: float) -> bool:
    """Whether a worker's restart backoff may start over: it beat on its own (its heartbeat file changed after the
    touch spawn() made) or has stayed up PROVEN_UP_S. The spawn touch alone must not count, or a worker that crashes
    a few seconds after every start would be restarted every few seconds for ever."""
    beat_itself = mtime_ns is not None and spawn_mtime_ns is not None and mtime_ns > spawn_mtime_ns
    return beat_itself or now - spawned_at >= PROVEN_UP_S


def _stop_workers(procs: list[Any], grace_s: float) -> list[int | None]:
    """SIGTERM each worker, wait for all within one shared grace period, then kill what is left (None: killed)."""
    import subprocess
    import time
    for p in procs:
        if p.poll() is None:
            p.terminate()
    deadline = time.monotonic() + grace_s
    codes: list[int | None] = []
    for p in procs:
        try:
            codes.append(p.wait(max(0.1, deadline - time.monotonic())))
        except subprocess.TimeoutExpired:
            log.error("extractor worker did not stop in time; killed (its batch will be re-read)",
                      extra={"pid": p.pid, "error_kind": "worker_stop_timeout"})
            p.kill()
            p.wait()
            codes.append(None)
    return codes
