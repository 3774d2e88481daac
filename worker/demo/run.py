"""`incidentwire demo`: embedded broker + sample site + connectors + extractor, exactly as in production."""
from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import orjson

from worker import kafka
from worker.config import FeedConfig, load
from worker.demo.site import SampleSite
from worker.runtime import broker
from worker.services import start_connectors, start_extractor


def line(m: dict[str, Any]) -> str:
    loc = ", ".join(x for x in (m["location"]["city"], m["location"]["admin1"], m["location"]["country"]) if x)
    cas = f"killed={m['killed'] if m['killed'] is not None else '?'} injured={m['injured'] if m['injured'] is not None else '?'}"
    who = f" by {', '.join(m['perpetrators'])}" if m["perpetrators"] else ""
    tag = "PRIMARY" if m["primary"] else "background"
    return f"[{tag}] {m['event_type']:<16} {m['date'] or '????-??-??':<10} {loc or '?'} | {cas}{who} | {m['article']['title']}"


def demo(as_json: bool = False, timeout_s: float = 300.0, site: SampleSite | None = None) -> int:
    started = time.monotonic()
    own_site = site is None
    site = site or SampleSite().start()
    with tempfile.TemporaryDirectory(prefix="incidentwire-demo-") as tmp:
        settings = load(env={}, allow_private_hosts="127.0.0.1", min_host_delay_s=0, host_concurrency=8, http_port=0, poll_interval_s=3600, session_timeout_ms=6000,
                        state_path=str(Path(tmp) / "state.sqlite"), log_level="WARNING")
        settings = settings.with_(feeds=tuple(FeedConfig(u, source="The Daily Sample") for u in site.feed_urls()))
        expected = len(site.pages)
        incidents: list[dict[str, Any]] = []
        lock = threading.Lock()

        def on_incident(m: dict[str, Any]) -> None:
            with lock:
                incidents.append(m)
                sys.stdout.write((orjson.dumps(m).decode() if as_json else line(m)) + "\n")
                sys.stdout.flush()

        stop = threading.Event()
        with broker(settings) as s:
            kafka.ensure_topics(s)
            print(f"# broker {s.bootstrap_servers}, sample site {site.base}, {expected} articles in "
                  f"{len(s.feeds)} feeds", file=sys.stderr)
            t_ex, ex = start_extractor(s, stop, on_incident=on_incident)
            t_co, _ = start_connectors(s, stop)
            last = -1
            ok = False
            while time.monotonic() - started < timeout_s:
                if ex.processed != last:
                    last = ex.processed
                    print(f"# progress: {ex.processed}/{expected} articles extracted", file=sys.stderr)
                if ex.processed >= expected:
                    ok = True
                    break
                if not (t_ex.is_alive() and t_co.is_alive()):
                    break
                time.sleep(0.25)
            stop.set()
            t_ex.join(25)
            t_co.join(25)
    if own_site:
        site.stop()
    secs = time.monotonic() - started
    print(f"# summary: articles={ex.processed}/{expected} incidents={len(incidents)} seconds={secs:.1f}"
          f"{'' if ok else ' (INCOMPLETE)'}", file=sys.stderr)
    return 0 if ok else 1
